import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { inEnglish } from '../../ui/i18n/in-english';
import { CartModeChoice, cartModePreview as preview } from './cart-mode-choice';

const cartModePreview = (...args: Parameters<typeof preview>) =>
  inEnglish(preview(...args));

const noop = () => undefined;

describe('cartModePreview', () => {
  it('counts the guest items and is honest about the saved cart', () => {
    expect(cartModePreview('MergeWithExistingCustomerCart', 3)).toMatch(
      /^Your 3 guest items will be merged into your saved cart, if you have one/,
    );
    expect(cartModePreview('UseAsNewActiveCustomerCart', 1)).toMatch(
      /^Your guest cart \(1 item\) will replace your saved cart, if you have one/,
    );
  });

  it('falls back to a general line while the guest cart is unknown', () => {
    expect(cartModePreview('MergeWithExistingCustomerCart', undefined)).toBe(
      'Items from both carts end up in your saved cart.',
    );
  });
});

describe('CartModeChoice', () => {
  it('asks nothing when the guest cart is empty, and merges', () => {
    const html = renderToStaticMarkup(
      <CartModeChoice
        selected="UseAsNewActiveCustomerCart"
        onChange={noop}
        guestItems={0}
      />,
    );

    expect(html).not.toContain('radio');
    expect(html).toContain('value="MergeWithExistingCustomerCart"');
  });

  it('shows nothing while the guest cart is being checked', () => {
    const html = renderToStaticMarkup(
      <CartModeChoice
        selected="MergeWithExistingCustomerCart"
        onChange={noop}
        guestItems="checking"
      />,
    );

    expect(html).not.toContain('radio');
    expect(html).not.toContain('fieldset');
  });

  it('offers both choices when the guest cart could not be read', () => {
    const html = renderToStaticMarkup(
      <CartModeChoice
        selected="MergeWithExistingCustomerCart"
        onChange={noop}
        guestItems="unknown"
      />,
    );

    expect(html).toContain('Items from both carts end up in your saved cart.');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
  });

  it('offers both choices when the guest cart has items', () => {
    const html = renderToStaticMarkup(
      <CartModeChoice
        selected="MergeWithExistingCustomerCart"
        onChange={noop}
        guestItems={2}
      />,
    );

    expect(html).toContain('Your guest cart has 2 items');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
  });
});
