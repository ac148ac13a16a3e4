import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileSource } from '../adapters/sources/index.js';
import { openStore } from '../adapters/store/index.js';
import type { ArticleOutput } from '../core/article-output.js';
import { loadConfig } from '../core/config.js';
import { MarsadError } from '../core/errors.js';
import type { ServingStore, Source, SourceItem } from '../core/ports.js';
import { createMarsad, type Marsad } from './marsad.js';
import { INGEST_BATCH, runBatch, type BatchFailure } from './run-batch.js';

const story = (town: string) =>
  `Gunmen attacked a checkpoint in ${town} on Monday, killing three soldiers, officials said.`;

function textSource(texts: Record<string, string | MarsadError>): Source {
  return {
    async *items(): AsyncIterable<SourceItem> {
      for (const [source, text] of Object.entries(texts))
        yield text instanceof MarsadError
          ? { source, error: text }
          : { source, raw: { bytes: Buffer.from(text), format: 'text', hints: {} } };
    },
  };
}

let marsad: Marsad;
let dir: string;
let store: ServingStore;

beforeAll(async () => {
  marsad = await createMarsad(loadConfig({ kbDirs: [] }));
  dir = mkdtempSync(join(tmpdir(), 'marsad-batch-'));
  store = await openStore(join(dir, 'batch.db'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a batch run', () => {
  it('hands articles over in batches of the given size and counts what the store already had', async () => {
    const sizes: number[] = [];
    const source = textSource({
      'a.txt': story('Mosul'),
      'b.txt': story('Kirkuk'),
      'c.txt': story('Basra'),
      'a-copy.txt': story('Mosul'),
      'd.txt': story('Tikrit'),
    });
    const summary = await runBatch(
      marsad,
      source,
      {
        async onArticles(articles) {
          sizes.push(articles.length);
          return (await store.saveArticles(articles)).map((r) => r.inserted);
        },
      },
      2,
    );
    expect(sizes).toEqual([2, 2, 1]);
    expect(summary).toMatchObject({ articles: 4, duplicates: 1, failures: [] });
    expect((await store.counts()).articles).toBe(4);
  });

  it('names an unreadable input and a batch’s unstorable article, and stores the rest', async () => {
    const failures: BatchFailure[] = [];
    const seen: string[][] = [];
    const source = textSource({
      'e.txt': story('Raqqa'),
      'broken.bin': new MarsadError('INPUT_BINARY', 'broken.bin: binary content, not text'),
      'f.txt': story('Hama'),
      'g.txt': story('Homs'),
    });
    const summary = await runBatch(
      marsad,
      source,
      {
        // A store that refuses one article fails the whole transaction it is in.
        async onArticles(articles: ArticleOutput[]) {
          seen.push(articles.map((a) => a.source));
          if (articles.some((a) => a.source === 'f.txt'))
            throw new MarsadError('STORE_FAILED', `${articles.length} articles: disk full`);
          return (await store.saveArticles(articles)).map((r) => r.inserted);
        },
        onFailure: (failure) => failures.push(failure),
      },
      3,
    );
    expect(failures.map((f) => [f.source, f.code])).toEqual([
      ['broken.bin', 'INPUT_BINARY'],
      ['f.txt', 'STORE_FAILED'],
    ]);
    expect(seen).toEqual([['e.txt', 'f.txt', 'g.txt'], ['e.txt'], ['f.txt'], ['g.txt']]);
    expect(summary).toMatchObject({ articles: 2, duplicates: 0 });
    expect(summary.failures).toHaveLength(2);
  });

  it('says what to do about an input the source refused, as about one a stage refused', async () => {
    const failures: BatchFailure[] = [];
    const source = textSource({
      'huge.html': new MarsadError(
        'INPUT_TOO_LARGE',
        'huge.html: 51.4 MB is over the 8.0 MB limit for one input',
      ),
      'blank.txt': ' \n\n ',
    });
    await runBatch(marsad, source, {
      onArticles: async (articles) => articles.map(() => true),
      onFailure: (failure) => failures.push(failure),
    });
    expect(failures.map((f) => f.message)).toEqual([
      'huge.html: 51.4 MB is over the 8.0 MB limit for one input — Split the input, or raise the limit with --max-bytes or MARSAD_MAX_BYTES.',
      'blank.txt: the input holds only white space — There is no text to read; check the file or the request body.',
    ]);
  });

  it('refuses a 51 MB page let in by a raised size limit, naming it and the limit, and stores the rest', async () => {
    const folder = mkdtempSync(join(dir, 'big-'));
    writeFileSync(join(folder, 'a.txt'), story('Daraa'));
    const paragraph = `<p>${story('Idlib')}</p>\n`;
    const page = `<html><body><article>${paragraph.repeat(Math.ceil((51 * 1024 * 1024) / paragraph.length))}</article></body></html>`;
    writeFileSync(join(folder, 'b-huge.html'), page);
    writeFileSync(join(folder, 'c.txt'), story('Deir ez-Zor'));
    const before = (await store.counts()).articles;
    const source = createFileSource([folder], { maxBytes: 64 * 1024 * 1024 });
    const summary = await runBatch(
      marsad,
      source,
      { onArticles: async (articles) => (await store.saveArticles(articles)).map((r) => r.inserted) },
      INGEST_BATCH,
    );
    expect(summary.failures).toEqual([
      {
        source: join(folder, 'b-huge.html'),
        code: 'ARTICLE_TOO_LONG',
        message: expect.stringMatching(
          /b-huge\.html: 53\.5 million characters of HTML, over the 16\.8 million one page/,
        ),
      },
    ]);
    expect(summary.articles).toBe(2);
    expect((await store.counts()).articles).toBe(before + 2);
  }, 30_000);

  it("keeps an input its source found amiss, and names the source's warning on the article and to the caller", async () => {
    const note = {
      code: 'INPUT_TRUNCATED',
      severity: 'warning' as const,
      message: 'crawl.warc#http://news.example/x: record 3 of the archive is cut short',
    };
    const source: Source = {
      async *items() {
        yield { source: 'whole.txt', raw: { bytes: Buffer.from(story('Najaf')), format: 'text', hints: {} } };
        yield {
          source: 'crawl.warc#http://news.example/x',
          raw: { bytes: Buffer.from(story('Karbala')), format: 'text', hints: {}, notes: [note] },
        };
      },
    };
    const kept: ArticleOutput[] = [];
    const warnings: BatchFailure[] = [];
    const summary = await runBatch(marsad, source, {
      async onArticles(articles) {
        kept.push(...articles);
      },
      onWarning: (warning) => warnings.push(warning),
    });
    expect(summary).toMatchObject({ articles: 2, failures: [] });
    expect(warnings).toEqual([
      { source: 'crawl.warc#http://news.example/x', code: note.code, message: note.message },
    ]);
    expect(kept[1].diagnostics).toContainEqual(note);
    expect(kept[0].diagnostics).toEqual([]);
  });
});
