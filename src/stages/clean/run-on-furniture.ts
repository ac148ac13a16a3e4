import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { isWhiteSpace, unitTest } from '../../core/text/unit-class.js';
import { COPYRIGHT } from './cue-lexicons.js';
import { MONTH_NAME } from './date-parser.js';
import { finding, type Finding } from './finding.js';
import { allMatches } from '../../core/text/all-matches.js';

/**
 * Right after a sentence end on the same line: where furniture glued into a run-on scrape may begin.
 * Scrapers that flatten a page to one line leave tag lists, video titles, credits and footers between
 * sentences, with nothing but their shape to tell them apart.
 */
const STOP = '[.!?"”’)][ \\t]+';
const AFTER_STOP = `(?<=${STOP})`;
/**
 * `head` right after a sentence end, as `AFTER_STOP` + `head` reads, with the end looked for behind the head:
 * a pattern that opens with a lookbehind is tried at every position of the text, one that opens with a
 * class only where that class stands (five to fifteen times faster over an article). `head` must match a
 * fixed number of characters (a class, a word), so that the lookbehind meets the very characters matched.
 */
const afterStop = (head: string): string => `${head}(?<=${STOP}${head})`;
/** Wires whose datelines ("MOSCOW (Sputnik)") open a story's body in a run-on scrape. */
const WIRE = 'Sputnik|Reuters|AFP|AP';
/** The end of a line, white space allowed. */
const LINE_END = '(?=[ \\t]*(?:\\n|$))';

/**
 * `probe`: a cheap test every match passes, so most texts skip a rule whose pattern scans each position.
 * `last`: what the end of the text (its white space trimmed) must match instead, for a rule whose match
 * closes the text. `lastLine`: that match holds no line break either, so its scan starts at the text's last line.
 */
const RULES: readonly {
  probe?: { test(text: string): boolean };
  last?: RegExp;
  lastLine?: true;
  re: RegExp;
  kind: Finding['kind'];
  reason: string;
}[] = [
  {
    // "Air strikes hit the old city - YouTube": the title of an embedded video.
    probe: guardedPattern(/YouTube|Vimeo|Dailymotion/),
    re: new RegExp(`${AFTER_STOP}[^.!?\\n]{5,160}?\\s[-–|]\\s(?:YouTube|Vimeo|Dailymotion)\\b`, 'g'),
    kind: 'caption',
    reason: 'embedded video title',
  },
  {
    probe: /(?:Reporting|Writing|Editing|Compiled) by\s/,
    re: new RegExp(
      `${AFTER_STOP}\\(?(?:(?:Additional )?Reporting|Writing|Editing|Compiled) by\\s[^\\n]{2,200}?\\)?(?=\\s*Our Standards|${LINE_END})`,
      'g',
    ),
    kind: 'byline',
    reason: 'reporting credit',
  },
  {
    probe: guardedPattern(/Source|المصدر/),
    re: new RegExp(`${afterStop('(?:Source|المصدر)')}\\s*[:：]?\\s+[^.!?\\n]{2,60}${LINE_END}`, 'g'),
    kind: 'byline',
    reason: 'source credit',
  },
  {
    // Editors' initials closing agency copy: "K. Rami/ M.H/ Nour".
    probe: /\//,
    re: new RegExp(`${afterStop('[A-Z]')}[\\w. ]{0,20}(?:\\/\\s*[A-Z][\\w. ]{0,20}){2,}${LINE_END}`, 'g'),
    kind: 'byline',
    reason: "editors' initials",
  },
  {
    // The writers' names repeated as the last words of a run-on line: "Jane Roe and Omar Aziz."
    // The last name ends its line.
    probe: { test: endsALineWithName },
    re: new RegExp(
      `${afterStop('[A-Z]')}[\\w'’-]+(?:\\s+(?:and\\s+)?[A-Z][\\w'’-]+){1,7}\\.?${LINE_END}`,
      'g',
    ),
    kind: 'byline',
    reason: 'closing names',
  },
  {
    // "Reuters Photo Blast Near Bus Convoy Leaves 20 Dead MOSCOW (Sputnik) The …": a photo credit and a
    // related story's title in title case, glued before the wire dateline that opens the story's own body.
    probe: new RegExp(`[A-Z]{3,} \\((?:${WIRE})\\)`),
    re: new RegExp(
      `${afterStop('[A-Z]')}[\\w'’-]*(?:\\s+(?:[A-Z\\d][\\w'’-]*|of|to|in|on|at|for|and|the|a|an|from|with|by|as|after|over)){4,30}(?=\\s+[A-Z]{3,}(?:\\s[A-Z]{2,})?\\s\\((?:${WIRE})\\))`,
      'g',
    ),
    kind: 'caption',
    reason: 'photo credit and related title before a dateline',
  },
  {
    // A desk's code or page number closing agency copy: "… the Israeli regime. MBMB", "… FNA reported. 219",
    // "… truce violation. SSH 11". Only the text's very end: a number there closes no sentence.
    last: /[A-Z\d]$/,
    lastLine: true,
    re: new RegExp(
      `${AFTER_STOP}(?:[A-Z]{2,8}(?:[ \\t]+\\d{1,3}(?:-\\d{1,3})?)?|\\d{1,3}(?:-\\d{1,3})?)(?=\\s*$)`,
      'g',
    ),
    kind: 'byline',
    reason: "desk's closing code",
  },
  {
    // A related-links heading left with nothing under it at the text's end, a contributors' credit before it:
    // "… resumed after dark. Agencies contributed Read Also".
    last: /(?:Also|also|More|more|Related|News|Stories)$/,
    re: new RegExp(
      `${AFTER_STOP}(?:(?:Agencies|Reuters|AFP|AP) contributed(?: to this report)?\\.?\\s+)?(?:Read (?:Also|also|More|more)|Related(?: News| Stories)?)(?=\\s*$)`,
      'g',
    ),
    kind: 'related-links',
    reason: 'empty related-links heading',
  },
  {
    // The writer's other columns listed after the last sentence, their titles glued together to the line's
    // end: "… هذا ما نراه. مقالات أخرى للكاتبعن المدن القديمة…". Their words would be read as the column's own.
    probe: guardedPattern(/مقالات أخرى|(?:articles|columns) (?:by|from)/),
    re: new RegExp(
      `${AFTER_STOP}(?:مقالات أخرى لل?كاتب|(?:More|Other) (?:articles|columns) (?:by|from) (?:this|the) (?:author|writer|columnist))[^\\n]*`,
      'g',
    ),
    kind: 'related-links',
    reason: "the writer's other articles",
  },
  {
    // An embedded tweet: its words since the last sentence end, its links and its signature, "… Syria
    // httpst.co9xQ2 pic.twitter.com4Kp8 The Daily Wire (dailywire) March 3 2017".
    probe: /pic\.twitter\.com/,
    re: new RegExp(
      `${AFTER_STOP}(?:[^\\s.!?]+\\s+|\\S*t\\.co\\S*\\s+){0,40}?pic\\.twitter\\.com\\S*\\s+[^()\\n]{1,40}?\\(\\w{1,15}\\)\\s+(?:${MONTH_NAME})\\.?\\s+\\d{1,2},?\\s+\\d{4}`,
      'gi',
    ),
    kind: 'other',
    reason: 'embedded tweet',
  },
  {
    probe: { test: digitAfterParenthesis },
    re: /(?:Slideshow|Gallery|Photo gallery)\s*\(\d+\s+(?:Images|Photos|Pictures)\)/gi,
    kind: 'caption',
    reason: 'slideshow label',
  },
];

