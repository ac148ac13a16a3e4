// "A bomb went off outside the Interior Ministry", "mortars hit the presidential palace", «انفجار قرب مبنى
// البرلمان»: news places an attack at a national institution far more often than it names the town, and a
// country's parliament, its ministries, its head of state's palace and its prime minister's residence stand in
// its capital. This module reads such an institution, named as the place of an attack, as the capital's town.
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { KnowledgeBase } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';
import { articleCountry, capitalsOf } from './capital-town.js';
import { capitalsAt } from './former-capitals.js';
import { afterNoArabicLetter } from './arabic-word-start.js';
import { allMatches } from '../../core/text/all-matches.js';

/** The confidence of a capital's town inferred from an institution, its country named right before it. */
const OWNED_SCORE = 0.6;
/** The confidence when the article, not the words, tells the institution's country: a guess. */
const BARE_SCORE = 0.5;

/** "Interior", "Foreign Affairs", "Oil": the portfolios a national ministry is named by. */
const PORTFOLIO = String.raw`(?:interior|internal\s+affairs|home\s+affairs|defen[cs]e|foreign(?:\s+affairs)?|finance|justice|oil|petroleum|(?:higher\s+)?education|health|electricity|energy|transport(?:ation)?|agriculture|labou?r|trade|commerce|industry|communications?|telecommunications?|information|culture|planning|water\s+resources|housing|youth|religious\s+affairs|endowments|security|public\s+works|municipalities|migration|human\s+rights|environment|tourism|economy)`;
/** "the Transport and Telecommunications Ministry", "the Ministry of Labour, Health and Welfare". */
const PORTFOLIOS = String.raw`${PORTFOLIO}(?:\s*(?:,|and|&)\s*${PORTFOLIO})*`;
/** "building", "compound": the words that may follow an institution's name and still be the institution. */
const PREMISES = String.raw`(?:building|compound|headquarters|premises|complex|gates?|main\s+chamber)`;
/**
 * "the Interior Ministry", "the Ministry of Oil", "the presidential palace", "the prime minister's residence",
 * "the house of the Prime Minister", "parliament", "the National Assembly building": national institutions
 * that stand in the capital. A regional one ("the Kurdistan parliament", "the provincial parliament") and a
 * former prime minister's house are left out by the words that must come right before (see CUE_BEFORE).
 */
const INSTITUTION = new RegExp(
  String.raw`\b(?:${PORTFOLIOS}\s+ministry|ministry\s+of\s+(?:the\s+)?${PORTFOLIOS}|presidential\s+(?:palace|residence|compound)|(?:deputy\s+)?prime\s+minister['’]s\s+(?:official\s+)?(?:residence|office|house|home|compound)|(?:residence|office|offices|house|home|compound)\s+of\s+the\s+(?:deputy\s+)?prime\s+minister|parliament|national\s+assembly)(?<premises>(?:['’]s)?\s+${PREMISES})?\b`,
  // Not 'u': the pattern has no class that needs it, and a case-blind scan of the whole article runs
  // twice as fast without it (Unicode case folding differs only for 'ſ' and the Kelvin sign).
  'gi',
);
/**
 * "near the", "outside", "in front of the", "an attack on the", "insurgents shelled the", "500 metres from the":
 * the institution as the place of the incident, not as its speaker ("the Interior Ministry said") nor as an
 * employer ("a Finance Ministry official"). Nothing but a determiner may stand between these and the
 * institution or its country: "the Dagestani Interior Ministry", "the regional parliament" are no match.
 */
const CUE_BEFORE =
  /\b(?:at|near|outside|inside|opposite|behind|beside|into|(?:attacks?|assaults?|raids?|fire|fired|strikes?)\s+on|in\s+front\s+of|next\s+to|close\s+to|near\s+to|(?:entrance|gates?|grounds|premises|walls?|fence|vicinity)\s+(?:of|to)|(?:feet|yards|met(?:er|re)s|blocks|kilomet(?:er|re)s|km|miles)\s+(?:away\s+)?from|attack(?:ed|ing|s)?|stormed|storming|shell(?:ed|ing)|bomb(?:ed|ing)|target(?:ed|ing)|struck|hit|raided|seized|besieged)\s+(?:(?:the|a|an)\s+)?$/i;
