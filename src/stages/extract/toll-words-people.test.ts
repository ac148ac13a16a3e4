import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { readTollAt } from './fixture-toll-reading.js';
import { withTollRoles } from './toll-words.js';
import { tollFromWords } from './worded-tolls.js';

// The people a toll counts besides its number: one named beside the count, asides between the count
// and its verb, and one or two victims told in words.

describe('withTollRoles reads the people around a count', () => {
  it.each([
    ['Two brothers of Ali Omar, the mayor of the town, were murdered on their way home', 'killed'],
    ['Two farmers, accused of spying for the army, were killed by rebels', 'killed'],
    ['Two porters, claiming to work for the ferry company, were killed when their cart blew up', 'killed'],
    ['Four people, mostly refugees from the north, were killed in the blast', 'killed'],
    ['Five drivers, many of them from the coast, were shot dead at the checkpoint', 'killed'],
    ['Four U.N. staff members (two of them drivers) were wounded by the shell', 'injured'],
    ['Four traders, at least one of whom sold fuel, were wounded in the raid', 'injured'],
    ['Four children were hospitalized after settlers attacked them', 'injured'],
    ['Four herders, members of a nomad clan, were abducted and killed near the well', 'killed'],
    ['Four surveyors who were mapping the road north of the dam were shot dead by gunmen', 'killed'],
    ['Four nurses who were driving back from the clinic were wounded by a mine', 'injured'],
  ] as const)('reads the role of the count in "%s" as %s', (text, role) => {
    const four: Quantity = { span: [0, text.indexOf(' ')], value: 4, qualifier: 'exact' };
    expect(withTollRoles([four], text)[0].role).toBe(role);
  });

  it('counts the one killed before a count told "as well as": "the sheikh was killed as well as 2 policemen"', () => {
    const text = 'the sheikh was killed as well as 2 policemen';
    const at = text.indexOf('2');
    const [read] = withTollRoles([{ span: [at, at + 1], value: 2, qualifier: 'exact' }], text);
    expect([read.role, read.value]).toEqual(['killed', 3]);
  });

  it('counts the one named before "and" a count: "killed al-Najem and four of his guards"', () => {
    const text = 'a roadside bomb killed al-Najem and four of his guards';
    expect(readTollAt(text, 'four', 4, [], 'killed').value).toBe(5);
  });

  it('counts a helper named after the count ("two journalists and their Ruritanian translator")', () => {
    const text = 'two journalists and their Ruritanian translator were killed';
    expect(readTollAt(text, 'two', 2, [], 'killed').value).toBe(3);
  });

  it('adds the bomber before a list told with commas: "killing himself, four cadets and a cook"', () => {
    const text = 'The bomber set off his vest at the gate, killing himself, four cadets and a cook.';
    expect(readTollAt(text, 'four', 4, [], 'killed').value).toBe(6);
  });

  it('adds one name word opening the sentence before "others": "Karimov and two other guards were killed"', () => {
    const text = 'The convoy was ambushed. Karimov and two other guards were killed.';
    expect(readTollAt(text, 'two', 2, [], 'killed').value).toBe(3);
  });

  it('adds no one for a word before "others" that names no one person: "Police and two other guards"', () => {
    const text = 'Police and two other guards were wounded.';
    expect(readTollAt(text, 'two', 2, [], 'injured').value).toBe(2);
  });

  it('adds "another" one opening the sentence: "Another soldier and five others were wounded"', () => {
    const text = 'Another Ruritanian soldier and five others were wounded.';
    expect(readTollAt(text, 'five', 5, [], 'injured').value).toBe(6);
  });

  it('adds no one for a clause before "and": "The raid was foiled and 19 militants were killed"', () => {
    const text = 'The raid was foiled and 19 militants were killed.';
    expect(readTollAt(text, '19', 19, [], 'killed').value).toBe(19);
  });

  it('adds the one opening the sentence when the noun span runs to the verb: "A porter and a bystander were hurt"', () => {
    const text = 'A hotel porter and a bystander were hurt during the raid.';
    const at = text.indexOf('a bystander');
    const q: Quantity = {
      span: [at, at + 'a bystander'.length],
      value: 1,
      qualifier: 'exact',
      role: 'injured',
      noun: 'people',
      nounSpan: [at, text.indexOf(' during the')],
    };
    expect(withTollRoles([q], text)[0].value).toBe(2);
  });

  it.each([
    ['Three other diners who happened to be in the cafe were also killed', 'Three', 3],
    ['Two guards, Capt. Omar Hadi and his brother, were killed on the road', 'Two', 2],
    ['Rebels stormed the farm, killing the entire family of five', 'five', 5],
    ['Raiders slit the throats of six herders near the well', 'six', 6],
  ] as const)('reads the count in "%s" as killed', (text, word, value) => {
    expect(readTollAt(text, word, value).role).toBe('killed');
  });

  it.each([
    ['Gunmen shot dead a village teacher, Ram Giri, and his two guards', 'two', 2, 3],
    ['Gunmen killed a well-known cleric, Sheikh Ali Omar, and two of his students', 'two', 2, 3],
    ['The blast killed Barak and the three guards with him', 'three', 3, 4],
    // A kin listed after the named one is another person, an aside on who he is ("a police commander") not.
    ['A drone strike killed Sheikh Hamza Idris, his son and 20 other men', '20', 20, 22],
    ['Raiders killed Ali Omar, a border commander and two other rangers', 'two', 2, 3],
    ['Sheikh Hamza Idris, his nephew and six others were killed in the raid', 'six', 6, 8],
  ] as const)('counts the one named before the count in "%s"', (text, word, value, killed) => {
    const read = readTollAt(text, word, value);
    expect([read.role, read.value]).toEqual(['killed', killed]);
  });

  it('kills the count "stabbed" reached when "to death" follows it, whatever role it came with', () => {
    const text = 'guerrillas hacked and stabbed four soldiers to death';
    expect(readTollAt(text, 'four', 4, [], 'injured').role).toBe('killed');
  });
});

