import type { RemovedKind } from '../../core/records.js';
import { isWhiteSpace } from '../../core/text/unit-class.js';
import { MONTH_NAME, parseDate } from './date-parser.js';
import { finding, type Clue, type Finding } from './finding.js';

const AR_WORD = '(?:[\\u0621-\\u064A\\u0640]|[\\u064B-\\u0652]){2,}';
/** Arabic wire agencies as datelines write them, or an outlet in «»: a regex alternation. */
export const AGENCY_AR =
  'رويترز|أ ف ب|أ\\.ف\\.ب|ا ف ب|فرانس برس|أسوشيتد برس|أ ب|د ب أ|د\\.ب\\.أ|الأناضول|واس|وام|قنا|كونا|بترا|سانا|سبأ|شينخوا|يو بي آي|إرنا|«[^»\\n]{2,30}»';
/** English wire agencies as datelines write them: a regex alternation. */
export const AGENCY_EN =
  'Reuters|Reuters Health|AP|AFP|Xinhua|UPI|Bloomberg|IANS|PTI|ANI|dpa|Anadolu|TASS|SANA|NNA|KUNA|QNA|MENA|IRNA|WAFA|SPA|WAM';
// Scrapers strip colons and spaces: "at 2354" is a clock, "Jul 282016" is July 28 2016.
const STAMP_DATE = `(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAME})\\.?,?\\s+\\d{4}|(?:${MONTH_NAME})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}(?<sep>[./-])\\d{1,2}\\k<sep>\\d{4}(?:\\s*\\((?:updated|تحديث)[^)\\n]{0,30}\\))?)(?:,?\\s+(?:at\\s+\\d{3,4}\\b|\\d{1,2}:\\d{2}(?:\\s*[AP]M)?(?:\\s+(?:GMT|UTC|EST|EDT|PST|PDT|BST|CET|CEST|AST|IST)\\b)?))?`;

/**
 * A date stamp opening the text: "This story is from June 4, 2003", "Published July 4 2015", "Date of
 * publication 19 September 2016", "Tue 05 Jul 2016".
 */
const LEAD_STAMP = new RegExp(
  `^\\s*(?:This story is from\\s+|(?:Last\\s+)?(?:Published|Updated|Posted|Date of publication)(?:\\s+(?:on|at))?\\s*:?\\s*|نشر(?:\\s+في)?\\s*:?\\s*)?(${STAMP_DATE})[\\s.:|-]*`,
  'iy',
);
// Names come as given name and family name, so a capitalised headline word after them is left alone.
const NAME_PAIR = "[A-Z][\\w'’-]+\\s+[A-Z][\\w'’-]+";
/**
 * What trails a date stamp on the same run: an agency tag ("Regional NNA -") or the writers' names
 * ("by Jane Roe and Omar Aziz"). Case matters here, so it is a regex of its own.
 */
const STAMP_TAIL = new RegExp(
  `(?:by\\s+${NAME_PAIR}(?:,?\\s+(?:and\\s+)?${NAME_PAIR}){0,4}|(?:[A-Z][a-z]+\\s+)?(?:${AGENCY_EN})\\s*[-–—])[\\s:]*`,
  'y',
);
/**
 * An agency and date stamp near the top, often glued after the headline on one line by scrapers:
 * "… market Monitor AFP Tuesday 14 October 2014 A car bomb …".
 */
const AGENCY_STAMP = new RegExp(`(?<=^|\\s)(?:${AGENCY_EN})\\s+(${STAMP_DATE})(?=\\s|$)`, 'i');
/** How far into the text such a stamp may stand: past a headline, never deep in the body. */
const AGENCY_STAMP_REACH = 300;
/**
 * A site's stamp glued after the headline on the first line: a short weekday, the date and often the clock
 * with its colons stripped ("… Hitting Supply Lines Tue Mar 14 2017 083012 Jets …"). The weekday is
 * looked for before the headline behind it: tried first, the look-behind rescanned up to 200 characters at
 * every offset of the head (measured: the whole expression ran some 15 times slower).
 */
