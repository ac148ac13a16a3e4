import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import { createMarsad } from '../../src/app/index.js';
import type { ArticleOutput } from '../../src/core/article-output.js';
import { loadConfig } from '../../src/core/config.js';
import type { Span } from '../../src/core/span.js';

// Our first fixture: a machine-translated Arabic op-ed on the March 2024 Moscow concert-hall attack,
// read from ../shared (never copied into the repo).
const SEED = new URL('../../../shared/seeds/000_6d249ba6c770d9f7.txt', import.meta.url);
const haveSeed = existsSync(SEED);

describe.skipIf(!haveSeed)('the seed article, end to end', () => {
  let article: ArticleOutput;
  let text: string;
  const slice = (s: Span) => text.slice(s[0], s[1]);

  beforeAll(async () => {
    const marsad = await createMarsad(loadConfig({ kbDirs: [] }));
    const bytes = readFileSync(SEED);
    article = await marsad.analyse('seed.txt', { bytes, format: 'auto', hints: {} });
    text = article.text;
  });

  it('is read as an Arabic opinion piece', () => {
    expect(article.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(article.language).toBe('ar');
    expect(article.genre?.value).toBe('opinion');
  });

  it('removes the closing promo and the author note, and keeps them out of the body', () => {
    const kinds = article.removed.map((r) => r.kind);
    expect(kinds).toContain('promo');
    expect(kinds).toContain('author-bio');
    const promo = article.removed.find((r) => r.kind === 'promo')!;
    const bio = article.removed.find((r) => r.kind === 'author-bio')!;
    expect(slice(promo.span)).toContain('The Telegraph');
    expect(slice(bio.span)).toContain('كون كوغلين');
    // The loop below proves nothing over no sentences.
    expect(article.sentences.length).toBeGreaterThan(0);
    for (const sentence of article.sentences) {
      expect(slice(sentence.span)).not.toContain('The Telegraph');
      expect(slice(sentence.span)).not.toContain('بيكادور');
    }
  });

  it('infers the publisher and the author from the removed parts', () => {
    expect(article.publisher?.value).toBe('The Telegraph');
    expect(article.publisher?.from).toBe('removed:promo');
    expect(article.author?.value).toBe('كون كوغلين');
    expect(article.author?.from).toBe('removed:author-bio');
  });

  it('finds exactly one current event: the concert-hall attack in Moscow', () => {
    const current = article.events.filter((e) => e.timing?.value === 'current');
    expect(current).toHaveLength(1);
    const [attack] = current;
    expect(attack.location?.country).toBe('RU');
    expect(attack.location?.name).toBe('Moscow');
    expect(attack.event_type?.value).toBe('Violence against civilians');
    expect(attack.sub_event_type?.value).toBe('Attack');
    expect(attack.fatalities).toMatchObject({ value: 115, qualifier: 'at_least' });
    expect(attack.actor1?.name).toBe('Islamic State');
    expect(attack.actor1?.entity_id).toBeTruthy();
    expect(attack.actor1?.spans.map(slice).join(' ')).toMatch(/داعش|تنظيم الدولة/);
    expect(attack.actor2?.name).toBe('Civilians');
  });

  it('points the attack at both sentences that tell it', () => {
    const attack = article.events.find((e) => e.timing?.value === 'current')!;
    const evidence = attack.evidence.map(slice);
    expect(evidence.some((s) => s.includes('نفذه فرع من تنظيم الدولة'))).toBe(true);
    expect(evidence.some((s) => s.includes('ما لا يقل عن 115'))).toBe(true);
    expect(slice(attack.fatalities!.spans[0])).toContain('115');
  });

  it('keeps the 7 October attack by Hamas on Israeli civilians as a historical event in Israel', () => {
    const october = article.events.filter((e) => e.location?.country === 'IL');
    expect(october).toHaveLength(1);
    expect(october[0].timing?.value).toBe('historical');
    expect(october[0].actor1?.name).toBe('Hamas');
  });

  it('keeps the 2021 handing of Afghanistan to the Taliban as a historical transfer of territory', () => {
    const handover = article.events.filter((e) => e.location?.country === 'AF');
    expect(handover).toHaveLength(1);
    expect(handover[0].sub_event_type?.value).toBe('Non-violent transfer of territory');
    expect(handover[0].timing?.value).toBe('historical');
    expect(handover[0].date).toMatchObject({ value: '2021', precision: 'year' });
    expect(handover[0].actor1?.name).toBe('Taliban');
    expect(handover[0].sub_event_type?.spans.map(slice).join(' ')).toMatch(/السيطرة/);
  });

  it('makes no event of a whole war, nor of the advice and speculation', () => {
    // The loop below proves nothing over no events: the Moscow and the 7 October events are there.
    expect(article.events.length).toBeGreaterThanOrEqual(2);
    for (const event of article.events) {
      expect(event.location?.country).not.toBe('UA');
      for (const span of event.evidence) {
        expect(slice(span)).not.toMatch(/^(وفي مثل هذه الظروف|والمكان الجيد للبدء)/);
      }
    }
  });
});

describe('the seed strings', () => {
  it('appear nowhere in src/ or data/: the same rules run on real news', async () => {
    const { execFileSync } = await import('node:child_process');
    const root = new URL('../..', import.meta.url).pathname;
    for (const needle of ['كروكوس', 'كوغلين', 'بيكادور', 'قاعة الحفلات']) {
      let found = '';
      try {
        found = execFileSync('grep', ['-rl', needle, 'src', 'data'], { cwd: root, encoding: 'utf8' });
      } catch (e) {
        // grep exits 1 when nothing matches; anything else (2: no such folder, no grep) is no answer at all.
        if ((e as { status?: number }).status !== 1) throw e;
        found = '';
      }
      expect(found, `"${needle}" found in ${found}`).toBe('');
    }
  });
});
