import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** Each event of the text as "sub-type @place by taker". */
function events(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map(
    (e) => `${e.sub_event_type?.value} @${e.location?.name ?? '-'} by ${e.actor1?.name ?? '-'}`,
  );
}

const army = actorEntity('Military Forces of Syria', 'state-forces', 'SY');
const tellHamra = placeEntity('Tell Hamra', 'SY');
/** `text`, naming Tell Hamra and the Syrian army. */
const withArmy = (text: string): FixtureSpec => ({
  text,
  mentions: [
    ['تل حمرا', tellHamra],
    ['الجيش السوري', army],
  ],
});

describe('a town or base told as fallen («سقطت قاعدة …»)', () => {
  it.each([
    'وسقطت قاعدة تل حمرا الجوية بعد هجوم شنه الجيش السوري فجر الأحد.',
    // The verb after «ف» too.
    'فسقطت بلدة تل حمرا بعد هجوم شنه الجيش السوري ليلا.',
  ])('is ground taken by the side whose attack it fell after: %s', (text) => {
    expect(events(withArmy(text))).toContain(
      'Government regains territory @Tell Hamra by Military Forces of Syria',
    );
  });

  it('is ground taken by the group whose hands it fell into, however far the hands stand', () => {
    const spec: FixtureSpec = {
      text: 'سقطت مدينة تل حمرا في شهر مارس بأيدي مسلحي تنظيم داعش.',
      mentions: [
        ['تل حمرا', tellHamra],
        ['داعش', actorEntity('Islamic State')],
      ],
    };
    expect(events(spec)).toContain('Non-state actor overtakes territory @Tell Hamra by Islamic State');
  });

  it('is ground lost by the side told as withdrawing from it or holding out', () => {
    for (const text of [
      'وسقطت مدينة تل حمرا بعد انسحاب الجيش السوري منها فجر الأحد.',
      'وسقطت مدينة تل حمرا رغم مقاومة الجيش السوري فجر الأحد.',
    ])
      expect(events(withArmy(text))).toEqual(['Non-state actor overtakes territory @Tell Hamra by -']);
  });
});
