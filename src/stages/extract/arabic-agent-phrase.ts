/**
 * «على يد», «على أيدي», «من قبل», «من جانب»: the Arabic phrases that make an act a passive and hand it to the
 * side named after them ("اختطف جنديان على يد مسلحين": two soldiers were abducted at the hands of gunmen).
 */
import { markBefore, type SentenceView } from './sentence-view.js';

/** The phrase's second word, by its first (folded: «على» is «علي»). */
const SECOND: ReadonlyMap<string, RegExp> = new Map([
  ['علي', /^(?:يد|ايدي)$/],
  ['من', /^(?:قبل|جانب)$/],
]);

/** An agent phrase over tokens `[start, end)`: its side is named from `end` on. */
export interface AgentPhrase {
  start: number;
  end: number;
}

/**
 * The Arabic agent phrases of the sentence. «من قبل» also means "before" ("كما فعلت من قبل."): a phrase with
 * no word after it in its clause (a mark of punctuation, or the sentence's end) hands the act to no one.
 *
 * @example arabicAgentPhrases(view) // [{ start: 8, end: 10 }] for "… جنديين عراقيين اختطفا على يد عناصر التنظيم"
 */
export function arabicAgentPhrases(view: SentenceView): AgentPhrase[] {
  const phrases: AgentPhrase[] = [];
  const tokens = view.tokens;
  for (let at = 0; at + 2 < tokens.length; at++) {
    const second = SECOND.get(tokens[at].norm);
    if (second?.test(tokens[at + 1].norm) && !markBefore(view, at + 2))
      phrases.push({ start: at, end: at + 2 });
  }
  return phrases;
}
