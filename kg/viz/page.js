// The actor graph page: filters, draws and explains the data kg.viz.page computed (DATA).
// vis-network draws the dots and edges; this script draws the labels and badges on its
// canvas, so that a label is drawn only where it overlaps no other label or actor.
// Every text of the data reaches the page as text: textContent, vis's innerText tooltips,
// or the canvas.
"use strict";
(function () {
  const AFFILIATION = "AFFILIATED_WITH";
  const NONE = ""; // the filter value of "no country" and "no role"
  const LABEL = { size: 12, font: "12px sans-serif", color: "#222" };
  const EDGE_LABEL = { size: 10, font: "10px sans-serif", color: "#555" };
  const BADGE = { color: "#3b3b3b", text: "#ffffff", font: "bold 9px sans-serif" };
  const MARGIN = 24; // pixels between the fitted actors and the canvas' border
  const TOP = 20; // the most central actors: labelled over other dots when nowhere else is free
  const PANEL_TITLES = 5; // events listed in an edge's tooltip
  const PANEL_ROWS = 200; // events listed in a panel before a "show all" button

  const byId = new Map(DATA.nodes.map((n) => [n.id, n]));
  const ranked = DATA.nodes.slice().sort((a, b) => a.rank - b.rank);
  const events = DATA.events;
  const eventsOf = new Map(DATA.nodes.map((n) => [n.id, []]));
  events.forEach((e, i) => {
    for (const actor of new Set([e.source, e.target])) {
      if (actor && eventsOf.has(actor)) eventsOf.get(actor).push(i);
    }
  });
  const affiliationsTo = new Map();
  for (const g of DATA.edges) {
    if (g.kind === "affiliation") {
      if (!affiliationsTo.has(g.to)) affiliationsTo.set(g.to, []);
      affiliationsTo.get(g.to).push(g.from);
    }
  }
  const state = {
    types: new Set(), modalities: new Set(), countries: new Set(), roles: new Set(), // hidden
    lo: 0, hi: Math.max(0, DATA.dates.length - 1),
    colorBy: "type", hovered: null, selected: null, found: null,
  };
  const shown = { events: [], nodes: new Set(), edges: new Set(), solo: new Map() };
  const name = (id) => (byId.has(id) ? byId.get(id).name : id);

  // ------------------------------------------------------------------ filtering
  function actorOk(id) {
    const n = byId.get(id);
    if (!n) return false;
    const countries = n.countries.length ? n.countries : [NONE];
    const roles = n.roles.length ? n.roles : [NONE];
    return countries.some((c) => !state.countries.has(c)) && roles.some((r) => !state.roles.has(r));
  }
  function eventOk(e) {
    if (state.types.has(e.event) || state.modalities.has(e.modality)) return false;
    if (e.date && DATA.dates.length && (e.date < DATA.dates[state.lo] || e.date > DATA.dates[state.hi])) return false;
    return (!e.source || actorOk(e.source)) && (!e.target || actorOk(e.target));
  }
  function mix(a, b, share) {
    const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [x, y] = [rgb(a), rgb(b)];
    return "#" + x.map((v, i) => Math.round(v + (y[i] - v) * share).toString(16).padStart(2, "0")).join("");
  }
  function edgeColor(goldstein) {
    const [red, grey, green] = DATA.goldsteinScale;
    return mix(grey, goldstein < 0 ? red : green, Math.min(Math.abs(goldstein), 10) / 10);
  }
  function eventLine(e) {
    const parts = [e.date || "no date", e.article, e.modality];
    if (e.location) parts.push("in " + e.location);
    if (e.negated) parts.push("negated");
    if (e.said_by) parts.push("said by " + e.said_by);
    return parts.join(" · ");
  }
  function edgeStyle(g, members) {
    const count = members.length;
    const mean = members.reduce((s, i) => s + events[i].goldstein, 0) / count;
    const color = edgeColor(mean);
    const cameos = [...new Set(members.map((i) => events[i].cameo))].sort().join(", ");
    const lines = [
      g.event + " ×" + count + ": " + name(g.from) + " → " + name(g.to),
      "CAMEO " + cameos + " · mean Goldstein " + mean.toFixed(1),
    ];
    for (const i of members.slice(0, PANEL_TITLES)) lines.push("", eventLine(events[i]), events[i].evidence);
    if (count > PANEL_TITLES) lines.push("", "… and " + (count - PANEL_TITLES) + " more: click the edge for all");
    return {
      id: g.id, count: count,
      text: count > 1 ? g.event + " ×" + count : g.event,
      title: lines.join("\n"),
      width: Math.min(1 + 2 * Math.log2(count), 12),
      color: { color: color, highlight: color, hover: color },
      dashes: members.every((i) => events[i].modality !== "asserted"),
    };
  }
  const styled = new Map(); // edge id -> the members its style was computed for
  function compute() {
    shown.events = events.map(eventOk);
    const acting = new Set();
    const solo = new Map();
    events.forEach((e, i) => {
      if (!shown.events[i]) return;
      for (const a of [e.source, e.target]) if (a) acting.add(a);
      if (!(e.source && e.target)) {
        const actor = e.source || e.target;
        solo.set(actor, (solo.get(actor) || 0) + 1);
      }
    });
    const nodes = new Set(acting);
    const edgeIds = new Set();
    const updates = [];
    for (const g of DATA.edges) {
      if (g.kind === "affiliation") {
        if (!state.types.has(AFFILIATION) && actorOk(g.from) && actorOk(g.to) &&
            (acting.has(g.from) || acting.has(g.to))) {
          edgeIds.add(g.id); nodes.add(g.from); nodes.add(g.to);
        }
        continue;
      }
      const members = g.events.filter((i) => shown.events[i]);
      if (!members.length) continue;
      edgeIds.add(g.id);
      const key = members.join(",");
      if (styled.get(g.id) !== key) { styled.set(g.id, key); updates.push(edgeStyle(g, members)); }
    }
    shown.nodes = nodes; shown.edges = edgeIds; shown.solo = solo;
    return updates;
  }

  // ------------------------------------------------------------------ the network
  const initial = compute();
  const nodes = new vis.DataSet(DATA.nodes.map((n) => ({
    id: n.id, x: n.x, y: n.y, value: n.value, title: n.title, color: n.colors.type,
  })));
  const edges = new vis.DataSet(DATA.edges.map((g) => (g.kind === "affiliation"
    ? { id: g.id, from: g.from, to: g.to, event: g.event, kind: g.kind, smooth: g.smooth,
        title: g.title, text: "", color: { color: "#999999", opacity: 0.8 }, dashes: [2, 6], width: 1 }
    : { id: g.id, from: g.from, to: g.to, event: g.event, kind: g.kind, smooth: g.smooth })));
  edges.update(initial);
  const nodeView = new vis.DataView(nodes, { filter: (n) => shown.nodes.has(n.id) });
  const edgeView = new vis.DataView(edges, { filter: (e) => shown.edges.has(e.id) });
  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, DATA.options);

  function fit() {
    const ids = nodeView.getIds();
    if (!ids.length) return;
    const positions = network.getPositions(ids);
    let [x0, y0, x1, y1, r] = [Infinity, Infinity, -Infinity, -Infinity, 0];
    for (const id of ids) {
      const p = positions[id];
      x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
      r = Math.max(r, network.body.nodes[id].options.size || 10);
    }
    const width = container.clientWidth - 2 * MARGIN, height = container.clientHeight - 2 * MARGIN;
    const scale = Math.min(width / (x1 - x0 + 2 * r), height / (y1 - y0 + 2 * r), 1.5);
    network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: scale, animation: false });
  }

  let edgeOrder = []; // the edges shown, most events first: the order their labels are placed in
  function refresh() {
    edges.update(compute());
    nodeView.refresh(); edgeView.refresh();
    edgeOrder = edgeView.get({ fields: ["id", "from", "to", "text", "count"] }).filter((e) => e.text)
      .sort((a, b) => (b.count || 0) - (a.count || 0) || (a.id < b.id ? -1 : 1));
    const count = shown.events.filter(Boolean).length;
    document.getElementById("count").textContent = shown.nodes.size + " of " + DATA.nodes.length +
      " actors, " + shown.edges.size + " edges and " + count + " of " + events.length + " events shown";
    if (state.selected) showPanel(state.selected);
    network.redraw();
  }

  // ------------------------------------------------------------ labels and badges
  // Boxes in a grid of cells, to find overlaps without comparing every pair.
  class Boxes {
    constructor(cell) { this.cell = cell; this.cells = new Map(); }
    add(b) {
      const c = this.cell;
      for (let i = Math.floor(b.left / c); i <= Math.floor((b.left + b.width) / c); i++) {
        for (let j = Math.floor(b.top / c); j <= Math.floor((b.top + b.height) / c); j++) {
          const k = i * 65536 + j;
          const list = this.cells.get(k);
          if (list) list.push(b); else this.cells.set(k, [b]);
        }
      }
    }
    // overDots: false, or { rank } of the label's actor, which may then cover dots and
    // the badges of less central actors.
    hits(b, owner, overDots) {
      const c = this.cell;
      for (let i = Math.floor(b.left / c); i <= Math.floor((b.left + b.width) / c); i++) {
        for (let j = Math.floor(b.top / c); j <= Math.floor((b.top + b.height) / c); j++) {
          const list = this.cells.get(i * 65536 + j);
          if (!list) continue;
          for (const o of list) {
            if (o.owner === owner || (overDots && (o.dot || o.rank > overDots.rank))) continue;
            if (b.left < o.left + o.width && o.left < b.left + b.width &&
                b.top < o.top + o.height && o.top < b.top + b.height) return true;
          }
        }
      }
      return false;
    }
  }
  const widths = new Map();
  function measure(ctx, text, font) {
    const key = font + "\u0000" + text;
    if (!widths.has(key)) { ctx.font = font; widths.set(key, ctx.measureText(text).width); }
    return widths.get(key);
  }
  let drawn = { labels: [], badges: [] };
  function draw(ctx) {
    const view = network.body.view, scale = view.scale;
    const W = container.clientWidth, H = container.clientHeight;
    const ratio = network.canvas.pixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const obstacles = new Boxes(64);
    const dots = new Map();
    for (const id of nodeView.getIds()) {
      const node = network.body.nodes[id];
      if (!node) continue;
      const x = node.x * scale + view.translation.x, y = node.y * scale + view.translation.y;
      const r = (node.shape.radius || node.options.size || 10) * scale;
      if (x + r < 0 || y + r < 0 || x - r > W || y - r > H) continue;
      dots.set(id, { x: x, y: y, r: r });
      obstacles.add({ owner: id, dot: true, left: x - r, top: y - r, width: 2 * r, height: 2 * r });
    }
    const badges = [];
    for (const [id, dot] of dots) {
      const count = shown.solo.get(id) || 0;
      if (!count) continue;
      const text = count > 99 ? "99+" : String(count);
      const radius = text.length > 1 ? 8 : 7;
      const offset = (dot.r + radius * 0.8) * 0.71; // above right, leaving most of the dot seen
      const x = dot.x + offset, y = dot.y - offset;
      ctx.beginPath(); ctx.arc(x, y, radius, 0, 2 * Math.PI);
      ctx.fillStyle = BADGE.color; ctx.fill();
      ctx.lineWidth = 1; ctx.strokeStyle = "#ffffff"; ctx.stroke();
      ctx.font = BADGE.font; ctx.fillStyle = BADGE.text; ctx.textAlign = "center"; ctx.textBaseline = "middle";
      ctx.fillText(text, x, y + 0.5);
      badges.push({ id: id, count: count, x: x, y: y, r: radius });
      // A badge gives way to the label of a more central actor, as a dot does.
      obstacles.add({ owner: "badge " + id, rank: byId.get(id).rank, left: x - radius, top: y - radius, width: 2 * radius, height: 2 * radius });
    }
    const labels = [];
    const place = (owner, text, style, spots, rank) => {
      const width = measure(ctx, text, style.font), height = style.size + 2;
      for (const pass of rank === undefined ? [false] : [false, { rank: rank }]) {
        for (const [cx, cy, ax, ay] of spots) {
          const box = { owner: owner, left: cx - ax * width, top: cy - ay * height, width: width, height: height };
          if (box.left < 0 || box.top < 0 || box.left + width > W || box.top + height > H) continue;
          if (obstacles.hits(box, owner, pass)) continue;
          obstacles.add(box);
          labels.push({ id: owner, text: text, font: style.font, size: style.size, color: style.color,
                        left: box.left, top: box.top, width: width, height: height });
          return true;
        }
      }
      return false;
    };
    const first = [state.hovered, state.selected, state.found].filter((id) => id && dots.has(id));
    const order = [...new Set(first.concat(ranked.map((n) => n.id).filter((id) => dots.has(id))))];
    for (const id of order) {
      const { x, y, r } = dots.get(id);
      const d = r * 0.71 + 2; // the diagonals
      // Centred below, above and beside the dot, then at its diagonals, then slid along
      // its edge (still touching the dot's point below, above or beside it), so that in a
      // crowded middle a central actor's label finds room.
      place(id, byId.get(id).name, LABEL, [
        [x, y + r + 2, 0.5, 0], [x, y - r - 2, 0.5, 1], [x + r + 3, y, 0, 0.5], [x - r - 3, y, 1, 0.5],
        [x + d, y + d, 0, 0], [x - d, y + d, 1, 0], [x + d, y - d, 0, 1], [x - d, y - d, 1, 1],
        [x, y + r + 2, 0.15, 0], [x, y + r + 2, 0.85, 0], [x, y - r - 2, 0.15, 1], [x, y - r - 2, 0.85, 1],
        [x + r + 3, y, 0, 0.1], [x + r + 3, y, 0, 0.9], [x - r - 3, y, 1, 0.1], [x - r - 3, y, 1, 0.9],
      ], first.includes(id) ? -1 : byId.get(id).rank < TOP ? byId.get(id).rank : undefined);
    }
    for (const e of edgeOrder) {
      const [from, to] = [dots.get(e.from), dots.get(e.to)];
      if (!from || !to) continue;
      // An edge shorter than its label leaves no room for it.
      const room = Math.hypot(to.x - from.x, to.y - from.y) - from.r - to.r;
      if (room < measure(ctx, e.text, EDGE_LABEL.font)) continue;
      const body = network.body.edges[e.id];
      if (!body) continue;
      const p = body.edgeType.getPoint(0.5);
      const x = p.x * scale + view.translation.x, y = p.y * scale + view.translation.y;
      place(e.id, e.text, EDGE_LABEL, [[x, y, 0.5, 0.5], [x, y + 2, 0.5, 0], [x, y - 2, 0.5, 1]]);
    }
    ctx.textAlign = "left"; ctx.textBaseline = "top"; ctx.lineJoin = "round";
    for (const l of labels) {
      ctx.font = l.font;
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(l.text, l.left, l.top + 1);
      ctx.fillStyle = l.color; ctx.fillText(l.text, l.left, l.top + 1);
    }
    ctx.restore();
    drawn = { labels: labels, badges: badges };
  }
  network.on("afterDrawing", (ctx) => {
    draw(ctx);
    window.kgReady = true;
  });
  network.on("hoverNode", (p) => { state.hovered = p.node; network.redraw(); });
  network.on("blurNode", () => { state.hovered = null; network.redraw(); });

  // ------------------------------------------------------------------ the panel
  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  }
  const panel = document.getElementById("panel");
  function listEvents(indices, about, all) {
    const list = document.getElementById("panel-events");
    list.replaceChildren();
    for (const i of all ? indices : indices.slice(0, PANEL_ROWS)) {
      const e = events[i];
      const row = el("li", undefined, e.source && e.target ? "event" : "event solo");
      row.dataset.event = e.id;
      const meta = el("div", undefined, "meta");
      meta.append(el("span", e.date || "no date", "date"), " ", el("span", e.event, "kind"));
      let other = "";
      if (about === e.source) other = e.target ? " → " + name(e.target) : "";
      else if (about === e.target) other = e.source ? " ← " + name(e.source) : "";
      else other = ": " + name(e.source) + " → " + name(e.target);
      meta.append(el("span", other, "other"));
      const how = [e.modality + (e.negated ? ", negated" : ""), "CAMEO " + e.cameo, "Goldstein " + e.goldstein];
      if (e.said_by) how.push("said by " + e.said_by);
      if (e.location) how.push("in " + e.location);
      meta.append(el("div", how.join(" · "), "how"));
      row.append(meta, el("div", e.evidence, "evidence"), el("div", "article " + e.article, "article"));
      list.append(row);
    }
    if (!all && indices.length > PANEL_ROWS) {
      const more = el("button", "show all " + indices.length + " events", "more");
      more.type = "button";
      more.addEventListener("click", () => listEvents(indices, about, true));
      list.append(more);
    }
  }
  function byDate(a, b) {
    const [x, y] = [events[a], events[b]];
    return (x.date || "").localeCompare(y.date || "") || x.article.localeCompare(y.article) || a - b;
  }
  function showPanel(id) {
    const n = byId.get(id);
    const facts = document.getElementById("panel-facts");
    facts.replaceChildren();
    let indices, hidden;
    if (n) {
      document.getElementById("panel-title").textContent = n.name;
      const roleNames = new Map(DATA.roles.map((r) => [r.code, r.label]));
      const countryNames = new Map(DATA.countries.map((c) => [c.id, c.label]));
      const lines = [n.type];
      if (n.code) lines.push("CAMEO code: " + n.code);
      if (n.roles.length) lines.push("roles: " + n.roles.map((r) => roleNames.get(r) || r).join(", "));
      if (n.countries.length) lines.push("country: " + n.countries.map((c) => countryNames.get(c) || name(c)).join(", "));
      if (n.role) lines.push("title: " + n.role);
      if (n.affiliation) lines.push("affiliated with " + n.affiliation);
      const members = (affiliationsTo.get(id) || []).map(name);
      if (members.length) lines.push("affiliated actors: " + members.join(", "));
      if (n.wikidata) lines.push("Wikidata: " + n.wikidata);
      for (const line of lines) facts.append(el("div", line));
      const all = eventsOf.get(id) || [];
      indices = all.filter((i) => shown.events[i]).sort(byDate);
      hidden = all.length - indices.length;
    } else {
      const g = edges.get(id);
      if (!g) return;
      const group = DATA.edges.find((d) => d.id === id);
      document.getElementById("panel-title").textContent = g.event + ": " + name(g.from) + " → " + name(g.to);
      if (g.kind === "affiliation") facts.append(el("div", g.title));
      indices = group.events.filter((i) => shown.events[i]).sort(byDate);
      hidden = group.events.length - indices.length;
    }
    const noun = indices.length === 1 ? " event" : " events";
    document.getElementById("panel-count").textContent =
      indices.length + noun + (hidden ? " (" + hidden + " more hidden by the filters)" : "");
    listEvents(indices, n ? id : null);
    state.selected = id;
    panel.hidden = false;
  }
  function closePanel() { panel.hidden = true; state.selected = null; network.unselectAll(); network.redraw(); }
  document.getElementById("panel-close").addEventListener("click", closePanel);
  network.on("click", (p) => {
    if (p.nodes.length) showPanel(p.nodes[0]);
    else if (p.edges.length) showPanel(p.edges[0]);
    else closePanel();
    network.redraw();
  });

  // ------------------------------------------------------------------ the side bar
  function checkboxes(containerId, items, hidden) {
    const box = document.getElementById(containerId);
    for (const item of items) {
      const label = el("label");
      const input = el("input"); input.type = "checkbox"; input.checked = true; input.value = item.value;
      input.addEventListener("change", () => { input.checked ? hidden.delete(item.value) : hidden.add(item.value); refresh(); });
      label.append(input);
      if (item.color) { const sw = el("span", undefined, "swatch"); sw.style.background = item.color; label.append(sw); }
      label.append(document.createTextNode(" " + item.text));
      box.append(label);
    }
    const allNone = document.querySelector(".all-none[data-for='" + containerId + "']");
    if (!allNone) return;
    for (const [text, on] of [["all", true], ["none", false]]) {
      const button = el("button", text); button.type = "button"; button.dataset.set = text;
      button.addEventListener("click", () => {
        for (const input of box.querySelectorAll("input")) { input.checked = on; on ? hidden.delete(input.value) : hidden.add(input.value); }
        refresh();
      });
      allNone.append(button, " ");
    }
  }
  const typeCounts = new Map();
  for (const e of events) typeCounts.set(e.event, (typeCounts.get(e.event) || 0) + 1);
  const affiliationCount = DATA.edges.filter((g) => g.kind === "affiliation").length;
  checkboxes("filters", DATA.eventTypes.map((t) => ({
    value: t, text: t + " (" + (t === AFFILIATION ? affiliationCount : typeCounts.get(t) || 0) + ")",
  })), state.types);
  checkboxes("modalities", DATA.modalities.map((m) => ({ value: m, text: m })), state.modalities);
  const without = (key) => DATA.nodes.filter((n) => !n[key].length).length;
  checkboxes("countries", DATA.countries.map((c) => ({
    value: c.id, text: c.label + (c.code ? " (" + c.code + ")" : "") + " · " + c.actors, color: c.color,
  })).concat([{ value: NONE, text: "no country · " + without("countries"), color: DATA.noneColor }]), state.countries);
  checkboxes("roles", DATA.roles.map((r) => ({ value: r.code, text: r.label + " · " + r.actors, color: r.color }))
    .concat([{ value: NONE, text: "no role code · " + without("roles"), color: DATA.noneColor }]), state.roles);

  function legend() {
    const box = document.getElementById("legend");
    box.replaceChildren();
    const rows = [];
    if (state.colorBy === "type") {
      for (const [type, color] of Object.entries(DATA.typeColors)) rows.push([type, color]);
    } else {
      const items = state.colorBy === "country" ? DATA.countries : DATA.roles;
      const top = items.filter((i) => i.color !== DATA.otherColor);
      for (const i of top) rows.push([i.label, i.color]);
      if (top.length < items.length) rows.push(["other " + (state.colorBy === "country" ? "countries" : "roles"), DATA.otherColor]);
      rows.push([state.colorBy === "country" ? "no country" : "no role code", DATA.noneColor]);
    }
    for (const [text, color] of rows) {
      const row = el("div"); const sw = el("span", undefined, "swatch"); sw.style.background = color;
      row.append(sw, document.createTextNode(text)); box.append(row);
    }
  }
  const colorBy = document.getElementById("color-by");
  for (const option of colorBy.options) {
    if (option.value !== "type" && !(option.value === "country" ? DATA.countries : DATA.roles).length) option.disabled = true;
  }
  colorBy.addEventListener("change", () => {
    state.colorBy = colorBy.value;
    nodes.update(DATA.nodes.map((n) => ({ id: n.id, color: n.colors[state.colorBy] })));
    legend();
  });
  legend();

  const lo = document.getElementById("date-lo"), hi = document.getElementById("date-hi");
  lo.max = hi.max = String(state.hi); hi.value = String(state.hi);
  function showDates() {
    document.getElementById("date-from").textContent = DATA.dates[state.lo] || "–";
    document.getElementById("date-to").textContent = DATA.dates[state.hi] || "–";
  }
  lo.addEventListener("input", () => { state.lo = Math.min(Number(lo.value), state.hi); lo.value = String(state.lo); showDates(); refresh(); });
  hi.addEventListener("input", () => { state.hi = Math.max(Number(hi.value), state.lo); hi.value = String(state.hi); showDates(); refresh(); });
  showDates();

  // Search: names compared in lower case with runs of whitespace made one space, then
  // without any whitespace; whole names first, then beginnings, then any part.
  const norm = (s) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  const squash = (s) => norm(s).replace(/ /g, "");
  function find(query) {
    const q = norm(query), s = squash(query);
    if (!s) return [];
    const tests = [
      (n) => norm(n.name) === q, (n) => squash(n.name) === s, (n) => norm(n.name).startsWith(q),
      (n) => norm(n.name).includes(q), (n) => squash(n.name).includes(s),
    ];
    for (const test of tests) {
      const hits = ranked.filter(test);
      if (hits.length) return hits;
    }
    return [];
  }
  const names = document.getElementById("actor-names");
  for (const n of ranked) { const o = el("option"); o.value = n.name; names.append(o); }
  const found = document.getElementById("found");
  function search(query) {
    const hits = find(query);
    if (!hits.length) { found.textContent = query.trim() ? "no actor matches “" + query.trim() + "”" : ""; return; }
    const hit = hits.find((n) => shown.nodes.has(n.id));
    if (!hit) { found.textContent = hits[0].name + " is hidden by the filters"; return; }
    found.textContent = hit.name + (hits.length > 1 ? " (best of " + hits.length + " matches)" : "");
    state.found = hit.id;
    network.selectNodes([hit.id]);
    showPanel(hit.id);
    // Centred in the part of the graph the panel leaves free.
    const offset = -(panel.offsetWidth + 8) / 2;
    network.focus(hit.id, { scale: Math.max(network.getScale(), 1), offset: { x: offset, y: 0 }, animation: false });
    network.redraw();
  }
  const searchBox = document.getElementById("search");
  searchBox.addEventListener("change", () => search(searchBox.value));
  searchBox.addEventListener("keydown", (ev) => { if (ev.key === "Enter") search(searchBox.value); });

  const physics = document.getElementById("physics");
  physics.checked = DATA.options.physics.enabled;
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));
  document.getElementById("fit").addEventListener("click", fit);

  refresh();
  fit();
  Object.assign(window, {
    kgNetwork: network, kgNodes: nodes, kgEdges: edges, kgNodeView: nodeView, kgEdgeView: edgeView,
    kgFit: fit, kgFind: find, kgEdgeColor: edgeColor, kgShown: shown,
    kgLabels: () => drawn.labels, kgBadges: () => drawn.badges,
  });
})();