describe('withTollRoles reads one number told of two fates as neither', () => {
  it.each([
    ['52 people were killed and wounded at the depot', undefined],
    ['At Least 37 Killed and Wounded in Rocket Attacks on the City', undefined],
    ['At Least 37 Killed in Rocket Attacks on the City', 'killed'],
    ['52 people were wounded or killed at the depot', undefined],
    ['12 settlers were critically wounded and died later in hospital', 'killed'],
  ] as const)('reads the count in "%s" as %s', (text, role) => {
    expect(readTollAt(text, /\d+/.exec(text)![0], 1).role).toBe(role);
  });

  it.each([
    ['The harbour master was murdered along with four of her aides near the bridge', 'four', 4, 5],
    ['Raiders shot dead the customs chief Ivo Marek along with two of his aides', 'two', 2, 3],
  ])('counts the one killed before "along with" in "%s"', (text, word, value, dead) => {
    expect(readTollAt(text, word, value).value).toBe(dead);
  });

  it.each([
    // A surname alone opening the sentence, when the count names his people.
    ['Marek and four of his aides were wounded in the blast', 'four', 4, 'injured', 5],
    ['Police and four of the aides were wounded in the blast', 'four', 4, 'injured', 4],
    // A name with a particle before its aside.
    ['Raiders killed Omar al-Ruzi, the ferry master, and six of his crew', 'six', 6, 'killed', 7],
  ] as const)('counts the one named before the count in "%s"', (text, word, value, role, count) => {
    expect(readTollAt(text, word, value, [], role).value).toBe(count);
  });

  it('counts the one named before "alongside" a count: "Abu Khalid alongside six of his men were killed"', () => {
    const text = 'Abu Khalid al-Halabi alongside six of his fighters were killed in the clashes';
    expect(readTollAt(text, 'six', 6, [], 'killed').value).toBe(7);
  });
});

