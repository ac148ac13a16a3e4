import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** "NAME=entity" for each mention of the acronym in `text`. */
function acronymMentions(text: string, acronym: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => text.slice(m.span[0], m.span[1]) === acronym)
    .map((m) => `${acronym}=${m.entity_id}`);
}

describe('an acronym the article spells out', () => {
  it('drops the base’s reading when the article spells the letters out as another name', () => {
    const text =
      'Men from the Kavir Liberation Army (KLA) burned a depot near Imphal. The KLA later said it acted alone.';
    expect(acronymMentions(text, 'KLA')).toEqual([]);
  });

  it('keeps it when the article spells it out as the base names it', () => {
    const text =
      'Men from the Kosovo Liberation Army (KLA) burned a depot near Pristina. The KLA later said it acted alone.';
    expect(acronymMentions(text, 'KLA')).toEqual(['KLA=actor:kla', 'KLA=actor:kla']);
  });

  it('keeps it when the base finds the same entity in the words spelt out', () => {
    const text = 'The Islamic State of Iraq and the Levant (ISIL) said its men blew up a bridge.';
    expect(acronymMentions(text, 'ISIL')).toEqual(['ISIL=actor:islamic-state']);
  });

  it('keeps it when the article spells a word of the name with another ending', () => {
    const text = 'Units of the Syria Democratic Forces (SDF) entered a village west of Manbij.';
    expect(acronymMentions(text, 'SDF')).toEqual(['SDF=actor:sdf']);
  });

  it('keeps it when the article spells a word of the name a letter or two apart', () => {
    const text = 'Rebels of the Kayin National Union (KNU) stopped a bus near the border.';
    expect(acronymMentions(text, 'KNU')).toEqual(['KNU=actor:karen-national-union']);
  });

  it('keeps it when the article spells the name with one word more', () => {
    const text = 'A statement from Al Qaeda in the Land of the Islamic Maghreb (AQLIM) praised the raid.';
    expect(acronymMentions(text, 'AQLIM')).toEqual(['AQLIM=actor:al-qaeda:aqim']);
  });

  it('keeps it when the brackets hold letters the words before them do not spell', () => {
    const text = 'Guerrillas of the Kavir Liberation Army (UCK) raided a camp. The KLA denied it.';
    expect(acronymMentions(text, 'KLA')).toEqual(['KLA=actor:kla']);
  });
});
