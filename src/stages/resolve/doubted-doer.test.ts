import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';

const mentions: FixtureSpec['mentions'] = [
  ['Velmora', placeEntity('Velmora', 'RT')],
  ['Ruritanian air force', actorEntity('Military Forces of Ruritania', 'state-forces', 'RT')],
];
const eventsOf = (text: string) => resolvedEvents({ text, published: '2021-05-12', mentions });

describe('an incident whose telling says its doer is not known', () => {
  it('leaves the perpetrator open though a background sentence merged into it names one', () => {
    const text =
      'Jets pounded a bus depot in Velmora at dawn on Tuesday and nine drivers died, medics reported. It is ' +
      'still unclear who launched the strikes, which also damaged a clinic in Velmora. Rights groups said ' +
      'last week that bombing by the Ruritanian air force in Velmora was causing heavy losses among civilians.';
    const [e] = eventsOf(text);
    expect(e.actor1).toBeNull();
  });

  it('reads the doubt in the sentence right after the telling, which tells nothing itself', () => {
    const text =
      'Jets pounded a bus depot in Velmora at dawn on Tuesday and nine drivers died, medics reported. The ' +
      'Ruritanian air force and two allied states have each flown air strikes over Velmora. Officials ' +
      'could not say who had dropped the bombs at dawn.';
    const [e] = eventsOf(text);
    expect(e.actor1).toBeNull();
  });

  it('reads "not able to identify who", and no doubt in a text that only holds "able"', () => {
    const doubted =
      'The Ruritanian air force bombed a bus depot in Velmora on Tuesday, though the monitor was not ' +
      'immediately able to identify who struck it.';
    expect(eventsOf(doubted)[0].actor1).toBeNull();
    const sure =
      'The Ruritanian air force bombed a bus depot in Velmora on Tuesday, and no table of the dead was available.';
    expect(eventsOf(sure)[0].actor1?.name).toBe('Military Forces of Ruritania');
  });

  it('keeps the perpetrator a telling names when no doubt is told', () => {
    const text =
      'The Ruritanian air force bombed a bus depot in Velmora on Tuesday, killing nine people, a monitor said.';
    const [e] = eventsOf(text);
    expect(e.actor1?.name).toBe('Military Forces of Ruritania');
  });

  it('leaves the perpetrator open when the telling offers two rival doers, not when it doubts the weapon', () => {
    const rival =
      'The Ruritanian air force bombed a bus depot in Velmora on Tuesday, a monitor said, adding it was ' +
      'unclear whether the sortie was flown by Ruritanian pilots or by allied crews.';
    expect(eventsOf(rival)[0].actor1).toBeNull();
    expect(eventsOf(rival.replace('whether', 'if'))[0].actor1).toBeNull();
    const weapon =
      'The Ruritanian air force attacked a bus depot in Velmora on Tuesday, a monitor said, adding it was ' +
      'unclear whether the damage was caused by a bomb or by a missile.';
    expect(eventsOf(weapon)[0].actor1?.name).toBe('Military Forces of Ruritania');
  });
});

describe('an incident struck by a craft nobody names', () => {
  it('leaves it open when the telling says the identity of the aircraft was not confirmed', () => {
    const text =
      'The Ruritanian air force bombed a fuel depot in Velmora on Tuesday, killing four guards, a monitor said, ' +
      'though the identity of the aircraft was not confirmed.';
    expect(eventsOf(text)[0].actor1).toBeNull();
  });

  it('leaves it open when the telling says it is not known which aircraft carried the strike out', () => {
    const text =
      'A strike hit a fuel depot in Velmora on Tuesday, killing four guards. Jets of the Ruritanian air force ' +
      'fly over Velmora, but it is not known which aircraft carried out the strike.';
    expect(eventsOf(text)[0].actor1).toBeNull();
  });
});

describe('a perpetrator named only in a version someone is asked about or denies', () => {
  it('drops the doer named after "asked about reports that"', () => {
    const text =
      'A drone hit a fuel depot in Velmora on Tuesday, killing four guards. Asked about reports that the ' +
      'Ruritanian air force had flown the raid, an official said the area lay beyond its reach.';
    expect(eventsOf(text)[0].actor1).toBeNull();
  });

  it('keeps the doer the telling itself names', () => {
    const text =
      'The Ruritanian air force bombed a fuel depot in Velmora on Tuesday, killing four guards. Asked about ' +
      'the raid, an official said the depot stored rebel fuel.';
    expect(eventsOf(text)[0].actor1?.name).toBe('Military Forces of Ruritania');
  });

  it('keeps the doer a clause of its own names after the denied version', () => {
    const text =
      'The army denied reports that eight guards were killed near Velmora, but the Ruritanian air force ' +
      'bombed a fuel depot in Velmora on Tuesday.';
    expect(eventsOf(text).at(-1)?.actor1?.name).toBe('Military Forces of Ruritania');
  });
});
