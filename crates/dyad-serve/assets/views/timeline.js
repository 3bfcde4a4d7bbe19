// The dyad timeline: per period, events stacked by QuadClass and the mean Goldstein value.

import { get } from '../api.js';
import { el, svg, show, add } from '../dom.js';
import { go } from '../app.js';

const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const W = 760, H = 300, PAD = { l: 40, r: 40, t: 16, b: 48 };

/** Rows of all matching dyads summed per period (a prefix like IRN covers several codes). */
function perPeriod(series) {
  const by = new Map();
  for (const r of series) {
    const p = by.get(r.period) || { period: r.period, events: 0, quad: [0, 0, 0, 0], gsum: 0 };
    p.events += r.events;
    r.quad_class.forEach((n, i) => { p.quad[i] += n; });
    p.gsum += r.goldstein_sum;
    by.set(r.period, p);
  }
  return [...by.values()].sort((a, b) => a.period.localeCompare(b.period));
}

function chart(points) {
  const max = Math.max(1, ...points.map((p) => p.events));
  const iw = W - PAD.l - PAD.r, ih = H - PAD.t - PAD.b;
  // Bars at most 60 wide, the group centred: one period should not fill the chart.
  const bw = Math.min(iw / Math.max(points.length, 1), 60);
  const x0 = PAD.l + (iw - bw * points.length) / 2;
  const y = (n) => PAD.t + ih - (n / max) * ih;
  const gy = (g) => PAD.t + ih / 2 - (g / 10) * (ih / 2);
  const bars = points.map((p, i) => {
    let acc = 0;
    const x = x0 + i * bw + bw * 0.15;
    return svg('g', { class: 'bar' }, p.quad.map((n, q) => {
      const rect = svg('rect', { class: `quad-${q + 1}`, x, width: bw * 0.7, y: y(acc + n), height: y(acc) - y(acc + n) },
        svg('title', {}, `${p.period}: ${n} ${QUADS[q]}`));
      acc += n;
      return rect;
    }), svg('text', { x: x + bw * 0.35, y: H - PAD.b + 14, class: 'tick', 'text-anchor': 'middle' }, p.period));
  });
  const cx = (i) => (x0 + (i + 0.5) * bw).toFixed(1);
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${cx(i)},${gy(p.gsum / p.events).toFixed(1)}`).join('');
  const dots = points.map((p, i) => svg('circle', { cx: cx(i), cy: gy(p.gsum / p.events).toFixed(1), r: 3.5, class: 'goldstein-dot' },
    svg('title', {}, `${p.period}: mean Goldstein ${(p.gsum / p.events).toFixed(2)}`)));
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline-chart', role: 'img', 'aria-label': 'dyad timeline' },
    svg('line', { x1: PAD.l, x2: W - PAD.r, y1: y(0), y2: y(0), class: 'axis' }),
    svg('text', { x: 4, y: PAD.t + 8, class: 'tick' }, `${max} ev.`),
    svg('text', { x: W - PAD.r + 4, y: PAD.t + 8, class: 'tick' }, '+10'),
    svg('text', { x: W - PAD.r + 4, y: PAD.t + ih, class: 'tick' }, '−10'),
    bars,
    svg('line', { x1: PAD.l, x2: W - PAD.r, y1: gy(0), y2: gy(0), class: 'zero' }),
    points.length ? svg('path', { d: line, class: 'goldstein-line' }) : null, dots);
}

export async function timelineView(root, params) {
  const form = el('form', { class: 'filters' },
    el('label', {}, 'Source', el('input', { name: 'source', value: params.get('source') || '', placeholder: 'USA' })),
    el('label', {}, 'Target', el('input', { name: 'target', value: params.get('target') || '', placeholder: 'CHN' })),
    el('label', {}, 'Period', el('select', { name: 'period' }, ['day', 'week', 'month'].map((p) =>
      el('option', { value: p, selected: (params.get('period') || 'day') === p }, p)))),
    el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => { e.preventDefault(); go('timeline', Object.fromEntries(new FormData(form))); });
  const out = el('div', { class: 'timeline' });
  add(root, el('h2', {}, 'Dyad timeline'), form, out);
  const source = params.get('source'), target = params.get('target');
  if (!source && !target) {
    show(out, el('p', { class: 'status' }, 'Choose a source and a target (codes or prefixes).'));
    return;
  }
  const data = await get('dyads', { source, target, period: params.get('period') || 'day' });
  const points = perPeriod(data.series);
  if (!points.length) {
    show(out, el('p', { class: 'status' }, 'No dated events for this dyad.'));
    return;
  }
  const legend = el('p', { class: 'legend' }, QUADS.map((q, i) => el('span', { class: `swatch quad-${i + 1}` }, q)),
    el('span', { class: 'swatch goldstein' }, 'mean Goldstein'));
  const table = el('table', {}, el('thead', {}, el('tr', {}, ['Period', 'Events', ...QUADS, 'Goldstein sum', 'mean'].map((h) => el('th', {}, h)))),
    el('tbody', {}, points.map((p) => el('tr', {}, el('td', {}, p.period), el('td', { class: 'num' }, p.events),
      p.quad.map((n) => el('td', { class: 'num' }, n)), el('td', { class: 'num' }, p.gsum.toFixed(1)),
      el('td', { class: 'num' }, (p.gsum / p.events).toFixed(2))))));
  show(out, el('h3', {}, `${source || '*'} → ${target || '*'} by ${data.period}`), chart(points), legend, table,
    el('p', {}, el('a', { href: `#/events?source=${encodeURIComponent(source || '')}&target=${encodeURIComponent(target || '')}` }, 'These events')));
}
