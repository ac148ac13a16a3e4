import { packedMap } from '../../core/packed-map.js';
import type { Document, EventRecord } from '../../core/records.js';
import type { Stage } from '../../core/stage.js';
import { continueAirStrike, continueAirWarKilling } from './air-strike-continued.js';
import { buildEvents, type BuildContext, type EventMention } from './event-builder.js';
import { buildFrames, type Frame } from './frame-builder.js';
import { carryBomber, carryClaim, carryDay, carryPlace } from './follow-up-carrier.js';
import { carryNamedClaim } from './named-claim.js';
import { carryNamedDoer } from './named-doer.js';
import { fireSetBack } from './fire-set-back.js';
import { attackToldBack, pluralToldBack } from './attack-told-back.js';
import { chamberProtest } from './chamber-protest.js';
import { isCrimeStory, isNonEvent, keepInCrimeStory, retracts } from './non-event-filter.js';
import { runsSince } from './running-acts.js';
import { isReview, keepInReview } from './review-story.js';
import { loadLexicon } from './lexicon-loader.js';
import { shippedLexicon } from './lexicon-cache.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { carryTown, foldArea, foldRetelling, oneCountry, oneTown } from './place-memory.js';
import { articleFacts, withSentenceBefore, type ArticleFacts } from './article-facts.js';
import { siteToldBack } from './site-told-back.js';
import { isRiotStory, retypeAsRiot } from './riot-context.js';
import { carrySides } from './side-carrier.js';
import { harmedPeople } from './implied-side.js';
import { judgedAct, praisedAct } from './evaluated-act.js';
import { loneVictim } from './lone-victim.js';
import { carryTolls } from './toll-carry.js';
import { retypePlanted } from './planted-then-found.js';
import { briefIncident } from './brief-incident.js';
import { buildSentenceViews, type EventLexicons } from './sentence-view.js';
import { opensLinkList } from './related-links.js';

/**
 * Loads the trigger, cue and actor-noun lexicons shipped in data/lexicons (expanded at build time when the
 * build's file is fresh, see lexicon-cache.ts), or those of `dir`.
 */
export function loadEventLexicons(dir?: URL): EventLexicons {
  const lexicon = (name: string) => (dir ? loadLexicon(name, dir) : shippedLexicon(name));
  return {
    triggers: new PhraseMatcher(lexicon('events-triggers.tsv')),
    cues: new PhraseMatcher(lexicon('events-cues.tsv')),
    actorNouns: new PhraseMatcher(lexicon('events-actor-nouns.tsv')),
  };
}

/**
 * The extract stage: finds event mentions sentence by sentence (triggers, their frames, type, actors,
 * place, date, tolls) and writes them to `doc.events`, one record per mention; resolve merges them.
 *
 * @example
 * const stage = createExtractStage();
 * stage.run(doc, { referenceDate: null }); // doc.events = [{ sub_event_type: { value: 'Attack', … }, … }]
 */
export function createExtractStage(lexicons: EventLexicons = loadEventLexicons()): Stage {
  return {
    name: 'extract',
    reads: [
      'text',
      'sentences',
      'tokens',
      'mentions',
      'times',
      'quantities',
      'language',
      'published',
      'genre',
      'normalized',
    ],
    writes: ['events'],
    run(doc) {
      // Pushed (see `packedMap`): the resolve stage reads the events with one layout.
      doc.events = packedMap(extractEvents(doc, lexicons), (m) => m.record);
    },
  };
}

/** Sentences telling no event that may stand between an incident and the injured told after it. */
const TOLL_CARRY = 1;
/**
 * Sentences with no incident after the last one told across which a group that names itself still claims
 * it: officials' versions often stand between the incident and "but the Taliban claimed the operation".
 */
const CLAIM_CARRY = 3;
/** How many sentences back "these were only rumours" reaches: a paragraph of hearsay. */
const RETRACT_REACH = 6;

