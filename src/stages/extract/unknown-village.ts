import { wordSet } from '../../core/text/word-set.js';
import type { Mention, PlaceRef, Token } from '../../core/records.js';
import { NOT_A_PLACE_WORD, SITE_WORD_AT_END } from '../../core/place-words.js';
import { namesOrigin } from '../../core/place-stance.js';
import { namesRouteEnd, OWNERS_POSSESSIVE } from './place-asides.js';
import type { Span } from '../../core/span.js';
import { latinPlaceName } from '../../core/text/arabic-latin.js';

/**
 * A capitalised place name of one to three words, with an Arabic article written "al-"/"el-", as a word of its
 * own ("Urum al Kubra") or not.
 */
const NAME = String.raw`(?:[Aa]l-|[Ee]l-)?[A-Z][\w'’-]+(?: (?:[Aa]l-|[Ee]l-|al |el )?[A-Z][\w'’-]+){0,2}`;
/**
 * "the village of Haas", "the town of Kafr Nabl", "the city of Sarigazi", "a village called Sarar", "Hirbanfsah
 * village", "the Neve Dekel settlement", "Hajan township", "the besieged Fuaa town", "Barada valley": a place
 * named as a village, a town, a settlement or a valley. The noun after the name is lower-case, as in running
 * text: a title-case headline ("Gunmen Storm Border Town") names no town; and "the Basque town of X" names X.
 * The noun after a name is only looked at, not taken: "the Lebanese village of X" is still read as X's.
 */
const NAMED_VILLAGE = new RegExp(
  String.raw`\b(?:village|town|hamlet|villages|city|settlement|township) (?:of|called|named) (${NAME})` +
    String.raw`|\b(${NAME})(?= (?:village|hamlet)\b)` +
    String.raw`|\b(${NAME})(?= (?:town|valley|settlement|township)\b(?! of\b))`,
  'g',
);
/**
 * The nouns one of which every match of `NAMED_VILLAGE` holds ("villages" and "township" hold two of them). Its
 * name alternatives are tried at every capitalised word of a clause; most clauses hold none of these nouns.
 */
const VILLAGE_NOUNS = ['village', 'town', 'hamlet', 'city', 'settlement', 'valley'];
/**
 * Capitalised words that open a sentence, numbers ("Four village guards"), faiths and points of the compass
 * ("the Sunni town", "the Northern town") and peoples' adjectives the base lacks ("the Kurdish town"): never
 * the village itself.
 */
const NOT_A_NAME =
  /^(?:The|A|An|This|That|Their|His|Her|Its|In|On|At|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|Both|Sunni|Shiite|Shia|Christian|Druze|Alawite|Muslim|Hindu|Jewish|Yazidi|Bedouin|Northern|Southern|Eastern|Western|Central|Coastal|Border|Old|New|\w+(?:ish|ian|ese))$/;

/**
 * «قرية برقين», «بلدة كفر زيتا», «مخيم الركبان»: a village, a town or a camp named by its noun in the
 * construct state (no article: «القرية الصغيرة» names none), with or without a joined preposition («بقرية»).
 * Villages named in a list («قرى X وY») are none of them alone: the place that holds them is the event's.
 */
const ARABIC_VILLAGE_NOUN = wordSet('قريه بلده مخيم', 'و ف ب ل وب ول فب فل');
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
    'مهمه هامه استراتيجيه ' +
    'التي الذي التابعه الواقعه المجاوره القريبه في علي على من الي الى عن قرب شمال جنوب شرق غرب بين ' +
    'شمالي جنوبي شرقي غربي وسط الشريط حيث يقطنها يسكنها تدعي تسمي تقع تبعد تعد تضم تسيطر يسيطر لم قد كانت كان'
  ).split(' '),
);
const ARABIC_WORD = /^[\u0621-\u064a]{2,}$/;
/** «مخيم للنازحين», «مخيم للاجئين»: "for the …" tells whom the camp is for; no name opens so. */
const FOR_THE = /^لل/;

