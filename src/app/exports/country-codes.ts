import countries from 'i18n-iso-countries';

/** ISO 3166-1 numeric code as a number, as ACLED's `iso` column has it. @example countryNumeric('IQ') === 368 */
export function countryNumeric(alpha2: string): number | null {
  const code = countries.alpha2ToNumeric(alpha2.toUpperCase());
  return code ? Number(code) : null;
}
