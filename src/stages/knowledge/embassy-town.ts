import { chronologyCountry } from '../../core/chronology-entry.js';
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';
import { capitalsOf } from './capital-town.js';
import { capitalsAt } from './former-capitals.js';
import { allMatches } from '../../core/text/all-matches.js';

/** "embassy", "embassies", "ambassador": the English words of a country's envoy, as a regex alternation. */
const ENVOY = String.raw`embass(?:y|ies)|ambassadors?`;
/** «السفارة», «سفارات», «بالسفارة»: the Arabic word for an embassy, with its clitics and article. */
const ARABIC_EMBASSY = '(?<![\\u0600-\\u06ff])[وفبلك]{0,2}(?:ال)?سفار(?:ة|ه|ات)(?![\\u0600-\\u06ff])';
/**
 * "the French Embassy", "foreign embassies", "the residence of the Dutch ambassador", «السفارة»: the word, in
 * English or Arabic. An ambassador lives and works where the embassy stands.
 */
const EMBASSY = new RegExp(String.raw`\b(?:${ENVOY})\b|${ARABIC_EMBASSY}`, 'gi');
/**
 * "the embassy in Nicosia", "the ambassador in Lima", "the consulate in Izmir", «السفارة في»: a country's
 * mission.
 */
const MISSION = new RegExp(String.raw`\b(?:${ENVOY}|consulates?(?:\s+general)?)\b|${ARABIC_EMBASSY}`, 'gi');
/** "the embassy in Nicosia", "its embassy at Kabul": a town named right after, which the base may not know. */
const TOWN_AFTER = /^\s+(?:in|at)\s+(?:the\s+)?(?=\p{Lu})/u;
/**
 * «السفارة النرويجية في وادي الشتاء»: a place after «في» (behind at most one adjective) right after the
 * Arabic word; the match ends where its name opens. It is a town the base may not know, unless a country's
 * mention opens there («في الأردن»).
 */
const ARABIC_PLACE_AFTER = /^\s+(?:[\u0600-\u06ff]+\s+)?(?:في|ب)\s*(?=[\u0600-\u06ff])/;

/**
 * "the Embassy of Italy", "the US and British embassies", "Chile's ambassador": a country named as an embassy's
 * or an ambassador's owner ("the ambassador to Chile" names the host). The Arabic owner («سفارة الأردن») is
 * told by the knowledge stage's owner cues, which keep it from being a country.
 */
const OWNER_BEFORE = new RegExp(String.raw`\b(?:${ENVOY})\s+of\s+(?:the\s+)?$`, 'i');
const OWNER_AFTER = new RegExp(String.raw`^(?:['’]s)?(?:\s+and\s+\S+)?\s+(?:${ENVOY})\b`, 'i');
/** Characters either side of a country's name searched for "embassy of" or "… embassy". */
const OWNER_REACH = 24;
/** Characters after "embassy" searched for "in <Town>". */
const TOWN_REACH = 40;
/** The confidence (0.05 to 1) of a town inferred from an embassy, never named: a guess. */
const EMBASSY_SCORE = 0.5;

/** A country named as an embassy's owner, which says whose it is, not where it stands. */
function ownsEmbassy(text: string, m: Mention): boolean {
  const [start, end] = m.span;
  return (
    OWNER_BEFORE.test(text.slice(Math.max(0, start - OWNER_REACH), start)) ||
    OWNER_AFTER.test(text.slice(end, end + OWNER_REACH))
  );
}

/**
 * "LEBANON. Someone hurled a grenade over the U.S. embassy wall": foreign embassies stand in the city their host keeps
 * them in (`data/embassy-towns.tsv`), so in an article that names one country as such (not as an owner or a
 * nationality), or a chronology's entry filed under one whatever others it names, and no town, district or
 * site at all, nor a region of that country, the first embassy or ambassador it names places its incident in
 * that city — unless it tells a mission in a town right after ("the consulate in Santa Cruz"), one the base
 * lacks. The mention's span is the word "embassy" or "ambassador"; the mentions come back in text order.
 *
 * @example withEmbassyTown(kb, 'LEBANON.  A bomb hit the French Embassy.', mentions).at(-1)?.name === 'Beirut'
 */
export function withEmbassyTown(
  kb: KnowledgeBase,
  text: string,
  mentions: Mention[],
  published?: string | null,
): Mention[] {
  if (!kb.embassyTowns || kb.embassyTowns.size === 0) return mentions;
  // Any town named places the incident by itself, and may be where a foreign embassy stands.
  if (mentions.some((m) => m.place && m.place.precision !== 'country' && m.place.precision !== 'region'))
    return mentions;
  // "PERU.  A bomb hit the Japanese Embassy while the president was in Japan": the entry's own country hosts it.
  const filed = chronologyCountry({ text, mentions })?.place?.country;
  const hosts = new Set(
    filed
      ? [filed]
      : mentions
          .filter((m) => m.kind === 'country' && m.via !== 'demonym' && !ownsEmbassy(text, m))
          .flatMap((m) => m.place?.country ?? []),
  );
  const [host] = hosts;
  if (hosts.size !== 1 || !host) return mentions;
  if (mentions.some((m) => m.place?.precision === 'region' && m.place.country === host)) return mentions;
  // A host the table leaves out keeps foreign embassies in its capital.
  const town =
    kb.entities.get(kb.embassyTowns.get(host) ?? '') ??
    capitalsAt(kb, capitalsOf(kb), text, published).get(host);
  // "the Chilean Embassy in Nicaragua": the host itself named after it is no town.
  const hostAt = (at: number) => mentions.some((m) => m.span[0] === at && m.place?.precision === 'country');
  const townAfter = (found: RegExpExecArray) => {
    const end = found.index + found[0].length;
    const following = text.slice(end, end + TOWN_REACH);
    const after = ARABIC_PLACE_AFTER.exec(following) ?? TOWN_AFTER.exec(following);
    return after !== null && !hostAt(end + after[0].length);
  };
  // "the U.S. Consulate in Porto Alegre … the Ambassador": a mission told in a town the base lacks is there.
  if (allMatches(MISSION, text).some(townAfter)) return mentions;
  const word = allMatches(EMBASSY, text)[0];
  if (!town || !word) return mentions;
  const span: Span = [word.index, word.index + word[0].length];
  const embassy = placeFromWords(kb, text, span, town, EMBASSY_SCORE);
  return [...mentions, embassy].sort((a, b) => a.span[0] - b.span[0]);
}