/**
 * An Arabic word that may name a place: not one of the words that follow the noun without naming it, bare or
 * behind a joined preposition («بشمال» is "in the north of"; «برقين» is a name, its «ب» its own).
 */
const nameWord = (token: Token): boolean =>
  ARABIC_WORD.test(token.norm) &&
  !NOT_AN_ARABIC_NAME.has(token.norm) &&
  !NOT_AN_ARABIC_NAME.has(token.stem) &&
  !FOR_THE.test(token.norm);

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
  const arabic = (): Village | null => {
    const span = arabicVillage(text, tokens, clause, mentions);
    return span && { span, told: demonymAfter(text, span, mentions) };
  };
  const found = englishVillage(text, clause, mentions) ?? arabic();
  if (!found) return null;
  const { span, told } = found;
  return {
    // «قرية شنف»: a record names its place in English letters, as the knowledge base does the places it knows.
    name: latinPlaceName(text.slice(span[0], span[1])),
    country: told?.place?.country ?? found.country ?? country,
    lat: null,
    lon: null,
    precision: 'town',
    entity_id: null,
    // "the Lebanese village of X": the nationality that gave the country is kept as the village's own word.
    spans: told ? [span, told.span] : [span],
  };
}

/**
 * A village's words, and the country of the known place that locates it (null or absent: the clause's
 * country), or the nationality told with its noun that does.
 */
interface Village {
  span: Span;
  country?: string | null;
  told?: Mention;
}

/**
 * "Urum al-Kubra", "Haas al Sughra", «حزانو الكبرى»: a known name that a word of size or side after it makes
 * the name of another village, the known place's namesake.
 */
const QUALIFIER =
  /^[\s-]*(?:(?:al|el)[\s-]+|ال)?(?:kubra|sughra|kabir|kabira|saghir|saghira|fawqa|tahta|jadida|qadima|sharqiy?a|gharbiy?a|shamaliy?a|janubiy?a|كبر[ىي]|صغر[ىي]|فوقا|تحتا|شرقي[ةه]|غربي[ةه]|شمالي[ةه]|جنوبي[ةه]|جديد[ةه]|قديم[ةه])\s*$/i;

/**
 * A name the knowledge base knows is a mention already, placed by the place finder; one that knows only its
 * last word ("the village of Tal Qarrah", Qara) names another place.
 */
const known = (span: Span, mentions: readonly Mention[], text: string): boolean =>
  mentions.some(
    (x) => x.span[0] <= span[0] && x.span[1] > span[0] && !QUALIFIER.test(text.slice(x.span[1], span[1])),
  );

/** "north of the", "to the southeast of": words that make the village after them a landmark. */
const BEARING_BEFORE = /\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$/i;

/** "Al Raqqa", "El Arish": the Arabic article written as a word of its own. */
const ARTICLE_APART = /^(?:[AaEe]l|A[dnrstz]|Ash) /;

/** A Latin capital: every name both patterns below take starts with one. */
const LATIN_CAPITAL = /[A-Z]/;

