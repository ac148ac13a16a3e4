import type { NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';

// "Mahdi al-Attar", "Abu Omar el-Shami": a capitalised word, then the article, then the name.
const PERSON_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}'’]+)\s+(?:al|el|Al|El)[-\s]$/u;
// Words that, capitalised at a sentence start, announce a place rather than name a person.
const NOT_GIVEN_NAMES = new Set(['in', 'near', 'at', 'from', 'to', 'into', 'outside', 'around', 'the', 'of']);

// "the al-Nasir Salah al-Din Brigades", "the Jenin Martyrs Brigades": capitalised words up to an
// organisation's noun, all in one stretch of the sentence.
const ORGANISATION_AFTER =
  /^(?:\s+(?:(?:al|el|Al|El)-)?\p{Lu}[\p{L}'’-]*){1,3}\s+(?:Brigades?|Battalions?|Front|Movement|Army|Organi[sz]ation|Committees?)\b/u;

const TOWN_KINDS = new Set(['city', 'district', 'site']);

/**
 * Drops the town senses of a match that is part of a person's or an organisation's name, judged on the
 * original text (capitals matter): "Mahdi al-Attar" is no town Atar, and "the al-Nasir Salah al-Din
 * Brigades" put no Nasir on the map. Regions and countries are kept ("Kashmir Liberation Front" is handled
 * with the other organisation nouns by the chooser).
 *
 * @example withoutNameParts(text, matches) // matches with such town senses removed
 */
export function withoutNameParts(text: string, matches: readonly NameMatch[]): NameMatch[] {
  const out: NameMatch[] = [];
  for (const match of matches) {
    if (!isNamePart(text, match)) {
      out.push(match);
      continue;
    }
    const senses = match.senses.filter((s: NameSense) => !TOWN_KINDS.has(s.entity.kind));
    if (senses.length > 0) out.push({ ...match, senses });
  }
  return out;
}

function isNamePart(text: string, match: NameMatch): boolean {
  const [start, end] = match.span;
  const person = PERSON_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (person !== null && !NOT_GIVEN_NAMES.has(person[1].toLowerCase())) return true;
  return ORGANISATION_AFTER.test(text.slice(end, end + 80));
}
