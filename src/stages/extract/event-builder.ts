import { doneWithArms } from './weapon-used.js';
import { unclaimedTolls } from './claimed-tolls.js';
import type { Span } from '../../core/span.js';
import type { EventRecord, PlaceRef, Quantity } from '../../core/records.js';
import { countryName } from '../../core/country-names.js';
import { eventTypeOf, type SubEventType } from '../../core/taxonomy.js';
import { actorCandidates, type ActorCandidate } from './actor-finder.js';
import { aircraftSubject } from './aircraft-subject.js';
import { armedSubject } from './armed-subject.js';
import { assignRoles } from './actor-roles.js';
import { typeFrame } from './event-typer.js';
import { demonstrationSides, interventionSides } from './protest-sides.js';
import type { Frame } from './frame-builder.js';
import { reframed } from './frame-window.js';
import { findPlaces } from './place-finder.js';
import { groundToldBack, namesTheCountry } from './place-memory.js';
import { tokenAt } from './sentence-view.js';
import { nearestTime, occurredOn, recalls } from './incident-date.js';
import { ordinalTruceDates } from './ordinal-truces.js';
import { sentenceBackdrop } from './sentence-backdrop.js';
import { count } from './incident-toll.js';
import { withTollRoles } from './toll-words.js';
import { tollFromWords } from './worded-tolls.js';
import { unknownVillage } from './unknown-village.js';
import { inTown, villageAnchors } from './village-anchors.js';
import { listedWithVillage } from './village-lists.js';
import { victimsOf } from './victims.js';
import { objectAntecedent, relativeHost } from './relative-host.js';

/** Frame families whose sides are crowds: protesters and rioters, named by their country. */
const CROWDS = new Set(['protest', 'riot']);
/** Incident nouns in the plural that name no weapon: several acts of any kind, not one ("drone strikes" stay). */
const PLURAL_ACTS = /^(?:attacks|assaults|هجمات|الهجمات|اعتداءات|الاعتداءات)$/;

/** What the builder needs from the document besides the frame. */
export interface BuildContext {
  text: string;
  /** English names of the countries the document mentions, by ISO code. */
  countryNames: ReadonlyMap<string, string>;
  /** The country the article's places mostly lie in. */
  home: string | null;
  /** Countries whose people the text names as foreigners at work or travel: never the incident's by nationality. */
  visitors: ReadonlySet<string>;
  /** Whether the article tells aircraft at work (see `aircraftAtWork`), read once when first asked. */
  aircraftTold: () => boolean;
  /** The first sentence of a chronology's entry ("GREECE.  A bomb damaged …"): its incident is filed under a place. */
  chronologyLead: Span | null;
  /** The one town of the incident told in the sentence before, if any: "the town" may name it again. */
  townBefore: PlaceRef | null;
  /** The one country of the incidents told in the sentence before, if any: whose a bare force noun may be. */
  countryBefore: string | null;
}

/** A frame's event mention(s) before merging: one per listed place. */
export interface EventMention {
  record: EventRecord;
  /** True when nothing specific (place, count, named actor) backs a weak trigger: it is left out. */
  unsupported: boolean;
}

/**
 * Turns one frame into event mentions: type, actors, place(s), date, tolls and evidence, every field with
 * the spans it came from. The id and timing are left for the resolve stage.
 *
 * @example buildEvents(frame, ctx)[0].record.sub_event_type?.value // 'Air/drone strike'
 */
