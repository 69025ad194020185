import { defineMessages } from '../../ui/i18n/catalogue';

export const cartMessages = defineMessages({
  'cart.title': 'Cart',
  'cart.guest':
    // One literal, so the type knows its placeholders.
    'You are shopping as a guest. {signIn} to keep this cart with your account.',
  'cart.signIn': 'Sign in',
  'cart.failed': 'Your cart could not be changed. {reason}',
  'cart.yours': 'Your cart',
  'cart.loading': 'Loading your cart…',
  'cart.empty': 'Your cart is empty.',
  'cart.products': 'Products',
  'cart.added': '{name} added to your cart.',
  'cart.quantityChanged': '{name}: quantity changed.',
  'cart.removed': '{name} removed from your cart.',
  'cart.tableCaption': 'Items in your cart',
  'cart.product': 'Product',
  'cart.price': 'Price',
  'cart.quantity': 'Quantity',
  'cart.total': 'Total',
  'cart.remove': 'Remove',
  'cart.oneFewer': 'One fewer {name}',
  'cart.oneMore': 'One more {name}',
  'cart.totalItems': {
    one: 'Total ({count} item)',
    other: 'Total ({count} items)',
  },
  'cart.loadingProducts': 'Loading products…',
  'cart.noProducts': 'There are no products to show.',
  'cart.addToCart': 'Add to cart',
});

export type CartMessages = typeof cartMessages;
