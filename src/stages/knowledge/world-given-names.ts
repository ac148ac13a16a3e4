// Given names of people outside the Arab world, read next to a place's name. Reports of Latin America, the
// Balkans, South Asia and the Philippines name victims and officials whose surnames are towns elsewhere
// ("Simeon Santiago", "Ivan Roso", "Dhan Bahadur Bam") and whose given names are towns or countries
// ("Milan Radojevic", "Orlando Hoyos", "Georgia Zaki"). Kept apart from arabic-given-names.ts, whose list
// and rules read Arabic names, so each list is grown in one place.
import type { NameMatch } from './mention-matcher.js';
import { NOT_NAME_WORDS, PLACED_BEFORE } from './name-context-words.js';
import { mayEndCapitalisedWord } from './letter-cases.js';

/**
 * Common given names that are neither ordinary English words ("Mark", "Rose") nor, as a rule, places'
 * names: before a place's name they make it a surname or a second given name.
 */
const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `Jose Juan Carlos Luis Jorge Pedro Manuel Francisco Antonio Miguel Javier Fernando Ricardo Roberto Alberto
  Eduardo Alfredo Andres Diego Gustavo Hector Hernan Hernando Hugo Jaime Jairo Julio Mario Oscar Pablo Rafael Ramon
  Raul Rodrigo Sergio Alvaro Efrain Eugenio Gonzalo Guillermo Humberto Ignacio Joaquin Leonardo Mauricio
  Rogelio Ruben Edgar Fabio Libardo Alejandro Armando Arturo Cesar Emilio Enrique Ernesto Esteban Felipe
  Gerardo Gilberto Josue Marcos Nicolas Octavio Reinaldo Rigoberto Wilfredo Yesid Fredy Freddy Jhon Edgardo
  Rodolfo Rolando Reynaldo Danilo Efren Romeo Simeon Roel Rogelio Maria Ana Luz Gloria Martha Marta Claudia
  Patricia Sandra Adriana Beatriz Elena Isabel Lucia Teresa Juana Sofia Monica Esperanza Ivan Dragan Zoran
  Goran Slobodan Miroslav Vladimir Dusan Nenad Predrag Zeljko Branko Dejan Milos Nikola Petar Aleksandar
  Sergei Sergey Andrei Andrey Dmitry Dmitri Nikolai Mikhail Yuri Oleg Igor Viktor Anatoly Alexei Valery
  Valeriy Vitaly Yevgeny Gennady Ruslan Agim Arben Bujar Fatmir Ilir Bekim Mehmet Ahmet Huseyin Necdet Nuri
  Kemal Cemal Recep Bulent Murat Erdal Bahadur Prasad Kumar Prakash Krishna Gopal Ramesh Suresh Mahesh Rajesh
  Dinesh Sunil Anil Vijay Sanjay Ajay Ashok Rakesh Mukesh Manoj Santosh Ganesh Dhan Hiroshi Takashi Kenji
  Kazuo Kazuya Akira Pierre Jacques Michel Philippe Alain Francois Marcel Andre Giuseppe Giovanni Francesco
  Luigi Paolo Hans Klaus Jurgen Helmut Wolfgang Adolfo Gabriela Eugenia John Paul Peter David Michael James
  Robert William Richard Thomas Joseph Daniel Stephen Steven Kevin Brian Patrick Theo Victor Emily Robin Costas
  Kostas Nikos Yannis Giorgos Dimitris Christos Andreas`.split(/\s+/),
);

/**
 * Places whose name is also a common given name, read as one when a surname follows: "Milan Radojevic",
 * "Orlando Hoyos", "Florence Aubenas", "Wellington Sarli", "Georgia Zaki", "Naif Sabhan".
 */
const PLACE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `Milan Orlando Florence Wellington Georgia Santiago Salvador Mercedes Rosario Dolores Lourdes Soledad Austin
  Lincoln Sydney Eugene Marion Madison Charlotte Adelaide Alexandria Sofia Victoria Lal Naif Nayef Safi Bahri
  Salahuddin Malih`.split(/\s+/),
);

