import type { Document, Mention, Quantity, TimeExpression, Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { armedHand, bareArmedVerb } from './armed-subject.js';
import { keepHeldCaptives } from './held-by-captors.js';
import { passiveWounding, weakened } from './told-wounded.js';
import type { PhraseHit, PhraseMatcher, TokenWords } from './phrase-matcher.js';
import { tokenWords } from './token-keys.js';
import { bySentence, tokensBySentence } from './sentence-buckets.js';
import { namesRiotKit } from './riot-kit.js';

/** Everything the event layer looks at in one sentence, gathered once. */
export interface SentenceView {
  index: number;
  span: Span;
  tokens: Token[];
  triggers: PhraseHit[];
  cues: PhraseHit[];
  actorNouns: PhraseHit[];
  mentions: Mention[];
  quantities: Quantity[];
  times: TimeExpression[];
}

/**
 * Whether a mark (a comma, a bracket, a dash) stands before the token at `at`: views keep no punctuation, and
 * words within a clause stand one space apart, so a wider gap holds one.
 *
 * @example markBefore(view, 3) // true for "Backed by jets, the army" at "the"
 */
export function markBefore(view: SentenceView, at: number): boolean {
  return view.tokens[at].span[0] - view.tokens[at - 1].span[1] > 1;
}

/** Whether a mark stands before one of the tokens `from` to `to` (both included). */
export function markWithin(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (markBefore(view, k)) return true;
  return false;
}

/**
 * A sentence view made by one constructor, fields always in one order: views copied with a field changed
 * (`viewWith`) as spread literals had hidden shapes of their own, and each reader of views (the frame, actor,
 * place and weapon finders) was deoptimised on meeting one and compiled again.
 * Its cues and actor nouns are found when first read, as most sentences never need them (found late, they are
 * the same: the search reads only the sentence's tokens and times).
 */
class SentenceRecord implements SentenceView {
  /** The cues, once found. */
  cueHits: PhraseHit[] | undefined;
  private actorHits: PhraseHit[] | undefined;

  constructor(
    public index: number,
    public span: Span,
    public tokens: Token[],
    public triggers: PhraseHit[],
    cues: PhraseHit[] | undefined,
    actorNouns: PhraseHit[] | undefined,
    public mentions: Mention[],
    public quantities: Quantity[],
    public times: TimeExpression[],
    /** The lexicon words of each token, and the matchers, for cues or actor nouns not yet found (else null). */
    readonly keys: TokenWords | null,
    readonly cueMatcher: PhraseMatcher | null,
    private readonly actorMatcher: PhraseMatcher | null,
  ) {
    this.cueHits = cues;
    this.actorHits = actorNouns;
  }

  get cues(): PhraseHit[] {
    return (this.cueHits ??= outsideTimes(this.cueMatcher!.findAll(this.keys!), this.tokens, this.times));
  }

  get actorNouns(): PhraseHit[] {
    return (this.actorHits ??= this.actorMatcher!.findLongest(this.keys!));
  }
}

/**
 * Whether the view may hold a cue tagged `tag`: false only when none can be found in it, told without
 * finding the cues of a sentence nobody has read them of yet.
 *
 * @example views.some((v) => mayHoldCue(v, 'crime') && v.cues.some((c) => c.phrase.tag === 'crime'))
 */
export function mayHoldCue(view: SentenceView, tag: string): boolean {
  return (
    !(view instanceof SentenceRecord) ||
    view.cueHits !== undefined ||
    view.cueMatcher!.mayFind(view.keys!, tag)
  );
}

/**
 * A copy of `view` with the fields of `change` in place of its own, of the one shape every view has.
 *
 * @example viewWith(view, { cues: [] }).cues.length // 0
 */
export function viewWith(view: SentenceView, change: Partial<SentenceView>): SentenceView {
  return new SentenceRecord(
    change.index ?? view.index,
    change.span ?? view.span,
    change.tokens ?? view.tokens,
    change.triggers ?? view.triggers,
    change.cues ?? view.cues,
    change.actorNouns ?? view.actorNouns,
    change.mentions ?? view.mentions,
    change.quantities ?? view.quantities,
    change.times ?? view.times,
    null,
    null,
    null,
  );
}

export interface EventLexicons {
  triggers: PhraseMatcher;
  cues: PhraseMatcher;
  actorNouns: PhraseMatcher;
}

/**
 * A word of agency ("by", «برصاص») ends at most one token before `at`: the side there did the act
 * ("killed by soldiers", "fired by terrorist groups").
 */
export function afterAgent(view: SentenceView, at: number): boolean {
  return view.cues.some((c) => c.phrase.tag === 'agent' && c.end <= at && at - c.end <= 1);
}

/** A word of agency starts at a token in `[from, to)`: a side after it is who struck, not what was hit. */
export function agentBetween(view: SentenceView, from: number, to: number): boolean {
  return view.cues.some((c) => c.phrase.tag === 'agent' && c.start >= from && c.start < to);
}

/** The character span of tokens `[start, end)` of a sentence. */
export function hitSpan(view: SentenceView, hit: { start: number; end: number }): Span {
  return [view.tokens[hit.start].span[0], view.tokens[hit.end - 1].span[1]];
}

/**
 * Whether the characters between token `k` and the next match `mark`, a mark of punctuation (no match in a
 * lone space). Most tokens are one space apart: the rules that walk a clause word by word ask this of every
 * word, and are answered without cutting the text or running the pattern.
 *
 * @example marksBetween(view, text, 3, /[.,;]/) // true when token 3 ends "…town," and token 4 follows
 */
export function marksBetween(view: SentenceView, text: string, k: number, mark: RegExp): boolean {
  const from = view.tokens[k].span[1];
  const to = view.tokens[k + 1].span[0];
  if (to - from === 1 && text.charCodeAt(from) === SPACE) return false;
  return mark.test(text.slice(from, to));
}

const SPACE = 0x20;

/**
 * Index of the token holding `offset`, or of the first token after it when it falls between tokens
 * (tokens.length when none). A name after a proclitic ("بزوارة") starts inside its token: that token is
 * the name's, not the next one.
 */
export function tokenAt(view: SentenceView, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.tokens[mid].span[1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The folded words of tokens `from` (not below 0) up to `to`: `view.tokens.slice(from, to).map((t) => t.norm)`,
 * pushed. V8's `map` makes a holey array once its caller is optimised where it made a packed one before, and
 * the caller's own readers of the words, compiled for the packed layout, are deoptimised when it comes.
 *
 * @example wordsBetween(view, 0, 2) // ['the', 'army'] for "the army shelled the town"
 */
export function wordsBetween(view: SentenceView, from: number, to: number): string[] {
  const words: string[] = [];
  const end = Math.min(to, view.tokens.length);
  for (let i = from; i < end; i++) words.push(view.tokens[i].norm);
  return words;
}

/**
 * Whether token `k` lies inside the name of a place the sentence mentions: "the Ghouta massacre", «سهل البقاع».
 *
 * @example inPlaceName(view, 1) // true for "the Ghouta massacre" when Ghouta is a place mention
 */
export function inPlaceName(view: SentenceView, k: number): boolean {
  const token = view.tokens[k];
  return view.mentions.some((m) => m.place && m.span[0] <= token.span[0] && m.span[1] >= token.span[1]);
}

/**
 * Index of the first token that starts at or after `offset`: the word after a name that ends inside its
 * token, past the possessive the token carries ("the Green Brigade's posts", "Nusra Fronts strongholds" as
 * scrapers that drop apostrophes leave it).
 *
 * @example view.tokens[tokenFrom(view, nameEnd)].norm // 'posts'
 */
export function tokenFrom(view: SentenceView, offset: number): number {
  const at = tokenAt(view, offset);
  return at < view.tokens.length && view.tokens[at].span[0] < offset ? at + 1 : at;
}

/**
 * Splits the document's annotations by sentence in one sweep each (all lists are sorted by offset) and
 * runs the lexicons over each sentence's tokens.
 *
 * @example const views = buildSentenceViews(doc, lexicons); views[0].triggers.length
 */
export function buildSentenceViews(doc: Document, lexicons: EventLexicons): SentenceView[] {
  const sentences = doc.sentences ?? [];
  const tokensOf = tokensBySentence(doc.tokens ?? [], sentences.length);
  const starts: number[] = [];
  for (const s of sentences) starts.push(s.span[0]);
  const mentions = bySentence(doc.mentions ?? [], sentences, starts);
  const quantities = bySentence(doc.quantities ?? [], sentences, starts);
  const times = bySentence(doc.times ?? [], sentences, starts);
  // Pushed, not mapped: an optimised `map` makes a holey array and an unoptimised one a packed array, and
  // the readers of views would see both layouts (and be deoptimised) depending on who ran first.
  const views: SentenceView[] = [];
  const text = doc.text ?? '';
  // Most texts hold no list of links anywhere: their sentences are then not cut out one by one to look.
  const linked = MAY_LINK.test(text);
  // Bare "were wounded" dropped for want of a hand: a text that tells no other act reports it (see below).
  const wounded: [SentenceView, PhraseHit][] = [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    const tokens = tokensOf[index];
    const keys = keysOf(tokens);
    const links = linked ? linksFrom(text, sentence.span) : sentence.span[1];
    // A list of links to other stories glued to the sentence tells their news, not this one's; "riot police"
    // names no riot, for any reader of the sentence's acts.
    const triggers = lexicons.triggers
      .findLongest(keys)
      .filter((t) => tokens[t.start].span[0] < links && !namesRiotKit(tokens, t));
    const view = new SentenceRecord(
      index,
      sentence.span,
      tokens,
      triggers,
      undefined,
      // Actor nouns serve only the frames of triggers: most sentences have none and need no search.
      triggers.length > 0 ? undefined : [],
      mentions[index],
      quantities[index],
      times[index],
      keys,
      lexicons.cues,
      lexicons.actorNouns,
    );
    // "the company damaged a mast", "veterans wounded in the war": a bare verb of wrecking or wounding with no
    // armed hand tells no act at all, so no reader of the sentence's acts may take it for one.
    if (triggers.some(bareArmedVerb)) {
      view.triggers = triggers.filter((t) => !bareArmedVerb(t) || armedHand(view, t));
      for (const t of triggers)
        if (!view.triggers.includes(t) && passiveWounding(view, t)) wounded.push([view, t]);
    }
    views.push(view);
  }
  keepHeldCaptives(views);
  // "Three guards were wounded in Nablus. The operation was ordered by …": victims told wounded in a text that
  // tells no other act are its incident, a weak word needing support like "were killed". Beside another act
  // they are its toll, told in a sentence of their own.
  if (views.every((v) => v.triggers.length === 0))
    for (const [view, t] of wounded) view.triggers = [...view.triggers, weakened(t)];
  return views;
}

/**
 * A sentence's actor nouns, found on demand where the view skipped them for want of a trigger: "A post was
 * shelled. «ونتج عن ذلك استشهاد جنديين»" — the toll sentence tells no act, yet names who died.
 *
 * @example actorNounsOf(tollView, lexicons.actorNouns).map((h) => h.phrase.tag) // ['Military Forces of {country}']
 */
export function actorNounsOf(view: SentenceView, actorNouns: PhraseMatcher): PhraseHit[] {
  return view.triggers.length > 0 ? view.actorNouns : actorNouns.findLongest(keysOf(view.tokens));
}

/** The lexicon words of each token, pushed (see above): the matchers read them token after token. */
function keysOf(tokens: readonly Token[]): TokenWords {
  const keys: (readonly number[])[] = [];
  for (const token of tokens) keys.push(tokenWords(token));
  return keys;
}

/** Words that open a list of links to other stories, English and Arabic. */
export const LINK_WORDS = {
  en: 'Related(?: (?:stories|articles|news|posts|content))?|Read more|Read also|Also read|See also',
  ar: 'اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|أخبار ذات صلة|مواضيع ذات صلة',
};

/** What follows an English link word that opens a list: a colon maybe, then a capital, a digit or a quote. */
const LINK_OPENING = String.raw`\s*:?\s+(?=["'“A-Z0-9])`;
/** The words one of which every list of links opens with. */
const LINK_GUARD = 'Related Read Also See اقرأ صلة';

/**
 * "… (Photo AP) Print Tweet Views 318 Related Border talks …": a page's related-links widget, run into a
 * sentence by the text extraction. A capitalised "Related" (or "Read more", "اقرأ أيضا") before a capital or
 * a quote starts it; plain prose says "related to".
 */
const LINK_LIST = guardedPattern(
  new RegExp(`(?:^|\\s)(?:${LINK_WORDS.en})${LINK_OPENING}|${LINK_WORDS.ar}`),
  LINK_GUARD,
);

/**
 * `LINK_LIST` without its opening space: found in a text wherever `LINK_LIST` is found in one of its
 * sentences (where the sentence's start stands for the space).
 */
const MAY_LINK = guardedPattern(
  new RegExp(`(?:${LINK_WORDS.en})${LINK_OPENING}|${LINK_WORDS.ar}`),
  LINK_GUARD,
);

/** The offset where a sentence's run-in list of links starts; the sentence's end when it has none. */
function linksFrom(text: string, span: Span): number {
  const at = LINK_LIST.exec(text.slice(span[0], span[1]));
  return at ? span[0] + at.index : span[1];
}

/**
 * "On May 23, gunmen attacked": a word of a date is no cue ("may" would make the attack a possibility). Nor is
 * "may" right before a number the times stage left unread: "a group calling itself May 98", the month with a
 * two-digit year.
 */
function outsideTimes(cues: PhraseHit[], tokens: Token[], times: readonly TimeExpression[]): PhraseHit[] {
  const month = (c: PhraseHit) =>
    c.end - c.start === 1 && tokens[c.start].norm === 'may' && /^\d/.test(tokens[c.end]?.norm ?? '');
  if (times.length === 0 && !cues.some(month)) return cues;
  return cues.filter((c) => {
    const [from, to] = [tokens[c.start].span[0], tokens[c.end - 1].span[1]];
    return !month(c) && !times.some((t) => t.span[0] <= from && to <= t.span[1]);
  });
}

/**
 * Whether a trigger follows, within `actReach` tokens, the first word `isOwn` accepts among the `ownReach`
 * tokens from `from`: a teller that speaks of itself or of its men and then of an act owns that act ("said
 * two of its men staged the raid", «أعلن الجيش أنه اعتقل»). One reading for every rule that asks it.
 *
 * @example actAfterOwnWord(view, said + 1, 5, (w) => w === 'its', 5) // true for "said its fighters attacked"
 */
export function actAfterOwnWord(
  view: SentenceView,
  from: number,
  ownReach: number,
  isOwn: (norm: string) => boolean,
  actReach: number,
): boolean {
  const own = view.tokens.slice(from, from + ownReach).findIndex((t) => isOwn(t.norm));
  if (own < 0) return false;
  const at = from + own;
  return view.triggers.some((t) => t.start > at && t.start - at <= actReach);
}
