/**
 * "more time has been given to file returns due to riots and curfew in the district", "the exam was put off
 * because of the unrest": a disturbance told only as the cause of a non-violent main clause is a backdrop
 * the reader already knows of, not a new incident. The sentence must tell no act and no toll of its own.
 */
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

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

/** Whether an English disturbance trigger follows a cause opener closely, with no break between. */
function opensCause(view: SentenceView, text: string, hit: PhraseHit): boolean {
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
 * trigger follows "due to", "because of" … and the sentence counts no dead, hurt or held, none is kept.
 *
 * @example withoutMereCauses(view, text, triggers) // [] for "the fair was put off due to riots in the town"
 */
export function withoutMereCauses(view: SentenceView, text: string, triggers: PhraseHit[]): PhraseHit[] {
  if (triggers.length === 0 || !triggers.every((t) => opensCause(view, text, t))) return triggers;
  return view.quantities.some((q) => q.role !== undefined) ? triggers : [];
}
