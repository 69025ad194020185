import { parseArgs } from 'node:util';
import { startHttpServer } from './server';

/**
 * `npm run emulator -- --port 4010 [--seed demo|empty] [--quiet]`:
 * the emulator as a plain HTTP server on 127.0.0.1.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      seed: { type: 'string', default: 'demo' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number, got '${values.port}'.`);
  }
  const running = await startHttpServer({
    port,
    emulatorOptions: { seed: values.seed },
    log: values.quiet ? undefined : (line) => console.log(line),
  });
  console.log(`commercetools emulator on ${running.url} (project 'demo')`);

  const stop = (signal: string) => {
    console.log(`${signal}: stopping`);
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