const HEADLINE_STAMP = new RegExp(
  `(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?\\s)(?<=^[^\\n.!?]{10,200}\\s)(${STAMP_DATE})(?:\\s+(?:[01]\\d|2[0-3])[0-5]\\d[0-5]\\d(?!\\d))?(?=\\s|$)`,
  'i',
);
/** Prose names the day in full and after a lower-case word ("struck on Friday"): the stamp's are neither. */
const STAMP_CASE = /[A-Z\d][\w'’-]*\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/y;

/**
 * Sputnik's stamp glued to its share widget: "Middle East 0812 14.06.2017Get short URL" (clock, then date).
 * Its look-behind is tried at every offset of the head: a head without the widget's words skips it.
 */
const SHORT_URL_STAMP = /(?<=\s)\d{3,4}\s+(\d{1,2}\.\d{1,2}\.\d{4})(?=Get short URL)/;
const SHORT_URL_WIDGET = 'Get short URL';

/** Saudi Press Agency dateline: city, Hijri date, "الموافق" Gregorian date, agency. */
const SPA_DATELINE = new RegExp(
  `\\s*${AR_WORD}(?:\\s${AR_WORD})?\\s*[\\d\\u0660-\\u0669]{1,2}\\s+${AR_WORD}\\s+[\\d\\u0660-\\u0669]{4}\\s*هـ?\\s+الموافق\\s+([\\d\\u0660-\\u0669]{1,2}\\s+(?:${MONTH_NAME})\\s+[\\d\\u0660-\\u0669]{4})\\s*م?\\s*(?:\\(?واس\\)?)?\\s*[:-]?\\s*`,
  'y',
);
const DATELINES: readonly RegExp[] = [
  new RegExp(`\\s*${AR_WORD}(?:\\s${AR_WORD})?\\s*[-–—]\\s*(${AGENCY_AR})\\s*[:：\\-–—]?\\s*`, 'y'),
  new RegExp(`\\s*(${AGENCY_AR})\\s*[-–—]\\s*${AR_WORD}(?:\\s${AR_WORD})?\\s*[:：]\\s*`, 'y'),
  new RegExp(`\\s*${AR_WORD}(?:\\s${AR_WORD})?\\s*[:：]\\s*(${AGENCY_AR})\\s*[:：\\-–—]?\\s*`, 'y'),
  new RegExp(
    `\\s*[A-Z][A-Za-z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3}\\s*\\((${AGENCY_EN})\\)\\s*[-–—]+\\s*`,
    'y',
  ),
  /\s*[A-Z]{3,}(?:[ ,]+[A-Z]{2,}){0,3}\s+[-–—]+\s+/y,
  // Any two short Arabic names joined by a dash and closed by a colon or the line end: "سبق - جدة:",
  // "عين اليوم – متابعات". Which side is the outlet varies, so it names no publisher.
  // A third part names the city: "سامر علي – سبق – جدة:".
  new RegExp(
    `\\s*${AR_WORD}(?:\\s${AR_WORD}){0,2}(?:\\s*[-–—]\\s*${AR_WORD}(?:\\s${AR_WORD})?){1,2}\\s*(?:[:：]\\s*|\\n\\s*)`,
    'y',
  ),
  /\s*[a-z]{3,}(?: [a-z]{3,})?:\s*(?=[a-z])/y,
];

/** The entry of DATELINES that matches a writer's or outlet's by-line prefix rather than a wire dateline. */
const BYLINE_PREFIX = 5;

/** The headings of an inline related-stories list, lower-cased: the list opens with one and a colon. */
const RELATED_HEADINGS = ['related stories', 'related news', 'also read', 'read also', 'full coverage'];
const HEADING_REACH = Math.max(...RELATED_HEADINGS.map((h) => h.length));

/**
 * Whether a related-stories heading stands before a colon of `text`, in any case, white space allowed
 * between. Half the texts hold a colon, and the list's pattern, tried at every character of one, cost
 * eight times what reading back from each colon does.
 *
 * @example relatedHeadingBeforeColon('Read Also : the talks') // true
 */
export function relatedHeadingBeforeColon(text: string): boolean {
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let end = colon;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    const before = text.slice(Math.max(0, end - HEADING_REACH), end).toLowerCase();
    for (const heading of RELATED_HEADINGS) if (before.endsWith(heading)) return true;
  }
  return false;
}

