import type {
  LocalizedString,
  Price,
  ProductProjection,
  ProductVariant,
} from '@commercetools/platform-sdk';

interface CatalogueVariant {
  id: number;
  sku: string;
  centAmount: number;
}

interface CatalogueProduct {
  id: string;
  key: string;
  name: LocalizedString;
  variants: CatalogueVariant[];
}

export const PRODUCT_TYPE_ID = '0b7f5a8e-3c2d-4e1f-9a6b-5d4c3b2a1f00';
const PUBLISHED_AT = '2026-01-01T00:00:00.000Z';

/** A small made-up catalogue; every variant has one EUR price. */
const PRODUCTS: CatalogueProduct[] = [
  {
    id: 'a1f0c2d4-1b3e-4c5d-8e7f-000000000001',
    key: 'enamel-mug',
    name: { en: 'Enamel mug', de: 'Emaillebecher' },
    variants: [{ id: 1, sku: 'SKU-1', centAmount: 1290 }],
  },
  {
    id: 'a1f0c2d4-1b3e-4c5d-8e7f-000000000002',
    key: 'canvas-tote',
    name: { en: 'Canvas tote bag', de: 'Stofftasche' },
    variants: [{ id: 1, sku: 'SKU-2', centAmount: 1590 }],
  },
  {
    id: 'a1f0c2d4-1b3e-4c5d-8e7f-000000000003',
    key: 'dotted-notebook',
    name: { en: 'Dotted notebook', de: 'Punktraster-Notizbuch' },
    variants: [
      { id: 1, sku: 'SKU-3', centAmount: 990 },
      { id: 2, sku: 'SKU-3-A6', centAmount: 690 },
    ],
  },
  {
    id: 'a1f0c2d4-1b3e-4c5d-8e7f-000000000004',
    key: 'wool-socks',
    name: { en: 'Wool socks', de: 'Wollsocken' },
    variants: [{ id: 1, sku: 'SKU-4', centAmount: 1490 }],
  },
];

const slug = (name: LocalizedString): LocalizedString =>
  Object.fromEntries(
    Object.entries(name).map(([lang, text]) => [
      lang,
      text.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    ]),
  );

function price(product: CatalogueProduct, v: CatalogueVariant): Price {
  return {
    id: `${product.id.slice(0, 30)}-p${v.id}`,
    value: {
      type: 'centPrecision',
      currencyCode: 'EUR',
      centAmount: v.centAmount,
      fractionDigits: 2,
    },
  };
}

function variant(product: CatalogueProduct, v: CatalogueVariant) {
  const out: ProductVariant = {
    id: v.id,
    sku: v.sku,
    prices: [price(product, v)],
    images: [],
    attributes: [],
    assets: [],
  };
  return out;
}

export function projection(product: CatalogueProduct): ProductProjection {
  const [master, ...rest] = product.variants;
  return {
    id: product.id,
    version: 1,
    key: product.key,
    createdAt: PUBLISHED_AT,
    lastModifiedAt: PUBLISHED_AT,
    productType: { typeId: 'product-type', id: PRODUCT_TYPE_ID },
    name: product.name,
    slug: slug(product.name),
    categories: [],
    masterVariant: variant(product, master as CatalogueVariant),
    variants: rest.map((v) => variant(product, v)),
    attributes: [],
    searchKeywords: {},
    hasStagedChanges: false,
    published: true,
  };
}

export const catalogue = (): ProductProjection[] => PRODUCTS.map(projection);

export interface FoundVariant {
  product: ProductProjection;
  variant: ProductVariant;
}

export function findVariant(by: {
  sku?: string;
  productId?: string;
  variantId?: number;
}): FoundVariant | undefined {
  for (const product of catalogue()) {
    for (const v of [product.masterVariant, ...product.variants]) {
      const hit =
        by.sku !== undefined
          ? v.sku === by.sku
          : product.id === by.productId &&
            (by.variantId === undefined || v.id === by.variantId);
      if (hit) return { product, variant: v };
    }
  }
  return undefined;
}
