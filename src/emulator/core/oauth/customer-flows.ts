import { ApiError, authError } from '../errors';
import { formParams } from '../http';
import { uuid } from '../ids';
import { verifyPassword } from '../password';
import { findForSignIn } from '../repositories/customers';
import type { Handler } from '../route';
import { authenticateClient } from './client-auth';
import { requiredParam, requireGrantType } from './params';
import { grantScopes, requireClientScope, storeScopes } from './scopes';
import { issueTokens } from './token-response';
import { isAnonymousId, MAX_ANONYMOUS_ID_LENGTH } from './token-values';

/**
 * A client-chosen anonymous id goes into the token's scope string, so it
 * must be one visible-ASCII word of sane length: with a space it could
 * add a `customer_id:` pseudo-scope for clients that parse the scope.
 */
function readAnonymousId(params: URLSearchParams): string | undefined {
  const value = params.get('anonymous_id');
  if (!value) return undefined;
  if (!isAnonymousId(value)) {
    throw authError(
      400,
      'invalid_request',
      'Malformed parameter: anonymous_id: Must be 1 to ' +
        `${MAX_ANONYMOUS_ID_LENGTH} visible ASCII characters.`,
    );
  }
  return value;
}

/** `POST /oauth/{pk}/anonymous/token`: a guest session with its own id. */
export const anonymousFlow: Handler = (ctx, req) => {
  const client = authenticateClient(ctx, req);
  const params = formParams(req);
  requireGrantType(params, 'client_credentials');
  requireClientScope(ctx, client, 'create_anonymous_token');
  const scopes = grantScopes(ctx, client, params.get('scope'));
  const anonymousId = readAnonymousId(params) ?? uuid();
  if (ctx.state.usedAnonymousIds.includes(anonymousId)) {
    // The platform's own code for this is AnonymousIdAlreadyInUse; the
    // OAuth `error` field keeps a standard value for OAuth libraries.
    const message = 'The given anonymous ID is already in use.';
    throw new ApiError(400, [{ code: 'AnonymousIdAlreadyInUse', message }], {
      error: 'invalid_request',
      description: message,
    });
  }
  ctx.state.usedAnonymousIds.push(anonymousId);
  return issueTokens(ctx, { clientId: client.id, scopes, anonymousId }, true);
};

/**
 * `POST /oauth/{pk}/customers/token` and its in-store form: the password
 * flow. Global endpoints know only global customers; a store's endpoint
 * knows its own customers and global ones, and without a `scope` grants
 * store-scoped scopes.
 */
export const passwordFlow: Handler = async (ctx, req, params) => {
  const client = authenticateClient(ctx, req);
  const form = formParams(req);
  requireGrantType(form, 'password');
  const username = requiredParam(form, 'username');
  const password = requiredParam(form, 'password');
  const asked = form.get('scope');
  const scopes =
    params.storeKey && !asked
      ? storeScopes(client, params.storeKey)
      : grantScopes(ctx, client, asked);
  const record = findForSignIn(ctx, username, params.storeKey);
  const valid =
    record !== undefined &&
    (await verifyPassword(password, record.passwordHash));
  if (!record || !valid) {
    const message = 'Customer account with the given credentials not found.';
    throw authError(400, 'invalid_customer_account_credentials', message);
  }
  const customerId = record.customer.id;
  return issueTokens(ctx, { clientId: client.id, scopes, customerId }, true);
};
