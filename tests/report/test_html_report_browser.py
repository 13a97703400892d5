"""The audit report in a real headless browser (Debian's chromium driven by Playwright): the
charts and the table render, the page's own script runs under its Content-Security-Policy,
and sorting, filtering and the anchors work."""

from __future__ import annotations

from pathlib import Path

import pytest


from checker.model import FileReport, Finding, Severity
from checker.report.html_report import render

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
]


@pytest.fixture(scope="module")
def reports(checker) -> list[FileReport]:
    articles = sorted((ROOT / "fixtures" / "audit").glob("*.md"))
    assert len(articles) >= 5
    out = [checker.check_file(p, str(p.relative_to(ROOT))) for p in articles]
    out.append(checker.check_file(ROOT / "fixtures" / "audit" / "missing.md", "fixtures/audit/missing.md"))
    return out


@pytest.fixture
def open_report(browser, tmp_path):
    pages = []

    def _open(html: str):
        path = tmp_path / "audit.html"
        path.write_text(html, encoding="utf-8")
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.problems = []  # console errors, CSP violations, uncaught exceptions, dialogs, requests
        page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
        page.on("pageerror", lambda e: page.problems.append(str(e)))
        page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("request", lambda r: r.url != path.as_uri() and page.problems.append(f"request: {r.url}"))
        page.goto(path.as_uri())
        pages.append(page)
        return page

    yield _open
    for page in pages:
        page.close()


def visible_rows(page) -> list[dict]:
    return page.eval_on_selector_all(
        "#findings-table tbody tr:not([hidden])",
        "rows => rows.map(r => ({fact: r.dataset.fact, severity: r.dataset.severity, post: r.dataset.post,"
        " text: r.textContent}))")


def test_charts_and_table_render(open_report, reports, kb):
    page = open_report(render(reports, kb=kb))
    findings = [f for r in reports for f in r.findings]
    assert len(findings) >= 15
    # the fact chart: one visible bar segment per (fact, severity) present, adding up to every finding
    pairs = {(f.fact, f.severity.value) for f in findings}
    bars = page.eval_on_selector_all(
        "#chart-facts rect.bar", "bs => bs.map(b => ({fact: b.closest('a').dataset.filterFact,"
        " severity: b.dataset.severity, count: +b.dataset.count, width: b.getBoundingClientRect().width,"
        " fill: getComputedStyle(b).fill}))")
    assert {(b["fact"], b["severity"]) for b in bars} == pairs
    assert sum(b["count"] for b in bars) == len(findings)
    assert all(b["width"] > 1 for b in bars)
    assert {b["fill"] for b in bars if b["severity"] == "error"} == {"rgb(200, 55, 45)"}  # the stylesheet applied
    severity = page.eval_on_selector_all("#chart-severity rect.bar", "bs => bs.map(b => +b.dataset.count)")
    assert sum(severity) == len(findings)
    # the table: a row per finding, all shown
    assert len(visible_rows(page)) == len(findings)
    assert page.inner_text("#filter-count") == f"{len(findings)} findings"
    assert page.is_hidden("#findings-empty")
    assert page.problems == []


def test_filtering(open_report, reports, kb):
    from playwright.sync_api import expect

    page = open_report(render(reports, kb=kb))
    findings = [f for r in reports for f in r.findings]
    total = len(findings)

    page.fill("#filter-text", "general adversarial")
    rows = visible_rows(page)
    assert [r["fact"] for r in rows] == ["N2"]
    assert page.inner_text("#filter-count") == f"Showing 1 of {total} findings"

    page.fill("#filter-text", "")
    page.select_option("#filter-severity", "warning")
    rows = visible_rows(page)
    assert len(rows) == sum(f.severity is Severity.WARNING for f in findings) > 0
    assert {r["severity"] for r in rows} == {"warning"}

    page.select_option("#filter-severity", "")
    page.select_option("#filter-fact", "P6")
    rows = visible_rows(page)
    assert len(rows) == sum(f.fact == "P6" for f in findings) == 2
    assert all("ChatGPT" in r["text"] for r in rows)

    page.fill("#filter-text", "no finding says this")
    assert visible_rows(page) == []
    assert page.is_visible("#findings-empty")

    page.click("#filter-reset")  # the form resets its fields first, the table follows in the next task
    expect(page.locator("#filter-count")).to_have_text(f"{total} findings")
    assert len(visible_rows(page)) == total
    assert page.input_value("#filter-fact") == "" and page.input_value("#filter-text") == ""
    assert page.problems == []


