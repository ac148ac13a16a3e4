import { describe, it, expect } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { readTollAt } from './fixture-toll-reading.js';
import { withTollRoles } from './toll-words.js';
import { tollFromWords } from './worded-tolls.js';

const four: Quantity = { span: [0, 4], value: 4, qualifier: 'exact' };

describe('withTollRoles', () => {
  it.each([
    ['Four soldiers were killed when a mine went off', 'killed'],
    ['Four cyclists were seriously wounded in the blast', 'injured'],
    ['Four passengers later died in hospital', 'killed'],
    ['Four gunmen fled the scene', undefined],
    ['Four men were not hurt', undefined],
    ['Four local bank clerks on duty were killed in the raid', 'killed'],
    ['Four people, including a nurse, died in the fire', 'killed'],
    ['Four people (two of them children) were hurt', 'injured'],
    ['Four passengers suffered minor injuries', 'injured'],
    ['Four soldiers were wounded and one was killed', 'injured'],
    ['Four guards were attacked and killed at the gate', 'killed'],
    ['Four guards at the gate when the gunmen opened fire, killing them', 'killed'],
    ['Four traders, identified as members of one family, were stabbed in the market', 'injured'],
    ['Four traders were stabbed to death in the market', 'killed'],
    ['Four farmers from one village were brutally murdered by gunmen', 'killed'],
    ['Four passengers were pulled off the coach and murdered them', 'killed'],
    ['Four drivers who brought fuel to the base were killed in an ambush', 'killed'],
    ['Four soldiers who were killed at the gate', 'killed'],
    ['Four villagers were decapitated by armed men', 'killed'],
    ['Four prisoners were hanged in the yard', 'killed'],
    ['Four farmers were beaten to death by a mob', 'killed'],
    ['Four Ruritanian Front Terrorists Killed by Army in Aleppo', 'killed'],
    ['Four Border Guards Wounded in Blast', 'injured'],
    ['Four guards are reported to have been injured during the shootout', 'injured'],
    ['Four villagers were said to have been killed by the mob', 'killed'],
    ['Four relatives of the minister’s bodyguard were killed at home', 'killed'],
    ['Four men suspected of spying for the army in the northern villages were killed', 'killed'],
    ['Four people, including two guards were killed at the gate', 'killed'],
    ['Four people, including two nurses, one infant, and a porter died in the fire', 'killed'],
    ['Four guards of the Ruritanian Security (RS) company were killed', 'killed'],
    ['Two officers, Ana Ruiz and Tomas Gil, were fatally shot', 'killed'],
    ['Two officers, a guard and a nurse, were fatally shot', undefined],
    [
      'Four drivers who deliver supplies to the army base in the north of the Ruritanian capital were killed',
      'killed',
    ],
    ['Four gunmen who attacked the convoy were arrested after two guards were killed', undefined],
  ])('reads the role of the count in "%s" as %s', (text, role) => {
    expect(withTollRoles([four], text)[0].role).toBe(role);
  });

  it('reads the verb before "the" as the fate of the count: "killing the four policemen inside"', () => {
    const text = 'Gunmen fired on the car, killing the four policemen inside.';
    const at = text.indexOf('four');
    const [read] = withTollRoles([{ span: [at, at + 4], value: 4, qualifier: 'exact' }], text);
    expect(read.role).toBe('killed');
  });

  it('reads the fate of a count after "with": "exploded with four bystanders slightly injured"', () => {
    const text = 'A bomb exploded with four bystanders slightly injured.';
    const at = text.indexOf('four');
    const [read] = withTollRoles([{ span: [at, at + 4], value: 4, qualifier: 'exact' }], text);
    expect(read.role).toBe('injured');
  });

  it.each([
    ['The death toll from the shelling of the market in the old quarter rose to 8 civilians', 'killed'],
    ['The toll from the bombing of the bus station near the bridge rose to 8', 'killed'],
    ['The death toll stood at 5 and 8 civilians were missing', undefined],
    ['the riots in the district, which claimed 8 lives in the town', 'killed'],
    ['the riots in the district claimed 8 houses', undefined],
    ['the riots in the state, which have claimed 8 lives', undefined],
  ])('reads "%s" (the count 8) as %s', (text, role) => {
    const at = text.indexOf('8');
    expect(withTollRoles([{ span: [at, at + 1], value: 8, qualifier: 'exact' }], text)[0].role).toBe(role);
  });

  it.each([
    ['The front has lost over 8 fighters in the battle', 'militants', 'killed'],
    ['The front has lost 8 tanks in the battle', undefined, undefined],
    ['The family had lost 8 members in the massacre', 'members', undefined],
    ['وقال القائد: خسرنا 8 جنود في المعركة', 'soldiers', 'killed'],
    ['وخسرت الجبهة أكثر من 8 مقاتلين في المعركة', 'militants', 'killed'],
    ['وفقد 8 جنود بعد المعركة', 'soldiers', undefined],
  ])('reads "%s" as a loss of lives only for fighters', (text, noun, role) => {
    const at = text.indexOf('8');
    const q: Quantity = { span: [at, at + 1], value: 8, qualifier: 'exact', ...(noun ? { noun } : {}) };
    expect(withTollRoles([q], text)[0].role).toBe(role);
  });

  it.each([
    ['killed', 'Four injuries', 'injured'],
    ['injured', 'Four deaths', 'killed'],
  ] as const)('lets a count of %s whose own noun is "%s" be %s', (given, text, role) => {
    expect(withTollRoles([{ ...four, role: given }], text)[0].role).toBe(role);
  });

  it('counts the one named before a count: "killing himself and four guards" is five dead', () => {
    const text = 'killing himself and four guards';
    const q: Quantity = { span: [20, 24], value: 4, qualifier: 'exact' };
    const [read] = withTollRoles([q], text);
    expect([read.role, read.value, text.slice(...read.span)]).toEqual(['killed', 5, 'himself and four']);
  });

  it.each([
    ['the attacker was killed along with 3 cadets', '3', 4],
    ['a commander was killed alongside 9 of his comrades', '9', 10],
  ])('counts the one killed beside a count: "%s"', (text, count, total) => {
    const at = text.indexOf(count);
    const [read] = withTollRoles([{ span: [at, at + 1], value: Number(count), qualifier: 'exact' }], text);
    expect([read.role, read.value]).toEqual(['killed', total]);
  });

  it('gives a bare count the fate of the verb before the one victim named ahead of it, and counts that one', () => {
    const read = readTollAt('rebels killed a visiting Italian priest and four young men with him', 'four', 4);
    expect([read.role, read.value]).toEqual(['killed', 5]);
  });

  it('counts a kin named after the count ("two parents and their young daughter")', () => {
    const read = readTollAt('the blast killed two parents and their young daughter', 'two', 2, [], 'killed');
    expect(read.value).toBe(3);
  });

  it('does not count again one before the count who is a count of their own', () => {
    const text = 'the blast killed a policeman and four civilians';
    const policeman: Quantity = { span: [17, 28], value: 1, qualifier: 'exact', role: 'killed' };
    expect(readTollAt(text, 'four', 4, [policeman], 'killed').value).toBe(4);
  });

  it('counts the one killed before "along with" a count: "killing a judge along with 5 others" is six', () => {
    const text = 'a bomb went off, killing a district judge along with 5 others';
    const at = text.indexOf('5');
    const [read] = withTollRoles([{ span: [at, at + 1], value: 5, qualifier: 'exact' }], text);
    expect([read.role, read.value, text.slice(...read.span)]).toEqual([
      'killed',
      6,
      'a district judge along with 5',
    ]);
  });

  it.each([
    ['Four soldiers and a passer-by were hurt by the blast', 'injured', 5],
    ['Four soldiers and a policeman in the convoy were wounded', 'injured', 4],
    ['Four porters were killed and a large number of shoppers were hurt', 'killed', 4],
    ['Four soldiers were killed and a policeman was wounded', 'killed', 4],
    ['Four soldiers were wounded and a patrol car was damaged.', 'injured', 4],
    ['Four cadets and the bomber were killed at the depot', 'killed', 5],
    ['Four cadets and the bombers were killed at the depot', 'killed', 4],
    ['Four farmers and their driver in the truck were killed', 'killed', 5],
    ['Four members of the Ruritanian Workers Union (RWU) and a companion were killed', 'killed', 5],
    ['Four guards and the Ruritanian attacker were killed', 'killed', 5],
  ] as const)('counts "%s" as %s %s', (text, role, value) => {
    const [read] = withTollRoles([four], text);
    expect([read.role, read.value]).toEqual([role, value]);
  });

  it('does not add a victim who is a count of his own: "four soldiers and one civilian"', () => {
    const text = 'Four soldiers and one civilian were hurt by the blast';
    const one: Quantity = { span: [18, 21], value: 1, qualifier: 'exact' };
    expect(withTollRoles([four, one], text).map((q) => q.value)).toEqual([4, 1]);
  });

  it('counts the one named before the others: "wounding Adnan and four others" is five', () => {
    const text = 'a bomb went off, wounding Adnan and four others';
    const at = text.indexOf('four');
    const q: Quantity = { span: [at, at + 4], value: 4, qualifier: 'exact', role: 'injured' };
    expect(withTollRoles([q], text)[0].value).toBe(5);
  });

  it.each([
    ['the raid resulted in the deaths of four policemen', 'killed'],
    ['the shelling led to the martyrdom of four civilians', 'killed'],
    ['the attack caused the wounding of four others', 'injured'],
  ] as const)('reads "%s" as a count of the %s', (text, role) => {
    const at = text.indexOf('four');
    expect(withTollRoles([{ span: [at, at + 4], value: 4, qualifier: 'exact' }], text)[0].role).toBe(role);
  });

  it('lets the words count the dead of "no casualties other than the bomber"', () => {
    const text = 'No casualties were reported other than the attacker.';
    const none: Quantity = { span: [0, 27], value: 0, qualifier: 'exact', role: 'killed' };
    expect(withTollRoles([none], text)[0].role).toBeUndefined();
  });

  it.each([
    ['gunmen stopped a bus and shot four of the passengers to death', 'four'],
    ['they dragged 13 men from their homes and shot four of them to death', 'four'],
    ['troops returned fire at the raiders, killing all four', 'four'],
  ])('reads the verb around the count as its fate: "%s"', (text, word) => {
    expect(readTollAt(text, word, 4).role).toBe('killed');
  });

  it.each([
    ['bandits kidnapped four herders, then shot all of them to death', 'killed'],
    ['rebels abducted four engineers and later executed them', 'killed'],
    ['rebels abducted four engineers and later released them', 'abducted'],
  ])('reads those taken, then killed, as dead: "%s"', (text, role) => {
    const at = text.indexOf('four');
    const q: Quantity = { span: [at, at + 4], value: 4, qualifier: 'exact', role: 'abducted' };
    expect(withTollRoles([q], text)[0].role).toBe(role);
  });

  it.each([
    ['Four porters were killed as well as a ferryman, officials said', 4, 'killed', 5],
    ['Four guards were killed along with the driver', 4, 'killed', 5],
    ['Four guards were killed along with the other passengers', 4, 'killed', 4],
    ['Four guards were wounded as well as a nurse in the clinic', 4, 'injured', 5],
    ['Four other hikers were injured as well as their Ruritanian guide.', 4, 'injured', 5],
    ['Four guards were killed and a soldier was wounded as well as a nurse', 4, 'killed', 4],
  ] as const)('counts one more told after the fate: "%s"', (text, value, role, total) => {
    expect(readTollAt(text, 'Four', value, [], role).value).toBe(total);
  });

  it('points the count at the one more told after the fate', () => {
    const text = 'Four porters were killed as well as a ferryman.';
    expect(text.slice(...readTollAt(text, 'Four', 4, [], 'killed').span)).toBe(
      'Four porters were killed as well as a ferryman',
    );
  });

  it.each([
    ['A harbour clerk and four forest rangers were killed in the fire.', 5],
    ['Major Lena Varga, the harbour master, and four of her aides were killed.', 5],
    ['A harbour clerk said four forest rangers were killed.', 4],
    ['Officials said several traders and four forest rangers were killed in the fire.', 4],
    ['A harbour clerk and four forest rangers fled the area before the fire.', 4],
  ])('counts one person opening the sentence beside the count: "%s"', (text, total) => {
    expect(readTollAt(text, 'four', 4, [], 'killed').value).toBe(total);
  });

  it('counts a named victim before "along with" a count: "killed Marek along with two guards"', () => {
    const read = readTollAt('The blast killed Ivo Marek along with two guards.', 'two', 2);
    expect([read.role, read.value]).toEqual(['killed', 3]);
  });

  it('gives no fate from the words after to a part of a count told before ("including four …")', () => {
    const text =
      'Nine were killed, including four members of the council (RC) and eight others were injured.';
    expect(readTollAt(text, 'four', 4).role).toBeUndefined();
  });

  it('keeps a role the quantities stage already gave', () => {
    const q: Quantity = { ...four, role: 'injured' };
    expect(withTollRoles([q], 'Four people were killed')[0].role).toBe('injured');
  });
});

