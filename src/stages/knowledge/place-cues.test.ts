import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';
import { isPlaceCue } from './context-cues.js';
import { normalizeName } from '../../core/text/normalize.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text);

describe('a worldwide-gazetteer town after a cue', () => {
  it('gives way to a group of another country, which fights at home', () => {
    expect(places('Hezbollah gunmen shot a man in Dresden')).toEqual([]);
  });

  it('stands beside a person of another country, who may be named abroad', () => {
    expect(places('Gunmen shot an ally of Nabih Haddad in Dresden')).toEqual([
      'Dresden=place:geonames:2935022',
    ]);
  });
});

describe('a worldwide-gazetteer town needs a place cue in front of it', () => {
  it('takes "at" before an English article as that cue', () => {
    expect(places('A bomb exploded at the Dresden train station')).toEqual([
      'Dresden=place:geonames:2935022',
    ]);
  });

  it('takes "in central" or "in downtown" before the name as that cue', () => {
    expect(places('A grenade went off in central Dresden')).toEqual(['Dresden=place:geonames:2935022']);
    expect(places('Students marched through downtown Dresden')).toEqual(['Dresden=place:geonames:2935022']);
  });

  it('takes "suburban" before the name as that cue, as it takes "suburb of"', () => {
    expect(places('Two garages were torched in suburban Dresden')).toEqual([
      'Dresden=place:geonames:2935022',
    ]);
  });

  it('is no place without a cue', () => {
    expect(places('Dresden officials met on Monday')).toEqual([]);
  });

  it('takes a building named after an article as that cue: "a Dresden travel agency"', () => {
    expect(places('Arsonists burned a Dresden travel agency')).toEqual(['Dresden=place:geonames:2935022']);
    expect(places('Arsonists burned the Dresden team bus')).toEqual([]);
  });
});

describe('a cue does not make a foreign gazetteer town of a name in a story about another country', () => {
  it('drops the German town when the story names only Iraqi places', () => {
    expect(places('Gunmen attacked a checkpoint in Dresden near Mosul')).toEqual(['Mosul=place:iq:mosul']);
  });

  it('keeps it when the story names its country too', () => {
    expect(places('Gunmen from Mosul attacked a bar in Lyon, France')).toContain(
      'Lyon=place:geonames:2996944',
    );
  });

  it('keeps it when only a nationality is named: a Syrian can be attacked in Dresden', () => {
    expect(places('A Syrian student was attacked in Dresden')).toEqual([
      'Syrian=country:SY',
      'Dresden=place:geonames:2935022',
    ]);
  });
});

describe('an Arabic place noun behind proclitics', () => {
  it('is read behind each proclitic, not the longest alone', () => {
    expect(isPlaceCue(normalizeName('فبلدة'))).toBe(true);
    expect(isPlaceCue(normalizeName('وبالقرب'))).toBe(true);
    expect(isPlaceCue(normalizeName('وبمدينة'))).toBe(true);
  });

  it('is no cue when what is left is no place noun', () => {
    expect(isPlaceCue(normalizeName('فبلغت'))).toBe(false);
    expect(isPlaceCue(normalizeName('وحي'))).toBe(false);
  });
});

describe('a town whose name is also a language', () => {
  it('is no place before "language" or "script"', () => {
    expect(places('Old stones carved in Dresden language were found')).toEqual([]);
    expect(places('A plaque in the Dresden script was broken')).toEqual([]);
  });

  it('is the place without them', () => {
    expect(places('Old stones were found in Dresden')).toEqual(['Dresden=place:geonames:2935022']);
  });
});
