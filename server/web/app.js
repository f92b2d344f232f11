// actorgraph serve: the page. Plain JavaScript, no framework; the only
// library is Cytoscape.js, served from this origin (vendor/). Views are
// chosen by the URL's hash: #/, #/actor/ID, #/article/ID, #/articles,
// #/console. Everything shown is built with DOM calls, never innerHTML, so
// text from the graph cannot inject markup.
"use strict";

(function () {
  const main = document.getElementById("main");
  const IDBASE = "https://w3id.org/actorgraph/id/";
  const DOCBASE = "https://w3id.org/actorgraph/doc/";
  const PREFIXES = [
    ["rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
    ["schema:", "https://schema.org/"],
    ["org:", "http://www.w3.org/ns/org#"],
    ["prov:", "http://www.w3.org/ns/prov#"],
    ["ag:", "https://w3id.org/actorgraph/ns#"],
  ];
  // How an action reads from the actor's side and from the target's.
  const ACTIONS = {
    "demands-resignation": ["demands the resignation of", "resignation demanded by"],
    "criticises": ["criticises", "criticised by"],
    "supports": ["supports", "supported by"],
    "blames": ["blames", "blamed by"],
    "agrees-with": ["agrees with", "agreed with by"],
    "succeeds": ["succeeds", "succeeded by"],
    "inspects": ["inspects", "inspected by"],
  };
  const NODE_COLOURS = {
    Person: "#2563eb", council: "#059669", party: "#7c3aed", "party-group": "#a855f7",
    government: "#0891b2", regulator: "#dc2626", board: "#d97706", media: "#db2777",
    company: "#65a30d", Organization: "#64748b", other: "#64748b", Unknown: "#94a3b8",
    literal: "#ca8a04", iri: "#475569",
  };
  const EDGE_COLOURS = {
    criticises: "#dc2626", "demands-resignation": "#7f1d1d", supports: "#16a34a", blames: "#ea580c",
    "agrees-with": "#0d9488", succeeds: "#6366f1", inspects: "#0284c7",
  };
  const state = { config: null, cy: null };
  window.actorgraph = state; // for debugging (and the browser tests)

  // el builds an element: el("a", {href: "#"}, "text", child, …).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === undefined || c === null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  async function api(path, opts) {
    const res = await fetch(path, opts);
    let body;
    const text = await res.text();
    try { body = JSON.parse(text); } catch (e) { body = { error: text }; }
    if (!res.ok || (body && body.error)) {
      throw new Error((body && body.error) || res.status + " " + res.statusText);
    }
    return body;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function show(...nodes) {
    main.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
  }
  function showError(err) { show(el("p", { class: "error" }, String(err.message || err))); }

  function shortIRI(s) {
    if (typeof s !== "string") return String(s);
    const iri = s.startsWith("<") && s.endsWith(">") ? s.slice(1, -1) : s;
    if (iri.startsWith(IDBASE)) return iri.slice(IDBASE.length);
    if (iri.startsWith(DOCBASE)) return "doc:" + iri.slice(DOCBASE.length);
    for (const [p, ns] of PREFIXES) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
    return s;
  }
  function actorSlugOf(v) {
    if (typeof v !== "string") return null;
    const iri = v.startsWith("<") && v.endsWith(">") ? v.slice(1, -1) : v;
    if (!iri.startsWith(IDBASE)) return null;
    const slug = iri.slice(IDBASE.length);
    return slug && !slug.includes("/") ? slug : null;
  }
  function docOf(v) {
    if (typeof v !== "string") return null;
    const iri = v.startsWith("<") && v.endsWith(">") ? v.slice(1, -1) : v;
    return iri.startsWith(DOCBASE) ? iri.slice(DOCBASE.length) : null;
  }

  function badge(ref) {
    const t = ref.kind || ref.type || "Unknown";
    return el("span", { class: "badge " + t }, t === "Organization" ? "body" : t === "Person" ? "person" : t);
  }
  function actorLink(ref) {
    if (!ref || !ref.id) return el("span", { class: "muted" }, "(unknown)");
    return el("a", { href: "#/actor/" + encodeURIComponent(ref.id), class: "actor-link" }, ref.name || ref.id);
  }
  function articleLink(a) {
    if (!a || !a.id) return el("span", { class: "muted" }, "(no article)");
    return el("a", { href: "#/article/" + encodeURIComponent(a.id), title: a.id }, a.title || a.id);
  }
  function clip(s, n) { return s && s.length > n ? s.slice(0, n - 1).trimEnd() + "…" : s; }
  // sources lists the articles stating something, briefly: hover for titles.
  function sources(list) {
    if (!list || !list.length) return null;
    return el("span", { class: "sources" }, " — ", list.map((a, i) => [i ? ", " : "",
      el("a", { href: "#/article/" + encodeURIComponent(a.id), title: a.title || a.id }, clip(a.title || a.id, 32))]));
  }
  function downloads(params, label) {
    const formats = (state.config && state.config.exportFormats) || ["nquads"];
    return el("div", { class: "downloads" }, label || "Download:", " ",
      formats.map((f) => el("a", { href: "/api/export?" + new URLSearchParams({ ...params, format: f }), download: "" }, f)));
  }

  // ---- search box ---------------------------------------------------------
  const search = document.getElementById("search");
  const list = document.getElementById("suggestions");
  let searchSeq = 0, selected = -1, hits = [], timer = null;

  function closeSuggestions() {
    list.hidden = true; search.setAttribute("aria-expanded", "false"); selected = -1;
  }
  function renderSuggestions(q) {
    list.replaceChildren();
    if (!hits.length) {
      list.append(el("li", { class: "empty" }, "No actor matches “" + q + "”"));
    }
    hits.forEach((h, i) => {
      const alias = h.matched && h.matched !== h.name ? el("span", { class: "alias" }, "“" + h.matched + "”") : null;
      list.append(el("li", {
        role: "option", id: "sugg-" + i, "aria-selected": i === selected ? "true" : "false", "data-id": h.id,
        onmousedown: (ev) => { ev.preventDefault(); go(h); },
      }, el("span", { class: "name" }, h.name), badge(h), alias,
      el("span", { class: "count" }, plural(h.mentions, "article"))));
    });
    list.hidden = false; search.setAttribute("aria-expanded", "true");
  }
  function go(h) {
    closeSuggestions(); search.value = ""; search.blur();
    location.hash = "#/actor/" + encodeURIComponent(h.id);
  }
  async function runSearch() {
    const q = search.value.trim();
    if (!q) { closeSuggestions(); return; }
    const seq = ++searchSeq;
    try {
      const res = await api("/api/search?" + new URLSearchParams({ q, limit: 8 }));
      if (seq !== searchSeq) return; // a later keystroke won
      hits = res.results; selected = hits.length ? 0 : -1;
      renderSuggestions(q);
    } catch (err) {
      if (seq === searchSeq) { hits = []; list.replaceChildren(el("li", { class: "empty" }, String(err.message))); list.hidden = false; }
    }
  }
  search.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(runSearch, 100); });
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!hits.length) return;
      ev.preventDefault();
      selected = (selected + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      renderSuggestions(search.value.trim());
      search.setAttribute("aria-activedescendant", "sugg-" + selected);
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (hits.length) go(hits[Math.max(selected, 0)]);
    } else if (ev.key === "Escape") {
      closeSuggestions();
    }
  });
  search.addEventListener("blur", () => setTimeout(closeSuggestions, 150));
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "/" && document.activeElement.tagName !== "INPUT" && document.activeElement.tagName !== "TEXTAREA") {
      ev.preventDefault(); search.focus();
    }
  });

  // ---- views --------------------------------------------------------------
  async function home() {
    document.title = "actorgraph";
    const [stats, top] = await Promise.all([api("/api/stats"), api("/api/actors?limit=24")]);
    const stat = (n, l) => el("div", { class: "card stat" }, el("div", { class: "n" }, Number(n).toLocaleString()), el("div", { class: "l" }, l));
    show(
      el("h1", {}, "Who did what to whom"),
      el("p", { class: "muted" }, "People and bodies in local-government news: their posts, memberships and what they do to one another, each with the sentence it was read from. Type a name above (press / to jump there)."),
      el("div", { class: "cards" },
        stat(stats.people, "people"), stat(stats.organizations, "bodies"), stat(stats.events, "actions"),
        stat(stats.quotes, "quotes"), stat(stats.articles, "articles"), stat(stats.quads, "quads")),
      el("h2", {}, "Most mentioned"),
      el("ul", { class: "plain columns" }, top.actors.map((a) =>
        el("li", {}, actorLink(a), " ", badge(a), el("span", { class: "muted" }, " " + plural(a.mentions, "article"))))),
      downloads({}, "Download the whole graph:"),
    );
  }

  function actionGroups(groups, side) {
    if (!groups.length) return el("p", { class: "muted" }, "None recorded.");
    return groups.map((g) => {
      const words = ACTIONS[g.action] || [g.action, g.action + " by"];
      return el("section", { class: "group", "data-action": g.action },
        el("h3", {}, words[side], " ", el("span", { class: "count" }, "(" + g.events.length + ")")),
        g.events.map((e) => el("div", { class: "event " + g.action },
          el("div", {}, side === 0 ? actorLink(e.target) : actorLink(e.actor)),
          el("p", { class: /^["“‘']/.test(e.evidence) ? "evidence quoted" : "evidence" }, e.evidence),
          el("div", { class: "meta" }, "in ", articleLink(e.article),
            e.confidence ? " · confidence " + e.confidence : ""))));
    });
  }

  async function actorView(id) {
    const [p, view] = await Promise.all([
      api("/api/actors/" + encodeURIComponent(id)),
      api("/api/actors/" + encodeURIComponent(id) + "/graph"),
    ]);
    document.title = p.name + " — actorgraph";
    const section = (title, items, render) => items && items.length
      ? [el("h2", {}, title), el("ul", { class: "plain" }, items.map((x) => el("li", {}, render(x))))] : null;
    const graph = el("div", { id: "graph", class: "cy", role: "img", "aria-label": "Neighbourhood graph of " + p.name });
    show(
      el("div", { class: "head" }, el("h1", {}, p.name), badge(p),
        p.honorifics.length ? el("span", { class: "muted" }, p.honorifics.join(", ")) : null),
      p.aliases.length ? el("p", { class: "aliases" }, "Also: " + p.aliases.join(" · ")) : null,
      el("div", { class: "mono muted" }, p.iri),
      downloads({ actor: p.id }, "Download this view:"),
      p.truncated ? el("p", { class: "muted" }, "Long lists are cut; the API's ?limit= shows more.") : null,
      el("div", { class: "grid" },
        el("div", {},
          section("Posts", p.posts, (x) => [x.name || "(post)", x.body ? [" — ", actorLink(x.body)] : null, sources(x.articles)]),
          section("Member of", p.memberOf, (x) => [actorLink(x.actor), " ", badge(x.actor), sources(x.articles)]),
          section("Part of", p.partOf, (x) => [actorLink(x.actor), sources(x.articles)]),
          section("Members", p.members, (x) => [actorLink(x.actor), " ", badge(x.actor)]),
          section("Parts", p.parts, (x) => [actorLink(x.actor)]),
          section("Posts in this body", p.postsIn, (x) => [x.name, " — ", x.holders.map((h, i) => [i ? ", " : "", actorLink(h)])]),
        ),
        el("div", {}, el("h2", {}, "Neighbourhood"), graph, legend(view),
          el("p", { class: "muted" }, "Click a node to open that actor; drag to move, scroll to zoom."))),
      el("div", { class: "actions" },
        el("div", { id: "acts-on" }, el("h2", {}, "Acts on"), actionGroups(p.actsOn, 0)),
        el("div", { id: "acted-on-by" }, el("h2", {}, "Acted on by"), actionGroups(p.actedOnBy, 1))),
      el("div", { class: "actions" },
        el("div", {}, section("Quotes", p.quotes, (x) => el("div", { class: "quote" }, el("div", {}, "“" + x.text + "”"), el("div", { class: "meta" }, articleLink(x.article))))),
        el("div", {}, section("Articles", p.articles, (x) => articleLink(x)))),
    );
    draw(graph, view, true);
  }

  function legend(view) {
    const types = [...new Set(view.nodes.map((n) => n.data.type))];
    return el("div", { class: "legend" }, types.map((t) =>
      el("span", {}, el("i", { style: "background:" + (NODE_COLOURS[t] || NODE_COLOURS.Organization) }), t)));
  }

  // draw renders elements with Cytoscape.js into container.
  function draw(container, view, concentric) {
    if (state.cy) { state.cy.destroy(); state.cy = null; }
    if (typeof cytoscape !== "function") {
      container.append(el("p", { class: "error" }, "Cytoscape.js did not load."));
      return;
    }
    const cy = cytoscape({
      container,
      elements: { nodes: view.nodes, edges: view.edges },
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": (n) => NODE_COLOURS[n.data("type")] || NODE_COLOURS.Organization,
          label: "data(label)", "font-size": 10, color: "#1f2937", "text-valign": "bottom", "text-margin-y": 3,
          "text-wrap": "ellipsis", "text-max-width": 120, width: 18, height: 18,
          "text-background-color": "#fff", "text-background-opacity": 0.7, "text-background-padding": 1 } },
        { selector: "node[?center]", style: { width: 30, height: 30, "font-size": 12, "font-weight": "bold", "border-width": 3, "border-color": "#0f172a" } },
        { selector: "edge", style: {
          width: 1.5, "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
          "line-color": (e) => EDGE_COLOURS[e.data("action")] || "#94a3b8",
          "target-arrow-color": (e) => EDGE_COLOURS[e.data("action")] || "#94a3b8",
          label: "data(label)", "font-size": 8, color: "#374151", "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
        { selector: "edge[kind = 'membership'], edge[kind = 'part']", style: { "line-style": "dashed" } },
        { selector: "edge[kind = 'post']", style: { "line-style": "dotted", "line-color": "#d97706", "target-arrow-color": "#d97706" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#f59e0b" } },
      ],
      layout: concentric
        ? { name: "concentric", concentric: (n) => (n.data("center") ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 40, animate: false }
        : { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 90 },
    });
    cy.on("tap", "node", (ev) => {
      const slug = ev.target.data("slug");
      if (slug && !ev.target.data("center")) location.hash = "#/actor/" + encodeURIComponent(slug);
    });
    state.cy = cy;
  }

  async function articleView(id) {
    const a = await api("/api/articles/" + encodeURIComponent(id));
    document.title = (a.title || a.id) + " — actorgraph";
    const sec = (title, items, render) => items.length ? [el("h2", {}, title), el("ul", { class: "plain" }, items.map((x) => el("li", {}, render(x))))] : null;
    show(
      el("h1", {}, a.title || a.id),
      el("p", { class: "muted mono" }, a.id + " · " + a.wordCount + " words · " + a.quads + " quads"),
      downloads({ article: a.id }, "Download this article's quads:"),
      sec("Actors", a.actors, (x) => [actorLink(x), " ", badge(x), x.aliases.length ? el("span", { class: "muted" }, " also " + x.aliases.join(", ")) : null]),
      sec("Posts", a.posts, (x) => [actorLink(x.from), " — ", x.role, x.to ? [" (", actorLink(x.to), ")"] : null]),
      sec("Memberships", a.memberships, (x) => [actorLink(x.from), " member of ", actorLink(x.to)]),
      sec("Parts", a.subOrganizations, (x) => [actorLink(x.from), " part of ", actorLink(x.to)]),
      a.actions.length ? [el("h2", {}, "Actions"), a.actions.map((e) => el("div", { class: "event " + e.action },
        el("div", {}, actorLink(e.actor), " " + ((ACTIONS[e.action] || [e.action])[0]) + " ", actorLink(e.target)),
        el("p", { class: "evidence" }, e.evidence)))] : null,
      sec("Quotes", a.quotes, (x) => el("div", { class: "quote" }, el("div", {}, "“" + x.text + "”"), el("div", { class: "meta" }, "— ", actorLink(x.speaker)))),
    );
  }

  async function articlesView() {
    document.title = "Articles — actorgraph";
    const filter = el("input", { class: "filter", type: "search", placeholder: "Filter by title or id", "aria-label": "Filter articles" });
    const out = el("div", {});
    async function load() {
      const res = await api("/api/articles?" + new URLSearchParams({ q: filter.value, limit: 500 }));
      out.replaceChildren(el("p", { class: "muted" }, res.total + " articles"),
        el("ul", { class: "plain" }, res.articles.map((a) => el("li", {}, articleLink(a), el("span", { class: "muted mono" }, "  " + a.id)))));
    }
    let t = null;
    filter.addEventListener("input", () => { clearTimeout(t); t = setTimeout(() => load().catch(showError), 150); });
    show(el("h1", {}, "Articles"), filter, out);
    await load();
  }

  // ---- Gizmo console -------------------------------------------------------
  const EXAMPLES = [
    ["Who criticises whom",
      'g.V().Tag("actor").Out("<https://w3id.org/actorgraph/ns#criticises>").Tag("target").All()'],
    ["Resignation demands, with evidence",
      'g.V().Has("<https://w3id.org/actorgraph/ns#action>", "<https://w3id.org/actorgraph/ns#demandsResignationOf>")\n  .Tag("event")\n  .Save("<https://w3id.org/actorgraph/ns#actor>", "source")\n  .Save("<https://w3id.org/actorgraph/ns#target>", "target")\n  .Save("<https://w3id.org/actorgraph/ns#evidence>", "evidence")\n  .All()'],
    ["People and their names",
      'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>")\n  .Save("<https://schema.org/name>", "name").All()'],
    ["Posts held",
      'g.V().Tag("source").Out("<http://www.w3.org/ns/org#holds>")\n  .Save("<https://schema.org/name>", "role")\n  .Out("<http://www.w3.org/ns/org#postIn>").Tag("target").All()'],
    ["Party memberships",
      'g.V().Tag("source").Out("<http://www.w3.org/ns/org#memberOf>")\n  .Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://w3id.org/actorgraph/ns#PoliticalParty>")\n  .Tag("target").All()'],
  ];
  const consoleState = { src: EXAMPLES[0][1], results: null, tab: "table" };

  function consoleView() {
    document.title = "Gizmo console — actorgraph";
    const ta = el("textarea", { id: "gizmo", spellcheck: "false", "aria-label": "Gizmo query" });
    ta.value = consoleState.src;
    const limit = el("input", { id: "gizmo-limit", type: "number", min: "1", value: "100", "aria-label": "Result limit", style: "width:6rem" });
    const status = el("span", { id: "gizmo-status", class: "muted" });
    const out = el("div", { id: "gizmo-results", class: "results" });
    const tabs = el("div", { class: "tabs", role: "tablist" });
    const exportBox = el("span", { class: "downloads" });
    const examples = el("select", { "aria-label": "Examples", onchange: () => { if (examples.value !== "") { ta.value = EXAMPLES[examples.value][1]; } examples.value = ""; } },
      el("option", { value: "" }, "Examples…"), EXAMPLES.map(([name], i) => el("option", { value: String(i) }, name)));
    const run = el("button", { id: "gizmo-run", class: "primary", onclick: () => runQuery() }, "Run (Ctrl+Enter)");
    ta.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); runQuery(); } });

    function renderTabs() {
      tabs.replaceChildren(...["table", "graph", "json"].map((t) => el("button", {
        role: "tab", "aria-selected": consoleState.tab === t ? "true" : "false", id: "tab-" + t,
        onclick: () => { consoleState.tab = t; renderTabs(); renderResults(); },
      }, t[0].toUpperCase() + t.slice(1))));
    }
    function renderResults() {
      const rs = consoleState.results;
      if (state.cy) { state.cy.destroy(); state.cy = null; }
      out.replaceChildren(); out.classList.remove("cy"); out.removeAttribute("style");
      exportBox.replaceChildren();
      if (!rs) return;
      if (!rs.length) { out.append(el("p", { class: "muted", style: "padding:0.6rem" }, "No results.")); return; }
      exportBox.append("Download results: ",
        el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); save("results.json", "application/json", JSON.stringify(rs, null, 2)); } }, "json"), " ",
        el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); save("results.csv", "text/csv", toCSV(rs)); } }, "csv"));
      if (consoleState.tab === "json") {
        out.append(el("pre", { class: "json" }, JSON.stringify(rs, null, 2)));
      } else if (consoleState.tab === "graph") {
        out.classList.add("cy"); out.style.maxHeight = "none";
        draw(out, resultsGraph(rs), false);
      } else {
        const cols = columns(rs);
        out.append(el("table", { id: "gizmo-table" },
          el("thead", {}, el("tr", {}, cols.map((c) => el("th", {}, c)))),
          el("tbody", {}, rs.map((r) => el("tr", {}, cols.map((c) => el("td", {}, cell(typeof r === "object" && r !== null ? r[c] : (c === "value" ? r : undefined)))))))));
      }
    }
    async function runQuery() {
      consoleState.src = ta.value;
      status.textContent = "Running…"; status.className = "muted";
      const t0 = performance.now();
      try {
        const res = await api("/api/v1/query/gizmo?" + new URLSearchParams({ limit: limit.value || "100" }), {
          method: "POST", headers: { "Content-Type": "text/plain" }, body: ta.value,
        });
        consoleState.results = res.result || [];
        status.textContent = consoleState.results.length + " results in " + Math.round(performance.now() - t0) + " ms";
      } catch (err) {
        consoleState.results = null;
        status.textContent = err.message; status.className = "error";
      }
      renderResults();
    }
    renderTabs();
    show(el("div", { class: "console" },
      el("h1", {}, "Gizmo console"),
      el("p", { class: "muted" }, "Gizmo is Cayley's JavaScript query language. IRIs go in angle brackets. Tags become table columns; in the graph, tags named source and target make an edge, and every other tag is joined to the result's id. The server stops queries after ",
        (state.config && state.config.queryTimeout) || "its timeout", " and returns at most ", String((state.config && state.config.queryLimit) || ""), " results."),
      ta, el("div", { class: "toolbar" }, run, examples, el("label", {}, "limit ", limit), status),
      tabs, out, el("div", { class: "toolbar" }, exportBox)));
    renderResults();
  }

  function columns(rs) {
    const cols = [];
    for (const r of rs) {
      if (typeof r !== "object" || r === null) { if (!cols.includes("value")) cols.push("value"); continue; }
      for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
    }
    cols.sort((a, b) => (a === "id" ? -1 : b === "id" ? 1 : 0));
    return cols;
  }
  function cell(v) {
    if (v === undefined) return "";
    if (typeof v !== "string") return JSON.stringify(v);
    const slug = actorSlugOf(v);
    if (slug) return el("a", { href: "#/actor/" + encodeURIComponent(slug), title: v }, shortIRI(v));
    const doc = docOf(v);
    if (doc) return el("a", { href: "#/article/" + encodeURIComponent(doc), title: v }, shortIRI(v));
    return shortIRI(v);
  }
  function csvField(v) {
    const s = v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function toCSV(rs) {
    const cols = columns(rs);
    return [cols.join(","), ...rs.map((r) => cols.map((c) => csvField(typeof r === "object" && r !== null ? r[c] : r)).join(","))].join("\n") + "\n";
  }
  function save(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el("a", { href: url, download: name });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  // resultsGraph turns Gizmo results into nodes and edges.
  function resultsGraph(rs) {
    const nodes = new Map(), edges = [];
    const node = (v) => {
      const key = typeof v === "string" ? v : JSON.stringify(v);
      if (!nodes.has(key)) {
        const slug = actorSlugOf(key);
        const type = slug ? "Organization" : key.startsWith("<") ? "iri" : "literal";
        nodes.set(key, { data: { id: "n" + nodes.size, label: shortIRI(key).slice(0, 60), slug, type, value: key } });
      }
      return nodes.get(key).data.id;
    };
    for (const r of rs) {
      if (typeof r !== "object" || r === null) { node(r); continue; }
      if ("source" in r && "target" in r) {
        edges.push({ data: { id: "e" + edges.length, source: node(r.source), target: node(r.target), label: r.label !== undefined ? shortIRI(String(r.label)) : "" } });
      }
      const hub = "id" in r ? node(r.id) : null;
      for (const [k, v] of Object.entries(r)) {
        if (k === "id" || k === "label" || ((k === "source" || k === "target") && "source" in r && "target" in r)) continue;
        const n = node(v);
        if (hub !== null && hub !== n) edges.push({ data: { id: "e" + edges.length, source: n, target: hub, label: k } });
      }
    }
    return { nodes: [...nodes.values()], edges };
  }

  // ---- routing --------------------------------------------------------------
  async function route() {
    const [, view, arg] = (location.hash.replace(/^#/, "") || "/").split("/").concat(["", ""]);
    if (state.cy && view !== "actor") { state.cy.destroy(); state.cy = null; }
    try {
      if (view === "actor" && arg) await actorView(decodeURIComponent(arg));
      else if (view === "article" && arg) await articleView(decodeURIComponent(arg));
      else if (view === "articles") await articlesView();
      else if (view === "console") consoleView();
      else await home();
      window.scrollTo(0, 0);
    } catch (err) {
      showError(err);
    }
  }
  window.addEventListener("hashchange", route);
  api("/api/config").then((c) => { state.config = c; }).catch(() => {}).finally(route);
})();
