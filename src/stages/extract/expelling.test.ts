import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const mukalla = placeEntity('Mukalla', 'YE');
const qaeda = actorEntity('Al Qaeda');
const army = actorEntity('Military Forces of Yemen', 'state-forces', 'YE');
const tribes = actorEntity('Hadrami Tribal Alliance');

/** Each event of a text: sub-type, taker and loser. */
function events(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map(
    (e) => `${e.sub_event_type?.value}: ${e.actor1?.name ?? '-'} / ${e.actor2?.name ?? '-'}`,
  );
}

describe('a side expelled from ground', () => {
  it.each<[string, FixtureSpec, string]>([
    [
      'by the verbal noun after «تمكن من»: the side after it lost, the subject took',
      {
        text: 'وتمكن مسلحو حلف القبائل من طرد عناصر القاعدة من مدينة المكلا يوم الجمعة.',
        mentions: [
          ['حلف القبائل', tribes],
          ['القاعدة', qaeda],
          ['المكلا', mukalla],
        ],
      },
      'Non-state actor overtakes territory: Hadrami Tribal Alliance / Al Qaeda',
    ],
    [
      'by the verb with its subject and object after it: the forces regain',
      {
        text: 'وطرد الجيش اليمني مسلحي القاعدة من مدينة المكلا يوم الجمعة.',
        mentions: [
          ['الجيش اليمني', army],
          ['القاعدة', qaeda],
          ['المكلا', mukalla],
        ],
      },
      'Government regains territory: Military Forces of Yemen / Al Qaeda',
    ],
    [
      'by an English verb with the side it expelled before "from": the forces regain',
      {
        text: 'Yemeni troops ousted Al Qaeda fighters from Mukalla on Friday.',
        mentions: [
          ['Yemeni troops', army],
          ['Al Qaeda', qaeda],
          ['Mukalla', mukalla],
        ],
      },
      'Government regains territory: Military Forces of Yemen / Al Qaeda',
    ],
    [
      'by an English verb with the side it drove "out of" the town: the group takes it',
      {
        text: 'Al Qaeda fighters drove Yemeni troops out of Mukalla on Friday.',
        mentions: [
          ['Al Qaeda', qaeda],
          ['Yemeni troops', army],
          ['Mukalla', mukalla],
        ],
      },
      'Non-state actor overtakes territory: Al Qaeda / Military Forces of Yemen',
    ],
    [
      'by an English verb with two sides expelled: the subject before the verb takes the ground',
      {
        text: 'Yemeni troops ousted Al Qaeda and the tribes from Mukalla on Friday.',
        mentions: [
          ['Yemeni troops', army],
          ['Al Qaeda', qaeda],
          ['the tribes', tribes],
          ['Mukalla', mukalla],
        ],
      },
      'Government regains territory: Military Forces of Yemen / Al Qaeda',
    ],
    [
      'by an English passive: the agent after "by" takes the ground its subject lost',
      {
        text: 'Al Qaeda fighters were expelled by Yemeni troops from Mukalla on Friday.',
        mentions: [
          ['Al Qaeda', qaeda],
          ['Yemeni troops', army],
          ['Mukalla', mukalla],
        ],
      },
      'Government regains territory: Military Forces of Yemen / Al Qaeda',
    ],
  ])('%s', (_, spec, event) => {
    expect(events(spec)).toEqual([event]);
  });

  it('keeps the town after «من» when a battle is told right after the phrase', () => {
    const text = 'وطرد الجيش اليمني مسلحي القاعدة من المكلا، بعد معارك عنيفة بين الطرفين.';
    const doc = fixtureDocument({
      text,
      mentions: [
        ['الجيش اليمني', army],
        ['القاعدة', qaeda],
        ['المكلا', mukalla],
      ],
    });
    extract.run(doc, { referenceDate: null });
    const taking = doc.events!.find((e) => e.sub_event_type?.value === 'Government regains territory');
    expect(taking?.location?.name).toBe('Mukalla');
  });

  it.each<[string, string]>([
    ['وطردت الحكومة السفير من المكلا يوم الجمعة.', 'المكلا'],
    ['The government expelled the envoy from Mukalla on Friday.', 'Mukalla'],
  ])('takes no ground when the one expelled is an envoy: %s', (text, town) => {
    expect(events({ text, mentions: [[town, mukalla]] })).toEqual([]);
  });
});
