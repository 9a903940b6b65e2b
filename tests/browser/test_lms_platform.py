"""A chapter inside a learning platform (issue 22): the SCORM packages in a real SCORM run-time.

scorm-again (pinned in package.json), the run-time that learning platforms embed, plays the
platform: a page holds its API (``window.API`` for SCORM 1.2, ``window.API_1484_11`` for 2004)
and opens the package's launch page in a new window, as platforms that launch in a window do (the
package finds the API through its opener; in its own frames through the parents). The learner works
in the chapter's exercise page; what the platform kept is read from scorm-again's own data
(``renderCMIToJSONObject``), and given to a fresh browser (empty site storage: another device).

The package is chapter 6's, made from the built book by ``coursekit.lms.package``.
"""

from __future__ import annotations

import json
import shutil

import pytest

from coursekit.definitions import load_catalog
from coursekit.lms import package as packaging
from coursekit.texts import learner
from pagetools import ROOT, SCRIPTS_LOADED, StaticSite

pytestmark = pytest.mark.slow

CHAPTER = 6
EXERCISES = "notebooks/06-anatomie.html"
REFLECTION = "h6-reflectie-zwakste-schakel"
CHECK = "h6-kennis-cyclus"
SCAN = "h6-diagnose-samenwerking"
DIST = ROOT / "node_modules" / "scorm-again" / "dist"
LZ = ROOT / "node_modules" / "lz-string" / "libs" / "lz-string.min.js"
# The platform's page: scorm-again's API of the version in ?v=, with what it keeps given in
# window.start (set by the test before the launch), and every call it was asked counted.
PLATFORM = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Leeromgeving (test)</title>
<script src="scorm12.min.js"></script><script src="scorm2004.min.js"></script><script src="lz-string.min.js"></script>
<script>
const version = new URLSearchParams(location.search).get("v");
window.calls = [];
window.launch = (kept, refuse) => {
  const api = version === "1.2" ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  const learner = version === "1.2" ? { core: { student_id: "cursist-1" } } : { learner_id: "cursist-1" };
  api.loadFromJSON({ ...learner, ...(kept || {}) });
  if (version === "2004") api.cmi.scaled_passing_score = "PASSING";
  const names = version === "1.2" ? ["LMSInitialize", "LMSCommit", "LMSFinish"] : ["Initialize", "Commit", "Terminate"];
  for (const name of names) {
    const real = api[name].bind(api);
    api[name] = (arg) => { window.calls.push(name); return refuse && name === names[1] ? "false" : real(arg); };
  }
  window.platform = api;
  window[version === "1.2" ? "API" : "API_1484_11"] = api;
  window.learner = window.open("pakket/start.html", "pakket");
};
window.kept = () => {
  const cmi = JSON.parse(JSON.stringify(window.platform.renderCMIToJSONObject())).cmi;
  const raw = cmi.suspend_data || "";
  cmi.decoded = raw ? JSON.parse(LZString.decompressFromBase64(raw.slice(4))) : null;
  return cmi;
};
</script></head><body><h1>Leeromgeving</h1></body></html>
"""


@pytest.fixture(scope="module")
def platforms(book_html, tmp_path_factory):
    """The platform's page beside chapter 6's packages (unpacked), per version, served."""
    catalog = load_catalog()
    chapter = next(p for p in packaging.plan(catalog, ROOT / "book", "Boek") if p.chapters == (CHAPTER,))
    served = {}
    for version in packaging.VERSIONS:
        folder = tmp_path_factory.mktemp(f"platform-{packaging.VERSIONS[version]}")
        for name, data in packaging.contents(book_html, chapter, version, "https://example.org/boek/").items():
            (folder / "pakket" / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / "pakket" / name).write_bytes(data)
        for source in (DIST / "scorm12.min.js", DIST / "scorm2004.min.js", LZ):
            shutil.copy(source, folder / source.name)
        (folder / "platform.html").write_text(PLATFORM.replace("PASSING", str(packaging.PASSING)), encoding="utf-8")
        served[version] = folder
    sites = {version: StaticSite(folder).__enter__() for version, folder in served.items()}
    yield sites, catalog
    for site in sites.values():
        site.__exit__(None, None, None)


async def learner_window(context, site, version, kept=None, refuse=False):
    """The platform's page and the package's window it opened, at the chapter's exercise page."""
    platform = await context.new_page()
    await platform.goto(site.url(f"platform.html?v={version}"))
    async with context.expect_page() as opened:
        await platform.evaluate("([kept, refuse]) => window.launch(kept, refuse)", [kept, refuse])
    window = await opened.value
    await window.wait_for_load_state("load")
    frame = window.frames[1] if len(window.frames) > 1 else None
    for _ in range(100):
        frame = next((f for f in window.frames if f.url.endswith("06-anatomie.html")), None)
        if frame:
            break
        await window.wait_for_timeout(50)
    assert frame is not None and "/book/" in frame.url  # the launch page opens the chapter
    await frame.goto(site.url(f"pakket/{EXERCISES}"))  # the learner follows the link to the exercises
    await frame.wait_for_function(SCRIPTS_LOADED)
    await frame.wait_for_function("() => window.coursekitPlatform")
    return platform, window, frame


