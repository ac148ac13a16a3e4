import { countryName, locale, t } from '../i18n/locale.js';

/**
 * The country dropdown's options, `[value, label]`, by name in the interface language after "All
 * countries". A `selected` code the store has no events for (a typed or old address, `?country=XX`) is
 * offered too, marked unknown: otherwise the dropdown would read "All countries" while the list is filtered.
 *
 * @example countryOptions(['IQ'], 'XX') // [['', 'All countries'], ['IQ', 'Iraq'], ['XX', 'XX (no events)']]
 * countryOptions([], 'FR') // [['', 'All countries'], ['FR', 'France (no events)']]
 */
export function countryOptions(codes: readonly string[], selected?: string): Array<[string, string]> {
  const byName = (a: string, b: string): number => countryName(a).localeCompare(countryName(b), locale());
  const listed: Array<[string, string]> = [...codes].sort(byName).map((c) => [c, countryName(c)]);
  if (selected && !codes.includes(selected)) {
    listed.push([selected, t('unknownCountry', { code: countryName(selected) || selected })]);
  }
  return [['', t('anyCountry')], ...listed];
}
