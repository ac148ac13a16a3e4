/**
 * Who marched or rioted, where the knowledge base names no side for them: the people an Arabic protest verb
 * is told of, and marchers who turned to burning and stone-throwing, named as rioters.
 */
import { actorRef } from '../../core/record-refs.js';
import { renamed, sentenceWide, type ActorCandidate } from './actor-finder.js';
import type { Roles } from './actor-roles.js';
import type { Frame } from './frame-builder.js';
import { ARABIC_WORD } from './arabic-particles.js';
import { isInterlocutor } from './interlocutor.js';
import { sentToIncident } from './sent-responders.js';

/** Words of number between a protest verb and the people it names ("تظاهر آلاف الطلاب"). */
const HOW_MANY = /^(?:الاف|الالاف|ميات|الميات|عشرات|العشرات|عدد|من|حشود|جموع)$/;
/** A word in Arabic script. */
/** An Arabic word with the article, joined or not («ال», «وال»): a noun, no verb. */
const DEFINITE = /^[وفب]?ال/;
/** The bare article: the definite noun that names who protested. */
const ARTICLE = /^ال/;

/**
 * "اعتصم عشرات المواطنين", "تظاهر آلاف الإسرائيليين", "خرج الطلاب": the definite noun right after an
 * Arabic protest verb (past its number words) is who protested.
 *
 * @example protestSubject(frame, { code: 'IQ', name: 'Iraq' })?.ref.name // 'Protesters (Iraq)'
 */
export function protestSubject(
  frame: Frame,
  country: { code: string; name: string } | null,
): ActorCandidate | null {
  const view = frame.view;
  const verb = frame.triggers[0];
  const first = view.tokens[verb.start].norm;
  if (verb.phrase.pos !== 'verb' || !ARABIC_WORD.test(first) || DEFINITE.test(first)) return null;
  let at = verb.end;
  while (at < frame.to - 1 && HOW_MANY.test(view.tokens[at].norm)) at++;
  const word = view.tokens[at];
  const inside = (s: readonly [number, number]) => s[0] <= word.span[0] && word.span[0] < s[1];
  if (
    !word ||
    at >= frame.to ||
    !ARTICLE.test(word.norm) ||
    view.times.some((t) => inside(t.span)) ||
    view.mentions.some((m) => m.place && m.via !== 'demonym' && inside(m.span))
  )
    return null;
  return {
    ref: {
      name: country ? `Protesters (${country.name})` : 'Protesters',
      entity_id: null,
      spans: [word.span],
    },
    side: 'protesters',
    at,
    country: country?.code ?? null,
    site: false,
  };
}

/**
 * Protesters who burn and throw stones are rioters.
 *
 * @example asRioters(protesters, { code: 'IN', name: 'India' })?.ref.name // 'Rioters (India)'
 */
export function asRioters(
  c: ActorCandidate | null,
  country: { code: string; name: string } | null,
): ActorCandidate | null {
  if (!c) return null;
  const name = country ? `Rioters (${country.name})` : 'Rioters';
  return renamed(c, actorRef(name, c.ref.entity_id, c.ref.spans, c.ref.basis), c.at, c.country, 'rioters');
}

/**
 * "police fired tear gas to disperse the marchers": the force that broke up a protest, its second side as ACLED
 * codes it; not police who only told of the protest or were sent to it.
 *
 * @example interveningForce(frame, candidates)?.ref.name // 'Police Forces of Iraq'
 */
export function interveningForce(frame: Frame, candidates: readonly ActorCandidate[]): ActorCandidate | null {
  return (
    candidates.find(
      (c) => c.side === 'forces' && !isInterlocutor(frame.view, c) && !sentToIncident(frame, c),
    ) ?? null
  );
}

/**
 * The sides of a protest the police broke up: the crowd first, the force second. "Police arrested 40
 * protesters at the sit-in" tells an arrest whose doer is the force and whose catch is the crowd, and the
 * sit-in's own clause names no force: it is the one the sentence tells intervening, as for tear gas fired.
 *
 * @example interventionSides(frame, roles, candidates, country); roles.actor2?.ref.name // 'Police Forces of Iraq'
 */
export function interventionSides(
  frame: Frame,
  roles: Roles,
  candidates: readonly ActorCandidate[],
  country: { code: string; name: string } | null,
): void {
  if (frame.family === 'arrest' && roles.actor1?.side === 'forces')
    [roles.actor1, roles.actor2] = [candidates.find((c) => c.side === 'protesters') ?? null, roles.actor1];
  roles.actor2 ??=
    interveningForce(frame, candidates) ?? interveningForce(frame, sentenceWide(frame, country));
}

/**
 * "Protesters clashed with police", "police clashed with protesters": a crowd that fights is rioters, and
 * they are the first side of the violent demonstration whichever the sentence names first; the force they
 * fought is the second.
 *
 * @example demonstrationSides(frame, roles, candidates, country); roles.actor1?.ref.name // 'Rioters (Nigeria)'
 */
export function demonstrationSides(
  frame: Frame,
  roles: Roles,
  candidates: readonly ActorCandidate[],
  country: { code: string; name: string } | null,
): void {
  if (roles.actor1 && roles.actor1.side !== 'forces') return;
  const crowd =
    candidates.find((c) => c.side === 'rioters') ??
    asRioters(
      candidates.find((c) => c.side === 'protesters') ??
        sentenceWide(frame, country).find((c) => c.side === 'protesters') ??
        null,
      country,
    );
  if (!crowd) return;
  const fought = roles.actor1 ?? roles.actor2;
  roles.actor2 = fought?.side === 'protesters' || fought?.side === 'rioters' ? null : fought;
  roles.actor1 = crowd;
}
