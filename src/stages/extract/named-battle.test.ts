import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import { killed } from './fixture-actors.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const zabadani = placeEntity('Al-Zabadani', 'SY');
const yesterday = { value: '2015-08-03', precision: 'day' as const, reason: 'test' };

describe('a battle named after its place or told from its start', () => {
  it.each<[string, FixtureSpec]>([
    [
      'a battle named after the town, begun a month ago',
      {
        text: 'وتبقى معركة الزبداني التي بدأت قبل شهر هدفا استراتيجيا لقوات النظام.',
        mentions: [['الزبداني', zabadani]],
      },
    ],
    [
      'losses since the start of the battle',
      {
        text: 'ولم يحقق النظام أي تقدم في الزبداني رغم الخسائر التي تكبدها منذ بدء المعركة.',
        mentions: [['الزبداني', zabadani]],
      },
    ],
  ])('is no incident: %s', (_, spec) => {
    expect(assertedWords(spec).filter((w) => w.includes('معرك'))).toEqual([]);
  });

  it('leaves the day’s fighting told beside it', () => {
    const text = 'وتبقى معركة الزبداني هدفا للنظام الذي خاض أمس اشتباكات عنيفة في المدينة.';
    const spec = { text, mentions: [['الزبداني', zabadani]], times: [['أمس', yesterday]] } as FixtureSpec;
    expect(assertedWords(spec)).toContain('اشتباكات');
  });

  it.each<[string, FixtureSpec]>([
    [
      'a battle with its dead counted',
      {
        text: 'وقتل عشرون مسلحا في معركة الزبداني.',
        mentions: [['الزبداني', zabadani]],
        quantities: [['عشرون', killed(20, 'مسلحا')]],
      },
    ],
    [
      'a battle dated to a day',
      {
        text: 'واندلعت معركة الزبداني أمس بين الطرفين.',
        mentions: [['الزبداني', zabadani]],
        times: [['أمس', yesterday]],
      },
    ],
    ['a battle told plainly', { text: 'ودارت معركة عنيفة في الزبداني.', mentions: [['الزبداني', zabadani]] }],
  ])('stays an incident: %s', (_, spec) => {
    expect(assertedWords(spec).some((w) => w.includes('معرك'))).toBe(true);
  });
});
