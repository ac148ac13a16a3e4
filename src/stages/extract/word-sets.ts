import { MarsadError } from '../../core/errors.js';
import { tsvRows } from '../../core/tsv-rows.js';
import { wordSet } from '../../core/text/word-set.js';

/**
 * "he was seized", "before they were shot", "when she was attacked": the English pronouns that take up a person
 * or people as the subject of a clause.
 */
export const PERSON_PRONOUN = wordSet('he she they');

/** The file of named word sets, beside the lexicons that name them. */
const WORD_SETS_FILE = 'word-sets.tsv';
/** A set named inside a lexicon form: "{device-noun}". */
const SET_NAME = /\{([^{}]+)\}/;

/** Sets already read, by the folder they were read from. */
const setsByDir = new Map<string, Map<string, string[]>>();

/**
 * Every form a lexicon form stands for: as written when it names no set, else one form for each word of the
 * first set it names, in the set's order, with the sets after it expanded likewise (so "{a} …3 was {b}"
 * varies `a` slowest, as a hand-written list would). One list of words can so serve rows of several
 * lexicons ("{device-noun}" in a trigger row and a cue row alike).
 *
 * @example expandWordSets('defuse …2 {device-noun}', LEXICON_DIR, 'row')[0] === 'defuse …2 device'
 */
export function expandWordSets(written: string, dir: URL, where: string): string[] {
  const named = SET_NAME.exec(written);
  if (!named) return [written];
  const words = wordSets(dir).get(named[1]);
  if (!words) throw new MarsadError('KB_INVALID', `${where}: no word set "${named[1]}" in ${WORD_SETS_FILE}`);
  const before = written.slice(0, named.index);
  const after = written.slice(named.index + named[0].length);
  return words.flatMap((word) => expandWordSets(before + word + after, dir, where));
}

/** The sets of a folder's word-set file, read once. */
function wordSets(dir: URL): Map<string, string[]> {
  let sets = setsByDir.get(dir.href);
  if (!sets) {
    sets = readWordSets(dir);
    setsByDir.set(dir.href, sets);
  }
  return sets;
}

/** Reads `name forms` rows; a set may name only sets defined above it, so no set can contain itself. */
function readWordSets(dir: URL): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const { cells, line, where } of tsvRows(WORD_SETS_FILE, dir)) {
    const [name, forms] = cells;
    if (!name || !forms)
      throw new MarsadError('KB_INVALID', `${where}: expected "name forms", got "${line}"`);
    const words = forms.split('|').map((w) => w.trim());
    for (const word of words) {
      const inner = SET_NAME.exec(word);
      if (inner && !sets.has(inner[1]))
        throw new MarsadError('KB_INVALID', `${where}: "${inner[1]}" must be defined above "${name}"`);
    }
    sets.set(name.trim(), words);
  }
  return sets;
}
