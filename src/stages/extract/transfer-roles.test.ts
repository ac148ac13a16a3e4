import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** Each event of a text as "sub-type: actor1 <- actor2". */
function transfers(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map(
    (e) => `${e.sub_event_type?.value}: ${e.actor1?.name ?? '-'} <- ${e.actor2?.name ?? '-'}`,
  );
}

const TRANSFER = 'Non-violent transfer of territory';

describe('ground handed over without a fight', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'Arabic verbal noun: the side after «إلى» receives the ground, the one before gives it up',
      {
        text: 'قررت الحكومة سحب قوات التحالف من الإقليم وتسليم السيطرة على العاصمة إلى المتمردين.',
        mentions: [
          ['قوات التحالف', actorEntity('Coalition Forces', 'state-forces')],
          ['المتمردين', actorEntity('Northern Rebels')],
        ],
      },
      [`${TRANSFER}: Northern Rebels <- Coalition Forces`],
    ],
    [
      'Arabic verb with its subject between verb and «السيطرة»',
      {
        text: 'سلمت القوات الحكومية السيطرة على مطار المدينة لقوات الشرطة المحلية أمس.',
        mentions: [
          ['القوات الحكومية', actorEntity('Military Forces of Ruritania', 'state-forces')],
          ['قوات الشرطة', actorEntity('Police Forces of Ruritania', 'state-forces')],
        ],
      },
      [`${TRANSFER}: Police Forces of Ruritania <- Military Forces of Ruritania`],
    ],
    [
      'English: handed control of a place to a side',
      {
        text: 'The militia handed control of the border crossing to the national army on Sunday.',
        mentions: [
          ['militia', actorEntity('Border Militia')],
          ['national army', actorEntity('Military Forces of Ruritania', 'state-forces')],
          ['border crossing', placeEntity('Zarin Crossing', 'RU')],
        ],
      },
      [`${TRANSFER}: Military Forces of Ruritania <- Border Militia`],
    ],
  ])('%s', (_, spec, expected) => {
    expect(transfers(spec)).toEqual(expected);
  });

  it('a manner of holding is no handing over: "single-handed control"', () => {
    const spec = {
      text: 'Food convoys must not be left in the single-handed control of a faction, the envoy said.',
      mentions: [],
    };
    expect(transfers(spec)).toEqual([]);
  });

  it('a handover kills no one: a toll in its sentence belongs to another incident', () => {
    const doc = fixtureDocument({
      text: 'The army handed control of the town to the police, a week after clashes that killed 12 people.',
      mentions: [
        ['army', actorEntity('Military Forces of Ruritania', 'state-forces')],
        ['police', actorEntity('Police Forces of Ruritania', 'state-forces')],
      ],
    });
    extract.run(doc, { referenceDate: null });
    const handover = doc.events?.find((e) => e.sub_event_type?.value === TRANSFER);
    expect(handover?.fatalities ?? null).toBeNull();
  });
});
