/**
 * Escaping for every place a document's text lands in the report: element text and attribute
 * values (HTML and SVG alike), and JSON inside a `<script>` element.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value: `<script>` and `" onmouseover="` come out as characters. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** JSON that cannot end its `<script>` element or break a line in JavaScript. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A number as the report shows it: Dutch grouping and decimals. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n);
}
