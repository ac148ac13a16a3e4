import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreEvents, type GoldArticle } from './event-scorer.js';

/** A small gold set of our own making: invented articles, each trap the scorer has a rule for. */
const gold: GoldArticle[] = [
  {
    doc: 'corpus/test/a1.txt',
    lang: 'ar',
    events: [
      {
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Air/drone strike',
        date: '2021-05-02',
        timing: 'current',
        country: 'YE',
        location: 'Marib',
        actor1: 'Saudi-led Coalition',
        actor2: 'Houthi Movement',
        fatalities: 7,
        injuries: null,
        claimed_by: null,
      },
      {
        event_type: 'Battles',
        sub_event_type: 'Armed clash',
        date: '2021-05',
        timing: 'current',
        country: 'YE',
        location: 'Taiz',
        actor1: 'Popular Resistance (Yemen)',
        actor2: 'Houthi Movement',
        fatalities: null,
        injuries: 3,
        claimed_by: null,
      },
    ],
  },
  {
    doc: 'corpus/test/e1.txt',
    lang: 'en',
    events: [
      {
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Suicide bomb',
        date: '2019-01-10',
        timing: 'current',
        country: 'SY',
        location: 'Deir ez-Zor',
        actor1: 'Islamic State',
        actor2: 'Civilians',
        fatalities: 12,
        injuries: 20,
        claimed_by: 'Islamic State',
      },
      {
        event_type: 'Violence against civilians',
        sub_event_type: 'Attack',
        date: null,
        timing: 'historical',
        country: 'SY',
        location: null,
        actor1: null,
        actor2: null,
        fatalities: null,
        injuries: null,
        claimed_by: null,
      },
    ],
  },
  { doc: 'corpus/test/n1.txt', lang: 'en', events: [] },
  {
    doc: 'corpus/test/missing.txt',
    lang: 'ar',
    events: [
      {
        event_type: 'Protests',
        sub_event_type: 'Peaceful protest',
        date: null,
        timing: 'current',
        country: 'IQ',
        location: 'Basra',
      },
    ],
  },
];

const preds = [
  {
    source: '/data/corpus/test/a1.txt',
    language: 'ar',
    events: [
      {
        event_type: { value: 'Explosions/Remote violence' },
        sub_event_type: { value: 'Air/drone strike' },
        date: { value: '2021-05-02' },
        timing: { value: 'current' },
        location: { name: 'Marib', country: 'YE' },
        actor1: { name: 'Saudi-led Coalition' },
        actor2: { name: 'Houthis' },
        fatalities: { value: 7 },
      },
      {
        event_type: { value: 'Explosions/Remote violence' },
        sub_event_type: { value: 'Shelling/artillery/missile attack' },
        location: { name: "Ta'izz", country: 'YE' },
        actor1: { name: 'Houthi Movement' },
        injuries: { value: 3 },
      },
    ],
  },
  {
    source: 'corpus/test/e1.txt',
    language: 'en',
    events: [
      {
        event_type: { value: 'Explosions/Remote violence' },
        sub_event_type: { value: 'Remote explosive/landmine/IED' },
        date: { value: '2019-01' },
        timing: { value: 'current' },
        location: { name: 'Dayr az Zawr', country: 'SY' },
        actor1: { name: 'ISIS' },
        actor2: { name: 'people' },
        fatalities: { value: 12 },
        injuries: { value: 21 },
        claimed_by: { name: 'Daesh' },
      },
      {
        event_type: { value: 'Violence against civilians' },
        timing: { value: 'current' },
        location: { name: 'Syria', country: 'SY', precision: 'country' },
      },
      { event_type: { value: 'Battles' }, location: { name: 'Raqqa', country: 'SY' } },
    ],
  },
  {
    source: 'corpus/test/n1.txt',
    language: 'ar',
    events: [{ event_type: { value: 'Protests' }, location: { name: 'Paris', country: 'FR' } }],
  },
];

describe('the event scorer', () => {
  it('counts strict matches on country, type and place, and lenient ones on place or type', () => {
    const r = scoreEvents(gold, preds);
    expect([r.gold_events, r.pred_events, r.missing_docs]).toEqual([5, 6, 1]);
    // strict: Marib, Deir ez-Zor, the country-only historical attack; lenient adds Taiz (same place, other type).
    expect(r.strict).toEqual({ p: 0.5, r: 0.6, f1: 0.545 });
    expect(r.lenient).toEqual({ p: 0.667, r: 0.8, f1: 0.727 });
    expect(r.negatives_clean).toBe('0/1');
    expect(r.language_acc).toBe(0.667);
  });

  it('measures fields on leniently matched events only where gold gives them', () => {
    const f = scoreEvents(gold, preds).fields;
    expect(f.sub_event_type).toBe('0.250 (1/4)');
    expect(f.location).toBe('1.000 (3/3)');
    expect(f.fatalities).toBe('1.000 (2/2)');
    expect(f.injuries).toBe('0.500 (1/2)');
    expect(f.claimed_by).toBe('1.000 (1/1)');
    expect(f.timing).toBe('0.500 (2/4)');
  });

  it('reports per language from the gold article', () => {
    const r = scoreEvents(gold, preds);
    expect(r.per_language.ar).toEqual({ p: 0.5, r: 0.333, f1: 0.4, gold: 3, pred: 2 });
    expect(r.per_language.en.gold).toBe(2);
  });

  const reference = resolve('../shared/eval/score.mjs');
  it.skipIf(!existsSync(reference))(
    'agrees with the reference scorer of shared/eval on the same files',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'marsad-eval-'));
      const goldPath = join(dir, 'gold.jsonl');
      const predPath = join(dir, 'pred.jsonl');
      writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
      writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
      const theirs = JSON.parse(
        execFileSync('node', [reference, goldPath, predPath, '--json'], { encoding: 'utf8' }),
      );
      const { per_language, ...ours } = scoreEvents(gold, preds);
      expect(per_language).toBeDefined();
      expect(ours).toEqual(theirs);
    },
  );
});
