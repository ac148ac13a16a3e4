import { describe, expect, it } from 'vitest';
import { NOMINATIVE_PLURAL, OBLIQUE_PLURAL } from './arabic-particles.js';

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

describe('NOMINATIVE_PLURAL', () => {
  it.each(['المسلحون', 'مسلحون', 'مجهولون', 'الحوثيون'])(
    'takes «%s» for a plural in the nominative',
    (word) => expect(NOMINATIVE_PLURAL.test(word)).toBe(true),
  );
  it.each(['المسلحين', 'الجنود', 'عيون'])('does not take «%s»', (word) =>
    expect(NOMINATIVE_PLURAL.test(word)).toBe(false),
  );
});
