import { describe, expect, it } from 'vitest';
import { articleFacts } from './article-facts.js';
import { fixtureDocument } from './fixture-document.js';
import { demonymEntity, placeEntity } from './fixture-entities.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();

function factsOf(doc: ReturnType<typeof fixtureDocument>) {
  return articleFacts(doc, buildSentenceViews(doc, lexicons));
}

describe('articleFacts', () => {
  it('takes the country most places lie in as home, not where fighters came from', () => {
    const doc = fixtureDocument({
      text: 'Fighters from Mosul and volunteers from Tal Afar reached Aleppo. A Turkish convoy waited.',
      mentions: [
        ['Mosul', placeEntity('Mosul', 'IQ')],
        ['Tal Afar', placeEntity('Tal Afar', 'IQ')],
        ['Aleppo', placeEntity('Aleppo', 'SY')],
        ['Turkish', demonymEntity('Turkey', 'TR')],
      ],
    });
    expect(factsOf(doc).home).toBe('SY');
  });

  it('takes no home from the broker of a truce', () => {
    const doc = fixtureDocument({
      text: 'Despite a truce brokered by Ruritania, rockets fell on Aleppo.',
      mentions: [
        ['Ruritania', placeEntity('Ruritania', 'RU', 'country')],
        ['Aleppo', placeEntity('Aleppo', 'SY')],
      ],
    });
    expect(factsOf(doc).home).toBe('SY');
  });

  it('names each country the article mentions by its code', () => {
    const doc = fixtureDocument({
      text: 'Shells fell on Wadi Sarim in Yemen.',
      mentions: [['Yemen', placeEntity('Yemen', 'YE', 'country')]],
    });
    const facts = factsOf(doc);
    expect([...facts.countryNames]).toEqual([['YE', 'Yemen']]);
    expect(facts.chronologyLead).toBeNull();
  });

  it("finds the lead of a chronology's entry after its country in capitals", () => {
    const doc = fixtureDocument({
      text: 'GREECE.  A bomb damaged a bank in Athens. Nobody was hurt.',
      mentions: [['GREECE', placeEntity('Greece', 'GR', 'country')]],
    });
    const lead = factsOf(doc).chronologyLead!;
    expect(doc.text!.slice(lead[0], lead[1]).trim()).toBe('A bomb damaged a bank in Athens.');
  });
});
