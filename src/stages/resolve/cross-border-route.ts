// A pipeline or road named for towns in two states: the incident lies somewhere along it, not at an end.
import { countryName } from '../../core/country-names.js';
import { countryPlace } from '../../core/place-ref.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { endOfRoute, namedOnlyAsRouteEnd } from './route-end.js';

/** How far apart the towns naming one route may stand ("the Ashdod-Tarnow-Ostrava oil pipeline"). */
const ROUTE_REACH = 40;

/**
 * "Rebels blew up the Kirkuk-Ceyhan pipeline": an event placed only at a town the text names as an end of a
 * route whose other ends lie in another state is placed in the state whose armed group the text names, when
 * that group's home is one of the route's states and not the end's: the rebels struck on their own side of the
 * border, the end being only the route's name. With no such group, or one at home at the end, it stays.
 *
 * @example placeAlongCrossBorderRoute(event, doc) // Kirkuk (Iraq) → Turkey, for a Turkish rebel group
 */
export function placeAlongCrossBorderRoute(event: EventRecord, doc: Document): void {
  const loc = event.location;
  const text = doc.text ?? '';
  if (!loc?.country || loc.precision !== 'town' || !namedOnlyAsRouteEnd(loc, text)) return;
  const ends = (doc.mentions ?? []).filter(
    (m) =>
      m.place?.precision === 'town' && endOfRoute(text, m.span) && loc.spans.some((s) => near(s, m.span)),
  );
  const states = new Set([loc.country, ...ends.map((m) => m.place!.country)]);
  if (states.size < 2) return;
  const homes = new Set(
    (doc.mentions ?? [])
      .filter((m) => armedGroup(m) && states.has(m.actor!.country))
      .map((m) => m.actor!.country),
  );
  const [home] = [...homes];
  if (homes.size !== 1 || !home || home === loc.country) return;
  const named = ends.find((m) => m.place?.country === home);
  event.location = countryPlace(countryName(home), home, named?.span ?? loc.spans[0]);
}

const armedGroup = (m: Mention): boolean => m.kind === 'armed-group' && !!m.actor?.country;

const near = (a: Span, b: Span): boolean => Math.max(a[0], b[0]) - Math.min(a[1], b[1]) <= ROUTE_REACH;
