import { MarsadError } from '../../core/errors.js';
import type { RemovedSpan } from '../../core/records.js';
import type { Stage } from '../../core/stage.js';
import { classifyGenre } from './genre-classifier.js';
import { extractHtml } from './html-extractor.js';
import { assembleMetadata, type PageMetadata } from './metadata-assembler.js';
import { cleanText } from './text-cleaner.js';

/**
 * The clean stage: article text (a plain text file as it is; an HTML page's main text with a map back to
 * the source), boilerplate as removed spans with their kind and reason, metadata and genre.
 *
 * @example
 * createCleanStage().run(doc, ctx); // doc.text, doc.body, doc.removed, doc.title, doc.author, doc.genre …
 */
export function createCleanStage(): Stage {
  return {
    name: 'clean',
    reads: ['markup', 'raw'],
    writes: [
      'text',
      'body',
      'removed',
      'title',
      'author',
      'publisher',
      'published',
      'url',
      'genre',
      'sourceMap',
    ],
    run(doc) {
      const markup = doc.markup;
      if (!markup) throw new MarsadError('NO_MAIN_TEXT', `${doc.source}: nothing was decoded to clean`);
      let page: PageMetadata = {};
      let text = markup.source;
      let cleaned;
      if (markup.format === 'html' && ELEMENT_TAG.test(markup.source)) {
        const html = extractHtml(markup.source);
        text = html.text;
        page = html.page;
        doc.sourceMap = html.sourceMap;
        cleaned = cleanText(text, html.findings);
      } else {
        cleaned = cleanText(text);
      }
      if (cleaned.body[1] - cleaned.body[0] < 2) {
        throw new MarsadError(
          'NO_MAIN_TEXT',
          `${doc.source}: no article text found, only navigation or boilerplate`,
        );
      }
      const headline = cleaned.headline && { value: text.slice(...cleaned.headline), span: cleaned.headline };
      const meta = assembleMetadata(doc.raw?.hints ?? {}, page, cleaned.clues, headline);
      doc.text = text;
      doc.body = cleaned.body;
      doc.removed = removedSpans(cleaned.removed);
      // Field by field, not Object.assign: every document then takes the same shape the same way.
      doc.title = meta.title;
      doc.author = meta.author;
      doc.publisher = meta.publisher;
      doc.published = meta.published;
      doc.url = meta.url;
      const labels = [page.section?.value, page.type?.value, meta.url].filter(Boolean).join(' | ');
      const title = meta.title?.value ?? '';
      doc.genre = classifyGenre({
        text,
        body: cleaned.body,
        removed: doc.removed,
        labels,
        title,
        hasDateline: cleaned.hasDateline,
      });
    },
  };
}

// An element's start tag. "HTML" without one (a .html file holding only text, a feed item's plain
// description) builds no document element to read, so it is read as the plain text it is.
const ELEMENT_TAG = /<[a-z]/i;

/**
 * The removed parts as records, pushed one by one: `map` makes a holey array once the engine has
 * optimised it and a packed one before, and every reader of `removed` met both and was deoptimised.
 */
function removedSpans(removed: readonly RemovedSpan[]): RemovedSpan[] {
  const out: RemovedSpan[] = [];
  for (const { span, kind, reason } of removed) out.push({ span, kind, reason });
  return out;
}
