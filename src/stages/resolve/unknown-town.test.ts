import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/span.js';
import { townMention } from '../../core/mention-fixture.js';
import { townInProvince, unknownTown } from './unknown-town.js';

/** The unknown town a one-sentence text names for an incident in Ruritania, as "name@start". */
function townIn(text: string, known: Span[] = []): string | undefined {
  const town = unknownTown(text, [[0, text.length]], known, 'RT');
  return town ? `${town.name}@${town.spans[0][0]}` : undefined;
}

describe('unknownTown', () => {
  it('takes the town a locative or a town word names, without the word for its kind', () => {
    const told: Record<string, string> = {
      'Arsonists burned a garage at Romans-sur-Isere.': 'Romans-sur-Isere@29',
      'Raiders shot at a bus in Arahama on Monday.': 'Arahama@25',
      'A hotel in Maalot in the north was raided.': 'Maalot@11',
      'Gunmen shot a guard near the village of Novyy Sharoy.': 'Novyy Sharoy@40',
      'A pylon was blown up in Lloro Municipality.': 'Lloro@24',
      'A bus was hit in San Vicente de Caguan, killing two.': 'San Vicente de Caguan@17',
      'In Moratuwa, a bomb went off.': 'Moratuwa@3',
      'A bridge outside of Kari-Dor in the west was bombed.': 'Kari-Dor@20',
      'A checkpoint was raided in the Geelan District of Ghazni Province.': 'Geelan@31',
      'Six bodies were found in the Carevo locality.': 'Carevo@29',
      'Gunmen shot a farmer in the locality of Carevo.': 'Carevo@40',
      'A device exploded in the Tirin town of the east.': 'Tirin@25',
      'Gunmen attacked a plant in Wahdia but were repelled.': 'Wahdia@27',
      'A blast went off in Mijici which was followed by gunfire.': 'Mijici@20',
      "A boy died when a bomb went off at Kamra's Friday market.": 'Kamra@35',
      'Grenades hit a crowd in Tirin’s main market.': 'Tirin@24',
      'A bomb in Tirin District injured three.': 'Tirin@10',
      'A parcel sent to an office at Lubz exploded.': 'Lubz@30',
      'A police post in Tirin was attacked.': 'Tirin@17',
      'A bomb went off in a commercial district of Lubz.': 'Lubz@44',
      'Two men were found on the outskirts of Lubz Nord.': 'Lubz Nord@39',
      'Gunmen opened fire at a bus stop in Tirin killing one.': 'Tirin@36',
      'A bomb went off as the bus drove through Tirin on its way home.': 'Tirin@41',
      'Five men were kidnapped in Tirin by gunmen.': 'Tirin@27',
      'A shooting in Lubz caused damage.': 'Lubz@14',
      'A bomb was found at the Lubz Nord Town Hall overnight.': 'Lubz Nord@24',
      'The Tirin police station was hit by a grenade.': 'Tirin@4',
      'Rebels fired on the Lubz gendarmerie, wounding one.': 'Lubz@20',
    };
    expect(Object.fromEntries(Object.keys(told).map((text) => [text, townIn(text)]))).toEqual(told);
  });

  it('takes no thing, owner, site, time or headline word for a town', () => {
    const texts = [
      'Two banks were hit with Molotov cocktails.',
      'A bomb went off at Ahmed’s house.',
      "A bomb went off at Ahmed's shop near the market.",
      'Two soldiers died in Operation Anvil.',
      'A bomb went off at Rose Gardens.',
      'Rockets landed near the Ghauri School.',
      'Rockets landed at Ghauri School.',
      'Two men were shot in January.',
      'A grenade was thrown at the Embassy.',
      'Bomb Attack In Market Town Kills Three.',
      'Gunmen fired at Mr. Lakhan as he left.',
      'A bomb went off at St. Brigid’s Chapel in the dark.',
      'Gunmen fired at Gen. Lakhan as he left.',
      'Gunmen fired at Senator Rosa Lakhan as she left.',
      'A bomb missed the army commander in Europe.',
      'Shots were fired near Mount Lubz.',
      'A petrol bomb was thrown in Lubz Walk.',
      'A petrol bomb was thrown at a flat in Tirin Court.',
      'A grenade exploded near Lubz Shrine.',
      'Gunmen fired on guards at Tirin House.',
      'A second bomb went off in the Shiite district of the capital.',
    ];
    expect(texts.filter((text) => townIn(text) !== undefined)).toEqual([]);
  });

  it('takes the town whose mayor the sentence names when no locative names one', () => {
    expect(townIn('Gunmen shot dead the mayor of Lubz Nord on Monday.')).toBe('Lubz Nord@30');
    expect(townIn('The mayor of Lubz was shot dead in Tirin.')).toBe('Tirin@35');
    expect(townIn('Gunmen shot the mayor of Lubz district.')).toBeUndefined();
    expect(townIn('An alderman of Rio Lubz was shot.')).toBe('Rio Lubz@15');
    const text = 'Gunmen shot the mayor of Lakhpur.';
    expect(townIn(text, [townMention(text, 'Lakhpur').span])).toBeUndefined();
  });

  it('takes a village whose own name says it is one, whoever the text says is of it', () => {
    expect(townIn('An elder of Ban Khok Lom was knifed at dusk.')).toBe('Ban Khok Lom@12');
    expect(townIn('Raiders knifed a clerk from the tambon of Sai Rae at dusk.')).toBe('Sai Rae@42');
    expect(townIn('A note from Ban Ki-moon was read out after the blast.')).toBeUndefined();
  });

  it('takes a town told in the countryside round it or as a community', () => {
    expect(townIn('At dusk a farmer was knifed in rural Lubz Alto.')).toBe('Lubz Alto@37');
    expect(townIn('Raiders knifed ten men from the community of Lubz Alto.')).toBe('Lubz Alto@45');
  });

  it('leaves a name the knowledge base knows to the mentions', () => {
    const text = 'A bomb went off in Lakhpur.';
    expect(townIn(text, [townMention(text, 'Lakhpur').span])).toBeUndefined();
  });
});

describe('townInProvince', () => {
  const inProvince = (text: string) => townInProvince(text, [[0, text.length]], [], 'RT')?.name;

  it('takes a town the text calls a town or a village, before its name or after it', () => {
    expect(inProvince('Raiders knifed ten men from the village of Lubz Alto in Ostmark.')).toBe('Lubz Alto');
    expect(inProvince('A device went off in the Tirin town of Ostmark.')).toBe('Tirin');
    expect(inProvince('A device went off in Tirin Village, Ostmark.')).toBe('Tirin');
    // A district or an area is the province's part, not a town.
    expect(inProvince('A device went off in the Tirin area of Ostmark.')).toBeUndefined();
    expect(inProvince('A device went off in Tirin District, Ostmark.')).toBeUndefined();
  });
});
