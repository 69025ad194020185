let gate: Promise<unknown> = Promise.resolve();

/**
 * Holds every request to the API, the auth host and the account service
 * until `ready` settles. Mock mode renders the first page while the
 * in-browser emulator is still loading, and a request sent before the
 * emulator's service worker answers would go to the dev server instead.
 * When `ready` fails, the held requests fail as if the network had.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  gate = ready;
}

/** Resolves once requests may go out; rejects if they never can. */
export function requestsReady(): Promise<unknown> {
  return gate;
}

/**
 * `fetch`, after the gate, looked up on every call so test interceptors
 * that patch it still apply.
 */
export const gatedFetch: typeof fetch = async (input, init) => {
  await gate;
  return fetch(input, init);
};
