import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createResolveStage } from '../resolve/index.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** The events the extract stage finds in an English text told in Kirkuk, with the quantities given. */
function eventsInKirkuk(text: string, quantities: FixtureSpec['quantities'] = []) {
  const doc = fixtureDocument({
    text,
    published: '2021-05-02',
    mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
    quantities,
  });
  extract.run(doc, { referenceDate: null });
  return doc.events!;
}

describe('tolls told in the next sentence', () => {
  it('stay with a definite telling placed in another country than the incident before', () => {
    const doc = fixtureDocument({
      text: 'The law was drawn up after the 11 September attacks on the US. Critics cite the Madrid train bombings, which killed 191 people.',
      mentions: [
        ['US', placeEntity('United States', 'US', 'country')],
        ['Madrid', placeEntity('Madrid', 'ES')],
      ],
      quantities: [['191 people', { value: 191, qualifier: 'exact', role: 'killed' }]],
    });
    extract.run(doc, { referenceDate: null });
    const tolls = doc.events!.map((e) => [e.location?.country, e.fatalities?.value ?? null]);
    expect(tolls).toContainEqual(['ES', 191]);
    expect(tolls).not.toContainEqual(['US', 191]);
  });

  it('leave a tally of thousands dead to itself, not to the takeover told before', () => {
    const doc = fixtureDocument({
      text: 'سيطر مسلحو التنظيم على مدينة كركوك في الحادي عشر من يونيو 2014. ونعى المحافظ مقتل 1800 شخص من أهالي كركوك على يد المسلحين.',
      published: '2015-08-01',
      mentions: [
        ['كركوك', placeEntity('Kirkuk', 'IQ'), 1],
        ['كركوك', placeEntity('Kirkuk', 'IQ'), 2],
      ],
      times: [['الحادي عشر من يونيو 2014', { value: '2014-06-11', precision: 'day', reason: 'explicit' }]],
      quantities: [['1800 شخص', { value: 1800, qualifier: 'exact', role: 'killed' }]],
    });
    extract.run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => [e.sub_event_type?.value, e.fatalities?.value ?? null])).toEqual([
      ['Non-state actor overtakes territory', null],
    ]);
  });

  it('go to the incident told just before when it has none', () => {
    const doc = fixtureDocument({
      text: 'A car bomb went off beside a bakery in Kirkuk. Nine people died and fifteen more were hurt.',
      published: '2021-05-02',
      mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
      quantities: [
        ['Nine', { value: 9, qualifier: 'exact', noun: 'people' }],
        ['fifteen', { value: 15, qualifier: 'exact' }],
      ],
    });
    extract.run(doc, { referenceDate: null });
    expect(doc.events).toHaveLength(1);
    expect([doc.events![0].fatalities?.value, doc.events![0].injuries?.value]).toEqual([9, 15]);
    // The sentence that gave the toll is evidence of the incident too.
    expect(doc.events![0].evidence).toHaveLength(2);
  });

  it('leave a whole war\'s dead to the war: "Another 23 journalists have been killed in Syria\'s war"', () => {
    const [event] = eventsInKirkuk(
      "A bomb attack in Kirkuk killed three people. Another 23 journalists have been killed in Syria's war.",
      [
        ['three', { value: 3, qualifier: 'exact', role: 'killed', noun: 'people' }],
        ['23', { value: 23, qualifier: 'exact', noun: 'journalists' }],
      ],
    );
    expect(event.fatalities?.value).toBe(3);
  });

  it.each([
    [
      "The raiders said the attack was in retaliation for the army's breach of the truce, which ended in the martyrdom of six of their men.",
      undefined,
    ],
    ['The raiders said the attack was planned for weeks; six of the guards were killed.', 6],
  ])('leave the dead of an act answered to that act: "%s"', (second, dead) => {
    const [event] = eventsInKirkuk(`Raiders fired mortars at a depot in Kirkuk. ${second}`, [
      ['six', { value: 6, qualifier: 'exact' }],
    ]);
    expect(event.fatalities?.value).toBe(dead);
  });

  it('leave a whole country\'s tally to the country: "Nationwide, 40 people died that day"', () => {
    const [event] = eventsInKirkuk('A car bomb went off in Kirkuk. Nationwide, 40 people died that day.', [
      ['40', { value: 40, qualifier: 'exact', role: 'killed', noun: 'people' }],
    ]);
    expect(event.fatalities).toBeNull();
  });

  it('leave a running total to the war: "The war has taken more than 300000 lives since it began"', () => {
    const [event] = eventsInKirkuk(
      'A car bomb went off in Kirkuk. The war has taken more than 300000 lives since it began.',
      [['300000', { value: 300000, qualifier: 'at_least', role: 'killed', noun: 'people' }]],
    );
    expect(event.fatalities).toBeNull();
  });

  it.each([
    ['Their bodies were found the next day.', 3],
    ["Police found the men's bodies near the river.", 3],
    ['Their car was found the next day.', undefined],
  ])('count the people taken as dead when "%s"', (after, dead) => {
    const [event] = eventsInKirkuk(`Gunmen kidnapped three engineers in Kirkuk. ${after}`, [
      ['three', { value: 3, qualifier: 'exact', role: 'abducted', noun: 'people' }],
    ]);
    expect(event.fatalities?.value).toBe(dead);
  });

  it('go to the abduction told before when its victims are "both found dead"', () => {
    const events = eventsInKirkuk(
      'Gunmen kidnapped the mayor and his secretary in Kirkuk. Both were found dead the next day.',
    );
    expect(events.map((e) => e.fatalities?.value ?? null)).toEqual([2, null]);
  });

  it("name the incident's harmed side by the victims they count, when it names none", () => {
    const [event] = eventsInKirkuk(
      'A car bomb went off in Kirkuk on Monday. The attack left two policemen dead.',
      [['two', { value: 2, qualifier: 'exact', role: 'killed', noun: 'police' }]],
    );
    expect([event.fatalities?.value, event.actor2?.name]).toEqual([2, 'Police Forces of Iraq']);
  });

  it('add a victim told as another one', () => {
    const [event] = eventsInKirkuk('A grenade wounded a shopkeeper in Kirkuk. His son was also wounded.');
    expect(event.injuries?.value).toBe(2);
  });

  it.each([
    ['One of the wounded later died at the clinic.', 'One', 1, 3],
    ['Two others died of their injuries the next day.', 'Two', 2, 4],
    ['He succumbed to his wounds two days later.', null, 0, 3],
    // "the toll" with no number after it gives no new total.
    ['Three more died overnight, raising the toll.', 'Three', 3, 5],
    ['A wounded guard later died in hospital, adding to the total.', null, 0, 3],
    // The dead already counted, and a new total, are no addition (the incident keeps the toll it told).
    ['Both died of their wounds in hospital.', null, 0, 2],
    ['The death toll rose to six after four more died of their wounds.', 'six', 6, 2],
    ['Four more died later, bringing the toll to six.', 'six', 6, 2],
  ])('add the hurt who died after the incident: "%s"', (after, word, value, dead) => {
    const quantities: FixtureSpec['quantities'] = [
      ['two', { value: 2, qualifier: 'exact', role: 'killed', noun: 'people' }],
      ['nine', { value: 9, qualifier: 'exact', role: 'injured' }],
    ];
    if (word) quantities.push([word, { value, qualifier: 'exact' }]);
    const [event] = eventsInKirkuk(
      `A car bomb went off in Kirkuk, killing two people and wounding nine. ${after}`,
      quantities,
    );
    expect(event.fatalities?.value).toBe(dead);
  });

  it('count one for a single wounded person', () => {
    const [event] = eventsInKirkuk(
      'Someone lobbed a grenade at a checkpoint in Kirkuk. A guard was slightly wounded.',
    );
    expect(event.injuries?.value).toBe(1);
  });

  it('add one more victim told as an addition in Arabic, once the incident is resolved', () => {
    const doc = fixtureDocument({
      text: 'انفجرت عبوة ناسفة في سوق كركوك وأدت إلى مقتل شرطي. وأضاف المصدر أن شخصا آخر كان بالقرب منه قتل أيضا.',
      language: 'ar',
      published: '2021-05-02',
      mentions: [['كركوك', placeEntity('Kirkuk', 'IQ')]],
      quantities: [['شرطي', { value: 1, qualifier: 'exact', role: 'killed', noun: 'police' }]],
    });
    extract.run(doc, { referenceDate: null });
    createResolveStage().run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => e.fatalities?.value)).toEqual([2]);
  });

  it('come from a sentence that tells "the attack" again, even when it reads as another kind', () => {
    const doc = fixtureDocument({
      text: 'A bomb hidden by the road struck an army truck in Kirkuk. The attack killed one officer and hurt two passers-by.',
      published: '2021-05-02',
      mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
      quantities: [
        ['one', { value: 1, qualifier: 'exact', role: 'killed', noun: 'police' }],
        ['two', { value: 2, qualifier: 'exact', role: 'injured' }],
      ],
    });
    extract.run(doc, { referenceDate: null });
    createResolveStage().run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => [e.location?.name, e.fatalities?.value, e.injuries?.value])).toEqual([
      ['Kirkuk', 1, 2],
    ]);
  });

  it.each([
    [
      'The coordinated attack',
      [
        ['Kirkuk', 1, 2],
        [undefined, null, null],
      ],
    ],
    [
      'The second attack',
      [
        ['Kirkuk', null, null],
        [undefined, 1, 2],
      ],
    ],
    [
      'The follow-on attack',
      [
        ['Kirkuk', null, null],
        [undefined, 1, 2],
      ],
    ],
  ])('come from "%s killed one policeman" only when it tells the incident again', (subject, events) => {
    const told = eventsInKirkuk(
      `Militants shelled a checkpoint in Kirkuk. ${subject} killed one policeman and hurt two passers-by.`,
      [
        ['one', { value: 1, qualifier: 'exact', role: 'killed', noun: 'police' }],
        ['two', { value: 2, qualifier: 'exact', role: 'injured' }],
      ],
    ).map((e) => [e.location?.name, e.fatalities?.value ?? null, e.injuries?.value ?? null]);
    expect(told).toEqual(events);
  });

  it('are counted once when the retelling adds a victim with "also"', () => {
    const doc = fixtureDocument({
      text: 'Gunmen shot dead a judge in Kirkuk. His driver was also killed in the shooting.',
      published: '2021-05-02',
      mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
    });
    extract.run(doc, { referenceDate: null });
    createResolveStage().run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => e.fatalities?.value)).toEqual([2]);
  });

  it('stay with a retelling that has a place of its own', () => {
    const doc = fixtureDocument({
      text: 'A bomb hidden by the road struck an army truck in Kirkuk. The attack in Mosul killed two policemen.',
      published: '2021-05-02',
      mentions: [
        ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
        ['Mosul', placeEntity('Mosul', 'IQ')],
      ],
      quantities: [['two', { value: 2, qualifier: 'exact', role: 'killed', noun: 'police' }]],
    });
    extract.run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => e.fatalities?.value ?? null)).toEqual([null, 2]);
  });
});

