import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const surat = placeEntity('Surat', 'IN');

describe('damage told as the look of things seen', () => {
  it.each<[string, FixtureSpec]>([
    [
      'buildings looked at, one adjective joined to another',
      {
        text: 'The convoy crawled through Surat, halting now and then to look at smoke-blackened and burnt houses by the road.',
        mentions: [['Surat', surat]],
      },
    ],
    [
      'shops driven past',
      {
        text: 'The minister drove past charred shops in Surat on Tuesday.',
        mentions: [['Surat', surat]],
      },
    ],
  ])('drops %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps verbs joined by "and", done by a crowd', () => {
    const spec = { text: 'A mob looted and burnt shops in Surat on Monday.', mentions: [['Surat', surat]] };
    expect(subTypesOf(spec as FixtureSpec)).toEqual(['Mob violence']);
  });
});
