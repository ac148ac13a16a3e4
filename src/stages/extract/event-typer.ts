import { packedMap } from '../../core/packed-map.js';
import type { Span } from '../../core/span.js';
import type { SubEventType } from '../../core/taxonomy.js';
import { wordSet } from '../../core/text/word-set.js';
import type { Roles } from './actor-roles.js';
import type { Frame } from './frame-builder.js';
import { afterAgent, agentBetween, hitSpan } from './sentence-view.js';
import { reach, type PhraseHit } from './phrase-matcher.js';
import { notAirPower } from './aircraft-words.js';
import { typeTerritory } from './territory-typer.js';
import { bomberKills } from './bomber-kills.js';

/** Weapon sub-types, most telling first: a suicide bomber outranks the explosion he caused. */
const WEAPONS: [cue: string, sub: SubEventType][] = [
  ['chemical', 'Chemical weapon'],
  ['suicide', 'Suicide bomb'],
  ['air', 'Air/drone strike'],
  ['grenade', 'Grenade'],
  ['shelling', 'Shelling/artillery/missile attack'],
  ['ied', 'Remote explosive/landmine/IED'],
];
/** Weapon cues that can make even a named weapon more precise. */
const OVERRIDING = new Set<SubEventType>(['Suicide bomb', 'Chemical weapon', 'Air/drone strike']);
const WEAPON_RANK = new Map<string, number>(WEAPONS.map(([, sub], i) => [sub, i]));
/** Generic classes a weapon named in the clause makes precise. */
const REFINABLE = new Set([
  '@attack',
  '@explosion',
  '@strike',
  '@fire',
  '@kill',
  '@launch',
  'Remote explosive/landmine/IED',
  'Attack',
  // Damage told with a blow ("… destroying a tank and burning a truck") does not make its weapon.
  'Looting/property destruction',
]);

/** Weapon cues that tell how a blow was delivered (not who struck): one named as the instrument wins. */
const DELIVERY_CUES = new Set(['air', 'shelling', 'grenade', 'ied']);

/** "بقاذفة", "بالصواريخ", "with mortars": the cue word is the instrument of the act. */
function isInstrument(view: Frame['view'], cue: { start: number; phrase: { words: string[] } }): boolean {
  const token = view.tokens[cue.start].norm;
  if (/^[\u0600-\u06ff]/.test(token)) return /^(?:و?ب)/.test(token) && !cue.phrase.words[0].startsWith('ب');
  return /^(?:with|using)$/i.test(view.tokens[cue.start - 1]?.norm ?? '');
}

/** Words before an aircraft that make it the target or the place of the act, not its doer. */
const NOT_DOER = /^(?:at|on|against|by|of|to|from|with|down|and|علي|ضد|من|الي|عن)$/i;

/** An aircraft cue before the frame's first act with no other act or preposition in between is its doer. */
function flownBy(frame: Frame, cues: PhraseHit[]): boolean {
  const view = frame.view;
  const first = frame.triggers[0].start;
  return cues.some(
    (c) =>
      c.phrase.tag === 'air' &&
      c.end <= first &&
      !view.triggers.some((t) => t.start >= c.end && t.start < first) &&
      !NOT_DOER.test(view.tokens[c.start - 1]?.norm ?? '') &&
      !/^(?:[وف]?[بل]|لل)/.test(view.tokens[c.start].norm),
  );
}

export interface Typed {
  sub: SubEventType;
  /** The trigger and cue words that decided the type. */
  spans: Span[];
}

/** "backed by heavy Russian air strikes": how many tokens after a word of support its weapon may stand. */
const SUPPORTED_REACH = 2;

/**
 * The ACLED sub-event type of a frame: the most specific trigger, refined by weapons, targets and the
 * actors around it (police firing on protesters, a coalition air strike, a suicide bomber).
 *
 * @example typeFrame(frame, roles).sub // 'Suicide bomb'
 */
