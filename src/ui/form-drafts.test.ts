import { describe, expect, it } from 'vitest';

import {
  clearDrafts,
  draftIds,
  hasDraft,
  saveDraft,
  takeDraft,
} from './form-drafts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    raw: items,
  };
}

describe('form drafts', () => {
  it('gives the draft back once, to the same customer only', () => {
    const store = memoryStorage();
    saveDraft('profile', 'customer-a', { lastName: 'Typed' }, store);

    expect(hasDraft('profile', 'customer-a', store)).toBe(true);
    expect(takeDraft('profile', 'customer-a', store)).toEqual({
      lastName: 'Typed',
    });
    expect(takeDraft('profile', 'customer-a', store)).toBeUndefined();
  });

  it("drops another customer's draft without showing it", () => {
    const store = memoryStorage();
    saveDraft('profile', 'customer-a', { lastName: 'Typed' }, store);

    expect(hasDraft('profile', 'customer-b', store)).toBe(false);
    expect(takeDraft('profile', 'customer-b', store)).toBeUndefined();
    expect(store.raw.size).toBe(0);
  });

  it('never stores passwords or anything but plain values', () => {
    const store = memoryStorage();
    saveDraft(
      'email',
      'customer-a',
      {
        email: 'new@example.test',
        currentPassword: 'Secret-pass-1',
        newPassword: 'Secret-pass-2',
        nested: { a: 1 },
        shipping: true,
      },
      store,
    );

    expect([...store.raw.values()].join()).not.toContain('Secret');
    expect(takeDraft('email', 'customer-a', store)).toEqual({
      email: 'new@example.test',
      shipping: true,
    });
  });

  it('lists the forms with drafts and clears them all', () => {
    const store = memoryStorage();
    store.setItem('unrelated', 'x');
    saveDraft('address:new', 'customer-a', { city: 'Berlin' }, store);
    saveDraft('profile', 'customer-b', { lastName: 'B' }, store);

    expect(draftIds('customer-a', store)).toEqual(['address:new']);
    clearDrafts(store);
    expect([...store.raw.keys()]).toEqual(['unrelated']);
  });

  it('treats a broken draft as none', () => {
    const store = memoryStorage();
    store.setItem('my-account-draft:profile', '{not json');

    expect(takeDraft('profile', 'customer-a', store)).toBeUndefined();
  });
});
