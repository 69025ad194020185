import type { Cart, LineItem } from '@commercetools/platform-sdk';

import { itemCount } from '../../api/cart';
import { formatMoney, localized } from './money';
import type { Locale } from '../../ui/i18n/types';
import { useT } from '../../ui/i18n/use-t';
import { cartMessages } from './messages-en';

interface Props {
  cart: Cart;
  onChangeBy: (line: LineItem, delta: number) => void;
  onRemove: (line: LineItem) => void;
}

export const lineName = (line: LineItem, locale: Locale) =>
  localized(line.name, locale);

function unitPrice(line: LineItem, locale: Locale) {
  return formatMoney(line.price.discounted?.value ?? line.price.value, locale);
}

/**
 * The cart's lines with their quantities and totals, and the cart total,
 * all as the server computed them. Buttons name the product they act on,
 * so a screen-reader user hears which line "One more" belongs to.
 */
export function CartTable({ cart, onChangeBy, onRemove }: Props) {
  const t = useT(cartMessages);
  const { locale } = t;
  const count = itemCount(cart);
  return (
    <table className="cart-table">
      <caption className="visually-hidden">{t('cart.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cart.product')}</th>
          <th scope="col" className="number">
            {t('cart.price')}
          </th>
          <th scope="col">{t('cart.quantity')}</th>
          <th scope="col" className="number">
            {t('cart.total')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('cart.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {cart.lineItems.map((line) => {
          const name = lineName(line, locale);
          return (
            <tr key={line.id}>
              <th scope="row">
                {name}
                <span className="cart-sku">{line.variant.sku}</span>
              </th>
              <td className="number">{unitPrice(line, locale)}</td>
              <td>
                <span className="quantity">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onChangeBy(line, -1)}
                  >
                    <span aria-hidden="true">−</span>
                    <span className="visually-hidden">
                      {t('cart.oneFewer', { name })}
                    </span>
                  </button>
                  <span className="quantity-value">{line.quantity}</span>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onChangeBy(line, 1)}
                  >
                    <span aria-hidden="true">+</span>
                    <span className="visually-hidden">
                      {t('cart.oneMore', { name })}
                    </span>
                  </button>
                </span>
              </td>
              <td className="number">{formatMoney(line.totalPrice, locale)}</td>
              <td>
                <button
                  type="button"
                  className="button button-small button-link"
                  onClick={() => onRemove(line)}
                >
                  {t('cart.remove')}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {t('cart.totalItems', { count })}
          </th>
          <td className="number">{formatMoney(cart.totalPrice, locale)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
