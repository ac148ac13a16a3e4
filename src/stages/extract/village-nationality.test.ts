import { describe, expect, it } from 'vitest';
import { demonymEntity, placeEntity } from './fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const where = (e: { location: { name: string; country: string | null } | null }) =>
  e.location && `${e.location.name} ${e.location.country}`;

describe('a village told with its nationality', () => {
  it('reads "the southern Lebanese village of X" as X, in Lebanon, not the doer’s country', () => {
    const text =
      'An Israeli drone strike killed two people in the southern Lebanese village of Qarbun al-Nahr.';
    const events = resolvedEvents({
      text,
      mentions: [
        ['Israeli', demonymEntity('Israel', 'IL')],
        ['Lebanese', demonymEntity('Lebanon', 'LB')],
        ['Nahr', placeEntity('Nahr', 'IQ', 'town')],
      ],
    });
    expect(events.map(where)).toEqual(['Qarbun al-Nahr LB']);
    expect(events[0].location?.spans).toContainEqual([text.indexOf('Lebanese'), text.indexOf(' village')]);
  });

  it('reads «بلدة X اللبنانية» as X, in Lebanon, not the country of the strike’s nationality', () => {
    const text = 'قتل مدنيان بغارة إسرائيلية على بلدة قربون النهر اللبنانية الثلاثاء.';
    const events = resolvedEvents({
      text,
      mentions: [
        ['إسرائيلية', demonymEntity('Israel', 'IL')],
        ['اللبنانية', demonymEntity('Lebanon', 'LB')],
      ],
    });
    expect(events.map(where)).toEqual(['Qarbun LB']);
  });

  it('keeps the clause’s country for a village whose nationality is told apart from its noun', () => {
    const text =
      'Lebanese officials said an Israeli drone strike killed two people in the village of Qarbun near Gaza.';
    const events = resolvedEvents({
      text,
      mentions: [
        ['Lebanese', demonymEntity('Lebanon', 'LB')],
        ['Israeli', demonymEntity('Israel', 'IL')],
        ['Gaza', placeEntity('Gaza', 'PS')],
      ],
    });
    expect(events.map(where)).toEqual(['Qarbun PS']);
  });
});
