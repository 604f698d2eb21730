"""End to end in a real browser: Debian chromium driven by Playwright (never `playwright install`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("no browser at /usr/bin/chromium: install it with `sudo apt-get install chromium` (make test does this as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.goto(app_url, wait_until="load")
    pg.wait_for_selector("#question textarea")
    yield pg
    context.close()


def ask(page, question: str, n_bot_messages: int):
    page.fill("#question textarea", question)
    page.click("#send")
    wait_for_answers(page, n_bot_messages)


def wait_for_answers(page, n: int):
    page.wait_for_function(
        "n => { const m = document.querySelectorAll('#chat [data-testid=\"bot\"]');"
        " return m.length >= n && !m[m.length-1].innerText.includes('▍') && m[m.length-1].innerText.trim().length > 0; }",
        arg=n,
        timeout=30_000,
    )


def last_bot(page) -> str:
    return page.locator('#chat [data-testid="bot"]').last.inner_text()


def test_header_and_examples(page):
    assert "Xi Jinping sees" in page.inner_text("#article-title")
    assert "June 20, 2023" in page.inner_text("#article-meta")
    assert 4 <= page.locator("#examples button").count() <= 6


def test_example_gives_cited_answer_with_highlighted_passage_then_follow_up(page):
    page.get_by_role("button", name="Who met Xi Jinping?").click()
    wait_for_answers(page, 1)
    first = last_bot(page)
    assert "Blinken" in first and "[1]" in first and "Sources" in first
    mark = page.locator("#sources mark").first
    mark.wait_for()
    assert mark.inner_text() in page.inner_text("#sources .source-passage")
    assert "Blinken" in page.inner_text("#sources")

    ask(page, "Where was Biden when he praised him?", 2)
    follow = last_bot(page)
    assert "California" in follow
    assert "California" in page.locator("#sources mark").first.inner_text()


def test_clicking_an_earlier_answer_shows_its_own_sources(page):
    ask(page, "Where was Biden?", 1)
    ask(page, "Why was the trip postponed?", 2)
    page.locator("#sources mark").first.wait_for()
    assert "balloon" in page.inner_text("#sources") and "California" not in page.inner_text("#sources")
    page.locator('#chat [data-testid="bot"]').first.click()
    page.wait_for_function("() => document.querySelector('#sources').innerText.includes('California')")
    assert "balloon" not in page.locator("#sources mark").first.inner_text()


def test_off_topic_is_declined_without_sources(page):
    ask(page, "What is the capital of France?", 1)
    text = last_bot(page)
    assert "The article does not say." in text
    assert "Sources" not in text and "The article covers" in text
    assert page.locator("#sources mark").count() == 0
    page.locator("#sources .nearest").wait_for()  # the nearest passage is context, not a source
    assert "may not answer" in page.inner_text("#sources")


def test_script_injection_is_shown_as_text_and_never_runs(page):
    before_scripts = page.locator("script").count()
    hostile = '<script>alert("x")</script><img src=x onerror="alert(2)"> Why was the trip postponed?'
    ask(page, hostile, 1)
    page.wait_for_timeout(500)
    assert page.dialogs == []
    assert page.locator("#chat script").count() == 0
    assert page.locator('#chat img[src="x"]').count() == 0
    assert page.locator("script").count() == before_scripts
    assert "<script>" in page.locator('#chat [data-testid="user"]').last.inner_text()


def test_article_text_is_not_turned_into_markdown(page):
    ask(page, "When was the article published?", 1)
    page.locator("#sources mark").first.wait_for()
    assert page.locator("#sources li").count() == 0
    assert "- International - June 20, 2023" in page.inner_text("#sources")


def test_empty_question_shows_a_readable_error(page):
    ask(page, "   ", 1)
    text = last_bot(page)
    assert "empty" in text.lower() and "Traceback" not in text
    ask(page, "Where was Biden?", 2)  # still serving
    assert "California" in last_bot(page)


def test_clear_starts_a_new_conversation(page):
    ask(page, "Where was Biden?", 1)
    page.click("#clear")
    page.wait_for_function("() => document.querySelectorAll('#chat [data-testid=\"bot\"]').length === 0")
    ask(page, "What happened to it?", 1)  # no history: the pronoun cannot borrow the old topic
    assert "California" not in last_bot(page)


def test_screenshot_of_an_answered_conversation(page):
    page.get_by_role("button", name="Why was Blinken's trip postponed?").click()
    wait_for_answers(page, 1)
    ask(page, "Was there progress on military-to-military communication?", 2)
    page.locator("#sources mark").first.wait_for()
    # `make screenshot` refreshes the README's picture; a plain test run keeps the work tree clean
    out = Path(os.environ.get("SCREENSHOT_PATH") or ROOT / "build" / "chat.png")
    out.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(out), full_page=True)
    from PIL import Image

    with Image.open(out) as shot:
        colours = {c for _, c in shot.convert("RGB").getcolors(maxcolors=1_000_000) or []}
    assert (0xFD, 0xE6, 0x8A) in colours  # the quote's highlight is on the picture
    assert len(colours) > 200  # text rendered, not a blank or error page
