import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const town = placeEntity('Ostrava Nova', 'RT');

/** A house set on fire, told with or without the setters between «إضرام» and «النار». */
const spec = (text: string) => ({
  text,
  published: '2019-02-02',
  mentions: [['أوسترافا نوفا', town]] as [string, typeof town][],
});

describe('a fire set, told by «إضرام … النار»', () => {
  it.each([
    ['أعلنت الشرطة إضرام النار في منزل في أوسترافا نوفا.'],
    ['أعلنت الشرطة إضرام مجهولين النار في منزل في أوسترافا نوفا.'],
    ['أعلنت الشرطة إضرام مستوطنين متطرفين النار في منزل في أوسترافا نوفا.'],
  ])('is property destruction: %s', (text) => {
    expect(subTypesOf(spec(text))).toEqual(['Looting/property destruction']);
  });
});

describe('antiquities destroyed, told by «دمر … أثرية» or «دمر … آثارا»', () => {
  it.each([
    ['ودمر مسلحون كنوزا أثرية في أوسترافا نوفا أمس.'],
    ['ودمر مسلحو التنظيم آثارا تعود إلى القرن التاسع في أوسترافا نوفا أمس.'],
  ])('is property destruction: %s', (text) => {
    expect(subTypesOf(spec(text))).toEqual(['Looting/property destruction']);
  });

  it('is no event when positions or vehicles are destroyed', () => {
    expect(subTypesOf(spec('ودمر الجيش آليات في أوسترافا نوفا أمس.'))).toEqual([]);
  });
});
