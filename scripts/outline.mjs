// Builds src/report/outline.json — the outline of the Netherlands and its neighbours for the report's
// map — from Natural Earth's 1:50m countries as the world-atlas package ships them (public domain).
// Only the European part of the Netherlands is kept. Run at build time: `node scripts/outline.mjs`.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const atlas = require('world-atlas/countries-50m.json');
const COUNTRIES = { 528: 'Netherlands', '056': 'Belgium', 276: 'Germany' };
const round = (ring) => ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);
const european = (polygon) => polygon[0].every(([x, y]) => x > -10 && x < 30 && y > 40);

const features = feature(atlas, atlas.objects.countries)
  .features.filter((f) => COUNTRIES[f.id])
  .map((f) => {
    const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).filter(european);
    return { type: 'Feature', id: f.id, properties: { name: COUNTRIES[f.id] }, geometry: { type: 'MultiPolygon', coordinates: polygons.map((p) => p.map(round)) } };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

writeFileSync(
  'src/report/outline.json',
  `${JSON.stringify({ source: 'Natural Earth 1:50m countries (public domain), via the world-atlas npm package 2.0.2', type: 'FeatureCollection', features })}\n`,
);
console.log(features.map((f) => `${f.properties.name}: ${f.geometry.coordinates.length} polygon(s)`).join('\n'));
