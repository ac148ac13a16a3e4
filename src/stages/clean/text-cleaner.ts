import type { Span } from '../../core/span.js';
import type { Clue, Finding } from './finding.js';
import { finding } from './finding.js';
import { findFurniture } from './furniture-rules.js';
import { isSpace, lineUnits } from './line-units.js';
import { cluesOf } from './removed-part-clues.js';
import { mergeFindings } from './removed-span-merger.js';
import { findRepeatedPhrases } from './repeated-phrase-finder.js';
import { findRunOnFurniture } from './run-on-furniture.js';
import { classifyUnit } from './unit-classifier.js';

export interface SourcedClue extends Clue {
  from: string;
}

export interface CleanedText {
  /** Removed parts, sorted, never overlapping. */
  removed: Finding[];
  /** From the first to the last character of article body; [0, 0] when nothing is left. */
  body: Span;
  /** Everything the removed parts reveal, in text order, with `from` naming the removed kind. */
  clues: SourcedClue[];
  /** The first line when it reads as a headline (short, no final stop, more text after it). */
  headline: Span | null;
  hasDateline: boolean;
}

/**
 * Finds the boilerplate in a text without building anything: furniture inside lines, then a verdict per
 * line, then immediately repeated phrases; `extra` adds findings made elsewhere (furniture blocks of an
 * HTML page). The text itself is never changed; only spans are returned.
 *
 * @example cleanText('A blast hit the port.\nSubscribe to The Harbour Post free for a month').removed[0].kind // 'promo'
 */
export function cleanText(text: string, extra: readonly Finding[] = []): CleanedText {
  const furniture = findFurniture(text);
  const kept = furniture.filter((f) => f.keep);
  const found: Finding[] = furniture.filter((f) => !f.keep);
  found.push(...findRunOnFurniture(text));
  for (const f of extra)
    found.push({ ...f, clues: cluesOf(f.kind, text.slice(f.span[0], f.span[1]), f.span[0]) });
  const units = lineUnits(text);
  // A loop rather than `forEach` with a closure made per text: the closure, called once a line, was still
  // being optimised on its own after ten passes over a sample of the corpus.
  for (let index = 0; index < units.length; index++) {
    const unit = units[index];
    const line = text.slice(unit[0], unit[1]);
    const verdict = classifyUnit(line, { index, count: units.length });
    if (!verdict) continue;
    const kind = verdict.reason === 'copyright line' ? 'copyright' : verdict.kind;
    found.push(finding(unit, verdict.kind, verdict.reason, cluesOf(kind, line, unit[0])));
  }
  found.push(...teasersAfterHeadings(text, units, found));
  found.push(...findRepeatedPhrases(text));
  const removed = mergeFindings(found.map((f) => trimmed(f, text))).filter((f) => f.span[1] > f.span[0]);
  const body = bodySpan(text, units, removed);
  return {
    removed,
    body,
    clues: [
      ...removed.flatMap((r) => r.clues.map((c) => ({ ...c, from: `removed:${r.kind}` }))),
      ...kept.flatMap((k) => k.clues.map((c) => ({ ...c, from: 'text:dateline' }))),
    ],
    headline: headlineOf(text, units, removed, kept),
    hasDateline: kept.length > 0 || removed.some((r) => r.reason.startsWith('dateline')),
  };
}

const SENTENCE_END = /[.!?؟…]["'”»)]?$/;

/**
 * Lines after a related-links heading ("More stories", "Next", "اقرأ أيضا") that read as headlines — short,
 * no final stop — belong to the list the heading announces.
 */
function teasersAfterHeadings(text: string, units: readonly Span[], found: readonly Finding[]): Finding[] {
  const headings = new Set(found.filter((f) => f.reason === 'related-links cue').map((f) => f.span[0]));
  const out: Finding[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!headings.has(units[i][0]) || units[i][1] - units[i][0] > 40) continue;
    for (let j = i + 1; j < units.length && j <= i + 12; j++) {
      const line = text.slice(units[j][0], units[j][1]);
      if (line.length > 160 || SENTENCE_END.test(line) || headings.has(units[j][0])) break;
      out.push(finding(units[j], 'related-links', 'headline under a related-links heading'));
    }
  }
  return out;
}

/** A removed part never starts or ends in white space: the reader sees exactly what was set aside. */
function trimmed(f: Finding, text: string): Finding {
  let [s, e] = f.span;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s === f.span[0] && e === f.span[1] ? f : { ...f, span: [s, e] };
}

/** The first and last stretches of each line that no removed part covers. */
function bodySpan(text: string, units: readonly Span[], removed: readonly Finding[]): Span {
  // Only the first and the last line with body matter: search from both ends.
  let first: Span | null = null;
  for (let i = 0; i < units.length && !first; i++) first = uncovered(units[i], removed, text);
  if (!first) return [0, 0];
  let last: Span | null = null;
  for (let i = units.length - 1; i >= 0 && !last; i--) last = uncovered(units[i], removed, text);
  return [first[0], last![1]];
}

function uncovered(unit: Span, removed: readonly Finding[], text: string): Span | null {
  let s = unit[0];
  let e = unit[1];
  // Removed parts are sorted and disjoint: only those from the first ending after the line start matter.
  let lo = 0;
  for (let hi = removed.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (removed[mid].span[1] <= s) lo = mid + 1;
    else hi = mid;
  }
  // Removed parts may be separated by white space only: keep trimming until nothing moves.
  for (let moved = true; moved && e > s;) {
    moved = false;
    for (let i = lo; i < removed.length && removed[i].span[0] < unit[1]; i++) {
      const r = removed[i];
      if (r.span[0] <= s && r.span[1] > s) [s, moved] = [r.span[1], true];
      if (r.span[1] >= e && r.span[0] < e) [e, moved] = [r.span[0], true];
    }
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  }
  return e > s ? [s, e] : null;
}

const FINAL_STOP = /[.!?؟:،,;…]["'”»)]?$/;

function headlineOf(
  text: string,
  units: readonly Span[],
  removed: readonly Finding[],
  kept: readonly Finding[],
): Span | null {
  const first = units.find((u) => uncovered(u, removed, text) !== null);
  if (!first || units.length < 2 || first === units[units.length - 1]) return null;
  // A dateline on a line of its own opens the body; it is no headline.
  if (kept.some((k) => k.span[0] < first[1] && k.span[1] > first[0])) return null;
  const free = uncovered(first, removed, text);
  if (!free || free[0] !== first[0] || free[1] !== first[1]) return null;
  const line = text.slice(first[0], first[1]);
  return line.length <= 160 && !FINAL_STOP.test(line) && line.split(/\s+/).length >= 2 ? first : null;
}
