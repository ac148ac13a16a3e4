// A news digest tells several stories, each its own article: its items, each with only its own mentions.
import { newDocument } from '../../core/new-document.js';
import { packedMap } from '../../core/packed-map.js';
import type { Document, EventRecord, PlaceRef } from '../../core/records.js';

/**
 * A news digest's item opening: "* دكار - رويترز:", "* جنيف - أ.ف.ب:", "* واشنطن ـ «الشرق الأوسط»:",
 * "* Paris (AFP) -": a bulleted line whose first words are a town and a wire.
 */
const ITEM_DATELINE = /^\*\s+[^\n:*]{1,40}?(?:\s[-–—ـ]\s*[^\n:]{1,25}:|\s\((?:[^\n()]{1,20})\)\s*[-–—:]?)/gmu;
/** A bulleted line: a digest item's headline or dateline. */
const BULLET = /^\*\s/;

/** An item of a news digest: its text range, and the document of only the mentions inside it. */
export interface Story {
  from: number;
  to: number;
  doc: Document;
  country: PlaceRef | null;
}

/**
 * The items of a news digest — each from the bulleted lines that open it to the next item — with only their
 * own mentions and the country those give (`countryOf`), so that no item lends its country or its towns to
 * another; null when the document is no digest (fewer than two items).
 *
 * @example storyOf(digestStories(digest, articleCountry), cambodiaEvent)?.doc.mentions // Cambodia's only
 */
export function digestStories(
  doc: Document,
  countryOf: (story: Document) => PlaceRef | null,
): Story[] | null {
  const text = doc.text ?? '';
  // Most articles hold no asterisk, where the pattern, tried through the whole text, cannot match.
  if (!text.includes('*')) return null;
  const starts = packedMap([...text.matchAll(ITEM_DATELINE)], (m) => headlineStart(text, m.index));
  if (starts.length < 2) return null;
  const bounds = [0, ...starts, text.length];
  return bounds.slice(0, -1).map((from, i) => {
    const to = bounds[i + 1];
    // Copied onto a new document, not spread: the story keeps the one shape of documents (core/new-document.ts).
    const story = Object.assign(newDocument(doc.source, doc.raw, doc.diagnostics), doc);
    story.mentions = (doc.mentions ?? []).filter((m) => from <= m.span[0] && m.span[1] <= to);
    return { from, to, doc: story, country: countryOf(story) };
  });
}

/** The digest item an event is told in; null for an article that is no digest. */
export function storyOf(stories: readonly Story[] | null, event: EventRecord): Story | null {
  const at = event.evidence[0]?.[0];
  if (stories === null || at === undefined) return null;
  return stories.findLast((s) => s.from <= at) ?? null;
}

/** The start of the run of bulleted lines that ends with the item's dateline line at `line`. */
function headlineStart(text: string, line: number): number {
  let start = line;
  for (;;) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (start === 0 || !BULLET.test(text.slice(previous, start))) return start;
    start = previous;
  }
}
