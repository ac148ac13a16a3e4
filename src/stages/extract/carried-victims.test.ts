import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { killed } from './fixture-actors.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const khafji = placeEntity('Khafji', 'SA');

/** The targets of the events the extract stage finds in a fixture, in text order. */
function targets(spec: FixtureSpec): (string | null)[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return doc.events!.map((e) => e.actor2?.name ?? null);
}

describe('the victims of a toll told in the sentence after the incident', () => {
  it('are named by a side word in a sentence that tells no act of its own', () => {
    const text = 'تعرض مركز حدودي قرب الخفجي لقذائف من وراء الحدود. ونتج عن ذلك استشهاد جنديين من المرابطين.';
    const spec = { text, mentions: [['الخفجي', khafji]], quantities: [['جنديين', killed(2, 'soldiers')]] };
    expect(targets(spec as FixtureSpec)).toEqual(['Military Forces of Saudi Arabia']);
  });

  it('are no side when the toll sentence names none', () => {
    const text = 'تعرض مركز حدودي قرب الخفجي لقذائف من وراء الحدود. ونتج عن ذلك سقوط شخصين من المارة.';
    const spec = { text, mentions: [['الخفجي', khafji]], quantities: [['شخصين', killed(2, 'people')]] };
    expect(targets(spec as FixtureSpec)).toEqual([null]);
  });
});

describe('a force noun in a clause placed in «البلاد», "the country"', () => {
  /** The target of the last event of a shelling near Khafji followed by `second`. */
  const lastTarget = (second: string) => {
    const text = `تعرض مركز حدودي قرب الخفجي لقذائف هاون ليلا. ${second}`;
    const spec: FixtureSpec = {
      text,
      mentions: [['الخفجي', khafji]],
      quantities: [['جنديان', killed(2, 'soldiers')]],
    };
    return targets(spec).at(-1);
  };

  it('is the force of the country of the incident told just before', () => {
    expect(lastTarget('وقتل جنديان على الشريط الحدودي جنوب البلاد.')).toBe('Military Forces of Saudi Arabia');
  });

  it('is no one’s when the clause names no country at all, or one outside it', () => {
    expect(lastTarget('وقتل جنديان على الشريط الحدودي.')).toBeNull();
    expect(lastTarget('وقتل جنديان على الشريط الحدودي خارج البلاد.')).toBeNull();
  });
});
