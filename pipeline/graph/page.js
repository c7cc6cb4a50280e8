// The script of `kg graph --html`, inlined into the page after cytoscape. It reads the data from the
// `application/json` block, draws it, and fills the side panel with the evidence of the clicked node or arrow.
// All text reaches the page through textContent, never as markup.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';
  const TYPES = {
    INVESTED_IN: { color: '#2563eb', words: 'invested in' },
    HOLDS_STAKE: { color: '#0891b2', words: 'holds a stake in' },
    INCREASED_STAKE: { color: '#059669', words: 'increased its stake in' },
    REDUCED_STAKE: { color: '#9ca3af', words: 'reduced its stake in' },
    ACQUIRED: { color: '#dc2626', words: 'acquired' },
    CONTROLS: { color: '#7c3aed', words: 'controls' },
    JOINT_VENTURE: { color: '#db2777', words: 'joint venture' },
    HAS_ROLE: { color: '#a16207', words: 'role at' },
  };
  const typeOf = (type) => TYPES[type] || { color: '#6b7280', words: type };

  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'class') node.className = value;
      else if (key === 'style') Object.assign(node.style, value);
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : String(child));
    return node;
  };

  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const focusIds = new Set(data.focus ? data.focus.ids : []);

  // Header: what is drawn and the legend.
  const counts = `${data.nodes.length} entities, ${data.edges.length} relations, ${data.coInvestors.length} co-investor pairs`;
  const scope = data.focus ? `${data.focus.depth} ${data.focus.depth === 1 ? 'hop' : 'hops'} from ${data.focus.names.join(', ') || data.focus.query}` : 'whole graph';
  const cut = data.total > data.nodes.length ? `; the ${data.nodes.length} most active of ${data.total} entities` : '';
  document.getElementById('summary').textContent = `${scope}: ${counts}${cut}`;
  const legend = document.getElementById('legend');
  legend.append(el('span', null, el('i', { class: 'org' }), 'company'), el('span', null, el('i', { class: 'person' }), 'person'));
  const drawnTypes = new Set(data.edges.map((e) => e.type));
  for (const type of [...Object.keys(TYPES).filter((t) => drawnTypes.has(t)), ...[...drawnTypes].filter((t) => !TYPES[t])]) legend.append(el('span', null, el('i', { style: { background: typeOf(type).color } }), typeOf(type).words));
  if (data.coInvestors.length > 0) legend.append(el('span', null, el('i', { class: 'co' }), 'co-investors'));

  const degrees = data.nodes.map((n) => n.degree);
  const low = Math.min(...degrees);
  const high = Math.max(...degrees);
  const size = (degree) => 22 + 46 * Math.sqrt((degree - low) / (high - low || 1));

  const elements = [
    ...data.nodes.map((n) => ({
      group: 'nodes',
      data: { id: n.id, label: n.name, size: size(n.degree) },
      classes: [n.type === 'Person' ? 'person' : n.type === 'Organization' ? 'org' : 'other', n.coInvestors.length > 0 ? 'co-investor' : '', focusIds.has(n.id) ? 'focus' : ''].join(' '),
    })),
    ...data.edges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label, color: typeOf(e.type).color }, classes: 'relation' })),
    ...data.coInvestors.map((c) => ({ group: 'edges', data: { id: c.id, source: c.source, target: c.target, label: `co-investors ×${c.shared}` }, classes: 'co-invest' })),
  ];

  const container = document.getElementById('cy');
  if (data.nodes.length === 0) container.append(el('p', { id: 'empty' }, 'Nothing to draw: no relations in the graph. Run kg ingest first.'));

  const cy = cytoscape({
    container,
    elements,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          width: 'data(size)',
          height: 'data(size)',
          'font-family': FONT,
          'font-size': 13,
          color: '#111827',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.75,
          'text-background-padding': 1,
          'text-wrap': 'ellipsis',
          'text-max-width': 180,
          'border-width': 1,
          'border-color': '#ffffff',
        },
      },
      { selector: 'node.org', style: { shape: 'round-rectangle', 'background-color': '#3b82f6' } },
      { selector: 'node.person', style: { shape: 'ellipse', 'background-color': '#f97316' } },
      { selector: 'node.other', style: { shape: 'diamond', 'background-color': '#10b981' } },
      { selector: 'node.co-investor', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
      { selector: 'node.focus', style: { 'border-width': 5, 'border-color': '#111827', 'font-weight': 'bold' } },
      {
        selector: 'edge.relation',
        style: {
          width: 2,
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-family': FONT,
          'font-size': 10,
          color: '#374151',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
        },
      },
      {
        selector: 'edge.co-invest',
        style: {
          width: 3,
          'line-style': 'dashed',
          'line-color': '#f59e0b',
          'curve-style': 'bezier',
          opacity: 0.8,
          label: 'data(label)',
          'font-family': FONT,
          'font-size': 10,
          color: '#b45309',
          'text-rotation': 'autorotate',
        },
      },
      { selector: ':selected', style: { 'overlay-color': '#111827', 'overlay-opacity': 0.12, 'overlay-padding': 6 } },
      { selector: '.faded', style: { opacity: 0.15 } },
    ],
    layout: { name: 'preset' },
  });

  // The side panel.
  const panel = document.getElementById('panel');
  const nameOf = (id) => (byId.get(id) ? byId.get(id).name : id);
  const evidenceList = (edge) =>
    edge.evidence.map((ev) => {
      const facts = [ev.date ? `${ev.date}${ev.dateText && ev.dateText !== ev.date ? ` (${ev.dateText})` : ''}` : null, ev.stake !== null ? `${ev.stake}%` : null, ev.amountText, ev.round, ev.role, ev.via ? `via ${ev.via}` : null].filter(Boolean);
      const article = ev.articleTitle || ev.articleSource;
      return el(
        'div',
        { class: 'evidence' },
        facts.length > 0 ? el('div', { class: 'facts' }, facts.join(' · ')) : null,
        el('blockquote', { class: 'evidence-sentence' }, ev.sentence || '(no sentence stored)'),
        el(
          'div',
          { class: 'evidence-meta' },
          'article ',
          el('code', null, ev.articleId || '?'),
          article ? ` · ${article}` : '',
          ev.sentenceIndex !== null ? ` · sentence ${ev.sentenceIndex}` : '',
          ' · rule ',
          el('code', null, ev.ruleId || '?'),
        ),
      );
    });
  const relationBlock = (edge, from) =>
    el(
      'div',
      { class: 'relation', 'data-edge': edge.id },
      el(
        'div',
        { class: 'relation-head' },
        from === undefined ? `${nameOf(edge.source)} → ${nameOf(edge.target)} ` : from === edge.source ? `→ ${nameOf(edge.target)} ` : `← ${nameOf(edge.source)} `,
        el('span', { class: 'type', style: { color: typeOf(edge.type).color } }, typeOf(edge.type).words),
        edge.label ? el('span', { class: 'type' }, ` · ${edge.label}`) : null,
      ),
      ...evidenceList(edge),
    );

  function showNode(id) {
    const node = byId.get(id);
    if (!node) return;
    const edges = data.edges.filter((e) => e.source === id || e.target === id).sort((a, b) => (a.source === id ? 0 : 1) - (b.source === id ? 0 : 1));
    const links = data.coInvestors.filter((c) => c.source === id || c.target === id);
    panel.replaceChildren(
      el('h2', null, node.name),
      el('div', { class: 'meta' }, `${node.type === 'Organization' ? 'company' : node.type === 'Person' ? 'person' : node.type} · ${node.degree} relations in the graph · `, el('code', null, node.id)),
      node.aliases.length > 0 ? el('div', { class: 'meta' }, `also: ${node.aliases.join('、')}`) : null,
      links.length > 0 ? el('h3', null, 'Co-investors') : null,
      links.length > 0 ? el('ul', null, ...links.map((c) => el('li', null, `${nameOf(c.source === id ? c.target : c.source)}: ${c.targets.join('、')}`))) : null,
      el('h3', null, `Relations (${edges.length})`),
      ...edges.map((e) => relationBlock(e, id)),
    );
    panel.scrollTop = 0;
  }
  function showEdge(id) {
    const edge = data.edges.find((e) => e.id === id);
    if (edge) panel.replaceChildren(el('h2', null, typeOf(edge.type).words), relationBlock(edge, undefined));
  }
  function focusOn(element) {
    cy.elements().addClass('faded');
    (element.isNode() ? element.closedNeighborhood() : element.union(element.connectedNodes())).removeClass('faded');
  }

  cy.on('tap', 'node', (event) => {
    focusOn(event.target);
    showNode(event.target.id());
  });
  cy.on('tap', 'edge.relation', (event) => {
    focusOn(event.target);
    showEdge(event.target.id());
  });
  cy.on('tap', (event) => {
    if (event.target === cy) {
      cy.elements().removeClass('faded');
      panel.replaceChildren(el('p', { class: 'hint' }, 'Click a company, a person or an arrow to see the sentences behind it.'));
    }
  });

  // What a test (or a curious user in the console) can read: the drawn nodes with their place on the page.
  const kgGraph = { ready: false, cy, nodes: [], showNode };
  kgGraph.positions = () => {
    const box = container.getBoundingClientRect();
    return cy.nodes().map((n) => {
      const p = n.renderedPosition();
      const node = byId.get(n.id());
      return { id: n.id(), name: node.name, type: node.type, x: box.left + p.x, y: box.top + p.y };
    });
  };
  window.kgGraph = kgGraph;

  // The force-directed layout costs about n² per step: a large graph cools faster (fewer steps) so that the page
  // opens in seconds rather than a minute.
  const large = data.nodes.length > 300;
  const layout = cy.layout({
    name: 'cose',
    animate: false,
    randomize: true,
    fit: true,
    padding: 40,
    coolingFactor: large ? 0.95 : 0.99,
    nodeDimensionsIncludeLabels: !large,
    idealEdgeLength: () => 90,
    nodeRepulsion: () => 9000,
    componentSpacing: 60,
  });
  layout.one('layoutstop', () => {
    cy.fit(undefined, 40);
    kgGraph.nodes = kgGraph.positions();
    kgGraph.ready = true;
    document.body.setAttribute('data-ready', 'true');
  });
  layout.run();
})();
