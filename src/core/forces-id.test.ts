import { describe, expect, it } from 'vitest';
import { forcesId, isPoliceId } from './forces-id.js';

describe('forces ids', () => {
  it('builds a state force id from its country and kind', () => {
    expect(forcesId('TR', true)).toBe('actor:forces:tr:police');
    expect(forcesId('IQ', false)).toBe('actor:forces:iq:military');
  });

  it("tells a state's police from its military and from other actors", () => {
    expect(isPoliceId(forcesId('EG', true))).toBe(true);
    expect(isPoliceId(forcesId('EG', false))).toBe(false);
    expect(isPoliceId('actor:group:police')).toBe(false);
  });
});
