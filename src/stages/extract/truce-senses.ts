/**
 * Truces named but not declared: "the UN asked for a ceasefire", "the truce broke down", "jets in breach of
 * the truce", "the villages have had a truce for years". An Agreement is a truce a party declares (or one the
 * text dates); a truce sought, or one told only as broken, is the setting of other news.
 */
import { wordSet } from '../../core/text/word-set.js';
import { CLAUSE_BREAK, datedInClause } from './cue-scope.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { soughtOrBrokenTruceAr } from './truce-senses-ar.js';

/**
 * Words before a truce that seek it: "urged", "efforts to secure", "proposed".
 * Past forms that tell it reached ("secured", "brokered", "agreed") are not here.
 */
const SEEKING = wordSet(
  'urge urges urged urging demand demands demanded demanding seek seeks sought seeking propose proposes ' +
    'proposed proposing proposal proposals secure securing broker brokering negotiate negotiating',
);
/**
 * Verbs whose "for" seeks a truce: "called for", "asked for", "appealed for". A bare "for" does not: "signed
 * the terms for a ceasefire", "a truce for two weeks".
 */
const SEEKING_FOR = wordSet(
  'call calls called calling ask asks asked asking appeal appeals appealed appealing push pushed pushing ' +
    'press pressed pressing plead pleaded pleading lobby lobbied lobbying hope hopes hoped hoping',
);
/** Words before a truce that tell it broken: "in breach of", "violations of", "the collapse of". */
const BROKEN_BEFORE = wordSet(
  'breach breaches breaching violation violations violating violated broke broken breaking collapse',
);
/** Words after a truce that tell it broken: "broke down", "collapsed", "faltered", "was violated". */
const BROKEN_AFTER = wordSet(
  'broke collapsed collapses faltered falters crumbled unravelled unraveled violated violations breaches expired',
);
/** "the towns have had a local truce for two years": a truce held as a state, not declared ("had signed" is). */
const HELD = wordSet('had has have');
const DETERMINER = wordSet('a an the their its');
/** How far before a truce its seeking or breaking word may stand ("called for an immediate, lasting truce"). */
const BEFORE_REACH = 4;
/** How far after it its breaking word may stand ("the fragile truce in the valley collapsed"). */
const AFTER_REACH = 4;

/**
 * Whether a truce trigger names a truce sought or broken, not one declared; a truce the clause dates
 * to a day ("a truce that began on 12 September collapsed", «انهارت هدنتان، الأولى في 2 مارس») stays an
 * agreement. An Arabic one is read by `soughtOrBrokenTruceAr`.
 *
 * @example soughtOrBrokenTruce(view, text, hit) // true for "the UN asked for a ceasefire"
 */
export function soughtOrBrokenTruce(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.tag !== 'Agreement' || datedInClause(view, text, trigger)) return false;
  if (trigger.phrase.lang === 'ar') return soughtOrBrokenTruceAr(view, text, trigger);
  if (trigger.phrase.lang !== 'en') return false;
  const tokens = view.tokens;
  const inClause = (from: number, to: number) =>
    !CLAUSE_BREAK.test(text.slice(tokens[from].span[1], tokens[to].span[0]));
  for (let at = trigger.start - 1; at >= Math.max(0, trigger.start - BEFORE_REACH); at--) {
    const word = tokens[at].norm;
    const held = HELD.has(word) && DETERMINER.has(tokens[at + 1].norm);
    const seeking = SEEKING.has(word) || (word === 'for' && SEEKING_FOR.has(tokens[at - 1]?.norm ?? ''));
    if ((seeking || BROKEN_BEFORE.has(word) || held) && inClause(at, trigger.start)) return true;
  }
  const last = Math.min(tokens.length - 1, trigger.end - 1 + AFTER_REACH);
  for (let at = trigger.end; at <= last; at++)
    if (BROKEN_AFTER.has(tokens[at].norm) && inClause(trigger.end - 1, at)) return true;
  return false;
}
