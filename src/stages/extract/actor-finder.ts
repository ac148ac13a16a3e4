import type { ActorRef, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Frame } from './frame-builder.js';
import { hitSpan, tokenAt, type SentenceView } from './sentence-view.js';

/** Which side of an incident a candidate can be on. */
export type ActorSide = 'civilian' | 'forces' | 'group' | 'protesters' | 'rioters';

export interface ActorCandidate {
  ref: ActorRef;
  side: ActorSide;
  /** Token index of its first word in the sentence. */
  at: number;
  country: string | null;
}

const GROUP_KINDS = new Set(['armed-group', 'party', 'group']);
/** "Gunmen", "armed men": the knowledge base's catch-all entity names no side (ACLED leaves actor1 empty). */
const UNNAMED = /^Unidentified\b/;
/** Cue words after which a nationality names a state's forces ("Turkish warplanes", "الطائرات التركية"). */
const FORCE_CUES = new Set(['air', 'army', 'police', 'shelling']);

/** Country names as they appear in actor names ("Military Forces of the United States"). */
function countryPhrase(name: string): string {
  return /^(?:United|Netherlands|Philippines|Czech|Gambia|Bahamas)\b/.test(name) ? `the ${name}` : name;
}

/**
 * The actors a frame's sentence offers: knowledge-base actors, nationalities that name a state's forces,
 * and common nouns (civilians, police, soldiers, protesters, mobs) named for the incident's country.
 *
 * @example actorCandidates(frame, 'Yemen').map((c) => c.ref.name) // ['Houthi Movement', 'Civilians']
 */
export function actorCandidates(
  frame: Frame,
  country: { code: string; name: string } | null,
): ActorCandidate[] {
  const view = frame.view;
  const out: ActorCandidate[] = [];
  for (const m of view.mentions) {
    const at = tokenAt(view, m.span[0]);
    if (at < frame.from || at >= frame.to) continue;
    if (m.kind === 'state-forces') out.push(fromMention(m, 'forces', at));
    else if (GROUP_KINDS.has(m.kind)) {
      if (!UNNAMED.test(m.name)) out.push(fromMention(m, m.name === 'Civilians' ? 'civilian' : 'group', at));
    } else if (m.kind === 'country' && m.via === 'demonym' && nextToForceCue(view, at)) {
      const police = nearCue(view, at, 'police');
      const name = `${police ? 'Police' : 'Military'} Forces of ${countryPhrase(m.name)}`;
      const id = `actor:forces:${(m.place?.country ?? '').toLowerCase()}:${police ? 'police' : 'military'}`;
      out.push({
        ref: { name, entity_id: id, spans: [m.span] },
        side: 'forces',
        at,
        country: m.place?.country ?? null,
      });
    }
  }
  for (const hit of view.actorNouns) {
    if (hit.start < frame.from || hit.start >= frame.to) continue;
    if (out.some((c) => overlaps(c.ref.spans[0], hitSpan(view, hit)))) continue;
    const own = demonymNear(view, hit.start, hit.end);
    const place = own ?? country;
    const template = hit.phrase.tag;
    if (template.includes('{country}') && !place) continue;
    const name = template.replace('{country}', place ? countryPhrase(place.name) : '');
    out.push({
      ref: { name, entity_id: null, spans: [hitSpan(view, hit)] },
      side: sideOf(template),
      at: hit.start,
      country: place?.code ?? null,
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

function fromMention(m: Mention, side: ActorSide, at: number): ActorCandidate {
  return {
    ref: { name: m.name, entity_id: m.entity_id, spans: [m.span] },
    side,
    at,
    country: m.actor?.country ?? null,
  };
}

function sideOf(template: string): ActorSide {
  if (template.startsWith('Civilians')) return 'civilian';
  if (template.startsWith('Protesters')) return 'protesters';
  if (template.startsWith('Rioters')) return 'rioters';
  return 'forces';
}

function nextToForceCue(view: SentenceView, at: number): boolean {
  return (
    view.cues.some((c) => FORCE_CUES.has(c.phrase.tag) && (c.end === at || c.start === at + 1)) ||
    view.triggers.some((t) => t.end === at || t.start === at + 1)
  );
}

function nearCue(view: SentenceView, at: number, tag: string): boolean {
  return view.cues.some((c) => c.phrase.tag === tag && Math.abs(c.start - at) <= 2);
}

/** A nationality right next to a common noun ("الشرطة التركية", "Iraqi police"). */
function demonymNear(view: SentenceView, start: number, end: number): { code: string; name: string } | null {
  for (const m of view.mentions) {
    if (m.kind !== 'country' || !m.place?.country) continue;
    const at = tokenAt(view, m.span[0]);
    if (at === end || at === end + 1 || at === start - 1) return { code: m.place.country, name: m.name };
  }
  return null;
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
