import { NavLink } from 'react-router';
import './cart.css';

import { itemCount } from '../../api/cart';
import { useActiveCart } from './use-active-cart';
import { useT } from '../../ui/i18n/use-t';
import { coreMessages } from '../../ui/i18n/messages-en';

/** "Cart" in the header, with how many items are in it. */
export function CartNavLink() {
  const t = useT(coreMessages);
  const cart = useActiveCart();
  const count = itemCount(cart.data);
  return (
    <NavLink to="/cart">
      {t('app.navCart')}
      {count > 0 ? (
        <span className="cart-count">
          {count}
          <span className="visually-hidden">
            {' '}
            {t('app.itemWord', { count })}
          </span>
        </span>
      ) : null}
    </NavLink>
  );
}
