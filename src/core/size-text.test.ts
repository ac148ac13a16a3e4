import { describe, expect, it } from 'vitest';
import { sizeText } from './size-text.js';

describe('sizeText', () => {
  it('speaks of megabytes from one megabyte up', () => {
    expect(sizeText(8 * 1024 * 1024)).toBe('8.0 MB');
    expect(sizeText(1024 * 1024)).toBe('1.0 MB');
  });

  it('keeps a small limit readable in kilobytes', () => {
    expect(sizeText(256)).toBe('0.3 KB');
    expect(sizeText(1024 * 1024 - 1)).toBe('1024.0 KB');
  });
});
