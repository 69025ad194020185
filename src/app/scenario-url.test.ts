import { describe, expect, it } from 'vitest';

import { takeScenarioParam, withScenarioParam } from './scenario-url';

const origin = 'http://127.0.0.1:4173';

describe('takeScenarioParam', () => {
  it('takes the name and keeps the path, other parameters and hash', () => {
    const taken = takeScenarioParam(
      `${origin}/sign-in?returnTo=%2Faccount&scenario=full-carts#main`,
    );

    expect(taken).toEqual({
      name: 'full-carts',
      rest: '/sign-in?returnTo=%2Faccount#main',
    });
  });

  it('gives no name for a URL without one, or with an empty one', () => {
    expect(takeScenarioParam(`${origin}/account`)).toEqual({
      name: undefined,
      rest: '/account',
    });
    expect(takeScenarioParam(`${origin}/account?scenario=`).name).toBe(
      undefined,
    );
  });
});

describe('withScenarioParam', () => {
  it('adds or replaces the parameter on the same page', () => {
    expect(withScenarioParam(`${origin}/account?scenario=demo`, 'empty')).toBe(
      '/account?scenario=empty',
    );
  });
});
