import { describe, it, expect } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { tollFromWords, withTollRoles } from './toll-words.js';

const four: Quantity = { span: [0, 4], value: 4, qualifier: 'exact' };

describe('withTollRoles', () => {
  it.each([
    ['Four soldiers were killed when a mine went off', 'killed'],
    ['Four civilians were seriously wounded in the blast', 'injured'],
    ['Four passengers later died in hospital', 'killed'],
    ['Four gunmen fled the scene', undefined],
    ['Four men were not hurt', undefined],
  ])('reads the role of the count in "%s" as %s', (text, role) => {
    expect(withTollRoles([four], text)[0].role).toBe(role);
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
    ['A guard was slightly injured by the blast.', 'injured', 1],
    ['The minister was not injured in the attack.', 'injured', null],
    ['A bomb exploded outside a bank.', 'killed', null],
    ['It is unknown if anyone was killed in the blast.', 'killed', null],
    ['Gunmen shot and killed a shopkeeper in the market.', 'killed', 1],
    ['Gunmen shot and killed Maria Gomez and her driver outside her home.', 'killed', 2],
    ['They dragged him out and shot him to death.', 'killed', 1],
    ['Gunmen shot a shopkeeper in the leg.', 'killed', null],
    ['The body of a missing teacher was found near the river.', 'killed', 1],
    ['A parcel bomb wounded a postal clerk in the sorting room.', 'injured', 1],
    ['The blast shattered windows but no one was hurt.', 'injured', 0],
    ['One guard was killed and another injured.', 'injured', 1],
    ['Three policemen were killed and a fourth wounded.', 'injured', 1],
    ['Settlers shot and injured a Palestinian farmer.', 'injured', 1],
    ['Militants opened fire on a taxi, killing the driver.', 'killed', 1],
    ['Gunmen assassinated Husayn al-Fattal near his home.', 'killed', 1],
    ['Gunmen opened fire, killing the soldiers at the gate.', 'killed', null],
    ['The blast shattered windows but no one was hurt.', 'killed', 0],
    ['The device caused damage but no injuries.', 'injured', 0],
  ] as const)('counts "%s" as %s %s', (text, role, value) => {
    expect(tollFromWords(text, [0, text.length], role)?.value ?? null).toBe(value);
  });
});