describe('tollFromWords counts people told without a number', () => {
  it.each([
    ['Gunmen shot and killed Abdul-Karim Haddad outside the bank.', 'killed', 1],
    ['A teacher was martyred when shells hit the school.', 'killed', 1],
    ['Two riders on a scooter shot and killed village headman Ivo Marek by the jetty.', 'killed', 1],
    ['Raiders killed municipal councilor Ana Ruiz in the square.', 'killed', 1],
    ['Raiders shot and killed army brigadier Ivo Marek at the toll gate.', 'killed', 1],
    ['A sniper fired at and killed Abd-al-Karim Nouri by the fish stalls.', 'killed', 1],
    ["Raiders shot and killed Sa'id Marek, a court clerk, by the tram stop.", 'killed', 1],
    ['Raiders slit the throat of a herder near the well.', 'killed', 1],
    ['Ivo Marek, a headman, and his clerk, Ana Ruiz, were both shot and killed.', 'killed', 2],
    ['An explosion in the old town injured citizen Ivo Marek near his shop.', 'injured', 1],
    ['Raiders carried out a drive-by shooting outside the depot.', 'killed', null],
    ['The harbour master was killed, along with one of her aides, by raiders.', 'killed', 2],
    ['Both the ferryman and his daughter died instantly.', 'killed', 2],
    ['Members of both the farming and fishing villages had died in the unrest.', 'killed', null],
    ['A Danish hiker and a Ruritanian cook were both injured when a bomb went off.', 'injured', 2],
    ['Raiders lobbed a grenade into the yard, injuring his 9-year-old niece.', 'injured', 1],
    ["A week later, the ferryman's dead body was found by rangers.", 'killed', 1],
    ['The charred body of an unknown man was also found beside the wrecked pump.', 'killed', 1],
    ['Rosa Perez Gil, 61, of Alto Verde suffered burns to both arms when the parcel went off.', 'injured', 1],
    ['Ivo Marek was beaten by a gang on the bridge. He suffered burns to his face.', 'injured', 1],
    ['The port central district governor, Ivo Marek, and his wife were killed by gunmen.', 'killed', 2],
    ['An attacker set off his vest by the depot, killing himself and wounding two porters.', 'killed', 1],
    ["The judge's driver and bodyguard were also killed at the crossing.", 'killed', 2],
    ["Ivo Marek's son and nephew were also killed.", 'killed', 2],
    ["Marek's niece and a cousin were also killed.", 'killed', 2],
    ['Raiders shot at the ferryman and his sister, killing them both.', 'killed', 2],
    ['A young couple living in the village were shot and killed.', 'killed', 2],
    ['Ivo Marek, a ferryman in Brod, and his nephew, were killed by raiders.', 'killed', 2],
    ['Ana Ruiz, a local teacher, and her husband Tomas were shot to death.', 'killed', 2],
    ['A senior Ruritanian customs inspector and his sister were killed near the jetty.', 'killed', 2],
    ['A 30-year-old baker and his 25-year-old Ruritanian friend were killed.', 'killed', 2],
    ['A bomb went off at the house of Ivo Marek, killing Marek’s ten-year-old son.', 'killed', 1],
    ['Gunmen fired on the car of Ivo Marek, resulting in his death.', 'killed', 1],
    ['Rebels killed a forest ranger and a retired miner near the town.', 'killed', 2],
    ['Gunmen shot and killed Ahmed Ali Warsame and Omar Bashe in the market.', 'killed', 2],
    ['Gunmen killed a guard and fled toward the hills.', 'killed', 1],
    ['Prison officer Juan Gil died when a bomb went off under his car.', 'killed', 1],
    [
      'The faction claimed responsibility for the murder of a Ruritanian ferryman near the jetty.',
      'killed',
      1,
    ],
    ['The faction claimed responsibility for the murder of Mayor Ivo Marek and his bodyguard.', 'killed', 2],
    ['He blamed the army for the killing of a local journalist in the city.', 'killed', null],
    ['A ferry clerk said dozens had been hurt when the roof fell.', 'injured', null],
    ['The depot guards had been badly wounded in the raid.', 'injured', null],
    ['The medic said a quarter of them had been killed by stray bullets.', 'killed', null],
    ['Ferry staff said they had been wounded when the roof fell.', 'injured', null],
    ['A ferry clerk said the pilot had been hurt when the roof fell.', 'injured', 1],
    ['Raiders fired on the jetty, wounding al-Marek and killing his nephew.', 'injured', 1],
    ['A blast struck the ferry, wounding al-Marek and another guard.', 'injured', 2],
    // The first of two ends at its "and": the fate after it is another's.
    ['Raiders fired on the jetty, killing a porter and wounding al-Marek and another guard.', 'killed', 1],
    ['Raiders fired on the jetty, killing a porter and another wounded.', 'killed', 1],
  ] as const)('counts "%s" as %s %s', (text, role, value) => {
    expect(tollFromWords(text, [0, text.length], role)?.value ?? null).toBe(value);
  });
});

