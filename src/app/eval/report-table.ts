import type { EvalReport, Prf } from './event-scorer.js';

const pct = (x: number) => x.toFixed(3);

function prfRow(name: string, v: Prf & { gold?: number; pred?: number }): string {
  const counts =
    v.gold === undefined ? '' : `  gold ${String(v.gold).padStart(4)}  pred ${String(v.pred).padStart(4)}`;
  return `  ${name.padEnd(34)} P ${pct(v.p)}  R ${pct(v.r)}  F1 ${pct(v.f1)}${counts}`;
}

/**
 * The report as a table for a terminal: events, fields, then per type and per language.
 *
 * @example console.log(formatReport(scoreEvents(gold, preds)))
 */
export function formatReport(r: EvalReport): string {
  const lines = [
    `articles ${r.docs} (missing ${r.missing_docs})   gold events ${r.gold_events}   predicted ${r.pred_events}`,
    `negative articles clean ${r.negatives_clean}   language accuracy ${r.language_acc ?? '-'}`,
    '',
    'events',
    prfRow('strict', r.strict),
    prfRow('lenient', r.lenient),
    '',
    'fields (on leniently matched events)',
    ...Object.entries(r.fields).map(([k, v]) => `  ${k.padEnd(34)} ${v}`),
    '',
    'per event type (strict)',
    ...Object.entries(r.per_type).map(([k, v]) => prfRow(k, v)),
    '',
    'per language (strict)',
    ...Object.entries(r.per_language).map(([k, v]) => prfRow(k, v)),
  ];
  return lines.join('\n');
}