/**
 * Whether a digit follows a "(" somewhere in `text`, as /\(\d/ tells: read from each "(", where the pattern
 * was tried at every character.
 *
 * @example digitAfterParenthesis('Gallery (12 Photos)') // true
 */
export function digitAfterParenthesis(text: string): boolean {
  for (let i = text.indexOf('('); i !== -1; i = text.indexOf('(', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0x30 && next <= 0x39) return true;
  }
  return false;
}

/** A text holding none of the headings `LINK_START` opens with has no such link. */
const LINK_PROBE = guardedPattern(/Read (?:also|more)|Also read|See also/);

/**
 * Whether a line of `text` ends in a capitalised word after white space, a full stop and spaces or tabs
 * allowed after it: as /\s[A-Z][\w'’-]+\.?(?=[ \t]*(?:\n|$))/ tells, but read back from each line end,
 * where that pattern was tried at every character of the text.
 *
 * @example endsALineWithName('Two died.\nBy Jane Roe.') // true
 */
export function endsALineWithName(text: string): boolean {
  for (let newline = text.indexOf('\n'); ; newline = text.indexOf('\n', newline + 1)) {
    if (lineEndsWithName(text, newline === -1 ? text.length : newline)) return true;
    if (newline === -1) return false;
  }
}

function lineEndsWithName(text: string, lineEnd: number): boolean {
  let i = lineEnd;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 0x2e) i--;
  const wordEnd = i;
  while (i > 0 && isNameUnit(text.charCodeAt(i - 1))) i--;
  const first = text.charCodeAt(i);
  return wordEnd - i >= 2 && first >= 0x41 && first <= 0x5a && i > 0 && isWhiteSpace(text.charCodeAt(i - 1));
}

