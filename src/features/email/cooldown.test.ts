import { describe, expect, it } from 'vitest';

import { secondsLeft } from './cooldown';

describe('secondsLeft', () => {
  const now = Date.parse('2026-03-02T09:00:00.000Z');

  it('rounds up, so the last second still counts', () => {
    expect(secondsLeft(now + 60_000, now)).toBe(60);
    expect(secondsLeft(now + 59_001, now)).toBe(60);
    expect(secondsLeft(now + 1, now)).toBe(1);
  });

  it('is zero at and after the end', () => {
    expect(secondsLeft(now, now)).toBe(0);
    expect(secondsLeft(now - 5_000, now)).toBe(0);
    expect(secondsLeft(0, now)).toBe(0);
  });
});
