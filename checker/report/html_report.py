"""The audit report: one self-contained HTML file that a content lead can open and read.

Everything is in the file: the CSS and the script are inline, the charts are inline SVG drawn
here in Python, and a Content-Security-Policy with the hashes of that style and script stops
the page from loading anything else (and from running any script that is not ours). The page
is complete without the script: totals, charts, the worst posts, the findings table and a
section per post are plain HTML; the script only adds sorting and filtering.

Every piece of text that comes from an article (paths, claims, messages, suggestions) is
escaped with ``html.escape``; the script reads it back only through ``textContent``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Iterable, Sequence

from checker import __version__
from checker.model import FileReport, Finding, Severity, Summary

if TYPE_CHECKING:  # the reporter only reads facts and sources; it never loads a fact base
    from checker.knowledge import KnowledgeBase

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
DOT = " \u00b7 "
_CITE = re.compile(r"^(?P<id>[^:\s]+): (?P<title>.*?)(?: <(?P<ref>[^<>]*)>)?$", re.S)


def _e(value: object) -> str:
    """Escape text for an HTML element or a double-quoted attribute."""
    return html.escape(str(value), quote=True)


def _path(path: str) -> str:
    """An escaped path that may wrap after each slash."""
    return "/<wbr>".join(_e(part) for part in path.split("/"))


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (files("checker.report") / "assets" / name).read_text(encoding="utf-8")


# Runs before the body is parsed, so the CSS can hold back rows past the table's first page
# from the first layout on (see _findings_table).
_HEAD_SCRIPT = 'document.documentElement.classList.add("js");'


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


# --------------------------------------------------------------------------- aggregation


@dataclass(frozen=True, kw_only=True)
class FactCount:
    fact: str
    by_severity: tuple[int, int, int]  # error, warning, info
    posts: int

    @property
    def total(self) -> int:
        return sum(self.by_severity)


@dataclass(frozen=True, kw_only=True)
class PostRow:
    index: int  # position in the input, used for the post's anchor
    report: FileReport
    by_severity: tuple[int, int, int]

    @property
    def total(self) -> int:
        return sum(self.by_severity)


def _severity_counts(findings: Iterable[Finding]) -> tuple[int, int, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO]


def _fact_order(fact_ids: Iterable[str], kb: KnowledgeBase | None) -> dict[str, int]:
    """Facts in fact-base order when a fact base is given, else in natural id order (T2 < T10)."""
    known = [f.id for f in kb.facts] if kb is not None else []
    rank = {fid: i for i, fid in enumerate(known)}
    extra = sorted((f for f in set(fact_ids) if f not in rank),
                   key=lambda s: [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", s)])
    for fid in extra:
        rank[fid] = len(rank)
    return rank


def count_by_fact(reports: Sequence[FileReport], kb: KnowledgeBase | None = None) -> list[FactCount]:
    """Findings per fact and severity: most findings first, then most errors, then fact order."""
    per_fact: dict[str, list[Finding]] = {}
    posts: dict[str, set[int]] = {}
    for i, r in enumerate(reports):
        for f in r.findings:
            per_fact.setdefault(f.fact, []).append(f)
            posts.setdefault(f.fact, set()).add(i)
    order = _fact_order(per_fact, kb)
    rows = [FactCount(fact=fid, by_severity=_severity_counts(fs), posts=len(posts[fid])) for fid, fs in per_fact.items()]
    return sorted(rows, key=lambda c: (-c.total, -c.by_severity[0], -c.by_severity[1], order[c.fact]))


def worst_posts(reports: Sequence[FileReport], n: int = 10) -> list[PostRow]:
    """The ``n`` posts with the most errors, then the most findings (ties in input order)."""
    rows = [PostRow(index=i, report=r, by_severity=_severity_counts(r.findings)) for i, r in enumerate(reports) if r.findings]
    rows.sort(key=lambda p: (-p.by_severity[0], -p.total, -p.by_severity[1], p.index))
    return rows[:n]


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True, kw_only=True)
class SourceRef:
    number: int
    label: str   # the short id, e.g. "S1" or "H-vaswani2017"
    title: str
    ref: str

    @property
    def anchor(self) -> str:
        return f"source-{self.number}"


def _collect_sources(reports: Sequence[FileReport]) -> dict[str, SourceRef]:
    """Every distinct citation, numbered in order of first use."""
    out: dict[str, SourceRef] = {}
    for r in reports:
        for f in r.findings:
            for cite in f.sources:
                if cite in out:
                    continue
                m = _CITE.match(cite)
                label, title, ref = (m["id"], m["title"], m["ref"] or "") if m else (f"[{len(out) + 1}]", cite, "")
                out[cite] = SourceRef(number=len(out) + 1, label=label, title=title, ref=ref)
    return out


def _link_ref(ref: str) -> str:
    """A source reference: a link when it is a web address, plain text otherwise."""
    if re.match(r"^https?://[^\s\"'<>]+$", ref):
        return f'<a href="{_e(ref)}" rel="noreferrer noopener">{_e(ref)}</a>'
    return f"<code>{_e(ref)}</code>"


# --------------------------------------------------------------------------- charts (inline SVG)


def _nice_step(maximum: int, ticks: int = 5) -> int:
    """A round tick step (1, 2, 5 x 10^k) giving at most ``ticks`` intervals up to ``maximum``."""
    if maximum <= ticks:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return int(m * power)
    return int(10 * power)  # pragma: no cover - the loop always returns


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _label(label: tuple[str, str], limit: int) -> str:
    """A chart label: the key in bold, then its description cut to fit."""
    key, text = label
    if not text:
        return f'<tspan class="key">{_e(key)}</tspan>'
    return f'<tspan class="key">{_e(key)}</tspan> {_e(_truncate(text, limit - len(key) - 1))}'


def _bar_chart(rows: Sequence[tuple[str, tuple[str, str], tuple[int, ...], str, str]], *, chart_id: str, title: str,
               label_width: int, label_chars: int, filter_attr: str, width: int) -> str:
    """A horizontal stacked bar chart.

    ``rows``: (key, (label, description), counts per severity, tooltip, note after the bar). Each row is a link
    to the findings table carrying ``data-filter-<filter_attr>=key`` for the script.
    """
    bar_h, row_h, top, right = 18, 28, 26, 130
    x0 = label_width + 14
    span = width - x0 - right
    maximum = max((sum(c) for _, _, c, _, _ in rows), default=0) or 1
    step = _nice_step(maximum)
    axis_max = step * math.ceil(maximum / step)
    scale = span / axis_max
    height = top + row_h * len(rows) + 6
    out = [f'<svg id="{_e(chart_id)}" class="chart" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="{_e(chart_id)}-title" preserveAspectRatio="xMinYMin meet">',
           f'<title id="{_e(chart_id)}-title">{_e(title)}</title>',
           '<g class="axis">']
    for tick in range(0, axis_max + 1, step):
        x = x0 + tick * scale
        out.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 4}"/>'
                   f'<text x="{x:.1f}" y="{top - 10}" text-anchor="middle">{tick:,}</text>')
    out.append("</g>")
    for i, (key, label, counts, tooltip, note) in enumerate(rows):
        y = top + i * row_h + (row_h - bar_h) / 2
        out.append(f'<a class="chart-row" href="#findings" data-filter-{filter_attr}="{_e(key)}">'
                   f'<title>{_e(tooltip)}</title>'
                   f'<rect class="row-hit" x="0" y="{top + i * row_h}" width="{width}" height="{row_h}"/>'
                   f'<text class="label" x="0" y="{y + bar_h - 4:.1f}">{_label(label, label_chars)}</text>')
        x = float(x0)
        for sev, n in zip(SEVERITIES, counts):
            if n:
                w = n * scale
                out.append(f'<rect class="bar sev-{sev.value}" data-severity="{sev.value}" data-count="{n}" '
                           f'x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{bar_h}"/>')
                x += w
        out.append(f'<text class="value" x="{x + 6:.1f}" y="{y + bar_h - 4:.1f}">{_e(note)}</text></a>')
    out.append("</svg>")
    return "\n".join(out)


def fact_chart(counts: Sequence[FactCount], statements: dict[str, str]) -> str:
    rows = []
    for c in counts:
        statement = statements.get(c.fact, "")
        label = (c.fact, statement)
        parts = ", ".join(f"{_plural(n, s.value)}" for s, n in zip(SEVERITIES, c.by_severity) if n)
        tooltip = f"{c.fact}: {_plural(c.total, 'finding')} in {_plural(c.posts, 'post')} ({parts})"
        if statement:
            tooltip += f"\n{statement}"
        rows.append((c.fact, label, c.by_severity, tooltip, f"{c.total:,} \u00b7 {_plural(c.posts, 'post')}"))
    return _bar_chart(rows, chart_id="chart-facts", title="Findings by fact", label_width=430,
                      label_chars=62, filter_attr="fact", width=1200)


def severity_chart(summary: Summary) -> str:
    counts = {Severity.ERROR: summary.errors, Severity.WARNING: summary.warnings, Severity.INFO: summary.infos}
    rows = []
    for sev in SEVERITIES:
        vector = tuple(counts[sev] if s == sev else 0 for s in SEVERITIES)
        rows.append((sev.value, (sev.value, ""), vector, f"{_plural(counts[sev], sev.value)}", f"{counts[sev]:,}"))
    return _bar_chart(rows, chart_id="chart-severity", title="Findings by severity", label_width=90,
                      label_chars=12, filter_attr="severity", width=600)


def posts_chart(reports: Sequence[FileReport]) -> str:
    """One 100% bar: how many posts have an error, only warnings, only infos, nothing, or failed."""
    groups = {"error": 0, "warning": 0, "info": 0, "clean": 0, "failed": 0}
    for r in reports:
        if r.failed:
            groups["failed"] += 1
        elif not r.findings:
            groups["clean"] += 1
        else:
            groups[max(r.findings, key=lambda f: f.severity.rank).severity.value] += 1
    names = {"error": "with errors", "warning": "with warnings only", "info": "with infos only",
             "clean": "with no findings", "failed": "could not be checked"}
    total = max(len(reports), 1)
    shown = [k for k, n in groups.items() if n]
    width, height, x = 600, 40 + 22 * len(shown), 0.0
    out = [f'<svg id="chart-posts" class="chart" viewBox="0 0 {width} {height}" role="img" '
           f'aria-labelledby="chart-posts-title"><title id="chart-posts-title">Posts by worst finding</title>']
    legend = []
    for key, n in groups.items():
        if not n:
            continue
        w = width * n / total
        label = f"{_plural(n, 'post')} {names[key]} ({100 * n / total:.0f}%)"
        out.append(f'<rect class="bar posts-{key}" data-group="{key}" data-count="{n}" x="{x:.1f}" y="0" '
                   f'width="{w:.1f}" height="24"><title>{_e(label)}</title></rect>')
        legend.append((key, label))
        x += w
    for i, (key, label) in enumerate(legend):
        y = 38 + 22 * i
        out.append(f'<rect class="posts-{key}" x="0" y="{y}" width="13" height="13"/>'
                   f'<text class="legend" x="20" y="{y + 11}">{_e(label)}</text>')
    out.append("</svg>")
    return "\n".join(out)


# --------------------------------------------------------------------------- page sections


def _badge(sev: Severity) -> str:
    return f'<span class="badge sev-{sev.value}">{sev.value}</span>'


def _counts_text(by_severity: tuple[int, int, int]) -> str:
    parts = [_plural(n, s.value) for s, n in zip(SEVERITIES, by_severity) if n]
    return ", ".join(parts) if parts else "no findings"


def _cards(summary: Summary, with_findings: int) -> str:
    share = f"{100 * with_findings / summary.files:.0f}% of posts" if summary.files else "no posts"
    cards = [
        ("files", "Posts checked", summary.files, "", "#posts"),
        ("with-findings", "Posts with findings", with_findings, share, "#worst"),
        ("errors", "Errors", summary.errors, "contradict a fact", "#findings"),
        ("warnings", "Warnings", summary.warnings, "imprecise wording", "#findings"),
        ("infos", "Infos", summary.infos, "verified or unsure", "#findings"),
        ("failed", "Could not be checked", summary.failed_files, "unreadable files",
         "#failed" if summary.failed_files else "#posts"),
    ]
    out = ['<section id="summary" aria-label="Totals"><dl class="cards">']
    for key, label, value, note, href in cards:
        attr = f' data-filter-severity="{key[:-1]}"' if key in ("errors", "warnings", "infos") and value else ""
        zero = " zero" if not value and key != "files" else ""
        out.append(f'<div class="card card-{key}{zero}"><dt>{label}</dt><dd><a href="{href}"{attr} '
                   f'data-total="{key}">{value:,}</a></dd><dd class="note">{_e(note)}</dd></div>')
    out.append("</dl></section>")
    return "\n".join(out)


def _worst_table(rows: Sequence[PostRow], total_posts: int) -> str:
    if not rows:
        return ('<section id="worst"><h2>Worst posts</h2><p class="empty">No post has a finding.</p>'
                "</section>")
    heads = [("#", "number", "num"), ("Post", "text", ""), ("Errors", "number", "num"),
             ("Warnings", "number", "num"), ("Infos", "number", "num"), ("Findings", "number", "num"),
             ("Chart", None, "")]
    out = ['<section id="worst"><h2>Worst posts</h2>',
           f'<p class="hint">The {_plural(len(rows), "post")} with the most errors, then the most findings'
           f" (of {total_posts:,} checked).</p>",
           '<table id="worst-table" class="sortable"><thead><tr>', _head_cells(heads), "</tr></thead><tbody>"]
    biggest = max(r.total for r in rows)
    for rank, p in enumerate(rows, 1):
        bar, x = [], 0.0
        for sev, n in zip(SEVERITIES, p.by_severity):
            if n:
                w = 120 * n / biggest
                bar.append(f'<rect class="sev-{sev.value}" x="{x:.1f}" y="2" width="{w:.1f}" height="12"/>')
                x += w
        out.append(
            f'<tr data-post="{p.index}"><td class="num">{rank}</td>'
            f'<td class="path"><a href="#post-{p.index}">{_path(p.report.path)}</a></td>'
            + "".join(f'<td class="num">{n:,}</td>' for n in p.by_severity)
            + f'<td class="num">{p.total:,}</td>'
            f'<td><svg class="spark" viewBox="0 0 120 16" width="120" height="16" aria-hidden="true">'
            f'{"".join(bar)}</svg></td></tr>')
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _head_cells(heads: Sequence[tuple[str, str | None, str]]) -> str:
    """Column heads: (label, sort kind "text"|"number" or None for unsortable, CSS class)."""
    cells = []
    for i, (label, kind, css) in enumerate(heads):
        cls = f' class="{css}"' if css else ""
        if kind is None:
            cells.append(f'<th scope="col"{cls}><span class="visually-hidden">{_e(label)}</span></th>')
        else:
            cells.append(f'<th scope="col"{cls} data-sort="{kind}" aria-sort="none">'
                         f'<button type="button" data-col="{i}">{_e(label)}</button></th>')
    return "".join(cells)


def _quote(claim: str) -> str:
    # a span with literal quote marks in CSS, not <q>: see td.claim .quote in report.css
    return f'<span class="quote">{_e(claim)}</span>' if claim else ""


def _source_links(f: Finding, sources: dict[str, SourceRef]) -> str:
    links = []
    for cite in f.sources:
        s = sources[cite]
        links.append(f'<a href="#{s.anchor}" title="{_e(cite)}">{_e(s.label)}</a>')
    return ", ".join(links)


def _findings_table(reports: Sequence[FileReport], counts: Sequence[FactCount], statements: dict[str, str],
                    sources: dict[str, SourceRef], summary: Summary, page_size: int) -> str:
    """Every finding, one row each. With the script, only the first ``page_size`` matching rows are
    laid out at a time (the rest wait behind "Show more"), so a page with tens of thousands of
    findings opens quickly; rows past the first page carry ``data-later`` for the CSS that hides
    them until the script takes over. Without the script every row shows."""
    total = sum(len(r.findings) for r in reports)
    sev_counts = {Severity.ERROR: summary.errors, Severity.WARNING: summary.warnings,
                  Severity.INFO: summary.infos}
    sev_options = "\n".join(f'<option value="{s.value}">{s.value} ({sev_counts[s]:,})</option>'
                          for s in SEVERITIES if sev_counts[s])
    fact_options = "\n".join(
        f'<option value="{_e(c.fact)}">{_e(c.fact)}'
        f'{DOT + _e(_truncate(statements[c.fact], 60)) if statements.get(c.fact) else ""}'
        f" ({c.total:,})</option>" for c in sorted(counts, key=lambda c: c.fact))
    out = [
        '<section id="findings"><h2>All findings</h2>',
        '<form id="filters" class="filters" role="search" aria-controls="findings-table">',
        '<label>Search <input type="search" id="filter-text" autocomplete="off" '
        'placeholder="post, claim, message, suggestion\u2026"></label>',
        f'<label>Severity <select id="filter-severity"><option value="">all</option>{sev_options}</select></label>',
        f'<label>Fact <select id="filter-fact"><option value="">all facts</option>{fact_options}</select></label>',
        '<span id="filter-post" class="chip" hidden>Post: <span id="filter-post-name"></span> '
        '<button type="button" id="filter-post-clear" aria-label="Show all posts">\u00d7</button></span>',
        '<button type="reset" id="filter-reset">Clear filters</button>',
        f'<output id="filter-count" aria-live="polite" data-total="{total}">'
        f"{_plural(total, 'finding')}</output></form>",
        f'<div class="table-wrap"><table id="findings-table" class="sortable" data-page-size="{page_size}">'
        "<thead><tr>",
        _head_cells([("Post", "text", ""), ("Line", "number", "num"), ("Fact", "text", ""),
                     ("Severity", "number", ""), ("Message", "text", ""), ("Claim", "text", ""),
                     ("Suggestion", "text", ""), ("Source", "text", "")]),
        "</tr></thead><tbody>",
    ]
    n = 0
    for i, r in enumerate(reports):
        for f in r.findings:
            statement = statements.get(f.fact, "")
            fact_title = f' title="{_e(statement)}"' if statement else ""
            out.append(
                f'<tr data-severity="{f.severity.value}" data-fact="{_e(f.fact)}" data-post="{i}"'
                f'{" data-later" if n >= page_size else ""}>'
                f'<td class="path"><a href="#post-{i}">{_path(r.path)}</a></td>'
                f'<td class="num" data-sort-value="{f.line * 100000 + f.column}">{f.line}:{f.column}</td>'
                f'<td class="fact"{fact_title}>{_e(f.fact)}</td>'
                f'<td data-sort-value="{f.severity.rank}">{_badge(f.severity)}</td>'
                f'<td class="message">{_e(f.message)}</td>'
                f'<td class="claim">{_quote(f.claim)}</td>'
                f'<td class="suggestion">{_e(f.suggestion)}</td>'
                f'<td class="sources">{_source_links(f, sources)}</td></tr>')
            n += 1
    empty = "No findings: every post agrees with the fact base." if not total else "No finding matches the filters."
    out.append(f'</tbody></table><p id="findings-empty" class="empty"{"" if not total else " hidden"}>'
               f"{empty}</p></div>"
               '<p id="findings-more" class="more" hidden><button type="button" id="show-more">Show '
               f'{page_size:,} more</button> <button type="button" id="show-all">Show all</button></p></section>')
    return "\n".join(out)


def _post_sections(reports: Sequence[FileReport], statements: dict[str, str]) -> str:
    with_findings = [(i, r) for i, r in enumerate(reports) if r.findings]
    clean = [(i, r) for i, r in enumerate(reports) if not r.findings and not r.failed]
    out = ['<section id="posts"><h2>Posts</h2>']
    if with_findings:
        out.append(f'<p class="hint">{_plural(len(with_findings), "post")} with findings, in the order checked.</p>')
    for i, r in with_findings:
        by_sev = _severity_counts(r.findings)
        out.append(f'<article class="post" id="post-{i}"><h3><a href="#post-{i}" class="anchor">{_path(r.path)}</a></h3>'
                   f'<p class="post-meta">{_counts_text(by_sev)} \u00b7 '
                   f'<a href="#findings" data-filter-post="{i}" data-post-name="{_e(r.path)}">show in the table</a>'
                   f'</p><ol class="post-findings">')
        for f in r.findings:
            statement = statements.get(f.fact, "")
            fact_title = f' title="{_e(statement)}"' if statement else ""
            out.append(f'<li class="sev-{f.severity.value}"><p><span class="loc">line {f.line}, col {f.column}</span> '
                       f'{_badge(f.severity)} <span class="fact"{fact_title}>{_e(f.fact)}</span> '
                       f'{_e(f.message)}</p>')
            if f.claim:
                out.append(f"<blockquote>{_e(f.claim)}</blockquote>")
            if f.suggestion:
                out.append(f'<p class="suggestion"><b>Suggestion:</b> {_e(f.suggestion)}</p>')
            out.append("</li>")
        out.append("</ol></article>")
    if clean:
        out.append(f'<details class="clean"><summary>{_plural(len(clean), "post")} with no findings</summary><ul>')
        out.extend(f'<li id="post-{i}">{_e(r.path)}</li>' for i, r in clean)
        out.append("</ul></details>")
    if not reports:
        out.append('<p class="empty">No posts were checked.</p>')
    out.append("</section>")
    return "\n".join(out)


def _failed_section(reports: Sequence[FileReport]) -> str:
    failed = [(i, r) for i, r in enumerate(reports) if r.failed]
    if not failed:
        return ""
    items = "\n".join(f'<li id="post-{i}"><span class="path">{_e(r.path)}</span>: {_e(r.error)}</li>'
                    for i, r in failed)
    return (f'<section id="failed"><h2>Could not be checked</h2>'
            f'<p class="hint">{_plural(len(failed), "file")} could not be read; fix or exclude '
            f"{'it' if len(failed) == 1 else 'them'} and run the audit again.</p><ul>{items}</ul></section>")


def _sources_section(sources: dict[str, SourceRef]) -> str:
    if not sources:
        return ""
    items = "\n".join(f'<li id="{s.anchor}"><b>{_e(s.label)}</b>: {_e(s.title)}'
                    f'{DOT + _link_ref(s.ref) if s.ref else ""}</li>'
                    for s in sorted(sources.values(), key=lambda s: s.number))
    return f'<section id="sources"><h2>Sources</h2><ol>{items}</ol></section>'


# --------------------------------------------------------------------------- the page


def render(reports: Iterable[FileReport], color: bool = False, kb: KnowledgeBase | None = None, *,
           title: str = "claimcheck audit", top: int = 10, page_size: int = 500,
           generated: str | None = None, **_: object) -> str:
    """The whole report as one HTML document.

    ``kb`` adds each fact's statement to the chart, the fact filter and tooltips; without it,
    facts show by id. ``top`` is how many of the worst posts to list; ``page_size`` how many
    rows of the findings table the script shows at a time. ``generated`` (e.g. a
    timestamp) is printed in the header; the page is otherwise a pure function of its input.
    ``color`` is accepted for the common reporter signature and has no effect.
    """
    reports = tuple(reports)
    summary = Summary.of(reports)
    statements = {f.id: f.statement for f in kb.facts} if kb is not None else {}
    counts = count_by_fact(reports, kb)
    sources = _collect_sources(reports)
    with_findings = sum(1 for r in reports if r.findings)
    total = summary.errors + summary.warnings + summary.infos
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, not {page_size}")
    css, js = _asset("report.css"), _asset("report.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; "
           f"script-src {_csp_hash(_HEAD_SCRIPT)} {_csp_hash(js)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    subtitle = [f"{_plural(summary.files, 'post')} checked", _plural(total, "finding")]
    if kb is not None and getattr(kb, "digest", ""):
        subtitle.append(f"fact base {kb.digest[:12]}")
    if generated:
        subtitle.append(generated)
    charts = ['<section id="charts"><h2>Where the archive is wrong</h2><div class="chart-grid">',
              '<figure class="chart-box"><figcaption>Posts by worst finding</figcaption>',
              posts_chart(reports),
              '</figure><figure class="chart-box"><figcaption>Findings by severity</figcaption>',
              severity_chart(summary),
              '</figure><figure class="chart-box wide"><figcaption>Findings by fact<span class="legend-inline">'
              + "".join(f'<span class="key sev-{s.value}"></span>{s.value}' for s in SEVERITIES) + "</span>"
              "</figcaption>",
              fact_chart(counts, statements) if counts else '<p class="empty">No findings to chart.</p>',
              "</figure></div></section>"]
    nav = [("summary", "Totals"), ("charts", "Charts"), ("worst", "Worst posts"), ("findings", "Findings"),
           ("posts", "Posts")]
    if summary.failed_files:
        nav.append(("failed", "Could not be checked"))
    if sources:
        nav.append(("sources", "Sources"))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">',
        f'<meta name="generator" content="claimcheck {_e(__version__)}">',
        f"<title>{_e(title)} \u00b7 {_plural(summary.files, 'post')}, {_plural(total, 'finding')}</title>",
        f"<style>{css}</style><script>{_HEAD_SCRIPT}</script></head><body>",
        f'<header class="top"><h1>{_e(title)}</h1><p class="subtitle">{_e(DOT.join(subtitle))}</p>',
        '<nav aria-label="Sections">' + "".join(f'<a href="#{k}">{v}</a>' for k, v in nav) + "</nav></header>",
        "<main>",
        _cards(summary, with_findings),
        "\n".join(charts),
        _worst_table(worst_posts(reports, top), summary.files),
        _findings_table(reports, counts, statements, sources, summary, page_size),
        _post_sections(reports, statements),
        _failed_section(reports),
        _sources_section(sources),
        f'</main><footer>Generated by claimcheck {_e(__version__)}. This file is self-contained: it loads '
        "nothing from the network.</footer>",
        f"<script>{js}</script></body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"
