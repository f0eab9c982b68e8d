/**
 * HTML edition → document model.
 *
 * In: an HTML page with real `<h1>`–`<h6>`, `<p>`, `<ul>`/`<ol>`, `<table>` (`<thead>`/`<th>`,
 * `<td>`) markup and footnotes as `<p class="fn"><sup>N</sup> …</p>`. Out: the same blocks the
 * markdown loader gives for the same document, each with its 1-based source line.
 */
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, DocumentModel, ListItem, SourcePlace } from '../model/document';
import { foldQuotes } from '../model/quotes';
import { contentText, parseNodes, sanitizeTree, tableRows } from './html-fragment';

function placeOf(el: Element): SourcePlace {
  const loc = (el as Element & { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation;
  return loc ? { line: loc.startLine } : {};
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag';
}

function childElements(el: Element, names: string[]): Element[] {
  return el.children.filter((c): c is Element => isElement(c) && names.includes(c.name));
}

function linkTargets(el: Element): string[] {
  const urls: string[] = [];
  const visit = (node: AnyNode): void => {
    if (!isElement(node)) return;
    if (node.name === 'a' && node.attribs.href) urls.push(node.attribs.href);
    node.children.forEach(visit);
  };
  visit(el);
  return [...new Set(urls)];
}

/** A footnote's number, as the markdown edition's forms have it: one to three figures. */
const NOTE_NUMBER = /^\d{1,3}$/;

function footnote(el: Element): Block | null {
  const sup = el.children.find((c): c is Element => isElement(c) && c.name === 'sup');
  const label = sup ? contentText(parseNodes(sup.children)).trim() : '';
  // (Not `1e+21` nor `99999999999`: no document numbers its notes so, and the notes between would
  // each be listed as absent.)
  if (!sup || !NOTE_NUMBER.test(label)) return null;
  const n = Number(label);
  const rest = el.children.filter((c) => c !== sup);
  return { kind: 'footnote', n, text: contentText(parseNodes(rest)), urls: linkTargets(el), source: placeOf(el) };
}

function table(el: Element): Block {
  return { kind: 'table', rows: tableRows(el, placeOf), source: placeOf(el) };
}

function list(el: Element): Block {
  const blocks = parseNodes([el]);
  const items: ListItem[] = blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
  const lis = childElements(el, ['li']);
  items.filter((i) => i.depth === 0).forEach((item, i) => {
    const li = lis[i];
    if (li) item.source = placeOf(li);
  });
  return { kind: 'list', ordered: el.name === 'ol', items, source: placeOf(el) };
}

function blocksOf(el: Element, out: Block[]): void {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    const name = child.name;
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      out.push({ kind: 'heading', level: Number(heading[1]), text: contentText(parseNodes(child.children)), source: placeOf(child) });
    } else if (name === 'p' && (child.attribs.class ?? '').split(/\s+/).includes('fn')) {
      const fn = footnote(child);
      if (fn) out.push(fn);
    } else if (name === 'p') {
      for (const b of parseNodes([child])) {
        if (b.kind === 'text') out.push({ ...b, kind: 'paragraph', source: placeOf(child) });
        else out.push({ ...b, source: placeOf(child) });
      }
    } else if (name === 'ul' || name === 'ol') {
      out.push(list(child));
    } else if (name === 'table') {
      out.push(table(child));
    } else if (['div', 'section', 'article', 'main', 'body', 'header', 'footer', 'aside'].includes(name)) {
      blocksOf(child, out);
    }
  }
}

/** Parses the HTML edition into the document model. */
export function loadHtml(html: string, inputName: string): DocumentModel {
  const $ = load(html, { sourceCodeLocationInfo: true } as never);
  const body = $('body').get(0);
  const blocks: Block[] = [];
  if (body) {
    sanitizeTree([body]);
    blocksOf(body, blocks);
  }
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const title = $('title').text().trim() || (h1 && h1.kind === 'heading' ? h1.text : null);
  return foldQuotes({ inputName, format: 'html', title: title || null, blocks });
}
