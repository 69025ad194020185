import type {
  ProductProjection,
  ProductVariant,
} from '@commercetools/platform-sdk';
import { useQuery } from '@tanstack/react-query';

import { CART_CURRENCY } from '../../api/cart';
import { productsQueryOptions } from '../../api/products';
import { useSession } from '../../api/use-session';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { formatMoney, localized } from './money';
import type { Locale } from '../../ui/i18n/types';
import { useT } from '../../ui/i18n/use-t';
import { cartMessages } from './messages-en';

export interface ProductChoice {
  sku: string;
  name: string;
}

interface Row extends ProductChoice {
  price?: string;
}

/** One row per variant with a SKU; variants of one product by SKU. */
function rowsOf(products: ProductProjection[], locale: Locale): Row[] {
  return products.flatMap((product) => {
    const variants = [product.masterVariant, ...product.variants];
    const name = localized(product.name, locale);
    return variants.flatMap((variant: ProductVariant) => {
      if (!variant.sku) return [];
      const price = variant.prices?.find(
        (p) => p.value.currencyCode === CART_CURRENCY,
      );
      return [
        {
          sku: variant.sku,
          name: variants.length > 1 ? `${name} (${variant.sku})` : name,
          price: price ? formatMoney(price.value, locale) : undefined,
        },
      ];
    });
  });
}

/** The small catalogue, each variant with its own "Add to cart". */
export function ProductList({ onAdd }: { onAdd: (p: ProductChoice) => void }) {
  const t = useT(cartMessages);
  const { status } = useSession();
  const products = useQuery({
    ...productsQueryOptions(),
    enabled: status === 'anonymous' || status === 'signed-in',
  });

  if (products.isError) {
    return (
      <ServiceUnavailable
        onRetry={() => void products.refetch()}
        retrying={products.isFetching}
      />
    );
  }
  if (!products.data) {
    return <StatusMessage>{t('cart.loadingProducts')}</StatusMessage>;
  }
  const rows = rowsOf(products.data, t.locale);
  if (rows.length === 0) return <p>{t('cart.noProducts')}</p>;
  return (
    <ul className="product-list">
      {rows.map((row) => (
        <li key={row.sku}>
          <span className="product-name">{row.name}</span>
          {row.price ? <span>{row.price}</span> : null}
          <button
            type="button"
            className="button button-small"
            onClick={() => onAdd(row)}
          >
            {t('cart.addToCart')}
            <span className="visually-hidden"> {row.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
