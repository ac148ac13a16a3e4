import type { EventRecord } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import type { SentenceView } from './sentence-view.js';

/** Sub-types ordinary crime is told with: a killing, a shooting, a kidnapping, the arrest that follows. */
const CRIME_LIKE = new Set(['Attack', 'Armed clash', 'Arrests', 'Abduction/forced disappearance']);
const WEAPONS = ['air', 'shelling', 'ied', 'grenade', 'chemical', 'suicide'];
/** Actor kinds that make a killing political whatever words surround it. */
const POLITICAL_KINDS = new Set(['armed-group', 'party']);

/**
 * True when a frame tells no incident of its own although its trigger is real: a running total
 * ("17 killed since 22 July"), deaths by accident or disaster (a stampede), or a court's ruling.
 *
 * @example isNonEvent(frame) // true for "11 people were killed in a stampede"
 */
export function isNonEvent(frame: Frame): boolean {
  const cues = frame.view.cues.filter((c) => c.start >= frame.from && c.end <= frame.to);
  const has = (tag: string) => cues.some((c) => c.phrase.tag === tag);
  const killsOnly = frame.triggers.every((t) => t.phrase.tag === '@kill');
  // "so far, 150 people had been arrested": a running total of arrests is no one round-up either.
  const tolled = frame.view.quantities.some((q) => q.role === 'killed' || q.role === 'injured');
  if (has('total') && (tolled || frame.family === 'arrest')) {
    return true;
  }
  // "the cyclone has left 300 dead, the coast worst hit": deaths in a disaster told with weak words only,
  // and no weapon named.
  const weakDeaths =
    frame.triggers.every((t) => t.phrase.strength === 'weak') &&
    frame.triggers.some((t) => t.phrase.tag === '@kill') &&
    !WEAPONS.some(has);
  if (has('accident') && (killsOnly || weakDeaths)) return true;
  return frame.view.cues.some((c) => c.phrase.tag === 'court');
}

/**
 * An article about ordinary crime: it names a crime ("الجاني", "murder case"), and no armed group or party
 * and no word of extremism, terror, settlers or sectarian strife.
 * Its killings and arrests are not political violence unless a named armed side carries them out.
 *
 * @example isCrimeStory(views) // true for a road-rage killing and the arrest of the suspect
 */
export function isCrimeStory(views: readonly SentenceView[]): boolean {
  const cued = (tag: string) => views.some((v) => v.cues.some((c) => c.phrase.tag === tag));
  if (!cued('crime') || cued('political')) return false;
  return !views.some((v) => v.mentions.some((m) => POLITICAL_KINDS.has(m.kind)));
}

/**
 * Whether an event of a crime story is still worth a record: a protest or a riot it set off is; the
 * killing, shooting or kidnapping itself and the arrests that follow are not.
 *
 * @example keepInCrimeStory(record) // false for an Attack in a murder story
 */
export function keepInCrimeStory(event: EventRecord): boolean {
  return !CRIME_LIKE.has(event.sub_event_type?.value ?? '');
}
