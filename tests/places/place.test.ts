import { describe, expect, it } from 'vitest';
import { ALIASES, placeKey, placeName } from '../../src/places/place';
import { markdownExtraction } from '../helpers/fixture';

describe('placeName (GeoNames gazetteer with aliases)', () => {
  it.each([
    ['Eindhoven', 'Noord-Brabant', 'Eindhoven', 'name'],
    ['Groningen', 'Groningen', 'Groningen', 'name'],
    ['Den Haag', 'Zuid-Holland', 'The Hague', 'alias'],
    ['Den Bosch', 'Noord-Brabant', "'s-Hertogenbosch", 'alias'],
    ["'s-Hertogenbosch", 'Noord-Brabant', "'s-Hertogenbosch", 'name'],
    ['Enschede', 'Overijssel', 'Enschede', 'name'],
    ['Almere', 'Flevoland', 'Almere Stad', 'alias'],
    ['Delft', 'Zuid-Holland', 'Delft', 'name'],
    ['Schiphol', 'Noord-Holland', 'Hoofddorp', 'alias'],
    ['Velsen-Noord', 'Noord-Holland', 'IJmuiden', 'alias'],
    ['Marknesse', 'Flevoland', 'Emmeloord', 'alias'],
    ['Hengelo', 'Overijssel', 'Hengelo', 'largest-of-2'],
  ])('%s → %s (%s, %s)', (name, province, place, match) => {
    expect(placeName(name)).toMatchObject({ province, placeName: place, placeMatch: match });
  });

  it('gives WGS84 points inside the Netherlands and GeoNames ids', () => {
    expect(placeName('Eindhoven')).toMatchObject({ lat: 51.44083, lon: 5.47778, placeId: 2756253 });
  });

  it('does not guess: an unknown name is null', () => {
    expect(placeName('Atlantis')).toBeNull();
    expect(placeName('')).toBeNull();
  });

  it('matches without case, accents and apostrophes', () => {
    expect(placeKey("'s-Hertogenbosch")).toBe('s hertogenbosch');
    expect(placeName('EINDHOVEN')?.placeName).toBe('Eindhoven');
  });

  it('every alias points to a place the gazetteer holds', () => {
    for (const [name, alias] of Object.entries(ALIASES)) expect(placeName(name), `${name} → ${alias.place}`).not.toBeNull();
  });
});

describe('the bundled edition: every Proeftuin location placed in its province', () => {
  const locations = markdownExtraction().records['proeftuin-locations'];

  it('places all 95, each with a province, a point in the Netherlands and an id', () => {
    expect(locations).toHaveLength(95);
    for (const l of locations) {
      expect(l.province, l.city).not.toBeNull();
      expect(l.lat, l.city).toBeGreaterThan(50.7);
      expect(l.lat, l.city).toBeLessThan(53.6);
      expect(l.lon, l.city).toBeGreaterThan(3.3);
      expect(l.lon, l.city).toBeLessThan(7.3);
    }
  });

  it('counts initiatives per province', () => {
    const per: Record<string, number> = {};
    for (const l of locations) per[l.province as string] = (per[l.province as string] ?? 0) + 1;
    expect(per).toEqual({
      Drenthe: 2,
      Flevoland: 2,
      Fryslân: 3,
      Gelderland: 11,
      Groningen: 6,
      Limburg: 3,
      'Noord-Brabant': 22,
      'Noord-Holland': 11,
      Overijssel: 9,
      Utrecht: 5,
      'Zuid-Holland': 21,
    });
  });
});
