/**
 * "Across Iraq, 35 people were killed on Monday", "Nationwide, …", «وفي مختلف أنحاء البلاد»: a clause that
 * opens on a whole country or region tells a tally of its many incidents, not the one told before it. Read
 * by the extract stage (carrying a toll to the incident before) and the resolve stage (merging into it).
 * A name follows "across", so case matters: "throughout the day" is no place.
 *
 * @example WIDE_AREA.test('Across Iraq, 35 people were killed.') === true
 */
export const WIDE_AREA =
  /^[\s"“«]*(?:(?:[Aa]cross|[Tt]hroughout|[Aa]ll over) (?:the (?:country|nation|region|province)\b|[A-Z])|(?:[Nn]ationwide|[Cc]ountrywide)\b|[وف]?(?:في|ب) ?(?:(?:مختلف|جميع|كافة|كل) )?[اأ]نحاء\s)/u;
