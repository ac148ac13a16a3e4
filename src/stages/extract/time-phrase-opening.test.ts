import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const army = actorEntity('Military Forces of Syria', 'state-forces', 'SY');
const tellHamra = placeEntity('Tell Hamra', 'SY');
const latmin = placeEntity('Latmin', 'SY');

/** Each event of the text as "sub-type @place". */
function events(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map((e) => `${e.sub_event_type?.value} @${e.location?.name ?? '-'}`);
}

const GAINED = 'Government regains territory';

describe('the words that end the phrase of one act and open the next: "after", "leaving", "and"', () => {
  it.each<[string, FixtureSpec]>([
    [
      'ground regained "after" bitter fighting keeps the place told before it',
      {
        text: 'Syrian army units regained two hamlets in the farmland around Tell Hamra on Monday after bitter fighting.',
        mentions: [
          ['Syrian army', army],
          ['Tell Hamra', tellHamra],
        ],
      },
    ],
    [
      'ground retaken "after killing" fighters keeps its village from the bare killing verb',
      {
        text: 'Syrian army units recaptured the hamlet of Tell Hamra on Sunday after killing several gunmen there.',
        mentions: [
          ['Syrian army', army],
          ['Tell Hamra', tellHamra],
        ],
      },
    ],
    [
      'control established over a village, "leaving" fighters dead, keeps its village',
      {
        text: 'Soldiers of the Syrian army established full control of Tell Hamra at noon, leaving many gunmen dead and others hurt.',
        mentions: [
          ['Syrian army', army],
          ['Tell Hamra', tellHamra],
        ],
      },
    ],
  ])('%s', (_, spec) => {
    expect(events(spec)).toContain(`${GAINED} @Tell Hamra`);
  });

  it('keeps the split of a sentence whose "after" opens another act told with its own place', () => {
    const spec: FixtureSpec = {
      text: 'Rebel gunners shelled Latmin with mortars after Syrian army units recaptured the hamlet of Tell Hamra.',
      mentions: [
        ['Syrian army', army],
        ['Latmin', latmin],
        ['Tell Hamra', tellHamra],
      ],
    };
    expect(events(spec).sort()).toEqual([
      `${GAINED} @Tell Hamra`,
      'Shelling/artillery/missile attack @Latmin',
    ]);
  });

  it('leaves the place told before "and" to the act before it, when the second act is a verb right after it', () => {
    const spec: FixtureSpec = {
      text: 'SDF units clashed with the militants for hours inside Latmin and took full control of two streets.',
      mentions: [
        ['SDF', actorEntity('Syrian Democratic Forces')],
        ['Latmin', latmin],
      ],
    };
    expect(events(spec)).toContain('Armed clash @Latmin');
  });

  it.each<[string, string]>([
    [
      'an indefinite ground',
      'سيطر الجيش السوري في تل حمرا صباح الأحد على مواقع استراتيجية قتل فيها عشرة مسلحين.',
    ],
    [
      'a ground named with التي',
      'سيطر الجيش السوري في تل حمرا صباح الأحد على مواقع منها التلة الشرقية التي قتل فيها عشرة مسلحين.',
    ],
  ])('keeps %s to its taking when a killing verb points back to it with «فيها»', (_, text) => {
    const spec: FixtureSpec = {
      text,
      mentions: [
        ['الجيش السوري', army],
        ['تل حمرا', tellHamra],
      ],
    };
    expect(events(spec)).toContain(`${GAINED} @Tell Hamra`);
  });

  it('finds no ground where control is gained of no place', () => {
    const spec: FixtureSpec = { text: 'The finance ministry gained control of the state budget last year.' };
    expect(events(spec)).toEqual([]);
  });
});
