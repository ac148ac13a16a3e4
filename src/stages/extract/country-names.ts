/** ACLED spells these as news does, not as the Unicode locale data does. */
const OVERRIDES: Record<string, string> = {
  TR: 'Turkey',
  PS: 'Palestine',
  CD: 'Democratic Republic of Congo',
  CG: 'Republic of Congo',
  CI: 'Ivory Coast',
  MM: 'Myanmar',
};
const display = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * English name of a country for actor names such as "Police Forces of Turkey": the knowledge base's own
 * name when the document mentions the country, else the locale name.
 *
 * @example countryName('TR', new Map()) === 'Turkey'
 */
export function countryName(code: string, known: ReadonlyMap<string, string>): string {
  return known.get(code) ?? OVERRIDES[code] ?? display.of(code) ?? code;
}
