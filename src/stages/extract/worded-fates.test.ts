import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { readTollAt } from './fixture-toll-reading.js';
import { withTollRoles } from './toll-words.js';
import { tollFromWords } from './worded-tolls.js';

// Fates told in words the toll readers once missed: deaths "to death" by stones or choking, "Both men
// died", a pair named with asides, a rank before a lower-case rank, "killed only", one hurt "along with"
// a count. Each beside a sentence it must not read so.

const worded = (text: string, role: 'killed' | 'injured') =>
  tollFromWords(text, [0, text.length], role)?.value ?? null;

describe('tollFromWords reads deaths told in words', () => {
  it.each([
    ['The ferryman was stabbed and strangled to death behind the boathouse.', 'killed', 1],
    // One stabbed and robbed is hurt, not dead.
    ['The ferryman was stabbed and robbed behind the boathouse.', 'injured', 1],
    // The fate before its one victim, and a body discovered.
    ['Bandits beat to death a ferryman who they said was an informer.', 'killed', 1],
    ['The ferryman was discovered dead in his boathouse.', 'killed', 1],
    ['The ferryman was discovered hiding in his boathouse.', 'killed', null],
    ['The ferryman was stabbed and strangled to death behind the boathouse.', 'injured', null],
    ['Raiders shot a miller and his nephew by the weir. Both men later died in the clinic.', 'killed', 2],
    ['Both of them died on the way to the clinic.', 'killed', 2],
    // Both barges were hit, but one man died: not two dead.
    ['Both barges were hit by the rockets and a deckhand died.', 'killed', 1],
    [
      'Ivo Marek, head of the dock union, and his deputy Tomas Ruiz Gil, a welder, were killed by the blast.',
      'killed',
      2,
    ],
    // The pair was unhurt; only the guard died.
    ['Ivo Marek and his deputy Tomas Ruiz were unhurt, but a guard was killed.', 'killed', 1],
    ['Raiders killed militia Captain major Ivo Marek at the ford.', 'killed', 1],
    ['Ivo Marek, the warden of the Ruritanian Lake Reserve died of his burns.', 'killed', 1],
    // The aside's own clause tells who died: not the one named.
    ['Ivo Marek, the warden of the reserve where rangers died, was praised.', 'killed', null],
    ['The blast at the gate killed only the driver of the van.', 'killed', 1],
    ['A boatman was killed and a Ruritanian deckhand wounded at the jetty.', 'injured', 1],
    ['A boatman was killed and a nine year old boy hurt at the jetty.', 'injured', 1],
    // A count after "a further" is the count's to tell, not one hurt.
    ['A boatman was killed and a further 14 wounded at the jetty.', 'injured', null],
    ['Raiders fired on the ferry. Her brother and nephew were wounded.', 'injured', 2],
    // "Their boats" are no people.
    ['Raiders fired on the ferry. Their boats and nets were damaged.', 'injured', null],
    ['Raiders burned the lodge, killing its cook and gardener.', 'killed', 2],
    ['A crowd killed the cook and the maid of a ferry owner.', 'killed', 2],
    // The second is the subject of a verb of its own.
    ['A crowd killed the cook and the maid ran to the ferry.', 'killed', 1],
    ['Raiders shot a boatman in the legs by the jetty.', 'injured', 1],
    // Shot in the head is not said to be hurt only.
    ['Raiders shot a boatman in the head by the jetty.', 'injured', null],
    // "Only" livestock: no person.
    ['The blast at the gate killed only livestock in the pen.', 'killed', null],
    ['The bodies of Ivo and Tomas Marek were found by the weir.', 'killed', 2],
    ['The bodies of Ivo and Tomas, were found by the weir.', 'killed', 2],
    // Their dogs, not their bodies, were found.
    ['The dogs of Ivo and Tomas were found by the weir.', 'killed', null],
  ] as const)('reads "%s" as %s %s', (text, role, value) => {
    expect(worded(text, role)).toBe(value);
  });
});

describe('withTollRoles reads fates around a count', () => {
  it('adds the one hurt before "along with" a count: "was hurt, along with two of her clerks"', () => {
    const text = 'The harbour master was hurt, along with two of her clerks.';
    const read = readTollAt(text, 'two', 2);
    expect([read.role, read.value]).toEqual(['injured', 3]);
  });

  it('adds no one wounded to a count of the dead: "was wounded and two of his aides were killed"', () => {
    const text = 'The harbour master was wounded and two of his aides were killed.';
    const read = readTollAt(text, 'two', 2);
    expect([read.role, read.value]).toEqual(['killed', 2]);
  });

  it('kills the count a crowd "stoned" when "to death" follows it, not one it only stoned', () => {
    expect(readTollAt('A crowd stoned two porters to death at the market.', 'two', 2).role).toBe('killed');
    expect(readTollAt("A crowd stoned two porters' carts at the market.", 'two', 2).role).toBeUndefined();
  });

  it.each([
    ['Eight porters were hurt by the mine. Two of the wounded later died.', 'killed'],
    // Those hurt who were flown out are still hurt.
    ['Eight porters were hurt by the mine. Two of the wounded were flown out.', 'injured'],
  ] as const)('reads "Two of the wounded" in "%s" as %s', (text, role) => {
    const at = text.indexOf('Two');
    const noun = text.indexOf('wounded');
    const two: Quantity = {
      span: [at, at + 3],
      value: 2,
      qualifier: 'exact',
      role: 'injured',
      noun: 'people',
      nounSpan: [noun, noun + 7],
    };
    expect(withTollRoles([two], text)[0].role).toBe(role);
  });
});

// One search for a fate word answers for every pattern before any runs: the rarer words still let them.
describe('tollFromWords reads tolls told by its rarer fate words', () => {
  it.each([
    ['A corpse was found beside the canal lock at dawn.', 'killed', 1],
    ['The lock keeper later succumbed in the clinic.', 'killed', 1],
    ['The ferry clerk was hospitalised after the stoning.', 'injured', 1],
    ['The raiders burned the granary but no one was hurt.', 'killed', 0],
    ['Gunmen fired at the granary gate and fled on foot.', 'killed', null],
    ['Gunmen fired at the granary gate and fled on foot.', 'injured', null],
  ] as const)('%s (%s)', (text, role, value) => {
    expect(worded(text, role)).toBe(value);
  });
});