export function buildEvents(frame: Frame, ctx: BuildContext): EventMention[] {
  const view = frame.view;
  const found = placesOf(frame, ctx);
  const code = found.places[0]?.country ?? found.country?.code ?? null;
  const country = code ? { code, name: countryName(code, ctx.countryNames) } : null;
  // "the protesters deflated the tyres": a crowd the clause does not place is the article's country's;
  // "security services arrested 18 members" in an article that names no other country, even by a
  // nationality, are that country's police.
  const alone = frame.family === 'arrest' && [...ctx.countryNames.keys()].every((c) => c === ctx.home);
  // "government forces recaptured the village of X" in a clause that names no country: the forces that win
  // back ground the article's country holds are its own.
  const homeSides = CROWDS.has(frame.family) || alone || frame.family === 'territory';
  const sidesHome = ctx.home && homeSides ? ctx.home : null;
  // "قصف الجيش سيارتين في قرية جنوبي العريش حيث تدور اشتباكات": a place told for the clause after it still
  // tells whose army a bare force noun of this one is.
  // "the Ruritanian minister said that the nuns murdered by soldiers …": a sentence that places nothing but
  // names one nationality before the act, however far from it, tells whose a bare force noun is.
  const sidesCode = code ?? sentencePlaceCountry(frame, ctx) ?? sidesHome ?? sentenceNationality(frame, ctx);
  const sidesIn = sidesCode ? { code: sidesCode, name: countryName(sidesCode, ctx.countryNames) } : null;
  // A text that places nothing (a lone sentence) still names the police and the army it tells of.
  const candidates = actorCandidates(frame, sidesIn, !ctx.home && ctx.countryNames.size === 0);
  const roles = assignRoles(frame, candidates, sidesIn);
  if (!sidesCode) roles.actor2 ??= victimInTheCountry(frame, ctx, roles.actor1);
  const typed = typeFrame(frame, roles, ctx.aircraftTold);
  if (typed.sub === 'Protest with intervention') interventionSides(frame, roles, candidates, sidesIn);
  if (typed.sub === 'Violent demonstration') demonstrationSides(frame, roles, candidates, sidesIn);
  const inWindow = <T extends { span: readonly [number, number] }>(items: T[]) =>
    items.filter((i) => {
      const at = tokenAt(view, i.span[0]);
      return at >= frame.from && at < frame.to;
    });
  const quantities = unclaimedTolls(view, withTollRoles(inWindow(view.quantities), ctx.text));
  // "Nine settlers were wounded in an attack …": the toll before the sentence's first incident is its own.
  // A frame opening its sentence (three frames in four) has nothing before it: its sentence's counts are not
  // read again only to be filtered out.
  const first = frame.from > 0 && view.triggers.every((t) => t.start >= frame.from);
  const before = first
    ? unclaimedTolls(view, withTollRoles(view.quantities, ctx.text)).filter(
        (q) => tokenAt(view, q.span[0]) < frame.from,
      )
    : [];
  const clause: Span = [view.tokens[frame.from].span[0], view.tokens[frame.to - 1].span[1]];
  // Burning or wrecking that kills or hurts people is an attack on them, not damage to property: told by
  // a count or in words ("the body of a man was found beaten and burned").
  if (typed.sub === 'Looting/property destruction' && hurtsPeople(quantities, ctx.text, clause))
    typed.sub = 'Attack';
  const time =
    nearestTime(frame, inWindow(view.times), ctx.text) ??
    nearestTime(
      frame,
      view.times.filter((t) => occurredOn(t, ctx.text)),
      ctx.text,
    ) ??
    sentenceBackdrop(frame, ctx.text);
  // "no injuries were reported" at a peaceful march is what peaceful means, not a toll worth a field.
  const harmless = takesNoToll(typed.sub);
  const toll = (role: 'killed' | 'injured') =>
    BLOODLESS.has(typed.sub)
      ? null
      : (count(quantities, role, harmless, ctx.text) ??
        count(before, role, harmless, ctx.text) ??
        (harmless ? null : tollFromWords(ctx.text, clause, role)));
  // A device found or defused is an incident told on its own ("a bomb packed with TNT was found at a bus depot").
  // Read only for a mention nothing else supports (see `eventAt`): most are placed or counted.
  let strong: boolean | undefined;
  const strongAct = () =>
    (strong ??=
      typed.sub === 'Disrupted weapons use' ||
      doneWithArms(frame) ||
      frame.triggers.some(
        (t) => t.phrase.strength === 'strong' || armedSubject(view, t) || aircraftSubject(view, t),
      ));
  // "the village of Haas in Idlib province": a village the base does not know beats the places after it,
  // which only locate it.
  // Ground taken lies where its taker's state is, when the clause names no country ("Syrian troops
  // retook the village of X").
  const groundCode = frame.family === 'territory' ? (roles.actor1?.country ?? sidesCode) : null;
  const village = unknownVillage(ctx.text, clause, view.tokens, view.mentions, code ?? groundCode);
  const anchoring = village !== null && villageAnchors(village, found.places, ctx.text);
  const places =
    village && anchoring
      ? [
          inTown(village, found.places, ctx.text),
          // "raided the villages of A and B, killing ten": one toll for the sites is one event (the schema).
          ...(toll('killed') ? [] : listedWithVillage(village, found.places, ctx.text)),
        ]
      : found.places.length > 0
        ? found.places
        : [groundToldBack(frame, ctx.townBefore)];
  // "6 killed in shelling on Damascus, Aleppo and Idlib": one toll told for several towns is their sum, the
  // toll of none of them; each town's own telling gives its own. A region named right after a town ("in
  // Yarumal, Antioquia") only locates it.
  const shared = places.filter((p, i) => !locatesTown(p, places[i - 1], ctx.text)).length > 1;
  // "two truces failed, the first on 13 May and the second on 10 July": one agreement for each day.
  const ordinals = frame.family === 'agreement' ? ordinalTruceDates(frame, ctx.text) : [];
  const dates = ordinals.length > 0 ? ordinals : [time];
  // Pushed in loops: `flatMap` over one place and one day cost as much as the rest of the builder's own lines.
  const mentions: EventMention[] = [];
  for (const place of places) for (const date of dates) mentions.push(eventAt(place, date));
  return mentions;

  function eventAt(place: PlaceRef | null, date: typeof time): EventMention {
    const record: EventRecord = {
      id: '',
      event_type: { value: eventTypeOf(typed.sub), spans: typed.spans.slice(0, frame.triggers.length) },
      sub_event_type: { value: typed.sub, spans: typed.spans },
      date,
      timing: recalls(frame, ctx.text) ? { value: 'historical', spans: [frame.backgroundSpan!] } : null,
      location:
        place ??
        (found.country
          ? {
              name: country!.name,
              country: found.country.code,
              lat: null,
              lon: null,
              precision: 'country',
              entity_id: `country:${found.country.code}`,
              spans: found.country.spans,
            }
          : null),
      actor1: roles.actor1?.ref ?? null,
      actor2: roles.actor2?.ref ?? null,
      claimed_by: roles.claimedBy,
      fatalities: shared ? null : toll('killed'),
      injuries: shared ? null : toll('injured'),
      evidence: [view.span],
      confidence: 0,
    };
    // A date alone does not make a weak word an incident ("targeted for identity theft in 2004").
    const specific =
      place !== null ||
      record.fatalities !== null ||
      record.injuries !== null ||
      view.span[0] === ctx.chronologyLead?.[0];
    // "their continuing attacks against Yukos", "شنوا هجمات عبر الحدود": a side named with acts in the
    // plural, nowhere and uncounted, tells a pattern of conduct, not an incident.
    const pattern = frame.triggers.every((t) => PLURAL_ACTS.test(t.phrase.words.at(-1) ?? ''));
    const named = (roles.actor1?.ref.entity_id ?? null) !== null && !pattern;
    return {
      record,
      // Ground changes hands only where the text says which ground: a place after the trigger. A building or
      // a gathering stormed ("shot dead as raiders stormed her farmhouse", "bandits stormed a wedding") is an attack,
      // which needs no ground.
      unsupported:
        (!specific && !named && !strongAct()) ||
        (frame.family === 'territory' && typed.sub !== 'Attack' && !place && !found.country),
    };
  }
}

