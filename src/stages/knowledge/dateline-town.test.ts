import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './index.js';
import { placeMentions } from './knowledge-fixtures.js';

const kb = await loadKnowledgeBase();

const places = (text: string): string[] => placeMentions(kb, text);

describe('a name that opens an Arabic dateline', () => {
  it('is the town the story was filed from, not the country of that name', () => {
    expect(places('عمان - بترا\nأصيب ثلاثة رجال أمن في مداهمة لشقة شرقي المدينة.')).toEqual([
      'عمان=place:jo:amman',
    ]);
    expect(places('عمان — الغد: أوقفت الشرطة سائقا دهس مارة قرب دوار مزدحم.')).toEqual([
      'عمان=place:jo:amman',
    ]);
  });

  it('is the town before a kashida written as the dash, and with a kashida in its own name', () => {
    expect(places('عمان ـ بترا\nأوقف رجال الأمن شابين سرقا متجرا في حي شعبي.')).toEqual([
      'عمان=place:jo:amman',
    ]);
    expect(places('عمـان - الغد: اعتقلت الشرطة لصا اقتحم صيدلية ليلا.')).toEqual(['عمـان=place:jo:amman']);
  });

  it('stays the country elsewhere in the line', () => {
    expect(places('استقبلت عمان - وفق بيان رسمي - وفدا عسكريا من الهند.')).toContain('عمان=country:OM');
    expect(places('عمان تستضيف محادثات بين وفدين من اليمن.')).toContain('عمان=country:OM');
  });
});
