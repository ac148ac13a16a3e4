import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { actorRef } from '../../core/record-refs.js';
import type { EventRecord, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Frame } from './frame-builder.js';
import type { EventMention } from './event-builder.js';
import { saidOn } from './incident-date.js';
import type { SentenceView } from './sentence-view.js';
import { REFERENCE } from './reference-places.js';
import { unknownVillage } from './unknown-village.js';

/** "الحادثة وقعت في", "وقع الهجوم في", "the incident took place in": a sentence that says where it was. */
const INCIDENT_AT = guardedPattern(
  /(?:(?:^|\s)[وف]?(?:الحادث|الحادثة|الهجوم|الانفجار|الاعتداء)\s+(?:وقع|وقعت)|(?:^|\s)[وف]?(?:وقع|وقعت)\s+(?:الحادث|الحادثة|الهجوم|الانفجار|الاعتداء)|\bthe (?:incident|attack|blast|explosion) (?:took place|occurred|happened))\s/i,
  // Run over a whole sentence after each one with events: most hold none of its nouns.
  'الحادث الهجوم الانفجار الاعتداء incident attack blast explosion',
);
/** "قرب الخليل", "near Hebron": a landmark to find the place by. */
const NEAR = /(?:قرب|بالقرب من|near)\s+$/i;

/**
 * "… burned a house in Hebron. The incident took place in the village of Zaytoun near Hebron.": a sentence
 * that tells no incident but says where the one just told happened gives it that town (same country), or a
 * village the base does not know that it names first.
 *
 * @example carryPlace(previousSentenceEvents, view, doc.text) // true when the place was taken
 */
export function carryPlace(previous: readonly EventRecord[], view: SentenceView, text: string): boolean {
  const last = previous.at(-1);
  if (!last) return false;
  const at = INCIDENT_AT.exec(text.slice(view.span[0], view.span[1]));
  if (!at) return false;
  const from = view.span[0] + at.index + at[0].length;
  const towns = view.mentions.filter(
    (m) =>
      m.span[0] >= from &&
      m.place?.precision === 'town' &&
      (last.location === null || last.location.country === m.place.country),
  );
  // "took place near Adrow, 90 miles east of Rampur": a town the scene is only measured from is the last
  // choice, after one it is near; one it lies in comes first.
  const before = (m: Mention, reach: number) => text.slice(Math.max(0, m.span[0] - reach), m.span[0]);
  const near = (m: Mention) => NEAR.test(before(m, 12));
  const measured = (m: Mention) => REFERENCE.test(before(m, 40));
  const town =
    towns.find((m) => !near(m) && !measured(m)) ?? towns.find((m) => near(m) && !measured(m)) ?? towns.at(0);
  // "happened in Tell Sabri, a village north of Kirkuk": a village the base lacks, found by the town after it.
  const country = town?.place?.country ?? last.location?.country ?? null;
  const village = unknownVillage(text, [from, view.span[1]], view.tokens, view.mentions, country);
  if (village && (!town || village.spans[0][0] < town.span[0])) last.location = village;
  else if (town)
    last.location = {
      name: town.name,
      country: town.place!.country,
      lat: town.place!.lat,
      lon: town.place!.lon,
      precision: 'town',
      entity_id: town.entity_id,
      spans: [town.span],
    };
  else return false;
  last.evidence = [...last.evidence, view.span];
  return true;
}

/**
 * "… a gunman fired on a lorry near Mardin. The agency said the lorry came under the attack on the road on
 * Wednesday morning.": a sentence whose only incident is the one just told, named again by its definite noun
 * and too weak to stand alone (`unsupported`), gives it the day it names when that one names none. The day
 * of a statement («قال في بيانه الأحد») is the telling's, not the incident's.
 *
 * @example carryDay(previousSentenceEvents, unsupported, view, doc.text) // true when the day was taken
 */
export function carryDay(
  previous: readonly EventRecord[],
  unsupported: readonly (readonly [EventMention, Frame])[],
  view: SentenceView,
  text: string,
): boolean {
  const last = previous.at(-1);
  if (!last || last.date) return false;
  const ownDay = (date: EventRecord['date']) =>
    date?.precision === 'day' && date.spans.length > 0 && date.spans.every((span) => !saidOn({ span }, text));
  const retold = unsupported.find(([m, frame]) => frame.anaphoric && ownDay(m.record.date));
  if (!retold) return false;
  last.date = retold[0].record.date;
  last.evidence = [...last.evidence, view.span];
  return true;
}

