import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The first place `text` names, as `surface=entity`. */
function firstPlace(text: string): string | undefined {
  const m = findMentions(kb, text, [[0, text.length]]).find((x) => x.place !== undefined);
  return m === undefined ? undefined : `${text.slice(...m.span)}=${m.entity_id}`;
}

/** The town the first place `text` names lies in, by entity id. */
function townOfFirstPlace(text: string): string | undefined {
  return findMentions(kb, text, [[0, text.length]]).find((x) => x.place !== undefined)?.place?.city
    ?.entity_id;
}

// Towns and quarters typed in more-places-kb59b.tsv.
describe('the shipped base knows Middle Eastern and South Asian towns reports named and it lacked', () => {
  it.each([
    ['Raiders set fire to a tea stall in Hiller at dawn', 'Hiller=place:in:hiller'],
    ['A parcel bomb went off outside a clinic in Boralesgamuwa', 'Boralesgamuwa=place:lk:boralesgamuwa'],
    ['Shells landed beside the school in Ghajar on Monday', 'Ghajar=place:il:ghajar'],
    ['Gunmen ambushed a patrol on the road out of Kot-e Ashro', 'Kot-e Ashro=place:af:kot-e-ashro'],
  ])('%s', (text, expected) => {
    expect(firstPlace(text)).toBe(expected);
  });

  it('puts a quarter of Kathmandu in Kathmandu', () => {
    expect(townOfFirstPlace('A courier was robbed in Lainchaur on Tuesday')).toBe('place:np:kathmandu');
  });
});

// Spellings reports give towns the base held under another.
describe('the shipped base reads towns it held under the spellings reports give them', () => {
  it.each([
    ['Masked riders torched a pickup in Bayt Immar', 'Bayt Immar=place:ps:beit-ummar'],
    ['Snipers wounded a shepherd outside Shurgat', 'Shurgat=place:iq:shirqat'],
    ['A grocer was stabbed in Hay, south of Kut', 'Hay=place:iq:al-hayy'],
  ])('%s', (text, expected) => {
    expect(firstPlace(text)).toBe(expected);
  });

  it('reads hay, an English word too, as the Iraqi town only with a place cue', () => {
    expect(firstPlace('The farmer stacked the hay in the barn')).toBeUndefined();
    expect(firstPlace('Hay prices rose after the drought')).toBeUndefined();
  });
});

// Towns, quarters and districts typed in more-places-india-districts.tsv.
describe('the shipped base knows the Indian district seats, talukas and quarters riot reports name', () => {
  it.each([
    ['Curfew was imposed in Mehsana after the arson', 'Mehsana=place:in:mehsana'],
    ['A mob set fire to houses in Naroda Patiya', 'Naroda Patiya=place:in:ahmedabad:naroda'],
    ['Police fired tear gas at a crowd in Lunawada', 'Lunawada=place:in:lunawada'],
    ['Shops were looted in Panchmahals district', 'Panchmahals district=region:in:panchmahal'],
    ['Two buses were torched on the highway near Dhule', 'Dhule=place:in:dhule'],
  ])('%s', (text, expected) => {
    expect(firstPlace(text)).toBe(expected);
  });

  it('puts a quarter of Ahmedabad in Ahmedabad', () => {
    expect(townOfFirstPlace('Stone-throwing was reported from Juhapura at night')).toBe('place:in:ahmedabad');
  });

  it('reads the seat of an Indian district written in another spelling as the same town', () => {
    expect(firstPlace('A rally turned violent in Dohad on Friday')).toBe('Dohad=place:in:dahod');
  });
});
