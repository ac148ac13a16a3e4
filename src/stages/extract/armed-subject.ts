import type { Token } from '../../core/records.js';
import { agentAfterScene } from './agent-after-scene.js';
import { ARMED_NOUNS } from './armed-nouns.js';
import { heldOrTakenPeople } from './captive-holders.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** "a BSO unit", "FARC members": the members of a group the base knows. */
const MEMBERS = /^(?:unit|units|members|cell|cells|commando)$/;
/** What the wrecking was done with or by ("by a homemade explosive device", "with explosives", "by a guerrilla attack"). */
const INSTRUMENT =
  /^(?:explosion|explosions|blast|blasts|explosive|explosives|bomb|bombs|device|devices|charge|charges|grenade|grenades|rocket|rockets|mortar|mortars|gunfire|bullets|molotov|arson|attack)$/;
/** "armed men", "a masked man", "armed members": men named by their arms. */
const ARMED_MEN = /^(?:armed|masked|hooded)$/;
/** "men" and its singular: "a masked man" is as armed as "masked men". */
const MAN = /^(?:men|man)$/;
/** Words that may stand between the side and its verb: "gunmen who attacked", "the Taliban have destroyed". */
const BETWEEN =
  /^(?:who|have|has|had|then|also|reportedly|allegedly|partially|partly|completely|totally|virtually|practically|badly|seriously|heavily|slightly|severely|\))$/;
/**
 * The weak English verbs an armed side makes an armed act of ("attacked", "targeted", "killed", "burned"), and
 * the first words of a fire it started, lit or wrecked with ("gunmen lit a fire", "unknown individuals started
 * a fire", "damaged by a fire that unknown individuals started").
 */
const WEAK_VERBS =
  /^(?:attacked|targeted|assaulted|struck|raided|killed|burned|burnt|started|lit|destroyed|damaged|gutted|shot|occupied|forcibly|invaded|took|forced|broke|entered)$/;
/** Verbs of wrecking, told as an incident only when an armed hand did it ("the Taliban damaged a mast"). */
const WRECKING = /^(?:destroyed|damaged|destroying|damaging|wrecked|blasted)$/;
/**
 * Verbs of taking or entering a building, told as an incident only when an armed hand did it ("rebels occupied
 * the agency's offices", "masked men entered the embassy"): a firm or a ministry occupies offices as its own.
 */
const OCCUPYING = /^(?:occupied|forcibly|invaded|took|forced|broke|entered)$/;
/** Verbs of wounding, told as an incident only when an armed hand or a weapon did it ("the assailant wounded two guards"). */
const WOUNDING = /^(?:wounded|injured)$/;
/**
 * The bare "shot" and "beat": a film or a goal is shot and a team beaten as often as a person, so only an armed
 * hand shoots or beats.
 */
const SHOOTING = /^(?:shot|beat|beaten)$/;
/** "killed when shot by a sniper": a clause of how someone fell, whoever shot. */
const HOW_FELL = /^(?:when|after|as|while|if|being)$/;
/**
 * Words after a wounding verb that make it a participle telling who was hurt ("militants wounded in the clash",
 * "soldiers injured while on patrol"), not an act of the word before it.
 */
const HURT_PARTICIPLE =
  /^(?:in|during|at|on|while|when|after|as|and|or|were|was|are|is|have|has|had|who|from|near|since|but)$/;
/** Words that open a short phrase telling what the doer rode or where he was ("a bomber on a scooter"). */
const CARRIED = /^(?:on|in|aboard|riding|driving)$/;
/** How many words back from the verb such a phrase may open ("on a white motorcycle"). */
const CARRIED_REACH = 4;
/**
 * "claimed responsibility for destroying": the word a claim of a deed ends on. A "credit for" is as often a
 * firm's or a team's boast ("took credit for destroying the record") and is left out.
 */
const CLAIMED_DEED = /^responsibility$/;
/**
 * "wounded by a woman", "injured by two men": a person named after "by" with no arms told, who hurts someone
 * by his own hand. A wrecking by such a one may be a builder's or a mob's and is left out.
 */
const HUMAN_AGENT =
  /^(?:man|men|woman|women|youth|youths|person|persons|people|intruder|intruders|stranger|strangers)$/;
