// Drives the dyad console in Debian's Chromium: load, filter by an actor, open an event and see
// its highlighted evidence, open the dyad timeline, the network, the map, and paste an article.
// Markup inside an article must show as text and never run.
//
//   DYAD_URL=http://127.0.0.1:PORT DYAD_TOKEN=TOKEN node console.test.mjs
//
// Screenshots go to test-output/. Exits 1 on the first failed check.

import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const BASE = process.env.DYAD_URL || 'http://127.0.0.1:8080';
const TOKEN = process.env.DYAD_TOKEN || '';
const OUT = new URL('./test-output/', import.meta.url).pathname;
const HOSTILE = 'April 26, 2026\n\nTurkey condemned Russia <script>window.__pwned = 1</script> on Sunday in Ankara. '
  + 'Turkey accused Russia <img src=x onerror="window.__pwned = 2"> of shelling.';

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  console.log(`ok - ${message}`);
}

/** Stores the hostile article through the API (the server runs with an ingest token). */
async function ingestHostile() {
  const response = await fetch(`${BASE}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ text: HOSTILE, url: 'https://hostile.example/1', source: 'Hostile Wire' }),
  });
  check(response.ok, `ingest of an article with markup (${response.status})`);
}

async function notPwned(page, where) {
  check(await page.evaluate(() => window.__pwned === undefined), `no script from article text ran (${where})`);
}

async function run(page) {
  const shot = (name) => page.screenshot({ path: join(OUT, name), fullPage: true });

  await page.goto(`${BASE}/`);
  await page.locator('tr.event-row').first().waitFor();
  check(await page.locator('tr.event-row').count() > 10, 'the event table lists events');
  await shot('01-events.png');

  await page.locator('input[name=actor]').fill('TUR');
  await page.locator('form.filters button[type=submit]').click();
  await page.waitForURL(/actor=TUR/);
  await page.locator('tr.event-row').first().waitFor();
  const rows = await page.locator('tr.event-row').evaluateAll((trs) => trs.map((tr) => [tr.cells[1].textContent, tr.cells[3].textContent]));
  check(rows.length > 0 && rows.every(([s, t]) => s.startsWith('TUR') || t.startsWith('TUR')), `filter by actor TUR (${rows.length} events, all TUR)`);
  const markup = page.locator('td.sentence', { hasText: '<script>window.__pwned = 1</script>' });
  check(await markup.count() > 0, 'article markup shows as text in the table');
  check(await page.locator('td.sentence script, td.sentence img').count() === 0, 'no element was made from article text');
  await notPwned(page, 'event table');
  await shot('02-filter-actor.png');

  // An event with both actors coded, so its dyad has a timeline.
  const dyadRow = page.locator('tr.event-row').filter({ hasNot: page.locator('td.code', { hasText: /—|“/ }) }).first();
  await dyadRow.click();
  await page.locator('p.evidence mark.role-verb').first().waitFor();
  check(await page.locator('p.evidence mark.role-source').count() > 0, 'evidence: source highlighted');
  check(await page.locator('p.evidence mark.role-target').count() > 0, 'evidence: target highlighted');
  check((await page.locator('.mention .rule').first().textContent()).startsWith('Rule: '), 'evidence: the rule is shown');
  await shot('03-evidence.png');

  await page.locator('button.timeline-link').click();
  await page.locator('svg.timeline-chart rect').first().waitFor();
  check(await page.locator('svg.timeline-chart g.bar').count() > 0, 'dyad timeline chart has bars');
  await shot('04-timeline.png');
  // A wider dyad (every target of one source) for a fuller chart.
  await page.goto(`${BASE}/#/timeline?source=CHN&period=day`);
  await page.locator('svg.timeline-chart g.bar').first().waitFor();
  check(await page.locator('svg.timeline-chart g.bar').count() >= 2, 'timeline of CHN → anyone has several days');
  await shot('04b-timeline-source.png');

  await page.goto(`${BASE}/#/network`);
  await page.locator('svg.network-chart g.node').first().waitFor();
  check(await page.locator('svg.network-chart g.node').count() > 5, 'network has nodes');
  check(await page.locator('svg.network-chart line.edge').count() > 3, 'network has edges');
  await shot('05-network.png');

  await page.goto(`${BASE}/#/map`);
  await page.locator('svg.map-chart circle.place').first().waitFor();
  check(await page.locator('svg.map-chart path.country').count() > 150, 'map draws the world outline');
  await shot('06-map.png');

  await page.goto(`${BASE}/#/paste`);
  await page.locator('textarea[name=text]').fill('April 28, 2026\n\nIran\'s foreign minister met Oman\'s foreign minister in Muscat on Tuesday, '
    + 'state media reported. Israel accused Iran <script>window.__pwned = 3</script> of attacking a tanker.');
  await page.locator('.coded-event').first().waitFor();
  check(await page.locator('.coded-event').count() >= 2, 'pasted article: events shown');
  check(await page.locator('.coded-event mark.role-verb').count() >= 2, 'pasted article: evidence highlighted');
  check(await page.locator('.resolutions', { hasText: 'Dates' }).locator('li').count() >= 1, 'pasted article: dates resolved');
  check(await page.locator('.resolutions', { hasText: 'Places' }).locator('li').count() >= 1, 'pasted article: places resolved');
  await notPwned(page, 'paste page');
  await shot('07-paste.png');
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  // playwright-core starts Chromium with a fresh, empty profile directory of its own (it
  // refuses a --user-data-dir argument) and removes it on close.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const errors = [];
  try {
    await ingestHostile();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15000);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    try {
      await run(page);
    } catch (error) {
      await page.screenshot({ path: join(OUT, 'failure.png'), fullPage: true }).catch(() => {});
      throw error;
    }
    check(errors.length === 0, `no errors in the page${errors.length ? `: ${errors.join(' | ')}` : ''}`);
  } finally {
    await browser.close();
  }
}

main().then(() => console.log('browser tests passed'), (error) => {
  console.error(error.message);
  process.exit(1);
});
