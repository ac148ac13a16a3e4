import { describe, expect, it } from 'vitest';
import type { Document, EventRecord, Sentence } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { findTimes } from '../language/times/index.js';
import { resolveEvents } from './index.js';

const PUBLISHED = '2015-08-11';

/** Sentences end at a full stop; a paragraph break opens the next one. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.\n]+\.?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    if (m[0].trim()) out.push({ span: [start, m.index + m[0].length] });
  }
  return out;
}

/** An airstrike told by the sentence holding `phrase`, placed at `town`; no date of its own. */
function strike(text: string, phrase: string, town: string): EventRecord {
  const at = text.indexOf(phrase);
  const end = text.indexOf('.', at);
  const sentence: Span = [at, end];
  const place = text.indexOf(town, at);
  return {
    id: '',
    event_type: { value: 'Explosions/Remote violence', spans: [[at, at + 4]] },
    sub_event_type: { value: 'Air/drone strike', spans: [[at, at + 4]] },
    date: null,
    timing: null,
    location: {
      name: town,
      country: 'YE',
      lat: null,
      lon: null,
      precision: 'town',
      entity_id: `place:ye:${town}`,
      spans: [[place, place + town.length]],
    },
    actor1: null,
    actor2: null,
    claimed_by: null,
    fatalities: { value: 3, qualifier: 'exact', spans: [sentence] },
    injuries: null,
    evidence: [sentence],
    confidence: 0,
  };
}

function report(text: string, strikes: [string, string][]): Document {
  const sentences = sentencesOf(text);
  return {
    source: 't.txt',
    text,
    content_hash: 'abcdef0123456789',
    sentences,
    mentions: [],
    times: findTimes(text, sentences, 'ar', PUBLISHED),
    published: { value: PUBLISHED, spans: [], from: 'input' },
    events: strikes.map(([phrase, town]) => strike(text, phrase, town)),
    diagnostics: [],
  };
}

const datesOf = (doc: Document) =>
  resolveEvents(doc, { referenceDate: null }).map((e) => `${e.location?.name} ${e.date?.value}`);

describe("an undated incident in a report whose lead tells yesterday's news", () => {
  it('takes the lead day, in Arabic and in English', () => {
    const ar = report(
      'شهدت اليمن أمس الاثنين معارك عنيفة في عدة جبهات. وقال مصدر عسكري إن القتال تواصل. ' +
        'وقصفت الطائرات مواقع في مأرب وقتلت ثلاثة مسلحين.',
      [['وقصفت', 'مأرب']],
    );
    const en = report(
      'Fighting raged on several fronts in Yemen yesterday, officials said. A commander spoke of heavy losses. ' +
        'Jets bombed positions near Marib, killing three fighters.',
      [['Jets', 'Marib']],
    );
    expect(datesOf(ar)).toEqual(['مأرب 2015-08-10']);
    expect(datesOf(en)).toEqual(['Marib 2015-08-10']);
  });

  it.each([
    ['يوم الأمس', 'شهدت اليمن يوم الأمس معارك عنيفة في عدة جبهات.'],
    ['بالأمس', 'اندلعت بالأمس معارك عنيفة في عدة جبهات في اليمن.'],
    ['البارحة', 'شهدت اليمن البارحة معارك عنيفة في عدة جبهات.'],
    ['last night', 'Fighting raged on several fronts in Yemen last night.'],
  ])('takes the lead day a lead dates with "%s"', (_, lead) => {
    const doc = report(
      `${lead} A commander spoke of heavy losses. Jets bombed positions near Marib, killing three.`,
      [['Jets bombed', 'Marib']],
    );
    expect(datesOf(doc)).toEqual(['Marib 2015-08-10']);
  });

  it('keeps the publication date when the lead names a weekday, which dates one incident only', () => {
    const doc = report(
      'Jets struck Aden on Monday, killing three. Witnesses counted the dead. ' +
        'Jets bombed positions near Marib, killing three fighters.',
      [['Jets bombed', 'Marib']],
    );
    expect(datesOf(doc)).toEqual(['Marib 2015-08-11']);
  });

  it('keeps the publication date for incidents told in the later paragraphs of a long round-up', () => {
    const doc = report(
      'Fighting raged on several fronts in Yemen yesterday.\n' +
        'A commander spoke of heavy losses.\nThe coalition sent more jets.\nAid groups asked for a truce.\n' +
        'In Hodeidah, jets bombed a depot, killing three guards.\nJets bombed a camp near Ibb, killing three.',
      [
        ['In Hodeidah', 'Hodeidah'],
        ['Jets bombed a camp', 'Ibb'],
      ],
    );
    expect(datesOf(doc)).toEqual(['Hodeidah 2015-08-11', 'Ibb 2015-08-11']);
  });

  it('counts paragraphs, not newlines, when blank lines stand between them', () => {
    const doc = report(
      'Fighting raged on several fronts in Yemen yesterday.\n\n' +
        'A commander spoke of heavy losses.\n\nThe coalition sent more jets.\n\n' +
        'In another incident, jets bombed a depot near Marib, killing three guards.',
      [['In another incident', 'Marib']],
    );
    expect(datesOf(doc)).toEqual(['Marib 2015-08-10']);
  });
});

describe("a town's reports of the lead's day", () => {
  it('make one event once the day is carried to them, with the largest count', () => {
    const doc = report(
      'Fighting raged on several fronts in Yemen yesterday. Jets bombed a depot near Marib, killing three. ' +
        'Later jets hit a camp near Marib, killing five.',
      [
        ['Jets bombed', 'Marib'],
        ['Later jets', 'Marib'],
      ],
    );
    doc.events![1].fatalities = { value: 5, qualifier: 'exact', spans: [] };
    const events = resolveEvents(doc, { referenceDate: null });
    expect(events.map((e) => [e.location?.name, e.date?.value, e.fatalities?.value])).toEqual([
      ['Marib', '2015-08-10', 5],
    ]);
  });
});
