/** Posts, bases and stations: the side named with one is where the blow fell, unless it only gives an address. */
import { packedMap } from '../../core/packed-map.js';
import type { ActorCandidate } from './actor-finder.js';
import { UNIT } from './force-nationality.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, tokenFrom, type SentenceView } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';
import { homeOf } from './home-owners.js';

/**
 * Words for a post, base, position, a force's own mosque ('مسجد قوات الطوارئ') or its academy or college
 * ('اكاديمية الشرطة', 'كلية الشرطة'), Arabic (folded) and English:
 * the side named with one is its owner.
 */
const SITE_HEAD =
  /^(?:[وفبل]?(?:ال)?(?:مركز|مقر|مسجد|اكاديميه|كليه|ثكنه|معسكر|معسكرات|مخيمات|قواعد|قاعده|نقطه|حاجز|دوريه|مخفر|موقع|مواقع|تجمعات|تعزيزات|مخازن)ا?|checkpoint|checkpoints|post|positions|base|bases|camps|hideouts|posts|strongholds|targets|academy|garrison|garrisons|barracks|outpost|outposts)$/;
/** A post word after the side's name ("Houthi positions"): a set, one hash a word where a pattern ran. */
const SITE_TAIL = wordSet(
  'positions position bases base camps camp hideouts hideout posts post checkpoint checkpoints convoy patrol ' +
    'station headquarters strongholds targets academy garrison garrisons barracks outpost outposts compound compounds ' +
    'center centers centre centres facility facilities installation installations complex complexes depot depots',
);
/**
 * "the military training center", "a police detention facility", "rebel weapons depots": what a post is for,
 * told between its owner and the post word. A closed set: any word there would make "the army shelled
 * positions" the army's own positions.
 */
const SITE_USE = wordSet(
  'training command detention recruitment supply logistics weapons ammunition arms operations',
);

/**
 * Words that stand between a post and its owner: an article or a unit word ("positions of the PKK",
 * "ثكنة للقوات الإثيوبية"), or English words of belonging ("a checkpoint belonging to", "manned by", "under
 * the control of"). Not «التابعة لـ»: "النقطة التابعة للحوثيين أطلقت الرصاص" is as often the post that acted.
 */
const OWNER_LINK = wordSet('of the to belonging belongs under control');
/** "a checkpoint manned by": a "by" that names the holder, never the attacker ("an attack on a post by IS"). */
const HELD_BY = wordSet('controlled held manned run');
/**
 * "مسجد إدارة الطوارئ", "مقر قيادة الشرطة", "مبنى مديرية الأمن": an office of the force between the post and
 * the force's name (folded Arabic) still ties the post to it.
 */
const OFFICE = /^(?:[وفبل]?(?:ال)?|لل)(?:اداره|قياده|مديريه|مبني)$/;
/**
 * «مخيمات ناشطي حزب العمال», «قواعد أنصار الجماعة»: the group's men in the construct state between the post
 * and the group (folded Arabic) still tie the post to it.
 */
const MEMBERS = /^(?:ناشطي|نشطاء|اعضاء|انصار|عناصر|مقاتلي|مسلحي|كوادر|منتسبي)$/;
/** Tokens from a post to its owner ("a checkpoint under the control of the YPG"). */
const OWNER_REACH = 6;

/**
 * "ثكنة للقوات الإثيوبية", "مواقع حزب العمال", "positions of the PKK", "Houthi positions", "the PKK's bases",
 * "a checkpoint belonging to the YPG": a side named as the owner of a post or position is where the blow fell,
 * a target. The bare post word then names no side of its own.
 */
export function ownedSites(view: SentenceView, candidates: ActorCandidate[]): ActorCandidate[] {
  // Two clauses in five offer no side: there is no post to weigh, nor a map of posts to make.
  if (candidates.length === 0) return candidates;
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  const heads = new Map<ActorCandidate, number>();
  const owned = packedMap(candidates, (c) => {
    let head = c.at - 1;
    while (head > c.at - OWNER_REACH) {
      if (norm(head) === 'by' && HELD_BY.has(norm(head - 1))) head -= 2;
      else if (
        OWNER_LINK.has(norm(head)) ||
        UNIT.test(norm(head)) ||
        OFFICE.test(norm(head)) ||
        MEMBERS.test(norm(head))
      )
        head--;
      else break;
    }
    const vehicle = struckVehicle(view, c, candidates);
    const after = tokenFrom(view, c.ref.spans[0][1]);
    const tail = SITE_USE.has(norm(after)) ? after + 1 : after;
    // "stormed a Taliban commander's house": an armed group's household of a home struck is where the blow fell,
    // never its doer (where it harmed civilians, bystanders.ts leaves the household out altogether). A state
    // officer's home is left as it was: the force may be told as the one hunting the attackers.
    const site =
      SITE_HEAD.test(norm(head)) ||
      SITE_TAIL.has(norm(tail)) ||
      vehicle >= 0 ||
      (c.side === 'group' && homeOf(norm, c.at, tokenAt(view, c.ref.spans[0][1])));
    const marked =
      site && !c.site ? { ref: c.ref, side: c.side, at: c.at, country: c.country, site: true } : c;
    if (site) heads.set(marked, vehicle >= 0 ? vehicle : head);
    return marked;
  });
  // The post word of an owner told further on ("a checkpoint belonging to the YPG") is that owner's post.
  const postOf = (c: ActorCandidate, o: ActorCandidate) => {
    const head = heads.get(o) ?? -1;
    return head >= c.at && head < tokenAt(view, c.ref.spans[0][1]);
  };
  return owned.filter(
    (c) =>
      !(
        c.site &&
        c.ref.entity_id === null &&
        owned.some((o) => o !== c && o.site && o.at > c.at && (o.at - c.at <= 2 || postOf(c, o)))
      ),
  );
}

