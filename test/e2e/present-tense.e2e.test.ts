import { beforeAll, describe, expect, it } from 'vitest';
import { createMarsad, type Marsad } from '../../src/app/index.js';
import { loadConfig } from '../../src/core/config.js';

// Headlines and incident lists tell what happened in the present: the same incident, the same event.
let marsad: Marsad;

beforeAll(async () => {
  marsad = await createMarsad(loadConfig({ kbDirs: [] }));
});

const eventsOf = async (text: string) =>
  (
    await marsad.analyse('t', {
      bytes: new TextEncoder().encode(text),
      format: 'text',
      hints: { published: '2019-03-04' },
    })
  ).events;

describe('an incident told in the present', () => {
  it.each([
    ['Gunmen storm a guesthouse in Mopti and kill 14 guests.', 14, null],
    ['A car bomb kills nine and injures 31 outside a market in Kirkuk.', 9, 31],
    ['Militants shoot dead six farmers near Maiduguri.', 6, null],
    ['A gunman shoots and kills two guards at a bank in Kaduna.', 2, null],
    // Two counts of one verb: both are the incident's dead.
    ['Five soldiers and two attackers die in a raid on a checkpoint near Gao.', 7, null],
  ])('"%s": one event with its toll', async (text, killed, injured) => {
    const events = await eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0].fatalities?.value).toBe(killed);
    expect(events[0].injuries?.value ?? null).toBe(injured);
  });

  it.each([
    'Rebels threaten to kill the hostages in Mopti unless a ransom is paid.',
    'The senator vowed to kill the bill in committee on Friday.',
    'The envoy said on Monday that the old town of Gao had become "a kill zone".',
  ])('"%s": no event', async (text) => {
    expect(await eventsOf(text)).toEqual([]);
  });
});

describe('a fight told as combat', () => {
  it('is an armed clash with its dead', async () => {
    const events = await eventsOf('Eleven rebels died in combat with an army patrol near Kidal.');
    expect(events.map((e) => [e.sub_event_type?.value, e.fatalities?.value])).toEqual([['Armed clash', 11]]);
  });

  it('is no event when fighting a scourge is meant', async () => {
    expect(await eventsOf('The governor of Kidal vowed to combat smuggling and banditry.')).toEqual([]);
  });
});
