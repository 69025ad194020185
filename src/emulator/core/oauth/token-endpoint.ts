import type { Context } from '../context';
import { authError } from '../errors';
import { formParams } from '../http';
import { findRefreshToken, touchRefreshToken } from '../repositories/tokens';
import type { Handler } from '../route';
import type { ApiClientConfig } from '../options';
import type { EmulatorResponse } from '../types';
import { authenticateClient } from './client-auth';
import { requiredParam, unsupportedGrantType } from './params';
import { grantScopes } from './scopes';
import { issueTokens } from './token-response';

/** `POST /oauth/token`: client credentials and refresh. */
export const tokenEndpoint: Handler = (ctx, req) => {
  const client = authenticateClient(ctx, req);
  const params = formParams(req);
  const grantType = requiredParam(params, 'grant_type');
  if (grantType === 'client_credentials') {
    const scopes = grantScopes(ctx, client, params.get('scope'));
    return issueTokens(ctx, { clientId: client.id, scopes }, false);
  }
  if (grantType === 'refresh_token') return refresh(ctx, client, params);
  throw unsupportedGrantType(grantType);
};

/**
 * Refresh keeps the identity (customer or anonymous id) and the scopes,
 * and answers no new refresh token: the old one stays valid, its
 * inactivity clock restarted.
 */
function refresh(
  ctx: Context,
  client: ApiClientConfig,
  params: URLSearchParams,
): EmulatorResponse {
  const value = requiredParam(params, 'refresh_token');
  const record = findRefreshToken(ctx, value);
  if (!record || record.clientId !== client.id) {
    throw authError(
      400,
      'invalid_grant',
      'The refresh token was not found. It may have expired.',
    );
  }
  touchRefreshToken(ctx, record);
  const { clientId, scopes, customerId, anonymousId } = record;
  return issueTokens(
    ctx,
    { clientId, scopes, customerId, anonymousId },
    false,
    record.value,
  );
}
