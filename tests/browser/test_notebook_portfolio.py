"""The notebook's portfolio panel in Chromium: its view (``coursekit/notebook/exercise.js``, the
page's portfolio) with a real kernel side (:class:`coursekit.notebook.portfolio.PortfolioWidget`).

The model behaves as anywidget's does in JupyterLab; what the view sends reaches the widget in
Python (``page.expose_function``), and what the widget sends back reaches the view as
``msg:custom``, as in a notebook. Everything is done with the keyboard, as a learner can.
No book build is needed.
"""

from __future__ import annotations

import json

import pytest

from coursekit.answers import Answer
from coursekit.notebook import BUNDLE, STYLESHEET
from coursekit.notebook.portfolio import PortfolioWidget
from coursekit.store import AnswerStore
from coursekit.texts import learner
from pagetools import serve_files

pytestmark = pytest.mark.slow

ORIGIN = "http://portfolio.test"
HARNESS = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Portfolio</title>
<link rel="stylesheet" href="page.css"></head><body><main id="panels"></main>
<script type="module">
import view from "./exercise.js";
// anywidget's model in JupyterLab: Backbone semantics; send() reaches the kernel (Python here),
// whose messages come back as "msg:custom" and whose traits as "change:<name>".
class KernelModel {
  constructor(key, traits) { this.key = key; this.traits = { ...traits }; this.listeners = {}; }
  get(name) { return this.traits[name]; }
  set(name, value) { this.traits[name] = value; this.fire(`change:${name}`, value); }
  on(event, callback) { (this.listeners[event] ||= []).push(callback); }
  off(event, callback) { this.listeners[event] = (this.listeners[event] || []).filter((one) => one !== callback); }
  fire(event, value) {
    for (const callback of this.listeners[event] || []) callback(event === "msg:custom" ? value : this, value);
  }
  save_changes() {}
  async send(content) {
    const reply = JSON.parse(await window.kernel(this.key, JSON.stringify(content)));
    for (const [name, value] of Object.entries(reply.traits)) this.set(name, value);
    for (const message of reply.messages) this.fire("msg:custom", message);
  }
}
window.models = {};
window.mount = (key, traits) => {
  const el = document.createElement("section");
  el.id = `panel-${key}`;
  document.getElementById("panels").append(el);
  window.models[key] = new KernelModel(key, traits);
  view.render({ model: window.models[key], el });
  return el.id;
};
window.ready = true;
</script></body></html>
"""
TRAITS = ("panel", "catalog", "answers", "notices", "files", "folder")


def reflection_answer(every_type, text):
    definition = next(d for d in every_type.definitions.values() if d.type == "reflection")
    value = {"responses": [{"prompt": prompt, "text": text} for prompt in definition.prompts]}
    return Answer.answering(definition, value)


def run_panels(browser, widgets, steps):
    """Open the harness with ``widgets`` (key: PortfolioWidget) and run ``steps(page, mount)``;
    ``await mount(key)`` shows a widget's panel (as running its cell does), with its traits as they are."""

    async def run():
        page = await browser.browser.new_page(locale="nl-NL", accept_downloads=True)
        files = {
            "index.html": ("text/html", HARNESS),
            "exercise.js": ("text/javascript", BUNDLE.read_text(encoding="utf-8")),
            "page.css": ("text/css", STYLESHEET.read_text(encoding="utf-8")),
        }

        def kernel(key, content):
            widget = widgets[key]
            sent = []
            widget.send = lambda message, buffers=None: sent.append(message)
            widget._message(widget, json.loads(content), [])
            return json.dumps({"traits": {name: getattr(widget, name) for name in TRAITS}, "messages": sent})

        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        await serve_files(page, ORIGIN, files)
        await page.expose_function("kernel", kernel)
        await page.goto(f"{ORIGIN}/index.html")
        await page.wait_for_function("window.ready === true")

        async def mount(key):
            widget = widgets[key]
            widget.refresh()
            traits = {name: getattr(widget, name) for name in TRAITS}
            await page.evaluate("([key, traits]) => window.mount(key, traits)", [key, traits])

        try:
            result = await steps(page, mount)
        finally:
            await page.close()
        assert not errors, errors
        return result

    return browser.run(run())


