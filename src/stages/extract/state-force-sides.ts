/**
 * A state's forces among an incident's sides where the text names only the state: its nationality beside a
 * force word or paired with one, its name before a weapon it struck with from afar, or a leader of it whose
 * fighters are told ("forces loyal to the president"). `actorCandidates` offers what these give.
 */
import { countryName, countryPhrase } from '../../core/country-names.js';
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { ActorCandidate } from './actor-finder.js';
import { forcesId } from '../../core/forces-id.js';
import { isNationality, nextToForceCue } from './force-nationality.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/** The military (or police) of the country `m` names, told by the words at `span` from token `at`. */
export function stateForces(m: Mention, span: Span, at: number, police: boolean): ActorCandidate {
  return {
    ref: {
      name: `${police ? 'Police' : 'Military'} Forces of ${countryPhrase(m.name)}`,
      entity_id: forcesId(m.place?.country ?? '', police),
      spans: [span],
    },
    side: 'forces',
    at,
    country: m.place?.country ?? null,
    site: false,
  };
}

/**
 * The side of the leader `m` names, from its force word at token `from` to the name (or from the name to the
 * force noun his possessive owns, ending at `end`): the military of the
 * state he heads, else the force or group the base files him under ("fighters loyal to" a warlord).
 */
export function loyalForces(view: SentenceView, m: Mention, from: number, end = m.span[1]): ActorCandidate {
  const parent = m.actor!.parent_id!;
  const span: Span = [view.tokens[from].span[0], end];
  if (!parent.startsWith('country:')) {
    const side = parent.startsWith('actor:forces:') ? 'forces' : 'group';
    const ref = { name: m.actor!.parent_name!, entity_id: parent, spans: [span] };
    return { ref, side, at: from, country: m.actor!.country, site: false };
  }
  const code = parent.slice('country:'.length);
  return {
    ref: {
      name: `Military Forces of ${countryPhrase(countryName(code))}`,
      entity_id: forcesId(code, false),
      spans: [span],
    },
    side: 'forces',
    at: from,
    country: code,
    site: false,
  };
}

/** Words that pair two nationalities of one force noun ("Syrian or Russian warplanes"). */
const PAIRING = /^(?:or|and|او|و)$/;

/**
 * "Syrian or Russian warplanes", "الطائرات السورية أو الروسية": a nationality paired with one that names a
 * force (or with a force the knowledge base names, "Russian warplanes") names that force too, so the text's
 * rival or joint perpetrators are both seen.
 */
export function pairedNationality(view: SentenceView, at: number): boolean {
  const pairedAt = (other: number, link: number) =>
    PAIRING.test(view.tokens[link]?.norm ?? '') &&
    view.mentions.some(
      (m) =>
        tokenAt(view, m.span[0]) === other &&
        (m.kind === 'state-forces' ||
          (m.kind === 'country' && isNationality(view, m, other) && nextToForceCue(view, other))),
    );
  return pairedAt(at + 2, at + 1) || pairedAt(at - 2, at - 1);
}

/** Weapons a state strikes from afar with: "US air strikes", "US raids", "Turkey shelling". */
const STATE_WEAPON = new Set(['Air/drone strike', 'Shelling/artillery/missile attack', '@strike']);

/**
 * "US air strikes on the stronghold": an English country name right before a weapon is the state whose
 * forces used it, unless it is the incident's own country ("Yemen air strikes" may tell only where).
 */
export function foreignStrikes(
  view: SentenceView,
  m: Mention,
  country: { code: string; name: string } | null,
): boolean {
  const next = tokenAt(view, m.span[1]);
  return (
    country !== null &&
    m.place?.country !== country.code &&
    /^[a-z]/i.test(view.tokens[next - 1]?.norm ?? '') &&
    view.triggers.some((t) => t.start === next && STATE_WEAPON.has(t.phrase.tag))
  );
}
