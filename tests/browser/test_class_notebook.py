"""The class overview in the teacher's notebook, in Chromium: the kernel's widget and its view.

The view is the module a notebook runs (``coursekit/notebook/classoverview.js``); its model behaves
as anywidget's in JupyterLab does, and its "kernel" is the real widget
(:class:`coursekit.classview.widget.ClassOverviewWidget`): "Lees de map in" sends the folder to it,
it lists and reads the folder, and the view gets the files back (their bytes as binary buffers,
here DataViews). Beside it on the same page stands the book's class page (its script built from
the sources), given the same folder with its folder button: both must show the same overview.
The static form of the notebook (the book's page) is opened with the class page's script, as the
built book opens it. These are the assertions the ipywidgets overview's tests made about what the
teacher sees (sections, names, the choice of part, a bad folder, the charts' text alternatives),
now made about the one overview that the page and the notebook share. No book build is needed.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from coursekit import classpage
from coursekit.classview.read import read_folder
from coursekit.classview.widget import ClassOverview, ClassOverviewWidget, static_html
from coursekit.definitions import load_catalog
from coursekit.notebook import CLASS_BUNDLE, CLASS_STYLESHEET
from coursekit.texts import teacher
from pagecalls import build_export
from pagetools import ROOT, serve_files

pytestmark = pytest.mark.slow

SAMPLES = ROOT / "notebooks" / "docent" / "voorbeeld-exports"
ORIGIN = "http://klas.test"
HARNESS = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Klasoverzicht</title>
<link rel="stylesheet" href="classpage.css"></head><body><main>
<h1>Klasoverzicht</h1>
<div class="ck-classpage" id="page"></div>
<section id="notebook"></section>
</main>
<script src="coursekit-klas.js"></script>
<script type="module">
import view from "./classoverview.js";
const buffer = (text) => new DataView(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)).buffer);
const file = (one) => (one.bytes === undefined ? one : { ...one, bytes: buffer(one.bytes) });
const traits = (state) => ({ ...state, files: state.files.map(file) });
// anywidget's model in JupyterLab: Backbone semantics; a message to the kernel comes back as a new
// state, all traits set, then their change events fired.
class KernelModel {
  constructor(state) { this.traits = traits(state); this.listeners = {}; this.sent = []; }
  get(name) { return this.traits[name]; }
  set(name, value) { this.traits[name] = value; }
  on(event, callback) { (this.listeners[event] ||= []).push(callback); }
  off(event, callback) { this.listeners[event] = (this.listeners[event] || []).filter((one) => one !== callback); }
  save_changes() {}
  async send(content) {
    this.sent.push(content);
    const state = traits(JSON.parse(await window.kernel(JSON.stringify(content))));
    const same = (name) => JSON.stringify(state[name]) === JSON.stringify(this.traits[name]);
    const changed = Object.keys(state).filter((name) => name === "files" || !same(name));
    Object.assign(this.traits, state);
    for (const name of changed) {
      for (const callback of this.listeners[`change:${name}`] || []) callback(this, state[name]);
    }
  }
}
window.mount = (state) => {
  const el = document.getElementById("notebook");
  window.model = new KernelModel(state);
  view.render({ model: window.model, el });
};
window.ready = true;
</script></body></html>
"""
STATIC = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Klasoverzicht</title>
<link rel="stylesheet" href="classpage.css"></head><body><main><h1>Klasoverzicht</h1>
{static}
</main><script src="coursekit-klas.js"></script></body></html>
"""


@pytest.fixture(scope="module")
def assets(tmp_path_factory):
    if classpage.find_library(ROOT) is None:
        pytest.skip("unzipit is missing: run `npm ci` in the repository root")
    script, _ = classpage.write(tmp_path_factory.mktemp("klas"), ROOT)
    return {
        "coursekit-klas.js": ("text/javascript", script.read_text(encoding="utf-8")),
        "classpage.css": ("text/css", CLASS_STYLESHEET.read_text(encoding="utf-8")),
        "classoverview.js": ("text/javascript", CLASS_BUNDLE.read_text(encoding="utf-8")),
    }


def state_of(widget: ClassOverviewWidget) -> str:
    """The widget's traits as the view gets them (bytes as base64 here, a DataView there)."""
    files = [
        {**one, "bytes": base64.b64encode(one["bytes"]).decode("ascii")} if "bytes" in one else one
        for one in widget.files
    ]
    keys = ("catalog", "folder", "problem", "show_names", "reading")
    return json.dumps({**{key: getattr(widget, key) for key in keys}, "files": files})


