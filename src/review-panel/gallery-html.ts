/*
 * The screenshot gallery's index.html: per scenario and language, one row
 * per page with the phone and desktop shots side by side. Pure, so the
 * script stays small and this is tested on its own.
 */

export interface Shot {
  /** Relative to index.html. */
  file: string;
  width: number;
  height: number;
}

export interface GalleryRow {
  path: string;
  /** Why there is no picture, e.g. the page is not built yet. */
  note?: string;
  shots: Shot[];
}

export interface GallerySection {
  title: string;
  description: string;
  lang: string;
  rows: GalleryRow[];
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? '&#39;',
  );

function shotCell(shot: Shot): string {
  const href = escape(shot.file);
  return (
    `<td><a href="${href}"><img src="${href}" loading="lazy" ` +
    `alt="" width="${Math.round(shot.width / 2)}"></a>` +
    `<br>${shot.width} × ${shot.height}</td>`
  );
}

function row(r: GalleryRow, columns: number): string {
  const cells = r.note
    ? `<td colspan="${columns}">${escape(r.note)}</td>`
    : r.shots.map(shotCell).join('');
  return `<tr><th scope="row"><code>${escape(r.path)}</code></th>${cells}</tr>`;
}

function section(s: GallerySection, widths: number[]): string {
  const head = widths.map((w) => `<th scope="col">${w} px</th>`).join('');
  return [
    `<section><h2>${escape(s.title)} <small>(${escape(s.lang)})</small></h2>`,
    `<p>${escape(s.description)}</p>`,
    `<table><thead><tr><th scope="col">Page</th>${head}</tr></thead><tbody>`,
    ...s.rows.map((r) => row(r, widths.length)),
    '</tbody></table></section>',
  ].join('\n');
}

export function galleryHtml(
  sections: GallerySection[],
  widths: number[],
  notes: string[],
): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>My Account: design review screenshots</title>
<style>
body { font: 15px/1.4 system-ui, sans-serif; margin: 1rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.5rem; vertical-align: top; }
thead th { text-align: left; }
img { display: block; height: auto; border: 1px solid #999; }
</style>
</head>
<body>
<h1>My Account: design review screenshots</h1>
${notes.map((n) => `<p>${escape(n)}</p>`).join('\n')}
${sections.map((s) => section(s, widths)).join('\n')}
</body>
</html>
`;
}
