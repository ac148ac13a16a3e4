import { type EventJson, lenientMatch, matchEvents, strictMatch } from './event-matcher.js';
import { actorEq, dateOf, numberOf, placeEq, scalar } from './field-matchers.js';

/** One gold article (shared/eval/SCHEMA.md). */
export interface GoldArticle {
  doc: string;
  lang: string;
  events: EventJson[];
}

/** One predicted article: `source` ends with the gold `doc` path (as `marsad extract` prints it). */
export type PredictedArticle = object;

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface EvalReport {
  docs: number;
  missing_docs: number;
  gold_events: number;
  pred_events: number;
  strict: Prf;
  lenient: Prf;
  language_acc: number | null;
  negatives_clean: string;
  /** Accuracy on leniently matched events, as "0.912 (31/34)". */
  fields: Record<string, string>;
  per_type: Record<string, Prf & { gold: number; pred: number }>;
  /** Strict P/R/F1 by the gold article's language. */
  per_language: Record<string, Prf & { gold: number; pred: number }>;
}

const round3 = (x: number) => +x.toFixed(3);

/** @example prf(8, 10, 9) // { p: 0.889, r: 0.8, f1: 0.842 } */
export function prf(tp: number, gold: number, pred: number): Prf {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p: round3(p), r: round3(r), f1: round3(p + r ? (2 * p * r) / (p + r) : 0) };
}

interface Tally {
  gold: number;
  found: number;
  pred: number;
}

/**
 * Scores predictions against gold: strict and lenient event P/R/F1, field accuracy on lenient pairs, per
 * type and per language. The same rules and figures as `shared/eval/score.mjs` (docs/eval.md).
 *
 * @example scoreEvents(gold, preds).strict.f1 // 0.86
 */
export function scoreEvents(gold: GoldArticle[], preds: PredictedArticle[]): EvalReport {
  const bySource = new Map<string, Record<string, unknown>>();
  for (const p of preds as Record<string, unknown>[]) {
    bySource.set(String(p.source ?? (p.article as Record<string, unknown> | undefined)?.source ?? ''), p);
  }
  const findPred = (doc: string) => [...bySource].find(([src]) => src.endsWith(doc))?.[1] ?? null;
  const t = {
    docs: 0,
    missing: 0,
    gold: 0,
    pred: 0,
    strict: 0,
    lenient: 0,
    neg: 0,
    negClean: 0,
    lang: 0,
    langTotal: 0,
  };
  const fields: Record<string, [number, number]> = {};
  const field = (k: string, ok: boolean) => {
    fields[k] ??= [0, 0];
    fields[k][1]++;
    if (ok) fields[k][0]++;
  };
  const perType: Record<string, Tally> = {};
  const perLang: Record<string, Tally> = {};
  const tally = (table: Record<string, Tally>, key: string) =>
    (table[key] ??= { gold: 0, found: 0, pred: 0 });
  for (const d of gold) {
    t.docs++;
    t.gold += d.events.length;
    tally(perLang, d.lang).gold += d.events.length;
    const p = findPred(d.doc);
    if (!p) {
      t.missing++;
      continue;
    }
    const predicted = (p.events ?? []) as EventJson[];
    t.pred += predicted.length;
    tally(perLang, d.lang).pred += predicted.length;
    const lang = scalar((p.article as Record<string, unknown> | undefined)?.language ?? p.language);
    t.langTotal++;
    if (lang && String(lang).slice(0, 2) === d.lang) t.lang++;
    if (d.events.length === 0) {
      t.neg++;
      if (predicted.length === 0) t.negClean++;
    }
    const strict = matchEvents(d.events, predicted, strictMatch);
    const lenient = matchEvents(d.events, predicted, lenientMatch);
    t.strict += strict.length;
    t.lenient += lenient.length;
    tally(perLang, d.lang).found += strict.length;
    for (const g of d.events) tally(perType, String(g.event_type)).gold++;
    for (const e of predicted) tally(perType, String(scalar(e.event_type))).pred++;
    for (const [g] of strict) tally(perType, String(g.event_type)).found++;
    for (const [g, e] of lenient) scoreFields(g, e, field);
  }
  const table = (rows: Record<string, Tally>) =>
    Object.fromEntries(
      Object.entries(rows).map(([k, v]) => [
        k,
        { ...prf(v.found, v.gold, v.pred), gold: v.gold, pred: v.pred },
      ]),
    );
  return {
    docs: t.docs,
    missing_docs: t.missing,
    gold_events: t.gold,
    pred_events: t.pred,
    strict: prf(t.strict, t.gold, t.pred),
    lenient: prf(t.lenient, t.gold, t.pred),
    language_acc: t.langTotal ? round3(t.lang / t.langTotal) : null,
    negatives_clean: `${t.negClean}/${t.neg}`,
    fields: Object.fromEntries(
      Object.entries(fields).map(([k, [a, n]]) => [k, `${(a / n).toFixed(3)} (${a}/${n})`]),
    ),
    per_type: table(perType),
    per_language: table(perLang),
  };
}

function scoreFields(g: EventJson, e: EventJson, field: (k: string, ok: boolean) => void): void {
  field('event_type', scalar(g.event_type) === scalar(e.event_type));
  field('sub_event_type', scalar(g.sub_event_type) === scalar(e.sub_event_type));
  if (g.location) field('location', placeEq(g.location, e.location));
  const gd = g.date as string | null;
  if (gd) field('date', (dateOf(e.date) ?? '').slice(0, gd.length) === gd);
  field('timing', scalar(e.timing) === g.timing);
  if (g.actor1) field('actor1', actorEq(g.actor1, e.actor1));
  if (g.actor2) field('actor2', actorEq(g.actor2, e.actor2));
  if (g.fatalities !== null && g.fatalities !== undefined)
    field('fatalities', numberOf(e.fatalities) === g.fatalities);
  if (g.injuries !== null && g.injuries !== undefined) field('injuries', numberOf(e.injuries) === g.injuries);
  if (g.claimed_by) field('claimed_by', actorEq(g.claimed_by, e.claimed_by));
}
