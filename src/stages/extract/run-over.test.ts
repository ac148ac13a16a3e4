import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

/** The sub-types found in a text told in Irbid. */
const inIrbid = (text: string) => subTypesOf({ text, mentions: [['إربد', placeEntity('Irbid', 'JO')]] });

describe('«دهس»: a ramming attack or a road accident', () => {
  it('types a person run over by a side as an attack, the car told as its weapon', () => {
    expect(inIrbid('دهست امرأة متطرفة بسيارتها فتيين عند مدخل مخيم في إربد.')).toEqual(['Attack']);
    expect(inIrbid('وقال شهود إن جنودا دهسوا بدبابتهم ثلاثة مارة في شوارع إربد أمس.')).toEqual(['Attack']);
  });

  it('leaves a person run over by a car, a bus or a driver on the road', () => {
    expect(inIrbid('توفي رجل مسن بعد أن دهسته حافلة في شارع رئيسي بمدينة إربد.')).toEqual([]);
    expect(inIrbid('دهس سائق مسرع عاملين على الطريق قرب مدينة إربد.')).toEqual([]);
    expect(inIrbid('لقي فتى حتفه دهسا تحت عجلات قطار في إربد.')).toEqual([]);
  });
});