async def answer(frame, window, definitions):
    """A reflection (every question), the knowledge check (its right option, the first time) and
    the self-scan (every statement)."""
    view = frame.locator(".ck-live").nth(await index_of(frame, REFLECTION))
    for number in range(await view.locator("textarea").count()):
        await view.locator("textarea").nth(number).fill(f"Mijn antwoord {number + 1}: <b>vet</b> & meer")
    check = frame.locator(".ck-live").nth(await index_of(frame, CHECK))
    right = next(o["text"] for o in definitions[CHECK]["options"] if o["correct"])
    await check.get_by_label(right, exact=True).check()
    await check.locator("button").first.click()
    scan = frame.locator(".ck-live").nth(await index_of(frame, SCAN))
    names = await scan.evaluate(
        "(root) => [...new Set([...root.querySelectorAll('input[type=radio]')].map((c) => c.name))]"
    )
    for name in names:
        await scan.locator(f'input[type=radio][name="{name}"]').nth(3).check()
    await window.wait_for_timeout(50)


async def index_of(frame, exercise_id):
    return await frame.evaluate(
        "(id) => window.coursekitPage.page.views.findIndex((view) => view.definition.id === id)", exercise_id
    )


def definitions_of(catalog):
    return {d.id: d.to_json() for d in catalog.definitions.values() if d.chapter == CHAPTER}


def expected_score(catalog):
    """One knowledge check right at the first try, of all the chapter's points (a point per
    knowledge check, a point per situation to sort)."""
    chapter = definitions_of(catalog)
    total = sum(
        1 if d["type"] == "multiple_choice" else len(d["items"])
        for d in chapter.values()
        if d["type"] in ("multiple_choice", "matching")
    )
    return round(100 / total), total


async def close_and_read(platform, window, version):
    await window.close(run_before_unload=True)  # the learner closes the tab
    finish = "LMSFinish" if version == "1.2" else "Terminate"
    await platform.wait_for_function(f"() => window.calls.includes('{finish}')")
    return await platform.evaluate("() => window.kept()")


@pytest.mark.parametrize("version", ["1.2", "2004"])
def test_answers_reach_the_platform_and_come_back_on_another_device(browser, platforms, version):
    sites, catalog = platforms
    site = sites[version]
    definitions = definitions_of(catalog)
    raw, total = expected_score(catalog)

    async def scenario():
        context = await browser.browser.new_context(locale="nl-NL", service_workers="block")
        errors = []
        failed = lambda r: r.status >= 400 and "/pakket/" in r.url and errors.append(f"{r.status} {r.url}")  # noqa: E731
        context.on("response", failed)
        platform, window, frame = await learner_window(context, site, version)
        frame.page.on("pageerror", lambda error: errors.append(str(error)))
        await answer(frame, window, definitions)
        kept = await close_and_read(platform, window, version)
        calls = await platform.evaluate("() => window.calls")
        await context.close()
        # A new device: no site storage, only what the platform kept.
        other = await browser.browser.new_context(locale="nl-NL", service_workers="block")
        _platform2, _window2, frame2 = await learner_window(
            other, site, version, kept={"suspend_data": kept["suspend_data"]}
        )
        shown = await frame2.evaluate(
            "(ids) => ids.map((id) => { const a = window.coursekitPage.page.store.get(id); return a && a.value; })",
            [REFLECTION, CHECK, SCAN],
        )
        view = frame2.locator(".ck-live").nth(await index_of(frame2, REFLECTION))
        shown.append(await view.locator("textarea").first.input_value())
        notes = await frame2.locator(".ck-platform").inner_text()
        notes += await frame2.locator(".ck-where").first.inner_text()
        await other.close()
        return kept, calls, shown, notes, errors

    kept, calls, shown, notes, errors = browser.run(scenario())
    assert errors == []  # no script error, and every file the package's pages ask for is in it
    # The order of the specification: one session, committed before it ends.
    first, commit, finish = (
        ("LMSInitialize", "LMSCommit", "LMSFinish") if version == "1.2" else ("Initialize", "Commit", "Terminate")
    )
    assert calls[0] == first and calls.count(first) == 1 and calls[-1] == finish and calls[-2] == commit
    answers = kept["decoded"]["a"]
    assert set(answers) == {REFLECTION, CHECK, SCAN}
    assert answers[REFLECTION]["value"]["responses"][0]["text"] == "Mijn antwoord 1: <b>vet</b> & meer"
    assert "earlier" not in json.dumps(answers[REFLECTION]) or not answers[REFLECTION].get("earlier")
    core = kept["core"] if version == "1.2" else kept
    status = core["lesson_status"] if version == "1.2" else kept["completion_status"]
    assert status == "incomplete"  # not every exercise of the chapter has an answer
    assert str(core["score"]["raw"]) == str(raw) and str(core["score"]["max"]) == "100"
    assert core["exit"] == "suspend"
    interaction = kept["interactions"]["0"]
    assert interaction["id"] == CHECK and interaction["type"] == "choice" and interaction["result"] == "correct"
    right = next(i for i, o in enumerate(definitions[CHECK]["options"]) if o["correct"])
    response = interaction["student_response" if version == "1.2" else "learner_response"]
    assert response == "abcdefghij"[right] == interaction["correct_responses"]["0"]["pattern"]
    if version == "2004":
        assert float(kept["score"]["scaled"]) == pytest.approx(round(1 / total, 4))
        assert kept["success_status"] == ("passed" if 1 / total >= packaging.PASSING else "failed")
    # On the other device every answer is back, from the platform's data alone.
    reflection, check, scan, on_screen = shown
    assert reflection["responses"][0]["text"] == on_screen == "Mijn antwoord 1: <b>vet</b> & meer"
    assert check["correct"] is True and check["attempts"] == 1
    assert scan is not None
    assert learner.LMS_RESTORED in notes and learner.LMS_WHERE in notes


