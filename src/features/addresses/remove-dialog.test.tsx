import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { homeAddress } from '../profile/customer-fixture';
import { RemoveDialog } from './remove-dialog';

const noop = () => undefined;

function dialog(defaultShipping: boolean, defaultBilling: boolean) {
  return renderToStaticMarkup(
    <RemoveDialog
      address={homeAddress}
      roles={{
        shipping: defaultShipping,
        billing: defaultBilling,
        defaultShipping,
        defaultBilling,
      }}
      pending={false}
      background={{ current: null }}
      onConfirm={noop}
      onCancel={noop}
    />,
  );
}

describe('RemoveDialog', () => {
  it('asks plainly for an ordinary address', () => {
    const html = dialog(false, false);

    expect(html).toContain('Remove this address?');
    expect(html).toContain('Yes, remove address');
    expect(html).not.toContain('default');
  });

  it('says what goes missing when the address is a default', () => {
    const html = dialog(true, true);

    expect(html).toContain(
      'This is your default shipping and billing address.',
    );
    expect(html).toContain('no default shipping or billing address');
    expect(html).toContain('Yes, remove default address');
  });
});
