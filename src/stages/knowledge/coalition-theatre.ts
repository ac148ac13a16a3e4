// "طائرات التحالف قصفت مواقع داعش قرب الموصل": news names the air war's coalition by the common words
// "coalition aircraft", "coalition forces" (طيران/طائرات/قوات التحالف), and which coalition they mean hangs on
// the war the article tells: the Saudi-led one's in Yemen, the US-led one's in Iraq and Syria. The knowledge
// base lists such words under one of them; the places the article names say which it is.
import { COALITIONS_AT_WAR, isCoalitionAtWar } from '../../core/coalitions-at-war.js';
import type { Mention } from '../../core/records.js';
import type { KnowledgeBase } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';

/** Common words for the coalition at war, which name neither by itself (with a clitic before them). */
const COMMON_WORDS =
  /^(?:[وفبل]?(?:طيران|طائرات|قوات|مقاتلات)\s+(?:ال|لل)تحالف|[Cc]oalition\s+(?:forces|aircraft|jets|warplanes|planes|troops))$/;

/**
 * Gives the coalition named by common words the coalition whose war the article's places lie in, when they
 * lie in one coalition's theatre only; other mentions are kept as they are.
 *
 * @example withCoalitionOfTheatre(kb, 'طائرات التحالف قصفت مواقع قرب الموصل', mentions) // US-led there
 */
export function withCoalitionOfTheatre(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => isCoalitionAtWar(m.entity_id))) return mentions;
  const theatres = new Set<string>();
  for (const m of mentions) {
    const country = m.place?.country;
    if (!country) continue;
    for (const coalition of COALITIONS_AT_WAR)
      if (coalition.countries.includes(country)) theatres.add(coalition.id);
  }
  if (theatres.size !== 1) return mentions;
  const [theatre] = theatres;
  const coalition = kb.entities.get(theatre);
  if (coalition === undefined) return mentions;
  return mentions.map((m) =>
    isCoalitionAtWar(m.entity_id) && m.entity_id !== theatre && COMMON_WORDS.test(text.slice(...m.span))
      ? placeFromWords(kb, text, m.span, coalition, m.score)
      : m,
  );
}
