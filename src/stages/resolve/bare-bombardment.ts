// «قصفت طائرة المركب … تم قصفه»: a bombardment told again by the bare verb, which names no weapon.
import { packedMap } from '../../core/packed-map.js';
import type { EventRecord } from '../../core/records.js';
import { normalizeName } from '../../core/text/normalize.js';
import { placesAgree } from './place-relations.js';
import { type Placed, whereOf } from './placed.js';

const SHELLING = 'Shelling/artillery/missile attack';
const AIR_STRIKE = 'Air/drone strike';

/** «قصف», «قصفه», «وتم قصفها», «القصف»: a form of the verb or noun of bombarding (folded by `normalizeName`). */
const BOMBARD_WORD = /^[وفب]?(?:ال|لل)?(?:[تي])?قصف(?:ت|وا|ه|ها|هم|هما)?$/;
/** Words that name a gun or a shell: with one of them, «قصف» tells shelling indeed (folded forms). */
const GROUND_WEAPON =
  /(?:^|\s)[وفب]?(?:ال)?(?:مدفع|مدافع|مدفعي|قذيف|قذايف|هاون|صاروخ|صواريخ|راجم|دبابه|دبابات|هاوتزر|كاتيوشا|غراد)/;

/**
 * «قصفت طائرات سلاح الجو المركب …» then «… وبعد توجيه إنذارات له، تم قصفه»: Arabic bombards by air and by
 * gun alike with «قصف», and the lexicon types a bare «قصف» as shelling. A telling by that bare word alone,
 * with no doer and no gun or shell named in its sentence, says nothing against the air strike it goes on.
 *
 * @example toldAsBareBombardment(event, 'تم قصفه.') // true when its trigger is «قصفه» and it has no actor1
 */
export function toldAsBareBombardment(event: EventRecord, text: string): boolean {
  const triggers = event.event_type?.spans ?? [];
  if (triggers.length === 0 || event.sub_event_type?.value !== SHELLING || event.actor1 !== null)
    return false;
  const words = packedMap(triggers, ([a, b]) => normalizeName(text.slice(a, b)));
  if (!words.every((w) => BOMBARD_WORD.test(w))) return false;
  const told = event.evidence.map(([a, b]) => normalizeName(text.slice(a, b))).join(' ');
  return !GROUND_WEAPON.test(told);
}

/**
 * An air strike, then in its own or the next sentence a bare bombardment (`toldAsBareBombardment`) at no
 * other place: the strike told again, one incident of the strike's type.
 *
 * @example strikeRetoldBare(strike, bombardment) // true for «قصفت طائرة المركب» … «تم قصفه»
 */
export function strikeRetoldBare(into: Placed, item: Placed): boolean {
  return (
    item.bareBombardment === true &&
    into.event.sub_event_type?.value === AIR_STRIKE &&
    item.first - into.last <= 1 &&
    item.first >= into.first &&
    placesAgree(whereOf(into), whereOf(item)) !== 'differ'
  );
}
