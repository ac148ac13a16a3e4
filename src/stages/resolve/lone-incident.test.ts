import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';

const ctx = { referenceDate: null };
const eventsOf = (text: string, mentions: Parameters<typeof fixtureDocument>[0]['mentions'] = []) => {
  const doc = fixtureDocument({ text, published: '2019-04-02', mentions });
  createExtractStage().run(doc, ctx);
  createResolveStage().run(doc, ctx);
  return doc.events!;
};

describe('a short report that dates, counts and names nothing', () => {
  it('keeps its one incident', () => {
    expect(eventsOf('A bomb exploded near a cinema in the old quarter.')).toHaveLength(1);
  });

  it('keeps an incident under a country dateline and places it there', () => {
    const text = 'PERU.  A bomb exploded outside the offices of a mining company. A second device failed.';
    const [e] = eventsOf(text, [['PERU', placeEntity('Peru', 'PE', 'country')]]);
    expect(e.location?.country).toBe('PE');
  });

  it('still drops a bare reference to an attack told elsewhere', () => {
    expect(eventsOf('The attack was condemned by the council.')).toHaveLength(0);
  });

  it('keeps "the explosion" under a country dateline when the entry tells no other incident', () => {
    const text = 'PERU.  The windows of a bank branch were shattered by the explosion.';
    const [e] = eventsOf(text, [['PERU', placeEntity('Peru', 'PE', 'country')]]);
    expect(e?.location?.country).toBe('PE');
    expect(eventsOf('Its front was wrecked by the explosion, the council said.')).toHaveLength(0);
  });

  it('places an incident of an article that names no place in the country its armed group fights in', () => {
    const [e] = eventsOf('Rebels of the Ruritanian Front blew up a pipeline overnight.', [
      ['Ruritanian Front', actorEntity('Ruritanian Front', 'armed-group', 'RT')],
    ]);
    expect(e.location?.country).toBe('RT');
  });
});
