"use strict";
// Sorting and filtering for the claimcheck audit report. The page is complete without this
// script; it reads the table back through the DOM (textContent and data-* attributes), so no
// article text ever passes through innerHTML or a string of code.
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
  var total = +count.getAttribute("data-total");
  var post = "";
  var rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
    return { row: row, text: row.textContent.toLowerCase(), severity: row.getAttribute("data-severity"),
             fact: row.getAttribute("data-fact"), post: row.getAttribute("data-post") };
  });

  function apply() {
    var terms = text.value.toLowerCase().split(/\s+/).filter(Boolean);
    var sev = severity.value, f = fact.value, shown = 0;
    rows.forEach(function (r) {
      var ok = (!sev || r.severity === sev) && (!f || r.fact === f) && (!post || r.post === post) &&
        terms.every(function (t) { return r.text.indexOf(t) !== -1; });
      r.row.hidden = !ok;
      if (ok) shown++;
    });
    var word = total === 1 ? "finding" : "findings";
    count.textContent = shown === total ? total.toLocaleString("en") + " " + word
      : "Showing " + shown.toLocaleString("en") + " of " + total.toLocaleString("en") + " " + word;
    count.setAttribute("data-shown", String(shown));
    if (total) empty.hidden = shown !== 0;
    postChip.hidden = !post;
  }

  function choose(select, value) {
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    select.value = known ? value : "";
  }

  function setPost(index, name) {
    post = index;
    postName.textContent = name;
  }

  text.addEventListener("input", apply);
  severity.addEventListener("change", apply);
  fact.addEventListener("change", apply);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  form.addEventListener("reset", function () { setPost("", ""); setTimeout(apply, 0); });
  document.getElementById("filter-post-clear").addEventListener("click", function () { setPost("", ""); apply(); });

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
    apply();
    document.getElementById("findings").scrollIntoView();
  });

  document.documentElement.classList.add("js");
  apply();
})();
