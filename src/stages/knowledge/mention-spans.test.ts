import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../core/text/normalize.js';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

// Unambiguous names of the fixture base, the clitics news puts in front of them, and filler words that
// are no name (harakat and tatweel included, so the view and the text differ in length).
const NAMES = [
  'الموصل',
  'بغداد',
  'موسكو',
  'داعش',
  'حزب الله',
  'القوات الروسية',
  'الإسكندرية',
  'Baghdad',
  'Moscow',
  'Hezbollah',
];
const CLITICS = ['', 'و', 'ب', 'ل', 'وب', 'فـ'];
const FILLER = ['قَصْفٌ', 'عَلَى', 'مـنـطـقـة', 'أمس', 'heavy', 'shelling', '،', '.', '«', '»', '2024'];

describe('mention spans', () => {
  it('cover exactly the name inside any sentence, whatever clitics and filler surround it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FILLER), { maxLength: 4 }),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...CLITICS),
        fc.array(fc.constantFrom(...FILLER), { maxLength: 4 }),
        (before, name, clitic, after) => {
          const prefix = /[a-z]/i.test(name) ? '' : clitic;
          const text = [...before, `${prefix}${name}`, ...after].join(' ');
          const mentions = findMentions(kb, text, [[0, text.length]]);
          const hit = mentions.find((m) =>
            normalizeName(text.slice(...m.span)).endsWith(normalizeName(name)),
          );
          expect(hit).toBeDefined();
          for (const m of mentions) {
            expect(m.span[0]).toBeGreaterThanOrEqual(0);
            expect(m.span[1]).toBeLessThanOrEqual(text.length);
            expect(text.slice(...m.span).trim()).toBe(text.slice(...m.span));
          }
          const start = text.indexOf(`${prefix}${name}`) + prefix.length;
          expect(hit!.span).toEqual([start, start + name.length]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