/** The capitalised word right before a name, and what stands before it. */
const WORD_BEFORE = /(?:^|[\s(,])(\p{Lu}\p{Ll}+)\s$/u;
/** One or two surnames right after a name: "Radojevic", "Lozano Mendez", "Abd-al-Latif", "O'Neill". */
const SURNAMES_AFTER = /^\s(\p{Lu}[\p{L}'’-]*\p{Ll})(?:\s(\p{Lu}[\p{L}'’-]*\p{Ll}))?(?![\p{L}'’-])/u;
/** An article right before a name makes it a thing's ("the Milan Stock Exchange"), not a person's. */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s$/i;
/** A lower-case word of four letters or more near the name: its sentence is no headline in title case. */
const PLAIN_WORD = /(?:^|\s)\p{Ll}{4,}\b/u;
/**
 * Nouns of bodies, firms and places that follow a place in a name of their own ("Milan Police", "Orlando
 * Airport", "Georgia Telecom").
 */
const NOT_SURNAMES: ReadonlySet<string> = new Set(
  `Police Airport Station University College Hospital School Council Street Avenue Square Road Bridge Hotel
  Municipality Mayor Governor Province District County City Times Post Tribune Radio Television Club Bank
  Company Group Front Army Party Agreement Accord Summit Conference Declaration Tech Falls Masjid Mosque
  Chowk Bagh Stock Exchange Telecom Airways Airlines Railways Energy Oil Gas Power News Herald Sentinel Express
  Media Holdings Industries Cement Motors`.split(/\s+/),
);

/**
 * "Simeon Santiago was killed", "Ivan Roso", "Luis Humberto Trujillo": a place's name right after a known
 * given name ends a person's name, unless a locative puts the pair on the map or the given name closes a
 * curated name itself (`ends`: where curated matches end, "San Luis").
 */
export function afterWorldGivenName(text: string, match: NameMatch, ends: ReadonlySet<number>): boolean {
  const start = match.span[0];
  const lead = text.slice(Math.max(0, start - 32), start);
  // The given name and a white space end the lead: where nothing can end it so (`mayEndCapitalisedWord`), the
  // pattern is not tried at every place of it.
  const given = mayEndCapitalisedWord(text, start - lead.length, start) ? WORD_BEFORE.exec(lead) : null;
  if (given === null || !GIVEN_NAMES.has(given[1]) || ends.has(start - 1)) return false;
  return !PLACED_BEFORE.test(lead.slice(0, lead.length - given[0].length + 1));
}

/**
 * "Milan Radojevic", "Lal Bahadur Adhikari": a place whose name people also bear, right before one or two
 * surnames, is a person's given name — whatever the place, a country too — unless a locative or an article
 * stands before it, a curated place starts at the next word (`named`: start offsets of such matches), the
 * next words name a body or a place's part ("Milan Police", "Victoria Falls"), or the sentence is a
 * headline in title case.
 */
export function headsWorldName(text: string, match: NameMatch, named: ReadonlySet<number>): boolean {
  const [start, end] = match.span;
  if (!PLACE_GIVEN_NAMES.has(text.slice(start, end))) return false;
  const after = SURNAMES_AFTER.exec(text.slice(end, end + 40));
  const words = after === null ? [] : [after[1], after[2]].filter((w): w is string => w !== undefined);
  const surname =
    words.length > 0 &&
    words.every((w) => !NOT_NAME_WORDS.has(w) && !NOT_SURNAMES.has(w.replace(/[’'-].*/, '')));
  if (!surname || named.has(end + 1) || !PLAIN_WORD.test(text.slice(Math.max(0, start - 40), end + 80)))
    return false;
  // "near the Salvador Pereira stadium": a ground named after the person, wherever it stands.
  if (namesFacilityAfterPerson(text.slice(end + after![0].length, end + 80))) return true;
  const lead = text.slice(Math.max(0, start - 24), start);
  return !PLACED_BEFORE.test(lead) && !ARTICLE_BEFORE.test(lead);
}

/** A ground or a building in lower case right after a person's name: "stadium", "hospital". */
const FACILITY_NOUN = /^\s(?:stadium|arena|hospital|airport|school|college|library|museum|memorial|bridge)\b/;

/**
 * "near the Salvador Pereira stadium": a given name and a surname are a person's, even after a locative and an
 * article, when a ground or a building named after them follows in lower case — a thing's own name would go
 * on capitalised ("the Milan Stock Exchange").
 */
const namesFacilityAfterPerson = (rest: string): boolean => FACILITY_NOUN.test(rest);
