"""The static form for the online book: same definition, accessible, escaped, with Binder links."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from coursekit import exercise, page, portfolio
from coursekit.definitions import load_catalog
from coursekit.display import WIDGET_VIEW
from coursekit.launch import notebook_links
from coursekit.static import render

LAB = "https://mybinder.org/v2/gh/voorbeeld-org/testboek/main?urlpath=lab/tree/notebooks/01-proef.ipynb"
VOILA = "https://mybinder.org/v2/gh/voorbeeld-org/testboek/main?urlpath=voila/render/notebooks/01-proef.ipynb"


def data_block(html: str) -> str:
    return re.search(r'<script type="application/json" class="coursekit-data">(.*?)</script>', html, re.S).group(1)


class Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self, markup: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def named(self, name):
        return [attrs for tag, attrs in self.tags if tag == name]


@pytest.fixture
def catalog(course):
    return load_catalog()


def test_the_launch_links_come_from_config_yml(course):
    assert notebook_links("notebooks/01-proef.ipynb", course.root) == {"lab": LAB, "voila": VOILA}


def test_without_a_repository_the_note_says_where_to_open_the_notebook(course, catalog):
    (course.root / "_config.yml").write_text("title: zonder repository\n", encoding="utf-8")
    assert notebook_links("notebooks/01-proef.ipynb", course.root) == {}
    html = exercise("h1-reflectie").static_html
    assert "<a " not in html and "Open het notebook notebooks/01-proef.ipynb in JupyterLab" in html


@pytest.mark.parametrize(
    "exercise_id", ["h1-reflectie", "h1-zelfscan", "h1-kennis", "h1-sorteer", "h1-dilemma", "h1-krachtenveld"]
)
def test_every_type_has_a_self_contained_static_form_with_the_binder_note(catalog, exercise_id):
    html = render(catalog.get(exercise_id), {"lab": LAB, "voila": VOILA})
    tags = Tags(html)
    # The only script is the data block for the page's front end (coursekit/page): it never runs.
    assert tags.named("script") == [{"type": "application/json", "class": "coursekit-data"}]
    assert not tags.named("img") and not tags.named("link")
    expected = {"exercise": catalog.get(exercise_id).to_json()}
    assert json.loads(data_block(html)) == json.loads(json.dumps(expected))
    assert [a["href"] for a in tags.named("a")] == [LAB, VOILA]
    assert "Open deze oefening in Binder om hem te maken" in html
    assert "Op deze pagina kun je niets invullen of opslaan." in html
    assert tags.named("h4"), "a heading"


def test_the_selfscan_scale_is_a_table_with_caption_and_header_scopes(catalog):
    html = render(catalog.get("h1-zelfscan"), {})
    tags = Tags(html)
    assert "<caption>Stellingen met de schaal van 1 (helemaal niet) tot 5 (zeer sterk)</caption>" in html
    assert [th["scope"] for th in tags.named("th")].count("col") == 7  # statement, 5 scale points, note
    assert [th["scope"] for th in tags.named("th")].count("row") == 3
    for label in ("1 – helemaal niet", "3 – enigszins", "5 – zeer sterk", "Toelichting"):
        assert f'<th scope="col">{label}</th>' in html


def test_options_and_explained_answers_are_in_the_static_form(catalog):
    quiz = render(catalog.get("h1-kennis"), {})
    assert "<li>Ambacht 3.0</li>" in quiz and "<details><summary>" in quiz
    assert "✔ Goed</strong> — Ja: de netwerksamenleving." in quiz
    dilemma = render(catalog.get("h1-dilemma"), {})
    assert "De wethouder wil morgen een besluit." in dilemma and "Ansell &amp; Gash (2008)" in dilemma


def test_definition_text_is_escaped(catalog):
    html = render(catalog.get("h1-reflectie"), {"lab": 'https://x.org/"><script>', "voila": "https://y.org"})
    data = data_block(html)
    html = html.replace(data, "")
    assert "Reflectie &lt;b&gt;vet&lt;/b&gt;" in html and "<b>" not in html
    assert html.count("<script") == 1 and 'href="https://x.org/&quot;&gt;&lt;script&gt;"' in html
    assert "<" not in data and ">" not in data and json.loads(data)["exercise"]["title"] == "Reflectie <b>vet</b>"


def test_the_portfolio_form_carries_the_exercise_ids_and_the_catalog_file_the_rest(course, catalog):
    html = portfolio().static_html
    data = json.loads(data_block(html))
    assert data["portfolio"]["exercises"] == list(catalog.definitions)  # for the progress line
    script = page.catalog_script(catalog)  # the whole catalog: a file the page loads when needed
    found = json.loads(script.split(" = ", 1)[1].rstrip(";\n"))
    assert [d["id"] for d in found["exercises"]] == list(catalog.definitions)
    assert [c["number"] for c in found["chapters"]] == list(catalog.chapters)


def test_the_output_offers_the_widget_the_static_form_and_a_dutch_description(course):
    shown = exercise("h1-zelfscan")
    bundle = shown._repr_mimebundle_()
    assert set(bundle) == {WIDGET_VIEW, "text/html", "text/plain"}
    assert bundle[WIDGET_VIEW]["model_id"] == shown.widget.model_id
    assert bundle["text/html"] == render(shown.definition, {"lab": LAB, "voila": VOILA})
    assert bundle["text/plain"] == (
        "Zelfscan: Zelfscan (hoofdstuk 1). Open dit notebook in JupyterLab of Binder om de oefening te maken."
    )


def test_the_portfolio_has_a_static_form_too(course):
    bundle = portfolio()._repr_mimebundle_()
    assert WIDGET_VIEW in bundle and "Je portfolio" in bundle["text/html"]
    assert "notebooks/portfolio.ipynb" in bundle["text/html"]
