import type { Translation } from '../../ui/i18n/types';
import type { CartMessages } from './messages-en';

export const cartMessagesDe: Translation<CartMessages> = {
  'cart.title': 'Warenkorb',
  'cart.guest':
    'Sie kaufen als Gast ein. {signIn}, um diesen Warenkorb in Ihrem ' +
    'Konto zu behalten.',
  'cart.signIn': 'Melden Sie sich an',
  'cart.failed': 'Ihr Warenkorb konnte nicht geändert werden. {reason}',
  'cart.yours': 'Ihr Warenkorb',
  'cart.loading': 'Ihr Warenkorb wird geladen …',
  'cart.empty': 'Ihr Warenkorb ist leer.',
  'cart.products': 'Produkte',
  'cart.added': '{name} wurde in den Warenkorb gelegt.',
  'cart.quantityChanged': '{name}: Menge geändert.',
  'cart.removed': '{name} wurde aus dem Warenkorb entfernt.',
  'cart.tableCaption': 'Artikel in Ihrem Warenkorb',
  'cart.product': 'Produkt',
  'cart.price': 'Preis',
  'cart.quantity': 'Menge',
  'cart.total': 'Summe',
  'cart.remove': 'Entfernen',
  'cart.oneFewer': 'Ein {name} weniger',
  'cart.oneMore': 'Ein {name} mehr',
  'cart.totalItems': {
    one: 'Summe ({count} Artikel)',
    other: 'Summe ({count} Artikel)',
  },
  'cart.loadingProducts': 'Produkte werden geladen …',
  'cart.noProducts': 'Es gibt keine Produkte zum Anzeigen.',
  'cart.addToCart': 'In den Warenkorb',
};
