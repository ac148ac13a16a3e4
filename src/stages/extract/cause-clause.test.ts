import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [['Surat', placeEntity('Surat', 'IN')]];

describe('a disturbance told only as a cause', () => {
  it('is no incident when the main clause tells no act', () => {
    const text =
      'The board has postponed the school exams in Surat because of rioting and curfew in the city.';
    expect(subTypesOf({ text, mentions })).toEqual([]);
  });

  it('stays an incident when the sentence counts its dead', () => {
    const text = 'Two men died in Surat due to rioting between rival groups on Sunday.';
    const quantities: [string, ReturnType<typeof killed>][] = [['Two', killed(2, 'men')]];
    expect(subTypesOf({ text, mentions, quantities })).not.toEqual([]);
  });

  it('stays an incident when told as the main act', () => {
    const text = 'Rioting broke out in Surat on Sunday and shops were set on fire.';
    expect(subTypesOf({ text, mentions })).not.toEqual([]);
  });
  it('stays an incident when the cause is a blast, not a disturbance', () => {
    const text = 'Traffic on the Surat ring road was halted because of a roadside bomb on Sunday.';
    expect(subTypesOf({ text, mentions })).not.toEqual([]);
  });
});

describe('Arabic fighting told only as a cause', () => {
  const aden: [string, ReturnType<typeof placeEntity>][] = [['عدن', placeEntity('Aden', 'YE')]];

  it('is no incident when the main clause tells no act', () => {
    const text = 'وتوقفت كل السيارات عن الذهاب إلى عدن بسبب شدة القتال في مداخلها.';
    expect(subTypesOf({ text, mentions: aden })).toEqual([]);
  });

  it('stays an incident when the clause dates the fighting to a day', () => {
    const text = 'وتوقفت الدراسة في عدن بسبب الاشتباكات التي اندلعت أمس الأحد بين الطرفين.';
    const times: [string, { value: string; precision: 'day'; reason: string }][] = [
      ['أمس الأحد', { value: '2015-08-02', precision: 'day', reason: 'test' }],
    ];
    expect(subTypesOf({ text, mentions: aden, times })).toEqual(['Armed clash']);
  });

  it('stays an incident when told as the main act', () => {
    const text = 'واندلعت اشتباكات عنيفة في عدن بين المقاومة والحوثيين.';
    expect(subTypesOf({ text, mentions: aden })).toEqual(['Armed clash']);
  });
});

describe('Arabic fighting told as a cause beside another act', () => {
  it('goes while the act beside it stays', () => {
    const text = 'وأغلقت المحلات في عدن بسبب المعارك، واعتقلت الشرطة أمس خمسة مسلحين في المدينة.';
    expect(subTypesOf({ text, mentions: [['عدن', placeEntity('Aden', 'YE')]] })).toEqual(['Arrests']);
  });
});
