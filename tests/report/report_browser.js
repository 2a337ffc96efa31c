#!/usr/bin/env node
// report.html in a real browser: Debian's Chromium, headless, driven by
// playwright-core (npm, pinned in tests/tools/package-lock.json; it never
// downloads a browser here: executablePath is the system's chromium).
//
//   report_browser.js --accord BIN (--corpus PATH | --synthetic N) --out DIR
//                     [--gold FILE] [--search NAME] [--expect-limit N]
//                     [--chromium PATH]
//
// Builds CORPUS (or N synthetic articles from make_corpus.py) with
// `accord build --format html` into OUT/build, opens
// OUT/build/report.html from file:// in a fresh profile and checks, as a
// person would see it:
//  - the page loads with no request but its own file (no network, no CSP
//    violation, no script error) and the graph is laid out;
//  - the nodes drawn are the graph's entities (counted in graph.graphml), or
//    with --expect-limit N, the N most evidenced of them and "Show all" draws
//    the rest;
//  - searching NAME (default: the surname of the most evidenced person) lists
//    it and Enter opens its facts;
//  - clicking a meeting in the timeline and a meeting node on the canvas
//    shows its evidence sentence; a table row shows its evidence;
//  - the fact-kind and country filters hide what they should;
//  - with --gold, the summary shows the evaluation figures.
// Writes OUT/report.png (the window) and OUT/report-full.png (the page), and
// prints the load timings as one JSON line.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { chromium } = require(path.resolve(__dirname, '..', 'tools', 'node_modules', 'playwright-core'));

function args() {
  const a = { chromium: '/usr/bin/chromium' };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i++) a[v[i].replace(/^--/, '')] = v[++i];
  if (!a.accord || !a.out || !(a.corpus || a.synthetic)) {
    console.error('usage: report_browser.js --accord BIN (--corpus PATH | --synthetic N) --out DIR ' +
      '[--gold FILE] [--search NAME] [--expect-limit N] [--chromium PATH]');
    process.exit(2);
  }
  if (!fs.existsSync(a.chromium)) {
    console.error(`report_browser.js: ${a.chromium} not found (scripts/install-deps.sh installs Debian's chromium)`);
    process.exit(1);
  }
  return a;
}

let failures = 0;
const started = Date.now();
function check(ok, what, detail) {
  console.log((ok ? 'ok   ' : 'FAIL ') + `[${((Date.now() - started) / 1000).toFixed(1)}s] ` + what + (detail !== undefined ? ': ' + detail : ''));
  if (!ok) failures++;
}

// Entities of graph.graphml: nodes whose type is not Article.
function graphmlEntities(file) {
  const xml = fs.readFileSync(file, 'utf8');
  const types = [...xml.matchAll(/<data key="type">([^<]*)<\/data>/g)].map((m) => m[1]);
  return types.filter((t) => t !== 'Article').length;
}