describe('a toll told in the sentence before the incident', () => {
  it('goes to the incident of the next sentence when that one points back to the counted', () => {
    const [event] = eventsInKirkuk(
      'Four porters died and two were hurt. The casualties came after a landmine went off under their cart in Kirkuk.',
      [
        ['Four', { value: 4, qualifier: 'exact', noun: 'porters' }],
        ['two', { value: 2, qualifier: 'exact' }],
      ],
    );
    expect([event.fatalities?.value, event.injuries?.value]).toEqual([4, 2]);
  });

  it('stays apart when the next sentence opens another story', () => {
    const [event] = eventsInKirkuk(
      'Four porters died of a fever last week. A landmine went off under a cart in Kirkuk.',
      [['Four', { value: 4, qualifier: 'exact', noun: 'porters' }]],
    );
    expect(event.fatalities).toBeNull();
  });
});

describe('a toll told before "adding that" and a new act', () => {
  it('goes to the incident told before, not to the act told after it', () => {
    const events = eventsInKirkuk(
      'Jets bombed two villages outside Kirkuk, killing 12 people. The monitor said 90 more were hurt, adding that troops had also launched rockets at the district.',
      [
        ['12', { value: 12, qualifier: 'exact', role: 'killed', noun: 'people' }],
        ['90', { value: 90, qualifier: 'exact', role: 'injured' }],
      ],
    );
    expect(events.map((e) => [e.fatalities?.value ?? null, e.injuries?.value ?? null])).toEqual([
      [12, 90],
      [null, null],
    ]);
  });
});

describe('tolls a cue of the sentence keeps to itself', () => {
  it.each([
    ['a running total', 'Eleven people died so far.'],
    ['an accident', 'Eleven people died in the accident.'],
  ])('leave %s to itself, not to the bombing told before', (_, toll) => {
    const [event] = eventsInKirkuk(`A car bomb went off beside a bakery in Kirkuk. ${toll}`, [
      ['Eleven', { value: 11, qualifier: 'exact', noun: 'people' }],
    ]);
    expect(event.fatalities?.value ?? null).toBe(null);
  });
});
