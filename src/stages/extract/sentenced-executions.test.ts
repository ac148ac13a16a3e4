import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** The sub-type and taker of each event of an Arabic text. */
function events(text: string, mentions: Parameters<typeof fixtureDocument>[0]['mentions']): string[] {
  const doc = fixtureDocument({ text, language: 'ar', mentions });
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map((e) => `${e.sub_event_type?.value} by ${e.actor1?.name ?? '-'}`);
}

describe('a death sentence carried out', () => {
  it('is an attack when an armed group carries it out', () => {
    const text = 'نفذت جماعة الرايات السود حكم الإعدام بحق ستة رعاة في بلدة كولفار يوم الأحد.';
    const mentions: Parameters<typeof fixtureDocument>[0]['mentions'] = [
      ['جماعة الرايات السود', actorEntity('Black Banners')],
      ['كولفار', placeEntity('Kolvar', 'RT')],
    ];
    expect(events(text, mentions)).toEqual(['Attack by Black Banners']);
  });

  it('is no incident when the state carries it out after a trial', () => {
    const text = 'نفذت السلطات حكم الإعدام بحق ستة مدانين في سجن كولفار يوم الأحد.';
    expect(events(text, [['كولفار', placeEntity('Kolvar', 'RT')]])).toEqual([]);
  });
});