describe('the victims told in words around a count, or without one', () => {
  it.each([
    ['Four porters who were part of the caravan were killed at the bridge', 'killed'],
    ['Four men who were among the crowd were wounded by the blast', 'injured'],
    ['Four passengers sustained serious shrapnel wounds in the blast', 'injured'],
    ['Four passengers received no serious injuries in the blast', undefined],
  ] as const)('reads the role of the count in "%s" as %s', (text, role) => {
    expect(readTollAt(text, 'Four', 4).role).toBe(role);
  });

  it.each([
    ['The gunmen seriously injured Marek, who was walking home.', 'injured', 1],
    ['The militia killed Shiites near the shrine.', 'killed', null],
    ['Another soldier died in hospital on Friday.', 'killed', 1],
    ['Another officer sustained serious gunshot wounds.', 'injured', 1],
    ['The blast injured an elderly couple outside the station.', 'injured', 2],
    ['The blast injured a couple of shoppers outside the station.', 'injured', null],
    ['One porter died and an unknown number were hurt.', 'injured', null],
    ['A soldier and a woman selling bread at the gate were wounded.', 'injured', 2],
    ['The raid also left his sister hurt along with another passer-by.', 'injured', 2],
    ['The blast at the gate left a guard dead.', 'killed', 1],
    ['Her brother was only slightly wounded.', 'injured', 1],
    ['Both the ferryman and his son were killed, as well as a cyclist on the towpath.', 'killed', 3],
    ['The harbour master was killed as well as a cook.', 'killed', 2],
    ['A retired ferryman was killed at the mill along with his grandson and a passer-by.', 'killed', 3],
    ['The harbour master was shot dead together with his brother, his nephew and a cook.', 'killed', 4],
    ['The harbour master was shot dead together with his brother and a porter was hurt.', 'killed', 2],
    ['The ferry clerk died and his niece was injured.', 'killed', 1],
    ['Ivo Dorn was killed together with his driver, a police spokesman said on Tuesday.', 'killed', 2],
    ['The miller was shot dead along with his cousin, an official told reporters.', 'killed', 2],
    ['Raiders killed the ferry clerk and his wife was hurt.', 'killed', 1],
    ['The raid wounded Marek and killed two of his escorts.', 'injured', 1],
    ['Ivo Marek, a retired ferryman, was shot and gravely injured on his way home.', 'injured', 1],
    ['Raiders killed the ferryman as well as a number of porters.', 'killed', 1],
  ] as const)('counts "%s" as %s %s', (text, role, value) => {
    expect(tollFromWords(text, [0, text.length], role)?.value ?? null).toBe(value);
  });
});

