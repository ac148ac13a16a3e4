import { describe, expect, it } from 'vitest';
import { count } from '../../extract/incident-toll.js';
import { withTollRoles } from '../../extract/toll-words.js';
import { findQuantities } from './index.js';

const quantitiesOf = (text: string) => findQuantities(text, [{ span: [0, text.length] }], 'en');

/** The toll of `role` the extract stage reads from the quantities found in `text`. */
function tollOf(text: string, role: 'killed' | 'injured'): number | null {
  return count(withTollRoles(quantitiesOf(text), text), role, false, text)?.value ?? null;
}

describe('ages are never counts of people', () => {
  it.each([
    ['Two clerks ages 36 and 48 were gunned down by the market.', [36, 48]],
    ['Two porters aged 19 and 23 were wounded by the blast.', [19, 23]],
    ['Three herders aged 20, 25 and 31 were killed by the raiders.', [20, 25, 31]],
    ['Gunmen killed a shopkeeper, 55, outside his store.', [55]],
    ['Ivo Marek, 37, and Lena Dorn, 42, were knifed at home.', [37, 42]],
    ['Raiders shot dead a farmer, 61.', [61]],
    ['A man, age 42, was shot dead at the gate.', [42]],
    ['A 37-year-old driver was wounded at the checkpoint.', [37]],
    ['رجل يبلغ من العمر 42 عاما قتل برصاص مسلحين.', [42]],
    ['أصيب الشاب سامر (19 عاما) بجروح في الانفجار.', [19]],
  ])('"%s" counts none of the ages %j', (text, ages) => {
    const values = quantitiesOf(text).map((q) => q.value);
    for (const age of ages) expect(values).not.toContain(age);
  });

  it.each([
    ['Two clerks ages 36 and 48 were gunned down by the market.', 'killed', 2],
    ['Two porters aged 19 and 23 were wounded by the blast.', 'injured', 2],
    ['Three herders aged 20, 25 and 31 were killed by the raiders.', 'killed', 3],
    ['Two guards, aged 30 and 51, were hurt when the gate was shelled.', 'injured', 2],
  ] as const)('reads "%s" as %s %d', (text, role, n) => {
    expect(tollOf(text, role)).toBe(n);
  });

  it('keeps counts set between commas after a count, a plural noun or a verb', () => {
    const values = (text: string) => quantitiesOf(text).map((q) => q.value);
    expect(values('Rebels killed 3 and wounded 12, 4 of them badly.')).toEqual([3, 12, 4]);
    expect(values('The dead were all soldiers, 14, the army said.')).toEqual([14]);
    expect(values('Among those killed, 9 were police officers.')).toEqual([9]);
  });
});
