import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { runningTotal } from './running-totals.js';
import { withTollRoles } from './toll-words.js';
import { tollFromWords } from './worded-tolls.js';

/** The count of the dead in a sentence ("12 lives", "6 people"), as the quantities layer reads it. */
function killedCount(text: string): Quantity {
  const m = /\d+(?= (?:\w+ )?(?:lives|people))/.exec(text)!;
  return { span: [m.index, m.index + m[0].length], value: 1, qualifier: 'exact', role: 'killed' };
}

describe('runningTotal: a count summed over several incidents', () => {
  it.each([
    ['Eight men were held over three cases of rioting in the old quarter, which claimed 12 lives.', true],
    ['Police are probing two incidents of arson in the town that killed 5 people.', true],
    // One incident's toll, told by a relative clause, is its own.
    ['Police are probing a case of arson in the town that killed 5 people.', false],
    ['The riots in the old quarter, which claimed 12 lives, were the worst in years.', false],
  ] as const)('"%s" → %s', (text, summed) => {
    expect(runningTotal(killedCount(text), text)).toBe(summed);
  });
});

describe('runningTotal: a count summed over a war told by its length', () => {
  it.each([
    ["A watchdog counted 41 people killed in Ruritania's 18-month war.", true],
    ['A watchdog counted 41 people killed in Ruritanias two-year civil war.', true],
    ['The group says 41 people have died in the four-year conflict.', true],
    ['The group counts 12 medics killed in the four-year conflict, as well as 41 other people.', true],
    // A toll told beside a war-torn country, or of a clash in the war, is the incident's own.
    ['A car bomb killed 41 people in the war-torn country on Monday.', false],
    ['Rebels and troops clashed near the border, and 41 people were killed in the fighting.', false],
  ] as const)('"%s" → %s', (text, summed) => {
    expect(runningTotal(killedCount(text), text)).toBe(summed);
  });
});

describe('runningTotal: a fate told over the past weeks', () => {
  it.each([
    ['Officials said 14 people were killed in the past week across the valley.', true],
    ['Medics say 14 people have died over the last two months in the camp.', true],
    // A span of weeks that counts the attacks, not the dead, leaves the toll the incident's own.
    ['A bomb killed 14 people at the market, the third such blast in the past week.', false],
  ] as const)('"%s" → %s', (text, summed) => {
    expect(runningTotal(killedCount(text), text)).toBe(summed);
  });
});

describe('runningTotal: a fate told over the past few days', () => {
  it.each([
    [
      'Medics said 52 people, among them 11 children, were killed and 200 more hurt in the raids on the province over the past few days.',
      true,
    ],
    ['Monitors say 30 people have died since Friday in fighting around the dam.', true],
    ['Officials said 9 people were killed in recent days along the river.', true],
    [
      'Officials said 60 people were killed in three days of air and ground operations across the province.',
      true,
    ],
    // Days of one battle leave its toll its own.
    ['Officials said 60 people were killed in three days of fighting for the bridge.', false],
    // Days that count the blasts, not the dead, leave the toll the incident's own.
    ['A bomb killed 14 people at the market, the third such blast since Friday.', false],
    ['A bomb killed 14 people at the market on Friday.', false],
  ] as const)('"%s" → %s', (text, summed) => {
    expect(runningTotal(killedCount(text), text)).toBe(summed);
  });
});

describe('runningTotal: a fate told over a whole land', () => {
  it.each([
    ['A farmer was killed and 12 people were injured in several attacks across the country on Monday.', true],
    ['Officials said 40 people were killed in army operations across the province.', true],
    // A land named elsewhere in the sentence does not sum the toll of the blast told.
    ['A bomb killed 12 people in the market, and protests spread across the country.', false],
    ['A bomb killed 12 people in the market as protests spread across the country.', false],
  ] as const)('"%s" → %s', (text, summed) => {
    expect(runningTotal(killedCount(text), text)).toBe(summed);
  });
});

