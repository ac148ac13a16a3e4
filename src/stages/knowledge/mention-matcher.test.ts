import { describe, expect, it } from 'vitest';
import type { Token, WordNotes } from '../../core/records.js';
import { normalizeForMatching } from '../../core/text/normalize.js';
import type { Entity } from './kb-types.js';
import { matchNames } from './mention-matcher.js';
import { addEntityNames, createTrie } from './name-trie.js';
import { packTrie } from './packed-trie.js';
import { townEntity } from './knowledge-fixtures.js';

const place = (id: string, name_en: string, name_ar = ''): Entity => townEntity(id, name_en, name_ar);

const places = [
  place('tal-afar', 'Tal Afar', 'تلعفر'),
  place('afar', 'Afar'),
  place('mosul', 'Mosul', 'الموصل'),
  place('tal', 'Tal'),
  place('afar-market', "Afar's market"),
  place('bir-ali', 'Bir Ali', 'بئر علي'),
  place('ain-sefra', 'Ain Sefra'),
  place('safra', 'Safra'),
  place('kafr-nabl', 'Kafr Nabl (KN)'),
  { ...place('iraq', 'Iraq'), kind: 'country' as const, demonyms_ar: ['عراقي'] },
];
const built = createTrie();
for (const e of places) addEntityNames(built, e);
const trie = packTrie(built, places);

/** The names found in `text` as [surface, entity ids]. */
function found(text: string): [string, string[]][] {
  const view = normalizeForMatching(text);
  return matchNames(trie, view, text, [[0, text.length]], (m) => m.senses).map((m) => [
    text.slice(...m.span),
    m.senses.map((s) => s.entity.id),
  ]);
}

describe('matchNames', () => {
  it('ends a name that opens a bracket at the bracket that closes it', () => {
    expect(found('Shells fell on Kafr Nabl (KN) and Mosul (in the north).')).toEqual([
      ['Kafr Nabl (KN)', ['kafr-nabl']],
      ['Mosul', ['mosul']],
    ]);
  });

  it('reads an opening English preposition as part of a name met by its skeleton only after a place cue', () => {
    expect(found('In Safra, two guards were shot.')).toEqual([['Safra', ['safra']]]);
    expect(found('Two guards were shot in Ayn Safra.')).toEqual([['Ayn Safra', ['ain-sefra']]]);
  });
  it('prefers the longest name, and reads a word met inside a name afresh where it starts one', () => {
    expect(found('Shelling hit Tal Afar, then Afar and Tal.')).toEqual([
      ['Tal Afar', ['tal-afar']],
      ['Afar', ['afar']],
      ['Tal', ['tal']],
    ]);
  });

  it('reads Arabic names behind their proclitics, "لل" as ل and the article', () => {
    // The span of "للموصل" starts at its second lam, the article's.
    expect(found('قصف بالموصل ثم للموصل والموصل')).toEqual([
      ['الموصل', ['mosul']],
      ['لموصل', ['mosul']],
      ['الموصل', ['mosul']],
    ]);
  });

  it("takes the preposition ك off a word only before the article or a demonym: a bare ك is mostly the word's own", () => {
    expect(found('ارتفع الطلب بشكل كبير على الوقود هذا الشتاء')).toEqual([]);
    expect(found('مدينة كبيرة كالموصل لم تشهد ذلك، ووصل الزوار إلى بئر علي')).toEqual([
      ['الموصل', ['mosul']],
      ['بئر علي', ['bir-ali']],
    ]);
    // Before a demonym a bare ك is "as a".
    expect(found('قال إنه يتكلم كعراقي لا كسياسي')).toEqual([['عراقي', ['iraq']]]);
  });

  it("ends a name at an English possessive, leaving the 's out of the span", () => {
    expect(found("Mosul's old city and Tal's market")).toEqual([
      ['Mosul', ['mosul']],
      ['Tal', ['tal']],
    ]);
  });

  it('reads a capitalised name before a bare "s" as a possessive whose apostrophe was dropped', () => {
    // Not a lower-case word, nor a name of three letters ("Tals").
    expect(found('Mosuls old city, the mosuls and Tals market')).toEqual([['Mosul', ['mosul']]]);
  });

  it('reads no possessive into a name followed by a capitalised word: a first name before a surname', () => {
    expect(found('Mosuls Ahmed was shot, Mosuls market shelled')).toEqual([['Mosul', ['mosul']]]);
  });

  it('reads a name that holds a possessive when its apostrophe was dropped', () => {
    expect(found('Afars market was shelled')).toEqual([['Afars market', ['afar-market']]]);
  });

  it('reads a name across a comma only as written, not by its sound', () => {
    expect(found('Shells hit Tel, Afar')).toEqual([['Afar', ['afar']]]);
  });

  it('meets a name of several words by its sound only where its words are capitalised', () => {
    // "tell Afar" is a verb and the name Afar, not the town of Tal Afar hiding it.
    expect(found('Shells hit Tel Afar; they tell Afar to leave')).toEqual([
      ['Tel Afar', ['tal-afar']],
      ['Afar', ['afar']],
    ]);
  });

  it('nor where a later word of it is in lower case', () => {
    expect(found('Shells hit Tel afar')).toEqual([['afar', ['afar']]]);
  });

  it('finds nothing in a sentence of ordinary words, however often they repeat', () => {
    expect(found('the army said the army was ready')).toEqual([]);
  });

  it("keeps a word's readings in the notes of the token that covers it, and finds the same names so", () => {
    const text = 'قصف بالموصل';
    const notes: WordNotes = { nameTrie: undefined, nameReadings: undefined };
    const tokens = [tokenOf(text, 0, 3), { ...tokenOf(text, 4, 11), word: notes }];
    const view = normalizeForMatching(text);
    const names = matchNames(trie, view, text, [[0, text.length]], (m) => m.senses, tokens);
    expect(names.map((m) => text.slice(...m.span))).toEqual(['الموصل']);
    expect(notes.nameTrie).toBe(trie);
    const kept = notes.nameReadings as { first: { key: string }[] };
    expect(kept.first.map((r) => r.key)).toContain('الموصل');
  });

  it("reads a word from its token's notes only when the token covers exactly that word of the view", () => {
    const text = 'قصف بالموصل';
    // Notes that say the word starts no name: taken from a token over the word, they hide the name.
    const blank = (): WordNotes => ({ nameTrie: trie, nameReadings: { first: [], inner: [] } });
    const view = normalizeForMatching(text);
    const names = (tokens: Token[]) =>
      matchNames(trie, view, text, [[0, text.length]], (m) => m.senses, tokens).length;
    expect(names([{ ...tokenOf(text, 4, 11), word: blank() }])).toBe(0);
    expect(names([{ ...tokenOf(text, 4, 10), word: blank() }])).toBe(1);
  });
});

/** A token over `text[start, end)` of a text the view leaves as it is, with no notes. */
function tokenOf(text: string, start: number, end: number): Token {
  const norm = text.slice(start, end);
  return {
    span: [start, end],
    norm,
    stem: norm,
    stemSpan: [start, end],
    sentence: 0,
    viewStart: start,
    viewEnd: end,
  };
}
