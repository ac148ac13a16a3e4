import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client.js';
import { STRINGS } from '../i18n/strings.js';
import { loadFailureMessage } from './load-failure.js';

describe('a page whose data cannot be loaded', () => {
  it('says a server failure in the interface language, with its status, not the server English', () => {
    const message = loadFailureMessage(new ApiError(502, 'HTTP_502', 'Bad Gateway'));
    expect(message).toBe(STRINGS.en.serverFailed.replace('{status}', '502'));
    expect(message).not.toMatch(/Bad Gateway/);
  });

  it('says the server cannot be reached when no answer came at all', () => {
    expect(loadFailureMessage(new TypeError('Failed to fetch'))).toBe(STRINGS.en.serverUnreachable);
  });

  it('keeps quoting a refusal of what was asked, and says "no such id" for a 404', () => {
    expect(loadFailureMessage(new ApiError(400, 'BAD_QUERY', 'limit must be at most 500'))).toBe(
      'Could not load: limit must be at most 500',
    );
    expect(loadFailureMessage(new ApiError(404, 'NOT_FOUND', 'no event evt_1'))).toBe(STRINGS.en.notFound);
  });

  it('says in the interface language that a key is wanted, not allowed, or used too often', () => {
    const said = (status: number, code: string) =>
      loadFailureMessage(
        new ApiError(status, code, 'no API key: send the header "Authorization: Bearer <key>"'),
      );
    expect(said(401, 'UNAUTHORIZED')).toBe(STRINGS.en.keyNeeded);
    expect(said(403, 'FORBIDDEN')).toBe(STRINGS.en.keyNotAllowed);
    expect(said(429, 'RATE_LIMITED')).toBe(STRINGS.en.tooManyRequests);
  });

  it('does not take a fault in the page itself for an unreachable server', () => {
    expect(loadFailureMessage(new TypeError("Cannot read properties of undefined (reading 'id')"))).toMatch(
      /^Could not load: Cannot read/,
    );
  });
});
