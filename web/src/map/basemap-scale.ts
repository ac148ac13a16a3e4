/** world-atlas's two scales, copied next to the bundle by web/build/build-web.ts: no tile server. */
export type Scale = '110m' | '50m';

/**
 * From this zoom in, the 1:50m shapes; below it the 1:110m ones. A world or continent view shows no
 * more of 1:50m's detail than of 1:110m's, but projecting and clipping its 15 times as many points on
 * every draw took most of the explore page's CPU before it was ready (measured with a CDP profile).
 */
export const DETAILED_FROM_ZOOM = 3;

/** @example scaleForZoom(1) === '110m' */
export function scaleForZoom(zoom: number): Scale {
  return zoom >= DETAILED_FROM_ZOOM ? '50m' : '110m';
}
