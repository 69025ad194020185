import type { ProductProjection } from '@commercetools/platform-sdk';
import { errors } from '../errors';
import { json } from '../http';
import { authenticate, requireScope } from '../me/caller';
import type { Handler } from '../route';
import { paging } from '../validation/query';
import type { EmulatorRequest } from '../types';
import { catalogue } from './catalogue';

const ALLOWED = new Set(['limit', 'offset', 'withTotal', 'staged']);

/** Only paging and (on search) full-text are built; the rest is a 501. */
function checkQuery(req: EmulatorRequest, search: boolean): void {
  for (const [name, value] of req.query) {
    const ok =
      (ALLOWED.has(name) && !(name === 'staged' && value === 'true')) ||
      (search && name.startsWith('text.'));
    if (!ok) throw errors.notBuilt(`The query parameter '${name}'`);
  }
}

function page(req: EmulatorRequest, all: ProductProjection[]) {
  const { limit, offset } = paging(req);
  const results = all.slice(offset, offset + limit);
  return { limit, offset, count: results.length, total: all.length, results };
}

function reader(ctx: Parameters<Handler>[0], req: EmulatorRequest) {
  const token = authenticate(ctx, req);
  requireScope(ctx, token, 'view_published_products');
}

export const queryProducts: Handler = (ctx, req) => {
  reader(ctx, req);
  checkQuery(req, false);
  return json(200, page(req, catalogue()));
};

/** Full text over the product names, per `text.{language}`. */
export const searchProducts: Handler = (ctx, req) => {
  reader(ctx, req);
  checkQuery(req, true);
  const texts = [...req.query]
    .filter(([name]) => name.startsWith('text.'))
    .map(([name, value]) => [name.slice(5), value.toLowerCase()] as const);
  const hits = catalogue().filter((p) =>
    texts.every(([lang, text]) => p.name[lang]?.toLowerCase().includes(text)),
  );
  return json(200, page(req, hits));
};

export const getProduct: Handler = (ctx, req, params) => {
  reader(ctx, req);
  const product = catalogue().find(
    (p) => p.id === params.id || (params.key && p.key === params.key),
  );
  if (!product) throw errors.resourceNotFound(params.id ?? params.key ?? '');
  return json(200, product);
};
