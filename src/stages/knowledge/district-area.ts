// "In Dantewada district, rebels stormed the village of Cherli": a town's name right before "district" names
// the district its seat gives the name to, an area, not the town itself. When the report goes on to name a
// smaller town of the same country close by, that town is where it happened and the district only the area
// around it, as the words "the X area of Y district" already tell. The district's mention is then told as a
// region, so the town named after it is the first place in it. A district with no smaller town named after it
// stays its seat town (a report of "a blast in Mastung district" is filed at Mastung), and so does one that a
// larger or a distant town follows ("the Maiwand district … to Kandahar city", "Rangae district … Pattani"),
// or one named only some sentences on, which tells another incident. A district the base files as an area
// of its own, in no town ("In Morang district … in Biratnagar", "the Haute-Corse road office in Bastia"), is
// read the same way.
import type { Mention } from '../../core/records.js';
import { isSuburbOf } from './suburb-town.js';
import type { Entity, KnowledgeBase } from './kb-types.js';
import { placeWith, withPlace } from './mention-builder.js';

/** "Dantewada district", "Jaffna District": the district named after the town. */
const DISTRICT_AFTER = /^\s+district\b/i;
/**
 * How far (km) from the district's seat a town may lie to be read as in the district: districts of India,
 * Nepal or Sri Lanka, where reports name them so, reach some 30–60 km from their seat.
 */
const DISTRICT_REACH_KM = 50;

/**
 * The mentions, each town named as a district ("X district") told as a region when a smaller town within its
 * reach is named after it.
 *
 * @example withDistrictAreas(kb, 'In Dantewada district, rebels raided Cherli.', mentions) // Dantewada: region
 */
export function withDistrictAreas(kb: KnowledgeBase, text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!isDistrictName(text, m)) continue;
    const seat = kb.entities.get(m.entity_id);
    if (seat === undefined) continue;
    const inside = mentions.some(
      (o, j) =>
        j > i &&
        o.place?.precision === 'town' &&
        o.entity_id !== m.entity_id &&
        !isDistrictName(text, o) &&
        sentenceEnds(text.slice(m.span[1], o.span[0])) <= 1 &&
        liesInDistrict(kb.entities.get(o.entity_id), seat),
    );
    if (!inside) continue;
    out ??= [...mentions];
    out[i] = withPlace(m, m.place && placeWith(m.place, 'region', m.place.city));
  }
  return out ?? mentions;
}

/**
 * The sentences ended in `gap`: the town must be named in the district's sentence or the next ("In Doda
 * district, a teacher was shot. It happened at Kalotra"); one told some sentences on is another incident's.
 */
const sentenceEnds = (gap: string): number => gap.match(/[.!?]\s/g)?.length ?? 0;

/**
 * A town mention, not told in another town, whose name the word "district" follows — or a district the base
 * files as an area of its own, in no town ("Morang", "Haute-Corse", "Prigorodny District").
 */
const isDistrictName = (text: string, m: Mention): boolean =>
  (m.place?.precision === 'town' &&
    !m.place.city &&
    DISTRICT_AFTER.test(text.slice(m.span[1], m.span[1] + 12))) ||
  (m.place?.precision === 'district' && !m.place.city);

/** A town of the seat's country, with fewer people than the seat (whose people the base knows), within reach. */
function liesInDistrict(town: Entity | undefined, seat: Entity): boolean {
  return town !== undefined && isSuburbOf(town, seat, DISTRICT_REACH_KM);
}
