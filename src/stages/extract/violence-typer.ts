// The sub-type of a violent act: its weapon when one is told, else who struck whom — armed men fighting
// forces or falling to them make a battle, a crowd fighting the police a violent demonstration.
import { wornOrPassedFor } from './uniform-disguise.js';
import { isPoliceId } from '../../core/forces-id.js';
import type { Span } from '../../core/span.js';
import type { SubEventType } from '../../core/taxonomy.js';
import type { Roles } from './actor-roles.js';
import { ARMED_DEAD } from './armed-nouns.js';
import type { Typed } from './event-typer.js';
import type { Frame } from './frame-builder.js';
import { groundBombing } from './group-bombing.js';
import { harmedPeople } from './implied-side.js';
import { tellsNews } from './interlocutor.js';
import { afterAgent, agentBetween, hitSpan } from './sentence-view.js';
import { unusedDevice } from './unused-device.js';
import { airRaidOnPlace, stateAirRaid } from './raids-on-places.js';
import { airWarBombardment } from './air-war-sides.js';
import { chosenWeapon, isWeaponType } from './weapon-choice.js';
import { strikeFromAfar } from './strike-from-afar.js';
import { executionToldBefore } from './execution-told-before.js';
import type { CueOf } from './weapon-cues.js';

/** What the typer read of a frame's triggers: the sub-types they name, all their tags, their words joined. */
export interface TriggerReading {
  explicit: SubEventType[];
  tags: string[];
  words: string;
}

/**
 * The ACLED sub-event type of a frame of the violence family, with the words that decided it.
 * `aircraftTold` says whether the article tells aircraft at work.
 *
 * @example typeViolence(frame, roles, reading, spans, cueOf, () => false).sub // 'Armed clash' for "gunmen attacked a checkpoint"
 */
export function typeViolence(
  frame: Frame,
  roles: Roles,
  reading: TriggerReading,
  spans: Span[],
  cueOf: CueOf,
  aircraftTold: () => boolean,
): Typed {
  const { tags, words } = reading;
  const explicit = groundBombing(frame, roles, reading.explicit);
  // "انفجار قذيفة من مخلفات الحرب", "an unexploded shell went off": war remnants are a mine, not a shelling.
  const remnant = cueOf('remnant');
  if (remnant && tags.some((t) => t === '@explosion' || isWeaponType(t) || t === '@kill'))
    return { sub: 'Remote explosive/landmine/IED', spans: [...spans, hitSpan(frame.view, remnant)] };
  const disrupted = unusedDevice(frame, tags, words);
  if (disrupted) return { sub: 'Disrupted weapons use', spans: [...spans, hitSpan(frame.view, disrupted)] };
  const weapon = chosenWeapon(frame, explicit, tags, spans, cueOf);
  const executed = weapon && executionMethod(frame, weapon, cueOf);
  if (executed) return { sub: 'Attack', spans: [...spans, executed] };
  if (weapon) return airWarBombardment(weapon, roles, cueOf);
  const protesters = cueOf('protesters');
  if (
    protesters &&
    roles.actor1?.side === 'forces' &&
    tags.some((t) => t === '@fire' || t === '@attack' || t === '@kill')
  ) {
    return { sub: 'Excessive force against protesters', spans: [...spans, hitSpan(frame.view, protesters)] };
  }
  // "الاشتباكات بين المحتجين والشرطة", "police clashed with protesters", "crowds took to the streets and
  // clashed with police": a crowd fighting the police is a violent demonstration, not a battle between armed sides.
  const crowd = protesters ?? cueOf('crowd');
  if (crowd && (explicit.includes('Armed clash') || tags.includes('@clash'))) {
    return { sub: 'Violent demonstration', spans: [...spans, hitSpan(frame.view, crowd)] };
  }
  // In conflict news a bare "strikes" is an air strike unless a weapon says otherwise; a bare "raid" is
  // as often on foot (a police raid), so it needs an aircraft cue, or to kill on a whole town or country.
  if (/\bstrikes?\b/.test(words)) return { sub: 'Air/drone strike', spans };
  if (airRaidOnPlace(frame)) return { sub: 'Air/drone strike', spans };
  // "Soldiers killed in Ruritanian raids" over a story of its air raids: one of those, not a fight.
  if (stateAirRaid(frame, roles, aircraftTold)) return { sub: 'Air/drone strike', spans };
  // "Regime bombing on the town", "the army's bombardment": a state's bombing with no device named is from
  // the air, not a planted bomb. Police fly no aircraft: a bombing told beside them is a bomb's.
  if (
    roles.actor1?.side === 'forces' &&
    !policeForce(roles.actor1.ref) &&
    STATE_BOMBING.test(words) &&
    !cueOf('ied')
  )
    return { sub: 'Air/drone strike', spans };
  if (tags.includes('@explosion')) {
    const blast: Typed = { sub: 'Remote explosive/landmine/IED', spans };
    const blownUp = executionMethod(frame, blast, cueOf);
    return blownUp ? { sub: 'Attack', spans: [...spans, blownUp] } : blast;
  }
  // "تصفية 6 مسلحين", "eliminated 75 militants": armed men killed fell in a fight, whoever killed them.
  if (frame.triggers.some((t) => t.phrase.tag === '@kill' && ARMED_DEAD.has(t.phrase.words.at(-1) ?? '')))
    return { sub: 'Armed clash', spans };
  if (roles.actor1?.side === 'forces' && armedKilled(frame)) return { sub: 'Armed clash', spans };
  // "وسقطت القاعدة بعد هجوم شنته قوات الجيش": a state force's assault that harms no one the text names is
  // fought against armed men, not a blow at civilians. (English copy tells many assaults in one sentence, the
  // target of one told in the next: there the rule is not applied.)
  const arabicAssault = frame.triggers.some((t) => t.phrase.tag === '@attack' && t.phrase.lang === 'ar');
  if (roles.actor1?.side === 'forces' && !roles.actor2 && arabicAssault && !harmedPeople(frame))
    return { sub: 'Armed clash', spans };
  if (explicit.includes('Attack') || (tags.includes('@attack') && rammedWithVehicle(frame)))
    return { sub: 'Attack', spans };
  if (explicit.length === 0 && strikeFromAfar(frame, roles))
    return { sub: aircraftTold() ? 'Air/drone strike' : 'Shelling/artillery/missile attack', spans };
  const target = roles.actor2?.side;
  if (explicit.includes('Armed clash') || target === 'forces' || target === 'group' || forcesTargeted(frame))
    return { sub: 'Armed clash', spans };
  // Burning a house with its people inside is an attack on them, not damage to property; a hostage-taking
  // in which people are killed is an attack on them, not an abduction.
  if (DEADLY_AS_ATTACK.has(explicit[0]) && tags.includes('@kill')) return { sub: 'Attack', spans };
  // «قتلوا القرويين ثم اغتصبوا النساء»: abuses listed after a killing are more of that incident; the act told
  // first names it ("raped and then killed a girl" stays a sexual assault).
  if (explicit[0] === 'Sexual violence' && killingToldFirst(frame)) return { sub: 'Attack', spans };
  if (explicit.length > 0) return { sub: explicit[0], spans };
  return { sub: 'Attack', spans };
}

