"""What a learner sees in each exercise type's view, in Chromium, over the fixture of every type.

The module under test is the one a notebook runs: ``coursekit/notebook/exercise.js`` (the frame
and every ``exercise_types/<type>/view.js``). Each view gets a model that behaves as anywidget's
in JupyterLab does: listeners get Backbone's ``(model, value)``, and the "kernel" here keeps a
synced value by setting ``answer`` and ``status``, as ``coursekit.notebook.widget`` does. These are
the assertions the ipywidgets' tests made about what the learner sees (feedback and verdicts,
chart text alternatives, summary sentences, the question-changed note, a label on every control),
now made about the one view that the page and the notebooks share. No book build is needed.
"""

from __future__ import annotations

import dataclasses

import pytest

from coursekit.answers import Answer
from coursekit.notebook import BUNDLE, STYLESHEET
from coursekit.texts import learner
from pagetools import serve_files

pytestmark = pytest.mark.slow

ORIGIN = "http://views.test"
HARNESS = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Views</title>
<link rel="stylesheet" href="page.css"></head><body><main id="views"></main>
<script type="module">
import view from "./exercise.js";
// anywidget's model in JupyterLab: Backbone semantics (set fires change:name at once, listeners get
// (model, value)); save_changes() reaches the kernel, which keeps the value and sets answer and status.
class KernelModel {
  constructor(traits) { this.traits = { ...traits }; this.listeners = {}; this.saves = []; }
  get(name) { return this.traits[name]; }
  set(name, value) { this.traits[name] = value; this.fire(`change:${name}`, value); }
  on(event, callback) { (this.listeners[event] ||= []).push(callback); }
  off(event, callback) { this.listeners[event] = (this.listeners[event] || []).filter((one) => one !== callback); }
  fire(event, value) { for (const callback of this.listeners[event] || []) callback(this, value); }
  send() {}
  save_changes() {
    const value = JSON.parse(JSON.stringify(this.traits.value));
    this.saves.push(value);
    const record = { ...(this.traits.answer || {}), exercise_id: this.traits.definition.id,
      type: this.traits.definition.type, value, updated_at: "2026-12-01T10:15:00+01:00",
      definition: this.traits.definition.version };
    const echo = () => {
      this.set("answer", record);
      this.set("status", { kind: "saved", text: "✔ Opgeslagen om 10:15", warnings: [] });
    };
    // A busy kernel: its answers come back later, after the learner went on (window.release()).
    if (window.slowKernel) window.echoes.push(echo);
    else echo();
  }
}
window.models = {};
window.echoes = [];
window.release = () => { for (const echo of window.echoes.splice(0)) echo(); };
window.mount = (traits) => {
  document.getElementById(`view-${traits.definition.id}`)?.remove();  // a new cell run or kernel
  const el = document.createElement("section");
  el.id = `view-${traits.definition.id}`;
  document.getElementById("views").append(el);
  const model = new KernelModel({ answer: null, value: null, status: {}, compared: null, ...traits });
  window.models[traits.definition.id] = model;
  view.render({ model, el });
  return el.id;
};
window.ready = true;
</script></body></html>
"""


@pytest.fixture(scope="module")
def definitions(every_type):
    return dict(every_type.definitions)


def record(exercise, value, **changes):
    return {**Answer.answering(exercise, value).to_dict(), **changes}


async def open_views(browser):
    page = await browser.browser.new_page(locale="nl-NL")
    files = {
        "index.html": ("text/html", HARNESS),
        "exercise.js": ("text/javascript", BUNDLE.read_text(encoding="utf-8")),
        "page.css": ("text/css", STYLESHEET.read_text(encoding="utf-8")),
    }

    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    await serve_files(page, ORIGIN, files)
    await page.goto(f"{ORIGIN}/index.html")
    await page.wait_for_function("window.ready === true")
    return page, errors


def drive(browser, steps):
    """Open the harness, run ``steps(page)`` (a coroutine function) and return its result."""

    async def run():
        page, errors = await open_views(browser)
        try:
            result = await steps(page)
        finally:
            await page.close()
        assert not errors, errors
        return result

    return browser.run(run())


async def mount(page, definition, **traits):
    selector = "#" + await page.evaluate(
        "(traits) => window.mount(traits)", {"definition": definition.to_json(), **traits}
    )
    return page.locator(selector)


async def saves(page, exercise_id):
    return await page.evaluate("(id) => window.models[id].saves", exercise_id)


def test_multiple_choice_explains_each_answer_allows_a_retry_and_comes_back(browser, definitions):
    definition = definitions["h1-kennisvraag"]

    async def steps(page):
        view = await mount(page, definition)
        feedback = view.locator(".ck-feedback")
        seen = {}
        await view.get_by_role("button", name=learner.CHECK).click()
        seen["empty"] = await feedback.inner_text()
        await view.get_by_label("De eerste bewering").check()
        await view.get_by_role("button", name=learner.CHECK).click()
        seen["wrong"] = await feedback.inner_text()
        seen["locked"] = [await radio.is_disabled() for radio in await view.get_by_role("radio").all()]
        seen["retry enabled"] = await view.get_by_role("button", name=learner.RETRY).is_enabled()
        seen["status"] = await view.locator(".ck-status").inner_text()
        await view.get_by_role("button", name=learner.RETRY).click()
        seen["after retry"] = (
            await feedback.inner_text(),
            [await r.is_checked() for r in await view.get_by_role("radio").all()],
        )
        await view.get_by_label("De tweede bewering").check()
        await view.get_by_role("button", name=learner.CHECK).click()
        seen["right"] = await feedback.inner_text()
        seen["saves"] = await saves(page, definition.id)
        again = await mount(page, definition, answer=record(definition, seen["saves"][-1]))
        seen["again"] = (
            await again.locator(".ck-feedback").inner_text(),
            await again.get_by_label("De tweede bewering").is_checked(),
        )
        third = await mount(
            page,
            definition,
            answer=record(
                definition, {**seen["saves"][-1], "choice": "De derde bewering.", "correct": False, "attempts": 3}
            ),
        )
        seen["no verdict in feedback"] = await third.locator(".ck-feedback").inner_text()
        return seen

    seen = drive(browser, steps)
    assert seen["empty"] == learner.CHOOSE_FIRST
    # The feedback opens with its own verdict ("Nog niet."); the view says the verdict once.
    assert seen["wrong"] == f"{learner.NOT_YET} De feedback begint met het oordeel; de pagina laat dat weg. (Poging 1)"
    assert seen["locked"] == [True, True, True] and seen["retry enabled"]
    assert seen["status"] == "✔ Opgeslagen om 10:15"  # the kernel's status, shown by the frame
    assert seen["after retry"] == ("", [False, False, False])
    # after the kernel's answer came back the feedback stays (the view reads the trait, not Backbone's arguments)
    assert seen["right"] == f"{learner.CORRECT} Deze feedback begint ook met het oordeel. (Poging 2)"
    assert [(s["choice"], s["correct"], s["attempts"]) for s in seen["saves"]] == [
        ("De eerste bewering, met een *ster*.", False, 1),
        ("De tweede bewering | met een pipe.", True, 2),
    ]
    assert seen["again"] == (seen["right"], True)
    assert seen["no verdict in feedback"] == f"{learner.NOT_YET} Deze feedback begint zonder oordeel. (Poging 3)"


def test_matching_gives_feedback_per_item_and_a_score(browser, definitions):
    definition = definitions["h1-sorteren"]
    a, b, c = definition.categories

    async def steps(page):
        view = await mount(page, definition)
        selects = await view.get_by_role("combobox").all()
        seen = {}
        await selects[0].select_option(a)
        await view.get_by_role("button", name=learner.CHECK).click()
        seen["open"] = await view.locator("p.ck-feedback").inner_text()
        for select, category in zip(selects[1:], (b, a, a)):
            await select.select_option(category)
        await view.get_by_role("button", name=learner.CHECK).click()
        seen["items"] = [await item.inner_text() for item in await view.locator(".ck-item-feedback").all()]
        seen["score"] = await view.locator("p.ck-feedback").inner_text()
        await view.get_by_role("button", name=learner.RETRY).click()
        seen["kept"] = [await select.input_value() for select in selects]
        seen["cleared"] = [await item.inner_text() for item in await view.locator(".ck-item-feedback").all()]
        await selects[2].select_option(c)
        await view.get_by_role("button", name=learner.CHECK).click()
        seen["all"] = await view.locator("p.ck-feedback").inner_text()
        seen["saved"] = [
            (s["score"], s["total"], [p["correct"] for p in s["placements"]]) for s in await saves(page, definition.id)
        ]
        last = (await saves(page, definition.id))[-1]
        again = await mount(page, definition, answer=record(definition, last))
        seen["again"] = (
            [await s.input_value() for s in await again.get_by_role("combobox").all()],
            await again.locator("p.ck-feedback").inner_text(),
        )
        return seen

    seen = drive(browser, steps)
    assert seen["open"] == learner.ITEMS_OPEN.format(count=3)
    assert [text.split(" — ")[0] for text in seen["items"]] == [
        learner.ITEM_CORRECT,
        learner.ITEM_CORRECT,
        learner.ITEM_NOT_YET,
        learner.ITEM_CORRECT,
    ]
    assert "Item drie hoort bij C." in seen["items"][2]
    assert learner.MATCH_SCORE.format(score=3, total=4) in seen["score"]
    assert seen["kept"] == [a, b, a, a] and seen["cleared"] == ["", "", "", ""]
    assert seen["all"] == f"{learner.MATCH_SCORE.format(score=4, total=4)} {learner.MATCH_ALL_CORRECT}"
    assert seen["saved"] == [(3, 4, [True, True, False, True]), (4, 4, [True, True, True, True])]
    assert seen["again"] == ([a, b, c, a], seen["all"])


def test_a_dilemma_choice_names_the_theory_and_is_saved(browser, definitions):
    definition = definitions["h1-dilemma"]

    async def steps(page):
        view = await mount(page, definition)
        feedback = view.locator(".ck-feedback")
        seen = {}
        await view.get_by_role("button", name=learner.CHOOSE_THIS).click()
        seen["empty"] = await feedback.inner_text()
        await view.get_by_label("Eerst overleggen").check()
        await view.get_by_role("button", name=learner.CHOOSE_THIS).click()
        seen["chosen"] = await feedback.inner_text()
        seen["saves"] = await saves(page, definition.id)
        await view.get_by_label("Eerst de regels nalezen").check()
        seen["other"] = await feedback.inner_text()  # no feedback that belongs to another choice
        again = await mount(page, definition, answer=record(definition, seen["saves"][-1]))
        seen["again"] = (
            await again.get_by_label("Eerst overleggen").is_checked(),
            await again.locator(".ck-feedback").inner_text(),
        )
        return seen

    seen = drive(browser, steps)
    assert seen["empty"] == learner.CHOOSE_FIRST
    assert learner.YOU_CHOSE.format(choice="Eerst overleggen") in seen["chosen"]
    assert "Je kiest voor verbinding; de theorie noemt dat faciliteren." in seen["chosen"]
    assert f"{learner.THEORY} Faciliterend leiderschap (verzonnen voor deze test)." in seen["chosen"]
    assert seen["saves"] == [{"question": "Welke stap zet je als eerste?", "choice": "Eerst overleggen"}]
    assert seen["other"] == ""
    assert seen["again"] == (True, seen["chosen"])


async def chart_and_summary(view):
    title = view.locator("svg[role=img] title")
    return {
        "alts": [await one.text_content() for one in await title.all()],
        "summary": await view.locator(".ck-summary").inner_text(),
        "table": await view.locator(".ck-summary table").inner_html()
        if await view.locator(".ck-summary table").count()
        else "",
    }


def test_every_rating_is_saved_at_once_and_charted_with_a_summary(browser, definitions):
    definition = definitions["h1-zelfscan-rollen"]

    async def steps(page):
        view = await mount(page, definition)
        seen = {"before": await chart_and_summary(view)}
        groups = await view.get_by_role("group").all()
        await groups[0].get_by_label("4 – altijd").check()
        await groups[2].get_by_label("1 – nooit").check()
        seen["after"] = await chart_and_summary(view)
        seen["saves"] = [[r["score"] for r in s["ratings"]] for s in await saves(page, definition.id)]
        await view.get_by_role("textbox").nth(1).fill("zie het overleg van maandag")
        await view.get_by_role("textbox").nth(1).blur()
        last = (await saves(page, definition.id))[-1]
        again = await mount(page, definition, answer=record(definition, last))
        seen["again"] = (
            [await r.is_checked() for r in await again.get_by_role("group").nth(0).get_by_role("radio").all()],
            await again.get_by_role("textbox").nth(1).input_value(),
            (await chart_and_summary(again))["summary"],
        )
        return seen

    seen = drive(browser, steps)
    assert seen["before"]["alts"] == [] and learner.CHART_EMPTY_SELFSCAN in seen["before"]["summary"]
    assert seen["after"]["alts"] == [learner.CHART_ALT_SELFSCAN]
    summary = seen["after"]["summary"]
    assert "Je hebt 2 van de 4 stellingen een score gegeven." in summary
    assert "Je gemiddelde score is 2,5 (op een schaal van 1 tot 4)." in summary
    assert "Hoogst (4 – altijd): 1. Verbinder: ik breng partijen <samen>." in summary
    assert "Laagst (1 – nooit): 3. Bewaker: ik let op regels & procedures." in summary
    assert '<th scope="row">2. Verbinder: ik zoek gedeelde belangen.</th><td>–</td>' in seen["after"]["table"]
    assert seen["saves"] == [[4, None, None, None], [4, None, 1, None]]  # each choice saved at once
    assert seen["again"][:2] == ([False, False, False, True], "zie het overleg van maandag")
    assert "Je gemiddelde score is 2,5" in seen["again"][2]


def test_the_earlier_scan_is_shown_against_this_one_and_its_absence_is_said(browser, definitions):
    earlier_scan, later = definitions["h1-zelfscan-rollen"], definitions["h1-zelfscan-later"]
    ratings = [{"statement": s, "score": score, "note": ""} for s, score in zip(earlier_scan.statements, (2, 3, 4, 1))]
    earlier = record(earlier_scan, {"scale": list(earlier_scan.scale), "ratings": ratings})
    other_type = record(
        definitions["h1-dilemma"], {"question": "Welke stap zet je als eerste?", "choice": "Eerst overleggen"}
    )

    async def fill(view, scores):
        for group, score in zip(await view.get_by_role("group").all(), scores):
            await group.get_by_role("radio").nth(score - 1).check()

    async def steps(page):
        seen = {}
        alone = await mount(page, later)
        await fill(alone, (3,))
        seen["alone"] = await chart_and_summary(alone)
        await page.evaluate("(r) => window.models['h1-zelfscan-later'].set('compared', r)", earlier)
        seen["compared later"] = await chart_and_summary(alone)
        await page.evaluate("() => document.getElementById('view-h1-zelfscan-later').remove()")
        wrong = await mount(page, later, compared=other_type)
        await fill(wrong, (3,))
        seen["other type"] = await chart_and_summary(wrong)
        return seen

    seen = drive(browser, steps)
    note = learner.SUMMARY_NO_EARLIER.format(title=earlier_scan.title)
    assert note in seen["alone"]["summary"] and "Gemiddeld eerder" not in seen["alone"]["summary"]
    assert seen["alone"]["alts"] == [learner.CHART_ALT_SELFSCAN]
    compared = seen["compared later"]
    assert compared["alts"] == [learner.CHART_ALT_COMPARE]
    # later's statements are earlier's in reverse order: scored by statement, not by position
    assert "Gemiddeld eerder 2,5, nu 3,0 (verschil +0,5)." in compared["summary"]
    assert "Gestegen: 1. Bewaker: ik bewaak de *kwaliteit*. (1 → 3)." in compared["summary"]
    assert '<th scope="col">Eerder</th><th scope="col">Nu</th>' in compared["table"]
    assert note in seen["other type"]["summary"] and "Eerder" not in seen["other type"]["table"]


def test_the_forcefield_is_saved_charted_and_restored(browser, definitions):
    definition = definitions["h1-krachtenveld"]

    async def steps(page):
        view = await mount(page, definition)
        seen = {"before": await chart_and_summary(view)}
        forces = await view.get_by_role("textbox").all()
        selects = await view.get_by_role("combobox").all()  # per row: strength, influence
        await forces[0].fill("Budget per directie")
        await selects[0].select_option("5")
        await selects[1].select_option("geen")
        await forces[1].fill("Steun van de DG ($)")
        await selects[2].select_option("3")
        await selects[3].select_option("veel")
        await forces[1].blur()
        seen["after"] = await chart_and_summary(view)
        last = (await saves(page, definition.id))[-1]
        seen["saved"] = last["forces"]
        again = await mount(page, definition, answer=record(definition, last))
        seen["again"] = (
            [await box.input_value() for box in await again.get_by_role("textbox").all()],
            [await s.input_value() for s in await again.get_by_role("combobox").all()],
            (await chart_and_summary(again))["summary"],
        )
        return seen

    seen = drive(browser, steps)
    assert seen["before"]["alts"] == [] and learner.CHART_EMPTY_FORCEFIELD in seen["before"]["summary"]
    assert seen["saved"][:2] == [
        {"force": "Budget per directie", "strength": 5, "influence": "geen"},
        {"force": "Steun van de DG ($)", "strength": 3, "influence": "veel"},
    ]
    summary = seen["after"]["summary"]
    assert seen["after"]["alts"] == [learner.CHART_ALT_FORCEFIELD]
    assert "Je noemde 2 krachten met een sterkte." in summary and "Sterkst (5): Budget per directie." in summary
    assert "Hierop heb je veel invloed: Steun van de DG ($)." in summary
    assert "Hierop heb je geen invloed: Budget per directie." in summary
    assert seen["again"][0] == ["Budget per directie", "Steun van de DG ($)", "", ""]
    assert seen["again"][1][:4] == ["5", "geen", "3", "veel"] and "Sterkst (5)" in seen["again"][2]


def test_definition_text_is_shown_as_text_and_typing_is_saved_with_its_status(browser, definitions):
    definition = definitions["h1-reflectie"]

    async def steps(page):
        view = await mount(page, definition)
        seen = {
            "heading": await view.locator(":scope > :first-child").inner_text(),
            "markup": await view.locator("b, geen").count(),
        }
        seen["instruction"] = await view.get_by_text("Schrijf bij elke vraag").inner_text()
        await view.get_by_role("textbox").first.fill("Wat me opviel")
        await view.get_by_role("button", name=learner.SAVE_NOW).click()
        seen["saves"] = await saves(page, definition.id)
        seen["status"] = await view.locator(".ck-status").inner_text()
        seen["text kept"] = await view.get_by_role("textbox").first.input_value()
        return seen

    seen = drive(browser, steps)
    assert seen["heading"] == definition.title and seen["markup"] == 0
    assert seen["instruction"] == "Schrijf bij elke vraag een paar zinnen. <Geen> opmaak nodig."
    assert seen["saves"] and [r["text"] for r in seen["saves"][-1]["responses"]] == ["Wat me opviel", ""]
    assert seen["status"] == "✔ Opgeslagen om 10:15" and seen["text kept"] == "Wat me opviel"


def test_an_answer_to_a_changed_question_is_noted_and_then_kept_as_earlier(browser, definitions):
    definition = definitions["h1-kennisvraag"]
    old = record(
        definition,
        {"question": "Een oudere vraag?", "choice": "Een oud antwoord", "correct": False, "attempts": 1},
        definition="0" * len(definition.version),
    )

    async def steps(page):
        view = await mount(page, definition, answer=old)
        note = view.get_by_role("note")
        seen = {"note": await note.inner_text(), "open": await note.locator("details").get_attribute("open")}
        await view.get_by_label("De tweede bewering").check()
        await view.get_by_role("button", name=learner.CHECK).click()
        seen["after"] = await view.locator(".ck-changed").inner_text()
        return seen

    seen = drive(browser, steps)
    assert seen["note"].startswith("⚠ Deze vraag is gewijzigd sinds je antwoord (van ")
    assert learner.QUESTION_CHANGED_EARLIER in seen["note"]
    assert "Een oudere vraag?" in seen["note"] and "Een oud antwoord" in seen["note"] and seen["open"] is not None
    assert seen["after"] == learner.QUESTION_CHANGED_KEPT


LABELS = """(root) => [...root.querySelectorAll("input, select, textarea, button")].map((control) => {
  const labels = control.labels ? [...control.labels].map((label) => label.textContent.trim()).join(" ") : "";
  const text = control.tagName === "BUTTON" ? control.textContent : "";
  const name = (control.getAttribute("aria-label") || labels || text).trim();
  return { tag: control.tagName.toLowerCase(), type: control.type || "", name };
})"""


@pytest.mark.parametrize(
    "exercise_id",
    ["h1-reflectie", "h1-zelfscan-rollen", "h1-kennisvraag", "h1-sorteren", "h1-dilemma", "h1-krachtenveld"],
)
def test_every_control_has_a_label_and_no_slider_is_used(browser, definitions, exercise_id):
    async def steps(page):
        view = await mount(page, definitions[exercise_id])
        return await view.evaluate(LABELS)

    controls = drive(browser, steps)
    assert controls
    for control in controls:
        assert control["name"], f"{control['tag']} {control['type']} without a label"
        assert control["type"] != "range", "a slider"


def test_a_focused_control_keeps_jupyterlabs_command_shortcuts_out(browser, definitions):
    """JupyterLab's command-mode "ArrowDown" matches a focused radio itself (its selector ends in
    ":focus"); Lumino skips an element marked data-lm-suppress-shortcuts, the target included."""

    async def steps(page):
        view = await mount(page, definitions["h1-kennisvraag"])
        marked = {}
        for control in [*await view.get_by_role("radio").all(), view.get_by_role("button", name=learner.CHECK)]:
            await control.focus()
            marked[await control.evaluate("(node) => node.id || node.textContent")] = await control.evaluate(
                "(node) => node.closest('[data-lm-suppress-shortcuts]') === node"
            )
        return marked

    marked = drive(browser, steps)
    assert len(marked) == 4 and all(marked.values()), marked


def test_any_text_is_charted_and_shown_as_text(browser, definitions):
    odd = ("Kost $5 per uur", "Alleen een $", "😀 emoji", "مرحبا بالعالم 中文", "<b>html</b> " * 20)
    definition = dataclasses.replace(definitions["h1-zelfscan-standaard"], statements=odd)

    async def steps(page):
        view = await mount(page, definition)
        for number, group in enumerate(await view.get_by_role("group").all()):
            await group.get_by_role("radio").nth(number % 3).check()
        seen = await chart_and_summary(view)
        seen["bold"] = await view.locator(".ck-chart b, .ck-summary b").count()
        seen["labels"] = await view.locator("svg[role=img] text").all_text_contents()
        return seen

    seen = drive(browser, steps)
    assert seen["alts"] == [learner.CHART_ALT_SELFSCAN]
    assert "Je hebt 5 van de 5 stellingen een score gegeven." in seen["summary"]
    assert "5. <b>html</b>" in seen["summary"] and seen["bold"] == 0
    assert any("$5" in label for label in seen["labels"]) and any("中文" in label for label in seen["labels"])


def test_a_busy_kernels_late_answers_never_undo_what_the_learner_did_since(browser, definitions):
    """In JupyterLab a save's answer comes back from the kernel a while later. By then the learner may
    have chosen another score and be typing a note: the late answers of earlier saves must not draw
    over that (the typed note would be lost)."""
    definition = definitions["h1-zelfscan-rollen"]

    async def steps(page):
        await page.evaluate("() => { window.slowKernel = true; }")
        view = await mount(page, definition)
        groups = await view.get_by_role("group").all()
        notes = view.get_by_role("textbox")
        await groups[0].get_by_role("radio").nth(1).check()  # saved at once; its answer is late
        await notes.nth(0).fill("eerste notitie")
        await notes.nth(0).blur()  # saved
        await groups[1].get_by_role("radio").nth(2).check()  # saved
        await notes.nth(1).press_sequentially("nog aan het typen")  # not yet saved
        await page.evaluate("() => window.release()")  # the three late answers arrive
        return {
            "notes": [await notes.nth(0).input_value(), await notes.nth(1).input_value()],
            "checked": [
                [await radio.is_checked() for radio in await group.get_by_role("radio").all()] for group in groups[:2]
            ],
        }

    seen = drive(browser, steps)
    assert seen["notes"] == ["eerste notitie", "nog aan het typen"]
    assert seen["checked"] == [[False, True, False, False], [False, False, True, False]]
