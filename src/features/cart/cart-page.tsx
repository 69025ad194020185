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
import { signInPathFor } from '../sign-in/return-to';
import './cart.css';
import { CartTable, lineName } from './cart-table';
import { type ProductChoice, ProductList } from './product-list';
import { useActiveCart, useCartChange } from './use-cart';
import { coreMessages } from '../../ui/i18n/messages-en';
import { useT } from '../../ui/i18n/use-t';

/** The guest cart, or the customer's: products to add and the cart. */
export function CartPage() {
  const core = useT(coreMessages);
  const { status } = useSession();
  const cart = useActiveCart();
  const change = useCartChange();
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<string>();
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
      setFailure(describeApiError(error).formErrors.map(core.text).join(' '));
    }
  }

  const add = (p: ProductChoice) =>
    void run(cartPlans.add(p.sku), `${p.name} added to your cart.`);
  const changeBy = (line: LineItem, delta: number) => {
    const sku = line.variant.sku ?? '';
    const next = line.quantity + delta;
    void run(
      cartPlans.changeBy(sku, delta),
      next > 0
        ? `${lineName(line)}: quantity changed.`
        : `${lineName(line)} removed from your cart.`,
      next <= 0,
    );
  };
  const remove = (line: LineItem) =>
    void run(
      cartPlans.remove(line.variant.sku ?? ''),
      `${lineName(line)} removed from your cart.`,
      true,
    );

  return (
    <>
      <PageHeading>Cart</PageHeading>
      {status === 'anonymous' ? (
        <p>
          You are shopping as a guest.{' '}
          <Link to={signInPathFor('/cart')}>Sign in</Link> to keep this cart
          with your account.
        </p>
      ) : null}
      {failure ? (
        <p className="notice notice-error" role="alert">
          Your cart could not be changed. {failure}
        </p>
      ) : null}
      <section
        className="cart-section"
        aria-labelledby="cart-title"
        aria-busy={change.isPending || undefined}
      >
        <h2 id="cart-title" ref={cartHeading} tabIndex={-1}>
          Your cart
        </h2>
        {cart.isError ? (
          <ServiceUnavailable
            onRetry={() => void cart.refetch()}
            retrying={cart.isFetching}
          />
        ) : cart.data === undefined ? (
          <p>Loading your cart…</p>
        ) : cart.data && cart.data.lineItems.length > 0 ? (
          <CartTable cart={cart.data} onChangeBy={changeBy} onRemove={remove} />
        ) : (
          <p>Your cart is empty.</p>
        )}
      </section>
      <section aria-labelledby="products-title">
        <h2 id="products-title">Products</h2>
        <ProductList onAdd={add} />
      </section>
      <StatusMessage>{message}</StatusMessage>
    </>
  );
}
