/** Acts named as what a deployment or a measure protects against or prevents: aims, not incidents. */
import { wordSet } from '../../core/text/word-set.js';
import { RELATIVE_PRONOUNS } from './relative-pronouns.js';
import { ANY_PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import type { PhraseHit } from './phrase-matcher.js';
import { marksBetween, type SentenceView } from './sentence-view.js';
import { holdsWordIn } from './cue-scope.js';

/**
 * Verbs of protecting after "to", and Arabic verbal nouns of protecting after the lam of purpose (folded):
 * "to secure the town from", «لحماية المدنيين من». What is guarded against follows "from", "against" or «من».
 */
const PROTECT = wordSet(
  'protect secure shield guard defend safeguard insulate لحمايه لتامين لتحصين لوقايه لصون للدفاع',
);
/** Where what is guarded against opens: "from future attacks", "against militant raids", «من هجمات». */
const AGAINST = wordSet('from against من ضد');
/**
 * Verbs of preventing after "to", and Arabic verbal nouns of preventing after the lam of purpose (folded):
 * "to prevent … attacks", «لمنع», «لردع», «لاحباط». Their whole object is kept from happening.
 */
const PREVENT = wordSet(
  'prevent deter thwart forestall avert preempt pre-empt لمنع لردع لاحباط للتصدي لافشال للحيلوله',
);
/**
 * "to stop further attacks", "to curb future raids": verbs that may also end an act under way ("to stop the
 * attack"), so govern only acts told as still to come.
 */
const STOP = wordSet('stop halt curb end');
/** "further attacks", "future raids", "any attack": an act named as still to come. */
const TO_COME = /^(?:further|future|more|new|any|possible|repeat|renewed)$/;
/** Arabic verbal nouns of preventing after a word of aim: «بهدف منع», «من أجل التصدي». */
const PREVENT_NOUN = wordSet('منع ردع احباط التصدي افشال حمايه تامين');
/** Words of aim that open an Arabic verbal noun of purpose: «بهدف», «بغية», «من أجل», «سعيا إلى». */
const AIM = /^(?:بهدف|بغيه|اجل|سعيا|لغرض|قصد|بقصد)$/;
/** "aimed at preventing", "with the aim of protecting": gerunds of purpose after "at", "of", "for". */
const PROTECT_GERUND = wordSet('protecting securing shielding guarding defending');
const PREVENT_GERUND = wordSet('preventing deterring thwarting averting forestalling');
/** «بهدف حماية», «من أجل تأمين»: the verbal nouns of protecting among PREVENT_NOUN's (folded). */
const PROTECT_NOUN = wordSet('حمايه تامين');
/** "to help prevent", "in order to prevent", "to try to stop": words between "to" and its verb. */
const TO = /^(?:to|help|try|better|further|and)$/;
/** What closes the purpose: a punctuation mark, or a relative pronoun telling acts of its own. */
const PURPOSE_END = /[.,;:!?،؛؟]/;
/**
 * A relative pronoun ("from attacks that killed …") or a word of what came after ("after", «عقب»): the
 * acts told past it happened.
 */
const TOLD_AS_DONE = new Set([...RELATIVE_PRONOUNS, ...wordSet('after بعد اثر عقب')]);
/** English past verbs not in -ed that a conjoined main clause may tell: "and shot", "and struck". */
const IRREGULAR_PAST = /^(?:shot|struck|fought|took|blew|overran|stormed|seized|hit)$/;
/** An English verb in -ed: a past tense or a participle, the auxiliary before it tells which. */
const ED_ENDING = /ed$/;

/**
 * "to protect Aleppo from the rebels and seized three villages", "US strikes to protect the Yazidis from
 * IS attacks killed 20 militants", «لحماية المدينة من المسلحين وقصف مواقعهم»:
 * an English past verb, not passive, after the purpose, or an Arabic one joined to it by
 * «و», tells an act of the main clause, which is done.
 */
function conjoinedAct(view: SentenceView, at: number): boolean {
  const tokens = view.tokens;
  const hit = view.triggers.find((t) => t.start === at);
  if (!hit) return false;
  const word = tokens[at].norm;
  if (hit.phrase.lang === 'en')
    return (
      (ED_ENDING.test(word) || IRREGULAR_PAST.test(word)) &&
      !ANY_PASSIVE_AUXILIARY.has(tokens[at - 1]?.norm ?? '')
    );
  if (!CONJUNCTION_PREFIX.test(word) || hit.phrase.words[0].startsWith('و')) return false;
  return hit.phrase.pos === 'verb' || PAST_ENDING.test(word) || BARE_PAST.test(word);
}

/** «و» or «ف» prefixed to an Arabic word: "and", "so". */
const CONJUNCTION_PREFIX = /^[وف]/;
/** «وسيطرت», «وهاجموا», «وقصفت»: an Arabic past verb with the ending of its subject, not a plural noun in «ات». */
const PAST_ENDING = /^[وف][^يتن\u0627][\u0600-\u06ff]+(?:[^ا]ت|وا)$/;
/**
 * «وسيطر», «وهاجم», «واقتحم»: a bare masculine past verb of four letters or more, whose verbal noun differs
 * from it. Not «وقصف» (three letters: also the verbal noun), nor nouns that open with «م», «ت», «ال» or
 * «ي», end in «ه», «ى» or «ء», or have a long vowel before the last letter («وهجوم», «واشتباك», «وتفجير»).
 */
const BARE_PAST = /^[وف](?!ال)[^متي][\u0600-\u06ff]+[^اوي][^اويهىء]$/;

/** How many tokens after its verb of purpose an act may stand and still be its object. */
const PURPOSE_REACH = 16;

/** A word in Latin letters: an English token. */
const LATIN_WORD = /^[a-z-]+$/;
/** Words before a gerund of purpose: "aimed at protecting", "a plan of securing", "for preventing". */
const GERUND_LEAD = /^(?:at|of|for)$/;

/** Every word that may open a purpose: most tokens are none, and need no other test. */
const PURPOSE_WORDS = new Set([
  ...PROTECT,
  ...PREVENT,
  ...STOP,
  ...PREVENT_NOUN,
  ...PROTECT_GERUND,
  ...PREVENT_GERUND,
]);

/** Whether token `k` opens a purpose of protecting or preventing, and which. */
function purposeAt(tokens: SentenceView['tokens'], k: number): 'protect' | 'prevent' | 'stop' | undefined {
  const word = tokens[k].norm;
  if (!PURPOSE_WORDS.has(word)) return undefined;
  const lang = LATIN_WORD.test(word) ? 'en' : 'ar';
  if (lang === 'en') {
    if (GERUND_LEAD.test(tokens[k - 1]?.norm ?? '')) {
      if (PROTECT_GERUND.has(word)) return 'protect';
      if (PREVENT_GERUND.has(word)) return 'prevent';
    }
    let j = k - 1;
    while (j >= 0 && TO.test(tokens[j].norm) && tokens[j].norm !== 'to') j--;
    if (tokens[j]?.norm !== 'to') return undefined;
    if (PROTECT.has(word)) return 'protect';
    if (STOP.has(word)) return 'stop';
    return PREVENT.has(word) ? 'prevent' : undefined;
  }
  if (PROTECT.has(word)) return 'protect';
  if (PREVENT.has(word)) return 'prevent';
  if (PREVENT_NOUN.has(word) && AIM.test(tokens[k - 1]?.norm ?? ''))
    return PROTECT_NOUN.has(word) ? 'protect' : 'prevent';
  return undefined;
}

/**
 * "sent tanks to the border to secure the town of Jarablus from future Daesh attacks", "deployed to protect
 * the villages against militant raids", «لحماية المدنيين في القرى المجاورة من هجمات التنظيم», «بهدف منع تسلل
 * المسلحين وشن هجمات»: an act that a purpose of protecting (after its "from", "against", «من») or of
 * preventing names, in the same clause however far after its verb, is guarded against, not done. A comma or
 * a relative clause ends the purpose: "To stop the attack, police shot the gunman" tells a shooting.
 */
export function guardedAgainst(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  // Only a word opening a purpose returns true below (see `purposeAt`).
  if (!holdsWordIn(view, trigger.start - PURPOSE_REACH, trigger.start, PURPOSE_WORDS)) return false;
  if (conjoinedAct(view, trigger.start)) return false;
  let against = false;
  for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - PURPOSE_REACH); k--) {
    if (marksBetween(view, text, k, PURPOSE_END)) return false;
    if (TOLD_AS_DONE.has(tokens[k].norm) || conjoinedAct(view, k)) return false;
    if (AGAINST.has(tokens[k].norm)) against = true;
    const purpose = purposeAt(tokens, k);
    if (purpose === 'prevent' || (purpose === 'protect' && against)) return true;
    if (purpose === 'stop' && TO_COME.test(tokens[trigger.start - 1]?.norm ?? '')) return true;
  }
  return false;
}
