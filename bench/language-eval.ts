// Quality of the language layer on the shared corpus and data sets (read at run time, never copied):
// sentence and token counts, sentence-boundary and token agreement with AQMAR/ANERcorp, language-ID
// accuracy per language on 300 paragraphs. `npx tsx bench/language-eval.ts [--clitic-sample[=SEED]]`; the
// flag prints a seeded random sample of 200 Arabic tokens with their clitic split, for checking by hand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { normalizeForMatching } from '../src/core/text/normalize.js';
import { splitWrittenClitics } from '../src/core/text/written-clitics.js';
import { bodySegments } from '../src/stages/language/body-segments.js';
import { identifyLanguage } from '../src/stages/language/language-id.js';
import { splitSentences } from '../src/stages/language/sentence-splitter.js';
import { buildTokens } from '../src/stages/language/token-builder.js';
import { corpusTextFiles, SHARED } from './corpus-files.js';
import { WRITTEN_LINES } from './language-id-lines.js';

if (!existsSync(SHARED)) {
  console.log('language-eval: ../shared not found — nothing to measure');
  process.exit(0);
}
const gz = (path: string): string => gunzipSync(readFileSync(join(SHARED, path))).toString('utf8');
const analyse = (text: string) => {
  const sentences = splitSentences(text, bodySegments(text.length));
  return { sentences, tokens: buildTokens(text, sentences, normalizeForMatching(text)) };
};

/** CoNLL-style `word TAG` lines: documents (at -DOCSTART-) of sentences (at blank lines) of words. */
function conllDocuments(raw: string): string[][][] {
  const docs: string[][][] = [[[]]];
  for (const line of raw.split('\n')) {
    const doc = docs[docs.length - 1];
    if (line.startsWith('-DOCSTART-')) docs.push([[]]);
    else if (line.trim() === '') doc.push([]);
    else doc[doc.length - 1].push(line.slice(0, line.lastIndexOf(' ')));
  }
  return docs.map((d) => d.filter((s) => s.length > 0)).filter((d) => d.length > 0);
}

function corpusCounts(): void {
  for (const sub of ['corpus/ar-news', 'corpus/en-news']) {
    let sentences = 0;
    let tokens = 0;
    const files = corpusTextFiles(sub);
    for (const file of files) {
      const result = analyse(readFileSync(file, 'utf8'));
      sentences += result.sentences.length;
      tokens += result.tokens.length;
    }
    console.log(
      `  ${sub}: ${files.length} articles, ${sentences} sentences, ${tokens} tokens (${(tokens / sentences).toFixed(1)} per sentence)`,
    );
  }
}

/** Joins a document's gold sentences with spaces and asks how many gold boundaries the splitter finds. */
function aqmarAgreement(): void {
  let gold = 0;
  let found = 0;
  let ours = 0;
  let goldWords = 0;
  let sameWords = 0;
  let sentenceCount = 0;
  let tokenCount = 0;
  for (const doc of conllDocuments(gz('data/arabic-ner/aqmar_conll.txt.gz'))) {
    const starts = new Set<number>();
    const wordSpans = new Set<string>();
    let text = '';
    for (const sentence of doc) {
      if (text) text += ' ';
      starts.add(text.length);
      for (const [i, word] of sentence.entries()) {
        if (i > 0) text += ' ';
        if (/[\p{L}\p{Nd}]/u.test(word)) wordSpans.add(`${text.length}:${text.length + word.length}`);
        text += word;
      }
    }
    const result = analyse(text);
    sentenceCount += result.sentences.length;
    tokenCount += result.tokens.length;
    const ourStarts = result.sentences.map((s) => s.span[0]).filter((s) => s > 0);
    gold += starts.size - 1;
    ours += ourStarts.length;
    found += ourStarts.filter((s) => starts.has(s)).length;
    goldWords += wordSpans.size;
    sameWords += result.tokens.filter((t) => wordSpans.has(`${t.span[0]}:${t.span[1]}`)).length;
  }
  console.log(
    `  AQMAR: ${sentenceCount} sentences, ${tokenCount} tokens; gold boundaries found ${pct(found, gold)} (recall), ` +
      `ours correct ${pct(found, ours)} (precision); gold word tokens matched exactly ${pct(sameWords, goldWords)}`,
  );
}

function anercorpCounts(): void {
  const words = gz('data/arabic-ner/anercorp_original_tokens.txt.gz')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.slice(0, l.lastIndexOf(' ')));
  const result = analyse(words.join(' '));
  const wordLike = words.filter((w) => /[\p{L}\p{Nd}]/u.test(w)).length;
  console.log(
    `  ANERcorp: ${words.length} gold tokens (${wordLike} with a letter or digit) → ` +
      `${result.sentences.length} sentences, ${result.tokens.length} tokens`,
  );
}

/** 300 paragraphs: 105 Arabic, 105 English (corpus and data), 90 written lines in other languages. */
function languageIdAccuracy(): void {
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
  const cases: (readonly [string, string])[] = [
    ...every(paragraphs('corpus/ar-news'), 70).map((t) => ['ar', t] as const),
    ...every(aqmar, 35).map((t) => ['ar', t] as const),
    ...every(paragraphs('corpus/en-news'), 70).map((t) => ['en', t] as const),
    ...every(snippets, 35).map((t) => ['en', t] as const),
    ...WRITTEN_LINES,
  ];
  const tally = new Map<string, { right: number; all: number; wrong: Map<string, number> }>();
  for (const [language, text] of cases) {
    const row = tally.get(language) ?? { right: 0, all: 0, wrong: new Map<string, number>() };
    const guess = identifyLanguage(text).language;
    row.all++;
    if (guess === language) row.right++;
    else row.wrong.set(guess, (row.wrong.get(guess) ?? 0) + 1);
    tally.set(language, row);
  }
  console.log(`  language ID on ${cases.length} paragraphs:`);
  for (const [language, row] of tally) {
    const wrong = [...row.wrong].map(([g, n]) => `${n}×${g}`).join(' ');
    console.log(
      `    ${language.padEnd(4)} ${row.right}/${row.all} = ${pct(row.right, row.all)}${wrong ? `  (wrong: ${wrong})` : ''}`,
    );
  }
}

/** A fixed pseudo-random sample of Arabic tokens of the Arabic corpus with their clitic split. */
function cliticSample(firstSeed: number): void {
  let seed = firstSeed;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const tokens = corpusTextFiles('corpus/ar-news').flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return analyse(text)
      .tokens.filter((t) => /^[\u0621-\u064a]/.test(t.norm))
      .map((t) => {
        const { prefix, stem, suffix } = splitWrittenClitics(t.norm, text.slice(...t.span));
        return `${text.slice(...t.span)}\t${prefix}|${stem}|${suffix}`;
      });
  });
  for (let i = 0; i < 200; i++)
    console.log(`${String(i + 1).padStart(3)} ${tokens[Math.floor(random() * tokens.length)]}`);
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;

const sampleFlag = process.argv.find((a) => a.startsWith('--clitic-sample'));
if (sampleFlag) {
  cliticSample(Number(sampleFlag.split('=')[1] ?? 20240310));
} else {
  console.log('language-eval:');
  corpusCounts();
  anercorpCounts();
  aqmarAgreement();
  languageIdAccuracy();
}
