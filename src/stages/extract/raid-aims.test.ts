import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const isAr = actorEntity('Islamic State');
const police = actorEntity('Police Forces of Iraq', 'state-forces', 'IQ');

/** The sub-types of the events the extract stage finds in a fixture. */
function subTypes(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return doc.events!.map((e) => e.sub_event_type!.value);
}

describe('the aim of a sweep of raids', () => {
  it('is no attack by the members aimed at (Arabic)', () => {
    const text = 'اعتقلت الشرطة 40 مشتبها بهم في سلسلة مداهمات بمحافظة كركوك استهدفت خلايا داعش صباح الأحد.';
    const spec = {
      text,
      mentions: [
        ['الشرطة', police],
        ['كركوك', placeEntity('كركوك', 'IQ')],
        ['داعش', isAr],
      ] as FixtureSpec['mentions'],
    };
    expect(subTypes(spec)).toEqual(['Arrests']);
  });

  it('is no clash with the members aimed at (English)', () => {
    const text =
      'Officers arrested 40 suspects on Sunday after house raids across Kirkuk that targeted Islamic State cells.';
    const spec = {
      text,
      mentions: [
        ['Officers', police],
        ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
        ['Islamic State', isAr],
      ] as FixtureSpec['mentions'],
    };
    expect(subTypes(spec)).toEqual(['Arrests']);
  });

  it('leaves raids told with no word of searching a strike', () => {
    const text = 'The air force said it flew 30 raids over Kirkuk targeting Islamic State cells on Sunday.';
    const spec = {
      text,
      mentions: [
        ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
        ['Islamic State', isAr],
      ] as FixtureSpec['mentions'],
    };
    expect(subTypes(spec)).toEqual(['Air/drone strike']);
  });

  it('leaves an attack told after a comma that closes the raids', () => {
    const text = 'بعد مداهمات الشرطة للحي، استهدف مسلحون دورية للجيش بعبوة ناسفة في كركوك.';
    const spec = { text, mentions: [['كركوك', placeEntity('كركوك', 'IQ')]] as FixtureSpec['mentions'] };
    expect(subTypes(spec)).toEqual(['Remote explosive/landmine/IED']);
  });
});
