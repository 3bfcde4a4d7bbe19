// The console: a hash router over the views. Each view renders into <main> from the route's
// parameters, so every state of the console has a link (#/events?actor=IRN).

import { el, show } from './dom.js';
import { eventsView } from './views/events.js';
import { eventView } from './views/event.js';
import { timelineView } from './views/timeline.js';
import { networkView } from './views/network.js';
import { mapView } from './views/map.js';
import { pasteView } from './views/paste.js';

const VIEWS = {
  events: eventsView,
  event: eventView,
  timeline: timelineView,
  network: networkView,
  map: mapView,
  paste: pasteView,
};

/** The route: view name, path argument, query parameters. */
function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [name, ...rest] = path.split('/');
  return { name: VIEWS[name] ? name : 'events', arg: decodeURIComponent(rest.join('/')), params: new URLSearchParams(query) };
}

/** Goes to a view with parameters (empty ones left out). */
export function go(name, params = {}, arg = '') {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const qs = query.toString();
  location.hash = `#/${name}${arg ? `/${encodeURIComponent(arg)}` : ''}${qs ? `?${qs}` : ''}`;
}

let rendering = 0;

async function render() {
  const { name, arg, params } = route();
  for (const link of document.querySelectorAll('nav a')) {
    link.classList.toggle('active', link.dataset.view === name || (name === 'event' && link.dataset.view === 'events'));
  }
  const main = document.getElementById('view');
  const ticket = ++rendering;
  const root = el('section', { class: `view view-${name}` });
  show(main, root);
  try {
    await VIEWS[name](root, params, arg);
  } catch (error) {
    if (ticket === rendering) root.append(el('p', { class: 'error' }, `Could not load: ${error.message}`));
  }
}

window.addEventListener('hashchange', render);
render();
