import type { Mention, PlaceRef, Token } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/** A capitalised place name of one to three words, with an Arabic article written "al-"/"el-" or not. */
const NAME = String.raw`(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+(?: (?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+){0,2}`;
/**
 * "the village of Haas", "the town of Kafr Nabl", "Hirbanfsah village", "the besieged Fuaa town", "Barada
 * valley": a place named as a village, a town or a valley. The noun after the name is lower-case, as in running
 * text: a title-case headline ("Gunmen Storm Border Town") names no town; and "the Basque town of X" names X.
 */
const NAMED_VILLAGE = new RegExp(
  String.raw`\b(?:village|town|hamlet|villages) of (${NAME})|\b(${NAME}) (?:village|hamlet)\b|\b(${NAME}) (?:town|valley)\b(?! of\b)`,
  'g',
);
/**
 * Capitalised words that open a sentence, faiths and points of the compass ("the Sunni town", "the Northern
 * town") and peoples' adjectives the base lacks ("the Kurdish town"): never the village itself.
 */
const NOT_A_NAME =
  /^(?:The|A|An|This|That|Their|His|Her|Its|In|On|At|Sunni|Shiite|Shia|Christian|Druze|Alawite|Muslim|Hindu|Jewish|Yazidi|Bedouin|Northern|Southern|Eastern|Western|Central|Coastal|Border|Old|New|\w+(?:ish|ian|ese))$/;

/**
 * «قرية برقين», «بلدة كفر زيتا», «مخيم الركبان»: a village, a town or a camp named by its noun in the
 * construct state (no article: «القرية الصغيرة» names none), with or without a joined preposition («بقرية»).
 * Villages named in a list («قرى X وY») are none of them alone: the place that holds them is the event's.
 */
const ARABIC_VILLAGE_NOUN = /^[وف]?[بل]?(?:قريه|بلده|مخيم)$/;
/** First words of a two-word village name: «كفر زيتا», «دير حافر», «تل رفعت», «عين العرب», «الشيخ مسكين». */
const NAME_HEADS = new Set(
  'كفر دير تل عين بيت خربه جسر ابو ام راس مرج بئر بير سيدي بني عرب وادي جبل قصر سوق دار الشيخ شيخ حي نبع'.split(
    ' ',
  ),
);
/** Words that follow the noun without naming it: adjectives, numbers, relatives and prepositions. */
const NOT_AN_ARABIC_NAME = new Set(
  (
    'صغيره كبيره مجاوره نائيه حدوديه جبليه واقعه قريبه تابعه اخري اخرى واحده عده ثلاث اربع خمس ' +
    'التي الذي التابعه الواقعه المجاوره القريبه في علي على من الي الى عن قرب شمال جنوب شرق غرب بين ' +
    'شمالي جنوبي شرقي غربي وسط الشريط حيث يقطنها يسكنها تدعي تسمي تقع تبعد تعد تضم تسيطر يسيطر لم قد كانت كان'
  ).split(' '),
);
const ARABIC_WORD = /^[\u0621-\u064a]{2,}$/;

/**
 * An Arabic word that may name a place: not one of the words that follow the noun without naming it, bare or
 * behind a joined preposition («بشمال» is "in the north of"; «برقين» is a name, its «ب» its own).
 */
const nameWord = (token: Token): boolean =>
  ARABIC_WORD.test(token.norm) && !NOT_AN_ARABIC_NAME.has(token.norm) && !NOT_AN_ARABIC_NAME.has(token.stem);

/**
 * "the village of Haas in Idlib province", «قرية برقين بريف إدلب»: a village the knowledge base does not
 * know, named as one in the clause. It takes the country of the places around it and no coordinates, and
 * points to its own words; the event builder decides whether it beats the places the clause knows.
 *
 * @example unknownVillage('shelling on the village of Haas killed 3', [0, 40], [], [], 'SY')?.name // 'Haas'
 */
export function unknownVillage(
  text: string,
  clause: Span,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  country: string | null,
): PlaceRef | null {
  if (country === null) return null;
  const span = englishVillage(text, clause, mentions) ?? arabicVillage(tokens, clause, mentions);
  if (!span) return null;
  const name = text.slice(span[0], span[1]);
  return { name, country, lat: null, lon: null, precision: 'town', entity_id: null, spans: [span] };
}

/**
 * A name the knowledge base knows is a mention already, placed by the place finder; one that knows only its
 * last word ("the village of Tal Qarrah", Qara) names another place.
 */
const known = (span: Span, mentions: readonly Mention[]): boolean =>
  mentions.some((x) => x.span[0] <= span[0] && x.span[1] > span[0]);

function englishVillage(text: string, clause: Span, mentions: readonly Mention[]): Span | null {
  const part = text.slice(clause[0], clause[1]);
  for (const m of part.matchAll(NAMED_VILLAGE)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (NOT_A_NAME.test(name.split(' ')[0])) continue;
    const from = clause[0] + m.index + m[0].indexOf(name);
    const span: Span = [from, from + name.length];
    if (!known(span, mentions)) return span;
  }
  return null;
}

function arabicVillage(tokens: readonly Token[], clause: Span, mentions: readonly Mention[]): Span | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].span[0] < clause[0] || tokens[i + 1].span[1] > clause[1]) continue;
    if (!ARABIC_VILLAGE_NOUN.test(tokens[i].norm)) continue;
    const first = tokens[i + 1];
    if (!nameWord(first)) continue;
    const second = tokens[i + 2];
    const twoWords =
      NAME_HEADS.has(first.norm) &&
      second !== undefined &&
      second.span[1] <= clause[1] &&
      ARABIC_WORD.test(second.norm);
    const span: Span = [first.span[0], (twoWords ? second : first).span[1]];
    if (!known(span, mentions)) return span;
  }
  return null;
}

/**
 * Words that put a village inside the town named next, or in its district: «وسط رفح», «داخل مدينة غزة»,
 * «التابعة لناحية كفري», "inside Gaza City".
 */
const INSIDE_TOWN =
  /^\s*(?:[\u0621-\u064a]+\s+)?(?:[وبف]?(?:وسط|داخل)|التابعة\s+ل(?:ناحية|قضاء|مديرية|مركز|محور)?)\s*(?:مدينة\s+)?$|^\s*,?\s*(?:inside|in central)\s+(?:the\s+)?(?:city\s+of\s+)?$/i;

/**
 * «مخيم الشابورة للاجئين وسط رفح»: a village or camp the text puts inside the known town named next is a
 * quarter of that town — the incident is told at the town, the village kept as its district — so that the
 * article's other tellings of the town's incident join it.
 *
 * @example inTown(shabboura, [rafah], text) // { name: 'Rafah', district: { name: 'الشابورة', … }, … }
 */
export function inTown(village: PlaceRef, places: readonly PlaceRef[], text: string): PlaceRef {
  const next = places.find((p) => p.spans[0][0] >= village.spans[0][1]);
  if (next?.precision !== 'town' || next.country !== village.country) return village;
  if (!INSIDE_TOWN.test(text.slice(village.spans[0][1], next.spans[0][0]))) return village;
  return {
    ...next,
    district: { name: village.name, entity_id: null },
    spans: [...next.spans, ...village.spans],
  };
}
