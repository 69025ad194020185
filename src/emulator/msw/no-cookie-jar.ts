/**
 * Stands in for `tough-cookie` in the browser bundle of mock mode (see the
 * alias in vite.config.ts and docs/decisions/0006). MSW keeps a cookie jar
 * for handlers that read request cookies or set response cookies; this
 * emulator does neither (the API authenticates with bearer tokens), and
 * the real jar brings the public-suffix list with it: over 40 % of the
 * mock-mode chunk, evaluated on every page load. Known shortcoming: a
 * handler that sets a cookie in mock mode would find it forgotten.
 */
export class Cookie {
  static fromJSON(): undefined {
    return undefined;
  }
}

export class MemoryCookieStore {
  idx: Record<string, never> = {};
}

export class CookieJar {
  getCookiesSync(): Cookie[] {
    return [];
  }

  setCookie(): Promise<void> {
    return Promise.resolve();
  }
}
