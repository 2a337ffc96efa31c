/* accord report: the page's behaviour.
 *
 * Reads the build's data (#accord-data, written by report/html_report.cpp) and
 * the page options (#accord-config), draws the graph with Cytoscape.js (its
 * cose layout; no drawing code here), and fills the timeline, the tables, the
 * summary and the details panel. Every label and sentence is data: it goes
 * into the page with textContent, never as HTML.
 *
 * Large graphs: above config.maxNodes entities only the top ones by evidence
 * are drawn at first; "Show all", a double click on a node (its neighbours),
 * the details panel and the search add the others on demand.
 *
 * window.accordReport exposes the state to the tests (ready, timings, cy).
 */
(function () {
  'use strict';

  const DATA = JSON.parse(document.getElementById('accord-data').textContent);
  const CONFIG = JSON.parse(document.getElementById('accord-config').textContent);
  const api = (window.accordReport = { ready: false, timings: { parsed: performance.now() }, violations: [], data: DATA });
  document.addEventListener('securitypolicyviolation', (e) => api.violations.push(e.violatedDirective + ' ' + e.blockedURI));

  // ------------------------------------------------------------------ vocabulary

  const TYPES = {
    Person: { color: '#4e79a7', shape: 'ellipse', plural: 'Persons' },
    Country: { color: '#e15759', shape: 'round-hexagon', plural: 'Countries' },
    Organization: { color: '#b07aa1', shape: 'round-octagon', plural: 'Organizations' },
    Place: { color: '#59a14f', shape: 'round-triangle', plural: 'Places' },
    Meeting: { color: '#3d8f8a', shape: 'round-diamond', plural: 'Meetings' },
    Initiative: { color: '#f28e2b', shape: 'star', plural: 'Initiatives' },
    Project: { color: '#c9a227', shape: 'round-rectangle', plural: 'Projects' },
  };
  const KINDS = {
    role: { label: 'Offices', fact: 'office', color: '#8da0b6' },
    meeting: { label: 'Meetings', fact: 'meeting', color: '#5fa8a3' },
    supports: { label: 'Support', fact: 'support', color: '#f28e2b' },
    agreed: { label: 'Agreements', fact: 'agreement', color: '#c9a227' },
    proposed: { label: 'Proposals', fact: 'proposal', color: '#b07aa1' },
  };
  const typeOf = (t) => TYPES[t] || { color: '#888', shape: 'ellipse', plural: t };

  // ------------------------------------------------------------------ indexes

  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  const nodes = DATA.nodes;
  const byId = new Map();
  nodes.forEach((n) => {
    n.edges = [];
    byId.set(n.id, n);
  });
  DATA.edges.forEach((e, i) => {
    e.id = 'e' + i;
    byId.get(e.source).edges.push(e);
    byId.get(e.target).edges.push(e);
  });
  const other = (e, n) => byId.get(e.source === n.id ? e.target : e.source);
  const meetingsOf = (n) => n.edges.filter((e) => e.type === 'PARTICIPATED_IN').map((e) => byId.get(e.target));
  const participantsOf = (m) =>
    m.edges.filter((e) => e.type === 'PARTICIPATED_IN').map((e) => byId.get(e.source)).sort((a, b) => cmp(a.label, b.label));
  const agreedAt = (m) => m.edges.filter((e) => e.type === 'AGREED_AT' && e.target === m.id);
  const articlesOf = (evs) => new Set(evs.map((i) => DATA.evidence[i].article));
  const maxWeight = nodes.reduce((m, n) => Math.max(m, n.weight), 1);
  const countryLabels = (n) => n.countries.filter((c) => c !== n.id).map((c) => byId.get(c).label);

  function shortLabel(n) {
    if (n.type !== 'Meeting') return n.label;
    return n.date + (n.place ? ' ' + n.place : n.meetingType === 'call' ? ' call' : '');
  }
  function meetingTitle(m) {
    const what = m.meetingType === 'call' ? 'Call' : 'Talks';
    return what + ' on ' + m.date + (m.place ? ' in ' + m.place : '');
  }

  // ------------------------------------------------------------------ DOM helpers

  function el(tag, props, ...kids) {
    const e = document.createElement(tag);
    if (props)
      for (const [k, v] of Object.entries(props)) {
        if (v == null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k === 'style') e.style.cssText = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v);
      }
    for (const k of kids.flat(Infinity)) if (k != null && k !== false) e.append(k instanceof Node ? k : String(k));
    return e;
  }
  const chip = (type) => el('span', { class: 'chip', style: '--c:' + typeOf(type).color }, type);
  const plural = (n, one, many) => n + ' ' + (n === 1 ? one : many || one + 's');
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

  // A sentence with the names of the fact's entities marked.
  function marked(sentence, names) {
    const terms = [];
    for (const n of names) {
      if (!n) continue;
      for (const t of [n.label, ...(n.altLabels || [])]) if (t && t.length > 2) terms.push(t);
      if (n.type === 'Person') {
        const last = n.label.split(/\s+/).pop();
        if (last.length > 2) terms.push(last);
      }
    }
    if (!terms.length) return [sentence];
    const esc = terms.sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp('(' + esc.join('|') + ')', 'gi');
    const out = [];
    let at = 0;
    for (const m of sentence.matchAll(re)) {
      if (m.index > at) out.push(sentence.slice(at, m.index));
      out.push(el('mark', null, m[0]));
      at = m.index + m[0].length;
    }
    out.push(sentence.slice(at));
    return out;
  }

  function evidenceItem(i, names, color) {
    const ev = DATA.evidence[i];
    const a = ev.article == null ? null : DATA.articles[ev.article];
    const title = a ? a.title : '(unknown article)';
    return el('li', { class: 'ev' },
      el('blockquote', { style: color ? '--c:' + color : null }, marked(ev.sentence, names)),
      el('div', { class: 'src' },
        a && a.url ? el('a', { class: 'atitle', href: a.url, target: '_blank', rel: 'noopener noreferrer' }, title)
                   : el('span', { class: 'atitle' }, title),
        a && a.date ? ' \u00b7 ' + a.date : '',
        a && a.source ? ' \u00b7 ' + a.source : '',
        ev.rule ? [' \u00b7 ', el('span', { class: 'rule', title: 'rule that produced the fact' }, ev.rule)] : ''));
  }

  // Evidence sorted by article date, the first `open` shown, the rest behind a button.
  function evidenceList(indices, names, color, open) {
    const sorted = [...indices].sort((x, y) => {
      const a = DATA.articles[DATA.evidence[x].article] || {}, b = DATA.articles[DATA.evidence[y].article] || {};
      return cmp(a.date || '', b.date || '') || x - y;
    });
    const ul = el('ul', { class: 'evidence' });
    const first = open == null ? sorted.length : open;
    sorted.slice(0, first).forEach((i) => ul.append(evidenceItem(i, names, color)));
    if (sorted.length > first) {
      const more = el('li', null, el('button', {
        class: 'linkish', type: 'button',
        onclick: () => { more.remove(); sorted.slice(first).forEach((i) => ul.append(evidenceItem(i, names, color))); },
      }, '+ ' + plural(sorted.length - first, 'more sentence')));
      ul.append(more);
    }
    return ul;
  }

  // ------------------------------------------------------------------ facts as text

  const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);
  function factLine(e) {
    const s = byId.get(e.source), t = byId.get(e.target);
    switch (e.type) {
      case 'HOLDS_ROLE': return [s.label, ' \u2014 ', e.role, ', ', t.label];
      case 'PARTICIPATED_IN': return [s.label, ' took part in ', lower(meetingTitle(t))];
      case 'HELD_IN': return [meetingTitle(s), ' (held in ', t.label, ')'];
      case 'SUPPORTED_BY': return [t.label, ' supports ', s.label];
      case 'AGREED_AT': return [s.label, ' \u2014 agreed at ', lower(meetingTitle(t))];
      case 'PROPOSED_BY': return [t.label, ' proposed ', s.label];
    }
    return [s.label, ' ', e.type, ' ', t.label];
  }

  function factBox(e, focus, open) {
    const names = [byId.get(e.source), byId.get(e.target)];
    if (e.type === 'AGREED_AT' || e.type === 'HELD_IN') {
      const m = byId.get(e.type === 'AGREED_AT' ? e.target : e.source);
      names.push(...participantsOf(m));
    }
    const kind = KINDS[e.kind] || { fact: e.kind, color: '#999' };
    const seen = e.firstSeen ? (e.firstSeen === e.lastSeen ? 'seen ' + e.firstSeen : 'seen ' + e.firstSeen + ' \u2013 ' + e.lastSeen) : '';
    return el('div', { class: 'fact' + (focus ? ' focus' : ''), 'data-edge': e.id },
      el('div', { class: 'fact-line' }, el('span', { class: 'kind' }, kind.fact), factLine(e)),
      el('div', { class: 'meta' }, plural(e.evidence.length, 'sentence'), ' from ', plural(articlesOf(e.evidence).size, 'article'),
        seen ? ' \u00b7 ' + seen : ''),
      evidenceList(e.evidence, names, kind.color, open));
  }

  // ------------------------------------------------------------------ details panel

  const details = document.getElementById('details-body');

  function placeholder() {
    const top = [...nodes].sort((a, b) => b.weight - a.weight || cmp(a.label, b.label)).slice(0, 12);
    details.replaceChildren(el('div', { class: 'placeholder' },
      el('h2', null, 'Details'),
      el('p', null, 'Click a node or an edge of the graph, a meeting of the timeline or a row of a table: ' +
        'its facts appear here with the sentences they were read from.'),
      top.length ? el('h3', null, 'Most evidenced') : '',
      el('div', null, top.map((n) => el('div', null,
        el('button', { class: 'linkish', type: 'button', onclick: () => select(n.id) }, shortLabel(n)), ' ',
        el('span', { class: 'muted' }, '(' + n.type.toLowerCase() + ', ' + plural(n.weight, 'sentence') + ')'))))));
  }

  function entityLink(n, text) {
    return el('button', { class: 'linkish', type: 'button', onclick: () => select(n.id) }, text || shortLabel(n));
  }

  function personChip(p) {
    const cs = countryLabels(p);
    return el('span', { class: 'person-chip', role: 'button', tabindex: '0', onclick: (ev) => { ev.stopPropagation(); select(p.id); } },
      p.label, cs.length ? el('span', { class: 'cty' }, cs.join(', ')) : '');
  }

  function showNode(n) {
    const t = typeOf(n.type);
    const parts = [el('div', { class: 'head' }, chip(n.type),
      n.wikidata ? el('a', { href: 'https://www.wikidata.org/wiki/' + n.wikidata, target: '_blank', rel: 'noopener noreferrer' }, n.wikidata) : '')];
    if (n.type === 'Meeting') {
      parts.push(el('div', { class: 'title' }, meetingTitle(n)));
      const ps = participantsOf(n);
      parts.push(el('div', { class: 'meta' },
        el('div', null, n.place ? ['Place: ', entityLink(byId.get(n.edges.find((e) => e.type === 'HELD_IN').target))] :
          n.meetingType === 'call' ? 'By phone or video' : 'Place not given'),
        el('div', null, 'Reported by ', plural(articlesOf(n.evidence).size, 'article'))));
      parts.push(el('h3', null, 'Participants'), el('div', null, ps.map(personChip)));
      parts.push(el('h3', null, 'Evidence'), evidenceList(n.evidence, [n, ...ps], t.color));
      const ag = agreedAt(n);
      if (ag.length) {
        parts.push(el('h3', null, 'Agreed at this meeting (' + ag.length + ')'));
        ag.forEach((e) => parts.push(factBox(e, false, 1)));
      }
    } else {
      parts.push(el('div', { class: 'title' }, n.label));
      const meta = el('div', { class: 'meta' });
      if (n.altLabels && n.altLabels.length) meta.append(el('div', null, 'Also written: ' + n.altLabels.join(', ')));
      const cs = countryLabels(n);
      if (cs.length && n.type !== 'Country') meta.append(el('div', null, 'Countries: ' + cs.join(', ')));
      meta.append(el('div', null, plural(n.weight, 'evidence sentence')));
      parts.push(meta);
      // Meetings are listed compactly; other facts with their evidence.
      const ms = n.edges.filter((e) => e.type === 'PARTICIPATED_IN' || (e.type === 'HELD_IN' && e.target === n.id))
        .map((e) => byId.get(e.type === 'HELD_IN' ? e.source : e.target)).sort((a, b) => cmp(a.date, b.date));
      const rest = n.edges.filter((e) => e.type !== 'PARTICIPATED_IN' && e.type !== 'HELD_IN');
      const order = ['role', 'supports', 'agreed', 'proposed'];
      rest.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || cmp(factLine(a).join(''), factLine(b).join('')));
      const open = rest.length > 6 ? 1 : 2;
      for (const kind of order) {
        const fs = rest.filter((e) => e.kind === kind);
        if (!fs.length) continue;
        parts.push(el('h3', null, KINDS[kind].label + ' (' + fs.length + ')'));
        fs.forEach((e) => parts.push(factBox(e, false, open)));
      }
      if (ms.length) {
        parts.push(el('h3', null, 'Meetings (' + ms.length + ')'));
        parts.push(el('div', null, ms.map((m) => el('div', null, entityLink(m, meetingTitle(m)),
          el('span', { class: 'muted' }, ' \u00b7 ' + participantsOf(m).map((p) => p.label).join(', '))))));
      }
    }
    const hidden = hiddenNeighbours(n);
    if (hidden.length)
      parts.splice(1, 0, el('div', { class: 'expand' }, el('button', { class: 'primary', type: 'button', onclick: () => { expand(n); showNode(n); } },
        'Draw ' + plural(hidden.length, 'connected entity', 'connected entities') + ' not shown')));
    details.replaceChildren(...parts);
    details.parentElement.scrollTop = 0;
  }

  function showEdge(e) {
    const s = byId.get(e.source), t = byId.get(e.target);
    details.replaceChildren(
      el('div', { class: 'head' }, el('span', { class: 'chip', style: '--c:' + (KINDS[e.kind] || {}).color }, (KINDS[e.kind] || { fact: e.kind }).fact)),
      el('div', { class: 'title' }, factLine(e)),
      el('div', { class: 'meta' }, 'Between ', entityLink(s), ' and ', entityLink(t)),
      factBox(e, true));
    details.parentElement.scrollTop = 0;
  }

  // ------------------------------------------------------------------ graph

  const big = nodes.length > CONFIG.maxNodes;
  const shown = new Set(big ? mostEvidenced(CONFIG.maxNodes) : nodes.map((n) => n.id));

  // The `limit` most evidenced entities, grown best first from the most
  // evidenced one: each step takes the heaviest entity next to those taken
  // (a new start when none is left), so that what is drawn stays connected
  // (projects and places hang on meetings, which weigh less than people).
  function mostEvidenced(limit) {
    const heavier = (a, b) => a.weight > b.weight || (a.weight === b.weight && a.id < b.id);
    const heap = [];
    const push = (n) => {
      heap.push(n);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!heavier(heap[i], heap[p])) break;
        [heap[i], heap[p]] = [heap[p], heap[i]];
        i = p;
      }
    };
    const pop = () => {
      const top = heap[0], last = heap.pop();
      if (heap.length) {
        heap[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1, r = l + 1;
          let m = i;
          if (l < heap.length && heavier(heap[l], heap[m])) m = l;
          if (r < heap.length && heavier(heap[r], heap[m])) m = r;
          if (m === i) break;
          [heap[i], heap[m]] = [heap[m], heap[i]];
          i = m;
        }
      }
      return top;
    };
    const byWeight = [...nodes].sort((a, b) => (heavier(a, b) ? -1 : 1));
    const taken = new Set(), queued = new Set();
    let next = 0;
    while (taken.size < limit) {
      if (!heap.length) {
        while (next < byWeight.length && queued.has(byWeight[next].id)) next++;
        if (next >= byWeight.length) break;
        queued.add(byWeight[next].id);
        push(byWeight[next]);
      }
      const n = pop();
      taken.add(n.id);
      for (const e of n.edges) {
        const o = other(e, n);
        if (!queued.has(o.id)) {
          queued.add(o.id);
          push(o);
        }
      }
    }
    return [...taken];
  }

  const clip = (s, max) => (s.length > max ? s.slice(0, max - 1).replace(/\s+\S*$/, '') + '\u2026' : s);
  function nodeElement(n, position) {
    const r = Math.sqrt(n.weight / maxWeight);
    const ele = {
      group: 'nodes',
      data: {
        id: n.id, label: clip(shortLabel(n), 42), type: n.type, size: Math.round(18 + 46 * r), font: Math.round(11 + 5 * r),
        color: n.type === 'Meeting' && n.meetingType === 'call' ? '#8fb8d0' : typeOf(n.type).color, shape: typeOf(n.type).shape,
      },
    };
    if (position) ele.position = position;
    return ele;
  }
  function edgeElement(e) {
    return {
      group: 'edges',
      data: {
        id: e.id, source: e.source, target: e.target, kind: e.kind, label: e.role || '',
        width: Math.min(6, 1 + Math.log2(e.evidence.length)), color: (KINDS[e.kind] || { color: '#bbb' }).color,
      },
    };
  }
  function elementsFor(ids) {
    const out = [];
    for (const id of ids) out.push(nodeElement(byId.get(id)));
    for (const e of DATA.edges) if (shown.has(e.source) && shown.has(e.target)) out.push(edgeElement(e));
    return out;
  }

  const style = [
    { selector: 'node', style: {
      'background-color': 'data(color)',
      shape: 'data(shape)',
      width: 'data(size)', height: 'data(size)',
      label: 'data(label)', 'font-size': 'data(font)', color: '#243342',
      'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': '130px', 'line-height': 1.15,
      'text-outline-color': '#fff', 'text-outline-width': 2, 'text-outline-opacity': 0.85,
      'min-zoomed-font-size': 7, 'border-width': 1.5, 'border-color': '#fff', 'overlay-opacity': 0,
    } },
    { selector: 'node[type="Meeting"]', style: { color: '#2c5e5b' } },
    { selector: 'edge', style: {
      width: 'data(width)', 'line-color': 'data(color)', opacity: 0.75,
      'curve-style': DATA.edges.length > 3000 ? 'haystack' : 'bezier',
      'target-arrow-shape': DATA.edges.length > 3000 ? 'none' : 'triangle', 'arrow-scale': 0.7,
      'target-arrow-color': 'data(color)',
      'overlay-opacity': 0,
    } },
    { selector: 'edge[kind="proposed"]', style: { 'line-style': 'dashed' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1c2b39' } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1, label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 2 } },
    { selector: 'edge.hover', style: { label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 2, opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.28, 'text-opacity': 0.2 } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#f0b400', opacity: 1, 'text-opacity': 1 } },
  ];

  api.timings.panel = performance.now();
  const cy = (api.cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elementsFor(shown),
    style,
    layout: { name: 'preset' },
    minZoom: 0.03,
    maxZoom: 4,
    boxSelectionEnabled: false,
    textureOnViewport: shown.size > 600,
    hideEdgesOnViewport: shown.size > 600,
    pixelRatio: shown.size > 600 ? 1 : 'auto',
  }));

  // fcose (Cytoscape's force-directed layout, spectral start): its full
  // quality up to 1,000 nodes, its fast draft above (minutes otherwise).
  cytoscape.use(cytoscapeFcose);
  function layoutOptions(count) {
    return {
      name: 'fcose',
      quality: count > 1000 ? 'draft' : 'default',
      nodeSeparation: 60,
      packComponents: true,
      animate: false,
      randomize: true,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: count < 300,
      idealEdgeLength: () => (count < 100 ? 90 : 50),
      nodeRepulsion: () => (count < 100 ? 12000 : 4500),
      edgeElasticity: () => 0.45,
      gravity: 0.25,
      numIter: 2500,
    };
  }
  function runLayout(done) {
    const t = performance.now();
    api.timings.layoutStart = t;
    const eles = cy.elements(':visible');
    const layout = eles.layout(layoutOptions(eles.nodes().length));
    layout.one('layoutstop', () => {
      api.timings.layoutMs = performance.now() - t;
      status();
      if (done) done();
    });
    layout.run();
  }

  // Entities adjacent to n that are not drawn yet.
  function hiddenNeighbours(n) {
    const out = new Set();
    for (const e of n.edges) {
      const o = other(e, n);
      if (!shown.has(o.id)) out.add(o);
    }
    return [...out];
  }

  // Adds entities to the drawing, placed around `near` by Cytoscape's circle layout.
  function addNodes(list, near) {
    const fresh = list.filter((n) => !shown.has(n.id));
    if (!fresh.length) return cy.collection();
    fresh.forEach((n) => shown.add(n.id));
    const center = near && cy.getElementById(near.id).nonempty() ? cy.getElementById(near.id).position() : { x: 0, y: 0 };
    const added = cy.add(fresh.map((n) => nodeElement(n, { ...center })));
    const edges = [];
    for (const n of fresh)
      for (const e of n.edges)
        if (shown.has(e.source) && shown.has(e.target) && cy.getElementById(e.id).empty()) edges.push(edgeElement(e));
    cy.add(edges);
    const r = 60 + 12 * Math.sqrt(fresh.length) * 6;
    added.layout({ name: 'circle', boundingBox: { x1: center.x - r, y1: center.y - r, w: 2 * r, h: 2 * r }, animate: false, fit: false }).run();
    applyFilters();
    status();
    return added;
  }
  function expand(n) {
    addNodes(hiddenNeighbours(n), n);
  }

  const showAllButton = document.getElementById('show-all');
  function showAll() {
    addNodes(nodes.filter((n) => !shown.has(n.id)), null);
    runLayout();
  }
  api.showAll = showAll;
  if (big) {
    showAllButton.hidden = false;
    showAllButton.textContent = 'Show all ' + nodes.length.toLocaleString('en') + ' entities';
    showAllButton.addEventListener('click', () => {
      showAllButton.textContent = 'Laying out\u2026';
      setTimeout(() => { showAll(); showAllButton.hidden = true; }, 20);
    });
  }

  function status() {
    const drawn = cy.nodes(':visible').length;
    document.getElementById('graph-status').textContent =
      drawn.toLocaleString('en') + ' of ' + plural(nodes.length, 'entity', 'entities') + ' drawn' +
      (big && shown.size < nodes.length ? ' (the most evidenced; search, double-click or \u201cShow all\u201d for more)' : '');
  }

  // selection: an entity, an edge (a fact), or nothing
  function clearFocus() {
    cy.elements().removeClass('faded');
  }
  function focusOn(ele) {
    cy.batch(() => {
      cy.elements().addClass('faded');
      const hood = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
      hood.removeClass('faded');
    });
  }
  function select(id, opts) {
    const n = byId.get(id);
    if (!n) return;
    if (!shown.has(id)) {
      const near = n.edges.map((e) => other(e, n)).find((o) => shown.has(o.id));
      addNodes([n], near);
      expand(n);
    }
    const ele = cy.getElementById(id);
    cy.elements(':selected').unselect();
    ele.select();
    focusOn(ele);
    if (!opts || opts.center !== false)
      cy.animate({ center: { eles: ele }, zoom: Math.max(cy.zoom(), ele.visible() ? 1 : cy.zoom()) }, { duration: 250 });
    markRows(n);
    showNode(n);
  }
  function selectEdge(e) {
    const s = byId.get(e.source), t = byId.get(e.target);
    addNodes([s, t].filter((n) => !shown.has(n.id)), [s, t].find((n) => shown.has(n.id)));
    const ele = cy.getElementById(e.id);
    cy.elements(':selected').unselect();
    if (ele.nonempty()) {
      ele.select();
      focusOn(ele);
    }
    showEdge(e);
  }
  api.select = select;

  cy.on('tap', 'node', (evt) => select(evt.target.id(), { center: false }));
  cy.on('tap', 'edge', (evt) => selectEdge(DATA.edges[Number(evt.target.id().slice(1))]));
  cy.on('dbltap', 'node', (evt) => {
    const n = byId.get(evt.target.id());
    expand(n);
    showNode(n);
  });
  cy.on('tap', (evt) => {
    if (evt.target === cy) {
      cy.elements(':selected').unselect();
      clearFocus();
      markRows(null);
      placeholder();
    }
  });
  cy.on('mouseover', 'edge', (evt) => evt.target.addClass('hover'));
  cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('hover'));
  cy.on('mouseover', 'node', () => (cy.container().style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (cy.container().style.cursor = ''));

  api.timings.graph = performance.now();

  // ------------------------------------------------------------------ filters

  const kindsPresent = Object.keys(KINDS).filter((k) => DATA.edges.some((e) => e.kind === k));
  const kindOn = new Set(kindsPresent);
  const kindBox = document.getElementById('kind-filters');
  for (const k of kindsPresent) {
    const input = el('input', { type: 'checkbox', value: k, checked: '' });
    input.checked = true;
    input.addEventListener('change', () => {
      input.checked ? kindOn.add(k) : kindOn.delete(k);
      applyFilters();
    });
    kindBox.append(el('label', null, input, el('span', { class: 'swatch', style: 'background:' + KINDS[k].color }), KINDS[k].label));
  }

  const countrySelect = document.getElementById('country-filter');
  nodes.filter((n) => n.type === 'Country' || n.type === 'Organization').sort((a, b) => cmp(a.label, b.label))
    .forEach((n) => countrySelect.append(el('option', { value: n.id }, n.label + (n.type === 'Organization' ? ' (organization)' : ''))));
  countrySelect.addEventListener('change', () => {
    applyFilters();
    applyRowFilter();
    const c = countrySelect.value;
    if (c && !shown.has(c)) select(c);
  });

  function passes(n) {
    const c = countrySelect.value;
    if (c && !n.countries.includes(c)) return false;
    if (kindOn.size === kindsPresent.length) return true;
    return n.edges.some((e) => kindOn.has(e.kind));
  }
  // Display set as a style bypass, not a class: a bypass applies at once, so
  // visible() and ':visible' agree with the filters before the next frame.
  function applyFilters() {
    const display = (on) => (on ? 'element' : 'none');
    cy.batch(() => {
      cy.nodes().forEach((ele) => ele.style('display', display(passes(byId.get(ele.id())))));
      cy.edges().forEach((ele) => ele.style('display', display(kindOn.has(ele.data('kind')))));
    });
    status();
  }

  document.getElementById('fit').addEventListener('click', () => cy.animate({ fit: { eles: cy.elements(':visible'), padding: 30 } }, { duration: 300 }));
  document.getElementById('relayout').addEventListener('click', () => runLayout());

  // ------------------------------------------------------------------ search

  const search = document.getElementById('search');
  const results = document.getElementById('search-results');
  const keys = nodes.map((n) => [n, [n.label, ...(n.altLabels || [])].map(fold)]);
  let hits = [], active = 0;
  function find(q) {
    const f = fold(q.trim());
    if (!f) return [];
    const scored = [];
    for (const [n, ks] of keys) {
      let best = -1;
      for (const k of ks) {
        const at = k.indexOf(f);
        if (at < 0) continue;
        // a name's start, then a word's start, then anywhere; entities before meetings
        const s = 2 * (at === 0 ? 3 : /\W/.test(k[at - 1]) ? 2 : 1) + (n.type === 'Meeting' ? 0 : 1);
        if (s > best) best = s;
      }
      if (best >= 0) scored.push([best, n]);
    }
    scored.sort((a, b) => b[0] - a[0] || b[1].weight - a[1].weight || cmp(a[1].label, b[1].label));
    return scored.map((s) => s[1]);
  }
  function renderResults() {
    results.replaceChildren(...hits.slice(0, 12).map((n, i) => el('li', {
      class: i === active ? 'active' : '', 'data-id': n.id,
      onmousedown: (ev) => { ev.preventDefault(); choose(n); },
    }, chip(n.type), el('span', null, shortLabel(n)),
      n.altLabels && n.altLabels.length ? el('span', { class: 'alt' }, n.altLabels.slice(0, 2).join(', ')) : '')));
    if (hits.length > 12) results.append(el('li', { class: 'alt' }, '\u2026 ' + (hits.length - 12) + ' more'));
    if (search.value.trim() && !hits.length) results.append(el('li', { class: 'alt' }, 'No entity matches'));
    results.hidden = !search.value.trim();
  }
  function highlight() {
    const ids = new Set(hits.map((n) => n.id));
    cy.batch(() => {
      cy.nodes().removeClass('match');
      if (!search.value.trim()) return clearFocus();
      cy.elements().addClass('faded');
      cy.nodes().filter((n) => ids.has(n.id())).removeClass('faded').addClass('match');
    });
  }
  function choose(n) {
    results.hidden = true;
    search.blur();
    cy.nodes().removeClass('match');
    select(n.id);
  }
  search.addEventListener('input', () => {
    hits = find(search.value);
    active = 0;
    renderResults();
    highlight();
  });
  search.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      active = Math.max(0, Math.min(Math.min(hits.length, 12) - 1, active + (ev.key === 'ArrowDown' ? 1 : -1)));
      renderResults();
    } else if (ev.key === 'Enter' && hits.length) {
      ev.preventDefault();
      choose(hits[active]);
    } else if (ev.key === 'Escape') {
      search.value = '';
      hits = [];
      renderResults();
      highlight();
    }
  });
  search.addEventListener('blur', () => setTimeout(() => (results.hidden = true), 150));
  search.addEventListener('focus', () => { if (search.value.trim()) renderResults(); });

  // ------------------------------------------------------------------ timeline and tables

  // A list (the timeline, a table) of facts: filtered by the country filter,
  // drawn ROWS at a time (a large corpus has thousands), more on request.
  const ROWS = 150;
  const views = [];
  let selectedNode = null;
  function view(v) {
    v.rows = v.items.map((it) => {
      const countries = new Set(), ids = new Set();
      v.concerns(it).forEach((n) => { ids.add(n.id); n.countries.forEach((c) => countries.add(c)); });
      return { it, countries, ids };
    });
    v.limit = ROWS;
    v.count.textContent = v.items.length ? '(' + v.items.length.toLocaleString('en') + ')' : '';
    views.push(v);
    renderView(v);
  }
  function renderView(v) {
    const c = countrySelect.value;
    const items = c ? v.rows.filter((r) => r.countries.has(c)) : v.rows;
    const frag = document.createDocumentFragment();
    let group = null;
    for (const { it, ids } of items.slice(0, v.limit)) {
      if (v.group && v.group(it) !== group) frag.append(v.heading((group = v.group(it))));
      const row = v.render(it);
      row.accordIds = ids;
      row.classList.toggle('selected', !!selectedNode && selectedNode.type === 'Meeting' && ids.has(selectedNode.id));
      frag.append(row);
    }
    if (!items.length) frag.append(v.empty(c ? 'None for this country.' : v.none));
    if (items.length > v.limit) {
      const rest = items.length - v.limit;
      frag.append(v.more(el('button', { type: 'button', class: 'more', onclick: () => { v.limit += 1000; renderView(v); } },
        'Show ' + Math.min(rest, 1000).toLocaleString('en') + ' more of ' + rest.toLocaleString('en'))));
    }
    v.body.replaceChildren(frag);
  }
  function markRows(n) {
    selectedNode = n;
    for (const v of views)
      for (const row of v.body.children)
        if (row.accordIds) row.classList.toggle('selected', !!n && n.type === 'Meeting' && row.accordIds.has(n.id));
  }
  function applyRowFilter() {
    views.forEach((v) => { v.limit = ROWS; renderView(v); });
  }

  // Meetings, the latest first.
  const meetings = nodes.filter((n) => n.type === 'Meeting').sort((a, b) => cmp(b.date, a.date) || cmp(a.label, b.label));
  view({
    items: meetings,
    body: document.getElementById('timeline-list'),
    count: document.getElementById('timeline-count'),
    none: 'No meeting was found.',
    concerns: (m) => [m, ...participantsOf(m)],
    group: (m) => m.date.slice(0, 4),
    heading: (y) => el('li', { class: 'year' }, y),
    empty: (text) => el('li', { class: 'empty' }, text),
    more: (button) => el('li', { class: 'more-row' }, button),
    render: (m) => {
      const ps = participantsOf(m);
      const ag = agreedAt(m).length;
      const reports = articlesOf(m.evidence).size;
      return el('li', {
        class: 'meeting' + (m.meetingType === 'call' ? ' call' : ''), 'data-id': m.id, tabindex: '0',
        onclick: () => select(m.id), onkeydown: (ev) => { if (ev.key === 'Enter') select(m.id); },
      },
      el('div', { class: 'date' }, m.date),
      el('div', null,
        el('div', { class: 'where' }, m.place || (m.meetingType === 'call' ? 'Phone or video call' : 'Place not given'),
          el('span', { class: 'kind' }, m.meetingType === 'call' ? 'call' : 'talks')),
        el('div', null, ps.map(personChip))),
      el('div', { class: 'reports' }, plural(reports, 'report'), ag ? el('div', null, ag + ' agreed') : ''));
    },
  });

  function table(id, countId, items, cells, concerns) {
    const cols = document.querySelectorAll('#' + id + ' thead th').length;
    view({
      items,
      body: document.querySelector('#' + id + ' tbody'),
      count: document.getElementById(countId),
      none: 'None found.',
      concerns,
      empty: (text) => el('tr', null, el('td', { class: 'empty', colspan: String(cols) }, text)),
      more: (button) => el('tr', { class: 'more-row' }, el('td', { colspan: String(cols) }, button)),
      render: (e) => el('tr', { 'data-edge': e.id, onclick: () => selectEdge(e), title: 'Show the evidence' }, cells(e),
        el('td', { class: 'num' }, el('span', { class: 'evlink' }, e.evidence.length + ' \u203a'))),
    });
  }
  const ends = (e) => [byId.get(e.source), byId.get(e.target)];
  const labelOf = (id) => byId.get(id).label;

  table('offices-table', 'offices-count',
    DATA.edges.filter((e) => e.type === 'HOLDS_ROLE')
      .sort((a, b) => cmp(labelOf(a.target), labelOf(b.target)) || cmp(labelOf(a.source), labelOf(b.source)) || cmp(a.role, b.role)),
    (e) => [
      el('td', null, labelOf(e.source)), el('td', null, e.role), el('td', null, labelOf(e.target)),
      el('td', { class: 'muted' }, e.firstSeen ? (e.firstSeen === e.lastSeen ? e.firstSeen : e.firstSeen + ' \u2013 ' + e.lastSeen) : ''),
    ], ends);

  table('initiatives-table', 'initiatives-count',
    DATA.edges.filter((e) => e.type === 'SUPPORTED_BY')
      .sort((a, b) => cmp(labelOf(a.source), labelOf(b.source)) || cmp(labelOf(a.target), labelOf(b.target))),
    (e) => [el('td', null, labelOf(e.source)), el('td', null, labelOf(e.target))], ends);

  table('projects-table', 'projects-count',
    DATA.edges.filter((e) => e.type === 'AGREED_AT')
      .sort((a, b) => cmp(byId.get(b.target).date, byId.get(a.target).date) || cmp(labelOf(a.source), labelOf(b.source))),
    (e) => {
      const m = byId.get(e.target);
      return [el('td', null, labelOf(e.source)),
        el('td', { class: 'muted' }, m.date + (m.place ? ' \u00b7 ' + m.place : '')),
        el('td', null, participantsOf(m).map((p) => p.label).join(', '))];
    },
    (e) => [byId.get(e.source), byId.get(e.target), ...participantsOf(byId.get(e.target))]);

  api.timings.lists = performance.now();

  // ------------------------------------------------------------------ summary

  const S = DATA.summary;
  document.getElementById('generator').textContent = DATA.generator;
  const cards = document.getElementById('cards');
  const card = (n, label, color, cls) => el('div', { class: 'card' + (cls ? ' ' + cls : ''), style: color ? '--c:' + color : null },
    el('div', { class: 'n' }, Number(n).toLocaleString('en')), el('div', { class: 'l' }, label));
  cards.append(card(S.articles, 'articles read'));
  if (S.skipped.length) cards.append(card(S.skipped.length, 'inputs skipped', null, 'warn'));
  for (const k of ['role', 'meeting', 'supports', 'agreed'])
    cards.append(card(S.facts[k] || 0, { role: 'office facts', meeting: 'meetings', supports: 'support facts', agreed: 'agreed projects' }[k], KINDS[k].color));
  cards.append(card(S.entities, 'entities'));
  if (DATA.evaluation && DATA.evaluation.kinds.overall)
    cards.append(card(DATA.evaluation.kinds.overall.f1.toFixed(3), 'F1 against gold', '#2f9e44'));

  function kv(rows, head) {
    return el('table', { class: 'plain' }, head ? el('thead', null, el('tr', null, head.map((h, i) => el('th', { class: i ? 'num' : '' }, h)))) : '',
      el('tbody', null, rows.map((r) => el('tr', null, r.map((c, i) => el('td', { class: i ? 'num' : '' }, c))))));
  }
  const sb = document.getElementById('summary-body');
  const grid = el('div', { class: 'summary-grid' });
  const ebt = Object.entries(S.entitiesByType).filter(([t]) => t !== 'Article').sort((a, b) => b[1] - a[1]);
  const maxT = Math.max(1, ...ebt.map((x) => x[1]));
  grid.append(el('div', null, el('h3', null, 'Articles'),
    el('p', null, plural(S.articles, 'article') + ' read, ' + plural(S.skipped.length, 'input') + ' skipped.'),
    S.skipped.length ? el('ul', { class: 'skipped' }, S.skipped.map((s) => el('li', null,
      el('code', null, s.path + (s.line ? ':' + s.line : '')), ' ', s.message))) : el('p', { class: 'muted' }, 'Every input was read.')));
  grid.append(el('div', null, el('h3', null, 'Facts per kind'),
    kv(Object.keys(KINDS).filter((k) => S.facts[k] != null || k !== 'proposed').map((k) => [KINDS[k].label, String(S.facts[k] || 0)]), ['kind', 'facts'])));
  grid.append(el('div', null, el('h3', null, 'Entities per type'),
    kv(ebt.map(([t, n]) => [el('span', null, el('span', { class: 'dot', style: 'background:' + typeOf(t).color + ';margin-right:6px' }), typeOf(t).plural),
      el('div', { style: 'display:flex;gap:8px;align-items:center;justify-content:flex-end' },
        el('div', { class: 'bar', style: 'width:80px' }, el('i', { style: 'background:' + typeOf(t).color + ';width:' + (100 * n / maxT).toFixed(1) + '%' })), String(n))]), ['type', 'entities'])));
  grid.append(el('div', null, el('h3', null, 'Files written'),
    el('ul', { class: 'files' }, S.files.map((f) => el('li', null, el('code', null, f))))));
  sb.append(grid);

  const E = DATA.evaluation;
  if (E) {
    const fmt = (x) => (x == null ? '\u2014' : x.toFixed(3));
    const order = ['role', 'meeting', 'supports', 'agreed', 'overall'];
    sb.append(el('h3', null, 'Evaluation against ', el('code', null, E.gold)),
      kv(order.filter((k) => E.kinds[k]).map((k) => {
        const x = E.kinds[k];
        return [k, fmt(x.precision), fmt(x.recall), fmt(x.f1), String(x.tp), String(x.fp), String(x.fn)];
      }), ['kind', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn']),
      el('p', null, 'Meeting place accuracy: ' + fmt(E.meetingPlaceAccuracy)));
    const lines = (title, byKind) => {
      const all = [];
      for (const k of Object.keys(byKind || {})) for (const l of byKind[k]) all.push(l.replace(/\t/g, ' | '));
      return all.length ? el('details', { class: 'lines' }, el('summary', null, title + ' (' + all.length + ')'), el('pre', null, all.join('\n'))) : '';
    };
    sb.append(lines('Gold facts missed', E.missed), lines('Facts not in gold', E.spurious));
  }

  // ------------------------------------------------------------------ start

  const legend = document.getElementById('legend');
  const typesPresent = Object.keys(TYPES).filter((t) => nodes.some((n) => n.type === t));
  legend.append(...typesPresent.map((t) => el('span', null, el('span', { class: 'dot', style: 'background:' + TYPES[t].color }), t)));

  placeholder();
  applyFilters();
  api.timings.built = performance.now();
  // Laid out before the first frame: nothing is drawn twice.
  runLayout(() => {
    // Ready once the laid-out graph has been drawn.
    requestAnimationFrame(() => setTimeout(() => {
      api.timings.ready = performance.now();
      api.ready = true;
      document.body.dataset.ready = 'true';
    }, 0));
  });
})();
