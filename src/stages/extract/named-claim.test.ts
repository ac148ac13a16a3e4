import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const front = actorEntity('Ruritanian Front', 'armed-group', 'RT');
const army = actorEntity('Military Forces of Ruritania', 'state-forces', 'RT');
const town = placeEntity('Ostrava Nova', 'RT');

/** An incident with no perpetrator, an official's version, then a sentence in which a group claims it. */
function story(sentences: string[], names: [string, typeof front][]) {
  const text = sentences.join(' ');
  const place = text.includes('Ostrava Nova') ? 'Ostrava Nova' : 'أوسترافا نوفا';
  return resolvedEvents({ text, published: '2019-02-02', mentions: [...names, [place, town]] });
}

describe('a named group that claims the incident told before, in a sentence of its own', () => {
  const lead = 'قتل ستة جنود أمس في انفجار عبوة ناسفة استهدفت دورية في أوسترافا نوفا.';
  const version = 'وقال مسؤول إن الانفجار نجم عن خلل فني في مستودع قريب.';

  it.each([
    ['لكن الجبهة الروريتانية تبنت العملية في بيان.'],
    ['وتبنت الجبهة الروريتانية العملية في بيان على موقعها.'],
    ['وأعلنت الجبهة الروريتانية مسؤوليتها في بيان.'],
    ['ويومها تبنت العملية الجبهة الروريتانية في بيان.'],
  ])('is its claimant and its perpetrator: %s', (claim) => {
    const [e] = story([lead, version, claim], [['الجبهة الروريتانية', front]]);
    expect([e.claimed_by?.name, e.actor1?.name]).toEqual(['Ruritanian Front', 'Ruritanian Front']);
  });

  it('is so in English', () => {
    const english = [
      'Six soldiers died on Friday as a mine struck their patrol in Ostrava Nova.',
      'An official said the blast was caused by a fault at a nearby depot.',
      'The Ruritanian Front claimed responsibility in a statement.',
    ];
    const [e] = story(english, [['Ruritanian Front', front]]);
    expect(e.claimed_by?.name).toBe('Ruritanian Front');
  });

  it('claims nothing when the group denies it or owns some of many acts, nor replaces a named perpetrator', () => {
    const denial = 'ولم تتبن الجبهة الروريتانية العملية ونفت مسؤوليتها.';
    expect(story([lead, version, denial], [['الجبهة الروريتانية', front]])[0].claimed_by).toBeNull();
    const some = 'وتبنت الجبهة الروريتانية غالبية هذه الهجمات.';
    expect(story([lead, some], [['الجبهة الروريتانية', front]])[0].claimed_by).toBeNull();
    const raid =
      'Soldiers of the Military Forces of Ruritania raided a farm in Ostrava Nova on Friday, killing two men.';
    const claim = 'The Ruritanian Front claimed responsibility for nothing of the kind, its spokesman said.';
    const [e] = story(
      [raid, claim],
      [
        ['Military Forces of Ruritania', army],
        ['Ruritanian Front', front],
      ],
    );
    expect([e.actor1?.name, e.claimed_by]).toEqual(['Military Forces of Ruritania', null]);
  });

  it('keeps a claim by a group the base lacks, named as written, as claimant and perpetrator', () => {
    const lead = 'Six soldiers died on Friday as a mine struck their patrol in Ostrava Nova.';
    const claim = 'The Grey Orchard Brigades claimed responsibility in a statement.';
    const text = `${lead} ${claim}`;
    const [e] = story([lead, claim], []);
    const named = text.indexOf('Grey Orchard Brigades');
    expect(e.claimed_by).toEqual({
      name: 'Grey Orchard Brigades',
      entity_id: null,
      spans: [
        [named, named + 'Grey Orchard Brigades'.length],
        [named, text.indexOf(' in a statement')],
      ],
    });
    expect(e.actor1?.name).toBe('Grey Orchard Brigades');
  });

  it('keeps no written name that is a single word, denied, or claims for a perpetrator already named', () => {
    const lead = 'Six soldiers died on Friday as a mine struck their patrol in Ostrava Nova.';
    expect(story([lead, 'Nobody claimed responsibility.'], [])[0].claimed_by).toBeNull();
    const spoken = 'A rebel spokesman Tomas Verin claimed responsibility.';
    expect(story([lead, spoken], [])[0].claimed_by).toBeNull();
    expect(
      story([lead, 'The Grey Orchard Brigades denied and claimed responsibility.'], [])[0].claimed_by,
    ).toBeNull();
    const raid =
      'Soldiers of the Military Forces of Ruritania raided a farm in Ostrava Nova on Friday, killing two men.';
    const [e] = story(
      [raid, 'The Grey Orchard Brigades claimed responsibility.'],
      [['Military Forces of Ruritania', army]],
    );
    expect([e.actor1?.name, e.claimed_by]).toEqual(['Military Forces of Ruritania', null]);
  });
});

describe('a group that claims two incidents told before with a dual object', () => {
  const other = placeEntity('Brava Hora', 'RT');
  const first = 'وفي مارس الماضي قتل مسلحون 20 سائحا في متحف في أوسترافا نوفا.';
  const second = 'وفي يونيو وقع هجوم آخر أسفر عن مقتل 38 سائحا في فندق في برافا هورا.';
  const text = (claim: string) => [first, second, claim].join(' ');
  const events = (claim: string) =>
    resolvedEvents({
      text: text(claim),
      published: '2019-07-21',
      mentions: [
        ['الجبهة الروريتانية', front],
        ['أوسترافا نوفا', town],
        ['برافا هورا', other],
      ],
    });

  it('is the claimant of both', () => {
    const claimed = events('وتبنت الجبهة الروريتانية الهجومين.').map((e) => e.claimed_by?.name ?? null);
    expect(claimed).toEqual(['Ruritanian Front', 'Ruritanian Front']);
  });

  it('claims only the last with a singular object', () => {
    const claimed = events('وتبنت الجبهة الروريتانية الهجوم.').map((e) => e.claimed_by?.name ?? null);
    expect(claimed).toEqual([null, 'Ruritanian Front']);
  });
});