def test_an_export_made_with_the_keyboard_comes_back_on_import(browser, every_type, tmp_path):
    store = AnswerStore(tmp_path / "oud" / "antwoorden.json")
    answer = store.save(reflection_answer(every_type, "Mijn <b>antwoord</b>"))
    folder = tmp_path / "portfolio"
    made = PortfolioWidget(store, every_type, folder)
    fresh_store = AnswerStore(tmp_path / "nieuw" / "antwoorden.json")
    fresh = PortfolioWidget(fresh_store, every_type, folder)

    async def steps(page, mount):
        await mount("made")
        panel = page.locator("#panel-made")
        await panel.get_by_label(learner.PORTFOLIO_NAME).focus()
        await page.keyboard.type("Sam de Vries")
        await page.keyboard.press("Tab")
        await page.keyboard.press("Enter")  # "Maak portfolio"
        await panel.get_by_text(learner.PORTFOLIO_WRITTEN.format(folder=folder)).wait_for()
        links = await panel.locator(".ck-downloads a").evaluate_all(
            "(links) => links.map((a) => [a.getAttribute('download'), a.textContent])"
        )
        await mount("fresh")  # a new session: its cell is run after the export
        other = page.locator("#panel-fresh")
        chooser = other.get_by_label(learner.PORTFOLIO_IMPORT_FOLDER.format(folder=folder))
        html_name = next(name for name, _ in links if name.endswith(".html"))
        await chooser.select_option(html_name)
        await chooser.focus()
        await page.keyboard.press("Tab")
        await page.keyboard.press("Enter")  # "Importeer dit bestand"
        await other.get_by_text("Import van").wait_for()
        report = await other.locator(".ck-report").inner_text()
        marked = await other.get_by_role("button", name=learner.PORTFOLIO_IMPORT_CHOSEN).evaluate(
            "(node) => node.closest('[data-lm-suppress-shortcuts]') !== null"
        )
        return links, report, marked

    links, report, marked = run_panels(browser, {"made": made, "fresh": fresh}, steps)
    assert [label for _, label in links] == [
        learner.PORTFOLIO_DOWNLOAD_HTML,
        learner.PORTFOLIO_DOWNLOAD_MD,
        learner.PORTFOLIO_DOWNLOAD_JSON,
    ]
    assert all(name.startswith("portfolio-sam-de-vries-") for name, _ in links)
    assert sorted(p.name for p in folder.iterdir()) == sorted(name for name, _ in links)
    assert "1 toegevoegd, 0 bijgewerkt, 0 overgeslagen" in report
    assert fresh_store.answers() == {answer.exercise_id: answer}
    assert marked


def test_a_hostile_upload_gets_a_dutch_reason_that_names_it(browser, every_type, tmp_path):
    store = AnswerStore(tmp_path / "antwoorden.json")
    widget = PortfolioWidget(store, every_type, tmp_path / "portfolio")
    hostile = tmp_path / "vreemd<b>.json"
    hostile.write_text('{"format": "coursekit-portfolio", "schema_version": 1.0, "answers": []}', encoding="utf-8")

    async def steps(page, mount):
        await mount("one")
        panel = page.locator("#panel-one")
        await panel.get_by_label(learner.PORTFOLIO_IMPORT, exact=True).set_input_files(str(hostile))
        await panel.locator(".ck-report p").wait_for()
        field = panel.get_by_label(learner.PORTFOLIO_IMPORT, exact=True)
        return await panel.locator(".ck-report").inner_text(), await field.evaluate("(f) => f.files.length")

    report, left = run_panels(browser, {"one": widget}, steps)
    assert report.startswith("✘ vreemd<b>.json: ") and "geen export van het portfolio" in report
    assert store.answers() == {}
    assert left == 0  # the file field is empty again, ready for the next file (even the same one)
