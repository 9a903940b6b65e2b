"""The portfolio: one readable export (Markdown + standalone HTML) that can be imported again.

The notebook's panel is an anywidget whose view runs the page's portfolio (notebook/portfolio.js);
:class:`Panel` drives it as a learner does: the view's logic through Node (tests/pagecalls.py), the
kernel's side (:class:`~coursekit.notebook.portfolio.PortfolioWidget`) in Python, and shows what the
view shows as the old panel's markup did (escaped text).
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
from datetime import datetime, timezone
from html import escape
from pathlib import Path

import pytest

from ck_helpers import EARLIER, LATER, reflection
from coursekit import exercise, portfolio
from coursekit.definitions import load_catalog
from coursekit.store import AnswerStore
from coursekit.texts import learner
from pagecalls import build_export, page_calls

ATTACK = "<script>alert('x')</script> </script><img src=x onerror=alert(1)> <!-- -->"


def fill_in(course):
    """A learner's work in three exercises, through the widgets (their values as the views set them)."""
    text = exercise("h1-reflectie", save_delay=0).view
    prompts = text.definition["prompts"]
    text.value = {
        "responses": [{"prompt": p, "text": t} for p, t in zip(prompts, ["Regel één\nregel twee " + ATTACK, ""])]
    }
    scan = exercise("h1-zelfscan", save_delay=0).view
    statements = scan.definition["statements"]
    ratings = [{"statement": s, "score": None, "note": ""} for s in statements]
    ratings[0] = {**ratings[0], "score": 4, "note": "| pijp en *ster*"}
    scan.value = {"scale": scan.definition["scale"], "ratings": ratings}
    quiz = exercise("h1-kennis", save_delay=0).view
    quiz.value = {"question": quiz.definition["question"], "choice": "Ambacht 3.0", "correct": True, "attempts": 1}
    return AnswerStore(course.store_path).answers()


class Shown:
    """What a part of the view shows, as markup with every text escaped."""

    def __init__(self, value: object = ""):
        self.value = value


class Panel:
    """The notebook's portfolio panel, driven as its view (notebook/portfolio.js) does."""

    def __init__(self, widget):
        self.widget = widget
        self.sent: list[dict] = []
        widget.send = lambda content, buffers=None: self.sent.append(content)
        self.name = Shown("")
        self.links = Shown("")
        self.report = Shown("")
        self.upload = Shown(())

    @property
    def progress(self) -> Shown:
        [lines] = page_calls(("progressLines", self.widget.answers, self.widget.catalog, self.widget.notices))
        return Shown("".join(f"<p>{escape(line)}</p>" for line in lines))

    def kernel(self, content: dict) -> dict:
        self.widget._message(self.widget, content, [])
        return self.sent.pop()

    def export(self) -> None:
        assert self.kernel({"method": "refresh", "then": "export"}) == {"method": "refreshed", "then": "export"}
        moment = datetime.now(timezone.utc).isoformat(timespec="seconds")
        [bundle] = page_calls(("buildExport", self.widget.answers, self.widget.catalog, self.name.value, moment))
        written = self.kernel(
            {
                "method": "export",
                "basename": bundle["basename"],
                "html": bundle["html"],
                "md": bundle["markdown"],
                "json": bundle["json"],
            }
        )
        links = "".join(
            f'<li><a download="{bundle["basename"]}.{suffix}" href="data:{media};charset=utf-8;base64,'
            f'{base64.b64encode(bundle[key].encode("utf-8")).decode("ascii")}">{escape(label)}</a></li>'
            for suffix, key, media, label in (
                ("html", "html", "text/html", learner.PORTFOLIO_DOWNLOAD_HTML),
                ("md", "markdown", "text/markdown", learner.PORTFOLIO_DOWNLOAD_MD),
                ("json", "json", "application/json", learner.PORTFOLIO_DOWNLOAD_JSON),
            )
        )
        self.links.value = f"<p><strong>{escape(learner.PORTFOLIO_DOWNLOAD)}:</strong></p><ul>{links}</ul>"
        self.links.value += f"<p>{escape(written['text'])}</p>"

    def imported(self, name: str, data: bytes) -> None:
        [request] = page_calls(("importRequest", base64.b64encode(data).decode("ascii"), name, self.widget.catalog))
        if "report" in request:
            report = request["report"]
        else:
            [report] = page_calls(("mergedReport", self.kernel(request["message"]), self.widget.catalog))
        lines = "".join(f"<li>{escape(line)}</li>" for line in report["lines"])
        self.report.value = f'<div role="status"><p>{escape(report["summary"])}</p>'
        self.report.value += f"<ul>{lines}</ul></div>" if lines else "</div>"
        self.upload.value = ()

    def choose(self, name: str) -> None:
        """Import a file from the portfolio folder: the kernel reads it, the view checks it."""
        read = self.kernel({"method": "read", "name": name})
        if "problem" in read:
            self.report.value = f'<div role="status"><p>{escape(read["problem"])}</p></div>'
        else:
            self.imported(name, base64.b64decode(read["data"]))


