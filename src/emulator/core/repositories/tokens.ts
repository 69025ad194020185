import type { Context } from '../context';
import { accessTokenValue, refreshTokenValue } from '../ids';
import type {
  AccessTokenRecord,
  RefreshTokenRecord,
  TokenGrant,
} from '../state';

/** Drops expired tokens so a long-lived (saved) state does not grow. */
function prune(ctx: Context): void {
  const now = ctx.now();
  for (const map of [ctx.state.accessTokens, ctx.state.refreshTokens]) {
    for (const [key, record] of Object.entries(map)) {
      if (record.expiresAt <= now) delete map[key];
    }
  }
}

export function issueAccessToken(
  ctx: Context,
  grant: TokenGrant,
  refreshToken?: string,
): AccessTokenRecord {
  prune(ctx);
  const record: AccessTokenRecord = {
    ...grant,
    value: accessTokenValue(),
    expiresAt: ctx.now() + ctx.options.accessTokenSeconds * 1000,
    ...(refreshToken ? { refreshToken } : {}),
  };
  ctx.state.accessTokens[record.value] = record;
  return record;
}

export function issueRefreshToken(
  ctx: Context,
  grant: TokenGrant,
): RefreshTokenRecord {
  const record: RefreshTokenRecord = {
    ...grant,
    value: refreshTokenValue(ctx.options.projectKey),
    expiresAt: ctx.now() + ctx.options.refreshTokenSeconds * 1000,
  };
  ctx.state.refreshTokens[record.value] = record;
  return record;
}

/** A live access token, or undefined when unknown, revoked or expired. */
export function findAccessToken(
  ctx: Context,
  value: string,
): AccessTokenRecord | undefined {
  const record = ctx.state.accessTokens[value];
  return record && record.expiresAt > ctx.now() ? record : undefined;
}

export function findRefreshToken(
  ctx: Context,
  value: string,
): RefreshTokenRecord | undefined {
  const record = ctx.state.refreshTokens[value];
  return record && record.expiresAt > ctx.now() ? record : undefined;
}

/** Sliding expiry: each use restarts the refresh token's lifetime. */
export function touchRefreshToken(
  ctx: Context,
  record: RefreshTokenRecord,
): void {
  record.expiresAt = ctx.now() + ctx.options.refreshTokenSeconds * 1000;
}

/** Revoking a refresh token also ends the access tokens made from it. */
export function revokeToken(ctx: Context, value: string): void {
  delete ctx.state.accessTokens[value];
  if (ctx.state.refreshTokens[value]) {
    delete ctx.state.refreshTokens[value];
    for (const [key, record] of Object.entries(ctx.state.accessTokens)) {
      if (record.refreshToken === value) delete ctx.state.accessTokens[key];
    }
  }
}

export function revokeCustomerTokens(ctx: Context, customerId: string): void {
  const { accessTokens, refreshTokens } = ctx.state;
  for (const [key, record] of Object.entries(accessTokens)) {
    if (record.customerId === customerId) delete accessTokens[key];
  }
  for (const [key, record] of Object.entries(refreshTokens)) {
    if (record.customerId === customerId) delete refreshTokens[key];
  }
}

/** Ends the customer's refresh tokens; its access tokens run on. */
export function revokeCustomerRefreshTokens(
  ctx: Context,
  customerId: string,
): void {
  const { refreshTokens } = ctx.state;
  for (const [key, record] of Object.entries(refreshTokens)) {
    if (record.customerId === customerId) delete refreshTokens[key];
  }
}

/** The access-token fault: every live access token expires now. */
export function expireAllAccessTokens(ctx: Context): void {
  for (const record of Object.values(ctx.state.accessTokens)) {
    record.expiresAt = Math.min(record.expiresAt, ctx.now());
  }
}

/** The session-end fault: every live refresh token expires now. */
export function expireAllRefreshTokens(ctx: Context): void {
  for (const record of Object.values(ctx.state.refreshTokens)) {
    record.expiresAt = Math.min(record.expiresAt, ctx.now());
  }
}