async def open_notebook(browser, assets, widget: ClassOverviewWidget, static: str = ""):
    page = await browser.browser.new_page(locale="nl-NL", viewport={"width": 1100, "height": 900})
    files = dict(assets)
    files["index.html"] = ("text/html", STATIC.format(static=static) if static else HARNESS)

    def kernel(message: str) -> str:
        widget._message(widget, json.loads(message), [])
        return state_of(widget)

    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    await serve_files(page, ORIGIN, files)
    await page.expose_function("kernel", kernel)
    await page.goto(f"{ORIGIN}/index.html")
    if not static:
        await page.wait_for_function("window.ready === true")
        await page.evaluate("(state) => window.mount(JSON.parse(state))", state_of(widget))
    return page, errors


async def settled(page, root: str) -> None:
    """Until the overview in ``root`` is drawn (its status says so) and no table is still filling."""
    await page.wait_for_function(
        """(root) => {
          const status = document.querySelector(`${root} .ck-status`);
          const report = document.querySelector(`${root} .ck-report`);
          return status && /^(Klaar|Er is niets)/.test(status.textContent) && !report.hasAttribute("aria-busy");
        }""",
        arg=root,
    )


async def report_text(page, root: str) -> str:
    return await page.locator(f"{root} .ck-report").inner_text()


async def sections(page, root: str) -> list[tuple[str, str]]:
    return await page.evaluate(
        """(root) => [...document.querySelectorAll(`${root} .ck-class-section`)]
            .map((node) => [node.dataset.key, node.querySelector("h3").textContent])""",
        root,
    )


def drive(browser, assets, widget, steps, static: str = ""):
    async def run():
        page, errors = await open_notebook(browser, assets, widget, static)
        try:
            result = await steps(page)
        finally:
            await page.close()
        assert not errors, errors
        return result

    return browser.run(run())


def widget_for(folder: str | Path, base: Path, show_names: bool = False) -> ClassOverviewWidget:
    return ClassOverviewWidget(load_catalog(ROOT), read_folder(folder, base), base, show_names)


@pytest.fixture(autouse=True)
def _in_project(monkeypatch):
    monkeypatch.setenv("COURSEKIT_ROOT", str(ROOT))


def write_learner(folder: Path, name: str, scores: list[int], filename: str) -> None:
    from coursekit.answers import Answer

    catalog = load_catalog(ROOT)
    answers = {}
    for exercise_id, shift in (("h8-zelfscan-begin", 0), ("h9-zelfscan-eind", 1)):
        definition = catalog.get(exercise_id)
        ratings = [
            {"statement": s, "score": min(5, score + shift), "note": ""}
            for s, score in zip(definition.statements, scores)
        ]
        value = {"scale": list(definition.scale), "ratings": ratings}
        answers[exercise_id] = Answer(exercise_id, definition.chapter, "selfscan", value, "2026-11-02T20:00:00+00:00")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / filename).write_text(build_export(answers, catalog, name=name).html, encoding="utf-8")


def test_the_notebook_shows_the_same_overview_as_the_page_for_the_sample_folder(browser, assets):
    """The notebook (kernel + view) and the book's class page (its folder button), on the same folder."""
    widget = widget_for("voorbeeld-exports", SAMPLES.parent)

    async def steps(page):
        await page.set_input_files("#page input[webkitdirectory]", SAMPLES)
        await settled(page, "#page")
        await settled(page, "#notebook")
        return {
            "page": await sections(page, "#page"),
            "notebook": await sections(page, "#notebook"),
            "page_text": await report_text(page, "#page"),
            "notebook_text": await report_text(page, "#notebook"),
            "status": await page.locator("#notebook .ck-status").text_content(),
        }

    found = drive(browser, assets, widget, steps)
    keys = [key for key, _ in found["notebook"]]
    assert found["notebook"] == found["page"]
    assert keys[:2] == ["bestanden", "oefeningen"]
    assert "h8-zelfscan-begin--h9-zelfscan-eind" in keys and "rollen" in keys and "cursisten" in keys
    assert found["notebook_text"] == found["page_text"]  # names hidden: the same overview, word for word
    assert found["status"].startswith("Klaar: 8 cursisten ingelezen, 2 bestand(en) overgeslagen")
    assert "Voorbeeldcursist" not in found["notebook_text"]


