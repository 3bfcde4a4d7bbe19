// Derives the console's world outline (crates/dyad-serve/assets/world.json) from Natural Earth's
// 1:110m countries as packaged by the npm package world-atlas (ISC; the data is public domain).
//
//   cd scripts/world && npm ci && npm run derive
//
// The TopoJSON arcs are decoded here (delta-encoded, quantised) and each country becomes one SVG
// path in an equirectangular frame, x = lon + 180, y = 90 - lat (0..360 × 0..180), rounded to
// 0.1 degree; the console draws event points in the same frame.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const { scale, translate } = topo.transform;

// Absolute [lon, lat] points of every arc.
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx; y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
});

// A ring is a list of arc indices; ~i is arc i reversed. Consecutive arcs share an end point.
function ring(indices) {
  const points = [];
  for (const i of indices) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

const r1 = (v) => Math.round(v * 10) / 10;

function path(polygons) {
  let d = '';
  for (const polygon of polygons) {
    for (const indices of polygon) {
      let last = '';
      const parts = [];
      // Rings that cross the antimeridian (Russia, Fiji) jump by 360 degrees: keep them
      // continuous (the part past 180 is clipped by the map's frame) instead of drawing a line
      // across the world. Antarctica's ring runs along the pole and is left alone.
      let shift = 0, previous = null;
      for (const [rawLon, lat] of ring(indices)) {
        if (previous !== null && Math.abs(rawLon - previous) > 180 && Math.abs(lat) < 85) shift += rawLon < previous ? 360 : -360;
        previous = rawLon;
        const lon = rawLon + shift;
        const p = `${r1(lon + 180)},${r1(90 - lat)}`;
        if (p !== last) parts.push(p);
        last = p;
      }
      if (parts.length >= 3) d += `M${parts.join('L')}Z`;
    }
  }
  return d;
}

const countries = topo.objects.countries.geometries
  .filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon')
  .map((g) => ({
    name: g.properties.name,
    d: path(g.type === 'Polygon' ? [g.arcs] : g.arcs),
  }))
  .filter((c) => c.d)
  .sort((a, b) => a.name.localeCompare(b.name));

const out = {
  source: 'Natural Earth 1:110m countries (public domain) via npm world-atlas 2.0.2; derived by scripts/world/derive.mjs',
  frame: 'equirectangular: x = lon + 180, y = 90 - lat',
  countries,
};
const target = new URL('../../crates/dyad-serve/assets/world.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`${countries.length} countries, ${JSON.stringify(out).length} bytes`);
