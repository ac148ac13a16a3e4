import { fixtureDocument, type FixtureSpec } from '../../src/stages/extract/fixture-document.js';
import { loadEventLexicons } from '../../src/stages/extract/index.js';
import { buildSentenceViews } from '../../src/stages/extract/sentence-view.js';
import { assertedTriggers } from '../../src/stages/extract/trigger-gate.js';

const lexicons = loadEventLexicons();

/**
 * For tests: the words of every trigger the sentences of a fixture assert, in order.
 *
 * @example assertedWords({ text: 'A bomb exploded in Mosul.' }) // ['bomb', 'exploded']
 */
export function assertedWords(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  return buildSentenceViews(doc, lexicons).flatMap((view) =>
    assertedTriggers(view, doc.text!).map((t) =>
      doc.text!.slice(view.tokens[t.start].span[0], view.tokens[t.end - 1].span[1]),
    ),
  );
}
