import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { demonymEntity, placeEntity } from './fixture-entities.js';

const strelsau = placeEntity('Strelsau', 'RU');
const tuesday = { value: '2031-04-08', precision: 'day' as const, reason: 'weekday' };

function eventsOf(spec: FixtureSpec) {
  return resolvedEvents(spec).map((e) => ({
    type: e.sub_event_type?.value,
    place: e.location?.name ?? null,
    actor1: e.actor1?.name ?? null,
  }));
}

describe('an act told in a relative clause on the object of the main act', () => {
  it.each([
    'Police in Strelsau on Tuesday arrested a Ruritanian soldier who shot dead two farmers.',
    'On Tuesday police in Strelsau detained a Ruritanian soldier who had stabbed a shopkeeper.',
  ])('lies where the main clause does, done by that object: %s', (text) => {
    const events = eventsOf({
      text,
      published: '2031-04-09',
      mentions: [
        ['Strelsau', strelsau],
        ['Ruritanian', demonymEntity('Ruritania', 'RU')],
      ],
      times: [['Tuesday', tuesday]],
    });
    expect(events).toContainEqual({
      type: 'Arrests',
      place: 'Strelsau',
      actor1: 'Police Forces of Ruritania',
    });
    expect(events).toContainEqual({
      type: 'Attack',
      place: 'Strelsau',
      actor1: 'Military Forces of Ruritania',
    });
  });
});

describe('an Arabic act told of the object of an arrest', () => {
  const village = placeEntity('Kafr Salwan', 'IQ');
  const three: NonNullable<FixtureSpec['quantities']>[number] = [
    'ثلاثة',
    { value: 3, qualifier: 'exact', role: 'killed' },
  ];
  // The quantities stage reads «المسلح الذي قتل» as one killed, as it reads «الذي قُتل».
  const theGunman: NonNullable<FixtureSpec['quantities']>[number] = [
    'المسلح',
    { value: 1, qualifier: 'exact', role: 'killed' },
  ];

  it.each([
    ['اعتقلت الشرطة العراقية في قرية كفر سلوان يوم الثلاثاء مسلحاً قتل ثلاثة مزارعين.', [three]],
    ['اعتقلت الشرطة العراقية في قرية كفر سلوان المسلح الذي قتل ثلاثة مزارعين.', [theGunman, three]],
    ['اعتقلت الشرطة العراقية في قرية كفر سلوان المسلحَ الذى قتلَ ثلاثةَ مزارعين.', [theGunman, three]],
  ] as const)('is done by the one arrested, not by the police: %s', (text, quantities) => {
    const found = resolvedEvents({
      text,
      published: '2031-04-09',
      mentions: [['كفر سلوان', village]],
      quantities: [...quantities],
    }).map((e) => ({
      type: e.sub_event_type?.value,
      actor1: e.actor1?.name ?? null,
      killed: e.fatalities?.value ?? null,
    }));
    expect(found).toContainEqual({ type: 'Arrests', actor1: 'Police Forces of Iraq', killed: null });
    expect(found).toContainEqual({ type: 'Attack', actor1: null, killed: 3 });
  });
});

describe('ground taken in a relative clause whose pronoun is its object', () => {
  it.each([
    'Jets struck rebel posts near Strelsau, which government troops recaptured from the rebels in March.',
    'Jets struck rebel posts near Strelsau which government troops recaptured from the rebels in March.',
  ])('is the place the pronoun stands for: %s', (text) => {
    const events = eventsOf({
      text,
      published: '2031-07-15',
      mentions: [['Strelsau', strelsau]],
      times: [['in March', { value: '2031-03', precision: 'month', reason: 'month' }]],
    });
    expect(events.map((e) => [e.type, e.place])).toContainEqual(['Government regains territory', 'Strelsau']);
  });
});
