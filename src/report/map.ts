/**
 * Proeftuin locations → an SVG map of the Netherlands: the country outline (Natural Earth, built into
 * outline.json) in a Mercator projection fitted to it by d3-geo, one marker per location coloured by
 * category, a legend. Locations in one place are spread on a small sunflower spiral around it, so
 * every marker stays visible; each has a tooltip with city, name and category.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { ProeftuinLocation } from '../schemas/records';
import outline from './outline.json';
import { esc } from './escape';

/** Categorical colours that stay apart for readers with common colour-vision deficiencies (Tableau 10). */
export const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

const WIDTH = 520;
const HEIGHT = 600;

type Outline = GeoJSON.FeatureCollection<GeoJSON.MultiPolygon, { name: string }>;

export interface MapResult {
  svg: string;
  legend: { category: string; color: string; count: number }[];
  placed: number;
  unplaced: string[];
}

export function renderMap(locations: readonly ProeftuinLocation[]): MapResult {
  const land = outline as unknown as Outline;
  const nl = land.features.find((f) => f.properties.name === 'Netherlands') as GeoJSON.Feature;
  const projection = geoMercator().fitExtent([[16, 16], [WIDTH - 16, HEIGHT - 16]], nl);
  const path = geoPath(projection);
  const categories = [...new Set(locations.map((l) => l.category))];
  const color = (c: string): string => PALETTE[categories.indexOf(c) % PALETTE.length] as string;
  const shapes = land.features
    .map((f) => `<path class="${f.properties.name === 'Netherlands' ? 'land' : 'neighbour'}" d="${path(f) ?? ''}"><title>${esc(f.properties.name)}</title></path>`)
    .join('');
  const seen = new Map<string, number>();
  const markers: string[] = [];
  const unplaced: string[] = [];
  for (const l of locations) {
    if (l.lat === null || l.lon === null) {
      unplaced.push(l.city);
      continue;
    }
    const point = projection([l.lon, l.lat]);
    if (!point) continue;
    const key = `${l.lat},${l.lon}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const r = k === 0 ? 0 : 5.2 * Math.sqrt(k);
    const a = k * 2.39996;
    const x = point[0] + r * Math.cos(a);
    const y = point[1] + r * Math.sin(a);
    markers.push(
      `<circle class="marker" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="4.2" fill="${color(l.category)}" data-category="${esc(l.category)}"><title>${esc(l.city)} · ${esc(l.name)} (${esc(l.category)}${l.province ? `, ${esc(l.province)}` : ''})</title></circle>`,
    );
  }
  const svg = `<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Kaart van de Proeftuin Nederland-locaties">${shapes}<g>${markers.join('')}</g></svg>`;
  const legend = categories.map((c) => ({ category: c, color: color(c), count: locations.filter((l) => l.category === c).length }));
  return { svg, legend, placed: markers.length, unplaced };
}