export function typeFrame(frame: Frame, roles: Roles): Typed {
  const view = frame.view;
  const killed = killedBombers(frame);
  const triggers = frame.triggers.filter((t) => !killed.bombers.includes(t));
  // Mapped by pushing (see `packedMap`): these lists are read here, in `typeViolence` and in the spans of
  // the event, and a layout changing under those readers had them recompiled again and again.
  const triggerSpans = packedMap(triggers, (t) => hitSpan(view, t));
  if (killed.alone)
    return { sub: 'Disrupted weapons use', spans: packedMap(frame.triggers, (t) => hitSpan(view, t)) };
  const tags = packedMap(triggers, (t) => t.phrase.tag);
  const explicit = tags.filter((t) => !t.startsWith('@')) as SubEventType[];
  // "teargas shells", "a heart attack": the words of a phrase that only looks like a trigger name no weapon.
  // A gapped phrase masks its words up to its last one ("with a cover from the Syrian Air Force").
  // The words of a suicide bomber killed before he struck name no weapon of the killing either.
  const masks = packedMap(
    [...view.triggers.filter((t) => t.phrase.tag === '@none'), ...killed.bombers],
    (t) => ({
      start: t.start,
      end: reach(t),
    }),
  );
  // "في وقت يستمر القصف الجوي": the weapon of an act this frame does not tell (another frame's, or one the
  // gate found unreal) is not this frame's weapon.
  const foreign = view.triggers.filter((t) => t.phrase.tag !== '@none' && !frame.triggers.includes(t));
  // "troops backed by Russian warplanes attacked": the air power named as support is not the act's weapon.
  const support = view.cues.filter((c) => c.phrase.tag === 'support');
  const live = view.cues.filter(
    (c) =>
      !masks.some((m) => c.start >= m.start && c.end <= m.end) &&
      !foreign.some((t) => c.start < t.end && c.end > t.start) &&
      !support.some((s) => s.end <= c.start && c.start - s.end <= SUPPORTED_REACH) &&
      !(c.phrase.tag === 'air' && notAirPower(view, c)),
  );
  const cues = live.filter((c) => c.start >= frame.from && c.end <= frame.to);
  // "مقاتلات … أغارت على … وطال القصف": a definite noun told back takes the weapon its sentence named.
  const sentenceWide = frame.anaphoric ? live.filter((c) => c.end <= frame.triggers[0].start) : [];
  // "هجوم بقذائف الهاون على مهبط للمروحيات", "attacked with mortars a helicopter base": the weapon the attack
  // is made with decides, not a weapon named as its target.
  // "طائرات حربية … قصفت بالصواريخ", "warplanes fired rockets at": aircraft told as the doer delivered the
  // blow, whatever they fired.
  const instrument = flownBy(frame, cues)
    ? undefined
    : cues.find((c) => DELIVERY_CUES.has(c.phrase.tag) && isInstrument(view, c));
  const cueOf = (name: string) =>
    instrument && DELIVERY_CUES.has(name)
      ? instrument.phrase.tag === name
        ? instrument
        : undefined
      : (cues.find((c) => c.phrase.tag === name) ?? sentenceWide.find((c) => c.phrase.tag === name));
  const words = packedMap(triggers, (t) => t.phrase.words.join(' ')).join(' ');
  switch (frame.family) {
    case 'riot':
      // "communal clashes": communities fighting each other are mobs, not a crowd against the state.
      return {
        sub: /mob|lynch|hack|riot|violence|communal/.test(words) ? 'Mob violence' : 'Violent demonstration',
        spans: triggerSpans,
      };
    case 'protest': {
      const violent = tags.some((t) => t === '@fire' || t === '@kill');
      const police = roles.actor2?.side === 'forces' || cueOf('police');
      if (violent && police) return { sub: 'Excessive force against protesters', spans: triggerSpans };
      // "police detained 40 workers during the protest": a protest with intervention; the police must be told
      // ("demanding the arrest of the accused" names an arrest nobody made).
      const told = police || view.cues.some((c) => c.phrase.tag === 'police');
      const seized = told && view.triggers.find((t) => t.phrase.tag === 'Arrests');
      if (seized)
        return { sub: 'Protest with intervention', spans: [...triggerSpans, hitSpan(view, seized)] };
      return { sub: 'Peaceful protest', spans: triggerSpans };
    }
    case 'territory':
      return { sub: typeTerritory(frame, roles, explicit, cueOf('progov')), spans: triggerSpans };
    case 'violence':
      return typeViolence(frame, roles, { explicit, tags, words }, triggerSpans, cueOf);
    case 'arrest': {
      // "police arrested 40 protesters staging a dharna": arresting protesters at the protest their sentence
      // tells is the protest with intervention, not an arrest of its own.
      const crowd =
        roles.actor1?.side !== 'group' &&
        cueOf('protesters') &&
        view.triggers.find((t) => t.phrase.tag === 'Peaceful protest');
      if (crowd) return { sub: 'Protest with intervention', spans: [...triggerSpans, hitSpan(view, crowd)] };
      // "اعتقل تنظيم داعش 20 شابا": an armed group does not arrest; the people it seizes are abducted.
      return {
        sub: roles.actor1?.side === 'group' ? 'Abduction/forced disappearance' : (explicit[0] ?? 'Arrests'),
        spans: triggerSpans,
      };
    }
    default:
      return { sub: explicit[0] ?? 'Other', spans: triggerSpans };
  }
}

