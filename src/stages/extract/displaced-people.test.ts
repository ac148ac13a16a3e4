import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const islamicState = actorEntity('Islamic State');
const civilians = actorEntity('Civilians', 'group');

describe('people an act sent fleeing', () => {
  it('are no side of the fighting', () => {
    const [event] = resolvedEvents({
      text: 'Heavy fighting between Islamic State and tribal fighters has driven 9,000 villagers to flee Deir Hafer.',
      mentions: [
        ['Islamic State', islamicState],
        ['villagers', civilians],
        ['Deir Hafer', placeEntity('Deir Hafer', 'SY')],
      ],
    });
    expect(event.sub_event_type?.value).toBe('Armed clash');
    expect(event.actor2?.name).not.toBe('Civilians');
  });
});
