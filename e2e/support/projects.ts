import { test, type TestInfo } from '@playwright/test';

/**
 * What a Playwright project runs against, from its name: `mock-…` is a
 * mock-mode build with the emulator in the browser, `live-global` and
 * `live-<store>` are live builds talking to the HTTP emulator.
 */
export function isLiveProject(info: TestInfo): boolean {
  return info.project.name.startsWith('live-');
}

/** The store a live store build is bound to, if any. */
export function storeKeyOf(info: TestInfo): string | undefined {
  const [mode, scope] = info.project.name.split('-');
  return mode === 'live' && scope !== 'global' ? scope : undefined;
}

export const MOCK_ONLY =
  'mock mode only: live builds show no demo hint and carry no emulator';

/**
 * Skips the tests of the file (or of the `describe` it is called in) on
 * live builds, saying why.
 */
export function skipOnLiveBuilds(why: string = MOCK_ONLY): void {
  test.beforeEach(() => {
    test.skip(isLiveProject(test.info()), why);
  });
}