describe('tollFromWords', () => {
  it.each([
    ['A judge was shot dead outside his home.', 'killed', 1],
    ['The mayor was assassinated in the square.', 'killed', 1],
    ['A mother, a daughter and a father were killed in the shelling.', 'killed', 3],
    ['A mother a daughter and a son were killed when the roof of their flat fell in.', 'killed', 3],
    ['The shell struck the flat; a daughter and a grandmother suffered serious injuries.', 'injured', 2],
    ['The judge, his wife, his son and a guard were killed in the ambush.', 'killed', 4],
    ['The judge was unhurt, but his son, nephew and cook were killed outright.', 'killed', 3],
    ['Her daughter, niece and maid were wounded by flying glass.', 'injured', 3],
    ['The mayor was reported to have been killed in the raid.', 'killed', 1],
    ['A cashier was slightly injured by the explosion.', 'injured', 1],
    ['The minister was not injured in the attack.', 'injured', null],
    ['A bomb exploded outside a bank.', 'killed', null],
    ['It is unknown if anyone was killed in the fire at the depot.', 'killed', null],
    ['Two men on a scooter shot and killed a baker by the mosque.', 'killed', 1],
    ['Gunmen shot and killed Maria Gomez and her driver outside her home.', 'killed', 2],
    ['They dragged him out and shot him to death.', 'killed', 1],
    ['Gunmen shot a shopkeeper in the leg.', 'killed', null],
    ['A night porter was shot twice in the arm outside the hotel.', 'injured', 1],
    ['The trader was shot in the stomach and later died in hospital.', 'killed', 1],
    ['A night watchman was shot near the depot and pronounced dead on arrival.', 'killed', 1],
    ['The courier was declared dead at the clinic.', 'killed', 1],
    ['Ortega later succumbed to his wounds in hospital.', 'killed', 1],
    ['Twelve later died in hospital.', 'killed', null],
    ['The body of a missing teacher was found near the river.', 'killed', 1],
    ['A parcel bomb wounded a postal clerk in the sorting room.', 'injured', 1],
    ['The explosion broke several windows but no one was hurt.', 'injured', 0],
    ['One porter was killed and another injured.', 'injured', 1],
    ['Three firemen were crushed to death and a fourth wounded.', 'injured', 1],
    ['Poachers shot and injured a park ranger.', 'injured', 1],
    ['Bandits fired on a minibus, killing the driver.', 'killed', 1],
    ['Gunmen assassinated Husayn al-Fattal near his home.', 'killed', 1],
    ['Gunmen opened fire, killing the soldiers at the gate.', 'killed', null],
    ['The explosion broke several windows but no one was hurt.', 'killed', 0],
    ['The device caused damage but no injuries.', 'injured', 0],
    ['The trader was kidnapped and killed by a gang.', 'killed', 1],
    ['A farmer was dragged from his truck near the well and shot to death.', 'killed', 1],
    ['The farmer was kidnapped and released.', 'killed', null],
    ['Both the judge and his guard were shot dead.', 'killed', 2],
    ['The mayor was killed along with his driver.', 'killed', 2],
    ['The district chief was assassinated, along with his deputy, near the market.', 'killed', 2],
    ['A village elder was shot at and killed near his farm.', 'killed', 1],
    ['His assassination on Monday shocked the city.', 'killed', 1],
    ['A trader was found stabbed to death near the port.', 'killed', 1],
    ['A surveyor and his cousin were shot and killed near the quarry.', 'killed', 2],
    ['General Ana Ruiz, a former minister of defence, and her driver were killed in the blast.', 'killed', 2],
    ['A Shia cleric, Ali Hassan, and his guard were killed by gunmen.', 'killed', 2],
    ['A roadside bomb killed a provincial health officer and a teacher.', 'killed', 2],
    ['The mayor was killed and his driver wounded.', 'killed', 1],
    ['The mayor was killed and his driver wounded.', 'injured', 1],
    ['A clerk was shot dead and a guard slightly wounded.', 'injured', 1],
    ['Bandits fired on a minibus, killing its driver and wounding one passenger.', 'injured', 1],
    ['Gunmen fired on two officers, wounding both.', 'injured', 2],
    ['A bomber blew himself up in a shop, killing himself and the owner.', 'killed', 2],
    ['His body was found in a ditch the next day.', 'killed', 1],
    ['The envoy was fatally wounded by a parcel bomb.', 'injured', null],
    ['The envoy was critically wounded and later died in hospital.', 'injured', null],
    ['The retired judge and his wife were killed by a parcel bomb.', 'killed', 2],
    ['A farmer and a trader were found shot dead near the well.', 'killed', 2],
    ['A woman and child were killed when a shell hit their house.', 'killed', 2],
    ['An officer and several were wounded in the blast.', 'injured', null],
    ['Gunmen broke into the shop and shot the owner to death.', 'killed', 1],
    ['The kidnappers later executed the engineer.', 'killed', 1],
    ['A hidden bomb went off, killing a ranger and a bodyguard.', 'killed', 2],
    ['Raiders shot and killed a herder and his teenage son.', 'killed', 2],
    ['Gunmen killed a farmer and a soldier was wounded.', 'killed', 1],
    ['Raiders shot and killed a 61-year-old baker outside the bakery.', 'killed', 1],
    ['The blast killed police Captain Omar Haddad at the checkpoint.', 'killed', 1],
    ['Rebels overran the base, killing a reported 40 soldiers.', 'killed', null],
    ['A bomb went off at the post. No police casualties were reported.', 'killed', 0],
    ['The bomber blew himself up but killed no one.', 'killed', 0],
    ['There were no casualties apart from the bomber, who was killed when his vest went off.', 'killed', 1],
    ['There were no casualties apart from the bomber, who was killed when his vest went off.', 'injured', 0],
    ['The harbour master only suffered minor injuries in the raid.', 'injured', 1],
    ['One shop assistant sustained burns to the face.', 'injured', 1],
    ['The policemen suffered minor injuries.', 'injured', null],
    ['The victims received serious wounds.', 'injured', null],
    // One victim named by rank, title or role, told by a body found, or by "died".
    ['Gunmen opened fire on the post, killing Lt. Omar Haddad.', 'killed', 1],
    ['A bomb went off, killing U.S. Army Sergeant John Miller.', 'killed', 1],
    ['Gunmen shot and killed the District Intelligence Chief in the bazaar.', 'killed', 1],
    ['Gunmen killed the Sunni owner of a bakery.', 'killed', 1],
    ['Gunmen shot and killed the US soldiers at the gate.', 'killed', null],
    ['The group claimed the killing of the police chief of the province.', 'killed', null],
    ['Police found the body of a teacher in the river.', 'killed', 1],
    ['Rangers recovered the decomposed body of a hiker near the dam.', 'killed', 1],
    ['An unidentified body was recovered near the sluice gate.', 'killed', 1],
    ['Police found the bodies of the two men.', 'killed', null],
    ['An off-duty nurse died after raiders fired on her van.', 'killed', 1],
    ['One of her guards died in the attack.', 'killed', 1],
    ['He later died in hospital.', 'killed', 1],
    ['Two of the guards died in the attack.', 'killed', null],
    ['The raid resulted in the death of one ferry pilot.', 'killed', 1],
    ['Officials reported no casualties other than the death of the attacker.', 'killed', 1],
    ['The statement called the bombing revenge for the death of the founder.', 'killed', null],
    ['Gunmen shot and wounded Ruritanian ambassador Ivo Marek in his car.', 'injured', 1],
    ['His brother was killed by raiders several months ago at the dam.', 'killed', null],
    ['A former envoy was shot and critically wounded outside his home.', 'injured', 1],
    // Only capitalised names make two people; common nouns before "and a …" are an uncounted group.
    ['Several soldiers and a policeman were wounded in the blast.', 'injured', null],
    ['Soldiers and a policeman were wounded in the blast.', 'injured', null],
    ['Farida and her husband were wounded in the blast.', 'injured', 2],
    ['A Red Cross nurse and a driver were killed by raiders.', 'killed', 2],
    ['The soldiers and a policeman were wounded in the blast.', 'injured', null],
    ['Ana Ruiz and Tomas Gil, traders from the market, were shot and killed.', 'killed', 2],
    ['Raiders shot dead an elderly couple on their farm.', 'killed', 2],
    ['The strikes hit their positions, killing a big number of them.', 'killed', null],
    // Other wordings of one death.
    ['A shopkeeper was hanged by militants.', 'killed', 1],
    ['Militants abducted and hanged a teacher near the school.', 'killed', 1],
    ['Protesters were seen hanging a banner on the gate.', 'killed', null],
    ['Gunmen kidnapped two engineers and killed their Ruritanian driver.', 'killed', 1],
    ['Villagers were alarmed by the recovery of the body of a ferryman.', 'killed', 1],
    ['The farmer was found shot to death the next day.', 'killed', 1],
    ['Omar Khalid Saleh, a local journalist, died when a bomb went off.', 'killed', 1],
    [
      'Gunmen killed a 50-year-old official of the port authority of the northern coastal province of Ruritania by the river and his 30-year-old driver.',
      'killed',
      2,
    ],
  ] as const)('counts "%s" as %s %s', (text, role, value) => {
    expect(tollFromWords(text, [0, text.length], role)?.value ?? null).toBe(value);
  });
});

