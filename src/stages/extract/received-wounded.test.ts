import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const amman = placeEntity('Amman', 'JO');

describe('wounded received as patients, their wounds told by gunshots', () => {
  it('is no shooting where they are received', () => {
    const text =
      'واستقبلت عمان أول طائرة لنقل الجرحى، وكان عدد الحالات مائة جريح، وكانت الإصابات في الرأس والصدر إثر طلقات نارية.';
    expect(subTypesOf({ text, mentions: [['عمان', amman]] })).toEqual([]);
  });

  it('leaves a shooting told with its own act', () => {
    const text = 'وأطلق مسلحون النار على حافلة في عمان، ونقل الجرحى إلى المستشفى إثر طلقات نارية.';
    expect(subTypesOf({ text, mentions: [['عمان', amman]] })).not.toEqual([]);
  });
});
