import type { EventRecord, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { AnswerRole } from './mention-traits.js';

/** An event with where it sits in the article, as the merger needs it. */
export interface Placed {
  event: EventRecord;
  /** Sentence indexes of its evidence, first and last. */
  first: number;
  last: number;
  /** Its trigger is a definite noun ("the attack", "الهجوم"): it may point back to an incident told before. */
  anaphoric: boolean;
  /** Its trigger names the bomb itself ("car bomb", "عبوة ناسفة"), not just a blast. */
  namedBomb?: boolean;
  /** Its place is named as a town or village ("the town of X"). */
  townMarked?: boolean;
  /** Its place is named as a province ("Raqqa province"), though the knowledge base has the town. */
  provinceNamed?: boolean;
  /** Its words only say where the incident was ("The attack occurred in X"): its place corrects the one before. */
  toldPlace?: boolean;
  /** Its place is only a nationality ("Seven Iraqis were killed"): whose people, not where. */
  nationalityPlace?: boolean;
  /** It tells more victims of an incident told before ("His driver was also killed."): its toll adds. */
  moreVictims?: boolean;
  /** Its toll retells the victim told before with the others killed beside him: the fuller count wins. */
  fullerToll?: boolean;
  /** Its own day lies more than two weeks before publication: an earlier incident the article recalls. */
  recalled?: boolean;
  /** Its clause says it is another incident ("In a separate incident", "وفي حادث منفصل"). */
  separate?: boolean;
  /** Its clause says it was part of the operation told before ("during the same operation"). */
  sameOperation?: boolean;
  /** Its trigger opens a clause set beside the one before ("…، فيما اعتقل", "while"). */
  alongside?: boolean;
  /** The quotation its trigger stands in: a party's own telling («قتل 15 من الكفار»). */
  quotation?: Span | null;
  /** Its triggers are casualty words only ("مقتل 17 حوثيا"): its type is a guess from who died. */
  onlyCasualty?: boolean;
  /** The places it measures its own from ("جنوب غرب مأرب", "south of Hodeidah"), by entity id. */
  landmarks?: string[];
  /** It is told in the article's title: a first line with no full stop. */
  title?: boolean;
  /** The sentence index of the last section heading before it ("Attacks on the rise" on a line of its own). */
  section?: number;
  /** It is told as what came that many days before the news of its sentence ("a day after"), else 0. */
  daysBefore?: number;
  /** Its sentence sets an act against the act it answers, and which of the two it is. */
  answer?: AnswerRole | null;
  /** It is a clash whose dead are told as fallen in it ("killed in clashes"): see `diedInBattle`. */
  battleDead?: boolean;
  /** It is told only as an attack, naming no weapon and no second side: see `toldAsBareAttack`. */
  bareAttack?: boolean;
  /** Its actor1 is one side of a fight told by a word of both sides ("clashes between X and Y"). */
  mutual?: boolean;
}

/** The place an incident is told at; a nationality places nothing and agrees with any place. */
export const whereOf = (p: Placed): PlaceRef | null => (p.nationalityPlace ? null : p.event.location);

/**
 * "Jets struck the camp in retaliation for a rocket fired at the town": the answering act and the act it
 * answers, told in one sentence, are two incidents, whatever kind, place and day they share.
 */
export function answerEachOther(a: Placed, b: Placed): boolean {
  const [x, y] = [a.answer, b.answer];
  return !!x && !!y && x.span[0] === y.span[0] && x.answering !== y.answering;
}
