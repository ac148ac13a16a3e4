import { describe, expect, it } from 'vitest';
import { doneBeforeCaught } from './caught-doer.js';
import { eventRecord } from './placed-fixture.js';

/** An attack told once, in the whole text, its trigger the first occurrence of `trigger`. */
function attackIn(text: string, trigger: string) {
  const at = text.indexOf(trigger);
  return eventRecord('Attack', [at, at + trigger.length], [0, text.length]);
}

describe('doneBeforeCaught', () => {
  it.each([
    ['Police on Monday arrested a gunman who shot dead three fishermen.', 'shot dead', true],
    ['Guards detained two young men who had allegedly stabbed a clerk.', 'stabbed', true],
    ['A court sentenced the driver who ran over a constable.', 'ran over', true],
    // English read without the folded view is still read lower-cased.
    ['Police Arrested a gunman Who shot dead three fishermen.', 'shot dead', true],
    ['اعتقلت الشرطة يوم الاثنين المسلح الذي قتل ثلاثة صيادين.', 'قتل', true],
    // Spelt with ى for ي, and with harakat.
    ['وألقت الشرطة القبضَ على المسلح الذى قتل ثلاثة صيادين.', 'قتل', true],
    ['أعدمت السلطات الرجلين اللذان فجّرا الحافلة.', 'فجّرا', true],
    // Not caught: the act's own sentence tells it as news, or another act hosts it.
    ['A gunman shot dead three fishermen on Monday.', 'shot dead', false],
    ['Troops fired on protesters who threw stones at a checkpoint.', 'threw', false],
    ['Police arrested a gunman after he shot dead three fishermen.', 'shot dead', false],
  ])('reads "%s" (act "%s") as done before the catching: %s', (text, trigger, caught) => {
    expect(doneBeforeCaught(attackIn(text, trigger), text)).toBe(caught);
  });

  it('leaves an act told again elsewhere to its other tellings', () => {
    const text = 'Police arrested a gunman who shot dead three fishermen. The shooting shocked the port.';
    const event = attackIn(text, 'shot dead');
    event.evidence = [
      [0, 55],
      [56, text.length],
    ];
    expect(doneBeforeCaught(event, text)).toBe(false);
  });
});