function englishVillage(text: string, clause: Span, mentions: readonly Mention[]): Village | null {
  const part = text.slice(clause[0], clause[1]);
  // An Arabic clause (half of those asked about over the corpus) holds no name either pattern could take,
  // and scanning it for a locative costs as much as scanning an English one.
  if (!LATIN_CAPITAL.test(part)) return null;
  const found: Village[] = [];
  const named = VILLAGE_NOUNS.some((noun) => part.includes(noun)) ? part.matchAll(NAMED_VILLAGE) : [];
  for (const m of named) {
    const name = m[1] ?? m[2] ?? m[3];
    // "five people from X village": where people live, not where it happened; "north of X village": a
    // landmark the scene is found by.
    const at = clause[0] + m.index;
    const from = clause[0] + m.index + m[0].indexOf(name);
    const span: Span = [from, from + name.length];
    // "the road between X town and Y": an end of the road, which says nothing of where on it the incident was.
    if (
      NOT_A_NAME.test(name.split(' ')[0]) ||
      namesRouteEnd({ span }, text) ||
      namesOrigin({ span: [at, at] }, text, clause[0]) ||
      BEARING_BEFORE.test(text.slice(Math.max(clause[0], at - 24), at))
    )
      continue;
    // "the city of Al Raqqa": the article written apart, the rest a name the base knows.
    const article = ARTICLE_APART.exec(name)?.[0].length ?? 0;
    if (!known(span, mentions, text) && !(article > 0 && known([from + article, span[1]], mentions, text))) {
      found.push({ span, told: m[1] === undefined ? undefined : demonymBefore(text, at, mentions) });
      break;
    }
  }
  const located = locatedVillage(text, clause, mentions);
  if (located) found.push(located);
  return found.sort((a, b) => a.span[0] - b.span[0])[0] ?? null;
}

/** Between a nationality and the village noun: nothing, or one word ("the Lebanese border village of"). */
const BEFORE_NOUN = /^\s+(?:[\w-]+\s+)?$/;
/** Between an Arabic village's name and its nationality: nothing, or one word («بلدة عيتا الشعب اللبنانية»). */
const AFTER_NAME = /^\s+(?:[\u0621-\u064a]+\s+)?$/;

/**
 * "the southern Lebanese village of X": the country of the nationality told right before the village noun (at
 * `noun`), which says where the village lies — whoever else the clause names by a nationality.
 */
function demonymBefore(text: string, noun: number, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find(
    (x) =>
      x.via === 'demonym' &&
      !!x.place?.country &&
      x.span[1] <= noun &&
      BEFORE_NOUN.test(text.slice(x.span[1], noun)),
  );
}

/** «بلدة عيتا الشعب اللبنانية»: the country of the nationality told right after an Arabic village's name. */
function demonymAfter(text: string, name: Span, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find(
    (x) =>
      x.via === 'demonym' &&
      !!x.place?.country &&
      x.span[0] >= name[1] &&
      AFTER_NAME.test(text.slice(name[1], x.span[0])),
  );
}

/**
 * "in Quil in …", "at Kachdooru, …", "the area of Umm Tuba, …", "the mayor of Mandili, …", "a man from Lashar,
 * …" (where he was taken or found, or his home: the nearest the text comes to the scene): an unknown name
 * after a locative; "at" is group 1 ("at Citibank in Istanbul" is a site's name), a bare "of" group 2.
 */
const LOCATED_NAME = new RegExp(
  String.raw`\b(?:[Ii]n|([Aa]t)|[Nn]ear|[Oo]utside|from|(?:area|outskirts) of|(of))\s+(${NAME})(?=\s*[,(]|\s+(?:in|near|outside)\s)`,
  'g',
);
/**
 * What after such a name puts it in a place the base knows, named next: "Kachdooru, Pulwama", "Quil in Tral",
 * "Bana (Mahore)", "Falahiya, south of Baghdad", "Tell Sabri, sixty miles southwest of Kirkuk", "Jibla, near
 * Hillah", "Barr near Colmar", "Sergy, outside of Paris", "Leikai in West Imphal" (a district's name: "in
 * western Baghdad" puts a quarter in the town), "Cauro, on the island of Corsica".
 */
