// Places named as whose a body or people are, not where anything happened: a country's name opening a body's
// name, a country's short form used as its nationality, a town ending a bank's name, the partner of a body
// named for two countries.
import type { Document, Mention, PlaceRef } from '../../core/records.js';
import { CALENDAR_NAMES } from '../../core/text/calendar-names.js';

/** A capitalised word after a country's name, other than a day or a month ("in Peru Monday", "Iraq March 3"). */
const NAME_WORD_AFTER = new RegExp(
  String.raw`^[ \t]+(?!(?:${CALENDAR_NAMES.replaceAll(' ', '|')})\b)\p{Lu}\p{Ll}`,
  'u',
);

/**
 * "the Denmark Relief Council", "the Norway Refugee Office": a country's name that opens the name of a body
 * says whose the body is, as a nationality does, not where anything happened — for the article's vote and for
 * an event placed by nothing else. Asked only of a mention by name: a nationality is set aside already.
 *
 * @example headsName(mentionOf('Denmark'), 'members of the Denmark Relief Council') === true
 */
export function headsName(m: Mention, text: string): boolean {
  return m.kind === 'country' && NAME_WORD_AFTER.test(text.slice(m.span[1], m.span[1] + 16));
}

/** A country's short form: two to five capitals, dots allowed ("US", "U.S.", "UK", "UAE"). */
const SHORT_FORM = /^(?:\p{Lu}\.?){2,5}$/u;
/** A lowercase word after it, other than one that goes on from a place ("in the US and …", "to the UK last week"). */
const ADJECTIVE_USE =
  /^\.?\s+(?!(?:and|or|but|nor|on|in|at|to|from|for|by|with|since|last|this|next|where|when|while|which|who|that|as|after|before|during|until|over|under|through|than|so|earlier|later|yesterday|today|tonight|itself)\b)\p{Ll}/u;

/**
 * "the US strikes on Sylvania", "ties to the UK government", "a US soldier": a country's short form before a
 * lowercase word is used as its nationality, saying whose the strikes, government or soldier are, not where
 * anything happened.
 *
 * @example usedAsNationality(mentionOf('US'), 'after the US strikes on Sylvania') === true
 */
export function usedAsNationality(m: Mention, text: string): boolean {
  return (
    m.kind === 'country' &&
    SHORT_FORM.test(text.slice(m.span[0], m.span[1])) &&
    ADJECTIVE_USE.test(text.slice(m.span[1], m.span[1] + 24))
  );
}

/** A company's acronym right before a country's name, a space between: "ACME Sylvania". */
const ACRONYM_BEFORE = /(?<![\p{L}.])\p{Lu}{2,6}[ \t]+$/u;

/**
 * "a contractor, ACME Sylvania, said": a country's name ending a company's (an acronym right before it, the
 * acronym no place or body of its own) names the branch's or owner's country, a nationality rather than the
 * scene. Not a country's long name in capitals ("NAJAF SYLVANIA"), where the line is a heading.
 *
 * @example endsCompanyName(mentions, mentionOf('Sylvania'), 'a contractor, ACME Sylvania, said') === true
 */
export function endsCompanyName(mentions: readonly Mention[], m: Mention, text: string): boolean {
  if (m.kind !== 'country' || m.via === 'demonym') return false;
  const name = text.slice(m.span[0], m.span[1]);
  if (name.length > 3 && name === name.toUpperCase()) return false;
  const before = text.slice(Math.max(0, m.span[0] - 10), m.span[0]);
  const acronym = ACRONYM_BEFORE.exec(before);
  if (!acronym) return false;
  const acronymStart = m.span[0] - before.length + acronym.index;
  return !mentions.some((o) => o !== m && o.span[1] > acronymStart && o.span[0] < m.span[0]);
}

/** A nationality or country joined by a hyphen to one before it: "-US", "-American". */
const AFTER_HYPHEN = /\p{L}[-‐–]$/u;
/** A capitalised word after the pair: the name of a body ("… Cultural Alliance", "… Institute"). */
const BODY_WORD_AFTER = /^\s+\p{Lu}\p{Ll}/u;

/**
 * "the Freedonian-Sylvanian Institute", "the Freedonia-Sylvania Cultural Alliance": a body named for two
 * countries is one's centre in the other, and stands in the first named; the second is the partner abroad,
 * with no vote for where anything happened. Only when another country's name or nationality comes right
 * before the hyphen, and a name word after the pair.
 *
 * @example namesPartner(mentions, sylvanianMention, 'a bomb at the Freedonian-Sylvanian Institute') === true
 */
export function namesPartner(mentions: readonly Mention[], m: Mention, text: string): boolean {
  if (!AFTER_HYPHEN.test(text.slice(Math.max(0, m.span[0] - 2), m.span[0]))) return false;
  if (!BODY_WORD_AFTER.test(text.slice(m.span[1], m.span[1] + 8))) return false;
  return mentions.some(
    (o) =>
      o !== m &&
      o.place?.precision === 'country' &&
      o.place.country !== m.place?.country &&
      o.span[1] === m.span[0] - 1,
  );
}

/** A nationality at a place's first span ("a Sylvanian trader"): whose, not where. */
export function namesNationality(doc: Document, loc: PlaceRef): boolean {
  return mentionAtPlace(doc, loc, (m) => m.via === 'demonym');
}

/**
 * The mention at a place's first span says whose rather than where: a nationality ("a Sylvanian trader") or a
 * country's name opening a body's ("the Sylvania Aid Council").
 */
export function namesWhose(doc: Document, loc: PlaceRef): boolean {
  const text = doc.text ?? '';
  return mentionAtPlace(doc, loc, (m) => m.via === 'demonym' || headsName(m, text));
}

/** Whether a mention opening the place's first span passes `test`. */
function mentionAtPlace(doc: Document, loc: PlaceRef, test: (m: Mention) => boolean): boolean {
  const span = loc.spans[0];
  return span !== undefined && (doc.mentions ?? []).some((m) => m.span[0] === span[0] && test(m));
}
