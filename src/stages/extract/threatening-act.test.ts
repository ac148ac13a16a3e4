import { describe, expect, it } from 'vitest';
import { firstSubType } from './fixture-sub-type.js';
import { placeEntity } from './fixture-entities.js';

/** The sub-type of the first event of a sentence set in Mosul, or undefined when it tells none. */
function subTypeIn(text: string): string | undefined {
  const mosul = text.includes('Mosul') ? 'Mosul' : 'الموصل';
  return firstSubType({ text, mentions: [[mosul, placeEntity('Mosul', 'IQ')]] });
}

describe('an act named as what threatens someone', () => {
  it('tells a danger, not an incident', () => {
    expect(subTypeIn('Renewed fighting threatens thousands of families trapped in Mosul.')).toBeUndefined();
    expect(subTypeIn('معارك جديدة تهدد آلاف العائلات المحاصرة في الموصل.')).toBeUndefined();
  });

  it('but an act that happened and then threatened people stays an incident', () => {
    expect(subTypeIn('Gunmen clashed with police in Mosul and threatened the shopkeepers.')).toBe(
      'Armed clash',
    );
  });
});
