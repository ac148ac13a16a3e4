import type { Document, Mention } from './records.js';

/** How far into the text a chronology entry's country may start. */
const COUNTRY_REACH = 3;
/**
 * What follows a dateline's country: "GREECE.", "LEBANON —", "PERU, 12 May"; a hyphen joined to a word
 * ("US-led raids") makes the country part of that word.
 */
const COUNTRY_END = /^\s*(?:[.:—–]|-(?!\p{L})|,\s*\d)/u;

/**
 * The country a chronology's entry opens with in capitals ("GREECE.  A bomb exploded …"), or null: the
 * entry is filed under it, and its first sentence tells the incident the entry is about.
 *
 * @example chronologyCountry(doc)?.name // 'Greece' for a text opening "GREECE.  A bomb …"
 */
export function chronologyCountry(doc: Pick<Document, 'text' | 'mentions'>): Mention | null {
  const text = doc.text ?? '';
  const country = (doc.mentions ?? []).find(
    (m) => m.kind === 'country' && m.place?.country && m.span[0] <= COUNTRY_REACH,
  );
  if (!country) return null;
  const word = text.slice(country.span[0], country.span[1]);
  const capitals = word === word.toUpperCase() && /[A-Z]{2}/.test(word);
  return capitals && COUNTRY_END.test(text.slice(country.span[1], country.span[1] + 4)) ? country : null;
}