/** «بسيارته», «بشاحنة», «بجرافته»: a road vehicle or a bulldozer as the instrument of an Arabic act (folded). */
const BY_VEHICLE_AR = /^ب(?:سيار|شاحن|جراف|مركب|حافل)(?:ه|ت(?:ه|ها|هم))$/;
/** "with his car", "using a truck": the English vehicle an act is done with. */
const VEHICLE_EN = /^(?:car|cars|truck|lorry|van|vehicle|bulldozer|tractor|bus)$/;
const WITH_EN = /^(?:with|using)$/;
/**
 * «بسيارة ملغومة»: a booby-trapped vehicle is a bomb, not a ramming. «مفخخة» and "car bomb" need no word here:
 * they are weapon cues, which type the act before a ramming is looked for.
 */
const LOADED = /^ملغومه$/;
/** "هاجم جنديين بسيارته عند الحاجز": how many tokens after the attack verb its vehicle may stand. */
const VEHICLE_REACH = 4;

/**
 * «هاجم فلسطيني الجنود بسيارته», "attacked two soldiers with his car": an attack whose only weapon is the car
 * driven at the victims is a ramming, an attack by one man at the wheel, not a clash of armed sides, whoever
 * the victims are.
 */
function rammedWithVehicle(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  return frame.triggers.some((t) => {
    if (t.phrase.tag !== '@attack') return false;
    for (let at = t.end; at < Math.min(tokens.length, t.end + VEHICLE_REACH); at++) {
      const word = tokens[at].norm;
      const vehicle = BY_VEHICLE_AR.test(word)
        ? at
        : WITH_EN.test(word) && VEHICLE_EN.test(tokens[at + 2]?.norm ?? '')
          ? at + 2
          : -1;
      if (vehicle >= 0) return !LOADED.test(tokens[vehicle + 1]?.norm ?? '');
    }
    return false;
  });
}

/** Weapons a captive may be put to death with: aircraft execute no one, so an air strike is left as it is. */
const METHODS = new Set<SubEventType>([
  'Shelling/artillery/missile attack',
  'Remote explosive/landmine/IED',
  'Grenade',
]);

/**
 * «يظهر إعدام رهائن بتفجير شاحنة بقذيفة», "executed three captives by firing a rocket at their car": a weapon
 * told after an execution in the frame is how captives were put to death, not a blow from afar. Returns the
 * execution's span, or null. (A weapon told first, "shelled the town and executed two men", stays a weapon.) A
 * later frame of the sentence that takes the captives back ("… and blowing them up") is one more method.
 */
function executionMethod(frame: Frame, weapon: Typed, cueOf: CueOf): Span | null {
  if (!METHODS.has(weapon.sub)) return null;
  const execution = cueOf('execution') ?? executionToldBefore(frame);
  if (!execution) return null;
  const at = hitSpan(frame.view, execution);
  return weapon.spans[weapon.spans.length - 1][0] >= at[1] ? at : null;
}

