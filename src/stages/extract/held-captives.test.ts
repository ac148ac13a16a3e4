import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const mosul = placeEntity('Mosul', 'IQ');

describe('captives held by their abductors', () => {
  it('reads a detention told after an abduction as the abduction', () => {
    const text = 'وخطف التنظيم 40 مدنيا من الموصل، وقسم منهم تم اعتقالهم في مدرسة.';
    const mentions: FixtureSpec['mentions'] = [
      ['التنظيم', actorEntity('Islamic State')],
      ['الموصل', mosul],
    ];
    expect(subTypesOf({ text, mentions })).toEqual(['Abduction/forced disappearance']);
  });

  it('keeps an arrest the police make after an abduction', () => {
    const text = 'وخطف مسلحون 40 مدنيا من الموصل، واعتقلت الشرطة اثنين من الخاطفين.';
    expect(subTypesOf({ text, mentions: [['الموصل', mosul]] })).toContain('Arrests');
  });
});
