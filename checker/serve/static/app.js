// claimcheck's web page: paste or drop a draft, see wrong claims highlighted where they are,
// read why, apply a suggested rewrite. Talks only to this server (POST /v1/check, GET /v1/facts).
"use strict";

const $ = (id) => document.getElementById(id);
const text = $("text"), backdrop = $("backdrop"), editor = $("editor"), card = $("card");
const statusLine = $("status"), list = $("list"), count = $("count"), format = $("format");
const DEBOUNCE_MS = 400;
const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

let findings = [];        // findings of checkedText, offsets in UTF-16 units
let checkedText = null;   // the text the findings belong to
let facts = {};           // id -> statement
let timer = null, sequence = 0, pinned = null, hoverTimer = null;

// ------------------------------------------------------------------ talking to the server

function headers(json) {
  const h = json ? { "Content-Type": "application/json" } : {};
  const token = sessionStorage.getItem("claimcheck-token");
  if (token) h.Authorization = "Bearer " + token;
  return h;
}

async function loadFacts() {
  try {
    const answer = await fetch("/v1/facts", { headers: headers(false) });
    if (answer.ok) for (const f of (await answer.json()).facts) facts[f.id] = f.statement;
  } catch (e) { /* the statements are a nicety; the list still works without them */ }
}

function scheduleCheck(delay = DEBOUNCE_MS) {
  clearTimeout(timer);
  timer = setTimeout(check, delay);
}

async function check() {
  const draft = text.value, mine = ++sequence;
  if (!draft.trim()) {
    findings = []; checkedText = draft; render(); setStatus("Paste a draft to check it."); return;
  }
  setStatus("Checking…", "busy");
  let answer;
  try {
    answer = await fetch("/v1/check", {
      method: "POST", headers: headers(true),
      body: JSON.stringify({ text: draft, filename: "draft." + format.value, edits: true }),
    });
  } catch (e) {
    if (mine === sequence) setStatus("The claimcheck server cannot be reached.", "bad");
    return;
  }
  if (mine !== sequence) return;  // a newer check is on its way
  const data = await answer.json().catch(() => ({ error: "the server sent no JSON" }));
  if (answer.status === 401) {
    $("token-field").hidden = false;
    setStatus("This server needs a token: enter it above.", "bad");
    return;
  }
  if (!answer.ok) { setStatus(data.error || `error ${answer.status}`, "bad"); return; }
  if (text.value !== draft) return;  // typed meanwhile: the debounced check will follow
  const file = data.files[0];
  if (file.error) { setStatus(file.error, "bad"); return; }
  const u16 = utf16Offsets(draft);
  findings = file.findings.map((f, i) => ({
    ...f, index: i, from: u16(f.start), to: u16(f.end),
    edit: f.fix ? { from: u16(f.fix.start), to: u16(f.fix.end), text: f.fix.text } : null,
  }));
  checkedText = draft;
  render();
  const s = data.summary, n = findings.length;
  setStatus(n === 0 ? "No wrong claims found." :
    `${n} finding${n === 1 ? "" : "s"}: ${s.errors} error${s.errors === 1 ? "" : "s"}, ` +
    `${s.warnings} warning${s.warnings === 1 ? "" : "s"}` + (s.infos ? `, ${s.infos} info` : ""));
}

function setStatus(message, kind = "") {
  statusLine.textContent = message;
  statusLine.className = "status " + kind;
}

// The server counts offsets in code points; JavaScript strings count UTF-16 units.
function utf16Offsets(s) {
  if (!/[\uD800-\uDFFF]/.test(s)) return (n) => n;
  const table = [0];
  for (const ch of s) table.push(table[table.length - 1] + ch.length);
  return (n) => table[Math.min(n, table.length - 1)];
}

// ------------------------------------------------------------------ highlights and the list

function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function render() {
  const draft = text.value;
  const live = checkedText === draft ? findings : [];
  // split the text at every finding boundary; a piece covered by findings is one <mark>
  const cuts = new Set([0, draft.length]);
  for (const f of live) { cuts.add(f.from); cuts.add(f.to); }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let k = 0; k < points.length - 1; k++) {
    const a = points[k], b = points[k + 1];
    const piece = escapeHtml(draft.slice(a, b));
    const over = live.filter((f) => f.from <= a && b <= f.to);
    if (!over.length) { html += piece; continue; }
    const worst = over.reduce((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w.severity] ? f : w));
    html += `<mark class="${worst.severity}" data-ids="${over.map((f) => f.index).join(" ")}">${piece}</mark>`;
  }
  backdrop.innerHTML = html + "\u200b\n";
  renderList(live);
  if (pinned && !live.some((f) => pinned.includes(f.index))) hideCard();
}

