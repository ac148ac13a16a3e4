/**
 * A province and its seat town often share a name (Thailand's Yala, Afghanistan's Ghazni, Iraq's Kirkuk),
 * and the town, the larger-looking sense, wins the ranking. The sentence often says the province is meant:
 * "the Raman district of Yala", "Bannang Sata district, Yala province", "Yala's Raman district". Read as the
 * town, the name would pass for the incident's place, coarser than the district the text ties it to and
 * wrong when the district lies far from the seat. This step, run after the sense chooser, reads such a
 * name as the province when the sentence ties to it a place that can lie inside that province. A name
 * standing alone ("in Yala province") is left to the ranking: the events read the town and the province
 * alike there. It runs before the step that picks among namesakes by the places named with them, so that
 * one sees the province.
 */
import type { KnowledgeBase } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import { chosenSense } from './name-match-builder.js';
import { parentsOf } from './entity-parents.js';
import type { ChosenSense } from './sense-chooser.js';

/**
 * Up to three words naming a thing at the place before "in": "… market in", "… car park in", "… prison in".
 * Not a list, a way ("to", "from"), a bearing ("south of" says where, not what holds it) nor a verb.
 */
const THING_AT_PLACE = String.raw`(?:(?!(?:and|or|to|from|near|(?:north|south|east|west)\w*|was|were|is|are|has|have|had|the)\b)[a-z-]+(?![a-z-])\s*){0,3}`;
/**
 * The words from a place to the province it lies in, after it: "… districts of", "… district village in",
 * "… district,", "… , in", "… in the southern", "… village in the province of", "… market in", "… (". No list
 * ("Yala and Raman") nor a new clause between.
 */
const INSIDE_THEN_PROVINCE = new RegExp(
  String.raw`^\s*(?:(?:(?:sub-?)?districts?|villages?|towns?|areas?|municipality|tambon|amphoe)\s*){0,2}${THING_AT_PLACE}(?:,\s*(?:in\b)?|\(|\bof\b|\bin\b)\s*(?:the\s+)?(?:[a-z-]+ern\s+)?(?:(?:province|state|region)\s+of\s+)?$`,
);
/** "Yala's Raman district", "Yala province's Raman district": the province's possessive, then the place. */
const PROVINCE_THEN_INSIDE = /^(?:\s+(?:province|governorate))?(?:'|’)s?\s+$/;

/**
 * "the Gaza border fence", "the Kunar frontier", "the Gaza pullout": a border, a fence or a withdrawal belongs
 * to a territory, not to the town that shares its name.
 */
const TERRITORY_NOUN_AFTER =
  /^\s+(?:security\s+|border\s+)?(?:borders?|fences?|frontiers?|perimeter|withdrawal|pullout|disengagement)\b/i;

/**
 * `chosen` with each town read as its same-country, same-name province where the sentence says the province
 * is meant, or where the noun after it names a territory's border or a withdrawal from it.
 *
 * @example withNamesakeRegions(kb, chosen, view.text) // 'Yala' in "the Raman district of Yala" → region:th:yala
 */
export function withNamesakeRegions(
  kb: KnowledgeBase,
  chosen: readonly ChosenSense[],
  viewText: string,
): ChosenSense[] {
  // The names of a sentence, gathered once when a town first asks: each town reads only its own sentence's.
  let bySentence: Map<number, ChosenSense[]> | undefined;
  return chosen.map((c) => {
    const { entity } = c.sense;
    if (entity.kind !== 'city' || c.sense.via === 'demonym') return c;
    const region = c.match.senses.find(
      (s) => s.entity.kind === 'region' && s.entity.country === entity.country && s.via !== 'demonym',
    );
    if (region === undefined) return c;
    if (TERRITORY_NOUN_AFTER.test(viewText.slice(c.match.view[1], c.match.view[1] + 30)))
      return chosenSense(c.match, region, c.score);
    bySentence ??= groupedBySentence(chosen);
    const tied = (bySentence.get(c.match.sentence) ?? []).some((o) => {
      if (o === c || o.sense.via === 'demonym' || !PLACE_KINDS.has(o.sense.entity.kind)) return false;
      // The words between first: anchored, they fail at once for most pairs, where the parents of every
      // reading of the other name cost a look-up in the base each.
      const between =
        o.match.view[1] <= c.match.view[0]
          ? INSIDE_THEN_PROVINCE.test(viewText.slice(o.match.view[1], c.match.view[0]))
          : PROVINCE_THEN_INSIDE.test(viewText.slice(c.match.view[1], o.match.view[0]));
      // Any reading of the other name will do: "the Qarabagh district of Ghazni" ties Ghazni to the
      // Qarabagh of Ghazni, which the namesake step then picks over the larger one of Herat. Not the town
      // itself, named twice: "the Sudanese capital, Khartoum" restates the town, no province around it.
      return (
        between &&
        o.match.senses.some(
          (s) =>
            s.entity !== entity &&
            s.via !== 'demonym' &&
            PLACE_KINDS.has(s.entity.kind) &&
            parentsOf(kb, s.entity.id).includes(region.entity.id),
        )
      );
    });
    return tied ? chosenSense(c.match, region, c.score) : c;
  });
}

/** The chosen names of each sentence, in text order. */
function groupedBySentence(chosen: readonly ChosenSense[]): Map<number, ChosenSense[]> {
  const out = new Map<number, ChosenSense[]>();
  for (const c of chosen) {
    const same = out.get(c.match.sentence);
    if (same === undefined) out.set(c.match.sentence, [c]);
    else same.push(c);
  }
  return out;
}
