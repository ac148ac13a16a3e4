import { MarsadError } from '../../core/errors.js';
import type { EventFilter } from '../../core/ports.js';

export type EventSort = NonNullable<EventFilter['sort']>;

/** Where a page ended: the sort key and id of its last event. Opaque to clients. */
export interface CursorPosition {
  sort: EventSort;
  key: string | number;
  id: string;
}

/**
 * @example decodeCursor(encodeCursor({ sort: '-date', key: '2024-03-01', id: 'e1' }), '-date').id === 'e1'
 */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.key, position.id])).toString('base64url');
}

/** Throws BAD_REQUEST naming `cursor` when it is not one this store issued for the same sort. */
export function decodeCursor(cursor: string, sort: EventSort): CursorPosition {
  const parsed = parseCursor(cursor);
  if (!parsed) throw new MarsadError('BAD_REQUEST', 'cursor: not a cursor returned by this API');
  if (parsed[0] !== sort) {
    throw new MarsadError('BAD_REQUEST', `cursor: it was issued for sort "${parsed[0]}", not "${sort}"`);
  }
  return { sort, key: parsed[1], id: parsed[2] };
}

function parseCursor(cursor: string): [unknown, string | number, string] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [sort, key, id] = parsed as unknown[];
  if ((typeof key !== 'string' && typeof key !== 'number') || typeof id !== 'string') return null;
  return [sort, key, id];
}
