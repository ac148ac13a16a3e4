/**
 * «شن الطيران غارات …، وقصف مخازن للسلاح»: an Arabic verb joined by «و» or «ف» to the clause before it. With
 * no subject of its own it goes on telling that clause's doer, and so the doer's weapon.
 */
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** Mention kinds that name a side able to be a verb's subject. */
const SIDE_KINDS = new Set(['armed-group', 'party', 'group', 'state-forces', 'person', 'country']);

/**
 * Whether `trigger` is an Arabic verb with «و» or «ف» glued on, standing for "and": the joined word is a
 * verb, not a noun («والهجوم»), and its «و» is not a root letter the trigger's own words begin with.
 *
 * @example joinedVerb(view, trigger) // true for «وقصف» in «…، وقصف مخازن للسلاح»
 */
export function joinedVerb(view: SentenceView, trigger: PhraseHit): boolean {
  const word = view.tokens[trigger.start].norm;
  return /^[وف][\u0600-\u06ff]/.test(word) && !/^[وف]ال/.test(word) && !/^[وف]/.test(trigger.phrase.words[0]);
}

/**
 * A joined verb ({@link joinedVerb}) with no subject right after it: the next word is no definite noun
 * («وقصفت المدفعية») and no side the text names («وقصف مسلحو التنظيم»).
 *
 * @example subjectlessJoinedVerb(view, trigger) // true for «وقصف» in «…، وقصف مخازن للسلاح»
 */
export function subjectlessJoinedVerb(view: SentenceView, trigger: PhraseHit): boolean {
  if (!joinedVerb(view, trigger)) return false;
  const next = trigger.end;
  if ((view.tokens[next]?.norm ?? '').startsWith('ال')) return false;
  const near = (at: number) => at >= next && at <= next + 1;
  return (
    !view.actorNouns.some((hit) => near(hit.start)) &&
    !view.mentions.some((m) => SIDE_KINDS.has(m.kind) && near(tokenAt(view, m.span[0])))
  );
}