const LOCATED_BY = new RegExp(
  String.raw`^(?:\s*,\s*(?:in\s+|on\s+the\s+island\s+of\s+)?|\s*\(|\s+(?:in|on\s+the\s+island\s+of)\s+|\s+(?=near\s|outside\s))(?:the\s+)?` +
    String.raw`(?:(?:just\s+|some\s+|about\s+)?(?:[\w.-]+\s+(?:[\w.-]+\s+)?(?:kms?|kilomet(?:re|er)s?|miles?)\s+)?` +
    String.raw`(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?|(?:near|outside(?:\s+of)?)\s+(?:the\s+)?)?` +
    String.raw`(?:(?:North|South|East|West|Central)\s+)?$`,
);
/**
 * ", a town east of", ", a suburb of", ", an area of": an apposition that says the name before it is a
 * locality's.
 */
const LOCALITY_APPOSITION =
  /^\s*,\s*(?:an?|the)\s+(?:\w+\s+)?(?:town|village|suburb|hamlet|city|neighbou?rhood|settlement|area)\b(?:\s+(?:just\s+|some\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)?\s+(?:of|near|outside|in)\s+(?:the\s+)?$/i;
/** "the Roy-i-Do Aab District, Samangan": a name with its kind is a district's or a province's, no village. */
const AREA_WORD = /\s(?:District|Province|Governorate|Department|County|Region|State|Municipality)$/;
/**
 * "the Venture in Rural Schooling", "the Harvest in Common": "the", a capitalised word that is no plural and
 * "in" open an organisation's or a programme's title, not a locative ("the Sikhs in Quil", "a Hindu in Quil"
 * name people where they are). The word is group 1.
 */
const TITLE_BEFORE_IN = /\bthe\s+([A-Z][a-z]*[a-rt-z])\s+$/;
/** "the Martyrs in Galilee Battalions", "Rural Uplands Program": a name that ends in a body's word names the body. */
const BODY_WORD_AT_END =
  /\s(?:Programm?e?|Project|Initiative|Brigades?|Battalions?|Front|Movement|Party|Foundation|Fund|Association|Society|Committee|Union|League|Alliance|Coalition|Organi[sz]ation)$/;
/** "Killed in Rocket Fire in Daraa", a headline's: a name that ends in a word for an act names the act. */
const ACT_WORD =
  /\s(?:Fire|Attacks?|Blasts?|Bombings?|Explosions?|Strikes?|Raids?|Shelling|Clashes|Ambush|Violence|Fighting)$/;
/**
 * Whether the locative at `at` stands inside a title ("the Venture in Rural Schooling"): the capitalised word
 * before it is no people's, faith's or known side's name ("the Taliban in Quil" says where they are).
 */
function opensTitle(text: string, at: number, mentions: readonly Mention[]): boolean {
  if (text[at] !== 'i' && text[at] !== 'I') return false;
  const before = text.slice(Math.max(0, at - 40), at);
  const title = TITLE_BEFORE_IN.exec(before);
  if (!title) return false;
  const from = at - title[0].length + title[0].indexOf(title[1]);
  return (
    !NOT_A_NAME.test(title[1]) &&
    !NOT_A_PLACE_WORD.has(title[1]) &&
    !mentions.some((x) => x.span[0] < from + title[1].length && x.span[1] > from)
  );
}

/**
 * "a man was shot in Kachdooru, Pulwama", "a lorry driver in Mandili, a town east of Baqubah": an unknown name after
 * a locative that the text locates by a place the base knows, named right after it, is a village of that
 * place's — the incident's place, which the known one only locates, in that place's country. A name the base
 * knows even in part ("Al-Mafraq", Mafraq) is a namesake, left to the place finder. After "of" only an
 * apposition that calls it a town will do ("the leader of Hamas, north of Gaza" names no village).
 */
function locatedVillage(text: string, clause: Span, mentions: readonly Mention[]): Village | null {
  const part = text.slice(clause[0], clause[1]);
  for (const m of part.matchAll(LOCATED_NAME)) {
    const name = m[3];
    const from = clause[0] + m.index + m[0].length - name.length;
    const span: Span = [from, from + name.length];
    const first = name.split(' ')[0];
    const owner = /['’]s\b/.test(name);
    if (
      owner ||
      namesOrigin({ span }, text, clause[0]) ||
      NOT_A_NAME.test(first) ||
      NOT_A_PLACE_WORD.has(first) ||
      SITE_WORD_AT_END.test(name) ||
      ACT_WORD.test(name) ||
      AREA_WORD.test(name) ||
      BODY_WORD_AT_END.test(name) ||
      opensTitle(text, clause[0] + m.index, mentions) ||
      mentions.some((x) => x.span[0] < span[1] && x.span[1] > span[0])
    )
      continue;
    const next = mentions
      .filter((x) => x.place && x.via !== 'demonym' && x.span[0] >= span[1])
      .sort((a, b) => a.span[0] - b.span[0])[0];
    if (!next || next.span[1] > clause[1]) continue;
    const gap = text.slice(span[1], next.span[0]);
    // "Bana (Mahore)": the place in brackets is all the brackets hold.
    const closed = !gap.includes('(') || text.slice(next.span[1]).startsWith(')');
    const located = m[2] === undefined && LOCATED_BY.test(gap) && closed && !(m[1] && !gap.includes(','));
    if (LOCALITY_APPOSITION.test(gap) || located) return { span, country: next.place!.country ?? null };
  }
  return null;
}

function arabicVillage(
  text: string,
  tokens: readonly Token[],
  clause: Span,
  mentions: readonly Mention[],
): Span | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].span[0] < clause[0] || tokens[i + 1].span[1] > clause[1]) continue;
    if (!ARABIC_VILLAGE_NOUN.has(tokens[i].norm)) continue;
    const first = tokens[i + 1];
    if (!nameWord(first)) continue;
    const second = tokens[i + 2];
    const twoWords =
      second !== undefined &&
      second.span[1] <= clause[1] &&
      ARABIC_WORD.test(second.norm) &&
      (NAME_HEADS.has(first.norm) || QUALIFIER.test(text.slice(first.span[1], second.span[1])));
    const span: Span = [first.span[0], (twoWords ? second : first).span[1]];
    if (!known(span, mentions, text)) return span;
  }
  return null;
}

