import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { demonymEntity, placeEntity } from './fixture-entities.js';

// The country a diplomatic mission serves is never where an incident at the mission happened.
describe('an incident at a mission is not placed in the country the mission serves', () => {
  it('a bomb at "the Norwegian Embassy" is left unplaced rather than put in Norway', () => {
    const [event] = resolvedEvents({
      text: 'A grenade exploded by the gate of the Norwegian Embassy.',
      mentions: [['Norwegian', demonymEntity('Norwegian', 'NO')]],
    });
    expect(event.sub_event_type?.value).toBe('Grenade');
    expect(event.location).toBeNull();
  });

  it('"the embassy of Norway" by name: the country the article names besides it wins', () => {
    const [event] = resolvedEvents({
      text: 'Gunmen shot at a van of the embassy of Norway. Police in Tarsia blamed a local gang.',
      mentions: [
        ['Norway', placeEntity('Norway', 'NO', 'country')],
        ['Tarsia', placeEntity('Tarsia', 'TZ', 'country')],
      ],
    });
    expect(event.location?.country).toBe('TZ');
  });
});
