import {
  createApiBuilderFromCtpClient,
  type Cart,
  type ClientRequest,
  type ClientResponse,
  type Customer,
  type CustomerSignInResult,
  type ErrorResponse,
  type MyCustomerDraft,
  type MyCustomerUpdateAction,
} from '@commercetools/platform-sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const { client, baseUrl } = startEmulator();

/** What the SDK's own HTTP client throws for a non-2xx answer. */
class SdkError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: ErrorResponse,
  ) {
    super(body.message);
  }
}

let bearer = '';

/** A tiny ctpClient: the request builders' requests, sent with fetch. */
const ctpClient = {
  async execute(request: ClientRequest): Promise<ClientResponse> {
    const response = await fetch(`${request.baseUri}${request.uri}`, {
      method: request.method,
      headers: {
        ...request.headers,
        authorization: `Bearer ${bearer}`,
        'content-type': 'application/json',
      },
      body:
        request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const text = await response.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok)
      throw new SdkError(response.status, body as ErrorResponse);
    return { body, statusCode: response.status };
  },
};

const api = () =>
  createApiBuilderFromCtpClient(ctpClient, baseUrl).withProjectKey({
    projectKey: 'demo',
  });

/** Fields the SDK's Customer type requires, checked at run time too. */
const CUSTOMER_FIELDS: (keyof Customer)[] = [
  'id',
  'version',
  'createdAt',
  'lastModifiedAt',
  'email',
  'addresses',
  'shippingAddressIds',
  'billingAddressIds',
  'isEmailVerified',
  'customerGroupAssignments',
  'stores',
  'authenticationMode',
];
const CART_FIELDS: (keyof Cart)[] = [
  'id',
  'version',
  'lineItems',
  'customLineItems',
  'totalPrice',
  'taxMode',
  'priceRoundingMode',
  'taxRoundingMode',
  'taxCalculationMode',
  'inventoryMode',
  'cartState',
  'shippingMode',
  'shipping',
  'itemShippingAddresses',
  'discountCodes',
  'directDiscounts',
  'refusedGifts',
  'origin',
  'createdAt',
  'lastModifiedAt',
];

function isCustomer(value: Customer): void {
  for (const field of CUSTOMER_FIELDS) expect(value).toHaveProperty(field);
}

const draft: MyCustomerDraft = {
  email: 'Sdk.User@Example.test',
  password: 'Passw0rd!',
  firstName: 'Sam',
  addresses: [{ key: 'home', country: 'DE', city: 'Berlin' }],
  defaultShippingAddress: 0,
};

beforeEach(async () => {
  bearer = (await client.anonymous()).access_token;
});

describe('driven through the platform SDK request builders', () => {
  it('signs up, signs in, reads and updates with typed answers', async () => {
    const cart = await api()
      .me()
      .carts()
      .post({ body: { currency: 'EUR', lineItems: [{ sku: 'SKU-1' }] } })
      .execute();
    for (const field of CART_FIELDS) expect(cart.body).toHaveProperty(field);

    const signUp = await api().me().signup().post({ body: draft }).execute();
    const result: CustomerSignInResult = signUp.body;
    expect(signUp.statusCode).toBe(201);
    isCustomer(result.customer);
    expect(result.cart?.id).toBe(cart.body.id);

    const login = await api()
      .me()
      .login()
      .post({
        body: {
          email: 'sdk.user@example.test',
          password: 'Passw0rd!',
          activeCartSignInMode: 'MergeWithExistingCustomerCart',
        },
      })
      .execute();
    isCustomer(login.body.customer);

    bearer = (await client.password(draft.email, draft.password)).access_token;
    const me = await api().me().get().execute();
    isCustomer(me.body);

    const actions: MyCustomerUpdateAction[] = [
      { action: 'setLastName', lastName: 'Sample' },
      { action: 'setDefaultBillingAddress', addressKey: 'home' },
    ];
    const updated = await api()
      .me()
      .post({ body: { version: me.body.version, actions } })
      .execute();
    expect(updated.body).toMatchObject({
      lastName: 'Sample',
      version: me.body.version + 2,
      billingAddressIds: [me.body.addresses[0]?.id],
    });

    const active = await api().me().activeCart().get().execute();
    expect(active.body.id).toBe(cart.body.id);

    const changed = await api()
      .me()
      .password()
      .post({
        body: {
          version: updated.body.version,
          currentPassword: 'Passw0rd!',
          newPassword: 'N3w-secret',
        },
      })
      .execute();
    isCustomer(changed.body);

    const deleted = await api()
      .me()
      .delete({ queryArgs: { version: changed.body.version } })
      .execute();
    expect(deleted.body.id).toBe(me.body.id);
  });

  it('signs up in a store through the in-store builders', async () => {
    const result = await api()
      .inStoreKeyWithStoreKeyValue({ storeKey: 'paris' })
      .me()
      .signup()
      .post({ body: { email: 'sdk.paris@example.test', password: 'pw' } })
      .execute();

    expect(result.body.customer.stores).toEqual([
      { typeId: 'store', key: 'paris' },
    ]);
  });

  it('gets the API error body for a conflict', async () => {
    await api().me().signup().post({ body: draft }).execute();
    bearer = (await client.password(draft.email, draft.password)).access_token;

    const stale = api()
      .me()
      .post({
        body: {
          version: 0,
          actions: [{ action: 'setFirstName', firstName: 'x' }],
        },
      })
      .execute();

    await expect(stale).rejects.toMatchObject({
      statusCode: 409,
      body: { errors: [{ code: 'ConcurrentModification', currentVersion: 1 }] },
    });
  });
});
