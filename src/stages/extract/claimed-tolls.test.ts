import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { fixtureDocument } from './fixture-document.js';
import { killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** The fatalities of each event of `text`, whose group is written `group` and whose count is `n`. */
function fatalitiesOf(text: string, group: string, n: number): (number | null)[] {
  const spec: FixtureSpec = {
    text,
    mentions: [
      [group, actorEntity('Islamic State', 'armed-group')],
      ['الشدادي', placeEntity('Al-Shaddadi', 'SY')],
    ],
    quantities: [[String(n), killed(n, 'soldiers')]],
  };
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map((e) => e.fatalities?.value ?? null);
}

// A group's own count of those it killed is its boast, not the toll; a source's telling of it is the toll.
describe('a toll told in an armed group’s own words', () => {
  it('is no toll of the act it claims', () => {
    const text =
      'وفي بيان على حسابه، قال تنظيم داعش إن مقاتليه اقتحموا ثكنة في بلدة الشدادي وقتلوا 40 جنديا على الأقل.';
    expect(fatalitiesOf(text, 'تنظيم داعش', 40)).toEqual([null]);
  });

  it('is the toll when a source tells what the group did', () => {
    const text = 'وقال مصدر عسكري إن تنظيم داعش اقتحم ثكنة في بلدة الشدادي وقتل 40 جنديا على الأقل.';
    expect(fatalitiesOf(text, 'تنظيم داعش', 40)).toEqual([40]);
  });

  it('is not carried to the bombing the next sentence claims', () => {
    const text =
      'انفجرت سيارة مفخخة قرب سوق الخضار في بلدة الشدادي صباح الخميس. وكان التنظيم أعلن مسؤوليته عن التفجير وقال إنه أوقع 90 قتيلا.';
    expect(fatalitiesOf(text, 'التنظيم', 90)[0]).toBeNull();
  });
});
