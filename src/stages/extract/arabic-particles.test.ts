import { describe, expect, it } from 'vitest';
import { OBLIQUE_PLURAL } from './arabic-particles.js';

describe('OBLIQUE_PLURAL', () => {
  it.each(['المتمردين', 'مسلحين', 'الحوثيين', 'والمسلحين', 'الانفصاليين'])(
    'takes «%s» for a plural in the accusative or genitive',
    (word) => expect(OBLIQUE_PLURAL.test(word)).toBe(true),
  );
  it.each(['المتمردون', 'مسلحون', 'فلسطين', 'حسين', 'البحرين', 'للحوثيين', 'الجيش'])(
    'does not take «%s»',
    (word) => expect(OBLIQUE_PLURAL.test(word)).toBe(false),
  );
});