function typeViolence(
  frame: Frame,
  roles: Roles,
  { explicit, tags, words }: { explicit: SubEventType[]; tags: string[]; words: string },
  spans: Span[],
  cueOf: (name: string) => { start: number; end: number } | undefined,
): Typed {
  // A suicide bomber, gas or aircraft decides whatever else is named; among other weapons the one told first
  // opened the attack ("a car bomb, then rocket fire" is a car bomb attack).
  const named = explicit.filter((s) => WEAPON_RANK.has(s));
  const weapons = [
    ...named.filter((s) => OVERRIDING.has(s)).sort((a, b) => WEAPON_RANK.get(a)! - WEAPON_RANK.get(b)!),
    ...named.filter((s) => !OVERRIDING.has(s)),
  ];
  // "انفجار صاروخ من مخلفات الجيش", "an unexploded shell went off": war remnants are a mine, not a shelling.
  const remnant = cueOf('remnant');
  if (remnant && tags.some((t) => t === '@explosion' || WEAPON_RANK.has(t) || t === '@kill'))
    return { sub: 'Remote explosive/landmine/IED', spans: [...spans, hitSpan(frame.view, remnant)] };
  const disrupted = unusedDevice(frame, tags, words);
  if (disrupted) return { sub: 'Disrupted weapons use', spans: [...spans, hitSpan(frame.view, disrupted)] };
  const refinable = tags.every((t) => REFINABLE.has(t) || WEAPON_RANK.has(t) || t === 'Armed clash');
  if (refinable) {
    for (const [cue, sub] of WEAPONS) {
      const hit = cueOf(cue);
      const rank = WEAPON_RANK.get(sub)!;
      if (
        hit &&
        (weapons.length === 0 || rank < WEAPON_RANK.get(weapons[0])!) &&
        (fitsCue(sub, tags, weapons) || (sub === 'Suicide bomb' && bomberKills(frame, hit)))
      ) {
        return { sub, spans: [...spans, hitSpan(frame.view, hit)] };
      }
    }
  }
  if (weapons.length > 0) return { sub: weapons[0], spans };
  const protesters = cueOf('protesters');
  if (
    protesters &&
    roles.actor1?.side === 'forces' &&
    tags.some((t) => t === '@fire' || t === '@attack' || t === '@kill')
  ) {
    return { sub: 'Excessive force against protesters', spans: [...spans, hitSpan(frame.view, protesters)] };
  }
  // "المواجهات بين المتظاهرين وشرطة مكافحة الشغب", "police clashed with protesters": a crowd fighting the
  // police is a violent demonstration, not a battle between armed sides.
  if (protesters && (explicit.includes('Armed clash') || tags.includes('@clash'))) {
    return { sub: 'Violent demonstration', spans: [...spans, hitSpan(frame.view, protesters)] };
  }
  // In conflict news a bare "strikes" is an air strike unless a weapon says otherwise; a bare "raid" is
  // as often on foot (a police raid), so it needs an aircraft cue.
  if (/\bstrikes?\b/.test(words)) return { sub: 'Air/drone strike', spans };
  // "Regime bombing on the town", "the army's bombardment": a state's bombing with no device named is from
  // the air, not a planted bomb.
  if (roles.actor1?.side === 'forces' && STATE_BOMBING.test(words) && !cueOf('ied'))
    return { sub: 'Air/drone strike', spans };
  if (tags.includes('@explosion')) return { sub: 'Remote explosive/landmine/IED', spans };
  // "تصفية 6 مسلحين", "eliminated 75 militants": armed men killed fell in a fight, whoever killed them.
  if (frame.triggers.some((t) => t.phrase.tag === '@kill' && ARMED_DEAD.has(t.phrase.words.at(-1) ?? '')))
    return { sub: 'Armed clash', spans };
  if (roles.actor1?.side === 'forces' && armedKilled(frame)) return { sub: 'Armed clash', spans };
  if (explicit.includes('Attack')) return { sub: 'Attack', spans };
  const target = roles.actor2?.side;
  if (explicit.includes('Armed clash') || target === 'forces' || target === 'group' || forcesTargeted(frame))
    return { sub: 'Armed clash', spans };
  // Burning a house with its people inside is an attack on them, not damage to property; a hostage-taking
  // in which people are killed is an attack on them, not an abduction.
  if (DEADLY_AS_ATTACK.has(explicit[0]) && tags.includes('@kill')) return { sub: 'Attack', spans };
  if (explicit.length > 0) return { sub: explicit[0], spans };
  return { sub: 'Attack', spans };
}

