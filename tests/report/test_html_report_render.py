"""The HTML audit report as a document: self-contained, escaped, complete without its script."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest
from htmltree import parse

from checker.knowledge.schema import Fact
from checker.model import FileReport, Finding, Severity
from checker.report import FORMATS
from checker.report import html_report
from checker.report.html_report import count_by_fact, render, worst_posts

GOLDEN = Path(__file__).parent / "golden"
EVIL = '</td></tr></table><script>alert("x")</script><img src=x onerror=alert(1)> & "quoted" \'single\''


def finding(fact: str, sev: str = "error", line: int = 1, col: int = 1, claim: str = "A claim.",
            message: str = "msg", suggestion: str = "fix", sources: tuple[str, ...] = ("S1: Seed one <seeds/0.txt>",)
            ) -> Finding:
    return Finding(rule=fact, fact=fact, severity=Severity(sev), line=line, column=col, end_line=line,
                   end_column=col + 5, message=message, claim=claim, suggestion=suggestion, sources=sources)


class FakeKB:
    """What the reporter reads from a fact base: facts with ids and statements."""

    def __init__(self, *facts: tuple[str, str]) -> None:
        self.facts = tuple(Fact(id=i, statement=s, severity=Severity.ERROR, message="", why="", suggestion="",
                                sources=(), covers=()) for i, s in facts)
        self.digest = "0123456789abcdef0123"


def archive() -> list[FileReport]:
    web = "H-goodfellow2014: Goodfellow et al. 2014, Generative Adversarial Nets <https://arxiv.org/abs/1406.2661>"
    return [
        FileReport(path="posts/a.md", findings=(finding("T1", line=3), finding("N2", line=5, claim="GAN stands for general "
                                                                  "adversarial network.", sources=(web,)),
                                  finding("A7", "warning", line=9))),
        FileReport(path="posts/clean.md", findings=()),
        FileReport(path="posts/b.md", findings=(finding("A7", "warning", line=2), finding("A7", "warning", line=4),
                                  finding("A7", "warning", line=6), finding("T1", "info", line=8))),
        FileReport(path="posts/gone.md", error="no such file"),
        FileReport(path="posts/c.md", findings=(finding("T1", line=1), finding("T1", line=2))),
    ]


def test_registered_as_a_format():
    assert FORMATS["html"] is html_report.render


def test_is_one_self_contained_document():
    page = render(archive())
    tree = parse(page)
    assert page.startswith("<!DOCTYPE html>")
    assert [n.tag for n in tree.children if not isinstance(n, str)] == ["html"]
    # nothing is fetched: no element loads a resource, and the styles import nothing
    for node in tree.iter():
        assert "src" not in node.attrs, node.tag
        assert node.tag not in ("link", "iframe", "object", "embed", "img", "base")
    style, scripts = tree.find_all("style"), tree.find_all("script")
    assert len(style) == 1 and len(scripts) == 2  # the one-line head script, and the page's script
    assert not re.search(r"url\(|@import", style[0].text)
    for script in scripts:
        assert not re.search(r"https?:|fetch\(|XMLHttpRequest|import\(|innerHTML|eval\(", script.text)
    # the only external addresses are the sources' own links, which a reader may follow
    external = [n.attrs["href"] for n in tree.iter() if n.tag == "a" and not n.attrs["href"].startswith("#")]
    assert external == ["https://arxiv.org/abs/1406.2661"]
    assert tree.by_id("source-2").find_all("a")[0].attrs["href"] == external[0]


def test_content_security_policy_allows_exactly_the_inline_style_and_script():
    tree = parse(render(archive()))
    csp = tree.find_all("meta", http_equiv="Content-Security-Policy")[0].attrs["content"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"

    def digest(node):
        return "'sha256-" + base64.b64encode(hashlib.sha256(node.text.encode()).digest()).decode() + "'"

    assert directives["style-src"] == digest(tree.find_all("style")[0])
    assert directives["script-src"] == " ".join(digest(s) for s in tree.find_all("script"))


def test_article_text_is_escaped_everywhere():
    evil = FileReport(path=f"posts/{EVIL}.md", findings=(finding("T1", claim=EVIL, message=EVIL, suggestion=EVIL,
                                                   sources=(f"S9: {EVIL} <javascript:alert(1)>",)),))
    page = render([evil], kb=FakeKB(("T1", EVIL)))
    assert "<script>alert" not in page and "<img" not in page
    tree = parse(page)
    assert len(tree.find_all("script")) == 2 and not tree.find_all("img")
    row = tree.find_all("tr", data_fact="T1")[0]
    cells = row.find_all("td")
    assert cells[0].text == f"posts/{EVIL}.md"
    assert [cells[4].text, cells[5].text, cells[6].text] == [EVIL, EVIL, EVIL]
    assert cells[2].attrs["title"] == EVIL
    # a reference that is not a web address never becomes a link
    assert not any(a.attrs["href"].startswith("javascript") for a in tree.find_all("a"))
    assert "javascript:alert(1)" in tree.by_id("source-1").text


def test_totals():
    tree = parse(render(archive()))
    totals = {a.attrs["data-total"]: a.text for a in tree.find_all("a") if "data-total" in a.attrs}
    assert totals == {"files": "5", "with-findings": "3", "errors": "4", "warnings": "4", "infos": "1",
                      "failed": "1"}


def test_fact_chart_has_one_stacked_bar_per_fact():
    tree = parse(render(archive(), kb=FakeKB(("T1", "LLMs are a subset of generative AI."),
                                             ("N2", "GAN = generative adversarial network."))))
    chart = tree.by_id("chart-facts")
    rows = chart.find_all("a", class_="chart-row")
    assert [r.attrs["data-filter-fact"] for r in rows] == ["T1", "A7", "N2"]  # most findings first
    t1 = {b.attrs["data-severity"]: int(b.attrs["data-count"]) for b in rows[0].find_all("rect", class_="bar")}
    assert t1 == {"error": 3, "info": 1}
    assert "LLMs are a subset of generative AI." in rows[0].text
    widths = [sum(float(b.attrs["width"]) for b in r.find_all("rect", class_="bar")) for r in rows]
    assert widths[0] == widths[1] > widths[2] > 0  # 4, 4 and 1 findings on one scale
    severity = tree.by_id("chart-severity")
    assert {b.attrs["data-severity"]: int(b.attrs["data-count"]) for b in severity.find_all("rect", class_="bar")} \
        == {"error": 4, "warning": 4, "info": 1}
    posts = {b.attrs["data-group"]: int(b.attrs["data-count"]) for b in tree.by_id("chart-posts").find_all("rect")
             if "data-group" in b.attrs}
    assert posts == {"error": 2, "warning": 1, "clean": 1, "failed": 1}


def test_count_by_fact_and_worst_posts():
    reports = archive()
    counts = count_by_fact(reports)
    assert [(c.fact, c.by_severity, c.posts) for c in counts] == [
        ("T1", (3, 0, 1), 3), ("A7", (0, 4, 0), 2), ("N2", (1, 0, 0), 1)]
    worst = worst_posts(reports, 2)
    assert [(w.report.path, w.by_severity) for w in worst] == [("posts/a.md", (2, 1, 0)), ("posts/c.md", (2, 0, 0))]
    assert [w.report.path for w in worst_posts(reports)] == ["posts/a.md", "posts/c.md", "posts/b.md"]


def test_worst_posts_table_links_to_post_sections():
    tree = parse(render(archive(), top=2))
    rows = tree.by_id("worst-table").find_all("tbody")[0].find_all("tr")
    links = [r.find_all("a")[0] for r in rows]
    assert [a.text for a in links] == ["posts/a.md", "posts/c.md"]
    for a in links:
        target = tree.by_id(a.attrs["href"][1:])
        assert target.tag == "article" and a.text in target.text


def test_findings_table_has_a_row_per_finding_with_every_column():
    reports = archive()
    tree = parse(render(reports))
    table = tree.by_id("findings-table")
    heads = [th.text.strip() for th in table.find_all("th")]
    assert heads == ["Post", "Line", "Fact", "Severity", "Message", "Claim", "Suggestion", "Source"]
    rows = table.find_all("tbody")[0].find_all("tr")
    assert len(rows) == sum(len(r.findings) for r in reports) == 9
    n2 = [r for r in rows if r.attrs["data-fact"] == "N2"][0]
    cells = [c.text for c in n2.find_all("td")]
    assert cells[:4] == ["posts/a.md", "5:1", "N2", "error"]
    assert cells[5] == "GAN stands for general adversarial network."
    assert cells[7] == "H-goodfellow2014"
    # every in-page link lands on exactly one element
    for a in tree.find_all("a"):
        href = a.attrs["href"]
        if href.startswith("#"):
            tree.by_id(href[1:])
    # the filter controls offer the severities and facts present, with counts
    severity = [o.attrs["value"] for o in tree.by_id("filter-severity").find_all("option")]
    assert severity == ["", "error", "warning", "info"]
    facts = [o.text for o in tree.by_id("filter-fact").find_all("option")]
    assert facts == ["all facts", "A7 (4)", "N2 (1)", "T1 (4)"]


def test_rows_past_the_first_page_wait_for_the_script():
    page = render(archive(), page_size=4)
    tree = parse(page)
    table = tree.by_id("findings-table")
    assert table.attrs["data-page-size"] == "4"
    later = ["data-later" in r.attrs for r in table.find_all("tbody")[0].find_all("tr")]
    assert later == [False] * 4 + [True] * 5
    # the stylesheet holds them back only once the head script has marked the page as scripted
    css = tree.find_all("style")[0].text
    assert "html.js #findings-table:not(.ready) tr[data-later] { display: none; }" in css
    head_script = tree.find_all("head")[0].find_all("script")[0].text
    assert 'classList.add("js")' in head_script
    with pytest.raises(ValueError):
        render(archive(), page_size=0)


def test_every_post_has_an_anchor_and_ids_are_unique():
    page = render(archive())
    tree = parse(page)
    ids = [n.attrs["id"] for n in tree.iter() if "id" in n.attrs]
    assert len(ids) == len(set(ids))
    for i, report in enumerate(archive()):
        node = tree.by_id(f"post-{i}")
        assert report.path in node.text
    assert "no such file" in tree.by_id("post-3").text
    assert tree.by_id("failed").find_all("li")[0].attrs["id"] == "post-3"


def test_nothing_to_report():
    tree = parse(render([FileReport(path="a.md"), FileReport(path="b.md")]))
    assert not tree.by_id("findings-table").find_all("tbody")[0].find_all("tr")
    assert "hidden" not in tree.by_id("findings-empty").attrs
    assert "No post has a finding" in tree.by_id("worst").text
    assert not tree.find_all("svg", id="chart-facts")
    parse(render([]))  # an empty run still renders


def test_fact_base_statements_label_facts():
    kb = FakeKB(("T1", "LLMs are a subset of generative AI."))
    tree = parse(render(archive(), kb=kb, generated="2026-11-25"))
    assert "T1 \u00b7 LLMs are a subset of generative AI. (4)" in [o.text for o in tree.find_all("option")]
    assert "fact base 0123456789ab" in tree.find_all("header")[0].text
    assert "2026-11-25" in tree.find_all("header")[0].text
    assert tree.find_all("tr", data_fact="T1")[0].find_all("td")[2].attrs["title"] == kb.facts[0].statement


def test_render_is_deterministic_and_accepts_an_iterator():
    assert render(iter(archive())) == render(archive())


@pytest.mark.parametrize("maximum, step", [(1, 1), (5, 1), (7, 2), (17, 5), (120, 50), (1000, 200)])
def test_nice_steps(maximum, step):
    assert html_report._nice_step(maximum) == step


def _without_assets(page: str) -> str:
    page = re.sub(r"<style>.*?</style>", "<style>/* report.css */</style>", page, flags=re.S)
    page = re.sub(r"<script>.*?</script>", "<script>/* report.js */</script>", page, flags=re.S)
    return re.sub(r"'sha256-[^']+'", "'sha256-...'", page)


def test_golden(update_golden):
    """The markup for a small archive; the inline CSS and JS are left out so that styling changes
    do not churn the file. Review a diff of it like code; rewrite with --update-golden."""
    page = _without_assets(render(archive(), kb=FakeKB(("T1", "LLMs are a subset of generative AI."),
                                                       ("N2", "GAN = generative adversarial network."),
                                                       ("A7", "A chatbot is an application, not the LLM."))))
    path = GOLDEN / "small_archive.html"
    if update_golden:
        path.parent.mkdir(exist_ok=True)
        path.write_text(page, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run pytest --update-golden and review it"
    assert page == path.read_text(encoding="utf-8")
