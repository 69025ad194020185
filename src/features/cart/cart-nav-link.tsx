import { NavLink } from 'react-router';
import './cart.css';

import { itemCount } from '../../api/cart';
import { useActiveCart } from './use-cart';

/** "Cart" in the header, with how many items are in it. */
export function CartNavLink() {
  const cart = useActiveCart();
  const count = itemCount(cart.data);
  return (
    <NavLink to="/cart">
      Cart
      {count > 0 ? (
        <span className="cart-count">
          {count}
          <span className="visually-hidden">
            {count === 1 ? ' item' : ' items'}
          </span>
        </span>
      ) : null}
    </NavLink>
  );
}
