"""Search finds what the book says, and speaks Dutch while doing so.

The search page (``search.html``) looks up a reader's words in the index Sphinx built
(``searchindex.js``), after reducing each word to its stem with the JavaScript stemmer shipped in
``_static/language_data.js``. The first tests run that shipped JavaScript with Node against every
word the pages show; the last ones search in Chromium as a reader does. book/_ext/booksearch.py
explains the causes these tests guard against.
"""

from __future__ import annotations

import asyncio
import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from pagetools import ROOT, article_text, article_words, indexed_pages, missing, pages, search_index, settled

pytestmark = [pytest.mark.slow, pytest.mark.rare]  # `make test-rare`: the search (booksearch.py) changes rarely

SEARCHES_AT_ONCE = 4
SAMPLED_WORDS_PER_CHAPTER = 6
# Upper bounds for waiting on a condition, generous for a loaded machine; never a fixed sleep.
PAGE_TIMEOUT_MS = 120_000
LOCALE = ROOT / "book" / "_ext" / "booksearch_locale"

# Runs the page's own code from language_data.js. For each word: the term the search page looks up
# (lower-cased, stop words and numbers dropped, then Stemmer().stemWord, as searchtools.js does),
# and the word's stem even where the page drops it (the index keeps stems of some stop words).
PAGE_TERMS_JS = r"""
const fs = require("fs"), vm = require("vm");
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), context);
vm.runInContext("this.pageStemmer = new Stemmer();", context);
const words = JSON.parse(fs.readFileSync(0, "utf8"));
const terms = words.map((word) => {
  const lower = word.toLowerCase();
  const stem = context.pageStemmer.stemWord(lower);
  const skipped = context.stopwords.indexOf(lower) !== -1 || /^\d+$/.test(lower);
  return [skipped ? null : stem, stem];
});
process.stdout.write(JSON.stringify(terms));
"""


@pytest.fixture(scope="module")
def index(book_html):
    return search_index(book_html)


@pytest.fixture(scope="module")
def shown_words(book_html, index) -> dict[str, set[str]]:
    """For every page in the search index: the words its article shows."""
    return {docname: article_words(book_html / f"{docname}.html") for docname in index["docnames"]}