def test_answers_made_outside_the_platform_are_merged_not_lost(browser, platforms):
    """Answers the platform did not get (no platform, or one that refused) meet the platform's copy
    in the next session: per exercise the newer stays, the other is kept as an earlier answer, and
    both reach the platform."""
    sites, _catalog = platforms
    site = sites["1.2"]

    async def write(frame, exercise_id, text):
        view = frame.locator(".ck-live").nth(await index_of(frame, exercise_id))
        await view.locator("textarea").first.fill(text)
        await view.locator("textarea").first.blur()

    async def scenario():
        # On the work laptop, in the platform: a reflection and a knowledge check.
        laptop = await browser.browser.new_context(locale="nl-NL", service_workers="block")
        platform, window, frame = await learner_window(laptop, site, "1.2")
        await write(frame, REFLECTION, "Op het werk geschreven")
        check = frame.locator(".ck-live").nth(await index_of(frame, CHECK))
        await check.locator("input[type=radio]").first.check()
        await check.locator("button").first.click()
        kept = await close_and_read(platform, window, "1.2")
        await laptop.close()
        home = await browser.browser.new_context(locale="nl-NL", service_workers="block")
        # At home, first the package's page on its own (no platform): it says so, once.
        page = await home.new_page()
        await page.goto(site.url(f"pakket/{EXERCISES}"))
        await page.wait_for_function(SCRIPTS_LOADED)
        await page.wait_for_function("() => window.coursekitPlatform")
        alone = await page.locator(".ck-platform").inner_text()
        await page.close()
        # Then in a platform that refuses: the newer reflection stays in this browser only.
        platform, window, frame = await learner_window(home, site, "1.2", {"suspend_data": kept["suspend_data"]}, True)
        await write(frame, REFLECTION, "Thuis geschreven, toen de leeromgeving weigerde")
        await frame.wait_for_function("() => document.querySelector('.ck-platform [role=alert]')")
        refused = await frame.locator(".ck-platform").inner_text()
        await window.close(run_before_unload=True)
        # The next session, with the platform's (older) copy: both answers reach the platform.
        platform, window, frame = await learner_window(home, site, "1.2", {"suspend_data": kept["suspend_data"]})
        earlier = await frame.evaluate(
            f"() => window.coursekitPage.page.store.get('{REFLECTION}').earlier.map((e) => e.value.responses[0].text)"
        )
        after = await close_and_read(platform, window, "1.2")
        await home.close()
        return alone, refused, earlier, after

    alone, refused, earlier, after = browser.run(scenario())
    assert alone.count(learner.LMS_UNREACHABLE) == 1
    assert "nam je antwoorden niet aan" in refused
    answers = after["decoded"]["a"]
    assert answers[REFLECTION]["value"]["responses"][0]["text"] == "Thuis geschreven, toen de leeromgeving weigerde"
    assert CHECK in answers  # from the platform's copy
    assert earlier == ["Op het werk geschreven"]  # the older one, kept in the browser


