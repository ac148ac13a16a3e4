import { describe, expect, it } from 'vitest';
import { findQuantities } from './index.js';
import { quantitySummary as summary } from './fixture-quantity-summary.js';

const english: [string, string][] = [
  ['12 killed', '12 exact killed'],
  ['killing at least 12 people', '12 at_least killed people'],
  ['killing two and wounding another nine', '2 exact killed | 9 exact injured'],
  ['he was stabbed thirty times', ''],
  ['gunmen killed two day labourers on a bus', '2 exact killed'],
  ['the siege lasted two days', ''],
  ['he said he had tried to kill 100 people', '100 exact people'],
  ['militants gunned down three villagers', '3 exact killed people'],
  ['a gunman murdered four people in a cafe', '4 exact killed people'],
  ['the son of a murdered judge was shot', ''],
  ['troops managed to kill two attackers', '2 exact killed attackers'],
  ['12 people were killed', '12 exact killed people'],
  ['left 5 dead', '5 exact killed people'],
  ['five soldiers were wounded', '5 exact injured soldiers'],
  ['twenty-one civilians died', '21 exact killed civilians'],
  ['a hundred protesters', '100 exact protesters'],
  ['one hundred and five people', '105 exact people'],
  ['two thousand five hundred refugees', '2500 exact refugees'],
  ['a dozen militants', '12 exact militants'],
  ['two dozen police officers', '24 exact police'],
  ['dozens of civilians', 'dozens exact civilians'],
  ['scores of people were injured', 'dozens exact injured people'],
  ['hundreds of protesters were arrested', 'hundreds exact arrested protesters'],
  ['tens of thousands of refugees', 'thousands exact refugees'],
  ['several gunmen', 'several exact militants'],
  ['more than 30 militants', '30 at_least militants'],
  ['over 40 people', '40 at_least people'],
  ['no fewer than 7 soldiers', '7 at_least soldiers'],
  ['about 50 people', '50 about people'],
  ['nearly 200 civilians', '200 about civilians'],
  ['around 15 people', '15 about people'],
  ['some 300 fighters', '300 about militants'],
  ['an estimated 1,000 protesters', '1000 about protesters'],
  ['up to 20 people', '20 at_most people'],
  ['fewer than 10 people', '10 at_most people'],
  ['as many as 60 people', '60 at_most people'],
  ['between 10 and 15 people', '10-15 at_least people'],
  ['10 to 15 people', '10-15 at_least people'],
  ['two or three soldiers', '2-3 at_least soldiers'],
  ['30 people or more', '30 at_least people'],
  ['the blast killed 9 Syrian soldiers', '9 exact killed soldiers'],
  ['the death toll rose to 30', '30 exact killed'],
  ['the death toll from the blast rose to 40', '40 exact killed'],
  ['militants kidnapped 4 aid workers', '4 exact abducted'],
  ['police arrested 17 demonstrators', '17 exact arrested protesters'],
  ['a soldier was killed', '1 exact killed soldiers'],
  ['one policeman was injured', '1 exact injured police'],
  ['one of them said', ''],
  ['12 killed and 30 wounded', '12 exact killed | 30 exact injured people'],
  ['killing 3 soldiers and wounding 5 others', '3 exact killed soldiers | 5 exact injured others'],
  ['1,00,000 protesters', '100000 exact protesters'],
  ['1.5 million refugees', '1500000 exact refugees'],
  ['in 2015', ''],
  ['on 21/7/2015', ''],
  ['at 10:30 am', ''],
  ['aged 25', ''],
  ['a 25-year-old man', ''],
  ['50% of the vote', ''],
  ['50 percent', ''],
  ['$5 million', ''],
  ['20 dollars', ''],
  ['10 km north', ''],
  ['the 21st century', ''],
  ['an F-16 jet', ''],
  ['Resolution 2254', ''],
  ['call +966 501234567', ''],
  ['three days later', ''],
  [
    'the fighting has killed more than 95000 people wounded at least one million',
    '95000 at_least killed people | 1000000 at_least injured',
  ],
  ['Israel seized 1200 square kilometres', ''],
  ['a quarter of a million people', ''],
  ['the 2002-03 budget', ''],
  ['losses of rs 300 crore', ''],
  ['15 deaths were reported', '15 exact killed people'],
  ['1. The first item', ''],
  ['killing 3 soldiers and 5 civilians', '3 exact killed soldiers | 5 exact killed civilians'],
  ['killed or wounded 40 people', '40 exact people'],
  // A casualty word and its count apart: a short phrase, a passive verb after a phrase, a long toll.
  ['killed in the attack were 5 soldiers', '5 exact killed soldiers'],
  [
    'a woman was killed and 19 others on a ferry were wounded',
    '1 exact killed women | 19 exact injured others',
  ],
  // A second noun joined to the counted one shares its passive verb; after a casualty word, the verb is
  // another's fate.
  ['over 25 soldiers and militia were killed', '25 at_least killed soldiers'],
  ['12 soldiers and policemen were wounded', '12 exact injured soldiers'],
  ['killed three soldiers and guards were wounded', '3 exact killed soldiers'],
  [
    'Sixty-three people including 21 children were killed',
    '63 exact killed people | 21 exact killed children',
  ],
  ['the death toll in the bombing raid on the city rises to 76', '76 exact killed'],
  ['the explosion claimed the lives of 5 soldiers', '5 exact killed soldiers'],
  [
    'a raid ending in the killing of one person and the wounding of 33 others',
    '1 exact killed people | 33 exact injured others',
  ],
  ['the shelling left 3 dead', '3 exact killed people'],
  ['neighbours saw the murder of two guards', '2 exact killed guards'],
  ['the massacre of 30 villagers', '30 exact killed people'],
  // The act's noun names the dead counted after it, not those who told of it.
  ['two guards saw the murder', '2 exact guards'],
  ['two people were killed', '2 exact killed people'],
  ['an officer was assassinated', '1 exact killed officers'],
  // One person's fate told in several words, or by a rebel's other name.
  ['a guerrilla was shot dead near the ford', '1 exact killed militants'],
  ['a guard was gunned down at the gate', '1 exact killed guards'],
  ['a farmer was shot and killed', '1 exact killed people'],
  ['seven guerrillas were killed', '7 exact killed militants'],
  // A bare active verb with an object makes the one person its doer, not its victim.
  ['a gunman shot dead a guard', '1 exact killed guards'],
  ['a sniper killed two soldiers', '2 exact killed soldiers'],
  ['a policeman and a civilian were killed', '1 exact killed police | 1 exact killed civilians'],
  ['wounding a woman and a young man', '1 exact injured women | 1 exact injured men'],
  ['wounding a woman and a young man and damaging shops', '1 exact injured women | 1 exact injured men'],
  ['11 fatalities and 35 injuries', '11 exact killed people | 35 exact injured people'],
  [
    'killing 3 soldiers, 4 policemen and 5 civilians',
    '3 exact killed soldiers | 4 exact killed police | 5 exact killed civilians',
  ],
  ['killed 12 people, 5 of them children', '12 exact killed people | 5 exact'],
  ['killed 3 soldiers, 40 people said', '3 exact killed soldiers | 40 exact people'],
  ['killing all three', '3 exact killed'],
  ['killing (12) people', '12 exact killed people'],
  ['(2) soldiers were killed', ''],
  ['the victim (25) was killed', ''],
  ['killed the ferryman and five other members of his crew', '5 exact killed members'],
  ['the gunman was killed while three other people were injured', '3 exact injured people'],
  ['20 dead and wounded', '20 exact people'],
  ['troops killed the commander and 21 others', '21 exact killed others'],
  ['one person was stabbed', '1 exact injured people'],
  ['a woman had been hacked to death by bandits', '1 exact killed women'],
  ['two women were stoned to death by the crowd', '2 exact killed women'],
  ['two women were stoned by the crowd', '2 exact women'],
  ['nine persons were burnt alive inside a shed', '9 exact killed people'],
  ['five men were burned alive in their car', '5 exact killed men'],
  ['two women were blinded by the acid', '2 exact injured women'],
  ['two women were blindfolded by the guards', '2 exact women'],
  ['miscreants stabbed two persons', '2 exact injured people'],
  // Nobody met a fate: a count of zero.
  ['no one was hurt in the blast', '0 exact injured'],
  ['nobody was killed', '0 exact killed'],
  ['no casualties were reported', '0 exact killed | 0 exact injured'],
  // "one" counts when its subject closes with a casualty verb, whatever its noun; as a pronoun it does not.
  ['One bodyguard was killed', '1 exact'],
  ['One village guard and one gunman were killed', '1 exact | 1 exact killed militants'],
  ['No one was reported killed', ''],
  ['One day later the market reopened', ''],
];

describe('findQuantities reads English counts', () => {
  it.each(english)("'%s' → %s", (text, expected) => {
    expect(summary(text)).toBe(expected);
  });
});

describe('findQuantities spans', () => {
  it('spans the qualifier and the number, and the noun span covers role and noun', () => {
    const text = 'أسفر عن مقتل ما لا يقل عن 12 شخصا';
    const [q] = findQuantities(text, [{ span: [0, text.length] }], 'ar');
    expect(text.slice(...q.span)).toBe('ما لا يقل عن 12');
    expect(text.slice(...(q.nounSpan ?? [0, 0]))).toBe('مقتل ما لا يقل عن 12 شخصا');
  });

  it('reads only inside sentence spans and never joins words across two sentences', () => {
    const text = 'Menu 12 items. Then 5 people were killed.';
    const qs = findQuantities(text, [{ span: [15, text.length] }], 'en');
    expect(qs.map((q) => text.slice(...q.span))).toEqual(['5']);
    const split = 'They killed. 12 people fled.';
    const two = findQuantities(split, [{ span: [0, 12] }, { span: [13, split.length] }], 'en');
    expect(two.map((q) => q.role)).toEqual([undefined]);
  });
});
