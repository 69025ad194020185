import { describe, expect, it } from 'vitest';

import { galleryHtml } from './gallery-html';

describe('galleryHtml', () => {
  const html = galleryHtml(
    [
      {
        title: 'Many <addresses>',
        description: 'Names & scripts',
        lang: 'en',
        rows: [
          {
            path: '/account',
            shots: [
              { file: 'many/en/account-390.png', width: 390, height: 844 },
              { file: 'many/en/account-1280.png', width: 1280, height: 800 },
            ],
          },
          { path: '/account/delete', note: 'Not built yet.', shots: [] },
        ],
      },
    ],
    [390, 1280],
    ['English only: the app has no German UI yet.'],
  );

  it('shows each page with its shots side by side, linked', () => {
    expect(html).toContain(
      '<a href="many/en/account-390.png"><img src="many/en/account-390.png"',
    );
    expect(html.indexOf('account-390.png')).toBeLessThan(
      html.indexOf('account-1280.png'),
    );
    expect(html).toContain('<th scope="col">390 px</th>');
  });

  it('escapes text and says why a page has no shots', () => {
    expect(html).toContain('Many &lt;addresses&gt;');
    expect(html).toContain('Names &amp; scripts');
    expect(html).toContain('<td colspan="2">Not built yet.</td>');
    expect(html).toContain('English only: the app has no German UI yet.');
  });
});
