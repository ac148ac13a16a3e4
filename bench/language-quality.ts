// Measurements of the language layer on ../shared (read at run time, never copied), shared by the report
// script (bench/language-eval.ts) and the pinned quality gate (src/stages/language/language-gate.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Sentence, Token } from '../src/core/records.js';
import { normalizeForMatching } from '../src/core/text/normalize.js';
import { bodySegments } from '../src/stages/language/body-segments.js';
import { identifyLanguage } from '../src/stages/language/language-id.js';
import { splitSentences } from '../src/stages/language/sentence-splitter.js';
import { buildTokens } from '../src/stages/language/token-builder.js';
import { corpusTextFiles, SHARED } from './corpus-files.js';
import { WRITTEN_LINES } from './language-id-lines.js';

/** True when the shared data sets are beside the repository. */
export const hasShared = (): boolean => existsSync(join(SHARED, 'data', 'arabic-ner'));

export const gz = (path: string): string => gunzipSync(readFileSync(join(SHARED, path))).toString('utf8');

/** Sentences and tokens of a whole text, as the stage makes them for a body without removed parts. */
export function analyse(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const sentences = splitSentences(text, bodySegments(text.length));
  return { sentences, tokens: buildTokens(text, sentences, normalizeForMatching(text)) };
}

/** CoNLL-style `word TAG` lines: documents (at -DOCSTART-) of sentences (at blank lines) of words. */
export function conllDocuments(raw: string): string[][][] {
  const docs: string[][][] = [[[]]];
  for (const line of raw.split('\n')) {
    const doc = docs[docs.length - 1];
    if (line.startsWith('-DOCSTART-')) docs.push([[]]);
    else if (line.trim() === '') doc.push([]);
    else doc[doc.length - 1].push(line.slice(0, line.lastIndexOf(' ')));
  }
  return docs.map((d) => d.filter((s) => s.length > 0)).filter((d) => d.length > 0);
}

export interface AqmarScore {
  sentences: number;
  tokens: number;
  /** Share of gold sentence starts the splitter finds. */
  recall: number;
  /** Share of the splitter's sentence starts that are gold ones. */
  precision: number;
  /** Share of gold word tokens (with a letter or digit) that are exactly one of our tokens. */
  tokenMatch: number;
}

/** Joins each AQMAR document's gold sentences with spaces and compares our sentences and tokens with them. */
export function aqmarAgreement(): AqmarScore {
  const score = { sentences: 0, tokens: 0, gold: 0, ours: 0, found: 0, goldWords: 0, sameWords: 0 };
  for (const doc of conllDocuments(gz('data/arabic-ner/aqmar_conll.txt.gz'))) {
    const starts = new Set<number>();
    const words = new Set<string>();
    let text = '';
    for (const sentence of doc) {
      if (text) text += ' ';
      starts.add(text.length);
      for (const [i, word] of sentence.entries()) {
        if (i > 0) text += ' ';
        if (/[\p{L}\p{Nd}]/u.test(word)) words.add(`${text.length}:${text.length + word.length}`);
        text += word;
      }
    }
    const result = analyse(text);
    const ourStarts = result.sentences.map((s) => s.span[0]).filter((s) => s > 0);
    score.sentences += result.sentences.length;
    score.tokens += result.tokens.length;
    score.gold += starts.size - 1;
    score.ours += ourStarts.length;
    score.found += ourStarts.filter((s) => starts.has(s)).length;
    score.goldWords += words.size;
    score.sameWords += result.tokens.filter((t) => words.has(`${t.span[0]}:${t.span[1]}`)).length;
  }
  return {
    sentences: score.sentences,
    tokens: score.tokens,
    recall: score.found / score.gold,
    precision: score.found / score.ours,
    tokenMatch: score.sameWords / score.goldWords,
  };
}

export type LabelledText = readonly [language: string, text: string];

/** 300 paragraphs: 105 Arabic and 105 English from the corpus and data, 90 written lines in other languages. */
export function languageIdCases(): LabelledText[] {
  const paragraphs = (sub: string) =>
    corpusTextFiles(sub).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p.length >= 80),
    );
  const every = <T>(items: T[], n: number): T[] =>
    Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
  const aqmar = conllDocuments(gz('data/arabic-ner/aqmar_conll.txt.gz'))
    .flat()
    .filter((s) => s.length >= 10)
    .map((s) => s.join(' '));
  const snippets = gz('data/event-gold/case2021-task2/case2021_task2_test_with_labels.tsv.gz')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[1] ?? '')
    .filter((s) => s.length >= 80);
  return [
    ...every(paragraphs('corpus/ar-news'), 70).map((t) => ['ar', t] as const),
    ...every(aqmar, 35).map((t) => ['ar', t] as const),
    ...every(paragraphs('corpus/en-news'), 70).map((t) => ['en', t] as const),
    ...every(snippets, 35).map((t) => ['en', t] as const),
    ...WRITTEN_LINES,
  ];
}

export interface LanguageTally {
  right: number;
  all: number;
  /** Wrong answers by the language given. */
  wrong: Map<string, number>;
}

/** Language-ID accuracy per expected language. */
export function scoreLanguageId(cases: readonly LabelledText[]): Map<string, LanguageTally> {
  const tally = new Map<string, LanguageTally>();
  for (const [language, text] of cases) {
    const row = tally.get(language) ?? { right: 0, all: 0, wrong: new Map<string, number>() };
    const guess = identifyLanguage(text).language;
    row.all++;
    if (guess === language) row.right++;
    else row.wrong.set(guess, (row.wrong.get(guess) ?? 0) + 1);
    tally.set(language, row);
  }
  return tally;
}
