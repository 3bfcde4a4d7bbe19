// DOM helpers. Every string becomes a text node: data from the store or from pasted text is
// never parsed as HTML, so an article containing <script> shows as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: el('td', {class: 'x'}, 'text', otherNode). */
export function el(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** A link only to http(s) addresses: a stored URL like javascript:… stays plain text. */
export function safeLink(url, text) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, text || url);
  }
  return el('span', {}, text || url || '');
}

/** Replaces the contents of a node. */
export function show(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
}

/** The highlighted sentence: pieces with a role get a marked span. */
export function evidence(segments) {
  return el('p', { class: 'evidence' }, (segments || []).map((s) =>
    s.role ? el('mark', { class: `role-${s.role}`, title: s.role }, s.text) : s.text));
}

/** An actor as code (or quoted text when uncoded). */
export function actorLabel(actor) {
  if (!actor) return '—';
  return actor.code || `“${actor.text}”`;
}

/** Appends children, flattening arrays and leaving out null, undefined and false. */
export function add(node, ...children) {
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}