/** The armed dead a killing phrase ends on ("تصفية …4 مسلحين", "eliminated …5 militants"), folded. */
const ARMED_DEAD = wordSet(
  'مسلحا مسلحين المسلحين ارهابيا ارهابيين الارهابيين عنصرا عناصر مقاتلا مقاتلين المقاتلين متشددا متشددين militants terrorists fighters gunmen insurgents jihadists rebels extremists',
);

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

/** "suicide bomber", "suicide car bombers": the attacker, not the blow. */
const BOMBER = /bombers?$/;
/** Tags of the acts that can kill a bomber before he strikes: a blast or an attack says he struck. */
const KILLING = new Set(['@kill', '@fire', '@clash', 'Armed clash', 'Attack']);
/** Tokens from a killing to the bomber it names as killed ("eliminated 75 militants including the suicide bombers"). */
const KILLED_REACH = 4;
/** Words that may stand between a killing and a bomber who is its only victim ("killed two would-be suicide bombers"). */
const SOLE_VICTIM =
  /^(?:a|an|the|two|three|four|five|\d+|would-be|suspected|alleged|female|male|potential)$/i;

/**
 * "Troops eliminated 75 militants including the suicide bombers", "police shot dead a suicide bomber", "a suicide
 * bomber was killed": a bomber who is the one killed, with no blast told, did not make a suicide bombing. When he
 * is the killing's only victim his bomb was not used (ACLED's disrupted weapons use): `alone`.
 */
function killedBombers(frame: Frame): { bombers: PhraseHit[]; alone: boolean } {
  const none = { bombers: [], alone: false };
  const tokens = frame.view.tokens;
  const bombers = frame.triggers.filter(
    (t) => t.phrase.tag === 'Suicide bomb' && BOMBER.test(t.phrase.words.at(-1) ?? ''),
  );
  const others = frame.triggers.filter((t) => !bombers.includes(t));
  if (bombers.length === 0 || !others.every((t) => KILLING.has(t.phrase.tag))) return none;
  const fillers = (from: number, to: number) => tokens.slice(from, to).every((k) => SOLE_VICTIM.test(k.norm));
  let alone = true;
  for (const b of bombers) {
    const object = others.find(
      (k) =>
        k.end <= b.start &&
        b.start - reach(k) <= KILLED_REACH &&
        !agentBetween(frame.view, reach(k), b.start),
    );
    // "a suicide bomber was shot dead", "… was killed": the killing told of him in the passive.
    const passive =
      /^(?:was|were)$/i.test(tokens[reach(b)]?.norm ?? '') &&
      others.some((k) => k.start === reach(b) || k.start === reach(b) + 1);
    if (!object && !passive) return none;
    if (object && !fillers(reach(object), b.start)) alone = false;
  }
  // "two suicide bombers were killed in clashes with troops": a fight, not a bomber stopped.
  const fight = others.some((t) => t.phrase.tag === '@clash' || t.phrase.tag === 'Armed clash');
  return { bombers, alone: alone && !fight && frame.family === 'violence' };
}

