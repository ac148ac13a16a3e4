import { readFileSync, readdirSync } from 'node:fs';
import { findTimes } from '../src/stages/language/times/index.js';
import { findQuantities } from '../src/stages/language/quantities/index.js';
import { splitSentences } from '../src/stages/language/sentence-splitter.js';
const which = process.argv[2] ?? 'q';
const dir = process.argv[3] ?? '/work/shared/corpus/ar-news/saudinewsnet/';
const files = readdirSync(dir).filter(f => f.endsWith('.txt')).slice(+(process.argv[4] ?? 0), +(process.argv[5] ?? 40));
for (const f of files) {
  const t = readFileSync(dir + f, 'utf8');
  const meta = JSON.parse(readFileSync(dir + f.replace('.txt', '.meta.json'), 'utf8'));
  const ref = (meta.date_extracted ?? null)?.slice(0, 10) ?? null;
  const s = splitSentences(t, [[0, t.length]]);
  const ctx = (a: number, b: number) => (t.slice(Math.max(0, a - 25), a) + '⟦' + t.slice(a, b) + '⟧' + t.slice(b, b + 25)).replace(/\n/g, ' ');
  if (which === 'q') for (const q of findQuantities(t, s, 'ar')) console.log(`${q.value ?? q.vague}${q.upper ? '-' + q.upper : ''} ${q.qualifier} ${q.role ?? ''} ${q.noun ?? ''} | ${ctx(...q.span)}`);
  else for (const x of findTimes(t, s, 'ar', ref)) console.log(`${ref} → ${x.value}${x.end ? '..' + x.end : ''} ${x.precision} | ${ctx(...x.span)}`);
}
