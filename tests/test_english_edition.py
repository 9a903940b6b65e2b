"""The English edition (issue 26): built from the Dutch sources and locale/en, and as complete.

It builds without a warning; its pages' catalogs follow the Dutch pages (a changed paragraph is
named by page and line until its translation is reviewed); every page is marked English and has no
Dutch left but the lecture's words, marked Dutch, with their translation beside them; each page links
to the same page in the other language, with hreflang links in both editions.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from coursekit.i18n.build import write_config
from coursekit.i18n.check import gaps
from coursekit.i18n.extract import relocate_page_templates
from helpers import ROOT
from test_book_build import sphinx_problems

pytestmark = pytest.mark.slow
HTML = ROOT / "_build" / "html"
HTML_EN = ROOT / "_build" / "en" / "_build" / "html"
LOCALE = ROOT / "locale" / "en" / "LC_MESSAGES"

# Words that are Dutch and not English: a block of text with many of them is Dutch. Not "van" or
# "de", which Dutch names keep in an English sentence (Raad van State, Akkoord van Wassenaar).
DUTCH = frozenset(
    [
        "het",
        "een",
        "niet",
        "zijn",
        "wordt",
        "worden",
        "je",
        "jouw",
        "jij",
        "deze",
        "dit",
        "naar",
        "voor",
        "met",
        "ook",
        "maar",
        "als",
        "wat",
        "hoe",
        "waar",
        "bij",
        "uit",
        "kun",
        "kunt",
        "heeft",
        "hebben",
        "nog",
        "dan",
        "wel",
        "geen",
        "onze",
        "ons",
        "zij",
        "hij",
        "dat",
        "er",
        "om",
        "te",
        "op",
        "aan",
        "tot",
        "welke",
        "wij",
        "zich",
        "hun",
        "meer",
    ]
)


QUOTED_TITLE = re.compile(r"(?:^|—)[^—()]*?\(translation:[^)]*\)")


@pytest.fixture(scope="module")
def english(book_build_en):
    return book_build_en


def pages(root):
    return sorted(p for p in root.rglob("*.html") if "_static" not in p.parts and "_sources" not in p.parts)


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_the_english_edition_builds_without_warnings(english):
    assert english.returncode == 0, (english.stdout + english.stderr)[-3000:]
    assert sphinx_problems(english.stdout + english.stderr) == []


def test_the_pages_catalogs_follow_the_dutch_pages(tmp_path):
    """Sphinx's gettext build of the Dutch pages now, against the catalogs: nothing missing."""
    config = write_config(ROOT, "gettext", tmp_path / "_config.yml")
    jupyter_book = os.path.join(os.path.dirname(sys.executable), "jupyter-book")
    command = [jupyter_book, "build", ".", "--config", str(config), "--path-output", str(tmp_path)]
    command += ["--builder", "custom", "--custom-builder", "gettext"]
    env = {key: value for key, value in os.environ.items() if key != "COURSEKIT_LANG"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    templates = tmp_path / "_build" / "gettext"
    relocate_page_templates(ROOT, templates)
    found = gaps(templates, LOCALE)
    assert not found, (
        f"{len(found)} alinea's zonder nagekeken Engelse vertaling (draai `make catalogs` en vertaal ze in "
        "locale/en):\n" + "\n".join(gap.sentence() for gap in found[:40])
    )
    # As after a change to one paragraph: its page and line are named.
    template = templates / "book" / "05-corona.pot"
    text = template.read_text(encoding="utf-8")
    first = re.search(r'#: book/05-corona\.md:(\d+)\nmsgid "([^"\n]{12,})"\n', text)
    template.write_text(text.replace(f'msgid "{first[2]}"', f'msgid "{first[2]} (gewijzigd)"', 1), encoding="utf-8")
    named = [gap.sentence() for gap in gaps(templates, LOCALE)]
    assert named == [f"book/05-corona.md:{first[1]}: geen vertaling in book/05-corona.po: “{first[2]} (gewijzigd)”"]


def test_every_english_page_says_it_is_english(english):
    wrong = [p.relative_to(HTML_EN).as_posix() for p in pages(HTML_EN) if soup(p).html.get("lang") != "en"]
    assert not wrong, f'pagina\'s zonder lang="en": {wrong[:20]}'


def dutch_blocks(path):
    page = soup(path)
    main = page.find("main") or page.body
    # Not judged: what is marked Dutch, code, and sources (titles and notes of Dutch publications).
    for element in main.select(
        '[lang="nl"], code, pre, .bibtex-citation, .citation-list, ul[id] > li, script, style, .ck-live'
    ):
        element.decompose()
    found = []
    for block in main.find_all(["p", "li", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd", "caption", "figcaption"]):
        if block.find(["p", "li", "ul", "ol", "table"]):
            continue
        # A lecture line in a title keeps its Dutch in plain text (a link, the table of contents) but
        # always with its marked translation: "Kunnen wij dit? Soms wel... (translation: ...)".
        text = QUOTED_TITLE.sub(" ", block.get_text(" "))
        words = re.findall(r"[a-zà-ÿ]+", text.lower())
        if len(words) >= 5 and sum(word in DUTCH for word in words) / len(words) > 0.15:
            found.append(" ".join(block.get_text(" ").split())[:90])
    return found


def test_no_dutch_is_left_on_an_english_page_but_the_lecture_marked_as_dutch(english):
    found = {p.relative_to(HTML_EN).as_posix(): dutch_blocks(p) for p in pages(HTML_EN)}
    found = {page: blocks for page, blocks in found.items() if blocks}
    report = [f"{page}: {block}" for page, blocks in found.items() for block in blocks]
    assert not found, f"{len(report)} Nederlandse tekstblokken op Engelse pagina's:\n" + "\n".join(report[:40])


def test_the_sources_say_in_english_where_they_were_published(english):
    """A source's title stays its own; where it was published, and a note on it, are translated."""
    text = soup(HTML_EN / "book" / "bronnen.html").get_text(" ")
    assert "Web page" in text and "Webpagina" not in text and "geen publicatiejaar" not in text


def test_a_figures_text_alternative_is_english(english):
    """The picture is the same in both editions; its alt text is translated (gettext's image target)."""
    figure = soup(HTML_EN / "book" / "06-anatomie.html").find("img", src=re.compile("06-anatomie-model"))
    assert figure["alt"].startswith("Diagram of the model of collaborative governance")


def test_the_lectures_words_stay_dutch_with_their_translation_beside_them(english):
    page = soup(HTML_EN / "book" / "02-opgavegericht-werken.html")
    quoted = page.find(lambda tag: tag.get("lang") == "nl" and "Nieuwste toverwoord" in tag.get_text())
    assert quoted is not None
    assert "translation:" in quoted.parent.get_text()


@pytest.mark.parametrize(
    "root, here, there, lang",
    [(HTML, "", "en/", "en"), (HTML_EN, "en/", "", "nl")],
    ids=["nl", "en"],
)
def test_each_page_links_to_itself_in_the_other_language(english, book_build, root, here, there, lang):
    for relative in ("book/index.html", "book/05-corona.html", "notebooks/05-corona.html", "book/docenten/index.html"):
        page = soup(root / relative)
        depth = relative.count("/") + here.count("/")
        switch = page.select_one(f'a.boek-talen__link[hreflang="{lang}"]')
        assert switch is not None and switch["href"] == "../" * depth + there + relative, relative
        assert switch["lang"] == lang
        alternates = {link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')}
        assert alternates["nl"] == "../" * depth + relative
        assert alternates["en"] == "../" * depth + "en/" + relative
        assert alternates["x-default"] == alternates["nl"]
        assert switch["data-online"].endswith("/opgavegericht-werken/" + there + relative)


def test_the_english_search_index_stems_english(english):
    # Sphinx's English search: English stop words and the Porter stemmer (the Dutch edition: Dutch ones).
    language_data = (HTML_EN / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert 'var stopwords = ["a", "and", "are"' in language_data and "step2list" in language_data
    assert 'lang="en"' in (HTML_EN / "search.html").read_text(encoding="utf-8")
