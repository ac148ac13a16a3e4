import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const munich: FixtureSpec['mentions'] = [['ميونيخ', placeEntity('Munich', 'DE')]];

describe('a blast told as a mishap', () => {
  it('tells no incident of a fire and blast in a workshop', () => {
    const text = 'أصيب عشرة عمال مساء أمس في حادث اندلاع حريق وانفجار داخل ورشة للدهانات في مدينة ميونيخ.';
    expect(subTypesOf({ text, mentions: munich })).toEqual([]);
  });

  it('tells no incident of a blast while the firemen worked', () => {
    const text = 'وقع انفجار أثناء أعمال الإطفاء في مخزن بمدينة ميونيخ فأصيب ثلاثة أشخاص.';
    expect(subTypesOf({ text, mentions: munich })).toEqual([]);
  });

  it('tells no incident of a blast at a works, with the deaths it caused, when no attacker is told', () => {
    const text = 'قتل عاملان في انفجار داخل مصفاة للنفط في مدينة ميونيخ مساء الاثنين.';
    expect(subTypesOf({ text, mentions: munich })).toEqual([]);
  });

  it('keeps a vehicle that blew up near a works', () => {
    const text = 'قتل اثنا عشر مدنيا في انفجار حافلة صغيرة قرب مصنع للإمدادات العسكرية في مدينة ميونيخ.';
    expect(subTypesOf({ text, mentions: munich })).toHaveLength(1);
  });

  it('keeps a blast that killed, told as an accident away from any works', () => {
    const text = 'An accidental premature explosion killed three men who were boarding a train in Munich.';
    expect(subTypesOf({ text, mentions: [['Munich', placeEntity('Munich', 'DE')]] })).toHaveLength(1);
  });

  it('tells no incident of a blast a company was fined for', () => {
    const text = 'ودفعت الشركة غرامات كبيرة تتعلق بانفجار وقع قبل خمس سنوات في ميونيخ.';
    expect(subTypesOf({ text, mentions: munich })).toEqual([]);
  });

  it('keeps a blast a bomb or an armed side makes an act, fire or not', () => {
    const bomb = 'أصيب عشرة أشخاص في انفجار عبوة ناسفة أدى إلى اندلاع حريق في سوق بمدينة ميونيخ.';
    expect(subTypesOf({ text: bomb, mentions: munich })).toEqual(['Remote explosive/landmine/IED']);
    const set = 'أصيب عشرة أشخاص في تفجير أدى إلى اندلاع حريق في سوق بمدينة ميونيخ.';
    expect(subTypesOf({ text: set, mentions: munich })).toHaveLength(1);
  });

  it('keeps a blast whose vehicle crashed into a barrier: a crash is the attack told, no mishap', () => {
    const text =
      'A fuel truck crashed into the barrier of a police post in Munich and exploded, wounding four policemen.';
    expect(subTypesOf({ text, mentions: [['Munich', placeEntity('Munich', 'DE')]] })).toHaveLength(1);
  });
});
