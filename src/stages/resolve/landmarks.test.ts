import { describe, expect, it } from 'vitest';
import type { Document, Mention } from '../../core/records.js';
import { landmarksOf, placeMeasuredFrom } from './landmarks.js';
import { eventRecord, place } from './placed-fixture.js';

/** A mention of the town `id` on the words `words` of `text` (their first occurrence from `from`). */
function town(text: string, words: string, id: string, from = 0): Mention {
  const start = text.indexOf(words, from);
  return {
    span: [start, start + words.length],
    entity_id: id,
    kind: 'city',
    name: id,
    via: 'name',
    score: 1,
  };
}

/** The landmarks of an event placed at `site` in `text`, given the text's town mentions. */
function landmarksAt(text: string, site: string, mentions: Mention[]): string[] {
  const start = text.indexOf(site);
  const location = { ...place(site), spans: [[start, start + site.length]] as [number, number][] };
  const event = eventRecord('Air/drone strike', [0, 1], [0, text.length], { location });
  const doc: Document = { source: '', text, mentions, diagnostics: [] };
  return landmarksOf(event, doc);
}

describe('the landmarks a telling finds its place by', () => {
  it('reads a bearing from the bare capital as the town the article calls the capital elsewhere', () => {
    const text =
      'Jets bombed Kalos, and blasts rocked the capital. They hit a depot in Vira west of the capital.';
    const capital = town(text, 'capital', 'place:kalos');
    expect(landmarksAt(text, 'Vira', [town(text, 'Kalos', 'place:kalos'), capital])).toEqual(['place:kalos']);
  });

  it('reads «غربي العاصمة» the same way', () => {
    const text =
      'قصفت الطائرات مواقع في كالوس وهزت الانفجارات العاصمة. واستهدفت الغارات معسكرا في فيرا غربي العاصمة.';
    const capital = town(text, 'العاصمة', 'place:kalos');
    expect(landmarksAt(text, 'فيرا', [capital])).toEqual(['place:kalos']);
  });

  it('finds no capital when the article calls two towns the capital, or none', () => {
    const text =
      'Blasts rocked the capital, then the capital again. A depot in Vira west of the capital burned.';
    const two = [town(text, 'capital', 'place:kalos'), town(text, 'capital', 'place:mora', 30)];
    expect(landmarksAt(text, 'Vira', two)).toEqual([]);
    expect(landmarksAt(text, 'Vira', [])).toEqual([]);
  });

  /** A mention of `words` placed as a town or a region of `country`. */
  const placed = (
    text: string,
    words: string,
    id: string,
    precision: 'town' | 'region',
    from = 0,
  ): Mention => ({
    ...town(text, words, id, from),
    name: words,
    place: { country: 'YE', lat: null, lon: null, precision },
  });

  it('finds a village in the countryside of a province by the town the province is named after too', () => {
    const text =
      'Twenty killed in Ostmark. A clash at Kefra in the countryside of Ostmark province killed 20.';
    const mentions = [
      placed(text, 'Ostmark', 'place:ostmark', 'town'),
      placed(text, 'Ostmark', 'region:ostmark', 'region', 30),
    ];
    expect(landmarksAt(text, 'Kefra', mentions)).toEqual(['region:ostmark', 'place:ostmark']);
  });

  it('adds no town of another name, and none for a landmark that is a town', () => {
    const text =
      'Twenty killed in Rampur. A clash at Kefra in the countryside of Ostmark province killed 20.';
    const other = [
      placed(text, 'Rampur', 'place:rampur', 'town'),
      placed(text, 'Ostmark', 'region:ostmark', 'region'),
    ];
    expect(landmarksAt(text, 'Kefra', other)).toEqual(['region:ostmark']);
    const seat = 'Twenty killed in Ostmark. A clash at Kefra near Ostmark killed 20.';
    const towns = [
      placed(seat, 'Ostmark', 'place:ostmark', 'town'),
      placed(seat, 'Ostmark', 'place:ostmark', 'town', 30),
    ];
    expect(landmarksAt(seat, 'Kefra', towns)).toEqual(['place:ostmark']);
  });

  it('adds no seat for a province a site is only measured from', () => {
    const text = 'A car bomb killed 12 in Ostmark. Another hurt nine in Kefra, just north of Ostmark.';
    const mentions = [
      placed(text, 'Ostmark', 'place:ostmark', 'town'),
      placed(text, 'Ostmark', 'region:ostmark', 'region', 40),
    ];
    expect(landmarksAt(text, 'Kefra', mentions)).toEqual(['region:ostmark']);
  });

  it('reads a town told only as what the scene lies some distance from as no place of the telling', () => {
    const placedAt = (text: string, words: string) => {
      const start = text.indexOf(words);
      const location = { ...place(words), spans: [[start, start + words.length]] as [number, number][] };
      return eventRecord('Remote explosive/landmine/IED', [0, 1], [0, text.length], { location });
    };
    const english = 'The blast hit the village, some 12 kilometres away from the town of Ostrava.';
    expect(placeMeasuredFrom(placedAt(english, 'Ostrava'), english)).toBe(true);
    const arabic =
      'ووقع الانفجار في القرية التي تقع على بعد نحو ثمانية كيلومترات من بلدة تل سمان (كفرنا) الحدودية.';
    expect(placeMeasuredFrom(placedAt(arabic, 'كفرنا'), arabic)).toBe(true);
    const folded = 'وانفجرت عبوة ناسفة بدورية على بعد 30 كلم من قرية كفرنا.';
    expect(placeMeasuredFrom(placedAt(folded, 'كفرنا'), folded)).toBe(true);
    // Named where it happened, or by a bearing only, the town is the telling's place.
    const scene = 'A bomb went off in Ostrava, 12 km from the border.';
    expect(placeMeasuredFrom(placedAt(scene, 'Ostrava'), scene)).toBe(false);
    const metres = 'انفجرت عبوة على بعد أمتار من كفرنا.';
    expect(placeMeasuredFrom(placedAt(metres, 'كفرنا'), metres)).toBe(false);
    const bearing = 'Jets struck a depot north of Ostrava.';
    expect(placeMeasuredFrom(placedAt(bearing, 'Ostrava'), bearing)).toBe(false);
  });
});
