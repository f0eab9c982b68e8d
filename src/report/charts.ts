/**
 * One budget table's lines → an SVG bar chart: a group of bars per row (one bar per year, a colour
 * per year), the table's totals left out (they are the sum of the bars), values written at the bars.
 */
import type { BudgetLine } from '../schemas/records';
import { esc, formatNumber } from './escape';

const YEAR_COLORS = ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

export function renderBudgetChart(lines: readonly BudgetLine[]): string {
  const bars = lines.filter((l) => !l.isTotal);
  const rows = [...new Set(bars.map((l) => l.row))];
  const years = [...new Set(bars.map((l) => l.year))].sort((a, b) => a - b);
  const max = Math.max(1, ...bars.map((l) => l.value));
  const label = 190;
  const width = 640;
  const bar = 11;
  const group = years.length * bar + 10;
  const height = rows.length * group + 34;
  const scale = (v: number): number => (Math.max(0, v) / max) * (width - label - 60);
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const top = 8 + i * group;
    parts.push(`<text class="row-label" x="${label - 8}" y="${top + (years.length * bar) / 2 + 4}" text-anchor="end">${esc(row)}</text>`);
    years.forEach((year, j) => {
      const line = bars.find((l) => l.row === row && l.year === year);
      if (!line) return;
      const y = top + j * bar;
      const w = scale(line.value);
      parts.push(
        `<rect class="bar" x="${label}" y="${y}" width="${w.toFixed(1)}" height="${bar - 2}" fill="${YEAR_COLORS[j % YEAR_COLORS.length]}"><title>${esc(row)} ${year}: ${formatNumber(line.value)} ${esc(line.unit ?? '')}</title></rect>`,
        `<text class="value" x="${(label + w + 4).toFixed(1)}" y="${y + bar - 3}">${formatNumber(line.value)}</text>`,
      );
    });
  });
  const legendY = height - 14;
  years.forEach((year, j) => {
    const x = label + j * 64;
    parts.push(`<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="${YEAR_COLORS[j % YEAR_COLORS.length]}"/><text class="legend" x="${x + 14}" y="${legendY}">${year}</text>`);
  });
  const unit = bars[0]?.unit ?? '';
  parts.push(`<text class="legend" x="${width - 4}" y="${legendY}" text-anchor="end">${esc(unit === 'EUR million' ? 'miljoen euro' : unit)}</text>`);
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(bars[0]?.tableTitle ?? bars[0]?.table ?? '')}">${parts.join('')}</svg>`;
}