/** A determiner that tells the weapon after "by" as one told before ("wrecked by the explosion"). */
const KNOWN = /^(?:the|this|that)$/;
/** How many words after "by" or "with" the side or the weapon may stand ("by a group of six masked men"). */
const AGENT_REACH = 6;

/**
 * "Gunmen attacked a bus", "two masked men attacked the editor", "killed by suspected militants", "militants
 * burned a school": a weak English verb whose subject or agent is an armed side tells an armed incident on its
 * own, as a politician's "attacked" does not.
 *
 * @example armedSubject(view, trigger) // true for "attacked" in "Gunmen attacked a bus carrying pilgrims."
 */
export function armedSubject(view: SentenceView, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang !== 'en' || !WEAK_VERBS.test(view.tokens[trigger.start].norm)) return false;
  return armedHand(view, trigger);
}

/**
 * A bare verb of wrecking or wounding ("destroyed", "wounded"), a building taken by a hand the row does not
 * name ("occupied the offices"), or people held or taken ("are holding three nuns", captive-holders.ts), which
 * tells an incident only with an armed hand.
 *
 * @example bareArmedVerb(trigger) // true for "wounded" in "The veterans wounded in the war marched."
 */
export function bareArmedVerb(trigger: PhraseHit): boolean {
  const first = trigger.phrase.words[0];
  if (trigger.phrase.lang !== 'en') return false;
  if (trigger.phrase.strength === 'weak' && OCCUPYING.test(first)) return true;
  if (heldOrTakenPeople(trigger)) return true;
  return (
    trigger.phrase.words.length === 1 &&
    (WRECKING.test(first) || WOUNDING.test(first) || SHOOTING.test(first))
  );
}

/**
 * "The Taliban damaged a telecom mast", "the depot was destroyed by Maoists", "damaged by a homemade
 * device": wrecking an armed side does, named as the subject or after "by" by a name the base knows or a
 * noun of arms, or done with a weapon; a storm's or a company's "destroyed" is none. A wounding likewise
 * ("a bomber on a scooter wounded 14", "stray bullets wounded a boy"), told as an act, not of the wounded
 * ("veterans wounded in the war").
 *
 * @example armedHand(view, trigger) // true for "destroyed" in "The rebels destroyed a polling station."
 */
export function armedHand(view: SentenceView, trigger: PhraseHit): boolean {
  // "damaged by a fire that unknown individuals started": a row that holds its "by" reads the agent after it.
  const agentAt =
    trigger.end - 1 > trigger.start && view.tokens[trigger.end - 1].norm === 'by'
      ? trigger.end - 1
      : trigger.end;
  const next = view.tokens[agentAt]?.norm;
  const verb = view.tokens[trigger.start].norm;
  const wounding = WOUNDING.test(verb);
  const shooting = SHOOTING.test(verb);
  if (shooting && next === 'by' && HOW_FELL.test(view.tokens[trigger.start - 1]?.norm ?? '')) return true;
  // "two militants wounded in the clash were arrested": the wounded, not those who wounded.
  if (wounding && HURT_PARTICIPLE.test(next ?? '')) return false;
  // "stray bullets wounded a boy": a weapon that wounds was used by an armed hand. A weapon the sentence tells
  // as an act ("the blast injured 12", "the attack wounded two officers") has the wounding for its toll.
  const doer = (at: number) =>
    armedAt(view, at) ||
    (wounding &&
      INSTRUMENT.test(view.tokens[at]?.norm ?? '') &&
      !view.triggers.some((t) => t.start <= at && at < t.end));
  if (subjectsAt(view, trigger.start, wounding).some(doer) || armedHeadBefore(view, trigger.start))
    return true;
  // "Raiders blindfolded and broke the arm of …": the armed side opening the sentence does the joined verb too.
  if (joinedToArmedOpening(view, trigger.start)) return true;
  if (claimedDeed(view, trigger.start) || blamedDeed(view, trigger.start)) return true;
  // "was destroyed in the port of X by the front": the agent told after the scene of the deed.
  const byAt = next === 'by' || next === 'with' ? agentAt : agentAfterScene(view, trigger.end - 1);
  const by = view.tokens[byAt]?.norm;
  if (byAt < 0 || (by !== 'by' && by !== 'with')) return false;
  // "wrecked by the explosion": a weapon told as known points back at an incident told before, if any.
  const known = KNOWN.test(view.tokens[byAt + 1]?.norm ?? '');
  for (let at = byAt + 1; at <= byAt + AGENT_REACH && at < view.tokens.length; at++) {
    if ((!known && INSTRUMENT.test(view.tokens[at].norm)) || (by === 'by' && armedAt(view, at))) return true;
    if ((wounding || shooting) && by === 'by' && HUMAN_AGENT.test(view.tokens[at].norm)) return true;
    // The phrase after "by" ends at a mark: "damaged by fire, police said" names no one after it.
    if (!/^[\p{L}\d-]+$/u.test(view.tokens[at].norm)) return false;
  }
  return false;
}

