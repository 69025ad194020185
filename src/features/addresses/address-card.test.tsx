import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { homeAddress } from '../profile/customer-fixture';
import { AddressCard } from './address-card';

const noop = () => undefined;

function card(roles: Partial<Parameters<typeof AddressCard>[0]['roles']>) {
  return renderToStaticMarkup(
    <AddressCard
      address={homeAddress}
      roles={{
        shipping: false,
        billing: false,
        defaultShipping: false,
        defaultBilling: false,
        ...roles,
      }}
      busy={false}
      onEdit={noop}
      onRemove={noop}
      onSetDefault={noop}
    />,
  );
}

describe('AddressCard', () => {
  it('shows the address with its country by name', () => {
    const html = card({});

    expect(html).toContain('Hauptstr. 1');
    expect(html).toContain('10115 Berlin');
    expect(html).toContain('Germany');
  });

  it('names every action after the address for screen readers', () => {
    const html = card({});

    expect(html).toContain('aria-label="Edit Hauptstr. 1"');
    expect(html).toContain('aria-label="Remove Hauptstr. 1"');
    expect(html).toContain('aria-label="Set Hauptstr. 1 as default shipping"');
    expect(html).toContain('aria-label="Set Hauptstr. 1 as default billing"');
    expect(html).not.toContain('Default shipping<');
  });

  it('shows a badge instead of the button for a default', () => {
    const html = card({ shipping: true, defaultShipping: true });

    expect(html).toContain('>Default shipping</span>');
    expect(html).not.toContain('as default shipping');
    expect(html).toContain('as default billing');
    expect(html).toContain('Used for shipping.');
  });
});
