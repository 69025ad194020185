import type { Cart, LineItem } from '@commercetools/platform-sdk';

import { itemCount } from '../../api/cart';
import { formatMoney, localized } from './money';

interface Props {
  cart: Cart;
  onChangeBy: (line: LineItem, delta: number) => void;
  onRemove: (line: LineItem) => void;
}

export const lineName = (line: LineItem) => localized(line.name);

function unitPrice(line: LineItem) {
  return formatMoney(line.price.discounted?.value ?? line.price.value);
}

/**
 * The cart's lines with their quantities and totals, and the cart total,
 * all as the server computed them. Buttons name the product they act on,
 * so a screen-reader user hears which line "One more" belongs to.
 */
export function CartTable({ cart, onChangeBy, onRemove }: Props) {
  const count = itemCount(cart);
  return (
    <table className="cart-table">
      <caption className="visually-hidden">Items in your cart</caption>
      <thead>
        <tr>
          <th scope="col">Product</th>
          <th scope="col" className="number">
            Price
          </th>
          <th scope="col">Quantity</th>
          <th scope="col" className="number">
            Total
          </th>
          <th scope="col">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {cart.lineItems.map((line) => {
          const name = lineName(line);
          return (
            <tr key={line.id}>
              <th scope="row">
                {name}
                <span className="cart-sku">{line.variant.sku}</span>
              </th>
              <td className="number">{unitPrice(line)}</td>
              <td>
                <span className="quantity">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onChangeBy(line, -1)}
                  >
                    <span aria-hidden="true">−</span>
                    <span className="visually-hidden">One fewer {name}</span>
                  </button>
                  <span className="quantity-value">{line.quantity}</span>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onChangeBy(line, 1)}
                  >
                    <span aria-hidden="true">+</span>
                    <span className="visually-hidden">One more {name}</span>
                  </button>
                </span>
              </td>
              <td className="number">{formatMoney(line.totalPrice)}</td>
              <td>
                <button
                  type="button"
                  className="button button-small button-link"
                  onClick={() => onRemove(line)}
                >
                  Remove<span className="visually-hidden"> {name}</span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            Total ({count} {count === 1 ? 'item' : 'items'})
          </th>
          <td className="number">{formatMoney(cart.totalPrice)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