/**
 * "The rebels claimed responsibility for damaging a ship": a claim of a wrecking or wounding tells the deed as
 * an attack someone owns, whoever the claimant is.
 */
function claimedDeed(view: SentenceView, verb: number): boolean {
  let at = verb - 1;
  while (at > 0 && BETWEEN.test(view.tokens[at].norm)) at--;
  return view.tokens[at]?.norm === 'for' && CLAIMED_DEED.test(view.tokens[at - 1]?.norm ?? '');
}

/** Words of blame or charge laid on a side for a deed: "blamed the rebels for destroying". */
const BLAMING = /^(?:blame|blamed|blames|blaming|accuse|accused|accuses|accusing)$/;
/** Tokens from the word of blame to the side it lays the deed on ("blame the National Liberation Army"). */
const BLAME_REACH = 8;

/**
 * "Authorities blame the rebels for destroying a pipeline", "accused the militia of wounding two guards": a
 * deed an armed side is blamed for has that side for its hand. Blame is no claim: the side stays the
 * perpetrator the sentence suspects, never the one claiming.
 */
function blamedDeed(view: SentenceView, verb: number): boolean {
  let at = verb - 1;
  while (at > 0 && BETWEEN.test(view.tokens[at].norm)) at--;
  if (!/^(?:for|of)$/.test(view.tokens[at]?.norm ?? '')) return false;
  let side = at - 1;
  while (side > 0 && BETWEEN.test(view.tokens[side].norm)) side--;
  if (!armedAt(view, side)) return false;
  return view.tokens.slice(Math.max(0, side - BLAME_REACH), side).some((t) => BLAMING.test(t.norm));
}

/**
 * The tokens the subject of the verb at `verb` may end on, past the words that may stand between: the word
 * right before, and when `carried`, the word before a short phrase of what the doer rode ("a bomber on a
 * scooter wounded"). Only a wounding reads past such a phrase: "… affiliated to X in addition to destroying"
 * would make X the wrecker.
 */
function subjectsAt(view: SentenceView, verb: number, carried: boolean): number[] {
  let at = verb - 1;
  while (at > 0 && BETWEEN.test(view.tokens[at].norm)) at--;
  const named = [at, ...nameBeforeShortForm(view, at)];
  if (!carried) return named;
  for (let open = at - 1; open > 0 && open >= verb - CARRIED_REACH; open--)
    if (CARRIED.test(view.tokens[open].norm)) return [...named, open - 1];
  return named;
}

/** The width of " (" and ") " (or ", " around an apposition): marks and a space between a name and its short form. */
const SHORT_FORM_GAP = 2;

/**
 * "The Peoples Front (PF) destroyed …": when the word before the verb is one word set off by a mark and a space
 * on both sides, a short form in brackets, the name it stands for ends right before it, and the base may know
 * the name and not the short form. Tokens hold no marks, so the widths of the gaps tell the brackets.
 */
function nameBeforeShortForm(view: SentenceView, at: number): number[] {
  const [name, short, next] = [view.tokens[at - 1], view.tokens[at], view.tokens[at + 1]];
  if (!name || !short || !next) return [];
  const setOff =
    short.span[0] - name.span[1] === SHORT_FORM_GAP && next.span[0] - short.span[1] === SHORT_FORM_GAP;
  return setOff ? [at - 1] : [];
}

/**
 * Words that open what a sentence says of its armed subject before the verb ("men armed with …", "terrorists
 * using …", "armed members of the front …").
 */