/** Vehicles a side owns: what an act before them destroyed or hit (folded Arabic, English). */
const VEHICLE =
  /^(?:[وبل]?(?:ال)?(?:عربه|عربات|اليه|اليات|مدرعه|مدرعات|دبابه|دبابات|سياره|سيارات|شاحنه|شاحنات|زورق|زوارق|دوريه|دوريات|ناقله|ناقلات|جرافه|جرافات)|vehicle|vehicles|truck|trucks|tank|tanks|boat|boats)$/;
/** "عربة تابعة للحوثيين", "a truck belonging to the Houthis": the words tying a vehicle to its owner. */
const TIED = /^(?:تابعه|التابعه|تابع|التابع|تابعين|التابعين|belonging|owned)$/;
/** Words between the tie and its owner: "belonging to the Houthis", "owned by the army". */
const TIE_FILLER = /^(?:to|by|the)$/;
/** An English word: English tells a vehicle's owner after the act, where Arabic may tell the doer. */
const LATIN_WORD = /^[a-z]/;
/** Tokens from the vehicle to the tie ("عربة كاتيوشا تابعة": the vehicle's kind may stand between). */
const VEHICLE_REACH = 2;
/** «هاجم مسلحون دورية»: how many words (the subject) may stand between an Arabic verb and the vehicle it hit. */
const SUBJECT_REACH = 3;
/** «باستهداف دورية», «الهجوم على عربة»: an act told as a noun, or a preposition, right before its object. */
const NOUN_OR_PREPOSITION = /^(?:[وف]?(?:ب|ل|لل|ال|بال)[\u0600-\u06ff]{3,}|علي|ضد)$/;

/**
 * "أحرق طيران التحالف شاحنة ذخيرة تابعة للحوثي", "jets hit a truck belonging to the Houthis": the owner of a
 * vehicle told after another side, or in English after the act, is where the blow fell (the vehicle is the
 * object), never its doer. "قصفت دبابة تابعة للحوثيين حيا": an Arabic verb's subject stands right after it,
 * so a vehicle told before any other side may be the one that acted, and is left alone. The vehicle's token
 * when its owner was struck, else -1; a kind of vehicle that names a force («عربة عسكرية») then yields to it.
 */
function struckVehicle(view: SentenceView, c: ActorCandidate, candidates: ActorCandidate[]): number {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  let tie = c.at - 1;
  while (TIE_FILLER.test(norm(tie))) tie--;
  if (!TIED.test(norm(tie))) return -1;
  for (let k = tie - 1; k >= Math.max(0, tie - VEHICLE_REACH); k--)
    if (VEHICLE.test(norm(k)))
      return candidates.some((o) => o.at < k) ||
        (LATIN_WORD.test(norm(k)) && view.triggers.some((t) => t.phrase.tag !== '@none' && t.end <= k)) ||
        (!LATIN_WORD.test(norm(k)) && objectOfAct(view, k))
        ? k
        : -1;
  return -1;
}

/**
 * «هاجم مسلحون دورية تابعة للجيش», «استهداف عربة عسكرية تابعة للشرطة»: an Arabic act before the vehicle,
 * with its subject in between or told as a noun, took the vehicle for its object, whoever did it. A verb
 * right before the vehicle («قصفت دبابة تابعة للحوثيين سوقا») has it for its subject.
 */
function objectOfAct(view: SentenceView, vehicle: number): boolean {
  const norm = (i: number) => view.tokens[i]?.norm ?? '';
  return view.triggers.some(
    (t) =>
      t.phrase.tag !== '@none' &&
      t.end <= vehicle &&
      vehicle - t.end <= SUBJECT_REACH &&
      (t.end < vehicle
        ? !view.triggers.some((o) => o !== t && o.start >= t.end && o.start < vehicle)
        : NOUN_OR_PREPOSITION.test(norm(t.end - 1))),
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
