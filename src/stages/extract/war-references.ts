import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { CLAUSE_BREAK } from './cue-scope.js';
import { compoundAdjective } from './unreal-scopes.js';

/** How far after a trigger, in its clause, a war's name can make the act part of that war (tokens). */
const WAR_REACH = 20;
/** How close before the war's name "in"/"during"/"خلال" stands ("in the 1967 Six Day War"). */
const WAR_PREPOSITION_REACH = 5;
const WAR_PREPOSITION = /^(?:in|during|throughout|خلال|في|اثناء|ابان)$/i;
/** "taken hostage in the aftermath of a revolt", "on the eve of war": a war beside the act, not its part. */
const BESIDE_WAR = /^(?:wake|aftermath|eve|run-up)$/;
/** A hyphen and a letter right after a word: the word is the first half of a compound ("war-torn"). */
const HYPHENED = /^-\p{L}/u;
/** A word written with a capital: part of a name. */
const CAPITALISED = /^\p{Lu}/u;
/** A campaign or offensive goes on while its strikes are news ("struck Raqqa in the campaign against IS"). */
const ONGOING = /^(?:campaign|offensive|حمله|الحمله)$/;

/**
 * "seized the Golan in the 1967 Six Day War", "قتلوا خلال الحرب": an act told as part of a whole war or
 * campaign is the war, which is not an event. A war that is half of a compound adjective ("shelled homes in
 * the war-torn town") names no war the act belongs to.
 *
 * @example isWarReference(view, text, trigger) // true for "seized" in "Troops seized the ridge during the war."
 */
export function isWarReference(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  // Arrests "in a security campaign" are the round-up itself.
  if (trigger.phrase.tag === 'Arrests') return false;
  return view.cues.some((c) => {
    if (c.phrase.tag !== 'generic' || ONGOING.test(c.phrase.words.join(' '))) return false;
    // "the war-torn town", "war-era mines": a war as the first half of a compound adjective names no war.
    const hyphened = HYPHENED.test(text.slice(view.tokens[c.end - 1].span[1]));
    if (hyphened || compoundAdjective(view, text, c)) return false;
    if (c.start < trigger.start) return fronted(view, text, trigger, c);
    if (c.start < trigger.end || c.start - trigger.end > WAR_REACH) return false;
    const between = text.slice(view.tokens[trigger.end - 1].span[1], view.tokens[c.start].span[0]);
    const from = Math.max(trigger.end, c.start - WAR_PREPOSITION_REACH);
    const lead = view.tokens.slice(from, c.start);
    const prepositions =
      lead.some((t) => WAR_PREPOSITION.test(t.norm)) && !lead.some((t) => BESIDE_WAR.test(t.norm));
    return prepositions && !CLAUSE_BREAK.test(between) && !warOfOtherClause(view, text, trigger, c);
  });
}

/** «كان أطلق», «وكانت القوات قد قصفت»: the Arabic pluperfect's «كان», which may open its clause a few words back. */
const WAS = /^[وف]?(?:كان|كانت|كانوا)$/;
/** The nouns of a state's whole offensive: «الهجوم الإسرائيلي», «العدوان», «الغزو الأمريكي», «الاجتياح». */
const OFFENSIVE = /^(?:الهجوم|العدوان|الغزو|الحرب|الاجتياح|الحمله)$/;
/** «الإسرائيلي», «الأمريكية»: a nisba adjective, which names the state whose offensive it is. */
const NISBA = /^ال\S+(?:ي|يه)$/;
/** Tokens from the pluperfect's «كان» to «خلال»/«أثناء» before an offensive. */
const ASIDE_REACH = 14;

/**
 * «صاروخ كان أطلق في محيط المنزل خلال الهجوم الإسرائيلي على القطاع صيف العام الماضي»: an act told in a
 * pluperfect aside only as done during a state's named offensive is that offensive, a whole war, and so is the
 * offensive named there. «قتل ثلاثة خلال الهجوم الإسرائيلي أمس», told in the simple past, is the day's news.
 *
 * @example inPluperfectOffensive(view, text, trigger) // true for «أطلق» in «كان أطلق خلال الهجوم الإسرائيلي»
 */
export function inPluperfectOffensive(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  return tokens.some((during, k) => {
    if (!WAR_PREPOSITION.test(during.norm) || during.norm === 'في') return false;
    if (!OFFENSIVE.test(tokens[k + 1]?.norm ?? '') || !NISBA.test(tokens[k + 2]?.norm ?? '')) return false;
    if (trigger.start !== k + 1 && trigger.end > k) return false;
    const from = Math.max(0, Math.min(trigger.start, k) - ASIDE_REACH);
    const was = tokens.slice(from, Math.min(trigger.start, k)).findLastIndex((t) => WAS.test(t.norm));
    if (was < 0) return false;
    return !CLAUSE_BREAK.test(text.slice(tokens[from + was].span[1], during.span[0]));
  });
}

/** «الهجوم الإسرائيلي على قطاع غزة», «العدوان الأمريكي»: a state's offensive named by its nisba and target. */
const NAMED_OFFENSIVE =
  /(?:^|\s)[وبل]?(?:ال)?(?:هجوم|عدوان|غزو|اجتياح|حملة)\s+ال\S+(?:ي|ية)(?:\s+(?:على|ضد)(?:\s+\S+){1,3})?\s+$/;
/** Characters before a date within which a named offensive may stand. */
const OFFENSIVE_REACH = 60;

