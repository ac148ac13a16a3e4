import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';
import { assertedTriggers } from './trigger-gate.js';

const lexicons = loadEventLexicons();

/** The words of every trigger the sentences of a fixture assert. */
function asserted(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  return buildSentenceViews(doc, lexicons).flatMap((view) =>
    assertedTriggers(view, doc.text!).map((t) =>
      doc.text!.slice(view.tokens[t.start].span[0], view.tokens[t.end - 1].span[1]),
    ),
  );
}

const gaza = placeEntity('Gaza', 'PS');

describe('launching verbs', () => {
  it.each<[string, string, string[]]>([
    ['a rocket fired with a name between', 'Militants fired a Grad rocket from Gaza at Sderot.', ['fired']],
    ['a rocket told before its verb', 'A homemade rocket was fired from Gaza.', ['fired']],
    ['an explosive thrown at a house', 'Two men threw an explosive at the judge’s house in Gaza.', ['threw']],
    ['shells that landed', 'Three mortar shells landed near a school in Gaza.', ['mortar shells', 'landed']],
  ])('keeps %s', (_, text, words) => {
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(words);
  });

  it.each<[string, string]>([
    ['a minister fired from his post', 'The president fired the interior minister in Gaza.'],
    ['prices that fell', 'Fuel prices fell sharply in Gaza this week.'],
    ['tear gas shells fired by police', 'Police fired tear gas shells at stone throwers in Gaza.'],
    ['an attack launched with no weapon named', 'The army launched a new operation in Gaza.'],
    ['a missile test', 'The navy launched a missile test off Gaza on Monday.'],
  ])('drops %s', (_, text) => {
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).not.toContain(
      text.match(/fired|fell|launched/)![0],
    );
  });
});

describe('triggers another act or a doubt governs', () => {
  it('drops air strikes named as the support of a force', () => {
    expect(asserted({ text: 'The fighters are backed by air strikes of the coalition in Gaza.' })).toEqual(
      [],
    );
  });

  it('drops the killing told after an incident the sentence only wonders about', () => {
    const text =
      'The army opened an inquiry to determine whether its strikes near Gaza had killed civilians.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual([]);
  });

  it('keeps a killing told after an asserted incident', () => {
    const text = 'Its strikes near Gaza killed four civilians on Monday.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(['strikes', 'killed']);
  });

  it('drops attacks told as a habit of a place', () => {
    expect(asserted({ text: 'Attacks on police are frequent in the province.' })).toEqual([]);
  });
});

describe('fighting', () => {
  const spec = (text: string): FixtureSpec => ({
    text,
    mentions: [['Daesh', actorEntity('Islamic State')]],
  });

  it('drops a participle that tells who a side is', () => {
    expect(asserted(spec('Kurdish units are backed by the coalition fighting Daesh in Syria.'))).toEqual([]);
  });

  it.each([
    ['fighting told as a verb', 'Kurdish units were fighting Daesh near Manbij.'],
    ['fighting opening the sentence', 'Fighting between the army and Daesh raged near Manbij.'],
    ['fierce fighting against a side', 'The army is engaged in fierce fighting against Daesh near Manbij.'],
  ])('keeps %s', (_, text) => {
    expect(asserted(spec(text)).map((w) => w.toLowerCase())).toEqual(['fighting']);
  });
});

describe('infinitives', () => {
  it('keeps an attempt, which happened', () => {
    expect(asserted({ text: 'Gunmen attempted to kidnap a diplomat in Gaza.' })).toEqual([
      'attempted to kidnap',
    ]);
  });

  it('drops a vow, which did not', () => {
    expect(asserted({ text: 'The group vowed to kidnap diplomats in Gaza.' })).toEqual([]);
  });
});
