import { countryName } from '../../core/country-names.js';
import { packedMap } from '../../core/packed-map.js';
import type { ActorRef, EventRecord, Quantity } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { actorCandidates } from './actor-finder.js';
import { takesNoToll, type EventMention } from './event-builder.js';
import type { Frame } from './frame-builder.js';
import { count } from './incident-toll.js';
import { actorNounsOf, mayHoldCue, viewWith, type SentenceView } from './sentence-view.js';
import type { PhraseMatcher } from './phrase-matcher.js';
import { deadOfTheTaken, pointsToTheTaken } from './taken-dead.js';
import { ADDITION } from '../../core/text/addition-words.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { answeredSpan } from '../../core/text/answer-words.js';
import { WIDE_AREA } from '../../core/text/wide-area-words.js';
import { withTollRoles } from './toll-words.js';
import { unclaimedTolls } from './claimed-tolls.js';
import { tollFromWords } from './worded-tolls.js';
import { isWarReference } from './war-references.js';
import { TALLY_DEAD } from './non-event-filter.js';
import { victimsOf } from './victims.js';

/** A toll sentence belongs to an incident told at most this many sentences before it. */
const CARRY = 2;
/**
 * "… 60 were hurt, adding that troops had also shelled the area": a speaker's next act, told after the toll
 * of the incident before; the toll stays that incident's, not the new act's.
 */
const ADDING_THAT = guardedPattern(/,?\s+adding\s+that\s/i, 'adding');
/**
 * "One of the wounded later died", "Two of the hurt died later of their injuries", "He succumbed to his wounds
 * two days later", "Two more people died in hospital": people the incident hurt who died after it, more dead
 * beside those it counted; told by a sentence that opens on them by a number or a pronoun ("All five died of
 * their injuries", "The two victims died …" are the dead already counted; "bringing the toll to nine" a new
 * total).
 */
const DIED_AFTER =
  /\b(?:(?:later|subsequently|afterwards)\s+(?:died|succumbed)|more\s+(?:(?!than\b)[a-z]+\s+){0,3}?(?:died|succumbed)|died\s+(?:later|(?:of|from)\s+(?:his|her|their|the)\s+(?:[a-z]+\s+)?(?:wounds|injuries))|succumbed\s+to\s+(?:his|her|their)\s+(?:[a-z]+\s+)?(?:wounds|injuries))\b/i;
/** How a sentence of more dead opens: a pronoun or a number of its own, not "The two victims". */
const MORE_OPENING =
  /^\s*(?:He|She|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|A|An|Another|Several)\b/;
/**
 * "bringing the toll to nine", "raising to 12 the number of dead", "a total of six": what leads to a count
 * that gives a new total, not more dead beside the counted. "…, raising the toll." names no total: its dead
 * are more.
 */
const TOTAL_BEFORE_COUNT =
  /\b(?:(?:toll|total|number)\b[^.;]{0,40}?\b(?:to|at|of)|(?:bringing|raising|pushing|taking)\s+(?:it\s+)?to)\s+(?:about\s+|nearly\s+|at\s+least\s+)?$/i;

/** Whether a count of the sentence (as the language stage read it) is given as a new total. */
const givesNewTotal = (view: SentenceView, text: string): boolean =>
  view.quantities.some((q) => TOTAL_BEFORE_COUNT.test(text.slice(view.span[0], q.span[0])));

/**
 * "the attack", "this blast", "the coordinated attack": an English trigger that points back to an incident,
 * across up to two words that describe it. "The second blast", "the other attack", "the follow-on explosion"
 * tell another one.
 */
const EN_BACK =
  /\b(?:the|this|that|these|those)\s+(?:(?!(?:first|second|third|fourth|fifth|last|other|another|next|new|latest|earlier|previous|later|similar|follow-on|follow-up|secondary)\b)[a-z-]+\s+){0,2}$/i;
/** Characters before a trigger that `EN_BACK` may need: "these " and two words. */
const EN_BACK_REACH = 40;
/** "الانفجار", "والهجوم", "بالتفجير": an Arabic trigger noun in its definite form. */
const AR_DEFINITE = /^[وفب]?(?:ال|لل)/;

/**
 * "The attack killed five.", "Eight people died in the blast.": an incident told only by a definite
 * reference, with no place finer than a country and no day of its own, is the incident just told again.
 */
function refersBack(e: EventRecord, text: string): boolean {
  if (e.date !== null || (e.location !== null && e.location.precision !== 'country')) return false;
  return (e.event_type?.spans ?? []).some(
    ([from, to]) =>
      EN_BACK.test(text.slice(Math.max(0, from - EN_BACK_REACH), from)) ||
      AR_DEFINITE.test(text.slice(from, to)),
  );
}