/** [\w'’-]: an ASCII letter, digit or underscore, an apostrophe or a hyphen. */
const isNameUnit = unitTest(/[\w'’-]/);

/** A related-stories heading after the article, in a line that runs on into the site's footer. */
const FOOTER_START = new RegExp(
  `${AFTER_STOP}(?:(?:\\.{3}|…)\\s*\\d*\\s*)?(?:Source(?:\\s+\\S+){1,4}?\\s+)?(?:Related(?:\\s+(?:News|Stories|Articles|Coverage))?|More\\s+(?:News|Stories|Articles))\\s[^\\n]*`,
  'g',
);
const FOOTER_PROBE = guardedPattern(/Related|More\s/);
const FOOTER_CUE = new RegExp(
  `${COPYRIGHT.source}|Community standards|Comment via|Follow us|\\bTags\\s`,
  'i',
);

/** A tag list between two sentences ends where the next sentence opens: its first word is a function word. */
const TAGS_START = new RegExp(`${afterStop('Tags')}\\s+`, 'g');
/**
 * "… he said. Read also Talks stall over the border crossing Outside the capital meanwhile …": a link to
 * another story glued before the next sentence, its title in sentence case. It ends where that sentence
 * opens, as a tag list does.
 */
const LINK_START = new RegExp(
  `${AFTER_STOP}(?:Read (?:also|more)(?: here)?|Also read|See also)\\s*:?\\s+(?=["“A-Z])`,
  'g',
);
const OPENER =
  /^(?:The|A|An|In|On|At|Outside|Inside|Elsewhere|Separately|After|Before|During|According|Meanwhile|Earlier|Later|It|He|She|They|We|This|That|These|Those|Some|Many|Since|While|When|Last|Two|Three|Four|Five|Several|Dozens|Residents|Officials|Activists|Witnesses|Police|Security)$/;
const MAX_TAGS = 15;
/** The most words a story's title glued after "Read also" runs to. */
const MAX_TITLE = 20;

/**
 * Furniture inside run-on lines: video titles, reporting and source credits, editors' initials, closing
 * names, slideshow labels, tag lists between sentences and related-stories footers.
 *
 * @example findRunOnFurniture('Two died. Tags war border The army said more.')[0].reason // 'tag list'
 */
export function findRunOnFurniture(text: string): Finding[] {
  const out: Finding[] = [];
  const trimmed = text.trimEnd();
  // Enough for a `last` pattern, which then reads a few characters rather than the whole text.
  const end = trimmed.slice(-12);
  const lastLine = trimmed.lastIndexOf('\n') + 1;
  for (const rule of RULES) {
    if ((rule.probe && !rule.probe.test(text)) || (rule.last && !rule.last.test(end))) continue;
    // The matches are read from where the pattern's lastIndex stands.
    rule.re.lastIndex = rule.lastLine ? lastLine : 0;
    for (const m of allMatches(rule.re, text))
      out.push(finding([m.index, m.index + m[0].length], rule.kind, rule.reason));
  }
  if (text.includes('Tags')) out.push(...runsToOpener(text, TAGS_START, MAX_TAGS, 'tag list'));
  if (LINK_PROBE.test(text))
    out.push(...runsToOpener(text, LINK_START, MAX_TITLE, 'story link before a sentence'));
  // The footer pattern scans every position; its heading words are the cheap test.
  if (!FOOTER_PROBE.test(text)) return out;
  for (const m of allMatches(FOOTER_START, text)) {
    if (!FOOTER_CUE.test(m[0])) continue;
    out.push(finding([m.index, m.index + m[0].length], 'related-links', 'related stories and site footer'));
    break;
  }
  return out;
}

/** Runs of words after `start` up to the word that opens the next sentence (or retells the lead). */
function runsToOpener(text: string, start: RegExp, max: number, reason: string): Finding[] {
  const out: Finding[] = [];
  for (const m of allMatches(start, text)) {
    const words = /[^\s.!?،,;:]+/y;
    const lead = leadBefore(text, m.index);
    let at = m.index + m[0].length;
    let end = -1;
    for (let n = 0; n <= max; n++) {
      while (text[at] === ' ' || text[at] === '\t') at++;
      words.lastIndex = at;
      const w = words.exec(text);
      // A sentence mark or the line end inside the run: not a tag list this rule can bound.
      if (!w) break;
      if (n > 0 && (OPENER.test(w[0]) || retold(text, at, lead))) {
        end = at;
        break;
      }
      at = words.lastIndex;
    }
    if (end > 0) out.push(finding([m.index, end], 'other', reason));
  }
  return out;
}

/** How many words the story after a tag list repeats of the standfirst before it, to tell where it opens. */
const RETOLD_WORDS = 4;

/** The sentence before a tag list, in single spaces: a scraped page often opens its story by repeating it. */
function leadBefore(text: string, tagsAt: number): string {
  const from = Math.max(text.lastIndexOf('\n', tagsAt) + 1, tagsAt - 600);
  return ` ${text.slice(from, tagsAt).replace(/\s+/g, ' ')} `;
}

/**
 * The words at `at` open the lead again: "… 3 May 2016 Rebel forces opened a new front … Syria. Tags Syria Idlib
 * Syrian rebels launched a huge …". The run must open the lead's sentence (a capital, after no lower-case
 * word), or a story that goes on "… and Russian airstrikes in Aleppo province" would lose its subject.
 */
function retold(text: string, at: number, lead: string): boolean {
  const next = text.slice(at, at + 200).split(/\s+/, RETOLD_WORDS);
  if (next.length < RETOLD_WORDS || !/^\p{Lu}/u.test(next[0])) return false;
  const run = ` ${next.join(' ')} `;
  for (let i = lead.indexOf(run); i >= 0; i = lead.indexOf(run, i + 1)) {
    const before = lead.slice(0, i).split(' ').at(-1) ?? '';
    if (!/^\p{Ll}/u.test(before)) return true;
  }
  return false;
}
