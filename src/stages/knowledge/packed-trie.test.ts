import { describe, expect, it } from 'vitest';
import type { Entity } from './kb-types.js';
import { addName, createTrie } from './name-trie.js';
import { packTrie, ROOT } from './packed-trie.js';
import { townEntity } from './knowledge-fixtures.js';

/** A packed trie of two-word names: 'few' with eight second words (compared in turn), 'many' with nine. */
function twoWordNames() {
  const trie = createTrie();
  const entities: Entity[] = [];
  for (const [head, count] of [
    ['few', 8],
    ['many', 9],
  ] as const) {
    for (let i = 1; i <= count; i++) {
      const entity = townEntity(`${head}-${i}`, `${head} w${i}`);
      entities.push(entity);
      addName(trie, [head, `w${i}`], { entity, via: 'name', written: `${head} w${i}` });
    }
  }
  return packTrie(trie, entities);
}

describe('the packed name trie', () => {
  it('lists the first words of the names a second word goes on, with the node each pair leads to', () => {
    const trie = twoWordNames();
    const heads = (second: string): string[] => {
      const found: string[] = [];
      trie.forEachHead(trie.innerTokenNumber(second), (head, node) => {
        expect(node).toBe(trie.child(trie.child(ROOT, head), second));
        found.push(head);
      });
      return found.sort();
    };
    expect(heads('w8')).toEqual(['few', 'many']);
    expect(heads('w9')).toEqual(['many']);
  });

  it('finds every child of a node of few edges and of many, and no child that is not there', () => {
    const trie = twoWordNames();
    for (const [head, count] of [
      ['few', 8],
      ['many', 9],
    ] as const) {
      const node = trie.child(ROOT, head);
      expect(node).toBeGreaterThan(ROOT);
      expect(trie.hasChildren(node)).toBe(true);
      expect(trie.senses(node)).toBeUndefined();
      for (let i = 1; i <= count; i++) {
        const leaf = trie.child(node, `w${i}`);
        expect(trie.senses(leaf)?.map((s) => s.entity.id)).toEqual([`${head}-${i}`]);
        expect(trie.hasChildren(leaf)).toBe(false);
      }
      expect(trie.child(node, `w${count + 1}`)).toBe(-1);
      expect(trie.child(node, 'w0')).toBe(-1);
    }
    expect(trie.child(ROOT, 'w1')).toBe(-1);
  });

  it('tells inner words from first words, and keeps one sense list per node', () => {
    const trie = twoWordNames();
    expect(trie.innerTokenNumber('many')).toBe(-1);
    const w4 = trie.innerTokenNumber('w4');
    expect(w4).toBeGreaterThanOrEqual(0);
    const leaf = trie.child(trie.child(ROOT, 'many'), 'w4');
    expect(trie.childByNumber(trie.child(ROOT, 'many'), w4)).toBe(leaf);
    expect(trie.senses(leaf)).toBe(trie.senses(leaf));
  });
});