describe('tollFromWords counts a list of three or more the casualty verb names', () => {
  it.each([
    [
      'A bomb hidden in the van of the harbour master went off, wounding her, her cook and a porter.',
      'injured',
      3,
    ],
    ['Gunmen stormed the clinic, killing a guard, a cook and a nurse.', 'killed', 3],
    ["Raiders fired on the ferryman's family, killing him, his daughter and son.", 'killed', 3],
    ['Gunmen stormed the clinic, killing a guard, a cook and a nurse was hurt.', 'killed', 1],
  ] as const)('counts "%s" as %s %s', (text, role, value) => {
    expect(tollFromWords(text, [0, text.length], role)?.value ?? null).toBe(value);
  });
});

describe('withTollRoles reads the fate that follows a count', () => {
  it('reads those "kidnapped and killed" as killed, the noun span run on to the verb', () => {
    const text = 'Three traders were kidnapped and killed near the border.';
    const q: Quantity = {
      span: [0, 5],
      value: 3,
      qualifier: 'exact',
      role: 'abducted',
      noun: 'people',
      nounSpan: [6, text.indexOf(' and')],
    };
    expect(withTollRoles([q], text)[0].role).toBe('killed');
  });

  it.each([
    ['Forty villagers have fallen victim to the gas attack on their valley.', 'killed'],
    ['Some sixty farmers fell victims of the night shelling of the plain.', 'killed'],
    // Victims of a swindle are no toll.
    ['Forty villagers have fallen victim to a loan swindle run from the capital.', undefined],
  ] as const)('reads who "fell victim" in "%s" as %s', (text, role) => {
    const word = text.split(' ').find((w) => /^(?:Forty|sixty)$/.test(w))!;
    expect(readTollAt(text, word, 40).role).toBe(role);
  });

  it('adds one named after the count before "sustained": "three policemen and one Ruritanian sustained injuries"', () => {
    const text = 'Officials said three policemen and one Ruritanian sustained injuries.';
    expect(readTollAt(text, 'three', 3, [], 'injured').value).toBe(4);
  });
});

describe('withTollRoles counts one more told beside the count', () => {
  it('adds "another" one the verb names before the count: "injured another ranger and two porters"', () => {
    const text = 'The explosion injured another ranger and two dock porters.';
    const read = readTollAt(text, 'two', 2);
    expect([read.role, read.value]).toEqual(['injured', 3]);
  });

  it('adds one after "and" told with where they were: "five pupils and a baker from the next street"', () => {
    const text = 'The shell struck the college, wounding five pupils and a baker from the next street.';
    expect(readTollAt(text, 'five', 5, [], 'injured').value).toBe(6);
  });

  it.each([
    ['One porter was killed at once, another died on the way to the clinic.', 'One', 1, 2],
    ['Three ferrymen were killed outright, and another died later that night.', 'Three', 3, 4],
    // Another of the other fate is no more dead.
    ['Three ferrymen were killed outright, and another was hurt by the falling mast.', 'Three', 3, 3],
  ] as const)('adds "another" who died right after the fate: "%s"', (text, word, value, dead) => {
    expect(readTollAt(text, word, value, [], 'killed').value).toBe(dead);
  });

  it.each([
    ['One porter was killed and nine more (two of them cooks) were hurt at the jetty.', 'killed', 'injured'],
    ['One porter was hurt and nine more (two of them cooks) were killed at the jetty.', 'injured', 'killed'],
    // The count's own verb tells the same fate: it stays.
    ['One porter was killed and nine more (two of them cooks) were killed too.', 'killed', 'killed'],
  ] as const)('takes the fate of the count\'s own verb after "and": "%s"', (text, given, role) => {
    expect(readTollAt(text, 'nine', 9, [], given).role).toBe(role);
  });

  it('reads a count again from the words of another text, not from those it was read in first', () => {
    const count: Quantity = { span: [0, 5], value: 3, qualifier: 'exact' };
    const shot = 'Three clerks were shot dead at the depot';
    expect(withTollRoles([count], shot)[0].role).toBe('killed');
    expect(withTollRoles([count], shot)[0].role).toBe('killed');
    expect(withTollRoles([count], 'Three clerks were hurt as the ceiling gave way')[0].role).toBe('injured');
  });
});