(async () => {
  const a = args();
  const out = path.resolve(a.out);
  const build = path.join(out, 'build');
  fs.rmSync(build, { recursive: true, force: true });
  fs.mkdirSync(build, { recursive: true });
  if (a.synthetic) {
    a.corpus = path.join(out, 'corpus.jsonl');
    execFileSync('python3', [path.join(__dirname, 'make_corpus.py'), a.synthetic, a.corpus], { stdio: 'inherit' });
  }
  const cmd = ['build', a.corpus, '-o', build, '--format', 'html'];
  if (a.gold) cmd.push('--gold', a.gold);
  const t0 = Date.now();
  try {
    execFileSync(a.accord, cmd, { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: some inputs skipped, still a build
  }
  const buildMs = Date.now() - t0;
  const html = path.join(build, 'report.html');
  const data = JSON.parse(fs.readFileSync(path.join(build, 'report-data.json'), 'utf8'));
  const entities = graphmlEntities(path.join(build, 'graph.graphml'));
  check(entities === data.nodes.length, 'report data holds every entity of graph.graphml', `${data.nodes.length} / ${entities}`);

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: a.chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    offline: true,
  });
  const timings = {};
  try {
    const page = context.pages()[0] || (await context.newPage());
    // Actions on a page drawing thousands of nodes wait for its main thread; on a
    // loaded CI machine that can take longer than Playwright's 30 s default.
    page.setDefaultTimeout(180000);
    const requests = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

    const url = 'file://' + html;
    const tNav = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => window.accordReport && window.accordReport.ready, null, { timeout: 300000, polling: 100 });
    timings.wallMs = Date.now() - tNav;
    Object.assign(timings, await page.evaluate(() => {
      const t = window.accordReport.timings;
      const nav = performance.getEntriesByType('navigation')[0];
      return { parsedMs: Math.round(t.parsed), builtMs: Math.round(t.built), layoutMs: Math.round(t.layoutMs),
        readyMs: Math.round(t.ready), domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd) };
    }));
    timings.buildMs = buildMs;
    timings.htmlBytes = fs.statSync(html).size;
    timings.entities = entities;
    timings.edges = data.edges.length;

    // What is drawn.
    const drawn = await page.evaluate(() => window.accordReport.cy.nodes(':visible').length);
    const limit = a['expect-limit'] ? Number(a['expect-limit']) : null;
    if (limit == null) {
      check(drawn === entities, 'nodes drawn = entities of the graph', `${drawn} / ${entities}`);
    } else {
      check(drawn === Math.min(limit, entities), `nodes drawn = the ${limit} most evidenced`, `${drawn} of ${entities}`);
      const visible = await page.isVisible('#show-all');
      check(visible, '"Show all" button shown');
    }
    timings.drawn = drawn;
    const sizes = await page.evaluate(() => {
      const s = window.accordReport.cy.nodes().map((n) => n.width());
      return [Math.min(...s), Math.max(...s)];
    });
    check(sizes[1] > sizes[0], 'nodes sized by evidence', sizes.join('..'));

    // Search a name.
    if (!a.search) {
      const top = data.nodes.filter((n) => n.type === 'Person').sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1))[0];
      a.search = top ? top.label.split(' ').pop() : '?';
    }
    const wanted = data.nodes.find((n) => n.type !== 'Meeting' &&
      (n.label.includes(a.search) || (n.altLabels || []).some((x) => x.includes(a.search))));
    check(!!wanted, `"${a.search}" is an entity of the data`);
    if (wanted) {
      await page.fill('#search', a.search.toLowerCase());
      await page.waitForSelector('#search-results li[data-id]');
      const listed = await page.$$eval('#search-results li[data-id]', (lis) => lis.map((li) => li.dataset.id));
      check(listed.includes(wanted.id), `search "${a.search.toLowerCase()}" lists ${wanted.label}`, listed.slice(0, 5).join(', '));
      const first = listed.indexOf(wanted.id);
      for (let i = 0; i < first; i++) await page.press('#search', 'ArrowDown');
      await page.press('#search', 'Enter');
      const title = await page.textContent('#details .title');
      check(title === wanted.label, 'Enter opens its facts', title);
      const selected = await page.evaluate((id) => window.accordReport.cy.getElementById(id).selected(), wanted.id);
      check(selected, 'and selects it in the graph');
    }

    // A meeting from the timeline: its evidence sentence in the panel.
    const meetings = data.nodes.filter((n) => n.type === 'Meeting');
    if (meetings.length) {
      const first = await page.$eval('#timeline-list li.meeting', (li) => li.dataset.id);
      const m = meetings.find((x) => x.id === first);
      const sentence = data.evidence[m.evidence[0]].sentence;
      await page.click(`#timeline-list li.meeting[data-id="${m.id}"]`);
      const panel = await page.textContent('#details');
      check(panel.includes(sentence), `timeline click on ${m.id} shows its sentence`, JSON.stringify(sentence.slice(0, 70)));
      const article = data.articles[data.evidence[m.evidence[0]].article];
      check(panel.includes(article.title), 'with its article title', article.title);

      // Another meeting clicked on the canvas, as a mouse would.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.click('#fit');
      await page.waitForTimeout(400);
      const drawnMeetings = new Set(await page.evaluate(() => window.accordReport.cy.nodes('[type="Meeting"]').map((n) => n.id())));
      const other = meetings.filter((x) => x.id !== m.id && drawnMeetings.has(x.id)).sort((x, y) => y.weight - x.weight)[0] || m;
      // Zoomed in on it, so that no neighbour covers it.
      const box = await page.evaluate((id) => {
        const cy = window.accordReport.cy;
        const n = cy.getElementById(id);
        if (n.empty() || !n.visible()) return null;
        cy.zoom(Math.max(cy.zoom(), 1.5));
        cy.center(n);
        const r = cy.container().getBoundingClientRect();
        return { x: r.left + n.renderedPosition('x'), y: r.top + n.renderedPosition('y') };
      }, other.id);
      if (box) {
        await page.evaluate(() => { window.accordReport.cy.elements(':selected').unselect(); });
        await page.mouse.click(box.x, box.y);
        const t = await page.textContent('#details');
        // In a crowded drawing another meeting may lie on top: what was clicked is what counts.
        const hit = await page.evaluate(() => window.accordReport.cy.nodes(':selected').map((n) => n.id())[0]);
        const got = meetings.find((x) => x.id === hit);
        check(hit === other.id || (limit != null && !!got), `canvas click on ${other.id} selects it`, hit);
        const s2 = data.evidence[(got || other).evidence[0]].sentence;
        check(t.includes(s2), `and shows its sentence`, JSON.stringify(s2.slice(0, 70)));
      } else {
        check(limit != null, `meeting ${other.id} is drawn on the canvas`);
      }
    } else {
      check(false, 'the corpus has meetings');
    }

    // A row of the office holders' table: its evidence.
    const roleRow = await page.$eval('#offices-table tr[data-edge]', (tr) => tr.dataset.edge).catch(() => null);
    const role = roleRow && data.edges[Number(roleRow.slice(1))];
    check(!!role, 'office holders listed');
    if (role) {
      await page.click(`#offices-table tr[data-edge="${roleRow}"]`);
      const t = await page.textContent('#details');
      check(t.includes(data.evidence[role.evidence[0]].sentence), 'office-holder row shows its evidence', role.role);
    }

    // Filters: without meeting facts no meeting is drawn; a country keeps its own.
    const meetingsDrawn = () => page.evaluate(() => window.accordReport.cy.nodes('[type="Meeting"]:visible').length);
    const before = await meetingsDrawn();
    await page.uncheck('#kind-filters input[value="meeting"]');
    // A meeting still drawn must have another kind of fact (an agreement) in the data.
    const kindsOf = new Map();
    for (const e of data.edges)
      for (const id of [e.source, e.target]) (kindsOf.get(id) || kindsOf.set(id, new Set()).get(id)).add(e.kind);
    const still = await page.evaluate(() => window.accordReport.cy.nodes('[type="Meeting"]:visible').map((n) => n.id()));
    const during = still.length;
    const onlyMeeting = still.filter((id) => [...kindsOf.get(id)].every((k) => k === 'meeting')).length;
    check(before > 0 && onlyMeeting === 0, 'fact filter hides meetings known only by meeting facts', `${before} drawn, then ${during} (agreed-at)`);
    await page.check('#kind-filters input[value="meeting"]');
    const country = data.nodes.filter((n) => n.type === 'Country').sort((x, y) => y.weight - x.weight)[0];
    if (country) {
      await page.selectOption('#country-filter', country.id);
      const ok = await page.evaluate((c) => {
        const r = window.accordReport;
        const byId = new Map(r.data.nodes.map((n) => [n.id, n]));
        return r.cy.nodes(':visible').every((n) => byId.get(n.id()).countries.includes(c));
      }, country.id);
      const rows = await page.$$eval('#offices-table tbody tr', (trs) => trs.filter((tr) => !tr.hidden).length);
      check(ok, `country filter ${country.label} draws only what concerns it`, `${rows} office rows left`);
      await page.selectOption('#country-filter', '');
    }

    if (limit != null) {
      // An entity not drawn: the search finds it and draws it, with its neighbours.
      await page.evaluate(() => window.scrollTo(0, 0));
      const drawnIds = new Set(await page.evaluate(() => window.accordReport.cy.nodes().map((n) => n.id())));
      const hidden = data.nodes.filter((n) => !drawnIds.has(n.id) && n.type === 'Person').sort((x, y) => x.weight - y.weight)[0];
      if (hidden) {
        await page.fill('#search', hidden.label);
        await page.waitForSelector(`#search-results li[data-id="${hidden.id}"]`);
        await page.click(`#search-results li[data-id="${hidden.id}"]`);
        const st = await page.evaluate((id) => {
          const n = window.accordReport.cy.getElementById(id);
          return { drawn: n.nonempty() && n.visible(), selected: n.nonempty() && n.selected(), degree: n.nonempty() ? n.degree() : 0 };
        }, hidden.id);
        check(st.drawn && st.selected && st.degree > 0, `search draws ${hidden.label}, not drawn before, with its neighbours`, JSON.stringify(st));
        await page.fill('#search', '');
      }
      // The details panel draws the neighbours not shown yet.
      const hub = await page.evaluate(() => {
        const r = window.accordReport;
        const drawn = new Set(r.cy.nodes().map((n) => n.id()));
        const byId = new Map(r.data.nodes.map((n) => [n.id, n]));
        const counts = new Map();
        for (const e of r.data.edges)
          for (const [a, b] of [[e.source, e.target], [e.target, e.source]])
            if (drawn.has(a) && !drawn.has(b)) counts.set(a, (counts.get(a) || 0) + 1);
        const best = [...counts].sort((x, y) => y[1] - x[1])[0];
        return best ? { id: best[0], hidden: best[1], type: byId.get(best[0]).type } : null;
      });
      if (hub) {
        await page.evaluate((id) => window.accordReport.select(id), hub.id);
        const before = await page.evaluate(() => window.accordReport.cy.nodes().length);
        await page.click('#details .expand button');
        const after = await page.evaluate(() => window.accordReport.cy.nodes().length);
        check(after > before, `"Draw connected entities" on ${hub.id} draws its neighbours`, `${before} -> ${after}`);
      }
      const t = Date.now();
      await page.click('#show-all');
      await page.waitForFunction((n) => window.accordReport.cy.nodes().length === n && !document.querySelector('#show-all:not([hidden])'),
        entities, { timeout: 300000, polling: 200 });
      timings.showAllMs = Date.now() - t;
      const all = await page.evaluate(() => window.accordReport.cy.nodes(':visible').length);
      check(all === entities, '"Show all" draws every entity', `${all} / ${entities} in ${timings.showAllMs} ms`);
    }

    if (a.gold) {
      const s = await page.textContent('#summary');
      const f1 = data.evaluation.kinds.overall.f1.toFixed(3);
      check(s.includes('Evaluation against') && s.includes(f1), 'summary shows the evaluation', 'overall F1 ' + f1);
    }

    // Screenshots: the window with a meeting open, and the whole page.
    await page.fill('#search', '');
    if (meetings.length) {
      const m = meetings.slice().sort((x, y) => y.weight - x.weight)[0];
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.click('#fit');
      await page.evaluate((id) => window.accordReport.select(id, { center: false }), m.id);
      await page.waitForTimeout(400);
    }
    await page.screenshot({ path: path.join(out, 'report.png') });
    await page.screenshot({ path: path.join(out, 'report-full.png'), fullPage: true });

    const violations = await page.evaluate(() => window.accordReport.violations);
    check(violations.length === 0, 'no content-security-policy violation', violations.join('; '));
    check(errors.length === 0, 'no script error', errors.join('; '));
    const foreign = requests.filter((u) => u !== url);
    check(foreign.length === 0, 'no request but the page itself', foreign.slice(0, 5).join(' '));
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log('timings ' + JSON.stringify(timings));
  console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
  process.exit(failures ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
