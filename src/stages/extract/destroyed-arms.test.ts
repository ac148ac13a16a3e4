import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const coalition = actorEntity('US-led Coalition', 'state-forces');
const islamicState = actorEntity('Islamic State');
const raqqa = placeEntity('Raqqa', 'SY');

describe('bombs and shells a side destroyed', () => {
  it('are the target of its strikes, not a bombing by their owners', () => {
    const [event, ...rest] = resolvedEvents({
      text:
        'Allied jets carried out nine strikes on Friday and destroyed four Islamic State trucks, a tank and ' +
        'three car bombs outside Raqqa, the US-led coalition said.',
      mentions: [
        ['Islamic State', islamicState],
        ['US-led coalition', coalition],
        ['Raqqa', raqqa],
      ],
    });
    expect(rest).toEqual([]);
    expect(event.sub_event_type?.value).toBe('Air/drone strike');
    expect(event.actor1?.name).not.toBe('Islamic State');
  });

  it('keep a bomb that did the destroying its blast', () => {
    const events = resolvedEvents({
      text: 'Militants destroyed a police post with two car bombs outside Raqqa on Friday.',
      mentions: [['Raqqa', raqqa]],
    });
    expect(events.map((e) => e.sub_event_type?.value)).toEqual(['Remote explosive/landmine/IED']);
  });
});
