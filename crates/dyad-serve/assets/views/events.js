// The filterable event table.

import { get } from '../api.js';
import { el, show, actorLabel, add } from '../dom.js';
import { go } from '../app.js';

const FILTERS = [
  ['actor', 'Actor', 'IRN'], ['source', 'Source', ''], ['target', 'Target', ''], ['cameo', 'CAMEO', '04'],
  ['plover', 'PLOVER', 'CONSULT'], ['from', 'From', 'YYYY-MM-DD'], ['to', 'To', 'YYYY-MM-DD'],
  ['country', 'Location', 'ISO3'], ['text', 'Words', ''],
];
const SORTS = ['date', 'recent', 'mentions', 'sources', 'goldstein'];
const PAGE = 50;

/** The filter form; submitting it changes the route. */
export function filterForm(params, view, extra = []) {
  const inputs = FILTERS.map(([name, label, hint]) => el('label', {}, label,
    el('input', { name, value: params.get(name) || '', placeholder: hint, type: name === 'from' || name === 'to' ? 'date' : 'text' })));
  const form = el('form', { class: 'filters' }, inputs, extra, el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(view, Object.fromEntries(new FormData(form)));
  });
  return form;
}

function row(event) {
  const cameo = event.cameo || {};
  const verb = `${event.negated ? 'not ' : ''}${event.verb ? event.verb.text : ''}`;
  // The row id opens the event directly; the stable key (`id`) would need a scan at scale.
  const open = () => go('event', {}, String(event.event));
  return el('tr', { class: 'event-row', tabindex: 0, 'data-id': event.id, onclick: open, onkeydown: (e) => { if (e.key === 'Enter') open(); } },
    el('td', {}, event.date || '—'),
    el('td', { class: 'code' }, actorLabel(event.source)),
    el('td', {}, verb),
    el('td', { class: 'code' }, actorLabel(event.target)),
    el('td', {}, `${cameo.code || ''} ${cameo.name || ''}`.trim()),
    el('td', { class: 'num' }, cameo.goldstein ?? ''),
    el('td', { class: 'num' }, event.num_mentions),
    el('td', { class: 'sentence' }, event.sentence));
}

export async function eventsView(root, params) {
  const sort = el('label', {}, 'Sort', el('select', { name: 'sort' },
    SORTS.map((s) => el('option', { value: s, selected: params.get('sort') === s }, s))));
  const status = el('p', { class: 'status' }, 'Loading…');
  add(root, el('h2', {}, 'Events'), filterForm(params, 'events', [sort]), status);
  const offset = Number(params.get('offset') || 0);
  const page = await get('events', { ...Object.fromEntries(params), limit: PAGE, offset });
  const table = el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, ['Date', 'Source', 'Verb', 'Target', 'CAMEO', 'Goldstein', 'Mentions', 'Sentence'].map((h) => el('th', {}, h)))),
    el('tbody', {}, page.events.map(row)));
  const nav = el('p', { class: 'pager' },
    offset > 0 ? el('button', { onclick: () => go('events', { ...Object.fromEntries(params), offset: Math.max(0, offset - PAGE) }) }, '← Previous') : null,
    page.has_more ? el('button', { onclick: () => go('events', { ...Object.fromEntries(params), offset: offset + PAGE }) }, 'Next →') : null);
  show(status, page.events.length ? `Events ${offset + 1}–${offset + page.events.length}${page.has_more ? ' (more)' : ''}` : 'No events match.');
  add(root, table, nav);
}
