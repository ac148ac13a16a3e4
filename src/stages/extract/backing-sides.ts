/**
 * Sides a clause names as backing another ("US-backed forces", «مدعومة بغارات من التحالف»), linked to it, or as
 * the parent an offshoot is described by: the backed side acts; its backers and parents are no side of the act.
 */
import { packedMap } from '../../core/packed-map.js';
import { wordSet } from '../../core/text/word-set.js';
import { armedSide, type ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { LINKED } from './role-clues.js';
import { markWithin, tokenAt } from './sentence-view.js';
import { isPastVerb, supportWords } from './support-words.js';

/** Tokens from a word of backing to the side it names ("مدعومة بغارات جوية من التحالف"). */
const SUPPORT_REACH = 5;
/**
 * "US-backed forces", "Iran-allied militias": the side before these words backs the one named after them.
 * A side "linked" to the groups that acted is told as their own ("Nusra-linked groups shelled").
 */
const BACKING = /^(?:backed|supported|sponsored|allied|funded|trained)$/;
/** "forces backed by jets", "forces allied with the regime": the side is the one backed, not the backer. */
const BACKING_VERB = /^(?:by|to|with)$/;

/**
 * "the Levant branch of", "the armed wing of", «فرع», «الذراع العسكري ل»: words that tell the side named
 * right after them as the parent of a side told just before ("Tahrir al-Sham the Levant branch of al-Qaeda").
 */
const OFFSHOOT = wordSet(
  'branch affiliate offshoot franchise wing league فرع الفرع ذراع الذراع جناح الجناح',
  'و',
);
/** A word in Latin letters: an English offshoot word. */
const LATIN = /^[a-z]/;
/** Words between an offshoot word and its parent: "of the ruling", an Arabic adjective («العسكري»). */
const PARENT_REACH = 4;
/** Words between the side described and its offshoot word: "the Syrian", "the armed", "the youth". */
const DESCRIBED_REACH = 4;

/**
 * "fighters for Hayat Tahrir al-Sham the Levant branch of al-Qaeda", "Imbonerakure, the youth league of the
 * ruling party", «جبهة النصرة فرع تنظيم القاعدة»: a parent named only to describe the side told before it is
 * no side of the act, neither its doer nor the foe of its own offshoot.
 */
function parentInApposition(view: Frame['view'], c: ActorCandidate, candidates: ActorCandidate[]): boolean {
  let offshoot = -1;
  for (let at = c.at - 1; at >= Math.max(0, c.at - PARENT_REACH); at--)
    if (OFFSHOOT.has(view.tokens[at].norm)) {
      offshoot = at;
      break;
    }
  // "Al-Qaeda's Syrian affiliate Al-Nusra Front": in English the parent follows "of"; the side right after
  // the word is the offshoot itself. An Arabic offshoot word governs its parent with no word between.
  if (offshoot < 0 || (LATIN.test(view.tokens[offshoot].norm) && view.tokens[offshoot + 1].norm !== 'of'))
    return false;
  return candidates.some((o) => {
    if (o === c || o.ref.name === c.ref.name || !armedSide(o) || o.at >= offshoot) return false;
    const end = tokenAt(view, o.ref.spans[0][1] - 1) + 1;
    return end <= offshoot && offshoot - end <= DESCRIBED_REACH;
  });
}

/** Sides named as backing another and, when its backers are named after it, the side they back. */
export interface Backing {
  backers: ActorCandidate[];
  backed: ActorCandidate | null;
  /** The frame is the backing itself ("مدعومة بغارات جوية من التحالف"): the backers' own act. */
  ownAct: boolean;
}

/**
 * Sides the clause names as backing another side, not as acting: the backed side is the one that acts,
 * and its backer is no target either.
 *
 * @example backing(frame, candidates).backed?.ref.name // 'Military Forces of Iraq' for "الجيش مدعوما بالتحالف"
 */
export function backing(frame: Frame, candidates: ActorCandidate[]): Backing {
  const view = frame.view;
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  const words = packedMap(supportWords(view), (w) => w.start);
  const acting = (before: number) =>
    candidates.findLast((o) => (o.side === 'forces' || o.side === 'group') && !o.site && o.at < before);
  let backed: ActorCandidate | null = null;
  const backers = candidates.filter((c) => {
    // "US-backed forces", not "forces backed by jets": the backed side is the noun after the word.
    const after = tokenAt(view, c.ref.spans[0][1]);
    if (BACKING.test(norm(after)) && !BACKING_VERB.test(norm(after + 1))) return true;
    // "the Al Qaeda-linked Nusra Front": a side linked to the one named right after it is not that side.
    const link = [after, after + 1].find((i) => LINKED.test(norm(i)));
    if (link !== undefined && candidates.some((o) => o.at > link && o.at <= link + 2)) return true;
    if (parentInApposition(view, c, candidates)) return true;
    const at = words.filter((w) => w < c.at && c.at - w <= SUPPORT_REACH).sort((a, b) => b - a)[0];
    if (at === undefined) return false;
    // "مدعومة بالطيران هاجمت مواقع داعش", "troops backed by militias attacked rebel posts": an act's verb or a
    // target word between them starts another clause.
    const between = (h: { start: number }) => h.start > at && h.start < c.at;
    // "Backed by jets, the army attacked": a comma (more than a space between two words) closes the backing.
    const pause = markWithin(view, at + 1, c.at);
    const cut =
      pause ||
      view.triggers.some((t) => (t.phrase.pos === 'verb' || isPastVerb(view, t)) && between(t)) ||
      view.cues.some((q) => q.phrase.tag === 'target' && between(q));
    if (cut) return false;
    // "Kurdish fighters, backed by US air strikes, attacked": the backed side may be one the knowledge does
    // not name; its backer still did not act.
    backed ??= acting(at) ?? null;
    return true;
  });
  // "… مدعومة بغارات جوية من التحالف": strikes told between the backed side and its backers are theirs.
  const ownAct =
    backed !== null &&
    backers.length > 0 &&
    frame.triggers.every((t) => t.start > backed!.at && backers.every((b) => t.start < b.at));
  return { backers, backed, ownAct };
}
