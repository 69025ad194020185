import type { Context } from '../context';
import { json } from '../http';
import { issueAccessToken, issueRefreshToken } from '../repositories/tokens';
import type { TokenGrant } from '../state';
import type { EmulatorResponse } from '../types';
import { scopeString } from './scopes';

export interface TokenResponseBody {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  refresh_token?: string;
}

/**
 * Issues an access token (and a refresh token when asked) and answers
 * the auth host's token body.
 */
export function issueTokens(
  ctx: Context,
  grant: TokenGrant,
  withRefreshToken: boolean,
  existingRefreshToken?: string,
): EmulatorResponse {
  const refresh = withRefreshToken ? issueRefreshToken(ctx, grant) : undefined;
  const access = issueAccessToken(
    ctx,
    grant,
    refresh?.value ?? existingRefreshToken,
  );
  const body: TokenResponseBody = {
    access_token: access.value,
    token_type: 'Bearer',
    expires_in: ctx.options.accessTokenSeconds,
    scope: scopeString(grant),
    ...(refresh ? { refresh_token: refresh.value } : {}),
  };
  return json(200, body);
}
