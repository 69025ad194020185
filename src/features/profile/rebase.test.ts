import { describe, expect, it } from 'vitest';

import { rebase } from './rebase';

const base = { firstName: 'Alex', lastName: 'Demo', title: '' };

describe('rebase', () => {
  it('keeps both edits when they touch different fields', () => {
    const fresh = { ...base, firstName: 'Sam' };
    const mine = { ...base, lastName: 'Sample' };

    expect(rebase(base, fresh, mine)).toEqual({
      values: { firstName: 'Sam', lastName: 'Sample', title: '' },
      conflicts: [],
    });
  });

  it('takes the fresh values when the user changed nothing', () => {
    const fresh = { ...base, title: 'Dr.' };

    expect(rebase(base, fresh, base)).toEqual({
      values: fresh,
      conflicts: [],
    });
  });

  it('settles a field both changed to the same value', () => {
    const fresh = { ...base, lastName: 'Sample' };
    const mine = { ...base, lastName: 'Sample ' };

    expect(rebase(base, fresh, mine)).toEqual({
      values: fresh,
      conflicts: [],
    });
  });

  it('reports a field both changed differently and keeps what was typed', () => {
    const fresh = { ...base, lastName: 'Other', firstName: 'Sam' };
    const mine = { ...base, lastName: 'Sample', title: 'Dr.' };

    expect(rebase(base, fresh, mine)).toEqual({
      values: { firstName: 'Sam', lastName: 'Sample', title: 'Dr.' },
      conflicts: [{ field: 'lastName', mine: 'Sample', theirs: 'Other' }],
    });
  });

  it('reports a cleared field against a changed one', () => {
    const fresh = { ...base, firstName: 'Sam' };
    const mine = { ...base, firstName: '' };

    expect(rebase(base, fresh, mine).conflicts).toEqual([
      { field: 'firstName', mine: '', theirs: 'Sam' },
    ]);
  });

  it('compares flags as well as text', () => {
    const flags = { shipping: false, billing: false };
    const fresh = { shipping: true, billing: false };
    const mine = { shipping: false, billing: true };

    expect(rebase(flags, fresh, mine)).toEqual({
      values: { shipping: true, billing: true },
      conflicts: [],
    });
  });
});
