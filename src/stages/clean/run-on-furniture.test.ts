import { describe, expect, it } from 'vitest';
import { digitAfterParenthesis, endsALineWithName, findRunOnFurniture } from './run-on-furniture.js';

const LEAD = 'Shelling hit the eastern district of the town on Monday and wounded four civilians.';
const NEXT = 'The army said its units returned fire at the launch sites.';

/** What the rules find in a run-on line, as [reason, text]. */
function found(text: string): [string, string][] {
  return findRunOnFurniture(text).map((f) => [f.reason, text.slice(...f.span).trim()]);
}

describe('furniture inside run-on lines', () => {
  it.each([
    [
      'an embedded video title',
      `${LEAD} Shells fall on the old market - YouTube ${NEXT}`,
      'embedded video title',
      'Shells fall on the old market - YouTube',
    ],
    [
      'a reporting credit before a standards notice',
      `${LEAD} Reporting by Jane Roe; Editing by Sam Lee Our Standards: the rest`,
      'reporting credit',
      'Reporting by Jane Roe; Editing by Sam Lee',
    ],
    [
      'a source credit closing the line',
      `${LEAD} Source Harbour Wire and agencies`,
      'source credit',
      'Source Harbour Wire and agencies',
    ],
    [
      'an Arabic source credit',
      'قال مسؤولون إن القصف أصاب المدينة. المصدر: وكالات',
      'source credit',
      'المصدر: وكالات',
    ],
    [
      "the writer's other columns glued to the line's end",
      'أصاب القصف سوق المدينة القديم. مقالات أخرى للكاتبعن المدن القديمةحين يعود الصيادون\nسطر آخر',
      "the writer's other articles",
      'مقالات أخرى للكاتبعن المدن القديمةحين يعود الصيادون',
    ],
    [
      "an English list of the writer's columns",
      `${LEAD} More articles by this author Harbour towns at dusk Why the ferries stopped`,
      "the writer's other articles",
      'More articles by this author Harbour towns at dusk Why the ferries stopped',
    ],
    ["editors' initials", `${LEAD} K. Rami/ M.H/ Nour`, "editors' initials", 'K. Rami/ M.H/ Nour'],
    [
      'the writers named again at the end',
      `${LEAD} Jane Roe and Omar Aziz.`,
      'closing names',
      'Jane Roe and Omar Aziz.',
    ],
    [
      'names after a quotation closed and two spaces',
      `Four civilians were hurt, the mayor said: “the shells came at dawn.”  Jane Roe and Omar Aziz.`,
      'closing names',
      'Jane Roe and Omar Aziz.',
    ],
    [
      'a photo credit and a related title before the wire dateline',
      `${LEAD} AP Photo Blast Hits Bus Convoy Near the Border Over 20 Dead BEIRUT (Sputnik) ${NEXT}`,
      'photo credit and related title before a dateline',
      'AP Photo Blast Hits Bus Convoy Near the Border Over 20 Dead',
    ],
    ['a slideshow label', `${LEAD} Slideshow (4 Images) ${NEXT}`, 'slideshow label', 'Slideshow (4 Images)'],
    [
      'a tag list between two sentences',
      `${LEAD} Tags Harbour shelling border army The army said more.`,
      'tag list',
      'Tags Harbour shelling border army',
    ],
    [
      'a tag list before the story that repeats its standfirst',
      'Gunmen stormed a harbour town killing four. Tags Harbour Gunmen border army Gunmen stormed a harbour town killing four people on Monday.',
      'tag list',
      'Tags Harbour Gunmen border army',
    ],
    [
      'related stories running into the footer',
      `${LEAD} Related News Talks stall again Copyright 2020 Harbour Wire. Privacy Policy`,
      'related stories and site footer',
      'Related News Talks stall again Copyright 2020 Harbour Wire. Privacy Policy',
    ],
    [
      'a source credit of several words heading related stories into the footer',
      `${LEAD} Source Harbour Wire and agencies Related News Talks stall Follow us. Copyright 2020 Harbour Wire.`,
      'related stories and site footer',
      'Source Harbour Wire and agencies Related News Talks stall Follow us. Copyright 2020 Harbour Wire.',
    ],
    [
      'an empty related-links heading after a credit',
      `${LEAD} Agencies contributed Read Also`,
      'empty related-links heading',
      'Agencies contributed Read Also',
    ],
    [
      'an empty related-links heading on the line after its credit',
      `${LEAD} Reuters contributed to this report.\nRelated Stories`,
      'empty related-links heading',
      'Reuters contributed to this report.\nRelated Stories',
    ],
    [
      'an embedded tweet with its links and signature',
      `${LEAD} Shelling Hits Harbour District httpst.co4kQz9 pic.twitter.com7hYt2 Harbour Watch (harbourwatch) May 3 2019 ${NEXT}`,
      'embedded tweet',
      'Shelling Hits Harbour District httpst.co4kQz9 pic.twitter.com7hYt2 Harbour Watch (harbourwatch) May 3 2019',
    ],
    ["a desk's code closing the text", `${LEAD} MBMB`, "desk's closing code", 'MBMB'],
    ["a desk's code and page number", `${LEAD}\n${NEXT} SSH 11`, "desk's closing code", 'SSH 11'],
    ['a page number closing the text', `${LEAD} 219`, "desk's closing code", '219'],
    [
      "another story's title glued before the next sentence",
      `${LEAD} Read also Ferry workers strike over unpaid wages Outside the port two guards were shot.`,
      'story link before a sentence',
      'Read also Ferry workers strike over unpaid wages',
    ],
  ])('finds %s', (_name, text, reason, part) => {
    expect(found(text)).toContainEqual([reason, part]);
  });

  it.each([
    ['a sentence that starts with "More"', `${LEAD} More than 40 people were hurt, officials said.`],
    ['a tag-like word without a sentence after it', `${LEAD} Tags were handed to the detainees.`],
    ['a closing sentence with a verb', `${LEAD} The curfew was lifted.`],
    ['names on a line of their own', `${LEAD}\nJane Roe`],
    ['names closing a sentence of their own', `${LEAD} The report was written by Jane Roe and Omar Aziz.`],
    ['a sentence that opens with "Read"', `${LEAD} Read also the statement the army gave.`],
    [
      'a title running to the line end',
      `${LEAD} Read more: Ferry workers strike over unpaid wages across the northern coast`,
    ],
    ['a related-links heading with a sentence after it', `${LEAD} Read Also ${NEXT}`],
    [
      "a sentence about a writer's other articles",
      `${LEAD} His other articles by the same desk were read widely.`,
    ],
    ['the heading words inside a sentence', 'قال إن مقالات أخرى للكاتب نشرت في الصحيفة نفسها.'],
    ['a number opening the next sentence', `${LEAD} 12 soldiers were hurt.`],
    ['an acronym opening the next sentence', `${LEAD} UN monitors said more.`],
    ['a code closing a line before more text', `${LEAD} MBMB\n${NEXT}`],
    [
      'a sentence before the wire dateline',
      `${LEAD} Militants shelled the border town again BEIRUT (Sputnik) ${NEXT}`,
    ],
  ])('leaves %s alone', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('endsALineWithName', () => {
  // The pattern the scan stands for: it must answer as this does on every text.
  const pattern = /\s[A-Z][\w'’-]+\.?(?=[ \t]*(?:\n|$))/;

  it.each([
    ['a name closing the text', 'The ferry sank. Omar Aziz'],
    ['a name and a full stop, then tabs and spaces', 'The ferry sank. Omar Aziz.\t \nMore lines follow here'],
    ['a hyphenated name closing a middle line', 'Two boats left\nby Jane Roe-Hill\nThe port shut'],
    ['a name with a curly apostrophe', 'Crew members, said O’Neil'],
    ['a name after a no-break space', 'The ferry sank.\u00a0Aziz'],
    ['a lower-case word closing every line', 'the ferry sank\nthe port shut'],
    ['a single capital letter', 'The ferry sank in sector B'],
    ['a name glued after a full stop', 'The ferry sank.Aziz'],
    ['two full stops after the name', 'The ferry sank. Omar Aziz..'],
    ['a carriage return before the line break', 'The ferry sank. Omar Aziz\r\nThe port shut'],
    ['a name at the very start', 'Aziz'],
    ['an empty text', ''],
  ])('answers as the pattern does for %s', (_name, text) => {
    expect(endsALineWithName(text)).toBe(pattern.test(text));
  });
});

describe('digitAfterParenthesis', () => {
  it.each([
    ['a count in brackets', 'Photo gallery (8 Images) of the flooded port'],
    ['a bracket before a word, then one before a digit', 'The mayor (acting) spoke at (3 pm)'],
    ['a bracket closing the text', 'The mayor spoke ('],
    ['an Arabic-Indic digit', 'صور (٥ صور)'],
    ['no bracket', 'The mayor spoke at 3 pm'],
  ])('answers as /\\(\\d/ does for %s', (_name, text) => {
    expect(digitAfterParenthesis(text)).toBe(/\(\d/.test(text));
  });
});
