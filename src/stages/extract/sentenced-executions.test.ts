import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** The sub-type and taker of each event of a text (Arabic unless told). */
function events(
  text: string,
  mentions: Parameters<typeof fixtureDocument>[0]['mentions'],
  language: 'ar' | 'en' = 'ar',
): string[] {
  const doc = fixtureDocument({ text, language, mentions });
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

  it('is an attack in English too when an armed group is blamed for it, and none when a state carries it out', () => {
    const front = actorEntity('Kolvar Liberation Front');
    const blamed = 'Officials blamed the Kolvar Liberation Front for the execution of a village head.';
    expect(events(blamed, [['Kolvar Liberation Front', front]], 'en')).toEqual([
      'Attack by Kolvar Liberation Front',
    ]);
    const hanged =
      'Crowds gathered outside the prison before the execution of a convicted smuggler in Kolvar.';
    expect(events(hanged, [['Kolvar', placeEntity('Kolvar', 'RT')]], 'en')).toEqual([]);
  });
});
