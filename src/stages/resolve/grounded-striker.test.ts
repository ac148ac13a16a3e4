import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/records.js';
import { fixtureDocument, type FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';

const ctx = { referenceDate: null };

/** The air strikes the pipeline reads in `text`, in text order. */
function airStrikes(text: string, mentions: FixtureSpec['mentions']): EventRecord[] {
  const doc = fixtureDocument({ text, published: '2016-03-02', mentions });
  createExtractStage().run(doc, ctx);
  createResolveStage().run(doc, ctx);
  return doc.events!.filter((e) => e.sub_event_type?.value === 'Air/drone strike');
}

/** actor1 and actor2 of the air strike the pipeline reads in `text`. */
function strikeSides(text: string, mentions: FixtureSpec['mentions']): [string?, string?] {
  const strike = airStrikes(text, mentions)[0];
  if (!strike) throw new Error(`no air strike in: ${text}`);
  return [strike.actor1?.name, strike.actor2?.name];
}

const idlib = placeEntity('Idlib', 'SY');
const abha = placeEntity('Abha', 'SA');

describe('an armed group named beside an air strike', () => {
  it('is the side hit, and the coalition the sentence names flew the strike', () => {
    const text =
      'اقتحم مسلحو جبهة النصرة قرية قرب إدلب أمس، تزامنا مع غارات نفذتها طائرات الائتلاف الدولي على القرية.';
    const mentions: FixtureSpec['mentions'] = [
      ['جبهة النصرة', actorEntity('Al-Nusra Front')],
      ['إدلب', idlib],
      ['الائتلاف الدولي', actorEntity('US-led Coalition')],
    ];
    expect(strikeSides(text, mentions)).toEqual(['US-led Coalition', 'Al-Nusra Front']);
  });

  it('flew no strike whose target is already told', () => {
    const text = 'هاجمت جبهة النصرة مواقع الجيش قرب إدلب أمس، وترافقت المعارك مع غارات جوية على المنطقة.';
    const mentions: FixtureSpec['mentions'] = [
      ['جبهة النصرة', actorEntity('Al-Nusra Front')],
      ['الجيش', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
      ['إدلب', idlib],
    ];
    expect(strikeSides(text, mentions)[0]).toBeUndefined();
  });

  it('keeps a group that struck with a drone', () => {
    const text = 'شن الحوثيون غارة بطائرة مسيرة على مطار أبها أمس.';
    const mentions: FixtureSpec['mentions'] = [
      ['الحوثيون', actorEntity('Houthi Movement')],
      ['أبها', abha],
    ];
    expect(strikeSides(text, mentions)[0]).toBe('Houthi Movement');
  });

  it('keeps an air-war coalition as the striker', () => {
    const text = 'شنت طائرات التحالف غارات على مواقع الحوثيين قرب أبها أمس.';
    const mentions: FixtureSpec['mentions'] = [
      ['التحالف', actorEntity('Saudi-led Coalition')],
      ['الحوثيين', actorEntity('Houthi Movement')],
      ['أبها', abha],
    ];
    expect(strikeSides(text, mentions)).toEqual(['Saudi-led Coalition', 'Houthi Movement']);
  });

  it('keeps a group whose "strikes" its telling puts in no aircraft', () => {
    const text = 'The Northern Front carried out strikes on army posts near Idlib, killing four soldiers.';
    const mentions: FixtureSpec['mentions'] = [
      ['Northern Front', actorEntity('Northern Front')],
      ['Idlib', idlib],
    ];
    expect(strikeSides(text, mentions)[0]).toBe('Northern Front');
  });

  it('does not keep a group carried over from another incident as a drone pilot', () => {
    const text =
      'The deputy head of the Northern Front and nine other fighters died in air raids on Monday in Idlib province. ' +
      'On Friday a drone strike near Raqqa killed a field commander, the monitor said.';
    const drone = airStrikes(text, [
      ['Northern Front', actorEntity('Northern Front')],
      ['Idlib', idlib],
      ['Raqqa', placeEntity('Raqqa', 'SY')],
    ]).at(-1)!;
    expect(drone.evidence.some(([from, to]) => text.slice(from, to).includes('drone'))).toBe(true);
    // No coalition is told, so the strike has no striker; the group is the side it hit.
    expect([drone.actor1?.name, drone.actor2?.name]).toEqual([undefined, 'Northern Front']);
  });
});
