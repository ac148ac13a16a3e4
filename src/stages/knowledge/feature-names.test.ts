import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

describe('a small town of the worldwide gazetteer before a landform’s or a park’s noun is not the place', () => {
  it('keeps the town alone', () => {
    expect(places('Police in Alexandria, Virginia arrested two men')).toContain(
      'Alexandria=place:geonames:4744091',
    );
  });

  it('drops it before "Park", "Mountains" or "Hotel"', () => {
    for (const text of [
      'Police in Alexandria Park, Virginia arrested two men',
      'Fires burned homes in the Alexandria Mountains, Virginia',
      'A car bomb went off near the Alexandria Hotel, Virginia',
    ])
      expect(places(text)).not.toContain('Alexandria=place:geonames:4744091');
  });

  it('drops it before a street’s noun: "Gardens", "Street", "Avenue", "Lane"', () => {
    for (const text of [
      'Someone slid a pipe bomb through a letterbox in Alexandria Gardens, Virginia',
      'Two cars burned on Alexandria Street, Virginia',
      'Police sealed off Alexandria Avenue in Virginia',
      'A grenade landed in Alexandria Lane, Virginia',
    ])
      expect(places(text)).not.toContain('Alexandria=place:geonames:4744091');
  });
});
