// Rasid workbench: a hash-routed page over the JSON API. No build step; DOM built with h() (no innerHTML
// except search snippets, which the server HTML-escapes before adding <mark>).
"use strict";

const TYPES_AR = { PERS: "شخص", ORG: "منظمة", LOC: "مكان", GPE: "كيان سياسي", MISC: "أخرى", DATE: "تاريخ",
  TIME: "وقت", NUMBER: "عدد", MONEY: "مال", PERCENT: "نسبة", NORP: "جماعة", ROLE: "منصب" };
const FACETS_AR = { source: "المصدر", month: "الشهر", type: "نوع الحدث", actor: "الفاعل" };

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v); else el.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}
function svg(tag, attrs, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}
async function api(path, options) {
  const res = await fetch(path, options);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
  return body;
}
function view(...children) {
  const v = document.getElementById("view");
  v.replaceChildren(...children);
  return v;
}
function fail(e) { view(h("p", { class: "error" }, "تعذّر التحميل: " + e.message)); }
function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  return p.toString();
}
const actorLink = (id, name) => id ? h("a", { href: "#/actor/" + encodeURIComponent(id), class: "actor-link" }, name || id) : "—";
const articleLink = (id, title) => h("a", { href: "#/article/" + id, class: "article-link" }, title || id);

// --- search ---------------------------------------------------------------------------------------
async function searchPage(params) {
  const input = h("input", { type: "search", id: "q", name: "q", value: params.get("q") || "", placeholder: "ابحث في الأخبار… مثل: الحوثيين أو \"مدينة غزة\"" });
  const form = h("form", { class: "bar", id: "search-form", onsubmit: e => {
    e.preventDefault(); location.hash = "#/search?" + qs({ q: input.value });
  } }, input, h("button", { type: "submit" }, "ابحث"));
  const results = h("section", { id: "results" });
  const facets = h("aside", { id: "facets" });
  view(form, h("div", { class: "layout" }, facets, results));
  const filters = Object.fromEntries(["q", "actor", "type", "source", "from", "to"].map(k => [k, params.get(k)]));
  try {
    const r = await api("api/search?" + qs({ ...filters, limit: 20 }));
    results.append(h("p", { class: "meta", id: "total" }, r.total + " مقالاً"));
    for (const hit of r.hits) {
      const snippet = h("p", { class: "snippet" });
      snippet.innerHTML = hit.snippet || "";
      results.append(h("article", { class: "hit" }, h("h2", {}, articleLink(hit.id, hit.title)),
        h("div", { class: "meta" }, [hit.source, hit.published].filter(Boolean).join(" · ")), snippet));
    }
    if (!r.hits.length) results.append(h("p", { class: "empty" }, "لا نتائج."));
    for (const [dim, counts] of Object.entries(r.facets)) {
      if (!counts.length) continue;
      const filterKey = dim === "month" ? null : dim;
      facets.append(h("h3", {}, FACETS_AR[dim] || dim), h("ul", { class: "facet", "data-dim": dim }, counts.map(c => {
        const next = { ...filters };
        if (dim === "month") { next.from = c.value + "-01"; next.to = c.value + "-31"; } else next[filterKey] = c.value;
        const on = filterKey ? filters[filterKey] === c.value : filters.from === c.value + "-01";
        return h("li", {}, h("a", { href: "#/search?" + qs(next), class: on ? "on" : null }, h("span", {}, c.value), h("span", { class: "count" }, c.count)));
      })));
    }
  } catch (e) { results.append(h("p", { class: "error" }, e.message)); }
}