const DESCRIBING = /^(?:armed|with|using|wearing|riding|carrying|dressed|from|belonging|of)$/;
/** Words that may stand before the subject's head at the sentence start: "Two masked men", "A group of six gunmen". */
export const OPENING =
  /^(?:a|an|the|group|of|some|several|about|around|dozens?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|unknown|unidentified|suspected|masked|hooded|armed)$/;
/** How far before its verb the head of a described subject may stand. */
const HEAD_REACH = 8;
/** A token that is a word or a number, no mark: the describing phrase runs through such tokens only. */
const PLAIN_WORD = /^[\p{L}\d'-]+$/u;

/**
 * "Two masked men armed with pistols attacked", "Terrorists using two stolen cars attacked": the sentence opens
 * with an armed side, described by a phrase that runs unbroken to the verb.
 */
function armedHeadBefore(view: SentenceView, verb: number): boolean {
  for (let head = verb - 2; head >= Math.max(0, verb - HEAD_REACH); head--) {
    if (!DESCRIBING.test(view.tokens[head + 1].norm) || !armedAt(view, head)) continue;
    const unbroken = view.tokens.slice(head + 1, verb).every((t) => PLAIN_WORD.test(t.norm));
    // "Islamic vigilantes belonging to …": one word of the side's kind may stand right before its head.
    const opening = view.tokens
      .slice(0, head)
      .every((t, i) => OPENING.test(t.norm) || (i === head - 1 && PLAIN_WORD.test(t.norm)));
    return unbroken && opening;
  }
  return false;
}

/** English past verbs of an opening clause not in -ed (those in -ed are read by their ending): "Rebels took … and shot". */
const IRREGULAR_PAST = /^(?:took|broke|came|went|drove|rode|struck|threw|hit)$/;

/**
 * "Gunmen stopped a bus near the pass and shot the driver": a verb joined by "and" to the past verb of a
 * sentence that opens with an armed side has that side for its subject.
 */
function joinedToArmedOpening(view: SentenceView, verb: number): boolean {
  if (view.tokens[verb - 1]?.norm !== 'and') return false;
  let head = afterTimeOpening(view, verb);
  while (head < verb && OPENING.test(view.tokens[head].norm)) head++;
  while (head + 1 < verb && armedAt(view, head + 1)) head++;
  const first = view.tokens[head + 1]?.norm ?? '';
  const between = view.tokens.slice(head + 1, verb - 1);
  return (
    head + 1 < verb - 1 &&
    armedAt(view, head) &&
    (/^[a-z]+ed$/.test(first) || IRREGULAR_PAST.test(first)) &&
    between.every((t) => !/^[;:]$/.test(t.norm)) &&
    !between.some((t, i) => i > 0 && t.norm === 'and')
  );
}

/** Words that open a sentence's time phrase: "On the night of May 2, 2004, rebels …". */
const TIME_OPENING = /^(?:on|in|at|around|during|early|late|overnight)$/;

/**
 * Where the clause of a sentence opening on a time phrase begins: at the first token after the date that ends
 * the phrase ("On the night of May 2, 2004, rebels"); at the start when the sentence opens otherwise.
 */
function afterTimeOpening(view: SentenceView, verb: number): number {
  if (!TIME_OPENING.test(view.tokens[0]?.norm ?? '')) return 0;
  const end = view.times[0]?.span[1];
  const after = end === undefined ? -1 : view.tokens.findIndex((t) => t.span[0] >= end);
  return after > 0 && after < verb ? after : 0;
}

/** The token at `at` names an armed side: a noun of arms or deed, armed men, or (in) a group the base knows. */
function armedAt(view: SentenceView, at: number): boolean {
  const word = view.tokens[at]?.norm ?? '';
  const before = view.tokens[at - 1];
  if (ARMED_NOUNS.has(word) || ((MAN.test(word) || MEMBERS.test(word)) && ARMED_MEN.test(before?.norm ?? '')))
    return true;
  return armedGroup(view, view.tokens[at]) || (MEMBERS.test(word) && armedGroup(view, before));
}

/** `token` stands inside a mention of an armed group the base knows ("FARC" in "FARC members"). */
function armedGroup(view: SentenceView, token: Token | undefined): boolean {
  return (
    token !== undefined &&
    view.mentions.some(
      (m) => m.kind === 'armed-group' && m.span[0] <= token.span[0] && m.span[1] >= token.span[1],
    )
  );
}
