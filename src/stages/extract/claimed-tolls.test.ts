import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { fixtureDocument } from './fixture-document.js';
import { killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const fatalitiesOf = (spec: FixtureSpec) => {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map((e) => e.fatalities?.value ?? null);
};
const group = actorEntity('Islamic State', 'armed-group');
const town = placeEntity('Al-Shaddadi', 'SY');

// A group's own count of those it killed is its boast, not the toll; a source's telling of it is the toll.
describe('a toll told in an armed group’s own words', () => {
  it('is no toll of the act it claims', () => {
    const text =
      'وفي بيان على حسابه، قال تنظيم داعش إن مقاتليه اقتحموا ثكنة في بلدة الشدادي وقتلوا 40 جنديا على الأقل.';
    const spec: FixtureSpec = {
      text,
      mentions: [
        ['تنظيم داعش', group],
        ['الشدادي', town],
      ],
      quantities: [['40', killed(40, 'soldiers')]],
    };
    expect(fatalitiesOf(spec)).toEqual([null]);
  });

  it('is the toll when a source tells what the group did', () => {
    const text = 'وقال مصدر عسكري إن تنظيم داعش اقتحم ثكنة في بلدة الشدادي وقتل 40 جنديا على الأقل.';
    const spec: FixtureSpec = {
      text,
      mentions: [
        ['تنظيم داعش', group],
        ['الشدادي', town],
      ],
      quantities: [['40', killed(40, 'soldiers')]],
    };
    expect(fatalitiesOf(spec)).toEqual([40]);
  });

  it('is not carried to the bombing the next sentence claims', () => {
    const text =
      'انفجرت سيارة مفخخة قرب سوق الخضار في بلدة الشدادي صباح الخميس. وكان التنظيم أعلن مسؤوليته عن التفجير وقال إنه أوقع 90 قتيلا.';
    const spec: FixtureSpec = {
      text,
      mentions: [
        ['التنظيم', group],
        ['الشدادي', town],
      ],
      quantities: [['90', killed(90, 'people')]],
    };
    expect(fatalitiesOf(spec)[0]).toBeNull();
  });
});
