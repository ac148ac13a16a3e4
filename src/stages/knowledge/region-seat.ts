// "smoke rose from the Diyala provincial council", "the governor of Kandahar Province escaped an ambush",
// "Dagestan's interior ministry": a regional government's offices stand in the region's seat, and a
// report naming such an office and no town tells the seat's town. This module reads those words, beside a region
// the base keeps a seat for (data/region-seats.tsv), as the seat's town — in English and in Arabic ("محافظ ديالى").
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';

/** The confidence of a seat read from an office: a guess, below a town the text names. */
const SEAT_SCORE = 0.5;

/**
 * What a regional government keeps in its seat, or who works there: "council", "governor's office", "Interior
 * Ministry", "Social Welfare Minister", "police chief", "Legislative Assembly", "capital". One or two words
 * name a ministry or a department ("Internal Affairs Ministry", "Agriculture Department"); a bare "department"
 * right after the name is the region's own noun ("the Santander department").
 */
const OFFICE = String.raw`(?:(?:acting|deputy|vice|former)\s+)?(?:(?:[\p{L}-]+\s+){0,2}minist(?:er|ry)|(?:[\p{L}-]+\s+){1,2}(?:department|directorate)|chief\s+minister|governor(?:['’]s\s+(?:office|residence|compound|house))?|president|police\s+(?:chief|commander|headquarters|department)|security\s+director|prosecutor['’]?s?\s+office|(?:legislative\s+)?assembly|government|council|parliament|legislature|administration|secretariat|headquarters|capital(?:\s+city)?)`;
/**
 * Right after the region's name: "Diyala provincial council", "Aceh's Governor's office", "Ninawa Governorate
 * headquarters", "Dagestan's Interior Ministry", "the Chechen capital"; not "the Ossetian capital of Tskhinvali",
 * which names the town.
 */
const OFFICE_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+(?<office>(?:(?:provincial|province|state|regional|governorate|republican|republic|departmental|department)['’]?s?\s+)?${OFFICE})(?![\p{L}-])(?!(?<=capital|city)\s+of\s)`,
  'iu',
);
/**
 * Right before the region's name: "the governor of", "the Works Minister for", "the capital city of", "the
 * police chief of the", "the capital of Indonesia's": the office of the region named next.
 */
const OFFICE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?<office>(?:(?:provincial|regional|state)\s+)?${OFFICE})\s+(?:of|for)\s+(?:all\s+of\s+)?(?:the\s+)?(?:republic\s+of\s+|[\p{L}-]+['’]s\s+)?$`,
  'iu',
);

/**
 * The Arabic offices, right before the region's name (a clitic "و", "ب", "ل" or "ف" may lead): the governor,
 * "محافظ ديالى", and his deputy; the police command or chief, "قيادة شرطة"; the capital, "عاصمة". A council, a
 * building, a head office, a chancery or a centre, "مجلس", "مبنى", "مقر", "ديوان", "مركز", are the province's only
 * with the governorate word after them ("مجلس محافظة نينوى", "مبنى المحافظة في ديالى"), which the region's name
 * may hold: "مجلس" or "مركز" alone are any council or centre.
 */
const ARABIC_OFFICE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})[وبلف]?(?<office>(?:(?:نائب|معاون)\s+)?محافظ|(?:قيادة|مديرية|قائد|مدير)\s+شرطة|عاصمة|(?:مجلس|مبنى|مقر|ديوان|مركز)(?=\s+(?:ال)?محافظ[ةه](?:\s|$)))\s+(?:(?:ال)?محافظ[ةه]\s+(?:في\s+)?)?$`,
  'u',
);

const LOCAL = new Set(['town', 'district', 'site']);

/** The governorate word a region's Arabic name may open with, "محافظة نينوى": read with the words before it. */
const GOVERNORATE_WORD = /^محافظ[ةه]\s+/u;

/** The Arabic office named right before the region (its governorate word included), or null. */
function arabicOffice(text: string, [start, end]: Span): Span | null {
  const cut = start + (GOVERNORATE_WORD.exec(text.slice(start, end))?.[0].length ?? 0);
  const from = Math.max(0, start - 60);
  const match = ARABIC_OFFICE_BEFORE.exec(text.slice(from, cut));
  if (!match?.groups) return null;
  const officeStart = from + match.index + match[0].indexOf(match.groups.office);
  return [officeStart, officeStart + match.groups.office.length];
}

/**
 * Adds the seat's town, on the office's words, for each region mention with a regional office named beside it,
 * in an article that names no town, district or site of that region's country: there the office is the one
 * clue to the town. The mentions come back in text order.
 *
 * @example withRegionSeat(kb, 'Mortars hit the Diyala provincial council.', mentions) // + Baqubah on "provincial council"
 */
export function withRegionSeat(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  const seats = kb.regionSeats;
  if (seats === undefined || seats.size === 0) return mentions;
  const added: Mention[] = [];
  for (const region of mentions) {
    if (region.place?.precision !== 'region') continue;
    const seat = kb.entities.get(seats.get(region.entity_id) ?? '');
    if (seat === undefined || added.some((m) => m.entity_id === seat.id)) continue;
    const country = region.place.country;
    if (mentions.some((m) => m.place?.country === country && LOCAL.has(m.place.precision ?? ''))) continue;
    const [start, end] = region.span;
    const after = OFFICE_AFTER.exec(text.slice(end, end + 60));
    const from = Math.max(0, start - 60);
    const before = OFFICE_BEFORE.exec(text.slice(from, start));
    // The office's own words are the evidence: not the "'s" or the "of the" that tie it to the region.
    const office: Span | null = after?.groups
      ? [end + after[0].length - after.groups.office.length, end + after[0].length]
      : before?.groups
        ? [from + before.index, from + before.index + before.groups.office.length]
        : arabicOffice(text, region.span);
    if (office !== null) added.push(placeFromWords(kb, text, office, seat, SEAT_SCORE));
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.span[0] - b.span[0]);
}
