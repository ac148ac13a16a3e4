import countries from 'i18n-iso-countries';

const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** @example countryName('IQ') === 'Iraq' */
export function countryName(alpha2: string): string {
  try {
    return names.of(alpha2.toUpperCase()) ?? alpha2;
  } catch {
    return alpha2;
  }
}

/** ISO 3166-1 numeric code as a number, as ACLED's `iso` column has it. @example countryNumeric('IQ') === 368 */
export function countryNumeric(alpha2: string): number | null {
  const code = countries.alpha2ToNumeric(alpha2.toUpperCase());
  return code ? Number(code) : null;
}
