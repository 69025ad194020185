import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';

import { toSummaryItems, validate } from './validate';

const schema = z.object({
  email: z.string().check(z.minLength(1, 'Enter your email.')),
  name: z.string().check(z.minLength(2, 'Too short.'), z.regex(/^A/, 'A!')),
});

describe('validate', () => {
  it('answers the parsed values', () => {
    expect(validate(schema, { email: 'a@example.test', name: 'Ann' })).toEqual({
      ok: true,
      values: { email: 'a@example.test', name: 'Ann' },
    });
  });

  it('keeps the first message of each field', () => {
    expect(validate(schema, { email: '', name: 'b' })).toEqual({
      ok: false,
      fieldErrors: { email: 'Enter your email.', name: 'Too short.' },
    });
  });
});

describe('toSummaryItems', () => {
  it('lists form messages, then fields in form order', () => {
    expect(
      toSummaryItems(
        { name: 'Too short.', email: 'Enter your email.' },
        ['email', 'name'],
        ['Service down.'],
      ),
    ).toEqual([
      { message: 'Service down.' },
      { field: 'email', message: 'Enter your email.' },
      { field: 'name', message: 'Too short.' },
    ]);
  });
});