function renderList(live) {
  count.textContent = checkedText === null ? "" : `(${live.length})`;
  list.textContent = "";
  if (!live.length) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = checkedText === null || !text.value.trim() ? "Nothing checked yet." : "No wrong claims found.";
    list.append(p);
    return;
  }
  const groups = new Map();
  for (const f of live) {
    if (!groups.has(f.fact)) groups.set(f.fact, []);
    groups.get(f.fact).push(f);
  }
  for (const [fact, items] of groups) {
    const group = document.createElement("section");
    group.className = "group";
    group.dataset.fact = fact;
    const h = document.createElement("h3");
    h.innerHTML = `<span class="fact-id"></span> <span class="statement"></span>`;
    h.querySelector(".fact-id").textContent = fact;
    h.querySelector(".statement").textContent = facts[fact] || "";
    const ul = document.createElement("ul");
    for (const f of items) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "item";
      b.dataset.index = f.index;
      b.innerHTML = `<span class="where"></span><span class="msg"></span>`;
      b.querySelector(".where").textContent = `${f.line}:${f.column}`;
      const msg = b.querySelector(".msg");
      const sev = document.createElement("span");
      sev.className = `sev ${f.severity}`;
      sev.textContent = f.severity;
      msg.append(sev, " ", f.message);
      b.addEventListener("click", () => select(f, true));
      li.append(b);
      ul.append(li);
    }
    group.append(h, ul);
    list.append(group);
  }
}

// ------------------------------------------------------------------ the finding card

function marksOf(index) {
  return [...backdrop.querySelectorAll("mark")].filter((m) => m.dataset.ids.split(" ").includes(String(index)));
}