/**
 * The places of the frame's clause. "Police in Lagos arrested a gunman who shot dead two traders": an act told
 * of the object of the main clause's act, placed nowhere of its own, lies where the main clause does.
 */
function placesOf(frame: Frame, ctx: BuildContext): ReturnType<typeof findPlaces> {
  const own = findPlaces(frame, ctx.text, ctx.home, ctx.visitors);
  const hanging = own.places.length === 0 ? relativeHost(frame.view, frame.triggers[0]) : null;
  if (!hanging) return own.places.length === 0 ? placeOfObject(frame, ctx, own) : own;
  const main = reframed(frame, 0, hanging.pronoun, [hanging.host]);
  const hosted = findPlaces(main, ctx.text, ctx.home, ctx.visitors);
  // "arrested a Ruritanian soldier who …": the doer's nationality names a country, not the scene.
  return hosted.places.length > 0 || own.country === null ? hosted : own;
}

/**
 * "near Palmyra, which government forces recaptured in March": ground changes hands at the place the clause's
 * pronoun stands for, told before its comma.
 */
function placeOfObject(
  frame: Frame,
  ctx: BuildContext,
  own: ReturnType<typeof findPlaces>,
): ReturnType<typeof findPlaces> {
  const object = frame.family === 'territory' ? objectAntecedent(frame.view, frame.triggers[0]) : null;
  if (!object) return own;
  const told = findPlaces(reframed(frame, ...object), ctx.text, ctx.home, ctx.visitors);
  return told.places.length > 0 ? told : own;
}