/**
 * "A car bomb went off beside a bakery. Nine people died and fifteen more were hurt.": a sentence that
 * tells a toll and no incident of its own — none at all, or only "the attack" told again — gives it to
 * the incident just told, where that one has none; so does one that points back to the people an
 * abduction took ("Their bodies were found"), whatever else it tells. A whole war's dead and running
 * totals stay where they are. `actorNouns` finds who the toll counts in a sentence that tells no act.
 *
 * @example carryTolls(mentions, views, text, lexicons.actorNouns) // mentions[0].record.fatalities?.value === 9
 */
export function carryTolls(
  mentions: readonly EventMention[],
  views: readonly SentenceView[],
  text: string,
  actorNouns: PhraseMatcher,
): void {
  // Most articles tell no incident: no sentence of theirs has one to give a toll to, and none is read.
  if (mentions.length === 0) return;
  const sentenceOf = (m: EventMention) => {
    const at = m.record.evidence[0]?.[0] ?? -1;
    return views.findIndex((v) => v.span[0] <= at && at < v.span[1]);
  };
  // Pushed (see `packedMap`): a mapped list turned holey once this was optimised, and the filters below
  // were deoptimised pass after pass of a long run.
  const placed = packedMap(mentions, (m) => ({ m, at: sentenceOf(m), back: refersBack(m.record, text) }));
  for (const [i, view] of views.entries()) {
    const own = placed.filter((p) => p.at === i);
    // The sentence up to "adding that" when all its own acts are told after it: a toll of no act of its own,
    // so a cut sentence tells none of its acts in that part.
    const cut = tollBeforeAdded(view, text, own);
    const span: Span = cut === null ? view.span : [view.span[0], cut];
    const telling = cut === null ? own : [];
    // A sentence that tells "the attack" again gives its toll past other such retellings to the incident.
    const before = placed.filter((p) => p.at < i && i - p.at <= CARRY && !(own.length > 0 && p.back)).at(-1);
    // "One policeman died and two were hurt. The casualties came after a roadside bomb went off.": a toll told
    // before any incident, in a sentence of its own, is the toll of the incident the next sentence tells when
    // that sentence opens pointing back to them.
    const ahead =
      own.length === 0 && placed.every((p) => p.at > i) && opensOnThem(views[i + 1], text)
        ? placed.find((p) => p.at === i + 1)
        : undefined;
    const from = before ?? ahead;
    if (!from || takesNoToll(from.m.record.sub_event_type?.value)) continue;
    const target = from.m.record;
    const words = text.slice(span[0], span[1]);
    // "Their bodies were found", "Both were found dead": the dead of the incident, whatever the finding tells.
    const taken = before !== undefined && pointsToTheTaken(words);
    if (!taken && telling.some((p) => !p.back)) continue;
    // "23 journalists killed in the country's long war", "has taken more than 300000 lives since it began": a whole
    // war's dead, or a running total, are no incident's toll.
    if (view.triggers.some((t) => isWarReference(view, text, t))) continue;
    // Asked first whether the tag may be found at all: most sentences read here have had no cues found yet.
    if (mayHoldCue(view, 'total') && view.cues.some((c) => c.phrase.tag === 'total')) continue;
    // "Twelve fighters drowned when a flood swept their trucks away": deaths a disaster or an accident caused
    // are no toll of the fighting told before.
    if (mayHoldCue(view, 'accident') && view.cues.some((c) => c.phrase.tag === 'accident')) continue;
    // "Across Iraq, 35 people were killed": a country's tally is no toll of one town's incident.
    if (target.location?.precision !== 'country' && WIDE_AREA.test(words)) continue;
    const abduction = target.sub_event_type?.value === 'Abduction/forced disappearance';
    const theTaken = () =>
      deadOfTheTaken(view.span, views[from.at].quantities, text, abduction, views[from.at].span);
    // "The attack was in retaliation for a raid in which five members were killed": the dead of the act
    // answered are that act's, not the incident's.
    const answer = answeredSpan(words);
    const answering = (t: { spans: readonly (readonly [number, number])[] } | null) =>
      t !== null &&
      answer !== null &&
      t.spans[0][0] >= view.span[0] + answer[0] &&
      t.spans[0][0] < view.span[0] + answer[1];
    // «وقال التنظيم إنه أوقع 180 قتيلا»: a group's boast of the incident told before is no toll of it.
    const quantities = unclaimedTolls(view, withTollRoles(view.quantities, text)).filter(
      (q) => q.span[0] < span[1],
    );
    for (const [role, field] of [
      ['killed', 'fatalities'],
      ['injured', 'injuries'],
    ] as const) {
      const found =
        count(quantities, role, false, text) ??
        tollFromWords(text, span, role) ??
        (taken && role === 'killed' ? theTaken() : null);
      const told = answering(found) ? null : found;
      // «رثى المحافظ 1800 قتيل من أهالي المدينة»: thousands dead are a tally of many incidents (see `isNonEvent`),
      // no toll of the one told before.
      if (role === 'killed' && (told?.value ?? 0) >= TALLY_DEAD) continue;
      const had = target[field];
      // "None were hurt" after a blast is the blast's toll; after police fire on a crowd it may speak of
      // only part of the incident, so it stays unknown (the convention the dev annotations follow).
      if (told?.value === 0 && target.event_type?.value !== 'Explosions/Remote violence') continue;
      if (!told) continue;
      if (had === null) target[field] = told;
      // "His driver was also killed.", "Another officer was injured.", "One of the wounded later died.": more
      // victims of the same incident (a retelling's "also" is left to the merge of the retelling with its
      // incident).
      else if (
        telling.length === 0 &&
        told.value > 0 &&
        (ADDITION.test(words) || diedAfter(role, words, view, text))
      )
        target[field] = { ...had, value: had.value + told.value, spans: [...had.spans, ...told.spans] };
      else continue;
      if (target.actor2 === null && told.value > 0)
        target.actor2 = harmedSide(view, quantities, target, actorNouns);
      // The toll moves: a retelling kept apart from its incident must not count the victims twice, nor an act
      // told after "adding that" take it.
      for (const p of own) if (movedFrom(p.m.record[field], span)) p.m.record[field] = null;
      // The sentence that gave the toll tells the incident too.
      if (!target.evidence.some((s) => s[0] === view.span[0]))
        target.evidence = [...target.evidence, view.span].sort((a, b) => a[0] - b[0]);
    }
  }
}

