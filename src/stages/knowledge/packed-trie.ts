import type { Entity, NameSense, NameTrieNode, NameVia } from './kb-types.js';
import { runStart, StringIndexer, type StringSource } from '../../core/binary-sections.js';
import { RangeMemo } from '../../core/text/range-memo.js';

/** A sense's `via` as a number. */
const VIAS: readonly NameVia[] = ['name', 'alias', 'demonym'];

/**
 * The name trie in the form the matcher reads, and the built knowledge-base file stores, it: nodes are
 * numbers (the root is 0), and each node's edges and senses are runs of a few flat integer arrays. The
 * root's child by a word is found through the word's token number, other nodes' edges (sorted by token
 * number) by comparing their few tokens or by binary search. A node's senses become `NameSense` objects the
 * first time the node is asked for them, and stay the same objects after, since callers keep them by
 * identity. Loaded from the file, the trie is these arrays as they lie in it: nothing is built per node
 * until a text reaches it.
 */
export interface PackedTrieArrays {
  /** Token number → the token's number in `strings`. */
  tokens: Int32Array;
  /** Node → end of its edges in `edgeToken`/`edgeChild` (a node's edges start where the previous ones end). */
  edgeEnds: Int32Array;
  edgeToken: Int32Array;
  edgeChild: Int32Array;
  /** Node → end of its senses in the three sense arrays. */
  senseEnds: Int32Array;
  senseEntity: Int32Array;
  /** Index in `VIAS`. */
  senseVia: Int32Array;
  /** The written name's number in `strings`. */
  senseWritten: Int32Array;
}

/** The names of `PackedTrieArrays`, in order: the file's sections of the trie. */
export const TRIE_SECTIONS: readonly (keyof PackedTrieArrays)[] = [
  'tokens',
  'edgeEnds',
  'edgeToken',
  'edgeChild',
  'senseEnds',
  'senseEntity',
  'senseVia',
  'senseWritten',
];

/** The root node of every packed trie. */
export const ROOT = 0;
/** Up to this many edges a node's tokens are compared one by one; past it they are found by binary search. */
const FEW_EDGES = 8;

/** The trie's read side (see `PackedTrieArrays`). */
export class PackedTrie {
  /** Node → its senses, once asked for: one slot per node from the start, so the list is never sparse. */
  private readonly senseLists: (readonly NameSense[] | undefined)[] = [];
  /**
   * Token → its number. Every new word of a text is looked up here several times, mostly in vain: in a `Map` keyed
   * by the table's strings, each one cut apart when loaded and lying far from the next, a look-up cost several
   * misses of the processor's caches (a third of the reading of a new word); here the slots and the keys' code
   * units lie in three compact arrays. Sized for every token, so it never starts over.
   */
  private readonly tokenNumbers: RangeMemo<number>;
  /**
   * Token number → the token, in order, so that walking a node's edges (`forEachChild`, `forEachHead`) cuts no
   * string out of the table per edge.
   */
  private readonly tokenStrings: string[] = [];
  /** Token number → whether it leads out of any node but the root. */
  private readonly inner: Uint8Array;
  /**
   * Token number → the root's child by that token, or -1: every word of a text is looked up at the root,
   * most of them in vain, and an index is cheaper than a binary search through 45k edges.
   */
  private readonly rootChild: Int32Array;

  constructor(
    readonly arrays: PackedTrieArrays,
    readonly strings: StringSource,
    private readonly entityAt: (index: number) => Entity,
  ) {
    const { tokens, edgeEnds, edgeToken } = arrays;
    for (let n = 0; n < edgeEnds.length; n++) this.senseLists.push(undefined);
    this.tokenNumbers = new RangeMemo(tokens.length);
    for (let t = 0; t < tokens.length; t++) {
      const token = strings.at(tokens[t]);
      this.tokenStrings.push(token);
      this.tokenNumbers.set(token, 0, token.length, t);
    }
    this.inner = new Uint8Array(tokens.length);
    for (let e = edgeEnds[ROOT]; e < edgeToken.length; e++) this.inner[edgeToken[e]] = 1;
    this.rootChild = new Int32Array(tokens.length).fill(-1);
    for (let e = 0; e < edgeEnds[ROOT]; e++) this.rootChild[edgeToken[e]] = arrays.edgeChild[e];
  }