/** "the Amil neighbourhood of ", "the Dora district of the city of ": a quarter's name (group 1) told as a part of the town named next. */
const QUARTER_OF = new RegExp(
  String.raw`\b(${NAME})\s+(?:neighbou?rhood|quarter|district|suburb|area|locality)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$`,
);

/**
 * "'s Pisgat Zeev neighbourhood", " province's Ma Lor district": a quarter's name (group 1) after its town's or
 * its province's possessive.
 */
const TOWNS_QUARTER = new RegExp(
  String.raw`^${OWNERS_POSSESSIVE}(${NAME})\s+(?:neighbou?rhood|quarter|district|suburb|area)\b`,
  'd',
);

/**
 * "a car bomb went off in the Amil neighbourhood of Baghdad", "in Baghdad's Amil neighbourhood": the quarter the text names just before a town —
 * its name and words — which the event keeps as the town's district; null when the words before the town name
 * none (a capitalised word that is no name, "the Sunni district of", names none).
 *
 * @example quarterOfTown('A bomb hit the Amil neighbourhood of Baghdad.', [37, 44])?.name // 'Amil'
 */
export function quarterOfTown(text: string, town: Span): { name: string; span: Span } | null {
  const before = text.slice(Math.max(0, town[0] - 80), town[0]);
  const of = QUARTER_OF.exec(before);
  const owned = of ? null : TOWNS_QUARTER.exec(text.slice(town[1], town[1] + 80));
  const start = of ? town[0] - before.length + of.index : owned ? town[1] + owned.indices![1][0] : 0;
  const name = (of ?? owned)?.[1] ?? '';
  const first = name.split(' ')[0];
  if (!name || NOT_A_NAME.test(first) || NOT_A_PLACE_WORD.has(first)) return null;
  return { name, span: [start, start + name.length] };
}