// --- article ----------------------------------------------------------------------------------------
function annotatedText(doc) {
  const text = doc.text || "";
  const ents = (doc.entities || []).filter(e => e.end > e.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out = h("div", { id: "article-text" });
  let at = 0;
  for (const e of ents) {
    if (e.start < at) continue; // nested or overlapping: the outer mention is shown
    out.append(text.slice(at, e.start));
    const label = (TYPES_AR[e.type] || e.type) + (e.value ? " · " + JSON.stringify(e.value) : "");
    const attrs = { class: "ent ent-" + e.type, title: label, "data-type": e.type };
    out.append(e.actor ? h("a", { ...attrs, href: "#/actor/" + encodeURIComponent(e.actor) }, text.slice(e.start, e.end))
      : h("span", attrs, text.slice(e.start, e.end)));
    at = e.end;
  }
  out.append(text.slice(at));
  return out;
}
function eventItem(e, text) {
  const killed = e.casualties && e.casualties.killed;
  return h("li", { class: "event" }, h("strong", {}, e.type || "حدث"), e.cameo ? " (CAMEO " + e.cameo + ")" : "",
    e.trigger && e.trigger.text ? " — «" + e.trigger.text + "»" : "",
    h("div", { class: "meta" }, [e.location && (e.location.name || e.location), e.date,
      killed ? "قتلى: " + (killed.min === killed.max ? killed.min : killed.min + "–" + killed.max) : null,
      e.negated ? "منفي" : null, e.hypothetical ? "افتراضي" : null].filter(Boolean).join(" · ")),
    e.sentence && text ? h("blockquote", {}, text.slice(e.sentence.start, e.sentence.end)) : null);
}
function renderDocument(doc) {
  const actors = Object.fromEntries((doc.actors || []).map(a => [a.id, a.name]));
  const legend = h("p", { class: "legend" }, [...new Set((doc.entities || []).map(e => e.type))].map(t => h("span", { class: "ent ent-" + t }, TYPES_AR[t] || t)));
  const quotes = (doc.quotes || []).map(q => h("li", { class: "quote" }, h("blockquote", {}, q.content),
    h("div", { class: "meta" }, actorLink(q.speaker, actors[q.speaker] || q.speakerText), q.verb ? " · " + q.verb : "", q.direct === false ? " · غير مباشر" : "")));
  const side = h("aside", { id: "events-panel" }, h("h3", {}, "الأحداث"),
    (doc.events || []).length ? h("ul", { class: "facet" }, doc.events.map(e => eventItem(e, doc.text))) : h("p", { class: "empty" }, "لا أحداث."),
    h("h3", {}, "الفاعلون"), (doc.actors || []).length ? h("ul", { class: "facet" }, doc.actors.map(a => h("li", {}, actorLink(a.id, a.name)))) : h("p", { class: "empty" }, "—"),
    h("h3", {}, "العلاقات"), h("ul", { class: "facet" }, (doc.relations || []).map(r => h("li", {}, actorLink(r.subject, actors[r.subject]), " ", r.predicate, " ", actorLink(r.object, actors[r.object])))));
  const main = h("section", {}, h("h1", { id: "article-title" }, doc.title || "(بلا عنوان)"),
    h("p", { class: "meta" }, [doc.source, doc.published, doc.author].filter(Boolean).join(" · "), doc.url ? h("a", { href: doc.url, rel: "noopener noreferrer" }, " المصدر") : null),
    legend, annotatedText(doc), h("h3", {}, "الاقتباسات"), quotes.length ? h("ul", { class: "facet", id: "quotes" }, quotes) : h("p", { class: "empty" }, "لا اقتباسات."));
  return h("div", { class: "layout article" }, main, side);
}
async function articlePage(id) {
  try { view(renderDocument(await api("api/articles/" + encodeURIComponent(id)))); } catch (e) { fail(e); }
}

// --- actors --------------------------------------------------------------------------------------
async function actorsPage(params) {
  const input = h("input", { type: "search", id: "actor-q", value: params.get("q") || "", placeholder: "اسم أو لقب" });
  const list = h("section", { id: "actor-list" });
  view(h("form", { class: "bar", onsubmit: e => { e.preventDefault(); location.hash = "#/actors?" + qs({ q: input.value }); } },
    input, h("button", { type: "submit" }, "ابحث")), list);
  try {
    const rows = await api("api/actors?" + qs({ q: params.get("q"), limit: 50 }));
    list.append(rows.length ? h("table", {}, h("tr", {}, h("th", {}, "الفاعل"), h("th", {}, "النوع"), h("th", {}, "مقالات")),
      rows.map(a => h("tr", {}, h("td", {}, actorLink(a.id, a.name)), h("td", {}, TYPES_AR[a.type] || a.type || ""), h("td", {}, a.articles))))
      : h("p", { class: "empty" }, "لا فاعلين."));
  } catch (e) { list.append(h("p", { class: "error" }, e.message)); }
}
function graph(actor) {
  const nodes = new Map();
  for (const c of actor.cooccurring) nodes.set(c.id, { id: c.id, name: c.name || c.id, label: c.articles + " مقال" });
  for (const r of actor.relations) {
    const other = r.subject === actor.id ? r.object : r.subject;
    const name = r.subject === actor.id ? r.object_name : r.subject_name;
    const n = nodes.get(other) || { id: other, name: name || other };
    n.label = r.predicate; n.relation = true; nodes.set(other, n);
  }
  const list = [...nodes.values()].slice(0, 16);
  const W = 320, H = 300, cx = W / 2, cy = H / 2, R = 105;
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", id: "actor-graph", role: "img" });
  list.forEach((n, i) => {
    const a = 2 * Math.PI * i / Math.max(list.length, 1);
    n.x = cx + R * Math.cos(a); n.y = cy + R * Math.sin(a);
    g.append(svg("line", { x1: cx, y1: cy, x2: n.x, y2: n.y, stroke: n.relation ? "#c0392b" : "#9aa5b1", "stroke-width": n.relation ? 2 : 1 }));
    g.append(svg("text", { x: (cx + n.x) / 2, y: (cy + n.y) / 2 - 4, "text-anchor": "middle", fill: "#5b6877" }, n.label || ""));
  });
  for (const n of list) {
    const link = svg("a", { href: "#/actor/" + encodeURIComponent(n.id) });
    link.append(svg("circle", { cx: n.x, cy: n.y, r: 7, fill: "#0b5cad" }), svg("text", { x: n.x, y: n.y + 20, "text-anchor": "middle" }, n.name));
    g.append(link);
  }
  g.append(svg("circle", { cx, cy, r: 11, fill: "#12324f" }), svg("text", { x: cx, y: cy - 16, "text-anchor": "middle", "font-weight": "bold" }, actor.name || actor.id));
  return g;
}
async function actorPage(id) {
  try {
    const a = await api("api/actors/" + encodeURIComponent(id));
    const events = a.events.map(e => h("li", {}, h("span", { class: "count" }, e.date || "؟"), " ", h("strong", {}, e.type), " ",
      e.location ? "في " + e.location + " " : "", "— ", articleLink(e.article_id, "المقال")));
    view(h("h1", { id: "actor-name" }, a.name || a.id), h("p", { class: "meta" }, [TYPES_AR[a.type] || a.type, a.articles + " مقالاً", a.mentions + " إشارة"].filter(Boolean).join(" · ")),
      h("p", { class: "chips", id: "aliases" }, "الأسماء: ", a.aliases.map(x => h("span", {}, x))),
      h("p", {}, h("a", { href: "#/search?" + qs({ actor: a.id }) }, "المقالات التي تذكره"), " · ", h("a", { href: "#/events?" + qs({ actor: a.id }) }, "أحداثه")),
      h("div", { class: "layout article" },
        h("section", {}, h("h3", {}, "الخط الزمني للأحداث"), events.length ? h("ol", { id: "timeline" }, events) : h("p", { class: "empty" }, "لا أحداث."),
          h("h3", {}, "اقتباساته"), a.quotes.length ? h("ul", { class: "facet" }, a.quotes.map(q => h("li", {}, h("blockquote", {}, q.content), h("div", { class: "meta" }, q.date || "", " ", articleLink(q.article_id, q.title))))) : h("p", { class: "empty" }, "لا اقتباسات.")),
        h("aside", {}, h("h3", {}, "العلاقات والذكر المشترك"), graph(a))));
  } catch (e) { fail(e); }
}

// --- events ---------------------------------------------------------------------------------------
const EVENT_COLUMNS = [["date", "التاريخ"], ["type", "النوع"], ["cameo", "CAMEO"], ["actor1", "الطرف الأول"], ["actor2", "الطرف الثاني"],
  ["location", "المكان"], ["killed", "قتلى"], ["injured", "جرحى"], ["evidence", "الجملة"]];
async function eventsPage(params) {
  const field = (name, label, type) => h("input", { name, id: "filter-" + name, type: type || "text", value: params.get(name) || "", placeholder: label, "aria-label": label });
  const inputs = [field("type", "النوع"), field("actor", "معرّف الفاعل"), field("place", "المكان"), field("from", "من", "date"), field("to", "إلى", "date")];
  const form = h("form", { class: "bar", id: "events-form", onsubmit: e => {
    e.preventDefault(); location.hash = "#/events?" + qs(Object.fromEntries(inputs.map(i => [i.name, i.value])));
  } }, inputs, h("button", { type: "submit" }, "صفِّ"));
  const filters = Object.fromEntries(inputs.map(i => [i.name, params.get(i.name)]));
  const table = h("section", { id: "events" });
  view(form, h("p", {}, h("a", { id: "csv", href: "api/events?" + qs({ ...filters, limit: 1000, format: "csv" }), download: "rasid-events.csv" }, "تنزيل CSV")), table);
  try {
    const rows = await api("api/events?" + qs({ ...filters, limit: 500 }));
    const range = (min, max) => min == null ? "" : min === max || max == null ? min : min + "–" + max;
    table.append(rows.length ? h("table", { id: "events-table" }, h("tr", {}, EVENT_COLUMNS.map(c => h("th", {}, c[1]))), rows.map(e => h("tr", { class: "event-row" },
      h("td", {}, e.date || ""), h("td", {}, e.type || ""), h("td", {}, e.cameo || ""), h("td", {}, actorLink(e.actor1, e.actor1_name)),
      h("td", {}, actorLink(e.actor2, e.actor2_name)), h("td", {}, e.location || ""), h("td", {}, range(e.killed_min, e.killed_max)),
      h("td", {}, range(e.injured_min, e.injured_max)), h("td", {}, e.evidence || "", " ", articleLink(e.article_id, "↗")))))
      : h("p", { class: "empty" }, "لا أحداث تطابق."));
  } catch (e) { table.append(h("p", { class: "error" }, e.message)); }
}

// --- analyze ----------------------------------------------------------------------------------------
function analyzePage() {
  const area = h("textarea", { id: "paste", placeholder: "الصق نص المقال هنا: السطر الأول هو العنوان" });
  const out = h("section", { id: "analysis" });
  view(h("form", { id: "analyze-form", onsubmit: async e => {
    e.preventDefault();
    out.replaceChildren(h("p", { class: "meta" }, "جارٍ التحليل…"));
    try { out.replaceChildren(renderDocument(await api("api/analyze", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: area.value }))); }
    catch (err) { out.replaceChildren(h("p", { class: "error" }, err.message)); }
  } }, area, h("p", {}, h("button", { type: "submit" }, "حلّل"))), out);
}

function route() {
  const [path, query] = (location.hash.slice(1) || "/search").split("?");
  const params = new URLSearchParams(query || "");
  const [, page, id] = path.split("/");
  document.querySelectorAll("nav a").forEach(a => a.classList.toggle("active", a.dataset.nav === page || (page === "actor" && a.dataset.nav === "actors")));
  if (page === "article" && id) return articlePage(decodeURIComponent(id));
  if (page === "actor" && id) return actorPage(decodeURIComponent(id));
  if (page === "actors") return actorsPage(params);
  if (page === "events") return eventsPage(params);
  if (page === "analyze") return analyzePage();
  return searchPage(params);
}
window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", route);
