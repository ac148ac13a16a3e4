import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every town, district and region mention, in text order. */
function places(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.kind === 'city' || m.kind === 'district' || m.kind === 'region')
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a loosely spelt name heading a longer place name the base does not know', () => {
  it('puts no namesake of its first word on the map', () => {
    expect(places('A mine went off beside a well in Dera Sultan Pir, killing a shepherd.')).toEqual([]);
    expect(places('Sappers cleared a parcel left near Petah Moshe’s water tower on Sunday.')).toEqual([]);
  });

  it('nor when "al-" or "de" joins the words of the name', () => {
    expect(places('Settlers were fired upon near Barqah al-Gharbiyah late at night.')).toEqual([]);
  });

  it('keeps the namesake standing alone, spelt as its own, or followed by a thing of the town', () => {
    expect(places('A mortar round fell in Dera and wounded a boy.')).toEqual(['Dera=place:sy:daraa']);
    expect(places('A grenade was thrown in Ankara Magistrates during a hearing.')).toEqual([
      'Ankara=place:tr:ankara',
    ]);
    expect(places('Two rockets landed in Kandahar International Airport overnight.')).toHaveLength(1);
  });

  it('keeps a name of several words the base knows, in a list run together', () => {
    expect(places('Shells fell on farms in Tibet al-Imam al-Hawash and on Souran overnight.')).toContain(
      'Tibet al-Imam=place:sy:tayyibat-al-imam',
    );
  });

  it('keeps it before a name of another match', () => {
    expect(places('A car bomb exploded in Dera Syrian state media reported.')).toEqual([
      'Dera=place:sy:daraa',
    ]);
  });
});
