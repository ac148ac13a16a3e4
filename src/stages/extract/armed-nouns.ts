// Every list of the words that name armed men by their arms, their deed or their kind rather than by their
// side, in one place and built from shared parts: the rules that read such a word (as an armed hand, as a
// perpetrator naming no side, as the armed dead of a fight) then agree on what it is.
import { wordSet } from '../../core/text/word-set.js';

/**
 * "gunmen", "the assailants": armed doers named by their deed alone, English. Also the riders of a vehicle
 * ridden-vehicle.ts reads ("gunmen in a civilian car").
 */
export const ARMED_DOERS_EN = 'gunmen gunman assailants assailant attackers attacker';
/** "gunmen", "the assailants", "a terrorist": perpetrators named with no hint of a side. */
const SIDELESS_EN = `${ARMED_DOERS_EN} terrorists terrorist`;
/** «ارهابي», «الارهابيون»: the Arabic words of terror, folded. */
const SIDELESS_AR = 'ارهابي ارهابيه ارهابيون ارهابيين الارهابيون الارهابيين';
/** "militants", "rebels", "jihadists": fighters named by a kind of side that tells no one side. */
const FIGHTER_KINDS = 'militants insurgents jihadists rebels extremists fighters';
/** Armed men named by a kind of side or deed, besides the fighters ("arsonists", "paramilitaries", "bombers"). */
const OTHER_ARMED =
  'militant guerrillas guerillas perpetrators maoists naxals naxalites raiders arsonists vandals vigilantes paramilitaries ' +
  'settlers bombers bomber commandos separatists individuals militiamen';
/**
 * «مسلحين», «عناصر», «مقاتلين», «ارهابيا»: Arabic armed men counted as members of a side, folded. victims.ts
 * reads one as a member of the side named after it ("15 عنصرا من داعش").
 *
 * @example ARMED_MEMBERS_AR.split(' ').includes('عناصر') // true
 */
export const ARMED_MEMBERS_AR = 'مسلحا مسلحين المسلحين ارهابيا عنصرا عناصر مقاتلا مقاتلين المقاتلين';
/** «مسلحين», «عناصر», «مقاتلين», «متشددين»: Arabic fighters counted among the dead, folded. */
const FIGHTERS_AR = `${ARMED_MEMBERS_AR} متشددا متشددين`;

/**
 * Words that tell a perpetrator without naming its side ("terrorist groups fired", "a terrorist attack",
 * "gunmen"): side-carrier.ts reads one as a sentence naming its own perpetrator, which stops an earlier
 * incident's side carrying over. Kinds of armed men ("jihadists", "bombers", which may be aircraft) are left
 * out: the text around them often names the side they belong to.
 *
 * @example SIDELESS_PERPETRATORS.has('gunmen') // true
 */
export const SIDELESS_PERPETRATORS = wordSet(`${SIDELESS_EN} ${SIDELESS_AR}`);

/**
 * People named by the arms they bear or the act they commit ("gunmen", "militants", "arsonists"), English:
 * whoever they attack, they attack with force. armed-subject.ts reads one as the armed hand that makes a weak
 * verb an incident ("gunmen attacked a bus", "destroyed by militants").
 *
 * @example ARMED_NOUNS.has('arsonists') // true
 */
export const ARMED_NOUNS = wordSet(`${SIDELESS_EN} ${FIGHTER_KINDS} ${OTHER_ARMED}`);

/**
 * The armed dead a killing phrase ends on or a passive killing tells ("تصفية …4 مسلحين", "eliminated …5
 * militants", "five rebels were killed"), folded: fighters fell in a fight, whoever killed them. Only fighters:
 * "attackers" or "individuals" killed may have been the people attacked.
 *
 * @example ARMED_DEAD.has('مسلحين') // true
 */
export const ARMED_DEAD = wordSet(`gunmen terrorists ارهابيين الارهابيين ${FIGHTER_KINDS} ${FIGHTERS_AR}`);
