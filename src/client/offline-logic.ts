/** The pure part of «Bewaar deze site» (src/client/offline-bewaren.ts; tests/client-offline.test.ts). */

/** A template with {name} places filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** The day the site was saved, in Dutch words («5 december 2026»), or undefined for no or a damaged time. */
export function savedOn(iso: unknown): string | undefined {
  if (typeof iso !== 'string') return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}
