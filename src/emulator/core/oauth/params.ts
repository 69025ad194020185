import { authError } from '../errors';

export function requiredParam(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) {
    throw authError(
      400,
      'invalid_request',
      `Missing required parameter: ${name}.`,
    );
  }
  return value;
}

export function requireGrantType(
  params: URLSearchParams,
  expected: string,
): void {
  const grantType = requiredParam(params, 'grant_type');
  if (grantType !== expected) throw unsupportedGrantType(grantType);
}

export function unsupportedGrantType(grantType: string) {
  return authError(
    400,
    'unsupported_grant_type',
    `Unsupported grant type: ${grantType}.`,
  );
}
