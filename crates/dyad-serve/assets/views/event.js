// One event: what, who, when, where, and every mention's sentence with the source, verb and
// target highlighted and the rule that fired.

import { get } from '../api.js';
import { el, evidence, actorLabel, safeLink, add } from '../dom.js';
import { go } from '../app.js';

function facts(event) {
  const cameo = event.cameo || {};
  const place = event.location ? [event.location.name || event.location.text, event.location.country].filter(Boolean).join(', ') : '—';
  const items = [
    ['Source', actorLabel(event.source)], ['Target', actorLabel(event.target)],
    ['CAMEO', `${cameo.code || ''} ${cameo.name || ''}`], ['Goldstein', cameo.goldstein ?? '—'],
    ['QuadClass', cameo.quad_class ?? '—'], ['PLOVER', event.plover ? event.plover.type : '—'],
    ['Date', `${event.date || '—'}${event.date_precision ? ` (${event.date_precision})` : ''}`], ['Place', place],
    ['Negated', event.negated ? 'yes' : 'no'],
    ['Key', event.id],
    ['Reported', `${event.num_mentions} mentions, ${event.num_articles} articles, ${event.num_sources} outlets`],
  ];
  return el('dl', { class: 'facts' }, items.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
}

function attribution(a) {
  if (!a) return null;
  const parts = [];
  if (a.reported_by) parts.push(`according to ${a.reported_by}`);
  if (a.hedged) parts.push('hedged');
  if (a.disputed) parts.push(`disputed${a.disputed_by && a.disputed_by.length ? ` by ${a.disputed_by.join(', ')}` : ''}`);
  return parts.length ? el('p', { class: 'attribution' }, `Attribution: ${parts.join('; ')}`) : null;
}

function mention(m) {
  return el('article', { class: 'mention' },
    evidence(m.segments),
    el('p', { class: 'meta' },
      el('span', { class: 'rule' }, `Rule: ${m.rule || '—'}`), ' · ',
      `${m.outlet || 'unknown outlet'}${m.published ? `, ${m.published}` : ''}`, ' · ',
      safeLink(m.url, m.title || m.url || m.article_id)),
    attribution(m.attribution));
}

export async function eventView(root, _params, id) {
  const { event, mentions } = await get(`events/${encodeURIComponent(id)}`);
  const source = event.source && event.source.code;
  const target = event.target && event.target.code;
  add(root,
    el('p', {}, el('a', { href: '#/events' }, '← All events')),
    el('h2', {}, `${actorLabel(event.source)} → ${event.verb ? event.verb.text : ''} → ${actorLabel(event.target)}`),
    el('p', { class: 'legend' }, el('mark', { class: 'role-source' }, 'source'), ' ', el('mark', { class: 'role-verb' }, 'verb'), ' ',
      el('mark', { class: 'role-target' }, 'target')),
    facts(event),
    source && target ? el('p', {}, el('button', { class: 'timeline-link', onclick: () => go('timeline', { source, target }) },
      `Timeline of ${source} → ${target}`)) : null,
    el('h3', {}, `Evidence (${mentions.length})`),
    mentions.map(mention));
}
