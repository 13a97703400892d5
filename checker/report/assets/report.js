"use strict";
// Sorting and filtering for the claimcheck audit report. The page is complete without this
// script; it reads the table back through the DOM (textContent and data-* attributes) and
// never parses markup or code, so article text stays text.
(function () {
  // ---- sorting: any table.sortable, by clicking its column buttons
  function cellKey(row, col, kind) {
    var cell = row.cells[col];
    if (!cell) return kind === "number" ? -Infinity : "";
    var raw = cell.hasAttribute("data-sort-value") ? cell.getAttribute("data-sort-value") : cell.textContent;
    if (kind === "number") {
      var n = parseFloat(String(raw).replace(/,/g, ""));
      return isNaN(n) ? -Infinity : n;
    }
    return String(raw).trim().toLowerCase();
  }

  function makeSortable(table) {
    var body = table.tBodies[0];
    if (!body) return;
    Array.prototype.forEach.call(body.rows, function (row, i) { row.dataset.order = String(i); });
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var kind = th.getAttribute("data-sort") || "text";
        var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        Array.prototype.forEach.call(heads, function (other) {
          if (other.hasAttribute("aria-sort")) other.setAttribute("aria-sort", "none");
        });
        th.setAttribute("aria-sort", dir);
        var sign = dir === "ascending" ? 1 : -1;
        var rows = Array.prototype.map.call(body.rows, function (row) {
          return { row: row, key: cellKey(row, col, kind), order: +row.dataset.order };
        });
        rows.sort(function (a, b) {
          if (a.key < b.key) return -sign;
          if (a.key > b.key) return sign;
          return a.order - b.order;  // stable: ties keep the order of the report
        });
        var frag = document.createDocumentFragment();
        rows.forEach(function (r) { frag.appendChild(r.row); });
        body.appendChild(frag);
        table.dispatchEvent(new CustomEvent("sorted"));
      });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);

  // ---- filtering: the findings table
  var table = document.getElementById("findings-table");
  if (!table) return;
  var form = document.getElementById("filters");
  var text = document.getElementById("filter-text");
  var severity = document.getElementById("filter-severity");
  var fact = document.getElementById("filter-fact");
  var postChip = document.getElementById("filter-post");
  var postName = document.getElementById("filter-post-name");
  var count = document.getElementById("filter-count");
  var empty = document.getElementById("findings-empty");
  var more = document.getElementById("findings-more");
  var total = +count.getAttribute("data-total");
  // Only the first pageSize matching rows are shown (laid out) at a time; "Show more" adds a page.
  var pageSize = +table.getAttribute("data-page-size") || Infinity;
  var limit = pageSize;
  var post = "";
  var records = new Map();
  Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
    records.set(row, { row: row, text: row.textContent.toLowerCase(), severity: row.getAttribute("data-severity"),
                       fact: row.getAttribute("data-fact"), post: row.getAttribute("data-post") });
  });
  var rows = [];
  function readOrder() {  // the rows in the table's current (sorted) order
    rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) { return records.get(row); });
  }
  readOrder();

  function fmt(n) { return n.toLocaleString("en"); }

  function apply() {
    var terms = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var sev = severity.value, f = fact.value, matched = 0;
    rows.forEach(function (r) {
      var ok = (!sev || r.severity === sev) && (!f || r.fact === f) && (!post || r.post === post) &&
        terms.every(function (t) { return r.text.indexOf(t) !== -1; });
      if (ok) matched++;
      r.row.hidden = !ok || matched > limit;
    });
    var shown = Math.min(matched, limit);
    var word = total === 1 ? "finding" : "findings";
    if (shown < matched) {
      count.textContent = "Showing the first " + fmt(shown) + " of " + fmt(matched) +
        (matched === total ? " " + word : " matching " + word + " (" + fmt(total) + " in all)");
    } else {
      count.textContent = matched === total ? fmt(total) + " " + word
        : "Showing " + fmt(matched) + " of " + fmt(total) + " " + word;
    }
    count.setAttribute("data-shown", String(shown));
    count.setAttribute("data-matched", String(matched));
    more.hidden = shown >= matched;
    if (total) empty.hidden = matched !== 0;
    postChip.hidden = !post;
  }

  function refilter() { limit = pageSize; apply(); }

  function choose(select, value) {
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    select.value = known ? value : "";
  }

  function setPost(index, name) {
    post = index;
    postName.textContent = name;
  }

  text.addEventListener("input", refilter);
  severity.addEventListener("change", refilter);
  fact.addEventListener("change", refilter);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  form.addEventListener("reset", function () { setPost("", ""); setTimeout(refilter, 0); });
  document.getElementById("filter-post-clear").addEventListener("click", function () { setPost("", ""); refilter(); });
  document.getElementById("show-more").addEventListener("click", function () { limit += pageSize; apply(); });
  document.getElementById("show-all").addEventListener("click", function () { limit = Infinity; apply(); });
  table.addEventListener("sorted", function () { readOrder(); apply(); });

  // Chart bars, total cards and "show in the table" links set a filter and jump to the table.
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest && ev.target.closest("[data-filter-fact],[data-filter-severity],[data-filter-post]");
    if (!link) return;
    ev.preventDefault();
    text.value = "";
    setPost("", "");
    choose(fact, link.getAttribute("data-filter-fact") || "");
    choose(severity, link.getAttribute("data-filter-severity") || "");
    if (link.hasAttribute("data-filter-post")) {
      setPost(link.getAttribute("data-filter-post"), link.getAttribute("data-post-name") || "");
    }
    refilter();
    document.getElementById("findings").scrollIntoView();
  });

  apply();
  table.classList.add("ready");  // from now on the script decides which rows show
})();