class Button:
    def __init__(self, action):
        self.click = action


def panel_of(shown) -> Panel:
    panel = Panel(shown.panel)
    panel.export_button = Button(panel.export)  # type: ignore[attr-defined]
    return panel


def upload(panel, name, data: bytes):
    panel.imported(name, data)


def test_the_export_is_written_next_to_the_store_and_offered_as_downloads(course):
    fill_in(course)
    panel = panel_of(portfolio())
    panel.name.value = "Sam de Vries"
    panel.export_button.click()
    files = sorted(p.name for p in (course.store_path.parent / "portfolio").iterdir())
    assert [f.rsplit(".", 1)[1] for f in files] == ["html", "json", "md"]
    assert all(f.startswith("portfolio-sam-de-vries-") for f in files)
    links = re.findall(r'<a download="([^"]+)" href="data:([^;]+);charset=utf-8;base64,([^"]+)"', panel.links.value)
    assert [(name.rsplit(".", 1)[1], media) for name, media, _ in links] == [
        ("html", "text/html"),
        ("md", "text/markdown"),
        ("json", "application/json"),
    ]
    html_file = course.store_path.parent / "portfolio" / links[0][0]
    assert base64.b64decode(links[0][2]).decode("utf-8") == html_file.read_text(encoding="utf-8")
    assert "De bestanden staan ook in de map" in panel.links.value
    assert "Je hebt 3 van de 9 oefeningen gemaakt." in panel.progress.value


def test_the_document_has_title_date_chapters_questions_and_answers_in_book_order(course):
    answers = fill_in(course)
    moment = datetime(2026, 11, 26, 13, 2, tzinfo=timezone.utc)
    bundle = build_export(answers, load_catalog(), name="Sam", moment=moment)
    markdown = bundle.markdown
    assert markdown.startswith("# Portfolio — Opgavegericht werken\n\n**Naam:** Sam  \n**Datum:** 26 november 2026")
    order = [markdown.index(title) for title in ("### Reflectie", "### Zelfscan", "### Kennisvraag")]
    assert order == sorted(order) and "## Hoofdstuk 1. Proefhoofdstuk" in markdown
    assert "**Wat viel je op?**\n\n> Regel één  \n> regel twee \\<script\\>" in markdown
    assert "| 1. Ik werk samen | 4 – sterk | \\| pijp en \\*ster\\* |" in markdown
    assert "**Resultaat:** ✔ goed (bij poging 1)" in markdown
    html = bundle.html
    assert "<h2>Hoofdstuk 1. Proefhoofdstuk</h2>" in html and "<title>Portfolio — Opgavegericht werken</title>" in html
    assert '<caption>Je scores</caption><thead><tr><th scope="col">Stelling</th>' in html
    assert "<p><strong>Datum:</strong> 26 november 2026</p>" in html


def test_nothing_from_an_answer_can_run_in_the_html_export(course):
    bundle = build_export(fill_in(course), load_catalog())
    html = bundle.html
    assert html.lower().count("<script") == 1 and html.lower().count("</script") == 1
    assert '<script type="application/json" id="coursekit-portfolio">' in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html and "onerror=alert(1)>" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r'(src|href)="(https?:)?//', html), "no external resources"


