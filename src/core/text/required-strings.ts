/**
 * What a regular expression can match, read off its source: either the few strings it matches exactly
 * ("(?:a|the) body" matches "a body" or "the body"), or the lists of strings every match holds one of (a
 * match of "\bkill(?:ed|ing)\s+\w+" holds "killed" or "killing"). Null `exact` means unknown.
 */
interface Reading {
  exact: readonly string[] | null;
  needs: readonly (readonly string[])[];
}

/** Matches anything, the empty string too: nothing is known of it. */
const ANYTHING: Reading = { exact: null, needs: [] };
/** Matches only the empty string: an anchor, a word boundary, a look-around. */
const NOTHING: Reading = { exact: [''], needs: [] };
/** How many exact strings a piece may stand for before only what it needs is kept. */
const MOST_EXACT = 16;
/** Strings shorter than this are found in nearly every text: a list holding one guards nothing. */
const SHORTEST_USEFUL = 3;
/** How many lists a pattern's guard checks: the most telling ones. */
const MOST_LISTS = 3;
/**
 * How many strings a list may hold: looking for one of more, in a clause, costs about what the pattern's own
 * failing run does (a pattern of 30 words is tried at every position too).
 */
const MOST_STRINGS = 8;

/**
 * Lists of strings read off a pattern such that every match of it holds one string of each list (in any
 * case when the pattern ignores case): a text that lacks all the strings of some list cannot match, and
 * costs a few substring searches to reject where the pattern would be tried at every position. Empty when
 * nothing useful can be read (every match could be short, or made of character classes).
 *
 * Lists of more than a few strings are left out: they cost about what they would spare. So is the list
 * a pattern opens with ("\b(?:was|has been) killed" gives "killed" alone), and every list of a pattern
 * anchored at the start: the engine finds where such a pattern could start as fast as a search would.
 *
 * Read conservatively: look-arounds, anchors and back-references are taken to need nothing, a repeat that
 * may be absent needs nothing, a class of more than a few characters is unknown. A pattern with the
 * `u` or `v` flag and a character beyond the BMP gives nothing (its quantifiers bind a whole code point).
 *
 * @example requiredStrings(/\w+\s+(?:killed|shot dead)\s+(?:a|the) (?:guard|driver)\b/)
 * // [['killed', 'shot dead'], ['a guard', 'a driver', 'the guard', 'the driver']] (some order)
 */
export function requiredStrings(pattern: RegExp): string[][] {
  const unicode = pattern.unicode || pattern.flags.includes('v');
  if (pattern.flags.includes('v') || (unicode && /[\ud800-\udfff]/.test(pattern.source))) return [];
  const parser = new SourceReader(pattern.source, unicode);
  const reading = parser.alternatives();
  if (!parser.done() || (parser.branches === 1 && pattern.source.startsWith('^') && !pattern.multiline))
    return [];
  const lists = reading.exact ? [reading.exact, ...reading.needs] : reading.needs;
  return lists
    .filter((list) => parser.branches > 1 || list !== parser.opening)
    .filter((list) => list.every((s) => s.length >= SHORTEST_USEFUL))
    .map(withoutLongerForms)
    .filter((list) => list.length <= MOST_STRINGS)
    .sort((a, b) => telling(b) - telling(a))
    .slice(0, MOST_LISTS);
}

/** A list without the strings that hold another of its strings: the shorter one is found in any case. */
function withoutLongerForms(list: readonly string[]): string[] {
  const unique = [...new Set(list)];
  return unique.filter((s) => !unique.some((t) => t !== s && s.includes(t)));
}

/** How selective a list is: its shortest string's length, less a little for every string. */
function telling(list: readonly string[]): number {
  return Math.min(...list.map((s) => s.length)) - list.length / 100;
}

/** The best list a reading offers (its exact strings count as one), or null when it offers none. */
function bestList(reading: Reading): readonly string[] | null {
  const lists = reading.exact ? [reading.exact, ...reading.needs] : reading.needs;
  let best: readonly string[] | null = null;
  for (const list of lists) {
    if (list.some((s) => s === '')) continue;
    if (!best || telling(list) > telling(best)) best = list;
  }
  return best;
}

