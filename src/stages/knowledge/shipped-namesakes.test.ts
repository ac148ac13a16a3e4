import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** Every entity `text` names, as `surface=entity`, in text order. */
function named(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]]).map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

// Towns and provinces that share a name with a better-known one (more-places-data58.tsv): the story's
// country or province tells which is meant, and without one the town reports usually mean keeps it.
describe('the shipped base tells same-named places apart', () => {
  it.each([
    ['An aide was seized at Khaldah, on the coast just south of Beirut', 'Khaldah=place:lb:khaldeh'],
    ['Masked men robbed a bus in Khalda, a west Amman district, in Jordan', 'Khalda=place:jo:khalda'],
    [
      'Two unionists were found dead near San Cristobal, a town in Alta Verapaz, Guatemala',
      'San Cristobal=place:gt:san-cristobal-verapaz',
    ],
    [
      'A car bomb shook the centre of San Cristobal in Tachira state, Venezuela',
      'San Cristobal=place:ve:san-cristobal',
    ],
    [
      'Arsonists burned tents of a school in Golestan District, Farah Province',
      'Golestan District=place:af:gulistan',
    ],
    ['Raiders fired at a police post in Derik, Mardin Province, Turkey', 'Derik=place:tr:derik'],
    ['Kurdish militia paraded in Derik, near Qamishli in northeast Syria', 'Derik=place:sy:al-malikiyah'],
    [
      'A claymore mine killed two commandos near Ampara, Sri Lanka, in the Eastern Province',
      'Eastern Province=region:lk:eastern-province',
    ],
    [
      'A gunman shot at a mosque in Qatif in the Eastern Province of Saudi Arabia',
      'Eastern Province=region:sa:eastern-province',
    ],
    [
      'Russian police defused a bomb on a freight train at Naushki by the Mongolian frontier',
      'Naushki=place:ru:naushki',
    ],
    // Pakistan's Nushki, which reports also spell Naushki, stays the reading when nothing says Russia.
    ['A rocket landed near the home of a party leader in Naushki', 'Naushki=place:pk:nushki'],
  ])('%s', (text, expected) => {
    expect(named(text)).toContain(expected);
  });
});

describe('the shipped base names the forces and coalitions reports name', () => {
  it.each([
    // Cyprus's army is called the National Guard; Tunisia's National Guard keeps the bare name.
    [
      'وصلت وحدة يونانية لدعم الحرس الوطني القبرصي في الجزيرة',
      'الحرس الوطني القبرصي=actor:forces:cy:military',
    ],
    ['The Cypriot National Guard put its units on alert', 'Cypriot National Guard=actor:forces:cy:military'],
    ['The US coalition struck a fuel depot east of Deir ez-Zor', 'US coalition=actor:us-led-coalition'],
  ])('%s', (text, expected) => {
    expect(named(text)).toContain(expected);
  });
});
