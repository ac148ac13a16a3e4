import { normalizeName } from '../../core/text/normalize.js';

const keys = (list: string): ReadonlySet<string> =>
  new Set(list.split(/\s+/).filter(Boolean).map(normalizeName));

/**
 * Words that announce a place right after them: "مدينة الخبر", "ريف حلب", "the town of Van"; «جبهة صرواح»,
 * the front line at a town, in war reports.
 *
 * @example PLACE_CUES.has('مدينه') === true // normalised, like the text they are compared with
 */
export const PLACE_CUES = keys(`
مدينة بلدة قرية محافظة ولاية مقاطعة منطقة حي ريف مخيم ناحية قضاء مديرية إقليم مركز مطار ميناء جزيرة واحة دولة جمهورية العاصمة
جبهة جبهات
شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط أطراف ضواحي مدينتي بلدتي قرب بالقرب مدخل محيط
city town village province district governorate region near outside suburb suburbs suburban port airport
`);

/**
 * Proclitics an Arabic place noun carries in running text: «بمنطقة», «وقرية», «فبلدة», «وبمدينة». Each is
 * tried, not the longest alone: «فبلدة» is «ف» + «بلدة», and «وبالقرب» is «و» + «بالقرب».
 */
const PROCLITICS = ['وب', 'فب', 'ول', 'فل', 'ب', 'و', 'ف', 'ل'];

/**
 * A place noun, bare or behind an Arabic proclitic: «بمنطقة صرواح», «وجبهة الجوف» announce the place as
 * «منطقة» does.
 *
 * @example isPlaceCue('بمنطقه') === true
 */
export function isPlaceCue(word: string): boolean {
  if (PLACE_CUES.has(word)) return true;
  return PROCLITICS.some(
    (p) => word.length - p.length > 2 && word.startsWith(p) && PLACE_CUES.has(word.slice(p.length)),
  );
}

/** Bearings that put the next name on the map: "northern Iraq", "east of Kerbala", "in central Mostar". */
export const DIRECTION_CUES = keys(`
north south east west northern southern eastern western northeast northwest southeast southwest central downtown
`);

/** Words that announce an actor: "تنظيم القاعدة", "مسلحي فتح", "leader of", "members of". */
export const ACTOR_CUES = keys(`
تنظيم جماعة حركة عناصر عنصر مسلحي مسلحو مقاتلي مقاتلو زعيم قائد قادة قيادي فرع أنصار أعضاء عضو كوادر
group movement militants fighters members leader leaders
`);

/** Prepositions and nouns that put the next name on the map: "in Lasarte", "near Ranana", "في بلدة". */
export const LOCATIVE_CUES = new Set([
  ...PLACE_CUES,
  ...DIRECTION_CUES,
  ...keys(
    `in at near from to into outside inside within upon between toward towards around across through of
    في من إلى الى قرب`,
  ),
]);

/**
 * Words around a place name that make it the name of a street, square or building instead: "Haifa Street"
 * and "Aden Square" in Baghdad, "the Palestine Hotel", "the Mecca Masjid" in Hyderabad, "شارع فلسطين",
 * "ساحة التحرير". A state's "Bhawan" or "Sadan" is its guest house in the capital ("outside the Bihar
 * Bhawan" is in Delhi, not Bihar).
 *
 * @example NAMED_AFTER_AFTER.has('street') === true
 */
export const NAMED_AFTER_AFTER = keys(
  `street st avenue ave square boulevard blvd hotel masjid bhawan bhavan sadan`,
);

/**
 * Place nouns that, right after a name, say it is a place's: "the Raman district of Yala", "the Erez
 * settlement", "Sabari District". English only: an Arabic place noun comes first ("مدينة الخبر").
 *
 * @example PLACE_NOUNS_AFTER.has('district') === true
 */
export const PLACE_NOUNS_AFTER = keys(`
district province village town city area region governorate municipality settlement camp neighborhood
neighbourhood suburb county tehsil subdistrict township kibbutz moshav crossing
`);

/**
 * Nouns that make a place's name, right before them, the name of a language: "carved in Pali language",
 * "the Sindhi script". The language is spoken or written far from the town of that name.
 *
 * @example LANGUAGE_NOUNS.has('script') === true
 */
export const LANGUAGE_NOUNS = keys(`language languages script dialect dialects tongue`);

/**
 * Nouns that make a place's name, right before them, the name of a weapon: "two Nasir rockets", "a Scud
 * missile". The weapon says nothing about where it fell.
 */
export const WEAPON_NOUNS = keys(`rocket rockets missile missiles`);

/**
 * The nouns in front of such names: Arabic in construct state ("شارع حيفا"), and the Spanish and French
 * heads of a bank's, a street's or a square's name ("Banco Galicia", "Avenida Brasil", "Plaza Venezuela",
 * "Hotel Medina"), which name a firm or a site, not the place; and a navy's prefix, before a warship named
 * after a town or a state ("the USS Tacoma", "HMS Exeter"), which sails far from it.
 */
export const NAMED_AFTER_BEFORE = keys(`شارع ساحة ميدان فندق banco avenida calle plaza hotel uss hms`);