@pytest.mark.parametrize("suffix", ["html", "md", "json"])
def test_an_export_imported_in_a_new_session_gives_back_every_answer(course, suffix, tmp_path, monkeypatch):
    answers = fill_in(course)
    bundle = build_export(answers, load_catalog())
    monkeypatch.setenv("COURSEKIT_STORE", str(tmp_path / "nieuwe-sessie" / "antwoorden.json"))
    panel = panel_of(portfolio())
    upload(panel, f"export.{suffix}", getattr(bundle, {"md": "markdown"}.get(suffix, suffix)).encode("utf-8"))
    assert AnswerStore(tmp_path / "nieuwe-sessie" / "antwoorden.json").answers() == answers
    assert f"Import van export.{suffix} klaar: 3 toegevoegd, 0 bijgewerkt, 0 overgeslagen." in panel.report.value
    assert "✔ Toegevoegd: &#x27;Zelfscan&#x27; (hoofdstuk 1)" in panel.report.value
    # (that the file field is emptied after an import is the view's: tests/browser/test_notebook_portfolio.py)
    assert exercise("h1-zelfscan").view.answer["value"]["ratings"][0]["score"] == 4


def test_an_import_never_overwrites_a_newer_local_answer_and_reports_each_decision(course, store):
    store.save(reflection("lokaal nieuwer", "h1-reflectie", updated_at=LATER))
    export = build_export(
        {
            "h1-reflectie": reflection("export ouder", updated_at=EARLIER),
            "h2-oud": reflection("export nieuwer", "h2-oud", updated_at=LATER, chapter=2),
        },
        load_catalog(),
    )
    store.save(reflection("lokaal ouder", "h2-oud", updated_at=EARLIER, chapter=2))
    panel = panel_of(portfolio())
    upload(panel, "mijn-portfolio.md", export.markdown.encode("utf-8"))
    texts = {k: a.value["responses"][0]["text"] for k, a in store.answers().items()}
    assert texts == {"h1-reflectie": "lokaal nieuwer", "h2-oud": "export nieuwer"}
    report = panel.report.value
    assert "1 toegevoegd" not in report and "0 toegevoegd, 1 bijgewerkt, 1 overgeslagen" in report
    assert "• Overgeslagen: &#x27;Reflectie &lt;b&gt;vet&lt;/b&gt;&#x27; (hoofdstuk 1) — je antwoord hier" in report
    assert "✔ Bijgewerkt (de export was nieuwer): &#x27;h2-oud&#x27; (hoofdstuk 2)" in report


def test_a_file_that_is_not_an_export_changes_nothing(course, store):
    store.save(reflection("bewaard"))
    before = course.store_path.read_bytes()
    panel = panel_of(portfolio())
    for name, data in (
        ("notities.md", b"# Mijn notities\n"),
        ("foto.html", b"\xff\xd8\xff\xe0"),
        ("x.json", b'{"format": "iets anders"}'),
        ("y.md", b"<!-- coursekit-portfolio:@@@ -->"),
    ):
        upload(panel, name, data)
        assert "Dit bestand is geen export van het portfolio" in panel.report.value
    assert course.store_path.read_bytes() == before


def test_damaged_or_mismatched_answers_in_an_export_are_skipped_and_named(course, store):
    payload = json.loads(
        build_export(
            {
                "h1-reflectie": reflection("goed"),
                "h1-zelfscan": reflection("verkeerd soort", "h1-zelfscan"),
            },
            load_catalog(),
        ).json
    )
    payload["answers"].append(
        {
            "exercise_id": "h1-krachtenveld",
            "chapter": 1,
            "type": "forcefield",
            "value": {"forces": [{"force": "x", "strength": 9, "influence": None}]},
            "updated_at": LATER,
            "edition": "",
            "definition": "",
        }
    )
    panel = panel_of(portfolio())
    upload(panel, "bewerkt.json", json.dumps(payload).encode("utf-8"))
    assert set(store.answers()) == {"h1-reflectie"}
    report = panel.report.value
    assert "1 toegevoegd, 0 bijgewerkt, 2 overgeslagen" in report
    assert "9 ligt buiten het bereik 1–5" in report and "een ander soort oefening" in report


def test_a_newer_export_format_is_refused_politely(course):
    panel = panel_of(portfolio())
    upload(
        panel,
        "toekomst.json",
        json.dumps({"format": "coursekit-portfolio", "schema_version": 3, "answers": []}).encode(),
    )
    assert "nieuwere versie van de cursus" in panel.report.value


def test_when_the_files_cannot_be_written_the_download_links_still_work(course):
    fill_in(course)
    (course.store_path.parent / "portfolio").write_text("een bestand, geen map", encoding="utf-8")
    panel = panel_of(portfolio())
    panel.export_button.click()
    assert panel.links.value.count("<a download=") == 3
    assert "konden niet in" in panel.links.value and "Gebruik de downloadlinks hierboven." in panel.links.value


