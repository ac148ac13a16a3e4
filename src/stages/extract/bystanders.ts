/** Sides a sentence names only to describe a place: "a road the settlers use", "a district the Kurds live in". */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { inPlaceName, tokenAt } from './sentence-view.js';
import { civilianTarget } from './role-clues.js';
import { householdOnly } from './home-owners.js';

/**
 * A verb of using or dwelling with a pronoun of the place it qualifies ("طريق يستخدمه المستوطنون", "حي
 * يقطنه الأكراد"): its subject describes the place.
 */
const PLACE_USE =
  /^(?:[يت](?:ستخدم|سلك|قطن|سكن|رتاد)(?:ه|ها|هما)|يستخدمونه|يستخدمونها|يسلكونه|يسلكونها|يقطنونه|يقطنونها|يسكنونه|يسكنونها)$/;

/**
 * "بشبهة إلقاء الحجارة على طريق يستخدمه المستوطنون": the side right after a verb of using or dwelling in
 * a place is named for the place. It was not the one arrested (a strike on a road or bridge a side uses
 * may well be aimed at that side, so only an arrest leaves it out).
 *
 * @example placeUsers(frame, candidates).map((c) => c.ref.name) // ['Israeli Settlers']
 */
export function placeUsers(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  return candidates.filter((c) => PLACE_USE.test(frame.view.tokens[c.at - 1]?.norm ?? ''));
}

/** "an ISIL-held village", "DAESH-controlled areas": words after a side that make it the area's holder. */
const HELD = /^(?:held|controlled|occupied|dominated|run)$/;
/** Words before a side that make it a modifier of a noun phrase, not a clause's subject. */
const NOUN_PHRASE_LEAD = /^(?:a|an|the|in|into|on|of|from|to|at|near|across|inside|and)$/;
/**
 * "the northern IS-held town", "several rebel-held villages": words of where or how many that may stand
 * between the lead of a noun phrase and its holder.
 */
const AREA_ADJECTIVE =
  /^(?:(?:north|south|east|west|(?:north|south)-?(?:east|west))ern|central|nearby|neighbou?ring|remote|besieged|several|other|many)$/;
/** How many such words may stand there ("the remote northern IS-held village"). */
const AREA_ADJECTIVE_REACH = 2;
/** Words after "held" that make it a verb with its object ("the Houthis held the airport"). */
const HELD_OBJECT = /^(?:the|a|an|its|their|his|her|it|them|on|onto|out|back|until|for)$/;

/**
 * Sides named only as the holder of a place ("civilians in DAESH-held areas"): they describe where the
 * incident fell, and are neither its perpetrator nor its target.
 *
 * @example areaHolders(frame, candidates)[0]?.ref.name // 'Islamic State' for "an ISIL-held village"
 */
export function areaHolders(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const norm = (i: number) => frame.view.tokens[i]?.norm ?? '';
  let civiliansHarmed: boolean | undefined;
  const harmsCivilians = () =>
    (civiliansHarmed ??= candidates.some((c) => c.side === 'civilian') || civilianTarget(frame) !== null);
  return candidates.filter((c) => {
    const after = tokenAt(frame.view, c.ref.spans[0][1]);
    // "the blasts hit regime-held Tartous": a named place right after "held" is the place the side holds,
    // whatever word (a verb here) leads the phrase.
    const held =
      HELD.test(norm(after)) &&
      (NOUN_PHRASE_LEAD.test(norm(leadBefore(norm, c.at))) || heldPlaceNamed(frame, after + 1)) &&
      !HELD_OBJECT.test(norm(after + 1));
    return (
      held ||
      (c.side === 'group' && strongholdOwner(norm, after) && harmsCivilians()) ||
      householdOnly(frame, candidates, c, after)
    );
  });
}

/** Whether the token at `k` opens the name of a place the sentence mentions ("… -held Tartous"). */
function heldPlaceNamed(frame: Frame, k: number): boolean {
  return k < frame.view.tokens.length && inPlaceName(frame.view, k);
}

/** The token before the side at `at` and the words of {@link AREA_ADJECTIVE} before it: the phrase's lead. */
function leadBefore(norm: (i: number) => string, at: number): number {
  let lead = at - 1;
  while (at - 1 - lead < AREA_ADJECTIVE_REACH && AREA_ADJECTIVE.test(norm(lead))) lead--;
  return lead;
}

/**
 * Words between a side and the stronghold it owns: "the Islamic State group's de facto capital" (a name's
 * possessive ending stays on its last word: "group's", "Taliban's").
 */
const OWNER_TO_STRONGHOLD =
  /^(?:\S*(?:'s|’s)|'|’|s|group|groups|de|facto|self|-|declared|styled|main|last|remaining|key|former)$/;
/**
 * A town or area named as a side's own ground. Plural "strongholds" are its positions, where the blow fell
 * on the side itself (site-owners.ts).
 */
const STRONGHOLD = /^(?:stronghold|bastion|capital|heartland|enclave)$/;
/** How many words may stand between the side and its stronghold. */
const OWNER_REACH = 5;

/**
 * "jets bombed the Front's stronghold of Zarin, killing nine farmers", "shelling of the Daesh
 * bastion of Manbij hit a market": where the blow harmed civilians, an armed group named as the owner of a
 * stronghold tells whose ground the place is, as "IS-held" does. Where it harmed no civilians the group may
 * well be the target; a state's stronghold is most often the post attacked.
 */
function strongholdOwner(norm: (i: number) => string, after: number): boolean {
  for (let i = after; i < after + OWNER_REACH; i++) {
    if (STRONGHOLD.test(norm(i))) return true;
    if (!OWNER_TO_STRONGHOLD.test(norm(i))) return false;
  }
  return false;
}
