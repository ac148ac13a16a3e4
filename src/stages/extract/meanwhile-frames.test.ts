import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

describe('a clause set beside another "meanwhile" tells an incident of its own', () => {
  it('keeps a strike after «، في وقت» apart from the shelling just before it, each at its own town', () => {
    const text =
      'قصفت مدفعية الحوثيين حي المشنة بمدينة إب، في وقت شنت مقاتلات التحالف غارات على مخزن للسلاح قرب ذمار.';
    const events = resolvedEvents({
      text,
      mentions: [
        ['الحوثيين', actorEntity('Houthi Movement')],
        ['إب', placeEntity('Ibb', 'YE')],
        ['مقاتلات التحالف', actorEntity('Saudi-led Coalition')],
        ['ذمار', placeEntity('Dhamar', 'YE')],
      ],
    });
    expect(events.map((e) => [e.sub_event_type?.value, e.location?.name, e.actor1?.name])).toEqual([
      ['Shelling/artillery/missile attack', 'Ibb', 'Houthi Movement'],
      ['Air/drone strike', 'Dhamar', 'Saudi-led Coalition'],
    ]);
  });
});
