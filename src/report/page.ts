/**
 * A dataset → one self-contained HTML page for people: what was read and what the input lacks, the
 * actions as a table filtered by owner, part and theme, a chart per budget table, and a map of the
 * Proeftuin locations. No network and no external files: inline CSS, inline SVG drawn here, a few
 * lines of inline script for the filters. Every string from the document is escaped where it lands.
 */
import type { BudgetLine, RecordSet } from '../schemas/records';
import { gazetteerSource } from '../places/place';
import { renderBudgetChart } from './charts';
import { esc, scriptJson } from './escape';
import { renderMap } from './map';
import outline from './outline.json';

/** What the report shows of document.json (a dataset directory's, or one made for the input). */
export interface ReportDocument {
  title: string | null;
  input: { name: string; format: string; sha256: string };
  tool: { name: string; version: string };
  counts: Record<string, number>;
  gaps: { type: string; key: string; reason: string }[];
  checks: { table: string; ok: boolean; [k: string]: unknown }[];
  allRead?: boolean;
  unread?: { message: string }[];
  warnings: { code: string; message: string }[];
}

const STYLE = `
:root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--bg:#f5f7fa;--accent:#154273}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{background:var(--accent);color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:24px}header p{margin:0;opacity:.85}
main{max-width:1200px;margin:0 auto;padding:8px 32px 48px}section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:20px 0}
h2{font-size:19px;margin:0 0 12px;color:var(--accent)}h3{font-size:15px;margin:16px 0 6px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px}.card{border:1px solid var(--line);border-radius:6px;padding:8px 12px}
.card b{display:block;font-size:22px}.card span{color:var(--muted);font-size:13px}
.ok{color:#1b7f3b}.bad{color:#b42318}ul.plain{margin:6px 0;padding-left:20px}
table{border-collapse:collapse;width:100%;font-size:13.5px}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f0f4f8;position:sticky;top:0}td.num{text-align:right;font-variant-numeric:tabular-nums}
.filters{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:10px}.filters label{font-size:13px;color:var(--muted)}
.filters select,.filters input{display:block;font:inherit;padding:4px 6px;border:1px solid var(--line);border-radius:4px;min-width:150px}
.tag{display:inline-block;background:#e6eef7;border-radius:3px;padding:0 5px;margin:1px 2px 1px 0;font-size:12px}
.scroll{max-height:560px;overflow:auto;border:1px solid var(--line);border-radius:6px}
.two{display:grid;grid-template-columns:minmax(280px,520px) 1fr;gap:20px;align-items:start}@media(max-width:900px){.two{grid-template-columns:1fr}}
svg.map{width:100%;height:auto;background:#eaf2fb;border-radius:6px}svg.map .land{fill:#fff;stroke:#7b8794;stroke-width:.8}svg.map .neighbour{fill:#e4e7eb;stroke:#cbd2d9;stroke-width:.6}
svg.map .marker{stroke:#fff;stroke-width:.9}svg.chart{width:100%;max-width:760px;height:auto}svg text{font:11px system-ui,sans-serif;fill:#3e4c59}
.legend-item{display:flex;align-items:center;gap:8px;font-size:13.5px;margin:3px 0}.dot{width:12px;height:12px;border-radius:50%;flex:none}
footer{color:var(--muted);font-size:12.5px;text-align:center;padding:16px}details summary{cursor:pointer;color:var(--accent)}`;

const FILTER_SCRIPT = `
(function(){var f=document.querySelectorAll('[data-filter]');var rows=document.querySelectorAll('#actions tbody tr');var n=document.getElementById('shown');
function apply(){var v={};f.forEach(function(s){v[s.dataset.filter]=s.value.toLowerCase()});var k=0;rows.forEach(function(r){
var ok=(!v.owner||(' '+r.dataset.owners+' ').indexOf(' '+v.owner+' ')>=0)&&(!v.part||r.dataset.part===v.part)&&(!v.theme||r.dataset.theme===v.theme)&&(!v.text||r.textContent.toLowerCase().indexOf(v.text)>=0);
r.hidden=!ok;if(ok)k++});n.textContent=k}
f.forEach(function(s){s.addEventListener('input',apply)});apply()})();`;

function options(values: string[]): string {
  return ['<option value="">alle</option>', ...values.map((v) => `<option value="${esc(v.toLowerCase())}">${esc(v)}</option>`)].join('');
}

function summarySection(doc: ReportDocument): string {
  const cards = Object.entries(doc.counts)
    .map(([type, n]) => `<div class="card"><b>${n}</b><span>${esc(type)}</span></div>`)
    .join('');
  const failed = doc.checks.filter((c) => !c.ok);
  const gaps = doc.gaps.length > 0 ? `<ul class="plain">${doc.gaps.map((g) => `<li><b>${esc(g.type)} ${esc(g.key)}</b>: ${esc(g.reason)}</li>`).join('')}</ul>` : '<p>Niets: de invoer bevat alles wat verwacht werd.</p>';
  const unread = doc.allRead === false ? `<p class="bad">Niet alles is gelezen (--partial): ${esc((doc.unread ?? []).map((u) => u.message).join('; '))}</p>` : '';
  return `<section id="read"><h2>Wat is gelezen</h2><div class="cards">${cards}</div>${unread}
<h3>Wat de invoer mist</h3>${gaps}
<h3>Controle van tabeltotalen</h3><p class="${failed.length === 0 ? 'ok' : 'bad'}">${doc.checks.length - failed.length} van ${doc.checks.length} totalen kloppen met de som van hun kolom.${failed.length > 0 ? ` Afwijkend: ${esc(failed.map((c) => c.table).join(', '))}.` : ''}</p>
<p>${doc.warnings.length} waarschuwing(en) in document.json.</p></section>`;
}

