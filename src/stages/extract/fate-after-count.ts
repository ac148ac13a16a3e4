// The fate told right after a count and its noun ("Five Israelis were killed"), past the words a subject may
// run on with: asides, names, ages and a relative clause.
import { guardedPattern, type GuardedPattern } from '../../core/text/guarded-pattern.js';
import {
  ADVERBS,
  FIRST_VERB,
  INJURED_WORDS,
  KILLED_WORDS,
  NOT_BOTH,
  SUFFERED_INJURIES,
} from './fate-words.js';
import type { TollRole } from './toll-words.js';

/** A number in figures or a small one in words: a count of its own wherever it stands. */
export const SMALL_COUNT = String.raw`\d+|one|two|three|four|five|six|seven|eight|nine|ten`;
/**
 * "Three drivers who delivered supplies to the base were killed", "Two men who were in the shop were also
 * killed": a relative clause about the counted, with no count or casualty verb of its own (its "were" only
 * before where they were), before their verb.
 */
const RELATIVE = String.raw`(?:(?:who|that)\s+(?:(?:was|were)\s+(?=(?:in|at|on|inside|near|aboard|with|part\s+of|among|[a-z]+ing)\b))?(?:(?!(?:was|were|when|after|while|and|killing|killed|wounding|wounded|injuring|injured|${SMALL_COUNT})\b)[\w'’-]+\s+){0,16}?)?`;
/** "Ana Ruiz and Tomas Gil", "Capt. Ali Omar and his son": the names of two counted, in commas after their count. */
const TWO_NAMES = String.raw`(?!(?:a|an|the)\b)[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s+and\s+(?!(?:a|an|the)\b)[\w'’.-]+(?:\s+[\w'’.-]+){0,3}`;
/** A word of the words between a count's noun and its verb: no word that opens a clause or a verb of its own. */
const TAIL_WORD = String.raw`(?!(?:when|after|as|while|but|because|before|which|who|that|was|were|is|are|had|has|have|been)\b)(?:[\w'’-]+|(?:[A-Z]\.){2,}|\([^)]{0,60}\))`;
/**
 * A count of its own, or an "and" that adds another clause or person: words running past twelve may not cross
 * one (the verb is that one's).
 */
const OTHER_COUNTED = String.raw`(?:${SMALL_COUNT}|eleven|twelve|dozens?|hundreds?|another|and)\b`;
/**
 * What may stand between a count's noun and its verb: up to twelve words, or up to eighteen with no count of
 * their own nor "and" among them ("Three employees of the state oil company working on the pipeline north of
 * the town were killed"), brackets and abbreviations among them
 * ("Three guards of the Ruritanian Security (RS) company were killed", "Two U.N. staff were hurt"), then an aside in brackets, "including …" or
 * "identified as …" ("Six people, including two officers, died"), their two names, or an aside on whose they
 * are ("Two brothers of Ali Omar, the town's mayor, were murdered", "Two farmers, accused of spying, were
 * shot", "Two porters, claiming to be guides, were shot", "Eight people, mostly refugees, were killed", "Five
 * men, many in uniform, were shot dead", "Four traders, one of whom ran a shop, were killed"), not a list ("a
 * guard and a nurse").
 */
/*
 * The "including …" aside may close without its comma (wire copy that lost its commas, "six persons including
 * three police officials sustained minor injuries"): then it ends where the verb of the whole count begins.
 */
/** The ages of the people counted, told before their verb: "Two clerks, aged 36 and 48, were gunned down". */
const AGE_LIST = String.raw`(?:,\s*)?(?:aged|ages?)\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:,?\s+(?:and|&)\s+\d{1,3})?\s*,?\s*`;
const SUBJECT_TAIL = String.raw`^\s*(?:(?:${TAIL_WORD}\s+){0,12}?|(?:(?!${OTHER_COUNTED})${TAIL_WORD}\s+){13,18}?)(?:[\w'’-]+\s*(?=[(,]))?(?:${AGE_LIST})?(?:\([^)]{0,160}\)\s*|,\s*(?:including|among them|most of them|identified as|named)\b[^;.]{0,100}?(?:,\s*|\s+(?=(?:were|was|died|suffered|sustained|received)\b))|,\s*${TWO_NAMES},\s*|,\s*(?:the|a|an|[a-z]+ed|[a-z]+ing|[a-z]+s(?=\s+of\b)|mostly|mainly|all|many|most|some|several|(?:at least )?one of (?:whom|them))\s+(?:(?!\band\b)[^,;.()]){2,80},\s*)?${RELATIVE}`;
/**
 * "Five Israelis were killed", "3 policemen later died": the casualty words right after a count's noun.
 * Guarded by the stems of its fate words (`KILLED_WORDS`, `INJURED_WORDS`, `SUFFERED_INJURIES`): its
 * subject of up to eighteen words is tried word by word before it fails on a text that tells no fate.
 *
 * @example AFTER_COUNT.killed.test(' Israelis were killed') // true
 */
export const AFTER_COUNT: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(
    new RegExp(
      String.raw`${SUBJECT_TAIL}(?:(?:were|was|had been|have been|are)\s+${ADVERBS}${FIRST_VERB}(?:${KILLED_WORDS})|${ADVERBS}(?:died|die))\b${NOT_BOTH}`,
      'i',
    ),
    'kill dead die slain martyr murder assassinat execut behead decapitat hanged lynch gunned fatally death strangled',
  ),
  injured: guardedPattern(
    new RegExp(
      String.raw`${SUBJECT_TAIL}(?:(?:were|was|had been|have been|are)\s+${ADVERBS}${FIRST_VERB}(?:${INJURED_WORDS})|${SUFFERED_INJURIES})\b${NOT_BOTH}`,
      'i',
    ),
    'wound injur hurt hospitali blinded maimed stabbed shot burns',
  ),
};
