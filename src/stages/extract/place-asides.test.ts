import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/records.js';
import {
  attackersPost,
  housedIn,
  namesDestination,
  namesFirm,
  namesOfficeOrRoute,
  namesOrigin,
  namesPerson,
} from './place-asides.js';

/** A town mention over the first occurrence of `name` in `text`. */
function town(text: string, name: string, country = 'XX'): Mention {
  const at = text.indexOf(name);
  return {
    span: [at, at + name.length],
    entity_id: `place:${name.toLowerCase()}`,
    kind: 'city',
    name,
    via: 'name',
    score: 1,
    place: { country, lat: null, lon: null, precision: 'town', admin1: null },
  };
}

describe('a place named aside', () => {
  it('names a mosque or a train, not a place, when one of those words follows it', () => {
    const text = 'stones were thrown at mecca masjid and at the sabarmati express near lakhpur';
    expect(namesFirm(town(text, 'mecca'), text)).toBe(true);
    expect(namesFirm(town(text, 'sabarmati'), text)).toBe(true);
    expect(namesFirm(town(text, 'lakhpur'), text)).toBe(false);
  });

  it('names where a crowd came from after "people from", not a place reported from', () => {
    const text = 'mobs of people from every corner of sitapur gathered; clashes were reported from lakhpur';
    expect(namesOrigin(town(text, 'sitapur'), text, 0)).toBe(true);
    expect(namesOrigin(town(text, 'lakhpur'), text, 0)).toBe(false);
    const arabic = 'احتجز المسلحون 50 عائلة من نازحي رامبور في قرية لاكبور';
    expect(namesOrigin(town(arabic, 'رامبور'), arabic, 0)).toBe(true);
    expect(namesOrigin(town(arabic, 'لاكبور'), arabic, 0)).toBe(false);
  });

  it('names where a shot was fired from, not where it hit', () => {
    const text =
      'Militants launched two rockets from the northern part of the Rampur strip at the town of Lakhpur.';
    expect(namesOrigin(town(text, 'Rampur'), text, 0)).toBe(true);
    expect(namesOrigin(town(text, 'Lakhpur'), text, 0)).toBe(false);
  });

  it('names where people or troops were heading', () => {
    const heading = 'The victims were on their way to Rampur and the army advanced to Sitapur near Lakhpur.';
    expect(namesDestination(town(heading, 'Rampur'), heading, 0)).toBe(true);
    expect(namesDestination(town(heading, 'Sitapur'), heading, 0)).toBe(true);
    expect(namesDestination(town(heading, 'Lakhpur'), heading, 0)).toBe(false);
    const arabic = 'قصفت الطائرات لاكبور بعدما فروا الى سيتابور';
    expect(namesDestination(town(arabic, 'سيتابور'), arabic, 0)).toBe(true);
    expect(namesDestination(town(arabic, 'لاكبور'), arabic, 0)).toBe(false);
  });

  it('names where warplanes flew from', () => {
    const flown = 'Jets that took off from an air base in Rampur struck Lakhpur.';
    expect(namesOrigin(town(flown, 'Rampur'), flown, 0)).toBe(true);
    const arabic = 'اقلعت المقاتلات من القاعدة الجوية في رامبور وقصفت لاكبور';
    expect(namesOrigin(town(arabic, 'رامبور'), arabic, 0)).toBe(true);
    expect(namesOrigin(town(arabic, 'لاكبور'), arabic, 0)).toBe(false);
    const base = 'شنت غارات من قاعدة جوية في رامبور بعد هجوم على قاعدة عسكرية في لاكبور';
    expect(namesOrigin(town(base, 'رامبور'), base, 0)).toBe(true);
    expect(namesOrigin(town(base, 'لاكبور'), base, 0)).toBe(false);
  });

  it('names where the attackers are posted: before the shot, or after it when told with "by"', () => {
    const before = 'Militants positioned in Rampur and Sitapur fired mortar shells on the town of Lakhpur.';
    expect(attackersPost(town(before, 'Rampur'), before, 0, true)).toBe(true);
    expect(attackersPost(town(before, 'Sitapur'), before, 0, true)).toBe(true);
    expect(attackersPost(town(before, 'Lakhpur'), before, 0, false)).toBe(false);
    const by = 'The shells were fired by terrorists who are positioned in Rampur.';
    expect(attackersPost(town(by, 'Rampur'), by, 0, false)).toBe(true);
    const target = 'The army shelled militants positioned in Rampur.';
    expect(attackersPost(town(target, 'Rampur'), target, 0, false)).toBe(false);
    const arabic = 'قصف المسلحون المتمركزون في رامبور بلدة لاكبور';
    expect(attackersPost(town(arabic, 'رامبور'), arabic, 0, true)).toBe(true);
  });

  it('names a side\'s leader or backer in "X-led" and "X-backed", not a place', () => {
    const text = 'Rurania-led strikes hit Lakhpur and Rampur-backed fighters fled.';
    expect(namesFirm(town(text, 'Rurania'), text)).toBe(true);
    expect(namesFirm(town(text, 'Rampur'), text)).toBe(true);
    expect(namesFirm(town(text, 'Lakhpur'), text)).toBe(false);
  });

  it("names an office or a route's end, but not a place after a lower-case prefix", () => {
    const text = 'Rurania governor Ali drove on the Lakhpur-Sitapur road through mid-Rampur.';
    expect(namesOfficeOrRoute(town(text, 'Rurania'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Sitapur'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Rampur'), text)).toBe(false);
    const arabic = 'اغتال مسلحون محافظ رامبور في لاكبور';
    expect(namesOfficeOrRoute(town(arabic, 'رامبور'), arabic)).toBe(true);
    expect(namesOfficeOrRoute(town(arabic, 'لاكبور'), arabic)).toBe(false);
  });

  it('gives the town a building named after a city stands in, only in that country', () => {
    const text = 'shells fell on the Rurania Central Prison in Adrow area';
    const places = [town(text, 'Rurania', 'SY'), town(text, 'Adrow', 'SY')];
    expect(housedIn(places[0], places, text).name).toBe('Adrow');
    const abroad = [places[0], town(text, 'Adrow', 'LB')];
    expect(housedIn(abroad[0], abroad, text).name).toBe('Rurania');
  });

  it("names a person after a title or before an Indian surname, not a town's sheikh in its own name", () => {
    const text = 'Sheikh Qasimiya spoke after kalyan singh left Sheikh Usman for lakhpur.';
    expect(namesPerson(town(text, 'Qasimiya'), text)).toBe(true);
    expect(namesPerson(town(text, 'kalyan'), text)).toBe(true);
    expect(namesPerson(town(text, 'Sheikh Usman'), text)).toBe(false);
    expect(namesPerson(town(text, 'lakhpur'), text)).toBe(false);
  });
});