/**
 * «خلال الهجوم الإسرائيلي على قطاع غزة صيف العام الماضي»: a season, month or year right after a state's
 * offensive names that offensive, a whole war, not the incident the clause tells. A day there («الهجوم
 * الإسرائيلي على غزة أمس») is one blow's, and stays.
 *
 * @example datesAnOffensive({ span: [30, 46], precision: 'year' }, text) // true after «خلال العدوان الأمريكي»
 */
export function datesAnOffensive(
  t: { span: readonly [number, number]; precision: 'day' | 'month' | 'year' },
  text: string,
): boolean {
  if (t.precision === 'day') return false;
  return NAMED_OFFENSIVE.test(text.slice(Math.max(0, t.span[0] - OFFENSIVE_REACH), t.span[0]));
}

/** «خلال», «أثناء», "during": the words that front a war as the time of what follows; "in" names places too. */
const DURING = /^(?:during|throughout|خلال|اثناء|ابان)$/;
/** How far after a fronted war its act may stand (tokens): «خلال الغزو شهد العراق أحداث حرق». */
const FRONTED_REACH = 6;

/**
 * «خلال الغزو شهد العراق أحداث حرق وسلب», "During the war, troops seized the ridge": a war fronted by "during"
 * sets the time of the act soon after it, in its clause.
 */
function fronted(view: SentenceView, text: string, trigger: PhraseHit, war: PhraseHit): boolean {
  const lead = view.tokens[war.start - 1]?.norm === 'the' ? war.start - 2 : war.start - 1;
  if (!DURING.test(view.tokens[lead]?.norm ?? '') || trigger.start - war.end > FRONTED_REACH) return false;
  return !CLAUSE_BREAK.test(text.slice(view.tokens[war.end - 1].span[1], view.tokens[trigger.start].span[0]));
}

/** "a nurse stabbed by a man who opposed …": a clause about a person, not about the act. */
const PERSON_RELATIVE = /^(?:who|whom|whose)$/;
/** "after writing", "before giving": a time word opening another act by its gerund ("being" tells the same act). */
const OTHER_ACT = /^(?:after|before) (?!being$|having$)[a-z]+ing$/;

/**
 * "stabbed by a man who resented the navy's part in the border war", "shot by Northern War Front
 * fighters", "killed a week after writing a book on the war": a war told in a clause about a person or of
 * another act, or a war word heading a capitalised name, sets no war for the act.
 */
function warOfOtherClause(view: SentenceView, text: string, trigger: PhraseHit, war: PhraseHit): boolean {
  const between = view.tokens.slice(trigger.end, war.start);
  const otherAct = (at: number) => OTHER_ACT.test(`${between[at].norm} ${between[at + 1]?.norm ?? ''}`);
  if (between.some((t, at) => PERSON_RELATIVE.test(t.norm) || otherAct(at))) return true;
  const after = view.tokens[war.end];
  return after !== undefined && CAPITALISED.test(text.slice(after.span[0], after.span[1]));
}

/** "الحملة التي", "the war that": a relative pronoun right after a war's or campaign's name. */
const OF_CAMPAIGN = /^(?:التي|الذي|which|that)$/;
/** Tags whose act may be what a campaign is told to have done on one day: ground taken, arrests. */
const OWN_DEEDS = new Set([
  '@capture',
  'Government regains territory',
  'Non-state actor overtakes territory',
  'Arrests',
]);

/**
 * "الحملة التي أعلنها … واستهدفت بالأساس حزب العمال", "the war, which has killed thousands": an act told in
 * the relative clause of a war or campaign is what the whole campaign did, not one incident.
 *
 * @example byCampaign(view, text, trigger) // true for "killed" in "The war, which has killed thousands, goes on."
 */
export function byCampaign(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (OWN_DEEDS.has(trigger.phrase.tag)) return false;
  return view.cues.some(
    (c) =>
      c.phrase.tag === 'generic' &&
      (OF_CAMPAIGN.test(view.tokens[c.end]?.norm ?? '') || campaignParticiple(view, c, trigger)) &&
      c.end < trigger.start &&
      trigger.start - c.end <= WAR_REACH &&
      !CLAUSE_BREAK.test(text.slice(view.tokens[c.end].span[1], view.tokens[trigger.start].span[0])),
  );
}

/** Words that open what may stand between a campaign and its participle: "an offensive by government forces". */
const CAMPAIGN_PHRASE = /^(?:by|of|against|on)$/;
/** Tokens a campaign's own phrase may take before the participle ("by government forces and allied militias"). */
const PARTICIPLE_REACH = 6;

/**
 * "an offensive by government forces targeting the town", "a campaign shelling rebel villages": an act in the
 * participle right after a campaign's name, or after the phrase of who wages it, is what the campaign does.
 */
function campaignParticiple(view: SentenceView, campaign: PhraseHit, trigger: PhraseHit): boolean {
  if (!view.tokens[trigger.start].norm.endsWith('ing')) return false;
  // "reacted to the offensive by blowing up a sub-station": a gerund after a preposition is an act of its own.
  if (CAMPAIGN_PHRASE.test(view.tokens[trigger.start - 1]?.norm ?? '')) return false;
  if (trigger.start === campaign.end) return true;
  const between = trigger.start - campaign.end;
  return between <= PARTICIPLE_REACH && CAMPAIGN_PHRASE.test(view.tokens[campaign.end]?.norm ?? '');
}
