import { describe, expect, it } from 'vitest';

import type { Message } from '../../ui/i18n/types';
import { german } from './german';

// Every English catalogue in the app, so none can be left out of German.
const modules = import.meta.glob<Record<string, unknown>>(
  '../../**/*messages-en.ts',
  { eager: true, import: '*' },
);
const english = Object.assign(
  {},
  ...Object.values(modules).flatMap((module) =>
    Object.values(module).filter((value) => typeof value === 'object'),
  ),
) as Record<string, Message>;
const translation: Record<string, Message | undefined> = german;

const formsOf = (message: Message | undefined) =>
  typeof message === 'string' ? [message] : Object.values(message ?? {});
const placeholders = (message: Message | undefined) =>
  [
    ...new Set(
      formsOf(message)
        .join(' ')
        .match(/\{\w+\}/g),
    ),
  ].sort();

describe('the German translation', () => {
  it('has every English key', () => {
    const missing = Object.keys(english).filter((key) => !translation[key]);

    expect(Object.keys(english).length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = Object.keys(translation).filter((key) =>
      formsOf(translation[key]).some((form) => !form.trim()),
    );

    expect(empty).toEqual([]);
  });

  it('keeps the placeholders of each English message', () => {
    const differing = Object.keys(english).filter(
      (key) =>
        placeholders(english[key]).join() !==
        placeholders(translation[key]).join(),
    );

    expect(differing).toEqual([]);
  });
});