def test_class_overview_shows_the_sample_folder_live_and_static(browser, assets, monkeypatch):
    monkeypatch.chdir(SAMPLES.parent)
    overview = ClassOverview(load_catalog(ROOT), "voorbeeld-exports", SAMPLES.parent)
    bundle = overview._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle and "Klasoverzicht" in bundle["text/plain"]
    assert "Voorbeeldcursist" not in bundle["text/html"]  # the static form carries no name
    widget = overview.widget()

    async def live(page):
        await settled(page, "#notebook")
        names = page.locator("#notebook").get_by_label(teacher.LABEL_SHOW_NAMES)
        found = {"checked": await names.is_checked()}
        found["folder"] = await page.locator("#notebook").get_by_label(teacher.LABEL_FOLDER).input_value()
        found["hidden"] = await report_text(page, "#notebook")
        await names.check()
        await settled(page, "#notebook")
        found["shown"] = await report_text(page, "#notebook")
        view = page.locator("#notebook").get_by_label(teacher.LABEL_VIEW)
        await view.select_option("rollen")
        found["rollen"] = await page.locator("#notebook .ck-report").inner_text()
        await view.select_option("")
        found["all"] = await page.locator("#notebook .ck-report").inner_text()
        return found

    found = drive(browser, assets, widget, live)
    assert not found["checked"] and found["folder"] == "voorbeeld-exports"
    assert "Cursist A" in found["hidden"] and "Voorbeeldcursist" not in found["hidden"]
    assert "Voorbeeldcursist 1 (synthetisch)" in found["shown"]
    assert "Rolprofiel per leiderschapsrol" in found["rollen"] and "Wie deed wat" not in found["rollen"]
    assert "Wie deed wat" in found["all"]

    async def static(page):
        await settled(page, ".ck-classpage")
        return await page.locator(".ck-classpage").inner_text()

    shown = drive(browser, assets, widget, static, static=overview.static_html())
    assert "Cursist A" in shown and "Voorbeeldcursist" not in shown  # the static form never shows names
    assert teacher.LABEL_SHOW_NAMES not in shown  # and has no "Namen tonen"


def test_the_widget_reports_a_bad_folder_and_recovers(browser, assets, tmp_path):
    write_learner(tmp_path / "groep", "Anna", [3] * 8, "anna.html")
    widget = widget_for("groep", tmp_path)

    async def steps(page):
        notebook = page.locator("#notebook")
        folder = notebook.get_by_label(teacher.LABEL_FOLDER)
        read = notebook.get_by_role("button", name=teacher.BUTTON_READ)
        found = {}
        await settled(page, "#notebook")
        await folder.fill("tikfout")
        await read.click()
        await page.wait_for_function("document.querySelector('#notebook .ck-folder-problem').textContent.length > 0")
        found["missing"] = await notebook.locator("[role=alert]").inner_text()
        found["toolbar"] = await notebook.locator(".ck-toolbar").is_hidden()
        (tmp_path / "leeg").mkdir()
        await folder.fill("leeg")
        await folder.press("Enter")  # Enter in the folder field reads too
        await page.wait_for_function(
            "/is leeg/.test(document.querySelector('#notebook .ck-folder-problem').textContent)"
        )
        found["empty"] = await notebook.locator("[role=alert]").inner_text()
        await folder.fill("groep")
        await read.click()
        await page.wait_for_function("!document.querySelector('#notebook .ck-folder-problem').textContent")
        await settled(page, "#notebook")
        found["one"] = await report_text(page, "#notebook")
        write_learner(tmp_path / "groep", "Bert", [4] * 8, "bert.html")
        await read.click()
        await page.wait_for_function("/2 cursisten/.test(document.querySelector('#notebook .ck-status').textContent)")
        await settled(page, "#notebook")
        found["two"] = await report_text(page, "#notebook")
        return found

    found = drive(browser, assets, widget, steps)
    assert "bestaat niet" in found["missing"] and found["toolbar"]
    assert "is leeg" in found["empty"]
    assert "Cursist A" in found["one"]
    assert "2 cursisten: 2 bestand(en) bekeken" in found["two"]


def test_names_and_file_names_are_hidden_by_default_and_shown_on_request(browser, assets, tmp_path):
    names = ["Anneloes de Vries", "Bartholomeus Jansen", "Cornelia Bakker", "Dewi Ramdin", "Esmeralda Kaya"]
    for index, name in enumerate(names):
        write_learner(tmp_path / "map", name, [1 + index % 5] * 8, f"portfolio-{name.lower().replace(' ', '-')}.html")
    widget = widget_for("map", tmp_path)
    static = static_html(read_folder("map", tmp_path))

    async def live(page):
        await settled(page, "#notebook")
        hidden = await report_text(page, "#notebook")
        await page.locator("#notebook").get_by_label(teacher.LABEL_SHOW_NAMES).check()
        await settled(page, "#notebook")
        return hidden, await report_text(page, "#notebook")

    async def shown_static(page):
        await settled(page, ".ck-classpage")
        return await page.locator(".ck-classpage").inner_text()

    hidden, shown = drive(browser, assets, widget, live)
    rendered = drive(browser, assets, widget, shown_static, static=static)
    for text in (hidden, static, rendered):
        for name in names:
            for part in name.split():
                assert not re.search(rf"\b{part}\b", text, re.IGNORECASE) or part == "de"
    for text in (hidden, rendered):
        assert "Cursist A" in text and "Cursist E" in text
    assert all(name in shown for name in names)
    assert "portfolio-anneloes-de-vries.html" in shown


