import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './index.js';
import { townMentions } from './knowledge-fixtures.js';

const kb = await loadKnowledgeBase();

const towns = (text: string): string[] => townMentions(kb, text, { bySentence: true });

describe('a regional office named beside its region, in an article naming no town', () => {
  it("is the region's seat when the office follows the region's name", () => {
    expect(towns('Smoke poured from the Wasit provincial council after a blast.')).toEqual([
      'provincial council=place:iq:kut',
    ]);
    expect(towns("Masked men fired at a car outside Kunar's governor's office.")).toEqual([
      "governor's office=place:af:asadabad",
    ]);
  });

  it("is the region's seat when the office comes before the region's name", () => {
    expect(towns('Masked men shot at a jeep bringing the deputy governor of Maysan home.')).toEqual([
      'deputy governor=place:iq:amarah',
    ]);
    expect(towns('Shots were fired at a cafe in the provincial capital of Huila.')).toEqual([
      'provincial capital=place:co:neiva',
    ]);
    expect(towns("Police sealed off the capital of Colombia's Huila after the blast.")).toEqual([
      'capital=place:co:neiva',
    ]);
  });

  it('is not read when the article names a town of that country', () => {
    expect(towns('The governor of Maysan was wounded by a bomb in Basra on Sunday.')).toEqual([
      'Basra=place:iq:basra',
    ]);
  });

  it('is not read from "capital of", which names another place', () => {
    expect(towns('Smoke rose over the Chechen capital of the former khanate.')).toEqual([]);
    expect(towns('Smoke rose over the Chechen capital after a blast.')).toEqual(['capital=place:ru:grozny']);
  });
});
