import { createHash } from 'node:crypto';

// marsad's own UUID namespace for STIX ids: the same record always gets the same id, so a platform
// that imports two exports updates objects instead of duplicating them.
const NAMESPACE = Buffer.from('6d617273-6164-4000-8000-737469783231'.replace(/-/g, ''), 'hex');

/**
 * A STIX identifier `type--uuid` with a name-based (version 5) UUID.
 *
 * @example stixId('location', 'place:iq:mosul') // 'location--…' the same on every call
 */
export function stixId(type: string, name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${type}\u0000${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${type}--${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