def test_too_much_for_scorm_12_is_said_and_nothing_is_cut(browser, platforms):
    sites, _catalog = platforms
    site = sites["1.2"]
    # Text that does not compress: a different word every time.
    long_text = " ".join(f"woord{n * 7919 % 100003}" for n in range(900))

    async def scenario():
        context = await browser.browser.new_context(locale="nl-NL", service_workers="block")
        platform, window, frame = await learner_window(context, site, "1.2")
        view = frame.locator(".ck-live").nth(await index_of(frame, REFLECTION))
        await view.locator("textarea").first.fill(long_text)
        check = frame.locator(".ck-live").nth(await index_of(frame, CHECK))
        await check.locator("input[type=radio]").first.check()
        await check.locator("button").first.click()
        await frame.wait_for_function("() => document.querySelector('.ck-platform [role=alert]')")
        note = await frame.locator(".ck-platform").inner_text()
        stored = await frame.evaluate(
            f"() => window.coursekitPage.page.store.get('{REFLECTION}').value.responses[0].text"
        )
        kept = await close_and_read(platform, window, "1.2")
        await context.close()
        return note, stored, kept

    note, stored, kept = browser.run(scenario())
    assert "hooguit 4.096 tekens" in note and "Reflectie: de zwakste schakel" in note
    assert stored == long_text  # all of it in the browser
    assert len(kept["suspend_data"]) <= 4096
    assert REFLECTION not in kept["decoded"]["a"] and CHECK in kept["decoded"]["a"]  # what fits, in order


def test_a_platform_that_refuses_leaves_the_page_working_and_says_so_once(browser, platforms):
    sites, _catalog = platforms
    site = sites["2004"]

    async def scenario():
        context = await browser.browser.new_context(locale="nl-NL", service_workers="block")
        _platform, window, frame = await learner_window(context, site, "2004", refuse=True)
        view = frame.locator(".ck-live").nth(await index_of(frame, REFLECTION))
        for text in ("Eerste versie", "Tweede versie"):
            await view.locator("textarea").first.fill(text)
            await view.locator("textarea").first.blur()
            await window.wait_for_timeout(1500)
        note = await frame.locator(".ck-platform").inner_text()
        stored = await frame.evaluate(
            f"() => window.coursekitPage.page.store.get('{REFLECTION}').value.responses[0].text"
        )
        await context.close()
        return note, stored

    note, stored = browser.run(scenario())
    assert note.count("nam je antwoorden niet aan") == 1
    assert stored == "Tweede versie"


def test_the_launch_page_and_the_exercise_page_in_the_package_pass_axe(browser, platforms):
    sites, _catalog = platforms
    site = sites["2004"]
    axe = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    # The book's rules (test_axe_pages.py): WCAG 2.1 A and AA, and the heading order.
    check = """async () => {
      const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
      const wcag = await axe.run(document, { runOnly: { type: "tag", values: tags } });
      const order = await axe.run(document, { runOnly: { type: "rule", values: ["heading-order"] } });
      return [...wcag.violations, ...order.violations].map((v) => `${v.id}: ${v.nodes.length}`);
    }"""

    async def scenario():
        context = await browser.browser.new_context(locale="nl-NL", service_workers="block")
        _platform, window, frame = await learner_window(context, site, "2004")
        await window.add_script_tag(content=axe)
        await frame.add_script_tag(content=axe)
        found = (await window.evaluate(check), await frame.evaluate(check))
        await context.close()
        return found

    launch_page, exercises = browser.run(scenario())
    assert launch_page == [] and exercises == []


def test_an_export_from_the_online_book_imported_in_the_package_reaches_the_platform(browser, platforms):
    """The way from the online book into the platform (the teachers' page says so): the learner
    imports their export on the package's portfolio page."""
    sites, _catalog = platforms
    site = sites["2004"]
    samples = ROOT / "notebooks" / "docent" / "voorbeeld-exports"
    export = samples / "portfolio-voorbeeldcursist-5-synthetisch-20261115-2105.json"
    answers = json.loads(export.read_text(encoding="utf-8"))["answers"]
    expected = sorted(answer["exercise_id"] for answer in answers if answer["chapter"] == CHAPTER)

    async def scenario():
        context = await browser.browser.new_context(locale="nl-NL", service_workers="block")
        platform, window, frame = await learner_window(context, site, "2004")
        await frame.goto(site.url("pakket/notebooks/portfolio.html"))
        await frame.wait_for_function(SCRIPTS_LOADED)
        await frame.wait_for_function("() => window.coursekitPlatform && window.coursekitPlatform.open")
        await frame.locator(".ck-live input[type=file]").set_input_files(str(export))
        await frame.wait_for_function("() => document.querySelector('.ck-report').textContent.trim()")
        kept = await close_and_read(platform, window, "2004")
        await context.close()
        return kept

    kept = browser.run(scenario())
    assert sorted(kept["decoded"]["a"]) == expected and len(expected) == 5
