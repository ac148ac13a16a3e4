import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const sfax: FixtureSpec['mentions'] = [['صفاقس', placeEntity('Sfax', 'TN')]];

describe('victims led by civilians, a policeman among them', () => {
  it('types an attack that killed tourists and one policeman as an attack on civilians', () => {
    const text = 'تذكر الزوار في صفاقس ضحايا الهجوم الذي أسفر عن مقتل 12 سائحا أجنبيا وشرطي في مايو الماضي.';
    expect(subTypesOf({ text, mentions: sfax })).toEqual(['Attack']);
  });

  it('keeps a battle when the policemen are the ones killed', () => {
    const text = 'هاجم مسلحون دورية في صفاقس مساء الأحد فقتلوا ثلاثة من رجال الشرطة.';
    expect(subTypesOf({ text, mentions: sfax })).toEqual(['Armed clash']);
  });
});

describe('victims led by civilians, armed men among them', () => {
  it('keeps the battle: the armed men are a second side', () => {
    const text = 'Gunmen shot at a minibus in Sfax at dusk, killing both civilians and insurgents.';
    const mentions: FixtureSpec['mentions'] = [['Sfax', placeEntity('Sfax', 'TN')]];
    expect(subTypesOf({ text, mentions })).toEqual(['Armed clash']);
  });
});
