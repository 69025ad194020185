import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { ConflictChoice } from './conflict-choice';

function render(mine: string | boolean, theirs: string | boolean) {
  return renderToStaticMarkup(
    <ConflictChoice
      conflict={{ field: 'lastName', mine, theirs }}
      label="Last name"
      choice={undefined}
      onChoose={() => undefined}
    />,
  );
}

describe('ConflictChoice', () => {
  it('shows both values and preselects neither', () => {
    const html = render('Typed', 'Theirs');

    expect(html).toContain('Last name was also changed elsewhere');
    expect(html).toContain('Your change: <strong>Typed</strong>');
    expect(html).toContain('Saved elsewhere: <strong>Theirs</strong>');
    expect(html).not.toContain('checked');
  });

  it('shows empty values and flags in words', () => {
    expect(render('', 'Theirs')).toContain('<strong>(empty)</strong>');
    expect(render(true, false)).toContain('Your change: <strong>Yes</strong>');
  });
});
