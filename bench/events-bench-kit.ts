// Shared by the event benches: one marsad instance and plain text in, the article out.
import { createMarsad, type Marsad } from '../src/app/index.js';
import type { ArticleOutput } from '../src/core/article-output.js';
import { loadConfig } from '../src/core/config.js';

let marsad: Marsad | null = null;

/**
 * Texts on which a stage threw. The pipeline keeps going and the text simply yields no event, which a
 * bench would count as a miss: each is a bug to fix, so they are told apart when the bench ends.
 */
const stageFailures: string[] = [];
process.on('exit', () => {
  if (stageFailures.length === 0) return;
  console.log(
    `\n!! a stage failed on ${stageFailures.length} texts (their events are lost); the first ones:`,
  );
  for (const failure of stageFailures.slice(0, 5)) console.log(`   ${failure}`);
});

/** Runs the whole pipeline on a text; `published` anchors relative dates like a sidecar date would. */
export async function analyseText(id: string, text: string, published?: string): Promise<ArticleOutput> {
  marsad ??= await createMarsad(loadConfig({ kbDirs: [] }));
  const hints = published ? { published } : {};
  const article = await marsad.analyse(id, { bytes: new TextEncoder().encode(text), format: 'text', hints });
  for (const d of article.diagnostics)
    if (d.code === 'STAGE_FAILED') stageFailures.push(`${id}: ${d.message}`);
  return article;
}

/** Every k-th item, so a sample is spread over the whole file and the same on every run. */
export function spreadSample<T>(items: T[], size: number): T[] {
  if (items.length <= size) return items;
  const step = items.length / size;
  return Array.from({ length: size }, (_, i) => items[Math.floor(i * step)]);
}

export const ratio = (a: number, n: number) => (n ? (a / n).toFixed(3) : '-') + ` (${a}/${n})`;

/**
 * A copy of the items in an order that looks random but is the same on every run (mulberry32 from a
 * fixed seed), so a sample of misses drawn before a change is the one drawn after it.
 */
export function seededShuffle<T>(items: readonly T[], seed = 1): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A field of one event scored against a data set's column: the column's value, marsad's, and whether they agree. */
export interface Scored {
  gold: string;
  got: string;
  hit: boolean;
}
