import { chronologyCountry } from '../../core/chronology-entry.js';
import { countryPlace, LOCAL_PRECISIONS, namesakeIn, placeRefOf, placeWith } from '../../core/place-ref.js';
import { sameTheatre } from '../../core/shared-theatres.js';
import type { Document, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { onScene } from './on-scene.js';
import { heldThen } from './then-borders.js';

/**
 * What a report's opening says about where it comes from: the town of a local report ("HYDERABAD:",
 * "Baghdad (Reuters) -"), and the country a chronology's entry opens with in capitals ("GREECE.  A bomb …").
 */
export interface Dateline {
  town: PlaceRef | null;
  country: Mention | null;
}

/** How far into the body a dateline's town may start. */
const TOWN_REACH = 3;
/**
 * What follows a dateline's town: a colon, a dash (a kashida written as one, «عدن ـ»), an agency in brackets,
 * another town ("a/b:").
 */
const TOWN_END = /^\s*(?:[:\-–—\u0640]|\(|\/)/;
/** "in Syria", "near Israel": a country the clause places the incident in ("at the U.S. embassy" names an owner). */
const LOCATIVE_BEFORE = /\b(?:in|into|inside|near|across)\s+(?:the\s+)?$/i;

/**
 * The dateline of a document: its town and its capitals country, each null when the text has none.
 *
 * @example readDateline(doc).town?.name // 'Srinagar' for a text opening "srinagar: youths …"
 */
export function readDateline(doc: Document): Dateline {
  const text = doc.text ?? '';
  const mentions = doc.mentions ?? [];
  const start = doc.body?.[0] ?? 0;
  const lead = text.slice(start, start + TOWN_REACH);
  const offset = start + (lead.length - lead.trimStart().length);
  const town = mentions.find(
    (m) =>
      m.span[0] === offset &&
      m.place?.precision === 'town' &&
      TOWN_END.test(text.slice(m.span[1], m.span[1] + 3)),
  );
  return { town: town ? placeRefOf(town) : null, country: chronologyCountry(doc) };
}

/**
 * Puts an event the text places only by a word that is not a locative ("a U.S. embassy", "a Spanish
 * college", "the U.S.-owned Zion House"), or by a place abroad only a sentence after the entry's first puts
 * anything in, in the country of the dateline: the incident happened where the report is filed from; a
 * nationality, an owner or a firm's name is not a place. So is an event the lead places abroad ("LEBANON.  An
 * official was kidnapped in Khaldah": a namesake the base knows only abroad, or a place the entry names for
 * another reason), even where the lead names that other country ("arrested in Costa Rica", "surrendered in
 * Athens, Greece"): a chronology files its entry under the country its heading names, wherever the story ends.
 * A town of the dateline's country the event's sentences name is its place; else a town the lead placed it in,
 * as a namesake in the dateline's country; else the dateline country.
 *
 * @example toDatelineCountry(event, dateline, doc) // event.location.country === 'GR'
 */
export function toDatelineCountry(event: EventRecord, dateline: Mention, doc: Document): void {
  const text = doc.text ?? '';
  const loc = event.location;
  const code = dateline.place!.country!;
  if (loc?.country === code) return;
  // "SUDAN.  Rebels raided Bentiu" in 1988: a town of a state that seceded since lay in the dateline's then,
  // even where the entry names the new state as well ("… raided Bentiu to press for a free South Sudan").
  if (loc && heldThen(loc.country ?? '', code, event.date?.value)) {
    event.location = placeWith(loc, code, loc.spans);
    return;
  }
  const span = loc?.spans[0];
  const placedIn = span && LOCATIVE_BEFORE.test(text.slice(Math.max(0, span[0] - 12), span[0]));
  const abroadInLead = placedIn && inLead(doc, span, dateline);
  // "kidnapped in Chorrosquero by Colombian attackers": a town the base does not know took its country from
  // a nationality or the article's vote; told under the dateline, it lies in the dateline's country.
  if (abroadInLead && loc?.entity_id === null) {
    event.location = placeWith(loc, code, loc.spans);
    return;
  }
  // A country word is placed in a town later, from the whole article; a foreign town here, from its sentences.
  const home = (m: Mention) =>
    m.place?.country === code && m.place.precision !== 'country' && m.via !== 'demonym' && onScene(doc, m);
  const told = (m: Mention) => event.evidence.some((s) => s[0] <= m.span[0] && m.span[1] <= s[1]);
  const mentions = doc.mentions ?? [];
  const town = loc && loc.precision !== 'country' ? mentions.find((m) => home(m) && told(m)) : undefined;
  if (town) event.location = placeRefOf(town);
  // "ISRAEL.  Shots were fired at a checkpoint in East Jerusalem": a town of the neighbour that shares the
  // dateline country's theatre is the ground the chronology files under that country, not abroad.
  else if (loc && LOCAL_PRECISIONS.has(loc.precision) && sameTheatre(loc.country ?? '', code)) return;
  // "LEBANON.  An official was kidnapped in Khaldah.": a town the lead places the incident in, abroad by the
  // base and with nothing naming that country, keeps its name and words in the dateline's country, without the
  // base's entity and coordinates (those of a namesake, or of a place the chronology files under another country).
  else if (abroadInLead && loc && LOCAL_PRECISIONS.has(loc.precision)) event.location = namesakeIn(loc, code);
  // "A fire hit a travel agency in Utrecht. … a protest against an execution in Madrid": else the entry's first
  // town in the dateline's country, as the article's town places an incident told only by its country.
  else {
    const entryTown = loc && loc.precision !== 'country' ? mentions.find(home) : undefined;
    event.location = entryTown ? placeRefOf(entryTown) : datelinePlace(dateline);
  }
}

/**
 * The country of a chronology's dateline as a place: what the entry's events lie in when their clauses place
 * them nowhere, and what a nationality or an owner the entry names gives way to.
 *
 * @example datelinePlace(chronologyCountry(doc)!).country === 'GR' // for "GREECE.  A bomb …"
 */
export function datelinePlace(dateline: Mention): PlaceRef {
  return countryPlace(dateline.name, dateline.place!.country!, dateline.span);
}

/**
 * "RURITANIA.  A trader was killed in his flat in Velmora. … Two traders have been killed in Strelsau.": the
 * entry's first sentence tells its incident; a place abroad that only a later sentence puts something in
 * tells something else (the text has no sentences: all of it is the lead).
 */
function inLead(doc: Document, span: Span, heading: Mention): boolean {
  const lead = (doc.sentences ?? []).find((s) => s.span[1] > heading.span[1] + 2);
  return !lead || span[0] < lead.span[1];
}

/**
 * What follows a wire dateline's town: the agency in brackets ("DAMASCUS (Sputnik) The …", "Aden (Xinhua) -",
 * "HOMS (Syria) (Sputnik) A …"), names of up to three capitalised words, then the sentence's first word.
 */
const WIRE_AFTER =
  /^(?:\s*,\s*[A-Z][\w.'-]*)?(?:\s*\(\s*[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}\s*\)){1,2}\s*[-–—:]?\s*["“]?[A-Z]/;

/** A town opening a sentence with its agency after it: a wire dateline, anywhere in the text. */
function wireDateline(doc: Document, span: Span): boolean {
  const text = doc.text ?? '';
  const opens = (doc.sentences ?? []).some(
    (s) => s.span[0] <= span[0] && text.slice(s.span[0], span[0]).trim() === '',
  );
  return opens && WIRE_AFTER.test(text.slice(span[1], span[1] + 40));
}

/**
 * Moves an event placed at a wire dateline ("DAMASCUS (Sputnik) The army killed 40 militants in the southern
 * city of Daraa") to the place its own sentences name: the dateline is where the story was filed from. An
 * event whose sentences name no other place keeps the dateline's town, most often its scene.
 *
 * @example offWireDateline(event, doc) // event.location.name === 'Daraa'
 */
export function offWireDateline(event: EventRecord, doc: Document): void {
  const span = event.location?.spans[0];
  if (!span || !wireDateline(doc, span)) return;
  const scene = (doc.mentions ?? []).find(
    (m) =>
      m.place &&
      m.place.precision !== 'country' &&
      m.via !== 'demonym' &&
      m.span[0] !== span[0] &&
      event.evidence.some((s) => s[0] <= m.span[0] && m.span[1] <= s[1]) &&
      onScene(doc, m) &&
      !wireDateline(doc, m.span),
  );
  if (scene) event.location = placeRefOf(scene);
}
