import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

describe('people held at a protest or a riot', () => {
  it.each([
    ['As many as 124 VHP workers were detained in Gaya during the bandh.', 'Gaya', 'IN'],
    ['Police arrested 30 youths in Srinagar amid the protests.', 'Srinagar', 'IN'],
    ['The activists were arrested in Howrah while taking out "anti-terrorism" processions.', 'Howrah', 'IN'],
    ['Police arrested 20 workers in Patna while they were staging a dharna.', 'Patna', 'IN'],
    ['300 activists were arrested in Kolkata for defying a ban by taking out processions.', 'Kolkata', 'IN'],
    ['واعتقلت الشرطة عشرين شخصا في البصرة خلال المظاهرات.', 'البصرة', 'IQ'],
  ])('are no arrest event of their own: %s', (text, town, country) => {
    expect(subTypesOf({ text, mentions: [[town, placeEntity(town, country)]] })).not.toContain('Arrests');
  });

  it.each([
    ['Police arrested 40 people in Vadodara in connection with the riots.', 'Vadodara', 'IN'],
    ['Police arrested 12 suspects in Gaya during a raid.', 'Gaya', 'IN'],
    ['Police arrested 12 men in Gaya while they were hiding after the riots.', 'Gaya', 'IN'],
    ['Five men were arrested in Gaya by the police for the rally violence.', 'Gaya', 'IN'],
  ])('leave an arrest operation told in its own right: %s', (text, town, country) => {
    expect(subTypesOf({ text, mentions: [[town, placeEntity(town, country)]] })).toEqual(['Arrests']);
  });
});
