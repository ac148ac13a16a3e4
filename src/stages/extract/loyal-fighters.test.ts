import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

/** A leader the base files under a force, a group, a state, or nothing. */
const leader = (name: string, parent: [string, string] | null, country = 'LY') => ({
  ...actorEntity(name, 'person', country),
  actor: { country, parent_id: parent?.[0] ?? null, parent_name: parent?.[1] ?? null },
});
const warlord = leader('Zarek Vandal', ['actor:forces:ly:military', 'Military Forces of Libya']);
const emir = leader('Abu Qatada al-Sarimi', ['actor:islamic-state', 'Islamic State'], 'SY');
const president = leader('Velan Darosh', ['country:SY', 'Syria'], 'SY');
const sirte = placeEntity('Sirte', 'LY');

describe('fighters loyal to a leader are his side', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes fighters loyal to a commander the base files under a force for that force',
      {
        text: 'Fighters loyal to Zarek Vandal shelled a district of Sirte overnight.',
        mentions: [
          ['Zarek Vandal', warlord],
          ['Sirte', sirte],
        ],
      },
      ['Military Forces of Libya', undefined],
    ],
    [
      'takes gunmen loyal to the emir of a group for that group',
      {
        text: 'Gunmen loyal to Abu Qatada al-Sarimi stormed a checkpoint near Sirte on Monday.',
        mentions: [
          ['Abu Qatada al-Sarimi', emir],
          ['Sirte', sirte],
        ],
      },
      ['Islamic State', 'Military Forces of Libya'],
    ],
    [
      "takes the soldiers killed, loyal to the president, for his state's army",
      {
        text: 'Insurgents ambushed a convoy near Sirte, killing seven soldiers loyal to President Velan Darosh.',
        mentions: [
          ['Velan Darosh', president],
          ['Sirte', sirte],
        ],
        quantities: [['seven', killed(7, 'soldiers')]],
      },
      [undefined, 'Military Forces of Syria'],
    ],
    [
      'does not take fighters loyal to a man the base files under nobody for any side',
      {
        text: 'Fighters loyal to Zarek Vandal shelled a district of Sirte overnight.',
        mentions: [
          ['Zarek Vandal', leader('Zarek Vandal', null)],
          ['Sirte', sirte],
        ],
      },
      [undefined, undefined],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});