  /** The node `token` leads to from `node`, or -1. */
  child(node: number, token: string): number {
    const t = this.tokenNumber(token);
    return t < 0 ? -1 : this.childByNumber(node, t);
  }

  /**
   * The number of `token`, or -1 when no name has it: a word read once for the name it starts (`childByNumber` at
   * the root) and those it goes on with (`leadsInside`).
   */
  tokenNumber(token: string): number {
    return this.tokenNumbers.get(token, 0, token.length) ?? -1;
  }

  /** Whether the token numbered `t` leads out of some node below the root. */
  leadsInside(t: number): boolean {
    return this.inner[t] === 1;
  }

  /**
   * The node the token numbered `t` (`innerTokenNumber`) leads to from `node`, or -1: the matcher numbers
   * each word once and then steps by comparing numbers, with no string compared or looked up per step.
   */
  childByNumber(node: number, t: number): number {
    if (node === ROOT) return this.rootChild[t];
    const { edgeEnds, edgeToken, edgeChild } = this.arrays;
    let lo = edgeEnds[node - 1];
    let hi = edgeEnds[node] - 1;
    // Most nodes below the root have one edge or a few: their numbers are compared in turn.
    if (hi - lo < FEW_EDGES) {
      for (let e = lo; e <= hi; e++) if (edgeToken[e] === t) return edgeChild[e];
      return -1;
    }
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = edgeToken[mid];
      if (at === t) return edgeChild[mid];
      if (at < t) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Whether any edge leads out of `node`. */
  hasChildren(node: number): boolean {
    const { edgeEnds } = this.arrays;
    return edgeEnds[node] > runStart(edgeEnds, node);
  }

  /**
   * The number of `token` when it leads out of some node below the root, else -1: most words read after a
   * name's first lead nowhere.
   */
  innerTokenNumber(token: string): number {
    const t = this.tokenNumber(token);
    return t >= 0 && this.leadsInside(t) ? t : -1;
  }

  /** The senses of the names that end at `node`; undefined where none does. */
  senses(node: number): readonly NameSense[] | undefined {
    const known = this.senseLists[node];
    if (known !== undefined) return known;
    const { senseEnds, senseEntity, senseVia, senseWritten } = this.arrays;
    const from = runStart(senseEnds, node);
    const to = senseEnds[node];
    if (from === to) return undefined;
    const list: NameSense[] = [];
    for (let s = from; s < to; s++) {
      list.push({
        entity: this.entityAt(senseEntity[s]),
        via: VIAS[senseVia[s]],
        written: this.strings.at(senseWritten[s]),
      });
    }
    this.senseLists[node] = list;
    return list;
  }

  /**
   * Every name's first word and the node its second word leads to, for each name whose second word is the token
   * numbered `t` (`innerTokenNumber`): the first words a misspelt one may stand for before a word spelt right,
   * met without looking up every slip of it (some 400 look-ups a word).
   */
  forEachHead(t: number, visit: (head: string, node: number) => void): void {
    const heads = (this.headsBySecond ??= this.indexHeads());
    for (let i = runStart(heads.ends, t); i < heads.ends[t]; i++)
      visit(this.tokenStrings[heads.token[i]], heads.node[i]);
  }

  /** The heads by second word (`forEachHead`), built on first use: few articles ever ask. */
  private headsBySecond: { ends: Int32Array; token: Int32Array; node: Int32Array } | undefined;

  private indexHeads(): { ends: Int32Array; token: Int32Array; node: Int32Array } {
    const { tokens, edgeEnds, edgeToken, edgeChild } = this.arrays;
    const ends = new Int32Array(tokens.length);
    const secondEdges = (visit: (head: number, second: number) => void): void => {
      for (let e = 0; e < edgeEnds[ROOT]; e++) {
        const head = edgeChild[e];
        for (let second = runStart(edgeEnds, head); second < edgeEnds[head]; second++) visit(e, second);
      }
    };
    secondEdges((_, second) => ends[edgeToken[second]]++);
    for (let t = 1; t < ends.length; t++) ends[t] += ends[t - 1];
    const count = ends.length === 0 ? 0 : ends[ends.length - 1];
    const token = new Int32Array(count);
    const node = new Int32Array(count);
    // Filled from each run's end back, so the ends are left where each run ends.
    const fill = ends.slice();
    secondEdges((head, second) => {
      const i = --fill[edgeToken[second]];
      token[i] = edgeToken[head];
      node[i] = edgeChild[second];
    });
    return { ends, token, node };
  }

  /** Every edge out of `node`, as (token, child), in token-number order: the names a head word goes on to (misspelt-names.ts), or a whole trie walked (the cache test). */
  forEachChild(node: number, visit: (token: string, child: number) => void): void {
    const { edgeEnds, edgeToken, edgeChild } = this.arrays;
    for (let e = runStart(edgeEnds, node); e < edgeEnds[node]; e++)
      visit(this.tokenStrings[edgeToken[e]], edgeChild[e]);
  }
}

/**
 * Packs a trie built by `addName` (knowledge-loader, tests): nodes numbered breadth first from the root,
 * senses in their order. `entities` are the base's entities in order, as the senses' numbers count them.
 *
 * @example packTrie(trie, [...kb.entities.values()]).senses(0) === undefined
 */
export function packTrie(root: NameTrieNode, entities: readonly Entity[]): PackedTrie {
  const entityIndex = new Map(entities.map((entity, i) => [entity, i]));
  const strings = new StringIndexer();
  const tokenIndex = new Map<string, number>();
  const tokens: number[] = [];
  const tokenOf = (s: string): number => {
    let i = tokenIndex.get(s);
    if (i === undefined) tokenIndex.set(s, (i = tokens.push(strings.of(s)) - 1));
    return i;
  };
  const order: NameTrieNode[] = [root];
  const edgeEnds: number[] = [];
  const edgeToken: number[] = [];
  const edgeChild: number[] = [];
  const senseEnds: number[] = [];
  const senseEntity: number[] = [];
  const senseVia: number[] = [];
  const senseWritten: number[] = [];
  for (let n = 0; n < order.length; n++) {
    const node = order[n];
    for (const sense of node.senses ?? []) {
      senseEntity.push(entityIndex.get(sense.entity)!);
      senseVia.push(VIAS.indexOf(sense.via));
      senseWritten.push(strings.of(sense.written));
    }
    senseEnds.push(senseEntity.length);
    const edges = [...(node.next ?? [])].map(([token, child]) => ({ token: tokenOf(token), child }));
    edges.sort((a, b) => a.token - b.token);
    for (const { token, child } of edges) {
      edgeToken.push(token);
      edgeChild.push(order.push(child) - 1);
    }
    edgeEnds.push(edgeToken.length);
  }
  const arrays: PackedTrieArrays = {
    tokens: Int32Array.from(tokens),
    edgeEnds: Int32Array.from(edgeEnds),
    edgeToken: Int32Array.from(edgeToken),
    edgeChild: Int32Array.from(edgeChild),
    senseEnds: Int32Array.from(senseEnds),
    senseEntity: Int32Array.from(senseEntity),
    senseVia: Int32Array.from(senseVia),
    senseWritten: Int32Array.from(senseWritten),
  };
  return new PackedTrie(arrays, strings, (i) => entities[i]);
}

/**
 * The senses stored exactly under a token path, or none.
 *
 * @example sensesAt(kb.trie, ['tripoli']).map((s) => s.entity.id) // ['place:ly:tripoli', 'place:lb:tripoli']
 */
export function sensesAt(trie: PackedTrie, tokens: readonly string[]): readonly NameSense[] {
  let node = ROOT;
  for (const token of tokens) {
    node = trie.child(node, token);
    if (node < 0) return [];
  }
  return trie.senses(node) ?? [];
}