def test_the_panel_mentions_a_set_aside_answer_file(course):
    course.store_path.parent.mkdir(parents=True)
    course.store_path.write_text("kapot", encoding="utf-8")
    progress = panel_of(portfolio()).progress.value
    assert "niet weggegooid" in progress and "antwoorden.beschadigd-" in progress


# --- The notebook's panel: the view's rules, the kernel's files ---------------------------------

PREVIOUS = Path(__file__).parent / "fixtures" / "previous-version"


def test_an_export_made_in_the_panel_comes_back_on_import(course):
    answers = fill_in(course)
    panel = panel_of(portfolio())
    panel.name.value = "Sam"
    panel.export()
    made = panel.widget.files
    assert sorted(name.rsplit(".", 1)[1] for name in made) == ["html", "json", "md"]
    for name in made:
        course.store_path.unlink()  # a new start: the exports are all that is left
        fresh = panel_of(portfolio())
        assert fresh.widget.files == made and fresh.widget.answers == []
        fresh.choose(name)
        assert AnswerStore(course.store_path).answers() == answers, name
        assert f"Import van {name} klaar: 3 toegevoegd, 0 bijgewerkt, 0 overgeslagen." in fresh.report.value
        assert "Je hebt 3 van de 9 oefeningen gemaakt." in fresh.progress.value


def test_answers_saved_after_the_panel_was_shown_are_in_the_export(course):
    panel = panel_of(portfolio())  # the portfolio cell runs before the exercises are done
    answers = fill_in(course)
    panel.export()
    json_file = next(p for p in (course.store_path.parent / "portfolio").iterdir() if p.suffix == ".json")
    assert {entry["exercise_id"] for entry in json.loads(json_file.read_text(encoding="utf-8"))["answers"]} == set(
        answers
    )
    assert "Je hebt 3 van de 9 oefeningen gemaakt." in panel.progress.value


def test_a_damaged_or_hostile_file_gets_a_dutch_reason_that_names_it(course, store):
    store.save(reflection("bewaard"))
    before = course.store_path.read_bytes()
    folder = course.store_path.parent / "portfolio"
    folder.mkdir()
    os.mkfifo(folder / "pijp.html")  # opened without blocking: never waits for a writer
    (folder / "map.json").mkdir()
    (folder / "apparaat.md").symlink_to("/dev/zero")
    with (folder / "groot.json").open("wb") as big:
        big.truncate(21 * 1024 * 1024)
    (folder / "kapot.html").write_bytes(b"<html><!-- coursekit-portfolio:@@@ --></html>")
    (folder / "word.html").write_text("<h1>Portfolio — Opgavegericht werken</h1><p>opnieuw opgeslagen</p>")
    panel = panel_of(portfolio())
    reasons = {
        "pijp.html": "geen gewoon bestand",
        "map.json": "geen gewoon bestand",
        "apparaat.md": "geen gewoon bestand",
        "groot.json": "te groot voor een export van het portfolio (meer dan 20 MB)",
        "kapot.html": "Dit bestand is geen export van het portfolio",
        "word.html": "Dit bestand is geen export van het portfolio",
        "../antwoorden.json": "staat niet (meer) in de map",
    }
    for name, reason in reasons.items():
        panel.choose(name)
        assert f"✘ {escape(name)}: " in panel.report.value and reason in panel.report.value, name
    assert course.store_path.read_bytes() == before


def test_a_store_and_exports_of_the_previous_version_load_in_the_panel(course):
    course.store_path.parent.mkdir(parents=True)
    shutil.copy(PREVIOUS / "antwoorden.json", course.store_path)
    panel = panel_of(portfolio())
    assert len(panel.widget.answers) == 38
    assert "Je hebt " in panel.progress.value
    exports = sorted(p.name for p in PREVIOUS.iterdir() if p.name.startswith("portfolio-"))
    (course.store_path.parent / "portfolio").mkdir()
    for name in exports:
        shutil.copy(PREVIOUS / name, course.store_path.parent / "portfolio" / name)
    panel.widget.refresh()
    for name in exports:
        panel.choose(name)
        assert f"Import van {name} klaar:" in panel.report.value and "onleesbaar" not in panel.report.value, name
    panel.export()  # and the old answers make a document
    assert "De bestanden staan ook in de map" in panel.links.value
