import { describe, expect, it } from 'vitest';
import { placeRefOf } from '../../core/place-ref.js';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=id>town` for each town mention, the town being the one the mention is told in, if any. */
const towns = (text: string): string[] =>
  findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.kind === 'city')
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}>${m.place?.city?.entity_id ?? ''}`);

describe('a town that names a facility standing in another town', () => {
  it('is told in the town the facility stands in', () => {
    expect(towns('Masked men stormed the Saqlawiyah police station in Fallujah at dawn.')[0]).toBe(
      'Saqlawiyah=place:iq:saqlawiyah>place:iq:fallujah',
    );
    expect(towns('A roadside charge went off beside the Kharnabat bridge in central Baqubah.')[0]).toBe(
      'Kharnabat=place:iq:kharnabat>place:iq:baqubah',
    );
  });

  it('gives the event the outer town, keeping the facility town as its district', () => {
    const text = 'Masked men stormed the Saqlawiyah police station in Fallujah at dawn.';
    const first = findMentions(kb, text, [[0, text.length]]).find((m) => m.kind === 'city');
    const ref = first && placeRefOf(first);
    expect([ref?.entity_id, ref?.district?.name]).toEqual(['place:iq:fallujah', 'Saqlawiyah']);
  });

  it('stays where it is when the words only say it is near, or the second name is a district', () => {
    expect(towns('Masked men stormed the Saqlawiyah police station near Fallujah at dawn.')[0]).toBe(
      'Saqlawiyah=place:iq:saqlawiyah>',
    );
    expect(towns('Masked men stormed the Saqlawiyah police station in Fallujah district.')[0]).toBe(
      'Saqlawiyah=place:iq:saqlawiyah>',
    );
  });

  it('stays where it is when no facility noun stands between the two names', () => {
    expect(towns('Masked men stormed a house in Saqlawiyah and then drove into Fallujah.')[0]).toBe(
      'Saqlawiyah=place:iq:saqlawiyah>',
    );
  });
});