/** "in the", "on the": a place only with its premises ("in the parliament building", not "a vote in parliament"). */
const IN_BEFORE = /\b(?:in|on)\s+(?:(?:the|a|an)\s+)?$/i;
/** "an official at the", "a member in the", "head of security at the": someone working there, not an attack. */
const STAFF_BEFORE =
  /\b(?:officials?|officers?|employees?|advis[eo]rs?|directors?|head|chief|undersecretary|spokes(?:man|woman|person)|sources?|ministers?|secretar(?:y|ies)|staff(?:ers?)?|members?|workers?|consultants?|experts?|engineers?|inspectors?|deputy|general)\b(?:\s+[\p{L}'’-]+){0,6}\s+(?:at|in)\s+(?:the\s+)?$/iu;
/**
 * "the Interior Ministry's office in Basra", "an Interior Ministry patrol", "parliament members": a branch
 * elsewhere, or someone or something of the institution.
 */
const NOT_THERE_AFTER =
  /^(?:['’]s\s+(?!(?:main\s+)?(?:building|compound|headquarters|premises|gates?)\b)|\s+(?:officials?|officers?|employees?|advis[eo]rs?|spokes\w+|sources?|vehicles?|cars?|convoys?|patrols?|commandos?|forces|troops|police|units?|staff|members?|guards?|personnel|statement|checkpoints?|offices?|branch(?:es)?|directorates?|departments?|delegation|team|candidates?|elections?|seats?|session|speaker|deput(?:y|ies)|intelligence|agents?|workers?|of)\b)/i;
/** "the parliament in Erbil", "the ministry at Kirkuk": the town it stands in, told right after. */
const TOWN_AFTER = /^\s*,?\s+(?:in|at)\s+(?:the\s+)?(?:\p{Ll}+\s+)?\p{Lu}/u;

/**
 * «وزارة الداخلية», «مبنى البرلمان», «القصر الجمهوري», «مقر رئاسة الوزراء»: the Arabic institutions, each after no
 * Arabic letter (`afterNoArabicLetter`).
 */
const ARABIC_INSTITUTION =
  /(?:وزار[ةه]\s+ال[\u0621-\u064a]+|البرلمان|مجلس\s+(?:النواب|الشعب|الامه|الأمة|الشورى)|القصر\s+(?:الرئاسي|الجمهوري)|قصر\s+الرئاسة|(?:منزل|مكتب)\s+رئيس\s+الوزراء|رئاس[ةه]\s+الوزراء)(?![\u0621-\u064a])/gu;
/** «قرب», «أمام», «مقر», «استهدف», «هجوم على»: the institution as the place of the incident. */
const ARABIC_CUE_BEFORE =
  /(?<![\u0621-\u064a])(?:قرب|بالقرب\s+من|أمام|امام|داخل|خارج|محيط|بمحيط|عند|مقر|بمقر|مبنى|بمبنى|بوابة|مدخل|استهدف[\u0621-\u064a]*|اقتحم[\u0621-\u064a]*|اقتحام|هاجم[\u0621-\u064a]*|هجوما?\s+على|قصف[\u0621-\u064a]*|سقط[\u0621-\u064a]*\s+(?:على|قرب))\s+$/u;
/**
 * «في إقليم كردستان», «بأربيل»: a seat told right after; «الكردستاني», «المحلية»: a regional institution;
 * «فرع», «مديرية», «مسؤول»: a branch or someone of it.
 */
const ARABIC_NOT_THERE_AFTER =
  /^(?:\s+(?:في|ب)|\s*ب[\u0621-\u064a]|\s+(?:ال)?(?:[\u0621-\u064a]*(?:كرد|كورد)|إقليم|اقليم|محلي|فرع|مديري|دائر|مسؤول|موظف|ضابط|متحدث|ناطق|مصدر|قوات|دوري|موكب|سيار|نواب|عضو|انتخاب|جلس))/u;

/** Words every match of `INSTITUTION` holds one of, and every match of `ARABIC_INSTITUTION`. */
const ENGLISH_WORDS = /ministry|presidential|prime\s+minister|parliament|national\s+assembly/iu;
const ARABIC_WORDS = /وزار|البرلمان|مجلس|قصر|الوزراء/u;

/** Where words name an institution: their span, and the country named right before or after them. */
interface InstitutionWords {
  span: Span;
  owner: string | null;
}

/** The country mention ending right before `start` ("Thailand's", "the Iraqi"), or null. */
function ownerBefore(text: string, mentions: readonly Mention[], start: number): Mention | null {
  return (
    mentions.find(
      (m) =>
        m.kind === 'country' &&
        m.place?.country &&
        m.span[1] <= start &&
        /^(?:['’]s)?\s+$/u.test(text.slice(m.span[1], start)),
    ) ?? null
  );
}

/** "in", "at", «في»: the words between an institution and the country it stands in, named right after. */
const IN_AFTER = /^\s*,?\s+(?:in|at)\s+(?:the\s+)?$/iu;
const ARABIC_IN_AFTER = /^\s*(?:\s(?:في|ب)\s*)?$/u;

/** The country named right after an institution ("the Iraqi parliament" aside: "the parliament in Iraq"). */
function hostAfter(text: string, mentions: readonly Mention[], end: number, between: RegExp): string | null {
  const host = mentions.find(
    (m) =>
      m.kind === 'country' &&
      m.span[0] >= end &&
      m.span[0] - end <= 12 &&
      between.test(text.slice(end, m.span[0])),
  );
  return host?.place?.country ?? null;
}

/** A town, district or site (not a region nor a country) a mention names. */
const isLocal = (m: Mention): boolean =>
  m.place !== undefined && m.place.precision !== 'country' && m.place.precision !== 'region';

/**
 * A town, district or site named in the sentence holding `at`, or anywhere in the article in `country`: it
 * places the incident by itself, at a finer grain than the capital or in another town.
 */
function placeNamed(
  mentions: readonly Mention[],
  sentences: readonly Span[],
  at: number,
  country: string,
): boolean {
  const [start, end] = sentences.find(([s, e]) => at >= s && at < e) ?? [at, at + 1];
  return mentions.some(
    (m) => isLocal(m) && (m.place?.country === country || (m.span[0] >= start && m.span[1] <= end)),
  );
}

function englishInstitutions(text: string, mentions: readonly Mention[]): InstitutionWords[] {
  const found: InstitutionWords[] = [];
  for (const words of allMatches(INSTITUTION, text)) {
    const span: Span = [words.index, words.index + words[0].length];
    const owner = ownerBefore(text, mentions, span[0]);
    const opening = owner?.span[0] ?? span[0];
    const head = text.slice(Math.max(0, opening - 60), opening);
    const cued = CUE_BEFORE.test(head) || (IN_BEFORE.test(head) && words.groups?.premises !== undefined);
    if (!cued || STAFF_BEFORE.test(head)) continue;
    const host = hostAfter(text, mentions, span[1], IN_AFTER);
    const after = text.slice(span[1], span[1] + 40);
    if (NOT_THERE_AFTER.test(after) || (host === null && TOWN_AFTER.test(after))) continue;
    found.push({ span, owner: host ?? owner?.place?.country ?? null });
  }
  return found;
}

function arabicInstitutions(text: string, mentions: readonly Mention[]): InstitutionWords[] {
  const found: InstitutionWords[] = [];
  for (const words of afterNoArabicLetter(ARABIC_INSTITUTION, text)) {
    const span: Span = [words.index, words.index + words[0].length];
    if (!ARABIC_CUE_BEFORE.test(text.slice(Math.max(0, span[0] - 20), span[0]))) continue;
    // «وزارة الداخلية العراقية», «البرلمان الصومالي في الصومال»: the country's nationality or name right after.
    const owner = hostAfter(text, mentions, span[1], ARABIC_IN_AFTER);
    if (owner === null && ARABIC_NOT_THERE_AFTER.test(text.slice(span[1], span[1] + 20))) continue;
    found.push({ span, owner });
  }
  return found;
}

/** Words inside a name the base matched, or holding one: the base knows what they are. */
function overlapsMention(mentions: readonly Mention[], [start, end]: Span): boolean {
  return mentions.some((m) => m.span[0] < end && m.span[1] > start && m.kind !== 'country');
}

/**
 * "Gunmen attacked the presidential palace", "a bomb exploded near Thailand's Interior Ministry", «سقطت قذيفة
 * قرب مبنى البرلمان»: a national institution named as the place of an incident is the capital's town of its
 * country — the one named right before or after it, else the article's (as a bare "the capital" is read) — as
 * a mention spanning the institution's words. Left alone: an institution in a sentence that names a town,
 * district or site, or in an article that names one of its country; one followed by a town ("the Interior
 * Ministry in Erbil") or a branch ("the Interior Ministry's office in Basra"); a regional one ("the Dagestani
 * Interior Ministry", "the provincial parliament"); one named as a speaker or an employer ("a Finance Ministry
 * official"); and a country with no capital news can name (capital-town's NO_CAPITAL). Mentions come back in
 * text order.
 *
 * @example withInstitutionTown(kb, 'NEPAL.  A bomb went off near the Home Affairs Ministry.', spans, mentions)
 * // + Kathmandu on "Home Affairs Ministry"
 */
export function withInstitutionTown(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
  published?: string | null,
): Mention[] {
  if (!/ministry|parliament|assembly|palace|prime\s+minister|وزار|برلمان|مجلس|قصر|الوزراء/iu.test(text))
    return mentions;
  const capitals = capitalsAt(kb, capitalsOf(kb), text, published);
  const added: Mention[] = [];
  // Each language's expression is slow to fail over a whole article: it runs only where a word it needs stands.
  const english = ENGLISH_WORDS.test(text) ? englishInstitutions(text, mentions) : [];
  const arabic = ARABIC_WORDS.test(text) ? arabicInstitutions(text, mentions) : [];
  for (const words of [...english, ...arabic]) {
    if (overlapsMention(mentions, words.span)) continue;
    const country = words.owner ?? articleCountry(text, mentions, sentences, words.span[0], capitals);
    const town = country === null ? undefined : capitals.get(country);
    if (town === undefined || placeNamed(mentions, sentences, words.span[0], country ?? '')) continue;
    added.push(placeFromWords(kb, text, words.span, town, words.owner === null ? BARE_SCORE : OWNED_SCORE));
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.span[0] - b.span[0]);
}
