/**
 * Lives apart from config.ts so the start-up error page can recognise it
 * without evaluating the configuration that failed.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid app configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}
