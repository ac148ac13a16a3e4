import { ApiError } from '../api/api-client.js';
import { t } from '../i18n/locale.js';

/** What browsers' fetch says when no answer came at all (Chromium, Firefox, Safari, Node). */
const NO_ANSWER = /failed to fetch|networkerror|load failed|fetch failed/i;

/**
 * What the reader is told when a page's data cannot be loaded, in the interface language. The server's
 * own messages are English and written for API users: only a refusal of what was asked (a 400) is worth
 * quoting; a server failure, no answer at all, a missing or insufficient key and too many requests are said
 * in the reader's language with what to do.
 *
 * @example loadFailureMessage(new ApiError(503, 'HTTP_503', 'Service Unavailable')) // 'The marsad server failed …'
 */
export function loadFailureMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 404) return t('notFound');
    if (err.status === 401) return t('keyNeeded');
    if (err.status === 403) return t('keyNotAllowed');
    if (err.status === 429) return t('tooManyRequests');
    if (err.status >= 500) return t('serverFailed', { status: err.status });
  } else if (err instanceof TypeError && NO_ANSWER.test(err.message)) {
    return t('serverUnreachable');
  }
  return t('loadFailed', { msg: err instanceof Error ? err.message : String(err) });
}
