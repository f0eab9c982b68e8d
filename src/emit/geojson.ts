/**
 * Proeftuin locations → `proeftuin-locations.geojson`: a GeoJSON FeatureCollection (RFC 7946), one
 * Feature per record in record order, a Point at [lon, lat] (WGS84) with every field of the record
 * as its properties. A location the gazetteer could not place keeps its Feature, with geometry null.
 */
import type { ProeftuinLocation } from '../schemas/records';
import { emitJson } from './json';

export function emitGeoJson(locations: readonly ProeftuinLocation[]): string {
  return emitJson({
    type: 'FeatureCollection',
    features: locations.map((l) => ({
      type: 'Feature',
      geometry: l.lat !== null && l.lon !== null ? { type: 'Point', coordinates: [l.lon, l.lat] } : null,
      properties: l,
    })),
  });
}
