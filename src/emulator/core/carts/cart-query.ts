import type { Cart } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import type { EmulatorRequest } from '../types';

/**
 * The part of the query language the emulator reads on `GET /me/carts`:
 * `where` as comparisons `field = "text"` joined by `and`, over the fields
 * below, and `sort` by one date, `asc` or `desc`. That is enough to ask
 * for the active cart without a 404 ("cartState = \"Active\"", newest
 * first, limit 1). Anything else is a 501, never silently ignored.
 */
const WHERE_FIELDS = ['cartState', 'origin', 'inventoryMode'] as const;
type WhereField = (typeof WHERE_FIELDS)[number];

const COMPARISON = /^\s*([A-Za-z]+)\s*=\s*"([^"\\]*)"\s*$/;
const SORT = /^\s*(createdAt|lastModifiedAt)(?:\s+(asc|desc))?\s*$/;
const KNOWN = new Set(['limit', 'offset', 'withTotal', 'where', 'sort']);

type Test = (cart: Cart) => boolean;

function isWhereField(name: string): name is WhereField {
  return (WHERE_FIELDS as readonly string[]).includes(name);
}

function readWhere(predicate: string): Test[] {
  return predicate.split(/\s+and\s+/).map((part) => {
    const match = COMPARISON.exec(part);
    const field = match?.[1] ?? '';
    if (!match || !isWhereField(field)) {
      throw errors.notBuilt(
        `The predicate '${part.trim()}' (only ${WHERE_FIELDS.join(', ')} ` +
          '= "…" joined by "and" is read)',
      );
    }
    const value = match[2];
    return (cart) => cart[field] === value;
  });
}

function readSort(expression: string) {
  const match = SORT.exec(expression);
  if (!match) {
    throw errors.notBuilt(
      `The sort '${expression}' (only createdAt or lastModifiedAt is read)`,
    );
  }
  const field = match[1] === 'createdAt' ? 'createdAt' : 'lastModifiedAt';
  return { field, descending: match[2] === 'desc' } as const;
}

/** Filters and orders `carts` as the request's `where` and `sort` ask. */
export function queryCarts(req: EmulatorRequest, carts: Cart[]): Cart[] {
  for (const name of req.query.keys()) {
    if (!KNOWN.has(name))
      throw errors.notBuilt(`The query parameter '${name}'`);
  }
  const tests = req.query.getAll('where').flatMap(readWhere);
  const sorts = req.query.getAll('sort').map(readSort);
  const indexed = carts
    .map((cart, index) => ({ cart, index }))
    .filter(({ cart }) => tests.every((test) => test(cart)));
  // Stored order (oldest write first) breaks ties, in the sort's direction.
  const last = sorts.at(-1);
  return indexed
    .sort((a, b) => {
      for (const { field, descending } of sorts) {
        const order = a.cart[field].localeCompare(b.cart[field]);
        if (order !== 0) return descending ? -order : order;
      }
      return last?.descending ? b.index - a.index : a.index - b.index;
    })
    .map(({ cart }) => cart);
}
