import { describe, expect, it } from 'vitest';
import { attachmentName } from './api-client.js';

describe('attachmentName', () => {
  it('reads the file name the server gives an export, ending and all', () => {
    expect(attachmentName('attachment; filename="marsad-events.stix.json"')).toBe('marsad-events.stix.json');
  });

  it('gives no name when the server gave none, or one with a path in it', () => {
    expect(attachmentName(null)).toBeNull();
    expect(attachmentName('attachment')).toBeNull();
    expect(attachmentName('attachment; filename="../etc/passwd"')).toBeNull();
  });
});