@pytest.fixture(scope="module")
def page_stems(book_html, shown_words) -> dict[str, tuple[str | None, str]]:
    """word -> (the term the search page looks up for it, None for a stop word or number;
    the word's stem)."""
    node = shutil.which("node")
    if not node:
        missing("Node.js", "install it with `apt-get install -y nodejs npm` (Debian)")
    words = sorted(set().union(*shown_words.values()))
    result = subprocess.run(
        [node, "-e", PAGE_TERMS_JS, str(book_html / "_static" / "language_data.js")],
        input=json.dumps(words),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"language_data.js did not run in Node:\n{result.stderr}"
    return {word: tuple(terms) for word, terms in zip(words, json.loads(result.stdout))}


@pytest.fixture(scope="module")
def page_terms(page_stems) -> dict[str, str | None]:
    """word -> the term the search page looks up for it (None: a stop word or number)."""
    return {word: term for word, (term, _) in page_stems.items()}


def index_language():
    """The search language the book's build uses for Dutch (booksearch, in _config.yml)."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    assert "booksearch" in config["sphinx"]["local_extensions"], "_config.yml does not load book/_ext/booksearch.py"
    sys.path.insert(0, str(ROOT / "book" / "_ext"))
    try:
        import booksearch
    finally:
        sys.path.remove(str(ROOT / "book" / "_ext"))
    return booksearch.SearchDutchAsPage({})


def test_page_and_index_stem_every_word_alike(page_terms):
    """For every word the pages show, the index files it under the term the page looks up."""
    language = index_language()
    differ = []
    for word, page_term in sorted(page_terms.items()):
        if page_term is None:
            continue
        # How sphinx.search.IndexBuilder.feed (Sphinx 7.4) files a word.
        term = language.stem(word).lower()
        if not language.word_filter(term) and language.word_filter(word):
            term = word
        if term != page_term:
            differ.append(f"{word!r}: index {term!r}, page {page_term!r}")
    assert not differ, (
        f"{len(differ)} of {len(page_terms)} words get another stem on the search "
        "page than in the index:\n" + "\n".join(differ[:40])
    )


def test_every_word_on_a_page_finds_that_page(index, shown_words, page_terms):
    """A reader who types any word a page shows gets that page among the results."""
    lost = []
    for docname, words in sorted(shown_words.items()):
        for word in sorted(words):
            term = page_terms[word]
            if term is not None and docname not in indexed_pages(index, term):
                lost.append(f"{docname}: {word!r} (the page looks up {term!r})")
    assert not lost, f"{len(lost)} words do not find the page that shows them:\n" + "\n".join(lost[:40])


def test_no_index_term_glues_two_words(index, shown_words, page_stems):
    """Every term the index lists for a page is a word of that page, never two run together."""
    problems = []
    for term in sorted(set(index["terms"]) | set(index["titleterms"])):
        for docname in sorted(indexed_pages(index, term)):
            words = shown_words[docname]
            if any(term == word or term == page_stems[word][1] for word in words):
                continue
            glued = [
                (term[:cut], term[cut:])
                for cut in range(2, len(term) - 1)
                if term[:cut] in words
                and any(word.startswith(term[cut:]) or page_stems[word][1] == term[cut:] for word in words)
            ]
            problems.append(
                f"{docname}: {term!r} "
                + (
                    f"glues two words of the page: {glued[0][0]!r} + {glued[0][1]!r}"
                    if glued
                    else "is no word of the page"
                )
            )
    assert not problems, f"{len(problems)} index terms:\n" + "\n".join(problems[:40])


# --- In Chromium, as a reader searches --------------------------------------------------------


def chapter_pages(book_html: Path) -> list[str]:
    return [page for page in pages(book_html) if re.fullmatch(r"book/\d\d-[^/]+\.html", page)]


def read_table(name: str) -> list[dict[str, str]]:
    with (ROOT / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table))


def sampled_words(text: str, count: int) -> list[str]:
    """`count` words of seven letters or more, spread evenly over the alphabetical list.

    The same words every run: words that differ only in capitals ("Beleid", "beleid") are ordered
    too, not left in the order of a set (which changes with Python's hash seed)."""
    words = sorted(set(re.findall(r"[^\W\d_]{7,}", text)), key=lambda word: (word.lower(), word))
    if len(words) <= count:
        return words
    return [words[(index * len(words)) // count] for index in range(count)]


def contains_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE) is not None


@pytest.fixture(scope="module")
def searches(book_html) -> dict[str, set[str]]:
    """query -> the chapter pages that show it: names and the lecture's roles, and words
    sampled from each chapter."""
    chapters = {page: article_text(book_html / page) for page in chapter_pages(book_html)}
    assert len(chapters) >= 10, f"only {len(chapters)} chapter pages built"
    names = [row["naam"] for row in read_table("casussen")]
    roles = [row[column].capitalize() for row in read_table("leiderschapsrollen") for column in ("werk", "rol")]
    queries: dict[str, set[str]] = {}
    for phrase in names + roles:
        showing = {page for page, text in chapters.items() if contains_phrase(text, phrase)}
        if showing:
            queries[phrase] = showing
    for page, text in chapters.items():
        for word in sampled_words(text, SAMPLED_WORDS_PER_CHAPTER):
            queries.setdefault(word, set()).add(page)
    assert queries.get("Akkoord van Wassenaar"), "no chapter shows 'Akkoord van Wassenaar'"
    for role in roles:
        assert "book/07-faciliterend-leiderschap.html" in queries.get(role, ()), (
            f"chapter 7 does not show the lecture's {role!r}"
        )
    return queries


async def search(context, site, query: str) -> dict:
    """Search as a reader does: open search.html?q=... and wait until the search has finished."""
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        await page.goto(site.url(f"search.html?q={quote(query)}"), wait_until="load", timeout=PAGE_TIMEOUT_MS)
        # searchtools.js sets the heading to "Search Results" (translated) when it is done.
        await page.wait_for_function(
            """() => {
            const heading = document.querySelector('#search-results h2');
            return heading && heading.textContent === Documentation.gettext('Search Results');
        }""",
            timeout=PAGE_TIMEOUT_MS,
        )
        found = await page.eval_on_selector_all("#search-results ul.search > li > a", "links => links.map(a => a.href)")
        status = await page.inner_text("#search-results .search-summary")
        heading = await page.inner_text("#search-results h2")
    finally:
        await page.close()
    return {"found": [site.file_for(url) for url in found], "status": status, "heading": heading, "errors": errors}


def run_searches(browser, site, queries: list[str]) -> dict[str, dict]:
    async def all_searches():
        context = await browser.browser.new_context()
        limit = asyncio.Semaphore(SEARCHES_AT_ONCE)

        async def one(query):
            async with limit:
                return query, await search(context, site, query)

        try:
            return dict(await asyncio.gather(*(one(query) for query in queries)))
        finally:
            await context.close()

    return browser.run(all_searches())


def test_search_page_finds_the_chapters_that_show_a_word(browser, site, book_html, searches):
    results = run_searches(browser, site, sorted(searches))
    problems, missing_queries = [], set()
    for query, expected in sorted(searches.items()):
        result = results[query]
        found = {path.relative_to(book_html).as_posix() for path in result["found"] if path}
        if result["errors"]:
            problems.append(f"{query!r}: script error on the search page: {result['errors']}")
        for page in sorted(expected - found):
            missing_queries.add(query)
            problems.append(f"{query!r} does not find {page} (found: {sorted(found) or 'nothing'})")
    assert not problems, (
        f"{len(missing_queries)} of {len(searches)} searches miss a chapter "
        "that shows the words:\n" + "\n".join(problems)
    )


def dutch_search_texts() -> dict[str, str]:
    from babel.messages.pofile import read_po

    with (LOCALE / "nl" / "searchtools.po").open("rb") as po_file:
        catalog = read_po(po_file, locale="nl")
    return {message.id: message.string for message in catalog if message.id}


def test_search_page_speaks_dutch(browser, site):
    """The result count, 'nothing found', the headings and the loading state are Dutch."""
    texts = dutch_search_texts()
    count_text = texts["Search finished, found ${resultCount} page(s) matching the search query."]
    nothing_text = texts[
        "Your search did not match any documents. Please make sure that all "
        "words are spelled correctly and that you've selected enough categories."
    ]
    assert count_text and nothing_text and "${resultCount}" in count_text
    results = run_searches(browser, site, ["Netwerkarchitect", "qqxyzzyqq"])

    found = results["Netwerkarchitect"]
    assert found["found"], "'Netwerkarchitect' finds nothing"
    assert found["status"] == count_text.replace("${resultCount}", str(len(found["found"]))), (
        f"result count reads {found['status']!r}"
    )
    assert found["heading"] == texts["Search Results"], found["heading"]
    nothing = results["qqxyzzyqq"]
    assert not nothing["found"] and nothing["status"] == nothing_text, f"'nothing found' reads {nothing['status']!r}"

    async def page_texts():
        page = await browser.browser.new_page()
        try:
            await page.goto(site.url("search.html"), wait_until="load", timeout=PAGE_TIMEOUT_MS)
            # What searchtools.js shows while the index loads and while it searches.
            return await page.evaluate(
                "msgids => msgids.map(msgid => Documentation.gettext(msgid))", ["Preparing search...", "Searching"]
            )
        finally:
            await page.close()

    preparing, searching = browser.run(page_texts())
    assert preparing == texts["Preparing search..."], preparing
    assert searching == texts["Searching"], searching


def test_search_dialog_speaks_dutch(browser, site):
    """Ctrl+K opens the search dialog; it asks in Dutch and sends the words to the search page."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    prompt = config["sphinx"]["config"]["html_theme_options"]["search_bar_text"]

    async def dialog():
        page = await browser.browser.new_page()
        try:
            await page.goto(
                site.url("book/07-faciliterend-leiderschap.html"), wait_until="load", timeout=PAGE_TIMEOUT_MS
            )
            await settled(page)
            await page.keyboard.press("Control+k")
            field = page.locator("#pst-search-dialog[open] input[name=q]")
            await field.wait_for(state="visible", timeout=PAGE_TIMEOUT_MS)
            shown = {
                "placeholder": await field.get_attribute("placeholder"),
                "label": await field.get_attribute("aria-label"),
                "text": await page.inner_text("#pst-search-dialog"),
            }
            await field.fill("Bemiddelaar")
            await field.press("Enter")
            await page.wait_for_url("**/search.html?q=Bemiddelaar*", timeout=PAGE_TIMEOUT_MS)
            return shown
        finally:
            await page.close()

    shown = browser.run(dialog())
    assert shown["placeholder"] == prompt and shown["label"] == prompt, shown
    # Besides the field, the dialog shows only the key combination.
    assert re.sub(r"\s+", "", shown["text"]) == "Ctrl+K", shown["text"]
