import { packedMap } from '../../core/packed-map.js';
import type { Span } from '../../core/span.js';
import type { SubEventType } from '../../core/taxonomy.js';
import type { Roles } from './actor-roles.js';
import type { Frame } from './frame-builder.js';
import { killedBombers } from './killed-bombers.js';
import { destroyedDevices } from './destroyed-devices.js';
import { hitSpan } from './sentence-view.js';
import { shootingClause } from './shooting-clause.js';
import { typeTerritory } from './territory-typer.js';
import { typeViolence } from './violence-typer.js';
import { frameCues, isInstrument } from './weapon-cues.js';

/** A frame's sub-event type with the words that decided it, for the event's evidence. */
export interface Typed {
  sub: SubEventType;
  /** The trigger and cue words that decided the type. */
  spans: Span[];
}

/**
 * The ACLED sub-event type of a frame: the most specific trigger, refined by weapons, targets and the
 * actors around it (police firing on protesters, a coalition air strike, a suicide bomber).
 *
 * `aircraftTold` says whether the article tells aircraft at work (see `BuildContext`).
 *
 * @example typeFrame(frame, roles, () => false).sub // 'Suicide bomb'
 */
export function typeFrame(whole: Frame, roles: Roles, aircraftTold: () => boolean): Typed {
  // "opened fire …, after a bomb exploded": the bomb of the clause after a shooting is another act's.
  const frame = shootingClause(whole);
  const view = frame.view;
  const killed = killedBombers(frame);
  if (killed.alone)
    return { sub: 'Disrupted weapons use', spans: packedMap(frame.triggers, (t) => hitSpan(view, t)) };
  // The triggers that are no bomber killed before he struck, read in one pass: their spans, tags and words.
  // Pushed (see `packedMap`): these lists are read here, in `typeViolence` and in the spans of the event,
  // and a layout changing under those readers had them recompiled again and again.
  const triggerSpans: Span[] = [];
  const tags: string[] = [];
  const explicit: SubEventType[] = [];
  let words = '';
  // A device the act destroyed ("destroyed two car bombs") is its target: it names no weapon of the act.
  const destroyed = destroyedDevices(frame);
  for (const t of frame.triggers) {
    if (killed.bombers.includes(t) || destroyed.includes(t)) continue;
    const tag = t.phrase.tag;
    triggerSpans.push(hitSpan(view, t));
    tags.push(tag);
    if (!tag.startsWith('@')) explicit.push(tag as SubEventType);
    words += (tags.length === 1 ? '' : ' ') + t.phrase.words.join(' ');
  }
  // A suicide bomber killed before he struck names no weapon of the killing: his words are masked.
  const cueOf = frameCues(frame, killed.bombers);
  switch (frame.family) {
    case 'riot':
      // "communal clashes": communities fighting each other are mobs, not a crowd against the state.
      return {
        sub: /mob|lynch|hack|riot|violence|communal/.test(words) ? 'Mob violence' : 'Violent demonstration',
        spans: triggerSpans,
      };
    case 'protest': {
      // "police fired tear gas at the marchers": firing what breaks up a crowd is no force beyond it.
      const curb = view.cues.find((c) => c.phrase.tag === 'curb');
      const violent = tags.some((t) => t === '@kill' || (t === '@fire' && !curb));
      const police = roles.actor2?.side === 'forces' || cueOf('police');
      if (violent && police) return { sub: 'Excessive force against protesters', spans: triggerSpans };
      // "police detained 40 workers during the protest", "police dispersed the sit-in with water cannon": a
      // protest with intervention; the police must be told ("demanding the arrest of the accused" names an
      // arrest nobody made).
      const told = police || view.cues.some((c) => c.phrase.tag === 'police');
      const curbed = told && (curb ?? view.triggers.find((t) => t.phrase.tag === 'Arrests'));
      if (curbed)
        return { sub: 'Protest with intervention', spans: [...triggerSpans, hitSpan(view, curbed)] };
      return { sub: 'Peaceful protest', spans: triggerSpans };
    }
    case 'territory':
      return { sub: typeTerritory(frame, roles, explicit, cueOf('progov')), spans: triggerSpans };
    case 'violence':
      return typeViolence(frame, roles, { explicit, tags, words }, triggerSpans, cueOf, aircraftTold);
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
    case 'looting': {
      // "wrecked the relay mast with explosives", «دمروا الجسر بالمتفجرات»: property brought down by a device
      // told as its instrument is an explosive attack; the damage is its outcome.
      const device = cueOf('ied');
      if (device && isInstrument(view, device) && wreckedWith(frame, device))
        return { sub: 'Remote explosive/landmine/IED', spans: [...triggerSpans, hitSpan(view, device)] };
      return { sub: explicit[0] ?? 'Other', spans: triggerSpans };
    }
    default:
      return { sub: explicit[0] ?? 'Other', spans: triggerSpans };
  }
}

/** How many tokens after the act its instrument may stand: "wrecked the two relay masts with explosives". */
const INSTRUMENT_REACH = 5;

/**
 * The device is what the act was done with: close after one of its words ("wrecked a bridge with dynamite"),
 * not the load of something taken and filled later on ("seized two vans and, weeks on, filled them with bombs").
 */
function wreckedWith(frame: Frame, device: { start: number }): boolean {
  return frame.triggers.some((t) => device.start >= t.end && device.start - t.end <= INSTRUMENT_REACH);
}