/** Event mentions of a document, in text order, without the unsupported weak ones. */
export function extractEvents(doc: Document, lexicons: EventLexicons): EventMention[] {
  const text = doc.text ?? '';
  const groups = new Set(
    (doc.mentions ?? []).filter((m) => m.kind === 'armed-group').map((m) => m.entity_id),
  );
  const out: EventMention[] = [];
  const views = buildSentenceViews(doc, lexicons);
  const riotStory = isRiotStory(views);
  // Read when the first frame is built (see `articleFacts`), and only then.
  let facts: ArticleFacts | undefined;
  const article = () => (facts ??= articleFacts(doc, views));
  // The events of the last sentence that told any, and how many sentences told none since.
  let previous: EventMention[] = [];
  let since = 0;
  // The weak mentions the sentence before could not support, with their frames: a definite reference in
  // the next sentence ("… planted a device outside a bank. The explosion broke its windows.") confirms them.
  let waiting: [EventMention, Frame][] = [];
  // Every weak mention no sentence supported: a brief that tells nothing else may place its first (see below).
  const unplaced: [EventMention, Frame][] = [];
  const toldIn = new Map<EventMention, number>();
  /** Gives a kept mention the sides an earlier record carries over, and the harmed people as its target. */
  const fillSides = (m: EventMention, frame: Frame, earlier: EventRecord[]) => {
    carrySides(earlier, m.record, frame);
    // People counted among the harmed are civilians only when neither the clause nor the story names a target.
    // So is one person the clause names by no side's word ("shot dead a local journalist").
    m.record.actor2 ??= (harmedPeople(frame) ?? loneVictim(frame, text))?.ref ?? null;
  };
  views.forEach((view, at) => {
    if (opensLinkList(text, view.span[0])) return;
    if (retracts(view, text)) {
      const kept = out.filter((m) => toldIn.get(m)! < at - RETRACT_REACH);
      out.splice(0, out.length, ...kept);
      [previous, since] = [[], TOLL_CARRY + 1];
      return;
    }
    const frames = buildFrames(view, text);
    // Neither list changes while this sentence is read: the sentence's own events join them after it.
    // Pushed (see `packedMap`), so their readers meet one layout. Copied only for the readers this sentence
    // has: the carriers read the events before only a few sentences on, the sides only a sentence with frames.
    const before = since <= CLAIM_CARRY ? packedMap(previous, (m) => m.record) : [];
    const earlier = frames.length > 0 ? packedMap(out, (m) => m.record) : [];
    if (frames.length === 0 && since <= TOLL_CARRY) carryPlace(before, view, text);
    const told: EventMention[] = [];
    const unsupported: [EventMention, Frame][] = [];
    let refersBack = false;
    // What the sentence before tells serves only this sentence's frames.
    const townBefore = frames.length > 0 ? oneTown(since <= TOLL_CARRY ? before : [], views[at - 1]) : null;
    const countryBefore = frames.length > 0 ? oneCountry(since <= TOLL_CARRY ? before : []) : null;
    // One context for the sentence's frames, made when the first of them is built: copying the article's
    // facts for every frame cost more than the rest of the loop around the builder.
    let context: BuildContext | undefined;
    const sentenceContext = () => (context ??= withSentenceBefore(article(), townBefore, countryBefore));
    let folded = false;
    for (const frame of frames) {
      // Commentary on an act, judged or praised, is looked for only in a frame the filter kept.
      const dropped =
        isNonEvent(frame, text) ||
        judgedAct(frame) ||
        praisedAct(frame) ||
        runsSince(frame, text) ||
        chamberProtest(frame, text);
      if (dropped) continue;
      for (const m of buildEvents(frame, sentenceContext())) {
        // "A blaze gutted a shop in Wadi Sarim. Police say the fire had been started …": placed by the sentence before.
        // "Masked men sprayed a clinic in Tell Haroun with bullets. The attack …": placed there too.
        const toldBefore = m.unsupported
          ? (fireSetBack(frame, views[at - 1]) ?? attackToldBack(frame, views, at))
          : null;
        // The incidents of the sentence before are what "the attacks" of this one point back at.
        const toldBack = m.unsupported && since === 0 && before.length > 0 && pluralToldBack(frame, m.record);
        if (toldBefore) m.record.location = toldBefore;
        else if (m.unsupported && !toldBack) {
          unsupported.push([m, frame]);
          continue;
        }
        refersBack ||= frame.anaphoric;
        foldArea(m.record, article().areaTowns);
        siteToldBack(m.record, frame, views, at, text);
        if (riotStory && since <= TOLL_CARRY && carryTown(m.record, view, before, text)) {
          // "… stabbed in jambusar. miscreants stabbed two persons": the same day's incident, told again.
          if (foldRetelling(before.at(-1)!, m.record)) {
            folded = true;
            continue;
          }
        }
        if (since === 0) {
          continueAirStrike(before, m.record, frame);
          continueAirWarKilling(before, m.record, frame);
        }
        fillSides(m, frame, earlier);
        if (riotStory) retypeAsRiot(m.record, frame);
        told.push(m);
      }
    }
    if (since === 0 && at > 0) retypePlanted(before, told, view, text, views[at - 1].span);
    if (refersBack)
      for (const [m, frame] of waiting) {
        foldArea(m.record, article().areaTowns);
        fillSides(m, frame, earlier);
        out.push(m);
        toldIn.set(m, at - 1);
      }
    waiting = told.length === 0 ? unsupported : [];
    unplaced.push(...unsupported);
    out.push(...told);
    for (const m of told) toldIn.set(m, at);
    if (told.length === 0) {
      if (since <= TOLL_CARRY) {
        carryBomber(before, view, text);
        carryDay(before, unsupported, view, text);
      }
      const claimed = since <= TOLL_CARRY && carryClaim(before, view, text, groups);
      if (
        !claimed &&
        since <= CLAIM_CARRY &&
        !carryNamedClaim(
          before,
          view,
          text,
          packedMap(out, (m) => m.record),
        )
      )
        carryNamedDoer(before, view);
    }
    if (told.length > 0) [previous, since] = [told, 0];
    else if (folded) since = 0;
    else since++;
  });
  const brief =
    out.length === 0 && unplaced.length > 0
      ? briefIncident(unplaced, views, article().chronologyLead !== null)
      : null;
  if (brief) out.push(brief);
  carryTolls(out, views, text, lexicons.actorNouns);
  // An article that told no event has nothing to sift: its kind is not read.
  if (out.length === 0) return out;
  const keep = isCrimeStory(views, text)
    ? keepInCrimeStory
    : isReview(views, doc.normalized?.text)
      ? keepInReview
      : null;
  return keep ? out.filter((m) => keep(m.record)) : out;
}
