// Event locations on an offline world outline (Natural Earth, equirectangular: x = lon + 180,
// y = 90 − lat, so lon/lat map straight onto the outline's coordinates).

import { get } from '../api.js';
import { el, svg, show, actorLabel, add } from '../dom.js';
import { go } from '../app.js';
import { filterForm } from './events.js';

let world = null;

async function outline() {
  if (!world) {
    const response = await fetch('/world.json');
    world = await response.json();
  }
  return world;
}

export async function mapView(root, params) {
  const out = el('div', {});
  add(root, el('h2', {}, 'Map of event locations'), filterForm(params, 'map'), out);
  const [shape, page] = await Promise.all([outline(), get('events', { ...Object.fromEntries(params), limit: 500 })]);
  const placed = page.events.filter((e) => e.location && typeof e.location.lat === 'number' && typeof e.location.lon === 'number');
  const countries = shape.countries.map((c) => svg('path', { d: c.d, class: 'country' }, svg('title', {}, c.name)));
  const dots = placed.map((e) => svg('circle', { cx: (e.location.lon + 180).toFixed(2), cy: (90 - e.location.lat).toFixed(2), r: 1.6,
    class: `place quad-${e.cameo.quad_class || 0}`, onclick: () => go('event', {}, String(e.event)) },
  svg('title', {}, `${e.location.name || e.location.text}: ${actorLabel(e.source)} ${e.verb.text} ${actorLabel(e.target)} (${e.date || 'undated'})`)));
  show(out,
    el('p', { class: 'status' }, `${placed.length} of ${page.events.length} events have a place${page.has_more ? ' (first 500 events)' : ''}.`),
    svg('svg', { viewBox: '0 0 360 180', class: 'chart map-chart', role: 'img', 'aria-label': 'map of event locations' },
      svg('rect', { x: 0, y: 0, width: 360, height: 180, class: 'sea' }), countries, dots));
}