function actionsSection(records: Partial<RecordSet>): string {
  const actions = records.actions ?? [];
  const owners = [...new Set(actions.flatMap((a) => a.owners))].sort();
  const parts = [...new Set(actions.map((a) => String(a.part)))];
  const themes = [...new Set(actions.map((a) => a.theme ?? '').filter(Boolean))].sort();
  const rows = actions
    .map(
      (a) => `<tr data-owners="${esc(a.owners.join(' ').toLowerCase())}" data-part="${esc(String(a.part))}" data-theme="${esc((a.theme ?? '').toLowerCase())}">
<td class="num">${a.number}</td><td>${esc(a.part)}</td><td>${esc(a.theme ?? '')}</td><td>${esc(a.ambitionTitle)}</td>
<td>${esc(a.text)}<details><summary>stand van zaken en plannen</summary><ul class="plain">${a.status.map((s) => `<li>${esc(s)}</li>`).join('')}</ul><b>Plannen</b><ul class="plain">${a.plans.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></details></td>
<td>${a.owners.map((o) => `<span class="tag">${esc(o)}</span>`).join('')}</td><td>${esc(a.timing.join(', '))}</td></tr>`,
    )
    .join('');
  return `<section id="actions-section"><h2>Acties (${actions.length})</h2>
<div class="filters"><label>Eigenaar<select data-filter="owner">${options(owners)}</select></label><label>Deel<select data-filter="part">${options(parts)}</select></label>
<label>Thema<select data-filter="theme">${options(themes)}</select></label><label>Zoeken<input data-filter="text" type="search" placeholder="woord in de tekst"></label>
<p><span id="shown">${actions.length}</span> van ${actions.length} acties</p></div>
<div class="scroll"><table id="actions"><thead><tr><th>Nr</th><th>Deel</th><th>Thema</th><th>Ambitie</th><th>Actie</th><th>Eigenaar</th><th>Tijd</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function budgetSection(records: Partial<RecordSet>): string {
  const lines = records['budget-lines'] ?? [];
  const groups = new Map<string, BudgetLine[]>();
  for (const l of lines) groups.set(`${l.table}\u0000${l.unit}`, [...(groups.get(`${l.table}\u0000${l.unit}`) ?? []), l]);
  const charts = [...groups.values()]
    .map((g) => {
      const first = g[0] as BudgetLine;
      const years = [...new Set(g.map((l) => l.year))].sort((a, b) => a - b);
      const rows = [...new Set(g.map((l) => l.row))];
      const table = `<table><thead><tr><th></th>${years.map((y) => `<th class="num">${y}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr><td>${esc(r)}</td>${years.map((y) => `<td class="num">${esc(g.find((l) => l.row === r && l.year === y)?.value ?? '')}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
      return `<h3>${esc(first.table)}: ${esc(first.tableTitle)} (${esc(first.unit === 'EUR million' ? 'miljoen euro' : first.unit)})</h3>${renderBudgetChart(g)}<details><summary>cijfers</summary>${table}</details>`;
    })
    .join('');
  return `<section id="budget"><h2>Financiële middelen</h2>${charts || '<p>Geen begrotingstabellen gevonden.</p>'}</section>`;
}

function mapSection(records: Partial<RecordSet>): string {
  const locations = records['proeftuin-locations'] ?? [];
  const map = renderMap(locations);
  const legend = map.legend.map((l) => `<div class="legend-item"><span class="dot" style="background:${l.color}"></span>${esc(l.category)} (${l.count})</div>`).join('');
  const provinces = new Map<string, number>();
  for (const l of locations) if (l.province) provinces.set(l.province, (provinces.get(l.province) ?? 0) + 1);
  const perProvince = [...provinces].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const unplaced = map.unplaced.length > 0 ? `<p class="bad">Niet geplaatst (onbekende plaats): ${esc(map.unplaced.join(', '))}</p>` : '';
  return `<section id="map-section"><h2>Proeftuin Nederland: ${locations.length} locaties</h2><div class="two"><div>${map.svg}</div><div>
<h3>Categorie</h3>${legend}${unplaced}<h3>Per provincie</h3><table><tbody>${perProvince.map(([p, n]) => `<tr><td>${esc(p)}</td><td class="num">${n}</td></tr>`).join('')}</tbody></table></div></div></section>`;
}

/** Renders the report page. */
export function renderReportPage(doc: ReportDocument, records: Partial<RecordSet>): string {
  const title = doc.title ?? 'Nederlandse Digitaliseringsstrategie';
  const data = { title, input: doc.input, counts: doc.counts };
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)} — overzicht</title><style>${STYLE}</style></head>
<body><header><h1>${esc(title)}</h1><p>${esc(doc.input.name)} (${esc(doc.input.format)}) · ${esc(doc.tool.name)} ${esc(doc.tool.version)}</p></header>
<main>${summarySection(doc)}${actionsSection(records)}${budgetSection(records)}${mapSection(records)}</main>
<footer>Plaatsen: ${esc(gazetteerSource())}. Kaart: ${esc((outline as { source: string }).source)}. Gemaakt door ${esc(doc.tool.name)}; sha256 van de invoer ${esc(doc.input.sha256.slice(0, 16))}…</footer>
<script type="application/json" id="nds-data">${scriptJson(data)}</script>
<script>${FILTER_SCRIPT}</script></body></html>
`;
}
