import type { RemovedKind } from '../../core/records.js';
import {
  ADVERT,
  AUTHOR_BIO,
  BYLINE_LINE,
  CAPTION,
  COPYRIGHT,
  DATE_TOKEN,
  IMPERATIVE,
  INTERFACE,
  OFFER,
  RELATED,
  SOCIAL,
  TAGS,
  VIDEO_TITLE,
} from './cue-lexicons.js';

/** Where a line sits: boilerplate clusters at the two ends of an article. */
export interface UnitPlace {
  index: number;
  count: number;
}

export interface Verdict {
  kind: RemovedKind;
  reason: string;
}

const LINK = /https?:\/\/\S+|www\.\S+|(?<![\w.])@\w{2,}|[\w.+-]+@[\w-]+\.\w+|#[\w\u0621-\u064A]{2,}/g;
const WORD = /[\p{L}\p{N}]+/gu;
/** A Latin-script proper name (a brand) inside Arabic text: "The Telegraph", "Financial Times". */
const LATIN_BRAND = /(?:The\s+)?[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3}/;
const ARABIC_LETTERS = /[\u0621-\u064A]/g;
/** Tabloid teasers for other stories end in a bracketed tag: "… [VIDEO]", "… [INSIGHT]|". */
const SECTION_TAGGED = /\[[A-Z]{3,12}\]\s*\|?\s*$/;
/** Every offer word of a unit, to count the different ones. */
const OFFER_ALL = new RegExp(OFFER.source, 'gi');
const SUBSCRIBE_TO = /^\s*Subscribe to (?:the |our )?[A-Z0-9]/;

/**
 * Classifies one line of text as boilerplate, or returns null for article body. Cue lexicons decide the
 * kind; length and position decide how much evidence is needed (a promo cue in the last lines is enough,
 * mid-article it must come with an offer and a brand).
 *
 * @example classifyUnit('Read more: the talks resume', { index: 9, count: 10 })?.kind // 'related-links'
 */
export function classifyUnit(text: string, place: UnitPlace): Verdict | null {
  const len = text.length;
  const tail = place.index >= place.count - 3;
  const edge = tail || place.index <= 1;
  if (ADVERT.test(text)) return { kind: 'promo', reason: 'advertisement slot' };
  if (len < 80 && INTERFACE.test(text)) return { kind: 'other', reason: 'page interface label' };
  if (len < 200 && COPYRIGHT.test(text)) return { kind: 'other', reason: 'copyright line' };
  if (len < 500 && TAGS.test(text)) return { kind: 'other', reason: 'tag list' };
  if (len < 400 && RELATED.test(text)) return { kind: 'related-links', reason: 'related-links cue' };
  if (len < 160 && SECTION_TAGGED.test(text))
    return { kind: 'related-links', reason: 'teaser with a section tag' };
  if (isShareBar(text)) return { kind: 'share-widget', reason: 'share buttons' };
  if (len < 250 && CAPTION.test(text)) return { kind: 'caption', reason: 'photo caption or credit' };
  // The first line is the page's own title, even a video page's ("Watch: …").
  if (len < 250 && place.index > 0 && VIDEO_TITLE.test(text))
    return { kind: 'caption', reason: 'embedded video title' };
  if (len < 100 && BYLINE_LINE.test(text)) return { kind: 'byline', reason: 'by-line' };
  if (len < 90 && isDateLine(text)) return { kind: 'byline', reason: 'time stamp line' };
  if (len < 400 && edge && AUTHOR_BIO.test(text)) return { kind: 'author-bio', reason: 'author tagline' };
  const promo = promoReason(text, tail);
  if (promo) return { kind: 'promo', reason: promo };
  if (linkShare(text) >= 0.5) return { kind: 'related-links', reason: 'mostly links and handles' };
  if (isClosingCaption(text, place)) return { kind: 'caption', reason: 'short unpunctuated closing line' };
  return null;
}

function promoReason(text: string, tail: boolean): string | null {
  if (text.length > 600 || !IMPERATIVE.test(text)) return null;
  const offer = OFFER.test(text);
  const brand = hasForeignBrand(text);
  if (tail && (offer || brand)) return 'second-person offer at the end';
  if (offer && brand) return 'second-person offer naming a brand';
  if (SUBSCRIBE_TO.test(text)) return 'invitation to subscribe to a named outlet';
  if (text.length < 120 && text === text.toUpperCase() && /[A-Z]/.test(text)) return 'shouted call to action';
  if (offerCount(text) >= 2) return 'second-person offer';
  return null;
}

function offerCount(text: string): number {
  return new Set(text.match(OFFER_ALL)?.map((m) => m.toLowerCase())).size;
}

/**
 * A Latin-script name in a mostly Arabic line is a brand or title, as promos name their outlet.
 *
 * @example hasForeignBrand('جرّب The Courier مجانًا') // true
 */
export function hasForeignBrand(text: string): boolean {
  const arabic = text.match(ARABIC_LETTERS)?.length ?? 0;
  return arabic > 0.5 * text.replace(/\s/g, '').length && LATIN_BRAND.test(text);
}

/** A time stamp with at most a name beside it: "Jane Roe 2019-11-20 17:27", "Updated March 3, 2024 10:02 AM". */
function isDateLine(text: string): boolean {
  const rest = text.replace(DATE_TOKEN, ' ');
  if (rest === text) return false;
  return (rest.match(WORD)?.length ?? 0) <= 4;
}

/**
 * A photo caption left after the last paragraph: the final line, short, a few words, no full stop. A
 * headline or a body sentence this short would not close an article of several lines.
 */
function isClosingCaption(text: string, place: UnitPlace): boolean {
  if (place.index !== place.count - 1 || place.count < 3 || text.length > 80) return false;
  if (/[.!?؟:…"”»)]$/.test(text) || /^[\d\u0660-\u0669]/.test(text)) return false;
  const words = text.match(WORD)?.length ?? 0;
  return words >= 3 && words <= 10;
}

function isShareBar(text: string): boolean {
  if (text.length > 200) return false;
  const social = text.match(SOCIAL)?.length ?? 0;
  if (social < 2) return false;
  const words = text.match(WORD)?.length ?? 0;
  return words - social <= 3;
}

function linkShare(text: string): number {
  // Four plain searches cost less than one pattern of them, which tries each character of the line.
  if (!(text.includes('@') || text.includes('#') || text.includes('http') || text.includes('www.'))) return 0;
  const links = text.match(LINK)?.length ?? 0;
  if (links === 0) return 0;
  const words = text.match(WORD)?.length ?? 1;
  // A URL splits into several words; count each link as one.
  return links / Math.max(1, words - links * 2);
}
