import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The country of the place named `name` in `text`, or undefined when it is no place. */
function countryOf(text: string, name: string): string | null | undefined {
  const found = findMentions(kb, text, [[0, text.length]]).find(
    (m) => m.place !== undefined && text.slice(...m.span) === name,
  );
  return found?.place?.country;
}

describe('an armed group or party named beside a town with a larger namesake abroad', () => {
  it.each([
    ['FARC', 'Guerrillas of the FARC set fire to a bus near Sevilla.', 'Sevilla', 'CO'],
    ['ELN', 'Rebels of the ELN dynamited a bridge outside Ciudad Bolivar.', 'Ciudad Bolivar', 'CO'],
    ['Nepal Maoists', 'The Communist Party of Nepal (Maoist) torched a tax office in Ilam.', 'Ilam', 'NP'],
  ])('brings the town home: %s', (_group, text, town, country) => {
    expect(countryOf(text, town)).toBe(country);
  });

  it.each([
    ['no group', 'Rioters set fire to a bus near Sevilla.', 'Sevilla', 'ES'],
    [
      'a group of no one country',
      'Islamic State supporters set fire to a bus near Sevilla.',
      'Sevilla',
      'ES',
    ],
    ['a state force', 'Colombian troops on leave were robbed in Sevilla.', 'Sevilla', 'ES'],
  ])('leaves the larger town with %s', (_why, text, town, country) => {
    expect(countryOf(text, town)).toBe(country);
  });
});
