import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const civilians = { ...actorEntity('Civilians', 'group'), entity_id: 'actor:civilians' };
const busra = placeEntity('Busra', 'SY');
const busraAr = placeEntity('بصرى', 'SY');

/** The words the first event's target is read from, or null when it has none. */
function targetWords(spec: FixtureSpec): string[] | null {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  const target = doc.events![0].actor2;
  return target ? target.spans.map(([a, b]) => spec.text.slice(a, b)) : null;
}

describe("the civilian word on the attackers' own vehicle", () => {
  it('names no victim in English', () => {
    // No other target stands in the clause, so the civilian word is the only one the car could give.
    const text = 'Masked gunmen in a civilian car opened fire near Busra on Sunday.';
    expect(targetWords({ text, mentions: [['Busra', busra]] })).toBeNull();
  });

  it('names no victim in Arabic', () => {
    const text = 'قام مسلحون ملثمون يستقلون سيارة مدنية بإطلاق النار على راع قرب بصرى يوم الأحد.';
    const found = targetWords({
      text,
      mentions: [
        ['مدنية', civilians],
        ['بصرى', busraAr],
      ],
    });
    expect(found).toBeNull();
  });

  it('leaves the victim a civilian by its own words', () => {
    const text = 'Masked gunmen in a civilian car shot dead a shepherd near Busra on Sunday.';
    expect(targetWords({ text, mentions: [['Busra', busra]] })).toEqual(['a shepherd']);
  });

  it('still marks the victims when the civilian car is the one struck', () => {
    const text = 'A drone struck a civilian car near Busra on Sunday.';
    expect(targetWords({ text, mentions: [['Busra', busra]] })).toEqual(['civilian']);
  });
});