/** Inline furniture anywhere in the text, each ended by the end of its line. */
/**
 * `probe`: a literal every match contains, checked first so most texts skip the rule for one indexOf, or a
 * test every text with a match passes, for a rule whose literals are too common to tell much. `last`:
 * what the end of the text (its white space trimmed) must match, for a rule whose match closes the text and
 * holds no line break: its scan starts at the text's last line.
 */
const INLINE: readonly {
  re: RegExp;
  probe: string | ((text: string) => boolean);
  last?: RegExp;
  kind: Finding['kind'];
  reason: string;
  publisher?: boolean;
}[] = [
  {
    probe: 'انتهى',
    re: /\/\/\s*انتهى\s*\/\/(?:[ \t]*\d{1,2}:\d{2}(?:[ \t]*(?:ت[ \t]*م|ت\.م|[AP]M|GMT))?)?/g,
    kind: 'other',
    reason: 'agency sign-off',
  },
  {
    probe: 'رابط الخبر',
    re: /رابط الخبر(?:\s+ب(?:صحيفة|موقع|جريدة)\s+([^:：\n]{2,30}?))?\s*[:：][^\n]*/g,
    kind: 'related-links',
    reason: 'link-to-story line',
    publisher: true,
  },
  {
    probe: relatedHeadingBeforeColon,
    re: new RegExp(
      `(?:${RELATED_HEADINGS.join('|')})\\s*:[^\\n]*?(?=\\s*(?:Facebook\\s+Twitter|\\n|$))`,
      'gi',
    ),
    kind: 'related-links',
    reason: 'inline related-stories list',
  },
  {
    // Its match closes the text, so the text's last word is a button's: the pattern alone tries every position.
    probe: '',
    last: /(?:Facebook|Twitter|Linkedin|LinkedIn|Mail|Email|WhatsApp|Print|Pinterest|Reddit)$/,
    re: /(?:(?:Facebook|Twitter|Linkedin|LinkedIn|Mail|Email|WhatsApp|Print|Pinterest|Reddit)[ \t]*){3,}(?=\s*$)/g,
    kind: 'share-widget',
    reason: 'share buttons',
  },
  {
    // A link to the story in another language: "read this story in… hindi".
    probe: 'story in',
    re: /read (?:this|the) story in\s*(?:\.{2,}|…)?(?:\s*(?:hindi|marathi|bengali|gujarati|tamil|telugu|kannada|malayalam|urdu|punjabi|odia|english|arabic)\b)?/gi,
    kind: 'related-links',
    reason: 'other-language link',
  },
  {
    probe: 'Get short URL',
    // Its counters: "0 305" (comments, then shares) or the shares alone.
    re: /Get short URL(?:[ \t]+0(?=[ \t]+\d))?(?:[ \t]+\d+\b)?/g,
    kind: 'share-widget',
    reason: 'short-URL widget',
  },
  {
    probe: 'Tags',
    // No sentence mark inside: a list that runs to the line end, never sentences after it. The word is
    // matched before the look-behind that checks what precedes it, so only where "Tags" stands is that tried.
    re: /Tags(?<=\S\s+Tags)\s[^\n.!?]{0,300}?(?=\s*(?:Community standards|\n|$))/g,
    kind: 'other',
    reason: 'tag list',
  },
  {
    probe: 'Comm',
    re: /(?:Community standards|Comment via \w+)[^\n]*/g,
    kind: 'share-widget',
    reason: 'comment widget',
  },
  // "سمات" is also an ordinary word ("traits"): only a punctuation-free run closing the text is a tag list.
  {
    probe: 'سمات',
    re: /(?<=[.!?؟"”»)]\s+)سمات\s[^\n.،,:]{2,200}(?=\s*$)/g,
    kind: 'other',
    reason: 'tag list',
  },
  {
    probe: 'Our Standards',
    re: /Our Standards:\s*The Thomson Reuters Trust Principles\.?/g,
    kind: 'other',
    reason: 'agency standards notice',
  },
  {
    probe: '(Source:',
    re: /\(Source:[^)\n]{2,80}\)(?:\s*Twitter)?(?=\s*$)/g,
    kind: 'byline',
    reason: 'source credit',
  },
  {
    probe: '--',
    re: /(?<=[.!?"”]\s*)--\s*(?:Reuters|AFP|AP|SANA|Xinhua)\b(?=\s*$)/g,
    kind: 'byline',
    reason: 'agency credit',
  },
  {
    probe: '@',
    re: /(?<=\S\s+)[\w.+-]+@[\w-]+\.[\w.]+(?=\s*$)/g,
    kind: 'byline',
    reason: "author's e-mail sign-off",
  },
];

/**
 * Furniture inside lines: a date stamp or dateline opening the text, agency sign-offs, "رابط الخبر" lines,
 * inline related-story lists, share and comment widgets, trailing tag lists and e-mail sign-offs.
 *
 * @example findFurniture('Published July 4 2015 A blast hit…')[0].reason // 'date stamp'
 */
export function findFurniture(text: string): Finding[] {
  const out: Finding[] = [];
  let at = 0;
  LEAD_STAMP.lastIndex = 0;
  const stamp = LEAD_STAMP.exec(text);
  if (stamp) {
    at = stamp.index + stamp[0].length;
    STAMP_TAIL.lastIndex = at;
    if (STAMP_TAIL.test(text)) at = STAMP_TAIL.lastIndex;
    out.push(finding([stamp.index, at], 'other', 'date stamp', dateClue(stamp[1], stamp.index, at)));
  } else {
    const near = stampNearTop(text.slice(0, AGENCY_STAMP_REACH));
    if (near) out.push(near);
  }
  const dateline = matchDateline(text, at);
  if (dateline) out.push(dateline);
  const trimmed = text.trimEnd();
  // Enough for a `last` pattern: a share button's name has at most nine letters.
  const end = trimmed.slice(-12);
  const lastLine = trimmed.lastIndexOf('\n') + 1;
  for (const rule of INLINE) {
    const probed = typeof rule.probe === 'string' ? text.includes(rule.probe) : rule.probe(text);
    if (!probed || (rule.last && !rule.last.test(end))) continue;
    rule.re.lastIndex = rule.last ? lastLine : 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const span = [m.index, m.index + m[0].length] as const;
      const clues: Clue[] = rule.publisher && m[1] ? [{ field: 'publisher', value: m[1].trim(), span }] : [];
      out.push(finding(span, rule.kind, rule.reason, clues));
    }
  }
  return out;
}

/** A stamp past the headline: an agency's, one glued to the share widget, or the site's own. */
function stampNearTop(head: string): Finding | null {
  const agency =
    AGENCY_STAMP.exec(head) ?? (head.includes(SHORT_URL_WIDGET) ? SHORT_URL_STAMP.exec(head) : null);
  if (agency) return stampFinding(agency, 'byline', 'agency date stamp');
  const site = HEADLINE_STAMP.exec(head);
  if (!site) return null;
  STAMP_CASE.lastIndex = head.lastIndexOf(' ', site.index - 2) + 1;
  if (!STAMP_CASE.test(head)) return null;
  return stampFinding(site, 'other', 'date stamp after the headline');
}

/** A stamp's whole match removed, its date (group 1) the article's. */
function stampFinding(stamp: RegExpExecArray, kind: RemovedKind, reason: string): Finding {
  const end = stamp.index + stamp[0].length;
  return finding([stamp.index, end], kind, reason, dateClue(stamp[1], stamp.index, end));
}

function matchDateline(text: string, at: number): Finding | null {
  SPA_DATELINE.lastIndex = at;
  const spa = SPA_DATELINE.exec(text);
  if (spa) {
    const end = spa.index + spa[0].length;
    return { ...finding([at, end], 'byline', 'dateline with date', dateClue(spa[1], at, end)), keep: true };
  }
  for (const [i, re] of DATELINES.entries()) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m[0].length < 60) {
      const span = [at, at + m[0].length] as const;
      const agency = m[1]?.replace(/[«»]/g, '').trim();
      const f = finding(
        span,
        'byline',
        'dateline',
        agency ? [{ field: 'publisher', value: agency, span }] : [],
      );
      // Wire datelines (a city with an agency, or a city alone) are body; a writer's or an outlet's
      // by-line prefix ("سامر علي – سبق – جدة:", "«الصحيفة» - جدة:") is furniture.
      return i === BYLINE_PREFIX || m[1]?.startsWith('«') ? f : { ...f, keep: true };
    }
  }
  return null;
}

function dateClue(written: string, start: number, end: number): Clue[] {
  const value = parseDate(written);
  return value ? [{ field: 'published', value, span: [start, end] }] : [];
}
