import { describe, expect, it } from 'vitest';
import type { CountRef } from '../../core/records.js';
import { mention, place } from './placed-fixture.js';
import { battleToldAtProvince, gasDelivered, retold, toldBySecondSource } from './told-twice.js';

const count = (value: number): CountRef => ({ value, qualifier: 'exact', spans: [] });
const day = (value: string) => ({ value, precision: 'day' as const, spans: [] });
const town = place('Hollin');

describe('gasDelivered', () => {
  it('takes a raid with no dead of its own, next to a gas attack at its town, for the way the gas came', () => {
    const gas = mention(0, 'Chemical weapon', { location: town, fatalities: count(12) });
    expect(gasDelivered(gas, mention(1, 'Air/drone strike', { location: town }))).toBe(true);
  });

  it('leaves a raid with its own dead, or told further off, to be a raid of its own', () => {
    const gas = mention(0, 'Chemical weapon', { location: town, fatalities: count(12) });
    const deadly = mention(1, 'Air/drone strike', { location: town, fatalities: count(3) });
    expect(gasDelivered(gas, deadly)).toBe(false);
    expect(gasDelivered(gas, mention(2, 'Air/drone strike', { location: town }))).toBe(false);
  });
});

describe('retold', () => {
  it("takes a party's quoted telling at the incident's town for that incident", () => {
    const quoted = mention(2, 'Armed clash', { location: town });
    quoted.quotation = [20, 29];
    expect(retold(quoted, mention(0, 'Armed clash', { location: town }))).toBe(true);
    expect(retold(quoted, mention(0, 'Armed clash', { location: place('Brack') }))).toBe(false);
  });
});

describe('toldBySecondSource', () => {
  it('takes one toll of dead and hurt, told a day apart at one town, for one incident', () => {
    // Placed by coordinates: two sources' places need only lie close by.
    const toll = { fatalities: count(2), injuries: count(4), location: { ...town, lat: 38, lon: 40 } };
    const army = mention(0, 'Remote explosive/landmine/IED', { ...toll, date: day('2022-03-06') });
    army.reportDay = true;
    const governor = mention(2, 'Remote explosive/landmine/IED', { ...toll, date: day('2022-03-05') });
    expect(toldBySecondSource(army, governor)).toBe(true);
    const later = mention(2, 'Remote explosive/landmine/IED', { ...toll, date: day('2022-03-09') });
    expect(toldBySecondSource(army, later)).toBe(false);
  });
});

describe('battleToldAtProvince', () => {
  it('leaves a battle told at another town, not the province around it, to be its own', () => {
    const clash = mention(0, 'Armed clash', { location: town, date: day('2022-03-06') });
    const other = mention(2, 'Armed clash', { location: place('Brack'), date: day('2022-03-06') });
    expect(battleToldAtProvince(clash, other)).toBe(false);
  });
});
