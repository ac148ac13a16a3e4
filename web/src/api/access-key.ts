/**
 * The API key the reader gave this tab when the server asks for one (`marsad keys create`). It lives in
 * sessionStorage: closing the tab forgets it, so a key typed on a shared machine does not outlive the
 * session, and it is only ever sent to this page's own server.
 */
const STORAGE_KEY = 'marsad.apiKey';
/** Fired on window when the API refused a request for want of a valid key; `detail.refused` when one was sent. */
export const KEY_NEEDED = 'marsad:key-needed';

/** @example accessKey() === null // no key given yet */
export function accessKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** @example rememberAccessKey('mk_reader_…') */
export function rememberAccessKey(key: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Storage refused (a private window's quota): the key cannot be kept, and the server will ask again.
  }
}

/** Drops a key the server no longer accepts, so the reader is asked for another instead of refused forever. */
function forgetAccessKey(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept.
  }
}

/** The headers every API request carries: the key, when the reader gave one. */
export function keyHeaders(): Record<string, string> {
  const key = accessKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

/**
 * Tells the shell the server wants a key (it shows the key form). A key that was sent and refused is
 * forgotten first.
 */
export function announceKeyNeeded(): void {
  const refused = accessKey() !== null;
  if (refused) forgetAccessKey();
  window.dispatchEvent(new CustomEvent(KEY_NEEDED, { detail: { refused } }));
}
