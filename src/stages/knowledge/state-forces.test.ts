import { describe, expect, it } from 'vitest';
import { countryName, countryPhrase } from '../../core/country-names.js';
import { forcesId } from '../../core/forces-id.js';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

describe('a state’s military and police in the shipped base', () => {
  it('carry the id and the name the event rules write for a force they name from its country', () => {
    const forces = [...kb.entities.values()].filter((e) =>
      /^actor:forces:[a-z]{2}:(?:military|police)$/.test(e.id),
    );
    expect(forces.length).toBeGreaterThan(200);
    for (const entry of forces) {
      const [, , code, kind] = entry.id.split(':');
      const police = kind === 'police';
      const name = `${police ? 'Police' : 'Military'} Forces of ${countryPhrase(countryName(code))}`;
      expect([entry.id, entry.name_en]).toEqual([forcesId(code, police), name]);
    }
  });

  it.each([
    ['Ugandan troops crossed the river at dawn', 'Ugandan troops', 'actor:forces:ug:military'],
    ['قالت الشرطة الكاميرونية إن المسلحين فروا', 'الشرطة الكاميرونية', 'actor:forces:cm:police'],
    ['أعلن الجيش الكوري الجنوبي رفع حالة التأهب', 'الجيش الكوري الجنوبي', 'actor:forces:kr:military'],
  ])('are found by what news calls them: %s', (text, words, id) => {
    const mentions = findMentions(kb, text, [[0, text.length]]);
    const at = text.indexOf(words);
    expect(mentions.find((m) => m.span[0] <= at && m.span[1] >= at + words.length)?.entity_id).toBe(id);
  });
});

describe('the forces of a country the files list none for', () => {
  it('are in the base under the id and the name the event rules give them', () => {
    const countries = [...kb.entities.values()].filter((e) => e.kind === 'country' && e.country);
    for (const country of countries) {
      for (const police of [false, true]) {
        const force = kb.entities.get(forcesId(country.country!, police));
        expect([force?.kind, force?.country]).toEqual(['state-forces', country.country]);
      }
    }
  });

  it('are named as the rules name them and add no words to read', () => {
    const guard = kb.entities.get(forcesId('IS', true));
    expect([guard?.name_en, guard?.aliases_en, guard?.name_ar]).toEqual(['Police Forces of Iceland', [], '']);
  });
});
