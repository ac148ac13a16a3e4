import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import type { FixtureSpec } from './fixture-document.js';

const surat: NonNullable<FixtureSpec['mentions']>[number] = ['Surat', placeEntity('Surat', 'IN')];
const paramilitary = actorEntity('Police Forces of India', 'state-forces', 'IN');

describe('a force sent to an incident', () => {
  it('did not set the fires it was dispatched to', () => {
    const text = 'The paramilitary was dispatched into Surat, where shops were looted and burned overnight.';
    expect(actorsOf({ text, mentions: [['The paramilitary', paramilitary], surat] })).toEqual([
      undefined,
      'Civilians',
    ]);
  });

  it('is not the side a mob it was rushed in after faced', () => {
    const text = 'The paramilitary was rushed into Surat after a mob torched a bus.';
    expect(actorsOf({ text, mentions: [['The paramilitary', paramilitary], surat] })).toEqual([
      'Rioters (India)',
      undefined,
    ]);
  });

  it('stays the side that acts once there', () => {
    const text = 'The paramilitary was deployed to Surat and opened fire on the marchers.';
    expect(actorsOf({ text, mentions: [['The paramilitary', paramilitary], surat] })[0]).toBe(
      'Police Forces of India',
    );
  });
});
