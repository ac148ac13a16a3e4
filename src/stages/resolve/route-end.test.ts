import { describe, expect, it } from 'vitest';
import { endOfRoute } from './route-end.js';

/** Whether `town`, first named in `text`, is read as the end of a route there. */
const routeEnd = (text: string, town: string) => {
  const at = text.indexOf(town);
  return endOfRoute(text, [at, at + town.length]);
};

describe('the ends of routes', () => {
  it('reads the town a vehicle was headed or bound for as the end of its route', () => {
    expect(routeEnd('A mine hit a lorry headed for Rampur near the pass.', 'Rampur')).toBe(true);
    expect(routeEnd('Gunmen stopped a coach heading for Rampur at dawn.', 'Rampur')).toBe(true);
    expect(routeEnd('A bomb tore through a train bound for Rampur.', 'Rampur')).toBe(true);
    expect(routeEnd('A convoy on its way to Rampur was ambushed.', 'Rampur')).toBe(true);
  });

  it('reads a town told as a scene, or a time "for" it, as no end of a route', () => {
    expect(routeEnd('Police fired on a crowd in Rampur.', 'Rampur')).toBe(false);
    expect(routeEnd('Fighting went on for Rampur and its villages.', 'Rampur')).toBe(false);
    expect(routeEnd('A lorry was hit close to Rampur.', 'Rampur')).toBe(false);
  });
});
