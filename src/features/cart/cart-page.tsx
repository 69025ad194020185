import type { LineItem } from '@commercetools/platform-sdk';
import { useRef, useState } from 'react';
import { Link } from 'react-router';

import type { CartPlan } from '../../api/cart-change';
import { cartPlans } from '../../api/cart-change';
import { describeApiError } from '../../api/error-messages';
import { useSession } from '../../api/use-session';
import { PageHeading } from '../../ui/page-heading';
import { ServiceUnavailable } from '../../ui/service-unavailable';
import { StatusMessage } from '../../ui/status-message';
import { usePageTitle } from '../../ui/use-page-title';
import { signInPathFor } from '../sign-in/return-to';
import './cart.css';
import { CartTable, lineName } from './cart-table';
import { type ProductChoice, ProductList } from './product-list';
import { useActiveCart } from './use-active-cart';
import { useCartChange } from './use-cart';
import { messageRef } from '../../ui/i18n/catalogue';
import { useT } from '../../ui/i18n/use-t';
import { cartMessages } from './messages-en';

/** The guest cart, or the customer's: products to add and the cart. */
export function CartPage() {
  const t = useT(cartMessages);
  usePageTitle(t('cart.title'));
  const { status } = useSession();
  const cart = useActiveCart();
  const change = useCartChange();
  const [message, setMessage] = useState('');
  // Message references and API error keys, shown in the language of the
  // moment.
  const [failure, setFailure] = useState<string[]>();
  const cartHeading = useRef<HTMLHeadingElement>(null);

  async function run(plan: CartPlan, done: string, refocus = false) {
    setFailure(undefined);
    try {
      await change.mutateAsync(plan);
      setMessage(done);
      // The button that was pressed is gone with its line.
      if (refocus) cartHeading.current?.focus();
    } catch (error) {
      setMessage('');
      setFailure(describeApiError(error).formErrors);
    }
  }

  const add = (p: ProductChoice) =>
    void run(
      cartPlans.add(p.sku),
      messageRef(cartMessages, 'cart.added', { name: p.name }),
    );
  const changeBy = (line: LineItem, delta: number) => {
    const sku = line.variant.sku ?? '';
    const next = line.quantity + delta;
    const name = lineName(line, t.locale);
    void run(
      cartPlans.changeBy(sku, delta),
      next > 0
        ? messageRef(cartMessages, 'cart.quantityChanged', { name })
        : messageRef(cartMessages, 'cart.removed', { name }),
      next <= 0,
    );
  };
  const remove = (line: LineItem) =>
    void run(
      cartPlans.remove(line.variant.sku ?? ''),
      messageRef(cartMessages, 'cart.removed', {
        name: lineName(line, t.locale),
      }),
      true,
    );

  return (
    <>
      <PageHeading>{t('cart.title')}</PageHeading>
      {status === 'anonymous' ? (
        <p>
          {t.rich('cart.guest', {
            signIn: <Link to={signInPathFor('/cart')}>{t('cart.signIn')}</Link>,
          })}
        </p>
      ) : null}
      {failure ? (
        <p className="notice notice-error" role="alert">
          {t('cart.failed', { reason: failure.map(t.text).join(' ') })}
        </p>
      ) : null}
      <section
        className="cart-section"
        aria-labelledby="cart-title"
        aria-busy={change.isPending || undefined}
      >
        <h2 id="cart-title" ref={cartHeading} tabIndex={-1}>
          {t('cart.yours')}
        </h2>
        {cart.isError ? (
          <ServiceUnavailable
            onRetry={() => void cart.refetch()}
            retrying={cart.isFetching}
          />
        ) : cart.data === undefined ? (
          <p>{t('cart.loading')}</p>
        ) : cart.data && cart.data.lineItems.length > 0 ? (
          <CartTable cart={cart.data} onChangeBy={changeBy} onRemove={remove} />
        ) : (
          <p>{t('cart.empty')}</p>
        )}
      </section>
      <section aria-labelledby="products-title">
        <h2 id="products-title">{t('cart.products')}</h2>
        <ProductList onAdd={add} />
      </section>
      <StatusMessage>{message && t.text(message)}</StatusMessage>
    </>
  );
}
