import { useEffect, useReducer, useSyncExternalStore } from 'react';

/** How long to wait between two verification emails, as the service does. */
export const RESEND_COOLDOWN_SECONDS = 60;

/** Whole seconds from `now` to `until`, never below zero. */
export function secondsLeft(until: number, now: number): number {
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

// Per customer and shared by every place that sends the link, so the
// banner and the email page agree. Memory only: after a reload the
// service's own 429 says how long is left.
const until = new Map<string, number>();
const listeners = new Set<() => void>();

export function startCooldown(
  customerId: string,
  seconds = RESEND_COOLDOWN_SECONDS,
): void {
  until.set(customerId, Date.now() + seconds * 1000);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Seconds until this customer may ask again, updated every second. */
export function useCooldown(customerId: string): number {
  const end = useSyncExternalStore(subscribe, () => until.get(customerId) ?? 0);
  const [, tick] = useReducer((count: number) => count + 1, 0);

  useEffect(() => {
    if (end <= Date.now()) return;
    const timer = setInterval(() => {
      tick();
      if (end <= Date.now()) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [end]);

  return secondsLeft(end, Date.now());
}
