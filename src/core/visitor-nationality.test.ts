import { describe, expect, it } from 'vitest';
import { townMention } from './mention-fixture.js';
import type { Mention } from './records.js';
import { namesVisitors, ofVisitors, visitorCountries } from './visitor-nationality.js';

/** A nationality over the first `name` of the text (or its n-th, from 1). */
function demonym(text: string, name: string, country = 'RT', nth = 1): Mention {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(name, at + 1);
  return { ...townMention(text, name, country), span: [at, at + name.length], via: 'demonym' };
}

describe('namesVisitors', () => {
  it.each([
    ['Gunmen seized a Ruritanian aid worker at dawn.', true],
    ['Two Ruritanian truck drivers were shot on the highway.', true],
    ['A man with a Ruritanian passport was stabbed.', true],
    ['Bandits robbed three elderly Ruritanian tourists.', true],
    ['A Ruritanian oil engineer was abducted from his camp.', true],
    ['Thieves stabbed a Ruritanian citizen outside his flat.', true],
    ['Kidnappers freed the Ruritanian businessman after a week.', true],
    ['An elderly Ruritanian missionary was shot at his clinic.', true],
    ['Police caught a Ruritanian exile carrying a pistol.', true],
    ['Five Ruritanian policemen died in the blast.', false],
    ['Ruritanian construction workers were shot at.', false],
  ])('"%s": %s', (text, expected) => {
    expect(namesVisitors(demonym(text, 'Ruritanian'), text)).toBe(expected);
  });

  it.each([
    ['Two tourists, one Sylvanian and one Ruritanian, were hurt by the blast.', 'Ruritanian'],
    ['Two tourists, one Ruritanian and one Sylvanian, were hurt by the blast.', 'Ruritanian'],
    ['Gunmen seized three engineers (a Sylvanian, a Ruritanian and a Freedonian) at dawn.', 'Ruritanian'],
    [
      'Two tourists who were walking past the gate, one Ruritanian and one Sylvanian, were hurt.',
      'Ruritanian',
    ],
  ])('names visitors told one by one after their name: "%s"', (text, name) => {
    expect(namesVisitors(demonym(text, name), text)).toBe(true);
  });

  it.each([
    ['A mortar hit the square, wounding twenty, including two Ruritanians.', true],
    ['Rebels seized thirty hostages, most of them Ruritanians, at the mine.', true],
    ['The blast killed six, among them a Ruritanian and a Sylvanian.', false],
    ['The blast killed six, including four Ruritanian policemen.', false],
    ['Four Ruritanians were killed in the blast.', false],
  ])('names visitors singled out among victims: "%s": %s', (text, expected) => {
    expect(namesVisitors(demonym(text, 'Ruritanian'), text)).toBe(expected);
  });

  it('leaves a nationality that only follows visitors in another clause', () => {
    const text = 'Two tourists were robbed. Ruritanian police made an arrest.';
    expect(namesVisitors(demonym(text, 'Ruritanian'), text)).toBe(false);
  });

  it('asks only of nationalities: a town before "tourists" is where they are', () => {
    const text = 'A bomb hurt Lakhpur tourists.';
    expect(namesVisitors(townMention(text, 'Lakhpur'), text)).toBe(false);
  });
});

describe('visitorCountries', () => {
  it('holds the countries of the visitors named, not of other nationalities', () => {
    const text = 'A Ruritanian engineer and his Sylvanian guard were shot. The Ruritanian died.';
    const mentions = [
      demonym(text, 'Ruritanian', 'RT'),
      demonym(text, 'Sylvanian', 'SV'),
      demonym(text, 'Ruritanian', 'RT', 2),
    ];
    expect([...visitorCountries(mentions, text)]).toEqual(['RT']);
  });

  it('leaves out a country whose people the text also names otherwise: there they are locals', () => {
    const text = 'Ruritanian officials said a Ruritanian aid worker was shot.';
    const mentions = [demonym(text, 'Ruritanian'), demonym(text, 'Ruritanian', 'RT', 2)];
    expect([...visitorCountries(mentions, text)]).toEqual([]);
  });
});

describe('ofVisitors', () => {
  const text = 'A Ruritanian engineer was shot near Lakhpur.';
  const visitors = new Set(['RT']);

  it('holds a nationality of the visitors', () => {
    expect(ofVisitors(demonym(text, 'Ruritanian', 'RT'), visitors)).toBe(true);
  });

  it('leaves a nationality of another country', () => {
    expect(ofVisitors(demonym(text, 'Ruritanian', 'SV'), visitors)).toBe(false);
  });

  it("leaves a town of the visitors' country: only their nationality tells of them", () => {
    expect(ofVisitors(townMention(text, 'Lakhpur', 'RT'), visitors)).toBe(false);
  });
});