describe('running totals', () => {
  it.each([
    ['Over seventy journalists have been killed in the country since 2003.', undefined],
    ['Since then, over 160 people have been killed in the area.', undefined],
    ['More than 2800 people have been killed in the country since the war began.', undefined],
    ['وقتل أكثر من 4000 شخص منذ بداية الحرب في البلاد.', undefined],
    ['The blast killed 12 people, the deadliest attack since 2003.', 'killed'],
    ['The blast killed 12 people on Monday.', 'killed'],
    ['The group avenged 12 of its members who were killed by the army last month.', undefined],
    ['وقتل 12 شخصا في الانفجار، وهو اعنف هجوم منذ بداية الحرب.', 'killed'],
    ['وشهدت ذات الفترة إحراق عشرات السيارات ومقتل 14 مسلحا في اشتباكات مع الشرطة.', undefined],
    ['في الفترة من أول مارس وحتى العاشر منه، لقي 25 مسلحا مصرعهم في اشتباكات متفرقة.', undefined],
    ['During the same period, 40 militants were killed in clashes with the army.', undefined],
  ] as const)('gives no toll to a count summed over months: "%s" → %s', (text, role) => {
    const m = /\d+|seventy/.exec(text)!;
    const q: Quantity = {
      span: [m.index, m.index + m[0].length],
      value: 1,
      qualifier: 'exact',
      role: 'killed',
    };
    expect(withTollRoles([q], text)[0].role).toBe(role);
  });
});
