import type { Stage } from '../../core/stage.js';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { bodySegments } from './body-segments.js';
import { identifyDocumentLanguage } from './document-language.js';
import { findQuantities } from './quantities/index.js';
import { splitSentences } from './sentence-splitter.js';
import { findTimes } from './times/index.js';
import { buildTokens } from './token-builder.js';

/**
 * The language stage: document language, sentences of the article body (never of removed parts),
 * tokens with clitics split, the normalised matching view, quantities and time expressions.
 * Relative dates resolve against the publication date, else the context's reference date (maybe null).
 *
 * @example
 * const stage = createLanguageStage();
 * stage.run(doc, { referenceDate: null }); // doc.language, doc.sentences, doc.tokens … are set
 */
export function createLanguageStage(): Stage {
  return {
    name: 'language',
    reads: ['text', 'body', 'removed', 'published'],
    writes: ['language', 'sentences', 'tokens', 'normalized', 'quantities', 'times'],
    run(doc, ctx) {
      const text = doc.text ?? '';
      const segments = bodySegments(text.length, doc.body, doc.removed);
      const language = identifyDocumentLanguage(text, segments).language;
      const sentences = splitSentences(text, segments);
      const normalized = normalizeForMatching(text);
      doc.language = language;
      doc.sentences = sentences;
      doc.normalized = normalized;
      doc.tokens = buildTokens(text, sentences, normalized);
      // The tokens lend the lexer of quantities and times their words' entries (see `lexSentences`).
      doc.quantities = findQuantities(text, sentences, language, doc.tokens);
      doc.times = findTimes(text, sentences, language, doc.published?.value ?? ctx.referenceDate);
    },
  };
}
