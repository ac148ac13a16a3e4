/** Posts, bases and stations: the side named with one is where the blow fell, unless it only gives an address. */
import type { ActorCandidate } from './actor-finder.js';
import { UNIT } from './force-nationality.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

/**
 * Words for a post, base, position or a force's own mosque ('مسجد قوات الطوارئ'), Arabic (folded) and English:
 * the side named with one is its owner.
 */
const SITE_HEAD =
  /^[وفبل]?(?:ال)?(?:مركز|مقر|مسجد|ثكنه|معسكر|قاعده|نقطه|حاجز|دوريه|مخفر|موقع|مواقع|تجمعات|تعزيزات|مخازن|positions|bases|camps|hideouts|posts|strongholds|targets)$/;
const SITE_TAIL =
  /^(?:positions|position|bases|base|camps|camp|hideouts|hideout|posts|post|checkpoint|checkpoints|convoy|patrol|station|headquarters|strongholds|targets)$/;

/**
 * "ثكنة للقوات الإثيوبية", "مواقع حزب العمال", "positions of the PKK", "Houthi positions": a side named as
 * the owner of a post or position is where the blow fell, a target. The bare post word then names no side
 * of its own.
 */
export function ownedSites(view: SentenceView, candidates: ActorCandidate[]): ActorCandidate[] {
  const owned = candidates.map((c) => {
    let head = c.at - 1;
    // "positions of the PKK", "ثكنة للقوات الإثيوبية": the owner's article or unit word stands between.
    while (
      head > c.at - 3 &&
      (/^(?:of|the)$/.test(view.tokens[head]?.norm ?? '') || UNIT.test(view.tokens[head]?.norm ?? ''))
    )
      head--;
    const after = view.tokens[tokenAt(view, c.ref.spans[0][1])]?.norm ?? '';
    const site = SITE_HEAD.test(view.tokens[head]?.norm ?? '') || SITE_TAIL.test(after);
    return site && !c.site ? { ...c, site: true } : c;
  });
  return owned.filter(
    (c) =>
      !(
        c.site &&
        c.ref.entity_id === null &&
        owned.some((o) => o !== c && o.site && o.at > c.at && o.at - c.at <= 2)
      ),
  );
}

/** "the Varnama police station area", "police station limits": a station that names a district. */
const ADDRESS_TAIL = /^(?:area|areas|limits|jurisdiction)$/;
/** "a village under the Varnama police station", "القرية التابعة لمخفر": a station a place belongs to. */
const ADDRESS_LEAD = /^(?:under|التابعه|التابع|ضمن|اختصاص)$/;
/** Tokens from an address's lead word to its station ("under the Varnama police station"). */
const ADDRESS_REACH = 3;

/** A post or station named only as the address of the place where the incident fell, not as its target. */
export function isAddress(view: SentenceView, hit: PhraseHit): boolean {
  if (hit.phrase.pos !== 'site') return false;
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  if (ADDRESS_TAIL.test(norm(hit.end))) return true;
  return view.tokens
    .slice(Math.max(0, hit.start - ADDRESS_REACH), hit.start)
    .some((t) => ADDRESS_LEAD.test(t.norm));
}