describe('runningTotal: a sum told over several incidents', () => {
  it.each([
    ['Seven bombs went off across the province. A total of 6 people were killed.', true],
    ['A series of blasts hit the city. In all, 19 people died.', true],
    ['This was one of more than 40 attacks on shops that day. A total of 6 people were killed.', true],
    ['Four simultaneous bombings hit the capital. Together, the blasts killed 30 people.', true],
    ['Two coordinated car bombs hit a fair. In total, the bombings killed at least 14 people.', true],
    // The sum told as one attack's: the toll of the attack the bombs made up.
    ['Two coordinated car bombs hit a fair. In total, the attack killed at least 14 people.', false],
    ['Three simultaneous blasts struck a depot. Altogether the assault left 9 people dead.', false],
    ['Two coordinated car bombs hit a fair. In total, the attack killed four and hurt 14 people.', false],
    // One incident's sum, or several incidents with no sum told, keep their toll.
    ['A bomb went off in the market. A total of 6 people were killed.', false],
    ['Two bombs went off in the market, killing 6 people.', false],
  ] as const)('"%s" → %s', (text, summed) => {
    expect(runningTotal(killedCount(text), text)).toBe(summed);
  });
});

describe('the dead of an older incident the sentence names as the cause or the one before', () => {
  it.each([
    ['The raid came four days after a judge sentenced a smuggler to death for killing 3 guards.', undefined],
    ['The attacks come just days after three car bombs hit the port, killing 21 people.', undefined],
    ['The blast also comes after the shooting deaths of 3 ferrymen on the river.', undefined],
    ['Two weeks prior to this incident a gunman opened fire at a cafe, killing 12 people.', undefined],
    ['Rebels shelled the town in retaliation for the deaths of 8 of their fighters.', undefined],
    ['The group said the shelling was revenge for the killings of 8 of its fighters.', undefined],
    ['Hundreds marched to protest the killing of 4 students by the police.', undefined],
    ['Police fired in response to stone-throwing, killing 2 youths.', 'killed'],
    ['Gunmen opened fire on the bus, killing 6 passengers.', 'killed'],
    ['Strikes were ordered in response to an attack that killed 1400 people.', 'killed'],
  ] as const)('gives no toll to the count of the incident told before: "%s" → %s', (text, role) => {
    const m = /\d+/.exec(text)!;
    const q: Quantity = {
      span: [m.index, m.index + m[0].length],
      value: Number(m[0]),
      qualifier: 'exact',
      role: 'killed',
    };
    expect(withTollRoles([q], text)[0].role).toBe(role);
  });

  it('gives no toll in words to one killed in the incident a group says it answers', () => {
    const text =
      'A bomb went off at a bank. The group said it acted to protest the death of a student who was killed.';
    expect(tollFromWords(text, [0, text.length], 'killed')).toBeNull();
    const plain = 'A bomb went off at a bank. A student was killed.';
    expect(tollFromWords(plain, [0, plain.length], 'killed')?.value).toBe(1);
  });
});

describe('runningTotal: the words before a count are read only from the last full stop on', () => {
  it.each([
    // "since 2003" in the sentence before does not sum the count told after it.
    ['Patrols have crossed the river since 2003. A mine killed 6 people near the ford.', false],
    ['Patrols have crossed the river since 2003; a mine killed 6 people near the ford.', false],
    ['Since 2003, the fighting over the river has killed 6 people.', true],
    ['The port was shut. Since 2003, the fighting over the river has killed 6 people.', true],
  ] as const)('"%s" → %s', (text, summed) => {
    expect(runningTotal(killedCount(text), text)).toBe(summed);
  });
});

describe('runningTotal: the dead of a campaign for a place', () => {
  it.each([
    ['At least 90 people had been killed in the fight for Varsk, the monitor said.', true],
    ['Some 40 people died in the battle for the town of Orlen over the summer.', true],
    ['About 60 people have been killed since the offensive began, medics said.', true],
    // One day of the battle: that day's toll.
    ['Some 40 people died on Monday in the battle for Orlen.', false],
    ['Some 40 people died in the battle, the army said.', false],
  ] as const)('"%s" → %s', (text, summed) => {
    expect(runningTotal(killedCount(text), text)).toBe(summed);
  });

  it('reads "Another" count right after such a total as more of it', () => {
    const text =
      'At least 90 people had been killed in the fight for Varsk. Another 30 people were also killed.';
    const another: Quantity = { span: [67, 69], value: 30, qualifier: 'exact', role: 'killed' };
    expect(runningTotal(another, text)).toBe(true);
    const alone = 'A bomb killed 9 people in Varsk. Another 30 people were also killed.';
    expect(runningTotal({ ...another, span: [41, 43] }, alone)).toBe(false);
  });
});
