/**
 * A place name as the document writes it → a point in the gazetteer (GeoNames, built into
 * gazetteer-nl.json by scripts/gazetteer.mjs): province, WGS84 latitude and longitude, GeoNames id.
 *
 * Names match after case, accents, apostrophes and hyphens are set aside (`'s-Hertogenbosch`). The
 * names people use that the gazetteer does not hold are in ALIASES, each with why it stands for the
 * place it points to; a name that matches neither is not placed (null), never guessed. A name held
 * by several places takes the most populous, and says so (`placeMatch: "largest-of-2"`).
 */
import { readFileSync } from 'node:fs';

export interface GazetteerPlace {
  id: number;
  name: string;
  alt: string[];
  province: string;
  lat: number;
  lon: number;
  population: number;
}

export interface Placement {
  province: string;
  lat: number;
  lon: number;
  placeId: number;
  /** The gazetteer's name of the place the point belongs to. */
  placeName: string;
  /** `name`: the name itself; `alias`: a name people use for it (see ALIASES); `largest-of-N`. */
  placeMatch: string;
}

/** Names in use that the gazetteer lacks → the gazetteer name they stand for, and why. */
export const ALIASES: Record<string, { place: string; why: string }> = {
  almere: { place: 'Almere Stad', why: 'GeoNames names the town of the municipality of Almere "Almere Stad"' },
  'den bosch': { place: "'s-Hertogenbosch", why: 'the common name of the city' },
  'den haag': { place: 'The Hague', why: 'the Dutch name of the city' },
  "'s-gravenhage": { place: 'The Hague', why: 'the official name of the city' },
  schiphol: { place: 'Hoofddorp', why: 'the airport lies in Haarlemmermeer, whose seat is Hoofddorp' },
  'velsen-noord': { place: 'IJmuiden', why: 'a part of the municipality of Velsen, whose seat is IJmuiden' },
  vondelingenplaat: { place: 'Rotterdam', why: 'a port area of the municipality of Rotterdam' },
  andijk: { place: 'Medemblik', why: 'a village of the municipality of Medemblik' },
  marknesse: { place: 'Emmeloord', why: 'a village of the municipality of Noordoostpolder, whose seat is Emmeloord' },
  'gilze-rijen': { place: 'Rijen', why: 'the municipality of Gilze en Rijen, whose seat is Rijen' },
  'gilze en rijen': { place: 'Rijen', why: 'the municipality of Gilze en Rijen, whose seat is Rijen' },
};

/** A name for matching: lower case, no accents, apostrophes or punctuation, hyphens as spaces. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface Gazetteer {
  source: string;
  places: GazetteerPlace[];
}

let gazetteer: Gazetteer | null = null;

/**
 * The gazetteer, read once, when a place is first asked for. A file beside the module (the build
 * copies it into dist/), not bundled: as a module its 160 kB object literal took 15 ms to compile on
 * every start, `nds --version` too; JSON.parse reads it in 3 ms, and only in runs that place.
 */
function loadGazetteer(): Gazetteer {
  gazetteer ??= JSON.parse(readFileSync(new URL('./gazetteer-nl.json', import.meta.url), 'utf8')) as Gazetteer;
  return gazetteer;
}

let index: Map<string, GazetteerPlace[]> | null = null;

function byName(): Map<string, GazetteerPlace[]> {
  if (index) return index;
  index = new Map();
  for (const p of loadGazetteer().places) {
    for (const name of [p.name, ...p.alt]) {
      const key = placeKey(name);
      const list = index.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      index.set(key, list);
    }
  }
  return index;
}

function largest(places: GazetteerPlace[]): GazetteerPlace {
  return [...places].sort((a, b) => b.population - a.population || a.id - b.id)[0] as GazetteerPlace;
}

/** Places a name, or null when neither the gazetteer nor the aliases know it. */
export function placeName(name: string): Placement | null {
  const alias = Object.entries(ALIASES).find(([k]) => placeKey(k) === placeKey(name))?.[1];
  const candidates = byName().get(placeKey(alias ? alias.place : name)) ?? [];
  if (candidates.length === 0) return null;
  const place = largest(candidates);
  const placeMatch = alias ? 'alias' : candidates.length > 1 ? `largest-of-${candidates.length}` : 'name';
  return { province: place.province, lat: place.lat, lon: place.lon, placeId: place.id, placeName: place.name, placeMatch };
}

/** The gazetteer's credit line (for README, datapackage.json and the report). */
export function gazetteerSource(): string {
  return loadGazetteer().source;
}
