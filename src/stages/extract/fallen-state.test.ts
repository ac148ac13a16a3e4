import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const kuwait = placeEntity('Kuwait', 'KW', 'country');
const marib = placeEntity('Marib', 'YE');
const coalition = actorEntity('Saudi-led Coalition', 'armed-group');

/** The sides of the first event the extract stage finds in `text`. */
function sides(text: string): [string | null, string | null] {
  const names = [
    ['الكويت', kuwait],
    ['مأرب', marib],
    ['قوات التحالف', coalition],
  ] as const;
  const doc = fixtureDocument({
    text,
    mentions: names.filter(([name]) => text.includes(name)).map((m) => [...m]),
  });
  extract.run(doc, { referenceDate: null });
  const event = doc.events![0];
  return [event.actor1?.name ?? null, event.actor2?.name ?? null];
}

describe('the fallen a country mourns', () => {
  it.each([
    'نقلت طائرة عسكرية أمس جثامين شهداء الواجب من دولة الكويت الذين استشهدوا في مأرب.',
    'صلى المئات صباح اليوم على شهداء الكويت الذين استشهدوا بمحافظة مأرب.',
  ])('are that state’s military, harmed: %s', (text) => {
    expect(sides(text)).toEqual([null, 'Military Forces of Kuwait']);
  });

  it('kept: people from the country, not named as its fallen, are no force', () => {
    expect(sides('استشهد ثلاثة من أبناء الكويت في قصف على مأرب.')).toEqual([null, null]);
  });

  it('served within the ranks of a side, which is not the side that struck them', () => {
    const text = 'صلى المئات على شهداء الكويت الذين استشهدوا ضمن صفوف قوات التحالف في مأرب.';
    expect(sides(text)).toEqual([null, 'Military Forces of Kuwait']);
  });

  it('kept: a side told outside any ranks still strikes', () => {
    expect(sides('قصفت قوات التحالف مواقع في مأرب أمس.')[0]).toBe('Saudi-led Coalition');
  });
});
