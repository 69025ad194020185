import type {
  Cart,
  Customer,
  CustomerToken,
} from '@commercetools/platform-sdk';

/** The stored customer: the API representation plus the salted hash. */
export interface CustomerRecord {
  customer: Customer;
  passwordHash: string;
}

/** What a token is bound to; the same for access and refresh tokens. */
export interface TokenGrant {
  clientId: string;
  /** Granted scopes without the `customer_id`/`anonymous_id` pseudo ones. */
  scopes: string[];
  customerId?: string;
  anonymousId?: string;
}

export interface AccessTokenRecord extends TokenGrant {
  value: string;
  expiresAt: number;
  refreshToken?: string;
}

export interface RefreshTokenRecord extends TokenGrant {
  value: string;
  expiresAt: number;
}

export type CustomerTokenKind = 'password' | 'email';

export interface CustomerTokenRecord {
  kind: CustomerTokenKind;
  token: CustomerToken;
  /** Used, or ended by a newer token or a reset. */
  invalidated: boolean;
}

/** A message the platform would have triggered (mail is not sent). */
export interface OutboxMessage {
  id: string;
  kind: 'password-reset' | 'email-verification';
  customerId: string;
  email: string;
  tokenValue: string;
  expiresAt: string;
  createdAt: string;
}

export interface EmulatorState {
  customers: CustomerRecord[];
  accessTokens: Record<string, AccessTokenRecord>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  usedAnonymousIds: string[];
  customerTokens: CustomerTokenRecord[];
  carts: Cart[];
  outbox: OutboxMessage[];
  clockOffsetMs: number;
}

export function emptyState(): EmulatorState {
  return {
    customers: [],
    accessTokens: {},
    refreshTokens: {},
    usedAnonymousIds: [],
    customerTokens: [],
    carts: [],
    outbox: [],
    clockOffsetMs: 0,
  };
}
