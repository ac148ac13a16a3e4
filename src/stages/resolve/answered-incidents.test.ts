import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const aleppo = placeEntity('Aleppo', 'SY');
const sunday = { value: '2015-07-26', precision: 'day', reason: 'weekday' } as const;

/** A text naming Aleppo twice and Sunday once, with three killed. */
function aleppoTwiceThreeDead(text: string): FixtureSpec {
  return {
    text,
    mentions: [
      ['Aleppo', aleppo, 1],
      ['Aleppo', aleppo, 2],
    ],
    times: [['on Sunday', sunday]],
    quantities: [['three', { value: 3, qualifier: 'exact', role: 'killed' }]],
  };
}

/** "trigger date" of each event the two stages make of the document. */
function eventsOf(spec: FixtureSpec): string[] {
  return resolvedEvents({ published: '2015-07-29', ...spec }).map((e) => {
    const [from, to] = e.event_type!.spans[0];
    return `${spec.text.slice(from, to)} ${e.date?.value ?? 'undated'}`;
  });
}

describe('an act and the act it answers', () => {
  it('are two incidents, even of one kind at one place on one day', () => {
    const text =
      'Troops shelled rebel positions in Aleppo on Sunday in retaliation for rebel shelling on Sunday of an army post in Aleppo.';
    const spec = {
      text,
      mentions: [
        ['Aleppo', aleppo, 1],
        ['Aleppo', aleppo, 2],
      ],
      times: [
        ['on Sunday', sunday, 1],
        ['on Sunday', sunday, 2],
      ],
    } satisfies FixtureSpec;
    expect(eventsOf(spec)).toEqual(['shelled 2015-07-26', 'shelling 2015-07-26']);
  });

  it('leaves the day told for the act answered to that act', () => {
    const text = 'ورداً على الهجوم الذي وقع في حلب يوم الأحد، قصفت القوات مواقع المعارضة في حلب.';
    const spec = {
      text,
      mentions: [
        ['حلب', aleppo, 1],
        ['حلب', aleppo, 2],
      ],
      times: [['يوم الأحد', sunday]],
    } satisfies FixtureSpec;
    expect(eventsOf(spec)).toEqual(['الهجوم 2015-07-26', 'قصفت 2015-07-29']);
  });
});

describe('an act told as what a reference back came after', () => {
  /** "trigger actor1 toll" of each event the two stages make of the document. */
  const tellings = (spec: FixtureSpec): string[] =>
    resolvedEvents({ published: '2015-07-29', ...spec }).map((e) => {
      const [from, to] = e.event_type!.spans[0];
      return `${spec.text.slice(from, to)} ${e.actor1?.name ?? '-'} ${e.fatalities?.value ?? '-'}`;
    });

  it('is another incident than the one that reference names, with its own side and dead', () => {
    const text =
      'Government forces fired rockets at the suburbs of Aleppo on Sunday, a monitor said. ' +
      'The assault came just after rebels fired two mortar shells on Aleppo, killing three.';
    const spec = aleppoTwiceThreeDead(text);
    expect(tellings(spec)).toEqual([
      'fired rockets Military Forces of Syria -',
      'fired Opposition Rebels (Syria) 3',
    ]);
  });

  it('is another incident when the reference back is told as following it', () => {
    const text =
      'Government forces fired rockets at the suburbs of Aleppo on Sunday, a monitor said. ' +
      'The barrage followed a salvo of mortar shells that rebels fired on Aleppo, killing three.';
    const spec = aleppoTwiceThreeDead(text);
    expect(tellings(spec)).toEqual([
      'fired rockets Military Forces of Syria -',
      'mortar shells Opposition Rebels (Syria) 3',
    ]);
  });

  it('is another incident even when the telling before it names no side and no place', () => {
    const text =
      'Air raids killed 20 people in Douma on Sunday, a monitor said. ' +
      'The monitor said 50 were hurt, adding that rockets had also been fired at the suburbs. ' +
      'The assault came just after rebels fired two mortar shells on Damascus, killing three.';
    const spec = {
      text,
      mentions: [
        ['Douma', placeEntity('Douma', 'SY')],
        ['Damascus', placeEntity('Damascus', 'SY')],
      ],
      times: [['on Sunday', sunday]],
      quantities: [
        ['20 people', { value: 20, qualifier: 'exact', role: 'killed' }],
        ['50', { value: 50, qualifier: 'exact', role: 'injured' }],
        ['three', { value: 3, qualifier: 'exact', role: 'killed' }],
      ],
    } satisfies FixtureSpec;
    expect(tellings(spec)).toEqual(['Air raids - 20', 'fired Opposition Rebels (Syria) 3']);
  });

  it('may still be the incident told before when no reference back opens the sentence', () => {
    const text =
      'Rebels fired mortar rounds at Aleppo on Sunday, killing three. ' +
      "The group's statement came after rebels fired mortar rounds at Aleppo.";
    const spec = aleppoTwiceThreeDead(text);
    expect(tellings(spec)).toHaveLength(1);
  });
});
