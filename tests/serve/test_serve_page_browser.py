"""The web page at / in a real headless browser (Debian's chromium driven by Playwright, as the
audit report's test does): paste a draft with two wrong claims, see them highlighted at the
right words, read a finding, apply its suggestion, and see it disappear after the re-check.
The page loads nothing from outside the server and runs under its Content-Security-Policy."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from checker.serve.app import ServeConfig

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]
# where the screenshots go (a tmp path; set CLAIMCHECK_SCREENSHOTS to keep them somewhere else)
SHOTS = Path(os.environ.get("CLAIMCHECK_SCREENSHOTS") or tempfile.gettempdir()) / "claimcheck-page"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium package (apt-get install chromium); "
                                                ".ci/run installs it"),
]

# the emoji is two UTF-16 units but one code point: the page converts the server's offsets
DRAFT = ("# Notes on the chatbot boom 🤖\n\n"
         "ChatGPT was released by Google in 2022. It quickly became the fastest-growing consumer app.\n\n"
         "Stable Diffusion is a large language model that turns prompts into images.\n")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, serve):
    url = serve(ServeConfig())
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("request", lambda r: r.url.startswith(url) or page.problems.append(f"request: {r.url}"))
    page.goto(url + "/")
    yield page
    page.close()


def highlighted(page) -> dict[str, str]:
    """finding index -> the words its marks cover."""
    return page.eval_on_selector_all(
        "#backdrop mark", "ms => { const out = {}; for (const m of ms) for (const i of m.dataset.ids.split(' '))"
                          " out[i] = (out[i] || '') + m.textContent; return out; }")


def test_paste_see_highlights_apply_a_suggestion(page) -> None:
    from playwright.sync_api import expect

    page.fill("#text", DRAFT)
    expect(page.locator("#status")).to_have_text("2 findings: 2 errors, 0 warnings", timeout=30_000)
    assert sorted(highlighted(page).values()) == ["ChatGPT was released by Google",
                                                  "Stable Diffusion is a large language model"]
    # the marks sit under the words of the textarea: same box for the text and the backdrop
    assert page.eval_on_selector("#text", "t => t.scrollHeight") <= page.eval_on_selector(
        "#backdrop", "b => b.getBoundingClientRect().height") + 1
    # the side list groups findings by fact
    groups = page.eval_on_selector_all("#list .group", "gs => gs.map(g => g.dataset.fact)")
    assert groups == ["P6", "T4"]
    expect(page.locator("#list .group[data-fact=P6] .statement")).not_to_be_empty()

    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "page-1280-highlights.png"), full_page=True)

    # hovering a highlighted word opens its card: message, suggestion, sources
    mark = page.locator("#backdrop mark.error").first
    box = mark.bounding_box()
    page.mouse.move(box["x"] + 20, box["y"] + box["height"] / 2)
    expect(page.locator("#card")).to_be_visible()
    expect(page.locator("#card h3")).to_contain_text("ChatGPT was released by OpenAI in November 2022, not by Google")
    expect(page.locator("#card .suggestion")).to_have_text("ChatGPT was released by OpenAI in 2022.")
    expect(page.locator("#card .sources li").first).to_contain_text("OpenAI")
    page.screenshot(path=str(SHOTS / "page-1280.png"), full_page=True)

    page.click("#card .apply")
    expect(page.locator("#status")).to_have_text("1 finding: 1 error, 0 warnings", timeout=30_000)
    assert page.input_value("#text").startswith(
        "# Notes on the chatbot boom 🤖\n\nChatGPT was released by OpenAI in 2022. It quickly")
    assert list(highlighted(page).values()) == ["Stable Diffusion is a large language model"]
    assert page.eval_on_selector_all("#list .group", "gs => gs.map(g => g.dataset.fact)") == ["T4"]
    assert page.problems == []


def test_keyboard_and_a_narrow_window(page) -> None:
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 420, "height": 900})
    page.fill("#text", DRAFT)
    expect(page.locator("#status")).to_have_text("2 findings: 2 errors, 0 warnings", timeout=30_000)
    page.focus("#text")
    page.keyboard.press("Control+Home")
    page.keyboard.press("Alt+ArrowDown")  # to the first finding: its words are selected, its card opens
    assert page.evaluate("() => { const t = document.getElementById('text');"
                         " return t.value.slice(t.selectionStart, t.selectionEnd); }") == "ChatGPT was released by Google"
    expect(page.locator("#card")).to_be_visible()
    card = page.locator("#card").bounding_box()
    assert card["x"] >= 0 and card["x"] + card["width"] <= 420  # fits the narrow window
    page.keyboard.press("Alt+ArrowDown")
    expect(page.locator("#card h3")).to_contain_text("T4")
    page.keyboard.press("Escape")
    expect(page.locator("#card")).to_be_hidden()
    # the list works from the keyboard too
    page.focus("#list .item >> nth=0")
    page.keyboard.press("Enter")
    expect(page.locator("#card .apply")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_have_text("1 finding: 1 error, 0 warnings", timeout=30_000)
    page.screenshot(path=str(SHOTS / "page-420.png"), full_page=True)
    assert page.problems == []


def test_undo_takes_an_applied_suggestion_back(page) -> None:
    from playwright.sync_api import expect

    page.fill("#text", DRAFT)
    expect(page.locator("#status")).to_have_text("2 findings: 2 errors, 0 warnings", timeout=30_000)
    page.click("#list .item >> nth=0")
    page.click("#card .apply")
    expect(page.locator("#status")).to_have_text("1 finding: 1 error, 0 warnings", timeout=30_000)
    page.focus("#text")
    page.keyboard.press("Control+z")
    assert page.input_value("#text") == DRAFT
    expect(page.locator("#status")).to_have_text("2 findings: 2 errors, 0 warnings", timeout=30_000)


def test_open_an_html_file(page, tmp_path) -> None:
    from playwright.sync_api import expect

    post = tmp_path / "post.html"
    post.write_text("<html><body><nav>Home</nav><p>Back then, <em>GANs</em> were invented by Google in 2017.</p>"
                    "</body></html>\n", encoding="utf-8")
    page.set_input_files("#file", str(post))
    expect(page.locator("#status")).to_have_text("2 findings: 2 errors, 0 warnings", timeout=30_000)
    assert page.input_value("#format") == "html"
    assert sorted(highlighted(page).values()) == ["GANs</em> were invented by Google",
                                                  "GANs</em> were invented by Google in 2017"]
    assert page.problems == []


def test_a_token_is_asked_for_and_used(browser, serve) -> None:
    from playwright.sync_api import expect

    url = serve(ServeConfig(token="s3cret"))
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(url + "/")
        page.fill("#text", DRAFT)
        expect(page.locator("#status")).to_have_text("This server needs a token: enter it above.", timeout=30_000)
        page.fill("#token", "s3cret")
        page.dispatch_event("#token", "change")
        expect(page.locator("#status")).to_have_text("2 findings: 2 errors, 0 warnings", timeout=30_000)
    finally:
        page.close()
