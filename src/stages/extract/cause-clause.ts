/**
 * "more time has been given to file returns due to riots and curfew in the district", "the exam was put off
 * because of the unrest": a disturbance told only as the cause of a non-violent main clause is a backdrop
 * the reader already knows of, not a new incident. The sentence must tell no act and no toll of its own.
 */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { datedInClause } from './cue-scope.js';

/** English phrases that open a cause ("due to", "because of", "owing to", "on account of", "in view of"). */
const CAUSE_OPENERS: [string, string][] = [
  ['due', 'to'],
  ['because', 'of'],
  ['owing', 'to'],
  ['account', 'of'],
  ['view', 'of'],
];
/** Words that may stand between the opener and the disturbance ("due to the recent communal riots"). */
const CAUSE_REACH = 4;

/**
 * Trigger classes of a disturbance a place lives under (riots, unrest): a blast or an attack told as a cause
 * ("hurt because of a roadside blast", "oil spilled due to an attack") is still the incident.
 */
const DISTURBANCES = new Set(['@riot', 'Violent demonstration', 'Mob violence']);

/** Arabic words that open a cause: «بسبب», «وبسبب», «بفعل» ("because of", "by the effect of"). */
const AR_CAUSE_OPENER = /^[وف]?(?:بسبب|بفعل)$/;
/** Words that may stand between an Arabic opener and the fighting («بسبب شدة القتال»). */
const AR_CAUSE_REACH = 2;
/**
 * Arabic trigger classes of fighting and unrest a place lives under: «توقفت السيارات عن الذهاب إليها بسبب
 * شدة القتال», «نزح الآلاف بسبب المعارك». A strike or a blast told as a cause is still the incident.
 */
const AR_DISTURBANCES = new Set(['Armed clash', ...DISTURBANCES]);

/** Whether an Arabic fighting trigger follows «بسبب» or «بفعل» closely and the clause gives it no day. */
function opensArabicCause(view: SentenceView, text: string, hit: PhraseHit): boolean {
  if (!AR_DISTURBANCES.has(hit.phrase.tag)) return false;
  const tokens = view.tokens;
  for (let k = hit.start - 1; k >= Math.max(0, hit.start - AR_CAUSE_REACH - 1); k--) {
    if (/[.;:!?,،؛]/.test(text.slice(tokens[k].span[1], tokens[k + 1].span[0]))) return false;
    // "because of the clashes that broke out yesterday in the village": fighting dated to a day is news.
    if (AR_CAUSE_OPENER.test(tokens[k].norm)) return !datedInClause(view, text, hit);
  }
  return false;
}

/** Whether a disturbance trigger follows a cause opener closely, with no break between. */
function opensCause(view: SentenceView, text: string, hit: PhraseHit): boolean {
  if (hit.phrase.lang === 'ar') return opensArabicCause(view, text, hit);
  if (hit.phrase.lang !== 'en' || !DISTURBANCES.has(hit.phrase.tag)) return false;
  const tokens = view.tokens;
  for (let k = hit.start - 1; k >= Math.max(1, hit.start - CAUSE_REACH - 1); k--) {
    if (/[.;:!?,]/.test(text.slice(tokens[k].span[1], tokens[k + 1].span[0]))) return false;
    if (CAUSE_OPENERS.some(([a, b]) => tokens[k - 1].norm === a && tokens[k].norm === b)) return true;
  }
  return false;
}

/**
 * The triggers of a sentence without those told only as the cause of a non-violent main clause: when every
 * trigger follows "due to", "because of" … and the sentence counts no dead, hurt or held, none is kept. In
 * Arabic, fighting told after «بسبب» is dropped even beside other acts.
 *
 * @example withoutMereCauses(view, text, triggers) // [] for "the fair was put off due to riots in the town"
 */
export function withoutMereCauses(view: SentenceView, text: string, triggers: PhraseHit[]): PhraseHit[] {
  if (triggers.length === 0 || view.quantities.some((q) => q.role !== undefined)) return triggers;
  if (triggers.every((t) => opensCause(view, text, t))) return [];
  // «توقفت السيارات بسبب شدة القتال، واعتقال السائقين»: Arabic fighting told as a cause goes on its own; the
  // acts told beside it stand or fall by themselves.
  return triggers.filter((t) => t.phrase.lang !== 'ar' || !opensArabicCause(view, text, t));
}
