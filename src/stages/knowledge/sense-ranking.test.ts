import { describe, expect, it } from 'vitest';
import type { Entity, NameSense } from './kb-types.js';
import { townEntity } from './knowledge-fixtures.js';
import { rankSenses } from './sense-ranking.js';

const sense = (entity: Entity, written = entity.name_en): NameSense => ({ entity, via: 'name', written });
const ids = (ranked: { sense: NameSense }[]): string[] => ranked.map((r) => r.sense.entity.id);

const eastTarvel = townEntity('place:aa:tarvel', 'Tarvel', '', 'AA');
const westTarvel = townEntity('place:bb:tarvel', 'Tarvel', '', 'BB');

describe('the senses of one name, ranked before the words around it are read', () => {
  it('put first the namesake whose country the article votes for', () => {
    const ranked = rankSenses([sense(eastTarvel), sense(westTarvel)], new Map([['BB', 2]]));
    expect(ids(ranked)).toEqual(['place:bb:tarvel', 'place:aa:tarvel']);
  });

  it('put a shipped town before a worldwide namesake of the same size', () => {
    const world = { ...westTarvel, tier: 'world' as const };
    expect(ids(rankSenses([sense(world), sense(eastTarvel)]))[0]).toBe('place:aa:tarvel');
  });

  it('put a country first of a town of its name', () => {
    const country = { ...townEntity('country:cc', 'Tarvel', '', 'CC'), kind: 'country' as const };
    expect(ids(rankSenses([sense(eastTarvel), sense(country)]))[0]).toBe('country:cc');
  });

  it('drop a country met only through a loosened spelling when a sense is written as the text spells it', () => {
    const country = { ...townEntity('country:cc', 'Tarel', '', 'CC'), kind: 'country' as const };
    expect(ids(rankSenses([sense(country), sense(eastTarvel)], new Map(), new Map(), 'tarvel'))).toEqual([
      'place:aa:tarvel',
    ]);
  });

  it('keep a loosened country when no sense is written as the text spells it', () => {
    const country = { ...townEntity('country:cc', 'Tarel', '', 'CC'), kind: 'country' as const };
    expect(ids(rankSenses([sense(country)], new Map(), new Map(), 'tarrel'))).toEqual(['country:cc']);
  });
});
