import { describe, it, expect } from 'vitest';
import { localName, nameLang, showsOwnName, type NamedRef } from './entity-name.js';
import type { Locale } from './strings.js';

describe('entity names in the interface language', () => {
  const known: NamedRef = { name: 'Mosul', name_ar: 'الموصل' };
  const unknown: NamedRef = { name: 'Tripoli' };
  it.each<[string, NamedRef, Locale, string, Locale]>([
    ['a known entity in Arabic', known, 'ar', 'الموصل', 'ar'],
    ['a known entity in English', known, 'en', 'Mosul', 'en'],
    ['an unknown entity in Arabic', unknown, 'ar', 'Tripoli', 'en'],
    ['an empty Arabic name in Arabic', { name: 'Aden', name_ar: '' }, 'ar', 'Aden', 'en'],
  ])('shows %s by the right name and language', (_case, ref, loc, name, lang) => {
    expect(localName(ref, loc)).toBe(name);
    expect(nameLang(ref, loc)).toBe(lang);
  });
});

describe('place labels', () => {
  it('names a town before its country but a country only once', () => {
    expect(showsOwnName({ precision: 'town' })).toBe(true);
    expect(showsOwnName({ precision: 'region' })).toBe(true);
    expect(showsOwnName({ precision: 'country' })).toBe(false);
  });
});
