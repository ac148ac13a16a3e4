import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const army = actorEntity('Military Forces of Afghanistan', 'state-forces', 'AF');
const police = actorEntity('Police Forces of Afghanistan', 'state-forces', 'AF');
const kunduz = placeEntity('Kunduz', 'AF');

/** The sides and town of the sentences below: the army and the police tell, or are struck. */
const sides = (armyWord: string, policeWord: string): FixtureSpec['mentions'] => [
  [armyWord, army],
  [policeWord, police],
  ['قندوز', kunduz],
];
/** The police and the town alone. */
const policeInKunduz: FixtureSpec['mentions'] = [
  ['الشرطة', police],
  ['قندوز', kunduz],
];

// Who is told, who tells: a side joined to a speaker speaks with it; after «أن», a verb preceded by its own
// subject strikes the side after it.
describe('a side joined to the speaker', () => {
  it('speaks with it («أفاد الجيش والشرطة بأن …»)', () => {
    const text = 'وأفاد الجيش والشرطة الأفغانية بأن شابا هاجم حراس السوق بسكين فجرح اثنين منهم.';
    expect(actorsOf({ text, mentions: [['والشرطة الأفغانية', police]] })[0]).toBeUndefined();
  });

  it('still acts when it is joined to a side that acts («هاجم الجيش والشرطة …»)', () => {
    const text = 'وهاجم الجيش والشرطة مخبأ للمسلحين في قندوز صباح الأحد.';
    expect(actorsOf({ text, mentions: sides('الجيش', 'والشرطة') })[0]).toBe('Military Forces of Afghanistan');
    // The joined side alone still acts: no verb of saying makes it a speaker. (The army, in a text that
    // places nothing, would now be named without its state: here a first side that names no state's force.)
    const joined = 'وهاجم الأهالي والشرطة مخبأ للمسلحين في قندوز صباح الأحد.';
    expect(actorsOf({ text: joined, mentions: [['والشرطة', police]] })[0]).toBe(
      'Police Forces of Afghanistan',
    );
  });
});

describe('an Arabic verb after «أن» and its own subject', () => {
  it('takes the side right after it as the struck («أن مسلحا هاجم الشرطة»)', () => {
    const text = 'وقال شهود إن مسلحا هاجم الشرطة بسكين في قندوز صباح الأحد.';
    expect(actorsOf({ text, mentions: policeInKunduz })).toEqual([undefined, 'Police Forces of Afghanistan']);
  });

  it('keeps the side right after a verb with no subject before it its subject («أن هاجمت الشرطة»)', () => {
    const text = 'وقال شهود إنه بعد أن هاجمت الشرطة مخبأ للمسلحين في قندوز صباح الأحد قتل ثلاثة.';
    expect(actorsOf({ text, mentions: policeInKunduz })[0]).toBe('Police Forces of Afghanistan');
  });
});
