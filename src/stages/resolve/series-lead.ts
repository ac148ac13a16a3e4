// A series' lead: "a wave of bombings", «سلسلة هجمات», the words that gather the incidents an article goes on to tell.
import type { Document, Mention } from '../../core/records.js';
import { townName, type Placed } from './placed.js';

/** How far before a trigger its series word may stand ("a string of car bomb blasts"). */
const REACH = 40;

/** "a series of", "a wave of two blasts", "a spate of car": a series word governing the trigger after it. */
const SERIES_EN = /\b(?:series|wave|string|spate|spree|rash) of (?:[\w-]+ ){0,2}$/i;
/** «سلسلة هجمات», «موجة من التفجيرات», «جملة غارات» (folded and unfolded spellings alike). */
const SERIES_AR = /(?:^|\s)[وب]?(?:سلسلة|سلسله|موجة|موجه|جملة|جمله)\s+(?:من\s+)?$/;
/**
 * "one in a series of", "the latest of a wave of", "part of a string of", «أحدث سلسلة», «ضمن سلسلة»: the
 * trigger is one incident of the series, told for itself.
 */
const ONE_OF_EN =
  /\b(?:one|another|latest|last|first|second|third|fourth|fifth|newest|part) (?:in|of) (?:a|an|the) (?:new |fresh |recent |deadly )?(?:series|wave|string|spate|spree|rash) of /i;
const ONE_OF_AR =
  /(?:^|\s)(?:أحدث|احدث|آخر|اخر|أول|اول|واحد|واحدة|واحده|أحد|احد|إحدى|احدى|ضمن|إطار|اطار)\s+(?:من\s+|في\s+)?(?:ال)?(?:سلسلة|سلسله|موجة|موجه|جملة|جمله)/;

/** Other incidents the article must tell, at places of their own or with tolls of their own. */
const TOLD_APART = 2;

/** The mention's trigger is the series word's noun, not one incident of the series. */
function seriesTrigger(item: Placed, text: string): boolean {
  const at = item.event.event_type?.spans[0]?.[0];
  if (at === undefined) return false;
  const before = text.slice(Math.max(0, at - REACH), at);
  const series = SERIES_EN.exec(before) ?? SERIES_AR.exec(before);
  if (!series) return false;
  const lead = text.slice(Math.max(0, at - REACH - 30), at);
  return !ONE_OF_EN.test(lead) && !ONE_OF_AR.test(lead) && !tellsListedItem(item, text, at);
}

/**
 * "launched a series of raids on three villages: mortars hit Tell Amra; …": a trigger after the colon that
 * opens the list was read into the series' mention, which is then the list's first incident.
 */
function tellsListedItem(item: Placed, text: string, at: number): boolean {
  return (item.event.event_type?.spans ?? []).some(
    ([from]) => from > at && /[:;]/.test(text.slice(at, from)),
  );
}

const tolled = (item: Placed) => item.event.fatalities !== null || item.event.injuries !== null;

/**
 * The series spreads over a country: its mention is placed no finer than one, or its sentence names a
 * country ("a wave of bombings swept Vardania") or two places ("in Tell Amra and in Bir Saba"). "A wave of
 * air raids pounded Tell Amra, killing a baker" names one town: the raids are that town's incident, not a
 * round-up.
 */
function spread(item: Placed, doc: Document): boolean {
  const location = item.event.location;
  if (!location || location.precision === 'country') return true;
  const at = item.event.event_type?.spans[0]?.[0] ?? 0;
  const sentence = doc.sentences?.find((s) => s.span[0] <= at && at < s.span[1])?.span;
  if (!sentence) return false;
  const inside = (m: Mention) => m.place && m.span[0] >= sentence[0] && m.span[1] <= sentence[1];
  const places = (doc.mentions ?? []).filter((m) => inside(m) && m.via !== 'demonym');
  return places.some((m) => m.kind === 'country') || new Set(places.map((m) => m.name)).size >= 2;
}

/**
 * "A string of car bombs shook the coast on Monday, leaving 40 dead. One went off in Tell Amra …
 * another in Bir Saba …": the mention whose trigger is the series' noun is the round-up of the incidents told
 * after it. Kept, it merges with one of them and soaks up the whole toll; ACLED counts each incident once,
 * where it happened. It is dropped when the series spreads over the country and the article tells at
 * least two other incidents at different places or with their own tolls; alone ("In a wave of attacks,
 * rebels burned a bus in X"), the series is the article's one incident.
 *
 * @example withoutSeriesLeads(placed, doc) // without the "string of car bombs" mention above
 */
export function withoutSeriesLeads(items: Placed[], doc: Document): Placed[] {
  const text = doc.text ?? '';
  const series = new Set(items.filter((item) => seriesTrigger(item, text) && spread(item, doc)));
  if (series.size === 0) return items;
  const others = items.filter((item) => !series.has(item));
  const places = new Set(others.map(townName).filter((name) => name !== null));
  const tolls = others.filter(tolled).length;
  if (places.size < TOLD_APART && tolls < TOLD_APART) return items;
  return others;
}
