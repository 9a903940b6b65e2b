"""A chapter inside a learning platform in every engine (issue 22): Chromium, Firefox and WebKit.

The platform is scorm-again again (see test_lms_platform.py), here in a page that shows the
package in a frame, as most platforms' players do; it keeps what the package committed in its own
entry of the site's storage, as a platform keeps it on its server. The learner answers a
reflection, then leaves (the tab goes to another page: every page in it is hidden and unloaded);
what the platform kept holds the answer and the session was ended after a commit. Then the site's
storage is wiped except the platform's copy (another device), the package is opened again with
that copy, and the answer is back.
"""

from __future__ import annotations

import shutil

import pytest

from coursekit.definitions import load_catalog
from coursekit.lms import package as packaging
from engines import every_engine
from pagetools import ROOT, StaticSite

pytestmark = pytest.mark.slow

DIST = ROOT / "node_modules" / "scorm-again" / "dist"
LZ = ROOT / "node_modules" / "lz-string" / "libs" / "lz-string.min.js"
REFLECTION = "h6-reflectie-zwakste-schakel"
TEXT = "Op elk apparaat dezelfde reflectie & <geen> opmaak"
PLATFORM = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Leeromgeving (test)</title>
<script src="scorm12.min.js"></script><script src="lz-string.min.js"></script>
<script>
window.calls = [];
window.launch = (kept) => {
  const api = new Scorm12API({ logLevel: 5 });
  if (kept) api.loadFromJSON({ suspend_data: kept });
  for (const name of ["LMSInitialize", "LMSCommit", "LMSFinish"]) {
    const real = api[name].bind(api);
    api[name] = (arg) => {
      const result = real(arg);
      window.calls.push(name);
      const cmi = api.renderCMIToJSONObject().cmi;
      const kept = { calls: window.calls, suspend: cmi.suspend_data, status: cmi.core.lesson_status };
      localStorage.setItem("platform", JSON.stringify(kept));
      return result;
    };
  }
  window.API = api;
  document.querySelector("iframe").src = "pakket/start.html";
};
</script></head><body><iframe title="pakket" style="width:100%;height:90vh"></iframe></body></html>
"""
# The window of the page in the package's frame (the platform's frame holds the launch page).
INNER = """() => {
  const launch = document.querySelector("iframe");
  const page = launch && launch.contentDocument && launch.contentDocument.querySelector("iframe");
  return page && page.contentWindow;
}"""
AT = "(path) => { const w = (INNER)(); return !!(w && w.location.pathname.endsWith(path)); }".replace("INNER", INNER)
READY = """() => {
  const w = (INNER)();
  const there = w && w.location.pathname.endsWith("notebooks/06-anatomie.html");
  return !!(there && w.coursekitPlatform && w.coursekitPlatform.open);
}""".replace("INNER", INNER)
# The learner follows the chapter's link to its exercises.
FOLLOW = """() => {
  const w = (INNER)();
  w.location.href = new URL("../notebooks/06-anatomie.html", w.location.href).href;
  return true;
}""".replace("INNER", INNER)
VIEW = "(INNER)().coursekitPage.page.views.find((v) => v.definition.id === ID).root".replace("INNER", INNER)
TYPE = """(text) => {
  const area = (VIEW).querySelector("textarea");
  area.focus();
  area.value = text;
  area.dispatchEvent(new Event("input", { bubbles: true }));
  area.blur();
  area.dispatchEvent(new Event("change", { bubbles: true }));
  return true;
}""".replace("VIEW", VIEW.replace("ID", repr(REFLECTION)))
SHOWN = '() => (VIEW).querySelector("textarea").value'.replace("VIEW", VIEW.replace("ID", repr(REFLECTION)))
COMMITTED = """() => {
  const kept = JSON.parse(localStorage.getItem("platform") || "{}");
  return (kept.calls || []).includes("LMSCommit") && kept.suspend;
}"""


@pytest.fixture(scope="module")
def platform_site(book_html, tmp_path_factory):
    catalog = load_catalog()
    chapter = next(p for p in packaging.plan(catalog, ROOT / "book", "Boek") if p.chapters == (6,))
    folder = tmp_path_factory.mktemp("platform-engines")
    for name, data in packaging.contents(book_html, chapter, "1.2", "https://example.org/boek/").items():
        (folder / "pakket" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "pakket" / name).write_bytes(data)
    for source in (DIST / "scorm12.min.js", LZ):
        shutil.copy(source, folder / source.name)
    (folder / "platform.html").write_text(PLATFORM, encoding="utf-8")
    (folder / "weg.html").write_text('<!DOCTYPE html><html lang="nl"><title>Weg</title></html>', encoding="utf-8")
    with StaticSite(folder) as site:
        yield site


def open_exercises(tab, site, kept=None):
    tab.goto(site.url("platform.html"))
    tab.evaluate("(kept) => { window.launch(kept); return true; }", kept)
    # The launch page opens the chapter; the learner goes on to its exercises.
    tab.wait_for(AT, "book/06-anatomie.html")
    tab.evaluate(FOLLOW)
    tab.wait_for(READY)


@every_engine
def test_an_answer_reaches_the_platform_and_comes_back_on_another_device(tab, platform_site):
    open_exercises(tab, platform_site)
    tab.evaluate(TYPE, TEXT)
    tab.wait_for(COMMITTED)
    tab.goto(platform_site.url("weg.html"))  # the learner leaves: the session ends
    kept = tab.evaluate("() => JSON.parse(localStorage.getItem('platform'))")
    assert kept["calls"][0] == "LMSInitialize" and kept["calls"][-2:] == ["LMSCommit", "LMSFinish"]
    assert kept["calls"].count("LMSInitialize") == 1 and kept["status"] == "incomplete"
    # Another device: nothing in the browser but what the platform kept.
    tab.evaluate("() => { localStorage.clear(); return true; }")
    open_exercises(tab, platform_site, kept["suspend"])
    assert tab.wait_for(SHOWN) == TEXT
