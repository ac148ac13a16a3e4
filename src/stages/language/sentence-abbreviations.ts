/**
 * Words that a period does not end a sentence after. English titles, ranks, months and common
 * abbreviations. Arabic ones are single letters ("د." doctor, "م." AD, "هـ" Hijri) or dotted ("أ.ف.ب",
 * "ق.م"), which the splitter recognises by shape. Lower-case, without the period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev fr sr jr st hon pres
  amb insp supt det lieut
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  no nos vol vols fig figs pp ca approx est dept univ assn bros inc ltd co corp plc llc vs etc al
  mt ft ave blvd rd hwy km sq`.split(/\s+/),
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
