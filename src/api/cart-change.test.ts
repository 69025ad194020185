import type { Cart, ErrorResponse } from '@commercetools/platform-sdk';
import { describe, expect, it } from 'vitest';

import { ApiError } from './api-error';
import {
  type CartIo,
  cartPlans,
  changeCart,
  createCartQueue,
} from './cart-change';

function cart(version: number, lines: [string, number][] = []): Cart {
  return {
    id: 'cart-1',
    version,
    cartState: 'Active',
    lineItems: lines.map(([sku, quantity]) => ({
      id: `line-${sku}`,
      quantity,
      variant: { id: 1, sku },
    })),
  } as unknown as Cart;
}

const conflict = () =>
  new ApiError(409, {
    statusCode: 409,
    message: 'x',
    errors: [{ code: 'ConcurrentModification', message: 'x' }],
  } as ErrorResponse);

/** A fake API: answers each send from `answers` in turn, logs requests. */
function fakeIo(start: Cart | null, fresh: Cart | null, answers: unknown[]) {
  const sent: { version: number; actions: unknown[] }[] = [];
  let created = 0;
  const io: CartIo = {
    known: async () => start,
    fresh: async () => fresh,
    create: async () => {
      created += 1;
      return cart(1);
    },
    send: async (c, actions) => {
      sent.push({ version: c.version, actions });
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer as Cart;
    },
  };
  return { io, sent, created: () => created };
}

describe('changeCart', () => {
  it('creates a cart when there is none, then adds to it', async () => {
    const { io, sent, created } = fakeIo(null, null, [cart(2, [['A', 1]])]);

    const result = await changeCart(io, cartPlans.add('A'));

    expect(created()).toBe(1);
    expect(sent).toEqual([
      {
        version: 1,
        actions: [{ action: 'addLineItem', sku: 'A', quantity: 1 }],
      },
    ]);
    expect(result.version).toBe(2);
  });

  it('re-applies the plan once on the fresh cart after a 409', async () => {
    const stale = cart(3, [['A', 1]]);
    const fresh = cart(5, [['A', 4]]);
    const { io, sent } = fakeIo(stale, fresh, [conflict(), cart(6)]);

    await changeCart(io, cartPlans.setQuantity('A', 2));

    expect(sent.map((s) => s.version)).toEqual([3, 5]);
    expect(sent[1]?.actions).toEqual([
      { action: 'changeLineItemQuantity', lineItemId: 'line-A', quantity: 2 },
    ]);
  });

  it('throws a second conflict instead of looping', async () => {
    const { io, sent } = fakeIo(cart(1, [['A', 1]]), cart(2, [['A', 1]]), [
      conflict(),
      conflict(),
    ]);

    await expect(changeCart(io, cartPlans.remove('A'))).rejects.toThrow(
      ApiError,
    );
    expect(sent).toHaveLength(2);
  });

  it('sends nothing when the fresh cart already is as wanted', async () => {
    const { io, sent } = fakeIo(cart(1, [['A', 1]]), cart(2), [conflict()]);

    const result = await changeCart(io, cartPlans.remove('A'));

    expect(sent).toHaveLength(1);
    expect(result.version).toBe(2);
  });

  it('starts a new cart when the known one was merged away', async () => {
    const merged = { ...cart(4, [['A', 1]]), cartState: 'Merged' } as Cart;
    const { io, sent, created } = fakeIo(merged, null, [cart(2)]);

    await changeCart(io, cartPlans.add('B'));

    expect(created()).toBe(1);
    expect(sent[0]?.version).toBe(1);
  });

  it('quantity 0 removes the line', () => {
    expect(cartPlans.setQuantity('A', 0)(cart(1, [['A', 3]]))).toEqual([
      { action: 'removeLineItem', lineItemId: 'line-A' },
    ]);
  });
});

describe('createCartQueue', () => {
  it('runs changes one after another, also after a failure', async () => {
    const enqueue = createCartQueue();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const first = enqueue(
      () =>
        new Promise<void>((resolve) => {
          log.push('first starts');
          release = () => {
            log.push('first ends');
            resolve();
          };
        }),
    );
    const failing = enqueue(async () => {
      log.push('second runs');
      throw new Error('boom');
    });
    const third = enqueue(async () => log.push('third runs'));

    await Promise.resolve();
    expect(log).toEqual(['first starts']);
    release();
    await first;
    await expect(failing).rejects.toThrow('boom');
    await third;
    expect(log).toEqual([
      'first starts',
      'first ends',
      'second runs',
      'third runs',
    ]);
  });
});

describe('cartPlans.changeBy', () => {
  it('counts from the cart it is given', () => {
    expect(cartPlans.changeBy('A', 1)(cart(1, [['A', 3]]))).toEqual([
      { action: 'changeLineItemQuantity', lineItemId: 'line-A', quantity: 4 },
    ]);
    expect(cartPlans.changeBy('A', -1)(cart(1, [['A', 1]]))).toEqual([
      { action: 'removeLineItem', lineItemId: 'line-A' },
    ]);
  });

  it('adds a line that is not there, and never removes what is not', () => {
    expect(cartPlans.changeBy('B', 1)(cart(1))).toEqual([
      { action: 'addLineItem', sku: 'B', quantity: 1 },
    ]);
    expect(cartPlans.changeBy('B', -1)(cart(1))).toEqual([]);
  });
});