def test_chart_cards_and_post_links_filter_the_table(open_report, reports, kb):
    page = open_report(render(reports, kb=kb))
    findings = [f for r in reports for f in r.findings]
    top = page.get_attribute("#chart-facts a.chart-row", "data-filter-fact")
    page.click(f'#chart-facts a.chart-row[data-filter-fact="{top}"] rect.bar')
    assert page.input_value("#filter-fact") == top
    assert len(visible_rows(page)) == sum(f.fact == top for f in findings)

    page.click("#summary a[data-filter-severity=error]")
    assert page.input_value("#filter-fact") == "" and page.input_value("#filter-severity") == "error"
    assert len(visible_rows(page)) == sum(f.severity is Severity.ERROR for f in findings)

    worst = max(range(len(reports)), key=lambda i: len(reports[i].findings))
    page.click(f'a[data-filter-post="{worst}"]')
    assert page.is_visible("#filter-post")
    assert page.inner_text("#filter-post-name") == reports[worst].path
    rows = visible_rows(page)
    assert len(rows) == len(reports[worst].findings) and {r["post"] for r in rows} == {str(worst)}
    page.click("#filter-post-clear")
    assert page.is_hidden("#filter-post")
    assert len(visible_rows(page)) == len(findings)
    assert page.problems == []


def test_sorting(open_report, reports, kb):
    page = open_report(render(reports, kb=kb))
    rank = {"info": 1, "warning": 2, "error": 3}

    def severities():
        return [rank[r["severity"]] for r in visible_rows(page)]

    page.click("#findings-table th[data-sort] button:text-is('Severity')")
    assert severities() == sorted(severities()) and severities()[0] == 2
    assert page.get_attribute("#findings-table th:nth-child(4)", "aria-sort") == "ascending"
    page.click("#findings-table th[data-sort] button:text-is('Severity')")
    assert severities() == sorted(severities(), reverse=True)
    assert page.get_attribute("#findings-table th:nth-child(4)", "aria-sort") == "descending"

    page.click("#worst-table th[data-sort] button:text-is('Errors')")
    errors = page.eval_on_selector_all("#worst-table tbody tr", "rs => rs.map(r => +r.cells[2].textContent)")
    assert errors == sorted(errors)
    assert page.problems == []


def test_long_tables_show_a_page_at_a_time(open_report, reports, kb):
    page = open_report(render(reports, kb=kb, page_size=5))
    findings = [f for r in reports for f in r.findings]
    total = len(findings)
    assert len(visible_rows(page)) == 5
    assert page.inner_text("#filter-count") == f"Showing the first 5 of {total} findings"
    page.click("#show-more")
    assert len(visible_rows(page)) == 10
    page.click("#show-all")
    assert len(visible_rows(page)) == total and page.is_hidden("#findings-more")

    page.select_option("#filter-severity", "error")  # a new filter starts again at one page
    errors = sum(f.severity is Severity.ERROR for f in findings)
    assert len(visible_rows(page)) == 5 and {r["severity"] for r in visible_rows(page)} == {"error"}
    assert page.inner_text("#filter-count") == f"Showing the first 5 of {errors} matching findings ({total} in all)"

    page.select_option("#filter-severity", "")
    page.click("#findings-table th[data-sort] button:text-is('Severity')")  # the page follows the sort order
    warnings = sum(f.severity is Severity.WARNING for f in findings)
    assert 0 < warnings < 5
    assert [r["severity"] for r in visible_rows(page)] == ["warning"] * warnings + ["error"] * (5 - warnings)
    assert page.problems == []


def test_anchors_lead_to_each_post(open_report, reports, kb):
    page = open_report(render(reports, kb=kb))
    link = page.locator("#worst-table tbody tr:first-child a")
    name = link.inner_text()
    link.click()
    target = page.evaluate("location.hash")
    assert target.startswith("#post-")
    assert page.locator(target).is_visible() and page.locator(f"{target} h3").inner_text() == name
    assert page.evaluate(f"document.querySelector('{target}').getBoundingClientRect().top") < 200
    page.locator("#findings-table tbody tr:first-child td.path a").click()
    assert page.evaluate("location.hash").startswith("#post-")
    assert page.problems == []


def test_hostile_article_text_stays_text(open_report):
    evil = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'><svg onload=alert(3)>'
    f = Finding(rule="T1", fact="T1", severity=Severity.ERROR, line=1, column=1, end_line=1, end_column=9,
                message=evil, claim=evil, suggestion=evil, sources=(f"S1: {evil} <javascript:alert(4)>",))
    page = open_report(render([FileReport(path=f"posts/{evil}.md", findings=(f,))]))
    cells = page.eval_on_selector_all("#findings-table tbody tr td", "cs => cs.map(c => c.textContent)")
    assert cells[4:7] == [evil, evil, evil]
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.scripts.length") == 2
    page.fill("#filter-text", "onerror")
    assert len(visible_rows(page)) == 1
    assert page.problems == []


def test_screenshot(open_report, reports, kb, tmp_path):
    page = open_report(render(reports, kb=kb, generated="test run"))
    shot = tmp_path / "audit.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    height = int.from_bytes(data[20:24], "big")
    assert height > 2000  # the whole report, not an empty page