/** `place` is a region named right after `town` with only a comma between: it tells where the town is. */
function locatesTown(place: PlaceRef | null, town: PlaceRef | null | undefined, text: string): boolean {
  if (!place || !town || place.precision !== 'region' || town.precision === 'region') return false;
  const [end, start] = [town.spans[0]?.[1], place.spans[0]?.[0]];
  return end !== undefined && start !== undefined && /^\s*,\s*$/.test(text.slice(end, start));
}

/** Someone killed or hurt in the clause, by a count or by the words (a zero is no one). */
function hurtsPeople(quantities: readonly Quantity[], text: string, clause: Span): boolean {
  const counted = (q: Quantity) => (q.role === 'killed' || q.role === 'injured') && (q.value ?? 1) > 0;
  const told = (role: 'killed' | 'injured') => (tollFromWords(text, clause, role)?.value ?? 0) > 0;
  return quantities.some(counted) || told('killed') || told('injured');
}

/**
 * "The conflict has killed more than 6,800 … a truce was reached in February": an agreement, a group's
 * change of course, a base set up or ground handed over kills no one; a toll in its clause is another's.
 */
const BLOODLESS = new Set<SubEventType>([
  'Agreement',
  'Change to group/activity',
  'Headquarters or base established',
  'Non-violent transfer of territory',
]);

/**
 * A peaceful march or a strategic move hurts no one by what it is: a count told with or after it is
 * someone else's. A device stopped may still cost lives: the bomber shot dead before he struck.
 *
 * @example takesNoToll('Peaceful protest') === true
 */
export function takesNoToll(sub: SubEventType | undefined): boolean {
  if (sub === 'Disrupted weapons use') return false;
  return sub === 'Peaceful protest' || (sub !== undefined && eventTypeOf(sub) === 'Strategic developments');
}

/**
 * «اقتحم انتحاري مركزا للدرك في شرق البلاد، وقتل جنديان»: the dead a clause counts in "the country", named
 * by its noun alone, are of the country of the incident just told (else the article's) — the target, unless
 * they are the side that struck. Only the counted victims: the country decides no other role.
 */
function victimInTheCountry(
  frame: Frame,
  ctx: BuildContext,
  actor1: ActorCandidate | null,
): ActorCandidate | null {
  const code = namesTheCountry(frame) ? (ctx.countryBefore ?? ctx.home) : null;
  if (!code) return null;
  const [victim] = victimsOf(
    frame,
    actorCandidates(frame, { code, name: countryName(code, ctx.countryNames) }),
  );
  return victim && victim.ref.name !== actor1?.ref.name ? victim : null;
}

/**
 * The country of the places the frame's whole sentence names, asked when its own clause names none. A frame
 * whose window is the whole sentence has looked there already: its places are not looked for again.
 */
function sentencePlaceCountry(frame: Frame, ctx: BuildContext): string | null {
  const end = frame.view.tokens.length;
  if (frame.from === 0 && frame.to === end) return null;
  const whole = findPlaces(reframed(frame, 0, end), ctx.text, ctx.home, ctx.visitors);
  return whole.places[0]?.country ?? whole.country?.code ?? null;
}

/**
 * The one country the frame's sentence names before the act, by a nationality only ("the Ruritanian minister
 * said that the nuns murdered by soldiers …"), not that of foreigners at work or travel; none when a place or a
 * side of that stretch belongs to another ("Ruritanian troops … on the Kravonian border"). One told after the
 * act is more often a teller's ("…, a Ruritanian source said").
 */
function sentenceNationality(frame: Frame, ctx: BuildContext): string | null {
  const act = frame.view.tokens[frame.triggers[0].start].span[0];
  let found: string | null = null;
  const named = new Set<string>();
  for (const m of frame.view.mentions) {
    const code = m.place?.country ?? m.actor?.country ?? null;
    if (code === null || m.span[0] >= act) continue;
    if (m.via === 'demonym' && !ctx.visitors.has(code)) found ??= code;
    named.add(code);
  }
  return found !== null && named.size === 1 ? found : null;
}