/** "The group claimed responsibility", "claimed by the militants": a claim by a group the text names before. */
const EN_CLAIM_BACK =
  /\b(?:(?:the|this) (?:group|militants|militant group|organi[sz]ation|movement|insurgents|rebels)\s+(?:has\s+|have\s+|later\s+)?(?:claimed|took|assumed)\s+(?:responsibility|credit|the (?:attack|bombing|blast|killing|assault))|claimed by the (?:group|militants|organi[sz]ation|movement))\b/i;
/** "وأعلن التنظيم مسؤوليته", "وتبنى التنظيم الهجوم", "الجماعة تبنت": the same in Arabic. */
const AR_CLAIM_BACK =
  /(?:^|\s)[وف]?(?:(?:[أا]علن|تبنّ?[ىي]|تبنت|[أا]علنت)\s+(?:التنظيم|الجماعة|الحركة)|(?:التنظيم|الجماعة|الحركة)\s+(?:[أا]علن|[أا]علنت|تبنّ?[ىي]|تبنت|يتبن[ىي]))(?=\s)/;

/**
 * "Militants of the Ruritanian Front stormed a post. The group claimed the attack.": a sentence that tells
 * no incident but has the group just named as the perpetrator claim it makes that group the claimant.
 * Only a group (`groups`: the entity ids of the article's armed groups) is "the group"; forces never are.
 *
 * @example carryClaim(previousSentenceEvents, view, doc.text, groups) // true when the claim was taken
 */
export function carryClaim(
  previous: readonly EventRecord[],
  view: SentenceView,
  text: string,
  groups: ReadonlySet<string>,
): boolean {
  const last = previous.at(-1);
  const actor = last?.actor1;
  const sentence = text.slice(view.span[0], view.span[1]);
  if (!last || last.claimed_by || !actor?.entity_id || !groups.has(actor.entity_id)) return false;
  if (!EN_CLAIM_BACK.test(sentence) && !AR_CLAIM_BACK.test(sentence)) return false;
  // Built by `actorRef`, not spread: a spread's copy takes a hidden class V8 holds only weakly.
  last.claimed_by = actorRef(actor.name, actor.entity_id, [...actor.spans], actor.basis);
  last.evidence = [...last.evidence, view.span];
  return true;
}

/**
 * "الانتحاري": the attacker of the incident just told, named by his weapon. (English "the suicide bomber" is
 * a trigger of its own, so its sentence tells an incident and never reaches here.)
 */
const BOMBER = guardedPattern(/(?:^|\s)[وف]?(?:ال|لل)انتحاري(?:ين|ون|ه|ة)?(?=[\s.,،؛:»"]|$)/);
/** "قتل الحراس الانتحاري قبل أن يفجر نفسه", "أحبط", "القبض على": a bomber stopped made no blast. */
const STOPPED = /(?:قبل\s+[أا]ن|[أا]حبط|تمكن|اعتقل|القبض)/;
/** Sub-types a named suicide bomber turns into a suicide bombing: an attack or blast with no weapon told. */
const BOMBED = new Set(['Attack', 'Armed clash', 'Remote explosive/landmine/IED']);

/**
 * "أسفر الهجوم الإرهابي على مسجد عن مقتل 15. وقال مسؤول إن الانتحاري استغل وقت الصلاة": a sentence that
 * tells no incident but names the suicide bomber of the one just told makes it a suicide bombing, when that
 * one named no other weapon.
 *
 * @example carryBomber(previousSentenceEvents, view, doc.text) // true when the incident was retyped
 */
export function carryBomber(previous: readonly EventRecord[], view: SentenceView, text: string): boolean {
  const last = previous.at(-1);
  const sentence = text.slice(view.span[0], view.span[1]);
  const bomber = BOMBER.exec(sentence);
  if (!last || !bomber || !BOMBED.has(last.sub_event_type?.value ?? '') || STOPPED.test(sentence))
    return false;
  const start = view.span[0] + bomber.index + (bomber[0].length - bomber[0].trimStart().length);
  const spans: Span[] = [[start, view.span[0] + bomber.index + bomber[0].length]];
  last.event_type = { value: 'Explosions/Remote violence', spans };
  last.sub_event_type = { value: 'Suicide bomb', spans };
  last.evidence = [...last.evidence, view.span];
  return true;
}
