import { describe, expect, it } from 'vitest';
import { LATIN } from './country-evidence.js';

describe('LATIN', () => {
  it.each(['tripoli', 'Tripoli', 'ALEPPO', 'الموصل', 'موصل z', '', '123', 'é', 'ſ', 'K', '[', '`', '@', '{'])(
    'tells %j as /[a-z]/i does',
    (key) => {
      expect(LATIN.test(key)).toBe(/[a-z]/i.test(key));
    },
  );
});
