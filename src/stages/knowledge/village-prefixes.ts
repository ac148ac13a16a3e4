// "a headman of Ban Nong Khai Noi", "the chief of tambon Sai Thong", "a school in Killi Shadi Khan": villages
// too small for any gazetteer, whose name (or the word for the commune before it) is written in one country's
// way. Thai villages open with "Ban" ("village") or go by a commune's number ("Moo 4"), and "tambon" names a
// Thai commune; Balochistan's villages open with "Killi". When nothing else in the article tells the country, that way of naming does.
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { withClueWords, type ClueWords } from './clue-mentions.js';

/** A capitalised word of a village's name, hyphenated parts and all ("Ba-ngoy"). */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*`;
/** A name of up to four such words: "Lubo Yering", "Tha Kamcham". */
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;

/** Group 1 of each is the name the mention spans: the prefix and the words after it, or the words after a commune's word. */
const WAYS: readonly ClueWords[] = [
  // "Ban" after a word that opens a place ("of", "in", "from", "at", "near", "the") and before a name; not the
  // UN's Ban Ki-moon, whose name a place slot may also open.
  {
    pattern: new RegExp(
      String.raw`\b(?:[Oo]f|[Ii]n|[Ff]rom|[Aa]t|[Nn]ear|[Tt]he)\s+(Ban\s+(?!Ki\b)${NAME})`,
      'gu',
    ),
    entityId: 'country:TH',
  },
  { pattern: new RegExp(String.raw`\b[Tt]ambon\s+(?:of\s+)?(${NAME})`, 'gu'), entityId: 'country:TH' },
  // A Thai commune's villages go by number, "Moo 4" ("village 4"), after a word that opens a place.
  { pattern: /\b(?:[Ii]n|[Oo]f|[Aa]t|[Ff]rom)\s+(Moo\s+\d{1,2})\b/gu, entityId: 'country:TH' },
  { pattern: new RegExp(String.raw`\b(Killi\s+${NAME})`, 'gu'), entityId: 'country:PK' },
];

/** The confidence (0.05 to 1) of a country read from a village's way of naming: a clue, not a name met. */
const VILLAGE_SCORE = 0.5;

/**
 * Adds the country of each village named in one country's way ("Ban Payo", "tambon Rae", "Killi Almo"), on the
 * village's own span, when no mention of the article tells any country: a text that names one says more than
 * the way a village is written. The mentions come back in text order.
 *
 * @example withVillageCountries(kb, text, sentences, []) // Thailand on "Ban Khok Samet" in "arsonists burned a hut in Ban Khok Samet"
 */
export function withVillageCountries(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
): Mention[] {
  return withClueWords(kb, text, sentences, mentions, WAYS, VILLAGE_SCORE);
}
