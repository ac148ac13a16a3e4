import { describe, expect, it } from 'vitest';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { placedByNationality, tellsMoreVictims } from './mention-traits.js';

/** An event whose evidence is the whole text, its trigger the first occurrence of `trigger`. */
function eventOf(text: string, trigger: string, extra: Partial<EventRecord> = {}): EventRecord {
  const at = text.indexOf(trigger);
  const span: Span = [at, at + trigger.length];
  return {
    id: '',
    event_type: { value: 'Violence against civilians', spans: [span] },
    sub_event_type: { value: 'Attack', spans: [span] },
    date: null,
    timing: null,
    location: null,
    actor1: null,
    actor2: null,
    claimed_by: null,
    fatalities: { value: 1, qualifier: 'exact', spans: [span] },
    injuries: null,
    evidence: [[0, text.length]],
    confidence: 0,
    ...extra,
  };
}

describe('tellsMoreVictims', () => {
  it.each([
    ['His bodyguard was also killed.', 'killed', true],
    ['Another passer-by was wounded.', 'wounded', true],
    ['A guard was killed.', 'killed', false],
    ['Another bomb killed two soldiers.', 'bomb', false],
    ['His nephew was also killed in the attack.', 'attack', true],
  ])('reads "%s" (trigger "%s") as more victims: %s', (text, trigger, more) => {
    expect(tellsMoreVictims(eventOf(text, trigger), text)).toBe(more);
  });

  it('needs a toll to add', () => {
    const text = 'His bodyguard was also killed.';
    expect(tellsMoreVictims(eventOf(text, 'killed', { fatalities: null }), text)).toBe(false);
  });
});

describe('placedByNationality', () => {
  const text = 'Five Kuwaitis were killed.';
  const demonym: Mention = {
    span: [5, 13],
    kind: 'country',
    entity_id: 'country:KW',
    name: 'Kuwait',
    via: 'demonym',
    score: 1,
    place: { precision: 'country', country: 'KW', lat: null, lon: null },
  };
  const doc = { text, mentions: [demonym] } as Document;
  const atKuwait = {
    name: 'Kuwait',
    country: 'KW',
    lat: null,
    lon: null,
    precision: 'country' as const,
    entity_id: 'country:KW',
    spans: [[5, 13]] as Span[],
  };

  it('is true for a toll placed by the nationality of its victims', () => {
    expect(placedByNationality(eventOf(text, 'killed', { location: atKuwait }), doc)).toBe(true);
  });

  it('is false for an arrest of nationals, which keeps their country', () => {
    const arrest = eventOf(text, 'killed', { location: atKuwait, fatalities: null });
    expect(placedByNationality(arrest, doc)).toBe(false);
  });
});
