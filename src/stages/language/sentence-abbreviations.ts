/**
 * Titles and ranks: a period after them never ends a sentence, a name follows ("Gen. Ahmed").
 * Arabic ones are single letters ("د." doctor) or dotted ("أ.ف.ب"), which the splitter recognises by shape.
 * Lower-case, without the period.
 */
export const TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev fr hon pres
  amb insp supt det lieut st mt ft no nos vol vols fig figs pp ca approx vs`.split(/\s+/),
);

/**
 * Other abbreviations — months, days, company suffixes — which can also close a sentence: there the period
 * ends it only when a sentence opener follows ("…shares of Acme Inc. The firm said…").
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  sr jr est dept univ assn bros inc ltd co corp plc llc etc al ave blvd rd hwy km sq`.split(/\s+/),
);

/**
 * Capitalised words that often open an English sentence: after a dotted abbreviation such as "U.S." or
 * "p.m." a period ends the sentence only when one of these follows ("…in the U.S. The army said…").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  `the a an he she it they we i you his her its their this that these those there here in on at by for
  but and or so yet as after before when while since however meanwhile earlier later police officials
  witnesses residents according no one two three some many most all several both`.split(/\s+/),
);
