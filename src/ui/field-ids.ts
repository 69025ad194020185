/** The element id of a form field, shared by the field and the summary. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The ids a field's `aria-describedby` lists, hint first. */
export function describedBy(
  id: string,
  parts: { hint?: unknown; error?: unknown },
): string | undefined {
  const ids = [
    parts.hint ? `${id}-hint` : undefined,
    parts.error ? `${id}-error` : undefined,
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
