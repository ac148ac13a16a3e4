import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { fixtureDocument } from '../extract/fixture-document.js';
import { eventRecord, place } from './placed-fixture.js';
import { resolveEvents } from './index.js';

const TEXT =
  'Allied bombers hit Tell Nasri with raids on Friday, killing seven civilians, medics said. ' +
  'Among the civilians killed in Tell Nasri were two shepherds, the medics said. ' +
  'An air force colonel said the raids focused on a fuel depot.';

const at = (word: string, from = 0): Span => {
  const s = TEXT.indexOf(word, from);
  return [s, s + word.length];
};
const tellNasri = (from = 0) => ({ ...place('Tell Nasri'), spans: [at('Tell Nasri', from)] });
const friday = { value: '2025-03-14', precision: 'day' as const, spans: [at('Friday')] };
const civilians = (span: Span) => ({ name: 'Civilians', entity_id: 'actor:civilians', spans: [span] });
const second = TEXT.indexOf('Among');
const third = TEXT.indexOf('An air force');

/** The strike of the first sentence, and the attack the next two tell by its victims and `noun`. */
function tellings(noun: string, extra: Partial<EventRecord> = {}): EventRecord[] {
  const strike = eventRecord('Air/drone strike', at('raids'), [0, second - 1], {
    location: tellNasri(),
    date: friday,
    actor1: { name: 'Allied Forces', entity_id: 'actor:allied', spans: [at('Allied bombers')] },
    actor2: civilians(at('civilians')),
    fatalities: { value: 7, qualifier: 'exact', spans: [at('seven civilians')] },
  });
  const attack = eventRecord('Attack', at('killed', second), [second, TEXT.length], {
    location: tellNasri(second),
    date: friday,
    actor1: {
      name: 'Military Forces of Nowhere',
      entity_id: 'actor:forces:xx:military',
      spans: [at('air force')],
    },
    actor2: civilians(at('civilians', second)),
    ...extra,
  });
  attack.sub_event_type!.spans.push(at(noun, third));
  return [strike, attack];
}

function resolved(events: EventRecord[]): EventRecord[] {
  const doc = fixtureDocument({ text: TEXT, mentions: [] });
  doc.events = events;
  return resolveEvents(doc, { referenceDate: '2025-03-15' });
}

describe('an attack told only by the victims of raids and "the raids"', () => {
  it('is the air strike at its town on its day', () => {
    const events = resolved(tellings('raids'));
    expect(events.map((e) => e.sub_event_type?.value)).toEqual(['Air/drone strike']);
    expect(events[0].actor1?.name).toBe('Allied Forces');
    expect(events[0].fatalities?.value).toBe(7);
  });

  it('is the strike too when neither telling names its day yet', () => {
    const [strike, attack] = tellings('raids', { date: null });
    expect(resolved([{ ...strike, date: null }, attack])).toHaveLength(1);
  });

  it('stays apart when it counts dead of its own', () => {
    const own = { fatalities: { value: 2, qualifier: 'exact' as const, spans: [at('two shepherds')] } };
    expect(resolved(tellings('raids', own))).toHaveLength(2);
  });

  it('stays apart when no noun of raids points back', () => {
    expect(resolved(tellings('depot'))).toHaveLength(2);
  });
});
