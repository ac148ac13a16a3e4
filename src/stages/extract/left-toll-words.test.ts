import { describe, expect, it } from 'vitest';
import { readTollAt } from './fixture-toll-reading.js';
import { leftRole } from './left-toll-words.js';

describe('leftRole: the fate of a count the verb "leave" takes', () => {
  it.each([
    ['The shelling left 35 people dead in the old town', 'killed'],
    ['The blast left at least 35 bystanders wounded', 'injured'],
    ['The strike on the camp left 35 people including 12 children dead', 'killed'],
    ['The storm left 35 families homeless', undefined],
    ['Rebels took 35 hostages and left them dead', undefined],
  ])('reads "%s" as %s', (text, role) => {
    const at = text.indexOf('35');
    expect(leftRole(text, [at, at + 2])).toBe(role);
  });

  it('gives the fate to the whole count, before the part "including" tells', () => {
    const text = 'The air strike left 35 people including 12 children dead.';
    expect(readTollAt(text, '35', 35).role).toBe('killed');
  });
});
