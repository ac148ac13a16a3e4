import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../test/support/places-of.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const nazran = placeEntity('Nazran', 'RU');
const malgobek = placeEntity('Malgobek', 'RU');
const ACT =
  'Two youths targeted a kiosk run by a councillor. The kiosk stands in the market district of Nazran.';

describe('a brief that tells one incident in weak words, its town in another sentence', () => {
  it('places the incident at the one town the brief names', () => {
    expect(placesOf({ text: ACT, mentions: [['Nazran', nazran]] })).toEqual(['Nazran RU']);
  });

  it('tells nothing when the brief names two towns', () => {
    const text = `${ACT} The councillor moved there from Malgobek.`;
    const mentions: [string, typeof nazran][] = [
      ['Nazran', nazran],
      ['Malgobek', malgobek],
    ];
    expect(placesOf({ text, mentions })).toEqual([]);
  });

  it('places the incident at the one town when the brief also names its province', () => {
    const text = `INGUSHETIA.  ${ACT}`;
    const mentions: [string, typeof nazran][] = [
      ['INGUSHETIA', placeEntity('Ingushetia', 'RU', 'region')],
      ['Nazran', nazran],
    ];
    expect(placesOf({ text, mentions })).toEqual(['Nazran RU']);
  });

  it('tells nothing when the province named beside the town lies in another country', () => {
    const text = `${ACT} The councillor came from Kakheti.`;
    const mentions: [string, typeof nazran][] = [
      ['Nazran', nazran],
      ['Kakheti', placeEntity('Kakheti', 'GE', 'region')],
    ];
    expect(placesOf({ text, mentions })).toEqual([]);
  });

  it('tells nothing when the brief sets its other act aside, as a threat', () => {
    const text =
      'A gang vowed to attack the market of Nazran. The attack would come at dusk, a leaflet said.';
    expect(placesOf({ text, mentions: [['Nazran', nazran]] })).toEqual([]);
  });

  it('tells nothing in a longer story, which mentions an act more often than it reports one', () => {
    const more =
      ' The council met on Monday. It discussed the budget. It also discussed the roads. It rose late.';
    expect(placesOf({ text: ACT + more, mentions: [['Nazran', nazran]] })).toEqual([]);
  });

  // The country told by a demonym: it places the act, yet names no town and supports no weak word.
  const norwegian = { ...placeEntity('Norway', 'NO', 'country'), via: 'demonym' as const };
  const inNorway = (text: string) =>
    resolvedEvents({ text, mentions: [['Norwegian', norwegian]] }).map((e) => [
      e.sub_event_type?.value,
      e.location?.country,
    ]);

  it('keeps the one incident of a brief that names no town, placed in its country', () => {
    expect(inNorway('A gang attacked a Norwegian grocer. No more was reported.')).toEqual([['Attack', 'NO']]);
  });

  it("keeps the one incident of a chronology's entry under its country's dateline, placed there", () => {
    const entry =
      "A clerk died in a blaze at a tailor's shop. Police believe a fire was started there on purpose.";
    const ruritania = placeEntity('Ruritania', 'RT', 'country');
    const placed = resolvedEvents({ text: `RURITANIA.  ${entry}`, mentions: [['RURITANIA', ruritania]] });
    expect(placed.map((e) => e.location?.country)).toEqual(['RT']);
    expect(resolvedEvents({ text: entry })).toEqual([]);
  });

  it('tells nothing in a brief that places its weak act nowhere', () => {
    expect(resolvedEvents({ text: 'A gang attacked a grocer. No more was reported.' })).toEqual([]);
  });

  it('keeps the incident of a brief that names no place but a side at home in one country', () => {
    const front = actorEntity('Ruritanian Front', 'armed-group', 'RT');
    const events = resolvedEvents({
      text: 'A kiosk run by a councillor was targeted. Police blamed the Ruritanian Front.',
      mentions: [['Ruritanian Front', front]],
    });
    expect(events.map((e) => [e.sub_event_type?.value, e.location?.country])).toEqual([['Attack', 'RT']]);
  });

  it('tells nothing in a longer story that names no town', () => {
    const more =
      ' The council met on Monday. It discussed the budget. It also discussed the roads. It heard a petition. It rose late.';
    expect(inNorway('A gang attacked a Norwegian grocer.' + more)).toEqual([]);
  });
});
