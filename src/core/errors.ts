/**
 * The error catalogue: every failure marsad reports has a stable code, a message that names the input
 * and the problem, and a hint that says what to do. The CLI maps codes to exit statuses, the API to HTTP.
 */
export const ERROR_CATALOGUE = {
  INPUT_EMPTY: { http: 400, hint: 'There is no text to read; check the file or the request body.' },
  INPUT_BINARY: { http: 415, hint: 'marsad reads text, HTML and JSON; this looks like a binary file.' },
  INPUT_TOO_LARGE: {
    http: 413,
    hint: 'Split the input, or raise the limit with --max-bytes or MARSAD_MAX_BYTES.',
  },
  ARTICLE_TOO_LONG: {
    http: 413,
    hint: 'One article is analysed at a time and this is far longer than an article; split it into articles (one file or JSON Lines record each).',
  },
  INPUT_UNREADABLE: {
    http: 400,
    hint: 'The path or URL cannot be read: check the name, the permissions, or the network and the server.',
  },
  INPUT_BAD_JSON: {
    http: 400,
    hint: 'Each .json file or .jsonl line must be one valid JSON object with a "text" or "html" field.',
  },
  INPUT_COMPACT: {
    http: 422,
    hint: 'Compact output (`marsad extract --compact`) leaves out the article text, sentences and mentions that are stored with the events: ingest the articles themselves.',
  },
  EVAL_BAD_JSON: {
    http: 400,
    hint: 'Gold and predictions are JSON Lines, one object a line: gold in the format of docs/eval.md, predictions as `marsad extract` prints them.',
  },
  INPUT_BAD_FEED: {
    http: 400,
    hint: 'The RSS or Atom feed does not parse (cut short, or not a feed); fix the file or check the URL.',
  },
  INPUT_UNSUPPORTED: {
    http: 415,
    hint: 'Supported: .txt, .html, .json, .jsonl, .warc (.warc.gz), and RSS or Atom feeds or sitemaps as .xml.',
  },
  NO_MAIN_TEXT: { http: 422, hint: 'No article text was found (a navigation page, or only boilerplate).' },
  DECODE_REPLACED: { http: 200, hint: 'Some bytes were not valid in the detected encoding.' },
  INPUT_TRUNCATED: {
    http: 200,
    hint: 'The input ends before its own length says it should; what was there was read. Fetch or copy it again for the rest.',
  },
  FEED_TEXT_USED: {
    http: 200,
    hint: "The item's page could not be fetched, so the feed's own text of the item (often a summary) was read instead.",
  },
  STAGE_FAILED: { http: 500, hint: 'A stage failed on this document; the batch went on.' },
  PIPELINE_CONTRACT: { http: 500, hint: 'A stage reads a field no earlier stage writes.' },
  STORE_FAILED: { http: 500, hint: 'The store rejected the write; nothing of this article was stored.' },
  STORE_BUSY: {
    http: 503,
    hint: 'Wait until the other process says the upgrade is done, then run the command again.',
  },
  CONFIG_INVALID: { http: 500, hint: 'Fix the configuration value named in the message.' },
  KB_INVALID: { http: 500, hint: 'A knowledge-base file has a malformed line; the message names it.' },
  BAD_REQUEST: { http: 400, hint: 'A parameter is missing or malformed; the message names it.' },
  NOT_FOUND: { http: 404, hint: 'No record has that id.' },
  UNAUTHORIZED: { http: 401, hint: 'Send a valid API key in the Authorization header.' },
  FORBIDDEN: { http: 403, hint: "The key's role does not allow this." },
  RATE_LIMITED: { http: 429, hint: 'Too many requests with this key; wait as the Retry-After header says.' },
  INTERNAL: { http: 500, hint: 'An unexpected failure; the server log has the details.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/**
 * @example throw new MarsadError('INPUT_BINARY', 'photo.jpg: 38% control bytes in the first 4 KB')
 */
export class MarsadError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MarsadError';
    this.code = code;
  }
  get hint(): string {
    return ERROR_CATALOGUE[this.code].hint;
  }
  get httpStatus(): number {
    return ERROR_CATALOGUE[this.code].http;
  }
}

/**
 * A record of `marsad extract --compact` output handed to storing, named by `where` (its source, or its
 * file and line): without the article text its events cannot be stored, nor searched, nor shown in context.
 *
 * @example throw compactRecordError('out.jsonl:3')
 */
export function compactRecordError(where: string): MarsadError {
  return new MarsadError(
    'INPUT_COMPACT',
    `${where}: \`marsad extract --compact\` output (events without their article's text) cannot be stored`,
  );
}

/** Whether `e` is one of marsad's own errors, so callers can show its code and hint instead of a stack. */
export function isMarsadError(e: unknown): e is MarsadError {
  return e instanceof MarsadError;
}
