import { MarsadError } from '../../core/errors.js';
import { sizeText } from '../../core/size-text.js';
import type { InputHints, RawInput } from '../../core/records.js';

export interface FetchOptions {
  maxBytes: number;
  timeoutMs?: number;
}

/**
 * Fetches one URL as a raw input: format and charset from the Content-Type header, size capped while
 * reading (a page over the limit is refused, not truncated), the final URL after redirects as a hint.
 *
 * @example const raw = await fetchRawInput('http://127.0.0.1:8000/article.html', { maxBytes: 8e6 });
 */
export async function fetchRawInput(
  url: string,
  options: FetchOptions,
  hints: InputHints = {},
): Promise<RawInput> {
  let response: Response;
  const timeoutMs = options.timeoutMs ?? 20_000;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'user-agent': 'marsad/0.1 (+news event extraction)',
        accept: 'text/html,text/plain,*/*;q=0.5',
      },
    });
  } catch (e) {
    throw new MarsadError('INPUT_UNREADABLE', `${url}: could not fetch (${fetchProblem(e, timeoutMs)})`);
  }
  if (!response.ok)
    throw new MarsadError('INPUT_UNREADABLE', `${url}: the server answered HTTP ${response.status}`);
  const bytes = await readCapped(response, url, options.maxBytes);
  const contentType = response.headers.get('content-type') ?? '';
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const format: RawInput['format'] = /html|xml/i.test(contentType)
    ? 'html'
    : /text\/plain/i.test(contentType)
      ? 'text'
      : 'auto';
  return { bytes, format, charset, hints: { url: response.url || url, ...hints } };
}

// Node's fetch says only "fetch failed"; the reason a user can act on is in its cause: a system error code
// (named here in words) or, for TLS and the rest, the cause's own message.
const NETWORK_PROBLEM: Record<string, string> = {
  ECONNREFUSED: 'connection refused: nothing listens at that address and port',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up (no DNS answer)',
};

function fetchProblem(e: unknown, timeoutMs: number): string {
  const error = e as Error & { cause?: { code?: string; message?: string } };
  if (error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const code = error.cause?.code;
  return (code && NETWORK_PROBLEM[code]) ?? error.cause?.message ?? error.message;
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  const tooLarge = () =>
    new MarsadError('INPUT_TOO_LARGE', `${url}: the page is over the ${sizeText(maxBytes)} limit`);
  if (declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  // Node's fetch body is an async-iterable web stream; the DOM typings do not say so.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
