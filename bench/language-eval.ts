// Quality of the language layer on the shared corpus and data sets (read at run time, never copied):
// sentence and token counts, sentence-boundary and token agreement with AQMAR/ANERcorp, language-ID
// accuracy per language on 300 paragraphs. `npx tsx bench/language-eval.ts [--clitic-sample[=SEED]]`; the
// flag prints a seeded random sample of 200 Arabic tokens with their clitic split, for checking by hand.
import { readFileSync } from 'node:fs';
import { splitWrittenClitics } from '../src/core/text/written-clitics.js';
import { corpusTextFiles } from './corpus-files.js';
import {
  analyse,
  aqmarAgreement,
  gz,
  hasShared,
  languageIdCases,
  scoreLanguageId,
  type LabelledText,
} from './language-quality.js';

if (!hasShared()) {
  console.log('language-eval: ../shared not found — nothing to measure');
  process.exit(0);
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

function printAqmar(): void {
  const a = aqmarAgreement();
  console.log(
    `  AQMAR: ${a.sentences} sentences, ${a.tokens} tokens; gold sentence starts found ${pct(a.recall)} (recall), ` +
      `ours that are gold ${pct(a.precision)} (precision); gold word tokens matched exactly ${pct(a.tokenMatch)}`,
  );
}

function printLanguageId(): void {
  const cases = languageIdCases();
  printTally(`language ID on ${cases.length} paragraphs`, cases);
  // The same cases cut to their first 30 characters (about five words): the hard end for any detector.
  printTally(
    'the same cut to 30 characters',
    cases.map(([l, t]) => [l, t.slice(0, 30)] as const),
  );
}

function printTally(title: string, cases: readonly LabelledText[]): void {
  console.log(`  ${title}:`);
  for (const [language, row] of scoreLanguageId(cases)) {
    const wrong = [...row.wrong].map(([g, n]) => `${n}×${g}`).join(' ');
    console.log(
      `    ${language.padEnd(4)} ${row.right}/${row.all} = ${pct(row.right / row.all)}${wrong ? `  (wrong: ${wrong})` : ''}`,
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

const pct = (share: number): string => `${(100 * share).toFixed(1)}%`;

const sampleFlag = process.argv.find((a) => a.startsWith('--clitic-sample'));
if (sampleFlag) {
  cliticSample(Number(sampleFlag.split('=')[1] ?? 20240310));
} else {
  console.log('language-eval:');
  corpusCounts();
  anercorpCounts();
  printAqmar();
  printLanguageId();
}
