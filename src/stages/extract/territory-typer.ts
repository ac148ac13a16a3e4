import type { Mention } from '../../core/records.js';
import { normalizeName } from '../../core/text/normalize.js';
import type { SubEventType } from '../../core/taxonomy.js';
import type { Roles } from './actor-roles.js';
import { mainTrigger, type Frame } from './frame-builder.js';
import { LEXICON_DIR } from './lexicon-loader.js';
import { shippedLexicon } from './lexicon-cache.js';
import { expandWordSets, PERSON_PRONOUN } from './word-sets.js';
import { wordSet } from '../../core/text/word-set.js';
import { expels } from './expelling.js';
import { reach, type PhraseHit } from './phrase-matcher.js';

/**
 * The English names of militias that fight on the government's side ("popular resistance", "pro government
 * militia"), from the cue lexicon's `progov` rows: the knowledge base names such a militia by them. Read
 * when first needed, not when the module is loaded: a command that extracts nothing does not expand the lexicon.
 */
let progovNames: string[] | undefined;
const proGovernmentNames = (): string[] =>
  (progovNames ??= shippedLexicon('events-cues.tsv')
    .filter((p) => p.lang === 'en' && p.tag === 'progov')
    .map((p) => p.words.join(' ')));

/** A side fighting for the government: its name, or a pro-government cue on its first word, says so. */
function proGovernment(frame: Frame, name: string, offset: number): boolean {
  const folded = normalizeName(name.replace(/\(.*\)|-/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  if (proGovernmentNames().some((p) => folded.startsWith(p))) return true;
  const tokens = frame.view.tokens;
  return frame.view.cues.some(
    (c) =>
      c.phrase.tag === 'progov' && tokens[c.start].span[0] <= offset && offset < tokens[c.end - 1].span[1],
  );
}

/** The sub-type a side gives as the taker: state forces and their militias regain, other groups overtake. */
function byTaker(frame: Frame, side: 'forces' | 'group', name: string, offset: number): SubEventType {
  return side === 'forces' || proGovernment(frame, name, offset)
    ? 'Government regains territory'
    : 'Non-state actor overtakes territory';
}

/** The mention kinds that name an armed side, and which side. */
const SIDE_OF: Partial<Record<Mention['kind'], 'forces' | 'group'>> = {
  'state-forces': 'forces',
  'armed-group': 'group',
};

/**
 * "fell to regime forces", "fell to the Islamic State": the side the trigger phrase itself names as taker
 * (the side an expelling verb names is the loser).
 */
function takerInPhrase(frame: Frame): { side: 'forces' | 'group'; m: Mention } | undefined {
  const view = frame.view;
  const trigger = frame.triggers[0];
  if (expels(trigger)) return undefined;
  const [from, to] = [view.tokens[trigger.start].span[0], view.tokens[reach(trigger) - 1].span[1]];
  for (const m of view.mentions) {
    const side = SIDE_OF[m.kind];
    if (side && m.span[0] > from && m.span[1] <= to) return { side, m };
  }
  return undefined;
}

/**
 * The sub-type of ground changing hands: its taker decides. State forces, or a militia on their side,
 * regain it for the government; any other armed group overtakes it, whatever the verb ("IS recaptured
 * Palmyra", "حررت فصائل المعارضة إدلب"). With no taker named, a word of winning back (retake, liberate,
 * استعاد, تحرير) tells the government's side regaining it; other words of capture a non-state actor's.
 *
 * @example typeTerritory(frame, roles, ['Government regains territory'], undefined) // taker IS: 'Non-state actor overtakes territory'
 */
export function typeTerritory(
  frame: Frame,
  roles: Roles,
  explicit: readonly SubEventType[],
  progov: PhraseHit | undefined,
): SubEventType {
  if (takesBuilding(frame)) return 'Attack';
  // "Gunmen seized nine workers": people taken are held, not ground; state forces holding them arrest them,
  // and so does the law no side names ("the fugitive was captured after a manhunt").
  // "Two guards were killed by the men who had seized them": the killing names the incident.
  if (takesPeople(frame) && frame.triggers.some((t) => t.phrase.tag === '@kill')) return 'Attack';
  if (takesPeople(frame))
    return roles.actor1?.side === 'forces' || (roles.actor1 === null && lawPursues(frame))
      ? 'Arrests'
      : 'Abduction/forced disappearance';
  const named = takerInPhrase(frame);
  if (named) return byTaker(frame, named.side, named.m.name, named.m.span[0]);
  // A pro-government militia named as the subject: before the verb, or right after it ("سيطرت المقاومة
  // الشعبية على"), not its object.
  const trigger = frame.triggers[0];
  if (progov && (progov.start < trigger.start || progov.start === trigger.end))
    return 'Government regains territory';
  const taker = roles.actor1;
  if (taker && (taker.side === 'forces' || taker.side === 'group'))
    return byTaker(frame, taker.side, taker.ref.name, frame.view.tokens[taker.at]?.span[0] ?? -1);
  return explicit.includes('Government regains territory')
    ? 'Government regains territory'
    : 'Non-state actor overtakes territory';
}

/**
 * Rooms of a life, not ground: what gunmen storm to reach the people inside. The sites a group may hold by
 * force are the lexicon's own ("occupied-site": an office, a consulate, a studio), so a building the trigger
 * names is always one this list knows. People gathered count with them: "bandits stormed a wedding" falls on
 * the guests, wherever the feast was held.
 */
const BUILDING = wordSet(
  'home homes house houses residence apartment flat farmhouse hotel restaurant shop store bank mosque church ' +
    'temple school hospital bus train plane minibus market marketplace bazaar mall cafe bar nightclub cinema ' +
    'theatre theater clinic madrasa seminary dormitory hostel guesthouse ' +
    'wedding weddings funeral funerals party gathering gatherings ceremony celebration festival concert feast ' +
    'prayers congregation ' +
    expandWordSets('{occupied-site}', LEXICON_DIR, 'territory-typer').join(' '),
);
/** Tokens after a verb of taking within which its object's head stands ("stormed his fashionable home"). */
const OBJECT_REACH = 4;

/**
 * People a verb of taking may hold ("seized nine workers", "captured a soldier", "took the crew"): whom it
 * takes, not where.
 */
const PEOPLE = wordSet(
  'people person man men woman women child children civilian civilians worker workers employee employees ' +
    'engineer engineers passenger passengers hostage hostages tourist tourists villager villagers resident ' +
    'residents farmer farmers fisherman fishermen driver drivers trucker truckers student students teacher ' +
    'teachers doctor doctors nurse nurses journalist journalists reporter reporters pilgrim pilgrims trader ' +
    'traders herder herders shepherd shepherds foreigner foreigners crew sailor sailors missionary ' +
    'missionaries soldier soldiers troops policeman policemen officer officers guard guards member members ' +
    'militant militants fighter fighters rebel rebels insurgent insurgents gunman gunmen suspect suspects ' +
    'fugitive fugitives escapee escapees',
);

/** Words after which a noun is no longer the taken object's head: another noun's, a clause's, or the taker. */
const OTHER_NOUN_WORD = wordSet('of in near at on from with and by to where which that who ,');

/**
 * The object a verb of taking is told with, by its head within a few words of the trigger (its own first word
 * on: "gunmen occupied the consulate" names the building inside the trigger) and before any "of", "in" or
 * "and" that would make it another noun's ("seized the town of X", "the village where soldiers were"), or a
 * "by" or "to" that names the taker ("was captured by rebels", "fell to rebel fighters").
 */
function takenHead(frame: Frame, heads: ReadonlySet<string>): boolean {
  const trigger = mainTrigger(frame);
  if (trigger.phrase.lang !== 'en') return false;
  const tokens = frame.view.tokens;
  const end = reach(trigger) + OBJECT_REACH;
  const after = tokens.slice(trigger.start, end);
  const head = after.findIndex((t) => heads.has(t.norm));
  // "seized control of the consulate": the "of" after "control" opens the object itself.
  const other = (t: { norm: string }, i: number) => OTHER_NOUN_WORD.has(t.norm) && !controlOf(after, i);
  if (head < 0 || after.slice(0, head).some(other)) return false;
  const next = tokens[trigger.start + head + 1]?.norm ?? '';
  return !HELD_POST.has(next) && !HOLDING.has(next);
}

/** "stormed the rebel-held town": a participle of holding after the people makes them the ground's holders. */
const HOLDING = wordSet('held controlled occupied dominated');

/** The token at `i` is the "of" or "over" of "control of", "control over". */
const controlOf = (tokens: readonly { norm: string }[], i: number): boolean =>
  (tokens[i].norm === 'of' || tokens[i].norm === 'over') && tokens[i - 1]?.norm === 'control';

/** Words that may stand between a passive auxiliary and its participle ("was briefly seized"). */
const PASSIVE_ADVERB = wordSet('briefly temporarily reportedly allegedly');
/** Tokens before a passive auxiliary within which its subject's head stands ("the consulate in Bonn was"). */
const SUBJECT_REACH = 4;

/** The token of the auxiliary of an English passive verb of taking ("was briefly seized"), or -1. */
function passiveAuxiliary(frame: Frame): number {
  const trigger = mainTrigger(frame);
  if (trigger.phrase.lang !== 'en') return -1;
  const tokens = frame.view.tokens;
  let at = trigger.start - 1;
  while (at > 0 && PASSIVE_ADVERB.has(tokens[at].norm)) at--;
  return AUXILIARY.test(tokens[at]?.norm ?? '') ? at : -1;
}

/**
 * "The consulate in Bonn was briefly seized by four men": a building told as the subject of a passive verb of
 * taking, a few words before its auxiliary.
 */
function buildingTakenPassive(frame: Frame): boolean {
  const at = passiveAuxiliary(frame);
  const tokens = frame.view.tokens;
  return at > 0 && tokens.slice(Math.max(0, at - SUBJECT_REACH), at).some((t) => BUILDING.has(t.norm));
}

/** Tokens before the people right before a passive within which a "by" makes them a participle's agents. */
const AGENT_REACH = 3;

/**
 * "Four drivers were seized by gunmen", "the suspect was captured by police", "he was captured": people told
 * as the subject of a passive verb of taking, right before its auxiliary. Not the agents of a participle
 * before it ("the post manned by 20 soldiers was overrun": ground taken).
 */
function peopleTakenPassive(frame: Frame): boolean {
  const at = passiveAuxiliary(frame);
  const tokens = frame.view.tokens;
  const subject = tokens[at - 1]?.norm ?? '';
  if (at < 1 || !(PEOPLE.has(subject) || PERSON_PRONOUN.has(subject))) return false;
  return !tokens.slice(Math.max(0, at - 1 - AGENT_REACH), at - 1).some((t) => t.norm === 'by');
}

/**
 * "captured the rebels' stronghold": a post the people named before it hold (the tokens drop a plural's
 * apostrophe), so ground taken, not people.
 */
const HELD_POST = wordSet(
  'base bases camp camps position positions post posts stronghold strongholds headquarters checkpoint ' +
    'checkpoints barracks outpost outposts',
);

/**
 * "Gunmen stormed his home and shot him", "militants stormed a hotel, killing 12", "the consulate was seized":
 * storming or seizing a building or a vehicle is the way into an attack on the people inside, not ground
 * changing hands.
 */
const takesBuilding = (frame: Frame): boolean => takenHead(frame, BUILDING) || buildingTakenPassive(frame);

/** Words of the law's pursuit of someone: whoever takes a suspect or a fugitive after a manhunt arrests him. */
const LAW_PURSUIT = wordSet('suspect suspects fugitive fugitives escapee escapees manhunt manhunts warrant');

/** "The suspect was captured", "he was caught after a manhunt": the sentence tells the law pursuing someone. */
const lawPursues = (frame: Frame): boolean => frame.view.tokens.some((t) => LAW_PURSUIT.has(t.norm));

/** Pronouns of people a verb of taking may hold: "the men who had seized them". */
const PERSONAL_OBJECT = wordSet('him her them');
/** Counts of people told before a bare participle: "a guard was shot and two captured". */
const PEOPLE_COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|others)$/;

/**
 * "The men who had captured them", "a guard was shot and two captured": a verb of taking whose object
 * is a pronoun of people, or whose subject is a bare count of them, takes people, not ground.
 */
function takesCountedOrNamedPeople(frame: Frame): boolean {
  const trigger = mainTrigger(frame);
  if (trigger.phrase.lang !== 'en') return false;
  const tokens = frame.view.tokens;
  return (
    PERSONAL_OBJECT.has(tokens[trigger.end]?.norm ?? '') ||
    PEOPLE_COUNT.test(tokens[trigger.start - 1]?.norm ?? '')
  );
}

/**
 * "Gunmen seized nine workers", "rebels captured three soldiers", "the suspect was captured by police",
 * "the men who had seized them": people taken, not ground. People expelled ("ousted the fighters from the
 * town") lost the ground they are driven from.
 */
const takesPeople = (frame: Frame): boolean =>
  !expels(mainTrigger(frame)) &&
  (takenHead(frame, PEOPLE) || peopleTakenPassive(frame) || takesCountedOrNamedPeople(frame));

/**
 * A frame of ground changing hands, not a building stormed: its ground is named after the verb. A building
 * stormed is an attack placed like any other: "A judge in X was killed when raiders stormed his farmhouse".
 *
 * @example takesGround(frame) // false for "gunmen stormed his home"
 */
export function takesGround(frame: Frame): boolean {
  return frame.family === 'territory' && !takesBuilding(frame) && !takesPeople(frame);
}

/** "parts of Aleppo which rebels stormed", "المدينة التي سيطر عليها": a relative clause's trigger took its antecedent. */
const RELATIVE_CLAUSE = /^\s*,?\s*(?:which|that|التي|الذي)\s/i;
/** "Morek was captured", "the town has been retaken": an auxiliary of the passive between the ground and its verb. */
const PASSIVE = /^\s*(?:was|were|is|are|has been|have been|had been)\s*$/i;
/** "Palmyra fell to the Islamic State": the ground is the subject of a verb of falling. */
const FELL = /^(?:fell|falls|fallen)$/;

/**
 * Ground taken is named after its verb ("seized the town of X"), unless the clause makes the ground its
 * subject: the antecedent of a relative clause, a passive's subject, or a town that fell. `gap` is the text
 * between the place and the trigger.
 *
 * @example groundBeforeVerb(frame, trigger, ' was ') === true // "Morek was captured by rebels"
 */
export function groundBeforeVerb(frame: Frame, trigger: PhraseHit, gap: string): boolean {
  if (RELATIVE_CLAUSE.test(gap) || PASSIVE.test(gap)) return true;
  return /^\s*$/.test(gap) && FELL.test(frame.view.tokens[trigger.start].norm);
}

/** The auxiliary right before a passive participle ("was captured", "had been overrun"). */
const AUXILIARY = /^(?:was|were|been|is|are)$/i;

/**
 * The sides of ground changing hands. A side named inside the trigger phrase ("Daraya, which fell to regime
 * forces, … was evacuated by opposition forces") took it. "The Daesh base inside the town was taken as
 * Kurdish fighters advanced": the side told before a passive verb of capture held the ground and
 * lost it; the taker is a side told after the verb, or none.
 *
 * @example groundSides(frame, { actor1: daesh, actor2: sdf, claimedBy: null }).actor1 // sdf
 */
export function groundSides(frame: Frame, roles: Roles): Roles {
  const trigger = frame.triggers[0];
  const holder = roles.actor1;
  const inPhrase = (c: Roles['actor1']) => c !== null && c.at > trigger.start && c.at < reach(trigger);
  // Roles are built as literals in their fields' order, not spread (see `actorRef`).
  if (inPhrase(roles.actor2) && !inPhrase(holder))
    return { actor1: roles.actor2, actor2: holder, claimedBy: roles.claimedBy };
  if (!holder || holder.at >= trigger.start) return roles;
  if (!AUXILIARY.test(frame.view.tokens[trigger.start - 1]?.norm ?? '')) return roles;
  const after = roles.actor2 && roles.actor2.at >= trigger.end ? roles.actor2 : null;
  return { actor1: after, actor2: holder, claimedBy: roles.claimedBy };
}
