import type { EntityKind } from '../../core/records.js';
import { normalizeForMatching } from '../../core/text/normalize.js';
import type { KnowledgeBase, NameVia } from './kb-types.js';
import { admin1Of } from './mention-builder.js';
import { matchNames } from './mention-matcher.js';
import { isOrdinaryWord } from './sense-chooser.js';
import { rankSenses } from './sense-ranking.js';

/** One thing a name can mean, best first, with the reasons `marsad kb lookup` prints. */
export interface LookupResult {
  entity_id: string;
  kind: EntityKind;
  name_en: string;
  name_ar: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  via: NameVia;
  /** The knowledge-base spelling that matched. */
  written: string;
  /** Relative preference with no article context (higher is preferred). */
  value: number;
  why: string[];
}

/**
 * What a name resolves to with no article around it: every sense of the longest knowledge-base name found
 * at the start of `name`, ranked as the matcher would rank them, with the reasons.
 *
 * @example lookup(kb, 'طرابلس').map((r) => r.entity_id) // ['place:ly:tripoli', 'place:lb:tripoli', …]
 */
export function lookup(kb: KnowledgeBase, name: string): LookupResult[] {
  const view = normalizeForMatching(name);
  const [match] = matchNames(kb.trie, view, name, [[0, name.length]], (m) => m.senses);
  if (match === undefined || match.word !== 0) return [];
  const skipped = view.text.slice(0, match.view[0]).trim();
  return rankSenses(match.senses).map(({ sense, value }) => {
    const e = sense.entity;
    const why = [`"${sense.written}" is its ${sense.via} (${e.origin})`];
    if (skipped !== '') why.push(`"${skipped}" in front was read as a proclitic`);
    if (match.span[1] < name.trimEnd().length)
      why.push(`only "${name.slice(...match.span)}" is a known name`);
    if (e.population !== null) why.push(`population ${e.population.toLocaleString('en')}`);
    if (isOrdinaryWord(match.key)) why.push('also an ordinary word: in articles it needs a cue or context');
    return {
      entity_id: e.id,
      kind: e.kind,
      name_en: e.name_en,
      name_ar: e.name_ar,
      country: e.country,
      admin1: admin1Of(kb, e),
      lat: e.lat,
      lon: e.lon,
      via: sense.via,
      written: sense.written,
      value: Math.round(value * 100) / 100,
      why,
    };
  });
}
