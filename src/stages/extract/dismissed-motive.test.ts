import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

// A crime word set aside as the motive does not make the story one of ordinary crime.
describe('a crime named only to be ruled out', () => {
  it('keeps a killing whose story names a crime only to set it aside as the motive', () => {
    const medellin: FixtureSpec['mentions'] = [['Medellin', placeEntity('Medellin', 'CO')]];
    const story = (after: string) =>
      subTypesOf({ text: `Two riders shot dead a notary in Medellin. ${after}`, mentions: medellin });
    expect(story('Investigators said robbery was unlikely, as his wallet was left on him.')).toEqual([
      'Attack',
    ]);
    expect(story('Investigators have ruled out robbery.')).toEqual(['Attack']);
    expect(story('The mayor discarded any thought of armed robbery.')).toEqual(['Attack']);
    expect(story('They took his wallet in the robbery.')).toEqual([]);
    const arabic = subTypesOf({
      text: 'قتل رجلان موظفا في مدينة اللاذقية. واستبعدت الشرطة دافع السرقة.',
      mentions: [['اللاذقية', placeEntity('Latakia', 'SY')]],
    });
    expect(arabic).toEqual(['Attack']);
  });
});