def test_a_small_group_gets_a_warning(browser, assets, tmp_path):
    for name in ("Anna", "Bert"):
        write_learner(tmp_path / "map", name, [3] * 8, f"{name}.html")

    async def steps(page):
        await settled(page, "#notebook")
        return await page.locator("#notebook").inner_text()

    assert "minder dan 5 cursisten" in drive(browser, assets, widget_for("map", tmp_path), steps)


def test_every_chart_has_alt_text_a_caption_and_a_table(browser, assets):
    """The static form of the sample folder, as the book's page shows it."""
    overview = ClassOverview(load_catalog(ROOT), "voorbeeld-exports", SAMPLES.parent)

    async def steps(page):
        await settled(page, ".ck-classpage")
        return await page.evaluate(
            """() => {
              const root = document.querySelector(".ck-classpage");
              const charts = [...root.querySelectorAll("svg[role=img]")];
              return {
                alts: charts.map((svg) => document.getElementById(svg.getAttribute("aria-labelledby")).textContent),
                captions: root.querySelectorAll("figure figcaption").length,
                tables: [...root.querySelectorAll("caption")]
                  .filter((c) => c.textContent.startsWith("Tekstversie van de grafiek")).length,
                columnHeads: root.querySelectorAll('th[scope="col"]').length,
                text: root.innerText,
                html: root.innerHTML,
              };
            }"""
        )

    found = drive(browser, assets, overview.widget(), steps, static=overview.static_html())
    assert len(found["alts"]) >= 8
    assert all(len(alt) >= 40 for alt in found["alts"])
    assert found["captions"] == len(found["alts"])
    assert found["tables"] == len(found["alts"])
    assert found["columnHeads"] and "<caption>" in found["html"]
    assert "synthetische voorbeeldexports" in found["text"] and "mybinder.org" in found["text"]
    for reflection_text in ("Synthetisch voorbeeldantwoord", "Mijn antwoord"):
        assert reflection_text not in found["html"]  # reflection texts are never shown
        assert reflection_text not in overview.static_html()  # nor carried


def test_keys_typed_in_the_overview_stay_there_and_the_keyboard_reads_a_folder(browser, assets, tmp_path):
    """JupyterLab's data-lm-suppress-shortcuts on the view and on every control that takes focus."""
    write_learner(tmp_path / "groep", "Anna", [3] * 8, "anna.html")
    widget = widget_for("tikfout", tmp_path)

    async def steps(page):
        folder = page.locator("#notebook").get_by_label(teacher.LABEL_FOLDER)
        await folder.focus()
        await folder.fill("groep")
        await page.keyboard.press("Tab")  # to "Lees de map in"
        focused = await page.evaluate("document.activeElement.textContent")
        await page.keyboard.press("Enter")
        await page.wait_for_function("/1 cursist/.test(document.querySelector('#notebook .ck-status').textContent)")
        await settled(page, "#notebook")
        await page.locator("#notebook").get_by_label(teacher.LABEL_SHOW_NAMES).focus()
        return {
            "focused": focused,
            "root": await page.locator("#notebook").get_attribute("data-lm-suppress-shortcuts"),
            "marked": await page.evaluate(
                """() => [...document.querySelectorAll("#notebook input, #notebook button, #notebook select")]
                    .filter((node) => node.hasAttribute("data-lm-suppress-shortcuts")).length"""
            ),
            "sent": await page.evaluate("window.model.sent"),
        }

    found = drive(browser, assets, widget, steps)
    assert found["focused"] == teacher.BUTTON_READ
    assert found["root"] == "true" and found["marked"] >= 3
    assert found["sent"] == [{"method": "read", "folder": "groep"}]


def test_the_printed_book_shows_the_drawn_overview_of_the_static_form(assets, tmp_path):
    """scripts/make_pdf.py prints the overview the class page's script draws, without its controls."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import make_pdf

    overview = ClassOverview(load_catalog(ROOT), "voorbeeld-exports", SAMPLES.parent)
    (tmp_path / "coursekit-klas.js").write_text(assets["coursekit-klas.js"][1], encoding="utf-8")
    page = tmp_path / "klasoverzicht.html"
    article = f"<article>{overview.static_html()}</article>"
    page.write_text(STATIC.format(static=article), encoding="utf-8")  # with the class page's script
    printed = make_pdf.with_drawn_overviews(article, page)
    assert "8 cursisten: 10 bestand(en) bekeken, 8 gebruikt, 2 overgeslagen." in printed
    assert "ck-class-files" not in printed and "ck-toolbar" not in printed and "<svg" in printed
    assert "Voorbeeldcursist" not in printed
