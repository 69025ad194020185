import { errors } from '../errors';
import { formParams, empty, json } from '../http';
import {
  findAccessToken,
  findRefreshToken,
  revokeToken,
} from '../repositories/tokens';
import type { Handler } from '../route';
import { authenticateClient } from './client-auth';
import { requiredParam } from './params';
import { scopeString } from './scopes';

/**
 * `POST /oauth/token/revoke`: ends an access or a refresh token of the
 * calling client. Unknown tokens also answer 200, as RFC 7009 asks.
 */
export const revokeEndpoint: Handler = (ctx, req) => {
  const client = authenticateClient(ctx, req);
  const value = requiredParam(formParams(req), 'token');
  const record =
    ctx.state.accessTokens[value] ?? ctx.state.refreshTokens[value];
  if (record && record.clientId === client.id) revokeToken(ctx, value);
  return empty(200);
};

/**
 * `POST /oauth/introspect`: whether a token is live, and what it holds.
 * Only a client with `introspect_oauth_tokens` may ask: a browser app's
 * client must not learn about other clients' tokens.
 */
export const introspectEndpoint: Handler = (ctx, req) => {
  const client = authenticateClient(ctx, req);
  if (
    !client.scopes.includes(`introspect_oauth_tokens:${ctx.options.projectKey}`)
  ) {
    throw errors.insufficientScope(['introspect_oauth_tokens']);
  }
  const value = requiredParam(formParams(req), 'token');
  const record = findAccessToken(ctx, value) ?? findRefreshToken(ctx, value);
  if (!record) return json(200, { active: false });
  return json(200, {
    active: true,
    scope: scopeString(record),
    exp: Math.floor(record.expiresAt / 1000),
    client_id: record.clientId,
  });
};