/** Acts that, told with a killing in the same clause, are an attack on the people killed. */
const DEADLY_AS_ATTACK = new Set<string>(['Looting/property destruction', 'Abduction/forced disappearance']);

/** Device tags a find can be about; a killing, a clash or a blow says the device was used. */
const DEVICES = new Set([
  '@explosion',
  '@launch',
  'Remote explosive/landmine/IED',
  'Grenade',
  'Disrupted weapons use',
]);
/** Words that say a device went off or was used, whatever was found afterwards. */
const USED =
  /explo(?:ded|des|sion)|detonat|went off|blast|blew|blown|bombing|attack|fire|launch|threw|thrown/;
/** Tokens between a device and the words that say it was found or defused ("a bomb was found"). */
const FIND_REACH = 6;

/**
 * "A pipe bomb was discovered under the car", "police defused an explosive device": a device found, defused or
 * failing to go off is a disrupted weapons use, not an explosion. Returns the words that say so.
 */
function unusedDevice(
  frame: Frame,
  tags: string[],
  words: string,
): { start: number; end: number } | undefined {
  if (!tags.every((t) => DEVICES.has(t)) || USED.test(words)) return undefined;
  // "defused an explosive device": the trigger itself says so.
  const said = frame.triggers.find((t) => t.phrase.tag === 'Disrupted weapons use');
  if (said) return said;
  return frame.view.cues.find(
    (c) =>
      c.phrase.tag === 'disrupted' &&
      frame.triggers.some(
        (t) =>
          (c.start >= t.end && c.start - t.end <= FIND_REACH) ||
          (c.end <= t.start && t.start - c.end <= FIND_REACH),
      ),
  );
}

/** Tokens after an attack verb within which soldiers or a post are its object ("هاجمت قطعات عسكرية"). */
const TARGET_REACH = 3;

/** The English words of a bombing that, done by a state's forces, is from the air. */
const STATE_BOMBING = /\b(?:bombing|bombings|bombardment|bombardments)\b/;

/** Words that make the force after them the shooter: "برصاص الجيش", "بنيران القوات". */
const AGENCY = /^(?:برصاص|بنيران|برصاصه|بقذيفه|بقذايف)$/;

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
        ((c.start >= t.end &&
          c.start - t.end <= TARGET_REACH &&
          !afterAgent(view, c.start) &&
          !agentBetween(view, t.end, c.start) &&
          !AGENCY.test(view.tokens[c.start - 1]?.norm ?? '')) ||
          (passive && c.end <= t.start && t.start - c.end <= 1)),
    );
  });
}

/** A weapon cue refines a trigger only where it can: an air cue does not make a shooting an air strike. */
function fitsCue(sub: SubEventType, tags: string[], weapons: SubEventType[]): boolean {
  // A weapon the trigger names ("car bomb") yields only to a suicide attacker, gas or aircraft; a mortar
  // mentioned in the same clause is another weapon, not this one.
  if (weapons.length > 0 && !OVERRIDING.has(sub)) return false;
  if (sub === 'Suicide bomb')
    return tags.some((t) => t === '@explosion' || t === '@attack') || weapons.length > 0;
  if (sub === 'Air/drone strike' || sub === 'Chemical weapon') return !tags.includes('@fire');
  return !tags.includes('Armed clash') || sub === 'Shelling/artillery/missile attack';
}
