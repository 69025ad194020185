export const DEFAULT_RETURN_TO = '/account';

/** Pages that must not be returned to: they would send the user back here. */
const AUTH_PAGES = ['/sign-in', '/sign-up'];

/**
 * Where to go after signing in. Only a path on this site counts: it must
 * start with a single `/`; `//host`, `/\host`, schemes and control
 * characters are rejected so the link cannot lead to another site.
 */
export function safeReturnTo(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/')) return DEFAULT_RETURN_TO;
  // Browsers treat `\` like `/` and drop tabs and newlines in URLs.
  if (raw.includes('\\') || hasControlCharacter(raw)) {
    return DEFAULT_RETURN_TO;
  }
  if (raw.startsWith('//')) return DEFAULT_RETURN_TO;

  const base = 'http://same-origin.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return DEFAULT_RETURN_TO;
  }
  if (url.origin !== base) return DEFAULT_RETURN_TO;
  if (AUTH_PAGES.includes(url.pathname)) return DEFAULT_RETURN_TO;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in address that brings the user back to `path` afterwards. */
export function signInPathFor(path: string): string {
  const target = safeReturnTo(path);
  return target === DEFAULT_RETURN_TO
    ? '/sign-in'
    : `/sign-in?returnTo=${encodeURIComponent(target)}`;
}

function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}
