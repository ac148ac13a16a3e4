/**
 * "Insurgents killed six police officers", "the post was stormed by gunmen": armed men the text names by no
 * side are still the side that struck, which ACLED names "Unidentified Armed Group (Country)". The roles
 * leave such a side out, so that it never stands in for a side the sentence or the story names; this reads
 * it back only for an incident that no other side came to be the perpetrator of (see `extractEvents`).
 */
import type { ActorRef } from '../../core/records.js';
import { UNNAMED, type ActorCandidate } from './actor-finder.js';
import { assignRoles } from './actor-roles.js';
import type { Frame } from './frame-builder.js';
import { afterAgent, tokenAt } from './sentence-view.js';
import { harmedAt, perpetratorPlace } from './side-carrier.js';
import { PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import { SIDELESS_PERPETRATORS } from './armed-nouns.js';
import type { Span } from '../../core/span.js';

/** Words that make people of no side the unknown armed men of an act: "unidentified individuals". */
const UNKNOWN = /^(?:unidentified|unknown|masked|hooded)$/;
const PERSONS = /^(?:individuals|individual|persons|person|men|man|people)$/;
/**
 * "the terrorist group", "a terrorist organisation": one group told by what it does, most often named before;
 * "terrorist groups" are any.
 */
const GROUP_NOUN = /^(?:group|organization|organisation|outfit|network)$/;

/**
 * The families of acts armed men commit by force: violence, abduction, sexual violence, burning and looting.
 * Crowds, arrests, accords and ground changing hands have sides of their own kinds.
 */
const FORCIBLE = new Set(['violence', 'abduction', 'sexual', 'looting']);

/** ACLED's name for armed men of no named side, by the country they struck in. */
export const unnamedGroup = (country: string | null): string =>
  country ? `Unidentified Armed Group (${country})` : 'Unidentified Armed Group';

/**
 * The unnamed armed men of the frame that its roles, read again with them offered as a group, make the
 * perpetrator, named for the country `namedFor` (that of the frame's sides, by default). Null when the roles give the act to no one, to
 * another side, or when the frame is no act of violence.
 *
 * @example unnamedDoer(frame, candidates, { code: 'AF', name: 'Afghanistan' })?.name
 * // 'Unidentified Armed Group (Afghanistan)'
 */
export function unnamedDoer(
  frame: Frame,
  candidates: readonly ActorCandidate[],
  country: { code: string; name: string } | null,
  namedFor: string | null = country?.name ?? null,
): ActorRef | null {
  if (!FORCIBLE.has(frame.family)) return null;
  const name = unnamedGroup(namedFor);
  const { tokens, mentions } = frame.view;
  const unnamed: ActorCandidate[] = [];
  const add = (span: Span, at: number) =>
    unnamed.push({ ref: { name, entity_id: null, spans: [span] }, side: 'group', at, country: null });
  for (const m of mentions) {
    const at = tokenAt(frame.view, m.span[0]);
    if (at >= frame.from && at < frame.to && UNNAMED.test(m.name)) add(m.span, at);
  }
  // "the attackers", "terrorists", "unidentified individuals": words the knowledge base keeps no entry for.
  for (let at = frame.from; at < frame.to; at++) {
    const word = tokens[at].norm;
    const unknown = at > frame.from && UNKNOWN.test(tokens[at - 1].norm) && PERSONS.test(word);
    if (!unknown && !SIDELESS_PERPETRATORS.has(word)) continue;
    const span: Span = [tokens[unknown ? at - 1 : at].span[0], tokens[at].span[1]];
    if (!mentions.some((m) => m.span[0] < span[1] && span[0] < m.span[1])) add(span, unknown ? at - 1 : at);
  }
  if (unnamed.length === 0) return null;
  const offered = [...candidates, ...unnamed].sort((a, b) => a.at - b.at);
  const doer = assignRoles(frame, offered, country).actor1;
  return doer && unnamed.includes(doer) && struck(frame, doer) ? doer.ref : null;
}

/**
 * The roles, made for named sides, give an act whose sentence names no other side to the one group offered:
 * these words are the doer only where a doer stands ("by gunmen", "gunmen opened fire"), not where the
 * harmed do ("three terrorists were killed", "positions of the terrorists were destroyed"), and not as a
 * name for a group the story has told ("the terrorist group has killed hundreds").
 */
function struck(frame: Frame, doer: ActorCandidate): boolean {
  const { view } = frame;
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  if (afterAgent(view, doer.at)) return true;
  const [start, end] = doer.ref.spans[0];
  // "34 terrorists killed in clashes": a headline's passive has no auxiliary, but its count tells the harmed.
  if (GROUP_NOUN.test(word(tokenAt(view, end - 1) + 1)) || harmedAt(view.quantities, start)) return false;
  const act = frame.triggers[0].start;
  // "Gunmen fired": a phrase of the lexicon may open with its doer.
  if (doer.at === act) return true;
  const passive = PASSIVE_AUXILIARY.has(word(act - 1)) || PASSIVE_AUXILIARY.has(word(act - 2));
  return perpetratorPlace(frame)(doer.at) && !(doer.at < act && passive);
}
