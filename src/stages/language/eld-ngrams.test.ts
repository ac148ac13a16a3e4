import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eld } from 'eld/medium';
import { describe, expect, it } from 'vitest';
import {
  eldDetector,
  eldStamp,
  ngramCode,
  packTable,
  readEldCache,
  scoresOf,
  writeShippedEldCache,
} from './eld-ngrams.js';

/** A table in eld's make, invented for these tests. */
const SMALL = {
  type: 'T3',
  languages: { 0: 'xx', 1: 'yy', 2: 'zz' },
  ngrams: { ' ab ': { 0: 40, 2: 7 }, bcd: { 1: 200 }, ' a': { 2: 9 } },
};

describe('ngramCode', () => {
  it('gives n-grams of different lengths and letters different numbers', () => {
    const codes = [' a', 'a ', ' ab ', 'ab', 'bcd', '\u00e9t\u00e9 ', ' abcde'].map(ngramCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(ngramCode(' ab ')).toBe(0x20616220);
  });

  it('turns away what no table holds: a NUL, a character past one byte, more than six characters', () => {
    expect(ngramCode('a\u0000b')).toBe(-1);
    expect(ngramCode('\u0628\u063a')).toBe(-1);
    expect(ngramCode(' abcdef')).toBe(-1);
  });
});

describe('packTable and scoresOf', () => {
  it('answers every n-gram with the scores the table holds, and others with nothing', () => {
    const table = packTable(SMALL);
    for (const [gram, scores] of Object.entries(SMALL.ngrams)) expect(scoresOf(table, gram)).toEqual(scores);
    expect(scoresOf(table, ' ac ')).toBeUndefined();
    expect(scoresOf(table, 'a\u0000b')).toBeUndefined();
  });

  it('reads back from a written file only under the stamp it was written with', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'marsad-eld-')), 'eld-ngrams.bin');
    writeShippedEldCache(file);
    const table = readEldCache(file, eldStamp());
    expect(table?.type).toBe('M60');
    expect(scoresOf(table!, ' the ')).toBeDefined();
    expect(readEldCache(file, 'another stamp')).toBeNull();
  });
});

describe('eldDetector', () => {
  const texts = [
    'Der Angriff auf die Kaserne wurde am Montag von der Polizei gemeldet',
    'Les manifestants se sont rassemblés devant la mairie samedi matin',
    'Gunmen opened fire on a minibus near the market',
    'قالت الشرطة إن الهجوم وقع ليلا',
    'پلیس گفت که دو نفر بازداشت شدند',
  ];

  it('guesses as eld over its own table does: language, scores and reliability', () => {
    const ours = eldDetector();
    const theirs = eld.newInstance();
    const guess = (r: ReturnType<typeof ours.detect>) => [r.language, r.getScores(), r.isReliable()];
    for (const text of texts) expect(guess(ours.detect(text))).toEqual(guess(theirs.detect(text)));
  });

  it('keeps a subset per detector', () => {
    const arabicScript = eldDetector();
    arabicScript.setLanguageSubset(['ar', 'fa', 'ur', 'ku']);
    expect(arabicScript.detect(texts[0]).language).not.toBe('de');
    expect(eldDetector().detect(texts[0]).language).toBe('de');
  });
});
