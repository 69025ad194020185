import { describe, expect, it } from 'vitest';

import { ConfigError, defaultScopes, parseConfig } from './config';

const emulatorUrl = 'http://127.0.0.1:5173/ct-emulator';

const live = {
  VITE_API_MODE: 'live',
  VITE_CTP_PROJECT_KEY: 'shop-eu',
  VITE_CTP_API_URL: 'https://api.example.test/',
  VITE_CTP_AUTH_URL: 'https://auth.example.test',
  VITE_CTP_CLIENT_ID: 'client',
  VITE_CTP_CLIENT_SECRET: 'secret',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env, emulatorUrl);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('defaults to mock mode against the emulator on this origin', () => {
    const config = parseConfig({}, emulatorUrl);

    expect(config).toMatchObject({
      mode: 'mock',
      projectKey: 'demo',
      apiUrl: 'http://127.0.0.1:5173/ct-emulator',
      authUrl: 'http://127.0.0.1:5173/ct-emulator',
      clientId: 'spa-client',
      clientSecret: 'spa-secret',
    });
    expect(config.scopes.split(' ')).toEqual([
      'manage_my_profile:demo',
      'manage_my_orders:demo',
      'create_anonymous_token:demo',
      'view_published_products:demo',
    ]);
  });

  it('keeps mock mode on the emulator even when URLs are set', () => {
    const config = parseConfig(
      { VITE_CTP_API_URL: 'https://api.example.test' },
      emulatorUrl,
    );

    expect(config.apiUrl).toBe('http://127.0.0.1:5173/ct-emulator');
  });

  it('reads a live configuration and trims trailing slashes', () => {
    const config = parseConfig(
      { ...live, VITE_CTP_STORE_KEY: 'paris' },
      emulatorUrl,
    );

    expect(config).toMatchObject({
      mode: 'live',
      projectKey: 'shop-eu',
      apiUrl: 'https://api.example.test',
      authUrl: 'https://auth.example.test',
      clientId: 'client',
      clientSecret: 'secret',
      storeKey: 'paris',
    });
  });

  it('asks a store build for the store-scoped scopes where they exist', () => {
    const config = parseConfig(
      { ...live, VITE_CTP_STORE_KEY: 'paris' },
      emulatorUrl,
    );

    expect(config.scopes.split(' ')).toEqual([
      'manage_my_profile:shop-eu:paris',
      'manage_my_orders:shop-eu:paris',
      'create_anonymous_token:shop-eu',
      'view_published_products:shop-eu',
    ]);
  });

  it('takes the scopes as given when they are set', () => {
    const config = parseConfig(
      {
        ...live,
        VITE_CTP_STORE_KEY: 'paris',
        VITE_CTP_SCOPES: 'manage_my_profile:shop-eu',
      },
      emulatorUrl,
    );

    expect(config.scopes).toBe('manage_my_profile:shop-eu');
    expect(defaultScopes('shop-eu')).toBe(
      'manage_my_profile:shop-eu manage_my_orders:shop-eu ' +
        'create_anonymous_token:shop-eu view_published_products:shop-eu',
    );
  });

  it('names every missing variable in live mode in one error', () => {
    const problems = problemsOf({ VITE_API_MODE: 'live' });

    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'VITE_CTP_API_URL',
      'VITE_CTP_AUTH_URL',
      'VITE_CTP_CLIENT_ID',
      'VITE_CTP_CLIENT_SECRET',
      'VITE_CTP_PROJECT_KEY',
    ]);
  });

  it('names every bad variable at once, blanks counting as missing', () => {
    const problems = problemsOf({
      ...live,
      VITE_CTP_API_URL: 'api.example.test',
      VITE_CTP_STORE_KEY: 'a store',
      VITE_CTP_CLIENT_SECRET: '',
    });

    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/VITE_CTP_API_URL: must be an http/);
    expect(problems.join('\n')).toMatch(/VITE_CTP_STORE_KEY/);
    expect(problems.join('\n')).toMatch(/VITE_CTP_CLIENT_SECRET: is required/);
  });

  it('rejects an unknown mode', () => {
    expect(problemsOf({ VITE_API_MODE: 'staging' })[0]).toMatch(
      /^VITE_API_MODE:/,
    );
  });
});
