// Paste an article: it is coded as you type (nothing is stored) and its events, dates, places
// and attributions are shown with the evidence highlighted.

import { post } from '../api.js';
import { el, show, evidence, actorLabel, add } from '../dom.js';

const DELAY_MS = 600;

function eventCard(e) {
  const a = e.attribution || {};
  const place = e.location ? `${e.location.name || e.location.text}${e.location.country ? `, ${e.location.country}` : ''}` : '—';
  return el('article', { class: 'mention coded-event' },
    el('h4', {}, `${actorLabel(e.source)} → ${e.negated ? 'not ' : ''}${e.verb.text} → ${actorLabel(e.target)}`,
      el('span', { class: 'cameo' }, ` ${e.cameo.code} ${e.cameo.name || ''}`)),
    evidence(e.segments),
    el('p', { class: 'meta' }, `Date: ${e.date || '—'}${e.date_precision ? ` (${e.date_precision})` : ''} · Place: ${place} · `,
      el('span', { class: 'rule' }, `Rule: ${e.rule}`)),
    a.reported_by || a.hedged || a.disputed ? el('p', { class: 'attribution' },
      `Attribution: ${[a.reported_by ? `according to ${a.reported_by}` : '', a.hedged ? 'hedged' : '', a.disputed ? 'disputed' : ''].filter(Boolean).join('; ')}`) : null);
}

function list(title, items, line) {
  return el('section', { class: 'resolutions' }, el('h4', {}, `${title} (${items.length})`),
    items.length ? el('ul', {}, items.map((i) => el('li', {}, line(i)))) : el('p', { class: 'status' }, 'none'));
}

function results(data) {
  const r = data.resolutions;
  return [
    el('h3', {}, `${data.events.length} events in ${data.article.sentences} sentences${data.article.published ? ` (published ${data.article.published})` : ''}`),
    data.warnings.length ? el('p', { class: 'status' }, data.warnings.join('; ')) : null,
    el('div', { class: 'coded-events' }, data.events.map(eventCard)),
    el('div', { class: 'resolution-lists' },
      list('Dates', r.dates, (d) => `“${d.text}” → ${d.date} (${d.precision})`),
      list('Places', r.places, (p) => `“${p.text}” (${p.cue}) → ${p.location ? `${p.location.name || p.location.text}, ${p.location.country || '?'}` : 'not found'}`),
      list('Mentions', r.mentions, (m) => `“${m.text}” → ${m.antecedent.text}${m.code ? ` (${m.code})` : ''}`)),
  ];
}

export async function pasteView(root) {
  const text = el('textarea', { name: 'text', rows: 12, placeholder: 'Paste an article (a dateline such as “April 27, 2026” dates it)…' });
  const published = el('input', { name: 'published', type: 'date' });
  const out = el('div', { class: 'paste-results' });
  let timer = null, seq = 0;
  const run = async () => {
    if (!text.value.trim()) { show(out); return; }
    const mine = ++seq;
    try {
      const data = await post('code', { text: text.value, published: published.value || undefined });
      if (mine === seq) show(out, results(data));
    } catch (error) {
      if (mine === seq) show(out, el('p', { class: 'error' }, error.message));
    }
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(run, DELAY_MS); };
  text.addEventListener('input', later);
  published.addEventListener('change', run);
  add(root, el('h2', {}, 'Paste an article'),
    el('form', { class: 'paste', onsubmit: (e) => { e.preventDefault(); run(); } },
      text, el('div', { class: 'row' }, el('label', {}, 'Published ', published), el('button', { type: 'submit' }, 'Code it'))),
    el('p', { class: 'status' }, 'Coded as you type; nothing is stored.'), out);
}