/**
 * Where "adding that" starts in `view` when the sentence tells its own acts only after it and a toll before it
 * (see {@link ADDING_THAT}); null otherwise.
 */
function tollBeforeAdded(
  view: SentenceView,
  text: string,
  own: readonly { m: EventMention }[],
): number | null {
  if (own.length === 0) return null;
  const found = ADDING_THAT.exec(text.slice(view.span[0], view.span[1]));
  if (!found) return null;
  const cut = view.span[0] + found.index;
  const after = own.every((p) => (p.m.record.event_type?.spans[0]?.[0] ?? -1) > cut);
  return after && view.quantities.some((q) => q.span[0] < cut) ? cut : null;
}

/** A toll a sentence's own act held that lies in the part of the sentence that gave it away. */
const movedFrom = (toll: { spans: readonly Span[] } | null, span: Span): boolean =>
  toll !== null && (toll.spans.length === 0 || toll.spans[0][0] < span[1]);

/**
 * "The casualties occurred after …", "They were hit when …": a sentence that opens on a definite word points
 * back to the people just counted ("Twelve died of cholera. A bomb exploded …" tells two stories).
 */
const POINTS_BACK = /^\s*(?:The|This|These|Those|They|He|She|Their|His|Her)\b/;
const opensOnThem = (view: SentenceView | undefined, text: string): boolean =>
  view !== undefined && POINTS_BACK.test(text.slice(view.span[0], view.span[1]));

/** A sentence of the dead who died of their wounds after the incident, no new total of its dead. */
const diedAfter = (role: 'killed' | 'injured', words: string, view: SentenceView, text: string): boolean =>
  role === 'killed' && MORE_OPENING.test(words) && DIED_AFTER.test(words) && !givesNewTotal(view, text);

/**
 * "A bomb went off in the market. Nine civilians died.": the side of the victims a carried toll counts is
 * the harmed side of an incident that names none — unless it is the side that struck ("Militants stormed
 * the post. Five militants died.": their own losses).
 */
function harmedSide(
  view: SentenceView,
  quantities: Quantity[],
  target: EventRecord,
  actorNouns: PhraseMatcher,
): ActorRef | null {
  const code = target.location?.country ?? null;
  const frame: Frame = {
    // The toll's own reading of its counts names the victims, as it does in the incident's own sentence.
    view: viewWith(view, { quantities, actorNouns: actorNounsOf(view, actorNouns) }),
    family: 'violence',
    triggers: [],
    from: 0,
    to: view.tokens.length,
    background: false,
    backgroundSpan: null,
    anaphoric: false,
  };
  const [victim] = victimsOf(frame, actorCandidates(frame, code ? { code, name: countryName(code) } : null));
  return victim && victim.ref.name !== target.actor1?.name ? victim.ref : null;
}