/**
 * Words that, right after a place name or a nationality, make it part of an organisation's name: "Palestine
 * Islamic Jihad", "Gaza Brigade", "Kashmir Liberation Front", "Irish Republican Army", "Kurdistan Workers'
 * Party", and the papers and airlines named after their home ("the New York Times", "the Toronto Star", "China Airlines",
 * "Imperial Weekly"). The organisation is an actor or a firm; the place it names is not where anything happened.
 *
 * @example ORGANISATION_NOUNS.has('brigades') === true
 */
export const ORGANISATION_NOUNS = keys(`
brigade brigades martyrs front movement army organization organisation party battalion battalions liberation
islamic committee committees fatherland workers republican secret red people's peoples revolutionary
times weekly daily tribune herald gazette chronicle star journal airlines airline airways
`);

/**
 * Nouns that make the country named right before them their owner or their people's country: "the US
 * Embassy in Beirut", "a Japan national", "Iraq's ambassador". Such a name says whose, not where, just as
 * the nationality would ("the American embassy"). So do the members of its forces ("US personnel", "Japan
 * servicemen", "US marines" posted abroad): they belong to the state, wherever they serve, and so does a
 * noun they qualify ("U.S. troop levels in the region"). Its troops and its government are left out: "US
 * troops" and "the Iraq government" act as the state.
 *
 * @example OWNED_AFTER.has('embassy') === true
 */
export const OWNED_AFTER = keys(`
embassy embassies consulate consulates consul ambassador ambassadors diplomat diplomats envoy legation chancery
mission missions delegation delegations
citizen citizens national nationals passport journalist journalists tourist tourists businessman businessmen
engineer engineers contractor contractors expatriate expatriates civilian civilians aid worker workers
employee employees company companies firm firms interests base bases airbase airbases ngo organization organizations organisation
organisations official officials officer officers administrator administrators adviser advisers advisor advisors
vehicle vehicles convoy convoys aircraft airliner plane vessel ship ships tanker tankers flag missionary
missionaries hostage hostages secretary license deputy president spy spies agent agents informer informers
bank banks school schools corporation corporations
personnel soldier soldiers sailor sailors serviceman servicemen marine marines troop
`);

/**
 * A state's forces named by its country's possessive ("Russia's jets", "Israel's troops"): read as the
 * nationality ("Russian jets"), which the event layer takes for the state's forces, not for a place.
 *
 * @example FORCES_AFTER_POSSESSIVE.has('warplanes') === true
 */
export const FORCES_AFTER_POSSESSIVE = keys(`
forces troops soldiers army military jets warplanes aircraft planes helicopters drones navy artillery tanks
police gunboats
`);

/**
 * A state's conduct named by its country's possessive ("Syria's presence in Lebanon", "Spain's ruling party",
 * "Islamabad's involvement"): whose, not where — the place after it, if any, says where.
 *
 * @example CONDUCT_AFTER_POSSESSIVE.has('involvement') === true
 */
export const CONDUCT_AFTER_POSSESSIVE = keys(`
presence involvement role influence interference intervention policy policies actions ruling government regime
honorary
`);

/** The same in Arabic, where the owner comes first: "سفارة العراق", "قنصلية فرنسا", "مواطني الكويت". */
export const OWNED_BEFORE = keys(`سفارة سفارات قنصلية قنصليات سفير مواطن مواطني مواطنو رعايا`);

/**
 * Arms and war craft a country's name or nationality follows as their owner: «قاذفة تركية», «زوارق إيرانية»,
 * «مدفعية سورية», «طائرة حربية سورية» — whose the bomber, the boats, the guns are (the feminine nationality is
 * written as some write the country), never where they struck. Read with or without a clitic before them
 * («بقاذفة»). Not a bare «طائرة»: «الطائرة السعودية» landing at an airport is an airliner, no side's arm.
 *
 * @example CRAFT_BEFORE.has(normalizeName('مقاتلات')) === true
 */
export const CRAFT_BEFORE = keys(`
مقاتلة مقاتلات قاذفة قاذفات حربية مروحية مروحيات دبابة دبابات مدرعة مدرعات زورق زوارق بارجة بوارج
فرقاطة مدمرة غواصة صاروخ صواريخ قذيفة قذائف مدفعية راجمة راجمات
`);

/**
 * Buildings and businesses that a town's name, used as an adjective, puts in that town: "a Miami travel
 * agency", "an Annecy law court", "a Karachi police station".
 *
 * @example FACILITY_NOUNS.has('agency') === true
 */
export const FACILITY_NOUNS = keys(`
agency court courthouse restaurant cafe bar nightclub bank office station school college university hospital
clinic airport mosque church synagogue temple shrine market bazaar shop store supermarket mall factory plant
prison jail barracks consulate cinema theatre theater stadium offices headquarters branch residence home house
building harbor harbour showroom showrooms hotel warehouse depot
`);

/**
 * "at Lima and 12th Street", "the Quito and 9th Avenue office": one of two streets that cross, named after a
 * town as avenues of Latin American cities often are; the corner lies in the town of the report.
 */
export const CROSS_STREET_AFTER = /^\s+and\s+\d+(?:st|nd|rd|th)\s+(?:streets?|avenues?|st|ave)\b/;

/** "the Fourth Geneva Convention", "the Oslo Accords": a treaty's name, not "the Anaheim Convention Center". */
export const TREATY_AFTER =
  /^\s+(?:conventions?|accords?|protocols?|treaty)\b(?!\s+(?:center|centre|hall|complex))/;