/** "were killed": the passive that tells the word before it as the ones killed. */
const KILLED_PASSIVE = /^(?:were|was)$/i;

/**
 * "Five rebels were killed on Monday in raids by the army": armed men told as the ones a killing took fell
 * in a fight when a force killed them, whatever the clause calls the blow.
 */
function armedKilled(frame: Frame): boolean {
  const tokens = frame.view.tokens;
  return frame.triggers.some(
    (t) =>
      t.phrase.tag === '@kill' &&
      KILLED_PASSIVE.test(tokens[t.start - 1]?.norm ?? '') &&
      ARMED_DEAD.has(tokens[t.start - 2]?.norm ?? ''),
  );
}

/** The first word of a forces cue that names armed men, not a state's force: "insurgents", «مسلحين». */
const ARMED_MEN =
  /^(?:terrorists|militants|insurgents|gunmen|gunman|jihadists|عناصر|العناصر|ارهابيين|الارهابيين|خليه|الخليه|مقاتلا|متمردا|مسلحا|ارهابيا|جهاديا)$/;

/** Triggers that tell a killing or a blow at people. */
const KILLING_TAGS = new Set(['@kill', '@attack', '@fire']);

/** Whether the frame's first trigger tells a killing or a blow, before the other abuses it lists. */
function killingToldFirst(frame: Frame): boolean {
  const first = frame.triggers.reduce((a, b) => (b.start < a.start ? b : a));
  return KILLING_TAGS.has(first.phrase.tag);
}

/** Acts that, told with a killing in the same clause, are an attack on the people killed. */
const DEADLY_AS_ATTACK = new Set<string>(['Looting/property destruction', 'Abduction/forced disappearance']);

/** Tokens after an attack verb within which soldiers or a post are its object ("هاجمت قطعات عسكرية"). */
const TARGET_REACH = 3;

/** The English words of a bombing that, done by a state's forces, is from the air. */
const STATE_BOMBING = /\b(?:bombing|bombings|bombardment|bombardments)\b/;

/** Whether a force is a state's police, which fly no aircraft: by its id or its name. */
const policeForce = (ref: { name: string; entity_id: string | null }): boolean =>
  (ref.entity_id !== null && isPoliceId(ref.entity_id)) || /\bpolice\b/i.test(ref.name);

/** Words that make the force after them the shooter: "برصاص الجيش", "بنيران القوات". */
const AGENCY = /^(?:برصاص|بنيران|برصاصه|بقذيفه|بقذايف)$/;

/** "a police informer": a force's word inside a noun of civilians names the one it is told of, not the force. */
function informerOf(view: Frame['view'], cue: { start: number; end: number }): boolean {
  return view.actorNouns.some(
    (n) => n.phrase.tag === 'Civilians' && n.start <= cue.start && cue.end <= n.end && n.end > cue.end,
  );
}

/** Armed men attacking, firing on or killing soldiers, police or a post: a battle, even with no return fire. */
function forcesTargeted(frame: Frame): boolean {
  const view = frame.view;
  // "قتل شاب برصاص الجيش", "killed by an unknown gunman": forces after a word of agency did it; and before a
  // passive verb with its agent ("100 terrorists killed by the army") they are the ones it struck.
  const agents = view.cues.filter((c) => c.phrase.tag === 'agent');
  return frame.triggers.some((t) => {
    // "هاجمت قطعات عسكرية", "fired on a checkpoint", "قتل عنصران من الشرطة": soldiers or police as the object.
    const tag = t.phrase.tag;
    if (tag !== '@attack' && tag !== '@fire' && tag !== '@kill') return false;
    // "هذه الهجمات … قوات الأمن": a noun told back is not an act with an object.
    if (
      /^(?:[وفب]?ال|لل)/.test(view.tokens[t.start].norm) ||
      /^the$/i.test(view.tokens[t.start - 1]?.norm ?? '')
    )
      return false;
    const passive = agents.some((a) => a.start === t.end);
    return view.cues.some(
      (c) =>
        c.phrase.tag === 'forces' &&
        !informerOf(view, c) &&
        !wornOrPassedFor(view, c.start, view.tokens[c.end - 1].span[1]) &&
        ((c.start >= t.end &&
          c.start - t.end <= TARGET_REACH &&
          !afterAgent(view, c.start) &&
          !agentBetween(view, t.end, c.start) &&
          !(civiliansFirst(view, t.end, c.start) && !ARMED_MEN.test(c.phrase.words[0])) &&
          !tellsNews(view, c.start, c.end) &&
          !AGENCY.test(view.tokens[c.start - 1]?.norm ?? '')) ||
          (passive && c.end <= t.start && t.start - c.end <= 1)),
    );
  });
}

/**
 * «مقتل 12 سائحا وشرطي», "killing nine tourists and a guard": victims led by civilians, a policeman or guard
 * among them, are the people an attack struck, not a force it fought. Armed men after the civilians ("killing
 * both civilians and insurgents") are a second side still (see `ARMED_MEN`).
 */
function civiliansFirst(view: Frame['view'], from: number, to: number): boolean {
  return view.cues.some((c) => c.phrase.tag === 'civilian' && c.start >= from && c.end <= to);
}
