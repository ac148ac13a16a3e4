/**
 * "Police arrested a gunman who shot dead two traders", «اعتقلت الشرطة مسلحاً قتل ثلاثة»: an act told in a
 * relative clause on the object of an earlier act of the sentence, the one its main clause tells.
 */
import { wordSet } from '../../core/text/word-set.js';
import { ARABIC_DEFINITE, ARABIC_PREPOSITION, ARABIC_WORD } from './arabic-particles.js';
import type { PhraseHit } from './phrase-matcher.js';
import { RELATIVE_PRONOUNS } from './relative-pronouns.js';
import { markBefore, markWithin, tokenAt, type SentenceView } from './sentence-view.js';

/** Tokens of the noun phrase a relative clause hangs on ("a suspected gunman", "two young men"). */
const ANTECEDENT_REACH = 4;
/**
 * Tokens from an Arabic act to the object a clause hangs on: the verb comes first, its subject, a day or a
 * place may stand between («اعتقلت الشرطة العراقية يوم الثلاثاء مسلحاً»).
 */
const ARABIC_ANTECEDENT_REACH = 8;
/** Words that may stand between the relative pronoun and the act's trigger ("who had", "who allegedly"). */
const BEFORE_ACT = wordSet('had has have allegedly reportedly later then');
/**
 * «مسلحاً», «رجلا»: an indefinite noun as a verb's object, which an Arabic relative clause follows with no
 * pronoun.
 */
const INDEFINITE_OBJECT = /^[\u0600-\u06ff]{2,}ا$/;
/** «أيضا», «مؤخرا», «وإنما», «بينما»: adverbs and particles that end as an indefinite object does. */
const NOT_OBJECTS_AR = wordSet(
  'ايضا سابقا مؤخرا لاحقا مجددا اخيرا حاليا فورا جدا تقريبا انما بينما فيما كما عندما حينما لما ربما مثلما كلما طالما',
  'و ف',
);

/** The clause of the act at `trigger` and the earlier act whose object it tells of. */
export interface RelativeHost {
  /** The earlier act's trigger. */
  host: PhraseHit;
  /**
   * The token of the relative pronoun, or the act's own where no pronoun opens the clause: the main clause's
   * words end before it.
   */
  pronoun: number;
  /** The token where the object the clause tells of starts: the doer of the clause's act. */
  antecedent: number;
}

/**
 * The earlier act of the sentence whose object the relative clause holding `trigger` tells of, if the clause
 * opens right before the trigger and the object stands right after that act's trigger — or, in Arabic, after
 * that act's subject: «اعتقلت الشرطة المسلح الذي قتل ثلاثة», and with no pronoun after an indefinite object,
 * «اعتقلت الشرطة مسلحاً قتل ثلاثة».
 *
 * @example relativeHost(view, shotDead)?.host // the "arrested" of "arrested a gunman who shot dead two traders"
 */
export function relativeHost(view: SentenceView, trigger: PhraseHit): RelativeHost | null {
  if (trigger.phrase.lang === 'ar') return arabicHost(view, trigger);
  let pronoun = trigger.start - 1;
  while (pronoun > 0 && BEFORE_ACT.has(view.tokens[pronoun].norm)) pronoun--;
  if (!RELATIVE_PRONOUNS.has(view.tokens[pronoun]?.norm ?? '')) return null;
  const host = view.triggers.findLast((t) => t.end < pronoun && pronoun - t.end <= ANTECEDENT_REACH);
  return host ? { host, pronoun, antecedent: host.end } : null;
}

/** {@link relativeHost} for an Arabic clause: its object is the noun right before the pronoun or the verb. */
function arabicHost(view: SentenceView, trigger: PhraseHit): RelativeHost | null {
  const { tokens } = view;
  const before = trigger.start - 1;
  const pronoun = RELATIVE_PRONOUNS.has(tokens[before]?.norm ?? '') ? before : -1;
  // With no pronoun, the verb itself opens the clause: bare, no «و» or «ف» on it, after an indefinite object.
  if (pronoun < 0 && !(bareVerb(view, trigger) && indefiniteObject(view, before))) return null;
  const head = pronoun < 0 ? before : pronoun - 1;
  // «ثلاثة مسلحين قتلوا»: the object's words start where its count does.
  const counted = view.quantities.find(
    (q) => tokenAt(view, q.span[0]) <= head && tokenAt(view, q.span[1] - 1) >= head,
  );
  const antecedent = counted ? Math.min(head, tokenAt(view, counted.span[0])) : head;
  const host = view.triggers.findLast(
    (t) =>
      t.end <= antecedent &&
      antecedent - t.end <= ARABIC_ANTECEDENT_REACH &&
      !markWithin(view, t.end, antecedent),
  );
  return host && antecedent > 0 ? { host, pronoun: pronoun < 0 ? trigger.start : pronoun, antecedent } : null;
}

/** «قتل», «قتلوا»: a trigger with no proclitic on it, so no new clause of its own («وقتل»). */
const bareVerb = (view: SentenceView, trigger: PhraseHit): boolean =>
  view.tokens[trigger.start].norm.startsWith(trigger.phrase.words[0]);

/** The token at `at` is an indefinite noun an Arabic verb took as its object («مسلحاً»). */
function indefiniteObject(view: SentenceView, at: number): boolean {
  const norm = view.tokens[at]?.norm ?? '';
  return (
    ARABIC_WORD.test(norm) &&
    !ARABIC_DEFINITE.test(norm) &&
    !ARABIC_PREPOSITION.test(norm) &&
    !NOT_OBJECTS_AR.has(norm) &&
    (INDEFINITE_OBJECT.test(norm) || view.quantities.some((q) => tokenAt(view, q.span[0]) === at))
  );
}

/** Tokens of the subject between an object clause's pronoun and its act ("which government forces"). */
const SUBJECT_REACH = 4;
/** Tokens of the phrase before the comma that an object clause tells of ("the town of Palmyra"). */
const OBJECT_REACH = 4;

/**
 * "near Palmyra, which government forces recaptured in March": an act told in a relative clause whose pronoun
 * is the act's object, right after the phrase it tells of. The tokens of that phrase (from, to),
 * or null. English only.
 *
 * @example objectAntecedent(view, recaptured) // the tokens of "… near Palmyra" before ", which"
 */
export function objectAntecedent(view: SentenceView, trigger: PhraseHit): [number, number] | null {
  if (trigger.phrase.lang === 'ar') return null;
  const nearest = Math.max(1, trigger.start - 1 - SUBJECT_REACH);
  for (let pronoun = trigger.start - 2; pronoun >= nearest; pronoun--) {
    const norm = view.tokens[pronoun].norm;
    if (!RELATIVE_PRONOUNS.has(norm)) continue;
    // "which" opens a relative clause with or without its comma (copy stripped of marks); "that" may be "said that".
    if ((norm !== 'which' && !markBefore(view, pronoun)) || markWithin(view, pronoun + 1, trigger.start))
      return null;
    return [Math.max(0, pronoun - OBJECT_REACH), pronoun];
  }
  return null;
}