function showCard(indexes, pin) {
  const shown = findings.filter((f) => indexes.includes(f.index));
  if (!shown.length || checkedText !== text.value) return;
  pinned = pin ? indexes : pinned;
  card.textContent = "";
  for (const f of shown) {
    const h = document.createElement("h3");
    const sev = document.createElement("span");
    sev.className = `sev ${f.severity}`;
    sev.textContent = f.severity;
    const id = document.createElement("span");
    id.className = "fact-id";
    id.textContent = f.fact;
    h.append(sev, " ", id, " ", f.message);
    card.append(h);
    if (f.suggestion) {
      const label = document.createElement("div");
      label.className = "label";
      label.textContent = f.edit ? "Suggested rewrite" : "Suggestion";
      card.append(label);
      const s = document.createElement("div");
      s.className = "suggestion";
      s.textContent = f.suggestion;
      card.append(s);
    }
    const actions = document.createElement("div");
    actions.className = "actions";
    if (f.edit) {
      const apply = document.createElement("button");
      apply.type = "button";
      apply.className = "primary apply";
      apply.textContent = "Apply suggestion";
      apply.addEventListener("click", () => applyFix(f));
      actions.append(apply);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.addEventListener("click", () => { hideCard(); text.focus(); });
    actions.append(close);
    card.append(actions);
    if (f.sources.length) {
      const ul = document.createElement("ul");
      ul.className = "sources";
      for (const src of f.sources) {
        const li = document.createElement("li");
        li.textContent = src;
        ul.append(li);
      }
      card.append(ul);
    }
  }
  for (const m of backdrop.querySelectorAll("mark.active")) m.classList.remove("active");
  for (const i of indexes) for (const m of marksOf(i)) m.classList.add("active");
  for (const b of list.querySelectorAll(".item")) b.classList.toggle("active", indexes.includes(+b.dataset.index));
  const marks = marksOf(indexes[0]);
  card.hidden = false;
  if (!marks.length) return;
  const box = editor.getBoundingClientRect(), last = marks[marks.length - 1].getBoundingClientRect();
  const left = Math.max(12, Math.min(last.left - box.left, box.width - card.offsetWidth - 12));
  card.style.left = `${left}px`;
  card.style.top = `${last.bottom - box.top + 8}px`;
}

function hideCard() {
  card.hidden = true;
  pinned = null;
  for (const m of backdrop.querySelectorAll("mark.active")) m.classList.remove("active");
  for (const b of list.querySelectorAll(".item.active")) b.classList.remove("active");
}

function select(f, focus) {
  text.focus();
  text.setSelectionRange(f.from, f.to);
  const mark = marksOf(f.index)[0];
  if (mark) mark.scrollIntoView({ block: "center", behavior: "instant" });
  showCard([f.index], true);
  if (focus) (card.querySelector(".apply") || card.querySelector("button"))?.focus();
}

function applyFix(f) {
  if (!f.edit || checkedText !== text.value) return;
  text.focus();
  text.setSelectionRange(f.edit.from, f.edit.to);
  // insertText keeps the edit on the undo stack (Ctrl+Z takes it back); setRangeText does not
  if (!document.execCommand("insertText", false, f.edit.text)) text.setRangeText(f.edit.text, f.edit.from, f.edit.to, "end");
  hideCard();
  setStatus("Suggestion applied. Checking again…", "busy");
  render();
  scheduleCheck(0);
}

function findingsAt(pos) {
  if (checkedText !== text.value) return [];
  return findings.filter((f) => f.from <= pos && pos <= f.to).map((f) => f.index);
}

// ------------------------------------------------------------------ events

text.addEventListener("input", () => { hideCard(); render(); scheduleCheck(); });
format.addEventListener("change", () => scheduleCheck(0));
$("token").addEventListener("change", (e) => {
  sessionStorage.setItem("claimcheck-token", e.target.value.trim());
  loadFacts();
  scheduleCheck(0);
});

// the textarea sits on top of the marks: find the mark under the pointer through it
text.addEventListener("mousemove", (e) => {
  const mark = document.elementsFromPoint(e.clientX, e.clientY).find((el) => el.tagName === "MARK");
  clearTimeout(hoverTimer);
  if (mark) showCard(mark.dataset.ids.split(" ").map(Number), false);
  else if (!pinned) hoverTimer = setTimeout(() => { if (!pinned && !card.matches(":hover")) hideCard(); }, 250);
});
text.addEventListener("mouseleave", () => {
  hoverTimer = setTimeout(() => { if (!pinned && !card.matches(":hover")) hideCard(); }, 250);
});
card.addEventListener("mouseleave", () => { if (!pinned) hideCard(); });

function caretMoved() {
  if (text.selectionStart !== text.selectionEnd && !pinned) return;
  const here = findingsAt(text.selectionStart);
  if (here.length) showCard(here, true);
  else if (pinned) hideCard();
}
text.addEventListener("click", caretMoved);
text.addEventListener("keyup", (e) => { if (e.key.startsWith("Arrow") || e.key === "Home" || e.key === "End") caretMoved(); });

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && !card.hidden) { hideCard(); text.focus(); e.preventDefault(); return; }
  if (!e.altKey || checkedText !== text.value || !findings.length) return;
  const pos = text.selectionStart;
  if (e.key === "ArrowDown") {
    select(findings.find((f) => f.from > pos) || findings[0], false);
    e.preventDefault();
  } else if (e.key === "ArrowUp") {
    select([...findings].reverse().find((f) => f.to < pos) || findings[findings.length - 1], false);
    e.preventDefault();
  } else if (e.key === "Enter") {
    const f = findings.find((g) => findingsAt(pos).includes(g.index) && g.edit);
    if (f) { applyFix(f); e.preventDefault(); }
  }
});

// open or drop a file: its suffix picks the reader
function load(file) {
  const suffix = (file.name.split(".").pop() || "").toLowerCase();
  format.value = ["html", "htm"].includes(suffix) ? "html" : ["txt", "text"].includes(suffix) ? "txt" : "md";
  file.text().then((content) => {
    text.value = content;
    hideCard();
    render();
    scheduleCheck(0);
  });
}
$("open").addEventListener("click", () => $("file").click());
$("file").addEventListener("change", (e) => { if (e.target.files[0]) load(e.target.files[0]); e.target.value = ""; });
editor.addEventListener("dragover", (e) => { e.preventDefault(); editor.classList.add("dragging"); });
editor.addEventListener("dragleave", () => editor.classList.remove("dragging"));
editor.addEventListener("drop", (e) => {
  e.preventDefault();
  editor.classList.remove("dragging");
  if (e.dataTransfer.files[0]) load(e.dataTransfer.files[0]);
});

loadFacts();
render();
if (text.value.trim()) scheduleCheck(0);
