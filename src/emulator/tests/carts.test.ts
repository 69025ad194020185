import type {
  Cart,
  ProductProjectionPagedQueryResponse,
} from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './setup';

const { client } = startEmulator();

const createCart = (token: string, body: Record<string, unknown>) =>
  client.api<Cart>('POST', '/me/carts', token, { currency: 'EUR', ...body });

const items = (cart: Cart | undefined) =>
  Object.fromEntries(
    (cart?.lineItems ?? []).map((li) => [li.variant.sku, li.quantity]),
  );

async function guestWithCart(lineItems: unknown[]) {
  const anon = await client.anonymous();
  const cart = (await createCart(anon.access_token, { lineItems })).body;
  return { anon, cart };
}

describe('guest carts', () => {
  it('creates a cart bound to the anonymous session, priced in EUR', async () => {
    const anon = await client.anonymous();

    const result = await createCart(anon.access_token, {
      lineItems: [{ sku: 'SKU-1', quantity: 2 }, { sku: 'SKU-3' }],
    });

    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      version: 1,
      cartState: 'Active',
      origin: 'Customer',
      anonymousId: anon.scope.split('anonymous_id:')[1],
      totalPrice: {
        type: 'centPrecision',
        currencyCode: 'EUR',
        centAmount: 2 * 1290 + 990,
        fractionDigits: 2,
      },
      totalLineItemQuantity: 3,
    });
    expect(result.body).not.toHaveProperty('customerId');
  });

  it('adds by sku or product id, merges the same variant, changes and removes', async () => {
    const { anon, cart } = await guestWithCart([]);
    const products = await client.api<ProductProjectionPagedQueryResponse>(
      'GET',
      '/product-projections',
      anon.access_token,
    );
    const notebook = products.body.results.find(
      (p) => p.key === 'dotted-notebook',
    );

    const added = await client.api<Cart>(
      'POST',
      `/me/carts/${cart.id}`,
      anon.access_token,
      {
        version: cart.version,
        actions: [
          { action: 'addLineItem', sku: 'SKU-2' },
          {
            action: 'addLineItem',
            productId: notebook?.id,
            variantId: 2,
            quantity: 2,
          },
          { action: 'addLineItem', sku: 'SKU-2', quantity: 2 },
        ],
      },
    );
    expect(added.body.version).toBe(4);
    expect(items(added.body)).toEqual({ 'SKU-2': 3, 'SKU-3-A6': 2 });

    const [tote, small] = added.body.lineItems;
    const changed = await client.api<Cart>(
      'POST',
      `/me/carts/${cart.id}`,
      anon.access_token,
      {
        version: added.body.version,
        actions: [
          {
            action: 'changeLineItemQuantity',
            lineItemId: tote?.id,
            quantity: 1,
          },
          { action: 'removeLineItem', lineItemId: small?.id, quantity: 1 },
        ],
      },
    );
    expect(items(changed.body)).toEqual({ 'SKU-2': 1, 'SKU-3-A6': 1 });
    expect(changed.body.totalPrice.centAmount).toBe(1590 + 690);

    const emptied = await client.api<Cart>(
      'POST',
      `/me/carts/${cart.id}`,
      anon.access_token,
      {
        version: changed.body.version,
        actions: [
          {
            action: 'changeLineItemQuantity',
            lineItemId: tote?.id,
            quantity: 0,
          },
          { action: 'removeLineItem', lineItemId: small?.id },
        ],
      },
    );
    expect(emptied.body.lineItems).toEqual([]);
    expect(emptied.body.totalPrice.centAmount).toBe(0);
  });

  it('answers errors for bad cart input', async () => {
    const anon = await client.anonymous();

    const noCurrency = await client.api(
      'POST',
      '/me/carts',
      anon.access_token,
      {},
    );
    const unknownSku = await createCart(anon.access_token, {
      lineItems: [{ sku: 'NOPE' }],
    });
    const noPrice = await client.api('POST', '/me/carts', anon.access_token, {
      currency: 'USD',
      lineItems: [{ sku: 'SKU-1' }],
    });
    const discount = await createCart(anon.access_token, {
      discountCodes: ['X'],
    });

    expect(noCurrency.body).toMatchObject({
      errors: [{ code: 'InvalidJsonInput' }],
    });
    expect(unknownSku.status).toBe(400);
    expect(noPrice.body).toMatchObject({
      errors: [{ code: 'MatchingPriceNotFound', currency: 'USD' }],
    });
    expect(discount.status).toBe(501);
  });

  it('answers 501 for cart actions that are not built', async () => {
    const { anon, cart } = await guestWithCart([]);

    const result = await client.api(
      'POST',
      `/me/carts/${cart.id}`,
      anon.access_token,
      {
        version: 1,
        actions: [{ action: 'addDiscountCode', code: 'X' }],
      },
    );

    expect(result.status).toBe(501);
  });

  it('checks the cart version', async () => {
    const { anon, cart } = await guestWithCart([{ sku: 'SKU-1' }]);

    const result = await client.api(
      'POST',
      `/me/carts/${cart.id}`,
      anon.access_token,
      {
        version: 7,
        actions: [{ action: 'setCountry', country: 'DE' }],
      },
    );

    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ errors: [{ currentVersion: 1 }] });
  });

  it('hides other sessions’ carts behind a 404', async () => {
    const { cart } = await guestWithCart([{ sku: 'SKU-1' }]);
    const stranger = await client.anonymous();

    const read = await client.api(
      'GET',
      `/me/carts/${cart.id}`,
      stranger.access_token,
    );
    const active = await client.api(
      'GET',
      '/me/active-cart',
      stranger.access_token,
    );

    expect(read.status).toBe(404);
    expect(active.status).toBe(404);
    expect(active.body).toMatchObject({
      errors: [{ code: 'ResourceNotFound' }],
    });
  });

  it('queries carts by state and date, newest first, as /me/active-cart picks', async () => {
    const { anon, cart: older } = await guestWithCart([{ sku: 'SKU-1' }]);
    const token = anon.access_token;
    const newer = (await createCart(token, {})).body;
    type Page = { count: number; total: number; results: Cart[] };
    const query = (q: string) =>
      client.api<Page>('GET', `/me/carts?${q}`, token);
    const newest = new URLSearchParams({
      where: 'cartState = "Active" and origin="Customer"',
      sort: 'lastModifiedAt desc',
      limit: '1',
    }).toString();

    const first = await query(newest);
    expect(first.status).toBe(200);
    expect(first.body.results.map((c) => c.id)).toEqual([newer.id]);
    expect(first.body.total).toBe(2);

    await client.api('POST', `/me/carts/${older.id}`, token, {
      version: older.version,
      actions: [{ action: 'addLineItem', sku: 'SKU-2' }],
    });
    const active = await client.api<Cart>('GET', '/me/active-cart', token);
    const after = await query(newest);
    expect(after.body.results.map((c) => c.id)).toEqual([older.id]);
    expect(active.body.id).toBe(older.id);

    const merged = await query('where=cartState%3D%22Merged%22');
    expect(merged.body).toMatchObject({ count: 0, total: 0, results: [] });

    const untotalled = await query('withTotal=false');
    expect(untotalled.body).not.toHaveProperty('total');
    expect((await query('withTotal=banana')).status).toBe(400);
  });

  it('answers 501 for query parts it does not read, never ignoring them', async () => {
    const anon = await client.anonymous();
    const token = anon.access_token;

    const cases = [
      'where=totalPrice(centAmount%20%3E%2010)',
      'where=cartState%3D%22Active%22%20or%20origin%3D%22Customer%22',
      'sort=totalPrice.centAmount%20asc',
      'expand=lineItems%5B*%5D.productType',
    ];
    for (const q of cases) {
      const result = await client.api('GET', `/me/carts?${q}`, token);
      expect(result.status, q).toBe(501);
      expect(result.body, q).toMatchObject({
        statusCode: 501,
        errors: [{ code: 'General' }],
      });
    }
  });

  it('survives a reload: the refreshed token finds the same cart (S8)', async () => {
    const { anon, cart } = await guestWithCart([{ sku: 'SKU-1' }]);

    const refreshed = await client.refresh(anon.refresh_token ?? '');
    const active = await client.api<Cart>(
      'GET',
      '/me/active-cart',
      refreshed.body.access_token,
    );

    expect(active.body.id).toBe(cart.id);
  });

  it('deletes a cart with its version', async () => {
    const { anon, cart } = await guestWithCart([]);

    const result = await client.api(
      'DELETE',
      `/me/carts/${cart.id}?version=1`,
      anon.access_token,
    );

    expect(result.status).toBe(200);
    expect(
      (await client.api('GET', `/me/carts/${cart.id}`, anon.access_token))
        .status,
    ).toBe(404);
  });

  it('keeps a store cart to its store and the store’s countries', async () => {
    const anon = await client.anonymous();

    const wrongCountry = await client.api(
      'POST',
      '/in-store/key=berlin/me/carts',
      anon.access_token,
      { currency: 'EUR', country: 'FR' },
    );
    const created = await client.api<Cart>(
      'POST',
      '/in-store/key=berlin/me/carts',
      anon.access_token,
      { currency: 'EUR', country: 'DE' },
    );
    const inParis = await client.api(
      'GET',
      '/in-store/key=paris/me/active-cart',
      anon.access_token,
    );

    expect(wrongCountry.body).toMatchObject({
      errors: [{ code: 'CountryNotConfiguredInStore' }],
    });
    expect(created.body.store).toEqual({ typeId: 'store', key: 'berlin' });
    expect(inParis.status).toBe(404);
  });

  it('needs a session: a client-credentials token gets 403', async () => {
    const token = await client.clientCredentials();

    const result = await createCart(token.access_token, {});

    expect(result.status).toBe(403);
  });
});

describe('products', () => {
  it('lists and searches the catalogue with the public client', async () => {
    const token = await client.clientCredentials();

    const all = await client.api<ProductProjectionPagedQueryResponse>(
      'GET',
      '/product-projections',
      token.access_token,
    );
    const socks = await client.api<ProductProjectionPagedQueryResponse>(
      'GET',
      '/product-projections/search?text.de=wollsocken',
      token.access_token,
    );
    const one = await client.api(
      'GET',
      '/product-projections/key=wool-socks',
      token.access_token,
    );
    const where = await client.api(
      'GET',
      '/product-projections?where=key%3D%22x%22',
      token.access_token,
    );

    expect(all.body.total).toBe(4);
    expect(all.body.results[0]?.masterVariant.prices?.[0]?.value).toMatchObject(
      {
        currencyCode: 'EUR',
      },
    );
    expect(socks.body.results.map((p) => p.key)).toEqual(['wool-socks']);
    expect(one.status).toBe(200);
    expect(where.status).toBe(501);
  });
});
