// The actor network: a small force layout (repulsion between all nodes, springs along edges),
// run a fixed number of steps from a circle, so the same data always gives the same picture.

import { get } from '../api.js';
import { el, svg, show, add } from '../dom.js';
import { go } from '../app.js';
import { filterForm } from './events.js';

const W = 760, H = 520;
const GRAVITY = 0.05;

function layout(nodes, edges) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({ x: W / 2 + 200 * Math.cos((2 * Math.PI * i) / n), y: H / 2 + 200 * Math.sin((2 * Math.PI * i) / n) }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]);
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
  const reach = (3 * k) ** 2;
  for (let step = 0; step < 300; step++) {
    const force = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        // Only near nodes push: far-apart components settle by gravity alone.
        if (d2 > reach) continue;
        const f = (k * k) / d2;
        force[i].x += dx * f; force[i].y += dy * f;
        force[j].x -= dx * f; force[j].y -= dy * f;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = d / k;
      force[a].x -= dx * f; force[a].y -= dy * f;
      force[b].x += dx * f; force[b].y += dy * f;
    }
    const cool = 10 * (1 - step / 300) + 0.5;
    pos.forEach((p, i) => {
      const f = force[i];
      // Gravity keeps separate components (most dyads here) near the middle instead of at the edges.
      f.x += (W / 2 - p.x) * GRAVITY;
      f.y += (H / 2 - p.y) * GRAVITY;
      const len = Math.max(Math.hypot(f.x, f.y), 1e-9);
      p.x = Math.min(W - 30, Math.max(30, p.x + (f.x / len) * Math.min(len, cool)));
      p.y = Math.min(H - 20, Math.max(20, p.y + (f.y / len) * Math.min(len, cool)));
    });
  }
  return { pos, index };
}

function graph(data) {
  const { pos, index } = layout(data.nodes, data.edges);
  const maxEdge = Math.max(1, ...data.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...data.nodes.map((d) => d.events));
  const edges = data.edges.map((e) => {
    const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
    const kind = e.conflict > e.cooperation ? 'conflict' : 'cooperation';
    return svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge ${kind}`, 'stroke-width': 1 + (5 * e.events) / maxEdge,
      'marker-end': `url(#arrow-${kind})` },
    svg('title', {}, `${e.source} → ${e.target}: ${e.events} events (${e.cooperation} cooperative, ${e.conflict} conflictual)`));
  });
  const nodes = data.nodes.map((d, i) => svg('g', { class: 'node', transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`,
    onclick: () => go('events', { actor: d.id }) },
  svg('circle', { r: 5 + (12 * d.events) / maxNode }, svg('title', {}, `${d.id}: ${d.events} events`)),
  svg('text', { y: -10 - (12 * d.events) / maxNode / 2, 'text-anchor': 'middle' }, d.id)));
  const marker = (kind) => svg('marker', { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' },
    svg('path', { d: 'M0,0L10,5L0,10z', class: `arrowhead ${kind}` }));
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart network-chart', role: 'img', 'aria-label': 'actor network' },
    svg('defs', {}, marker('cooperation'), marker('conflict')), edges, nodes);
}

export async function networkView(root, params) {
  const out = el('div', {});
  add(root, el('h2', {}, 'Actor network'), filterForm(params, 'network'), out);
  const data = await get('network', Object.fromEntries(params));
  if (!data.nodes.length) {
    show(out, el('p', { class: 'status' }, 'No dyads with dated events match.'));
    return;
  }
  show(out, el('p', { class: 'legend' }, el('span', { class: 'swatch cooperation' }, 'mostly cooperation'),
    el('span', { class: 'swatch conflict' }, 'mostly conflict'), ' · width: events · click an actor for its events'), graph(data));
}
