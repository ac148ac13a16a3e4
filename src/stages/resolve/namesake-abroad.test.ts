import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { demonymEntity, placeEntity } from '../extract/fixture-entities.js';

const ostrava = placeEntity('Ostrava', 'SV');
const tarnow = placeEntity('Tarnow', 'FD');
const lesno = placeEntity('Lesno', 'FD', 'region');
const sylvania = placeEntity('Sylvania', 'SV', 'country');
const sylvanian = demonymEntity('Sylvanian', 'SV');
const freedonian = demonymEntity('Freedonian', 'FD');

/** A province named past the reach of a bare name after the town: only its noun («محافظة») ties it. */
const FAR_PROVINCE =
  'انفجر لغم أرضي بسيارة عسكرية قرب بلدة أوسترافا صباح الأحد أثناء مرور قافلة صغيرة على الطريق الترابي الطويل الذي يصل بين قرى محافظة لسنو.';

const placeOf = (text: string, mentions: Parameters<typeof resolvedEvents>[0]['mentions']) =>
  resolvedEvents({ text, published: '2010-05-02', mentions })[0]?.location;

describe('a town the base knows only abroad, in an article tied to another country', () => {
  it("is a namesake in whichever state holds the province its sentence names, none of the town's own", () => {
    const loc = placeOf('In Lesno province, a mine exploded under an army jeep near Ostrava.', [
      ['Ostrava', ostrava],
      ['Lesno', lesno],
    ]);
    expect(loc).toMatchObject({ name: 'Ostrava', country: 'FD', entity_id: null, lat: null });
  });

  it('takes a province named before the town as the owner of a part of itself ("Lesno\'s hill country")', () => {
    const text =
      "In Lesno's hill country, masked members of a banned rebel faction blew up a school in Ostrava.";
    const loc = placeOf(text, [
      ['Lesno', lesno],
      ['Ostrava', ostrava],
    ]);
    expect(loc).toMatchObject({ name: 'Ostrava', country: 'FD', entity_id: null, lat: null });
  });

  it('takes an Arabic province its noun tells as one («محافظة X»), though named far past the town', () => {
    const loc = placeOf(FAR_PROVINCE, [
      ['أوسترافا', ostrava],
      ['لسنو', lesno],
    ]);
    expect(loc).toMatchObject({ country: 'FD', entity_id: null, lat: null });
  });
});

describe('a province named with no province noun where only its noun would tie it (kept)', () => {
  it('is where a rocket came from, not where the town lies', () => {
    const loc = placeOf('Militants fired a rocket from Lesno toward Ostrava on Monday.', [
      ['Lesno', lesno],
      ['Ostrava', ostrava],
    ]);
    expect(loc).toMatchObject({ name: 'Ostrava', country: 'SV', entity_id: ostrava.entity_id });
  });

  it('is no tie in Arabic either when named far past the town without its noun', () => {
    const loc = placeOf(FAR_PROVINCE.replace('محافظة ', ''), [
      ['أوسترافا', ostrava],
      ['لسنو', lesno],
    ]);
    expect(loc).toMatchObject({ country: 'SV', entity_id: ostrava.entity_id });
  });
});

describe('a town abroad the article ties to its own country (kept)', () => {
  it('stays where only another town of the other country is named: either may be the namesake', () => {
    const loc = placeOf(
      'A mine exploded under an army jeep near Ostrava, some fifty kilometres west of Tarnow.',
      [
        ['Ostrava', ostrava],
        ['Tarnow', tarnow],
      ],
    );
    expect(loc).toMatchObject({ name: 'Ostrava', country: 'SV', entity_id: ostrava.entity_id });
  });

  it('stays where the article names its country as well', () => {
    const loc = placeOf('In Lesno province, two clerks lay murdered at their desks in Ostrava, Sylvania.', [
      ['Lesno', lesno],
      ['Ostrava', ostrava],
      ['Sylvania', sylvania],
    ]);
    expect(loc).toMatchObject({ name: 'Ostrava', country: 'SV', entity_id: ostrava.entity_id });
  });

  it('stays where the town is told with a nationality of its own country', () => {
    const loc = placeOf('Gunmen shot a Sylvanian judge in Ostrava after he left Tarnow.', [
      ['Sylvanian', sylvanian],
      ['Ostrava', ostrava],
      ['Tarnow', tarnow],
    ]);
    expect(loc?.country).toBe('SV');
  });

  it('stays where only a nationality names the other country: it says whose, not where', () => {
    const loc = placeOf('Gunmen killed two Freedonian truck drivers in Ostrava.', [
      ['Freedonian', freedonian],
      ['Ostrava', ostrava],
    ]);
    expect(loc).toMatchObject({ name: 'Ostrava', country: 'SV', entity_id: ostrava.entity_id });
  });
});

describe('the side implied from the namesake town', () => {
  const rampur = placeEntity('Rampur', 'BD');
  const bihar = placeEntity('Bihar', 'IN', 'region');
  const arrester = (text: string, mentions: Parameters<typeof resolvedEvents>[0]['mentions']) =>
    resolvedEvents({ text, published: '2010-05-02', mentions })[0]?.actor1?.name;

  it("follows the town to the country of the province its sentence names (an arrest's police)", () => {
    const name = arrester(
      'Police detained 30 marchers at a Rampur toll gate on their way into Bihar state.',
      [
        ['Rampur', rampur],
        ['Bihar', bihar],
      ],
    );
    expect(name).toBe('Police Forces of India');
  });

  it("stays the town's own country's where no province ties the town elsewhere (kept)", () => {
    const name = arrester('Police detained 30 marchers near Rampur on Monday.', [['Rampur', rampur]]);
    expect(name).toBe('Police Forces of Bangladesh');
  });
});