/** Every string of `a` followed by every string of `b`. */
function product(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** Reads one pattern source, piece by piece, into a `Reading`. */
class SourceReader {
  private at = 0;
  private depth = 0;
  /** How many alternatives the pattern has at its top level. */
  branches = 0;
  /** The exact strings the pattern opens with, as its first list holds them. */
  opening: readonly string[] | null = null;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  /** Alternatives separated by "|", up to the end or a closing parenthesis. */
  alternatives(): Reading {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (this.depth === 0) this.branches = branches.length;
    if (branches.length === 1) return branches[0];
    if (branches.every((b) => b.exact)) {
      const all = [...new Set(branches.flatMap((b) => b.exact ?? []))];
      if (all.length <= MOST_EXACT) return { exact: all, needs: [] };
    }
    // Each match is one branch's, so it holds a string of that branch's best list: of their union.
    const union: string[] = [];
    for (const branch of branches) {
      const best = bestList(branch);
      if (!best) return ANYTHING;
      union.push(...best);
    }
    return { exact: null, needs: [[...new Set(union)]] };
  }

  /** Terms in a row: runs of exact strings are joined, what they need is gathered. */
  private sequence(): Reading {
    const opens = this.depth === 0 && this.at === 0;
    const needs: (readonly string[])[] = [];
    let run: readonly string[] = [''];
    let allExact = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.quantified(this.atom());
      if (term.exact && run.length * term.exact.length <= MOST_EXACT) run = product(run, term.exact);
      else {
        if (opens && allExact) this.opening = run;
        needs.push(run);
        allExact = false;
        if (term.exact) run = term.exact;
        else {
          needs.push(...term.needs);
          run = [''];
        }
      }
    }
    if (opens && allExact) this.opening = run;
    if (allExact) return { exact: run, needs: [] };
    needs.push(run);
    return { exact: null, needs };
  }

  /** A term with the quantifier after it, if any. */
  private quantified(term: Reading): Reading {
    const range = this.quantifier();
    if (!range) return term;
    const [min, max] = range;
    if (this.source[this.at] === '?') this.at++;
    if (min === 0) return max === 1 && term.exact ? { exact: [...term.exact, ''], needs: [] } : ANYTHING;
    if (min === 1 && max === 1) return term;
    // Repeated, a piece joins no neighbour: what it needs once, it needs.
    return { exact: null, needs: term.exact ? [term.exact, ...term.needs] : term.needs };
  }

  /** The bounds of a quantifier at the reading position, past it; null where none stands. */
  private quantifier(): [number, number] | null {
    const c = this.source[this.at];
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      return c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    }
    if (c !== '{') return null;
    const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!bounds) return null;
    this.at += bounds[0].length;
    const min = Number(bounds[1]);
    return [min, bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3])];
  }

  private atom(): Reading {
    const c = this.source[this.at++];
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '.') return ANYTHING;
    if (c === '^' || c === '$') return NOTHING;
    return { exact: [c], needs: [] };
  }

  /** A group after its "(": look-arounds need nothing, other groups what their alternatives need. */
  private group(): Reading {
    let lookAround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      lookAround = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
    this.depth++;
    const inner = this.alternatives();
    this.depth--;
    this.at++; // the closing parenthesis
    return lookAround ? NOTHING : inner;
  }

  /** A class after its "[": the characters it may match when few, else unknown. */
  private characterClass(): Reading {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const chars: string[] = [];
    let known = !negated;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const from = this.classChar();
      if (from === null) {
        known = false;
        continue;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        this.at++;
        const to = this.classChar();
        const span = to === null ? Infinity : to.charCodeAt(0) - from.charCodeAt(0);
        if (to === null || span > MOST_EXACT) known = false;
        else
          for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++)
            chars.push(String.fromCharCode(code));
      } else chars.push(from);
    }
    this.at++; // the closing bracket
    return known && chars.length > 0 && chars.length <= MOST_EXACT ? { exact: chars, needs: [] } : ANYTHING;
  }

  /** One character of a class, past it; null for a set of characters ("\w", "\p{L}"). */
  private classChar(): string | null {
    const c = this.source[this.at++];
    if (c !== '\\') return c;
    const e = this.source[this.at];
    if (e === 'b') {
      this.at++;
      return '\b';
    }
    const escaped = this.escape();
    return escaped.exact?.length === 1 && escaped.exact[0].length === 1 ? escaped.exact[0] : null;
  }

  /** An escape after its backslash. */
  private escape(): Reading {
    const e = this.source[this.at++];
    if (e === 'b' || e === 'B') return NOTHING;
    if ('dDwWsS'.includes(e)) return ANYTHING;
    if (e === 'p' || e === 'P') {
      if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      return ANYTHING;
    }
    // A back-reference repeats what its group matched: it needs nothing, but is no empty string to join on.
    if (e === 'k') {
      this.at = this.source.indexOf('>', this.at) + 1;
      return ANYTHING;
    }
    if (/[1-9]/.test(e)) {
      while (/[0-9]/.test(this.source[this.at] ?? '')) this.at++;
      return ANYTHING;
    }
    const control: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (e in control) return { exact: [control[e]], needs: [] };
    if (e === 'x') return this.hex(2, e);
    if (e === 'u') {
      if (this.source[this.at] !== '{' || !this.unicode) return this.hex(4, e);
      const end = this.source.indexOf('}', this.at);
      const code = Number.parseInt(this.source.slice(this.at + 1, end), 16);
      this.at = end + 1;
      return code > 0xffff ? ANYTHING : { exact: [String.fromCharCode(code)], needs: [] };
    }
    // "\c" and its letter: a control character, rare enough to leave unknown.
    if (e === 'c') {
      this.at++;
      return ANYTHING;
    }
    return { exact: [e], needs: [] };
  }

  /** A character by its hex code after "\\x" or "\\u"; the letter itself where no code follows it. */
  private hex(digits: number, letter: string): Reading {
    const code = this.source.slice(this.at, this.at + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(code)) return { exact: [letter], needs: [] };
    this.at += digits;
    const char = String.fromCharCode(Number.parseInt(code, 16));
    // In a unicode pattern a pair of escaped surrogates is one character, its quantifier binds both.
    return this.unicode && /[\ud800-\udfff]/.test(char) ? ANYTHING : { exact: [char], needs: [] };
  }
}
