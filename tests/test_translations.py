"""The English edition stays in step with the Dutch (issue 26): every message translated and reviewed.

The catalogs in locale/en/ are checked as they are (no message empty or fuzzy, markup intact, the
lecture never put into English), and the toolkit's three catalogs against the Dutch sources as they
are now: a changed exercise text, toolkit text or data cell is named with its file and line. The
pages' catalogs are compared with the Dutch pages in tests/test_english_edition.py (it needs Sphinx's
gettext build).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from coursekit.i18n import catalog
from coursekit.i18n.catalogs import lint
from coursekit.i18n.check import Gap, gaps, lecture_put_into_english, unreviewed
from helpers import ROOT

LOCALE = ROOT / "locale"
SEEDS = ROOT.parent / "shared" / "seeds"


def catalogs(lang: str = "en"):
    return sorted((LOCALE / lang / "LC_MESSAGES").rglob("*.po"))


def test_every_english_message_is_translated_and_reviewed():
    found = unreviewed(LOCALE / "en" / "LC_MESSAGES")
    assert not found, f"{len(found)} berichten zonder nagekeken Engelse vertaling:\n" + "\n".join(
        gap.sentence() for gap in found[:40]
    )


def test_the_translations_keep_roles_links_and_placeholders():
    problems = [problem for path in catalogs() for problem in lint(path)]
    assert not problems, "\n".join(problems[:40])


@pytest.fixture(scope="module")
def toolkit_templates(tmp_path_factory):
    """The toolkit's templates made now from the Dutch sources (in Dutch: COURSEKIT_LANG unset)."""
    out = tmp_path_factory.mktemp("pot")
    env = {key: value for key, value in os.environ.items() if key != "COURSEKIT_LANG"}
    subprocess.run([sys.executable, "-m", "coursekit.i18n", "extract", str(out)], cwd=ROOT, env=env, check=True)
    return out


def test_the_toolkit_catalogs_follow_the_dutch_texts_exercises_and_data(toolkit_templates):
    found = gaps(toolkit_templates, LOCALE / "en" / "LC_MESSAGES")
    assert not found, (
        f"{len(found)} Nederlandse teksten zonder nagekeken Engelse vertaling (draai `make catalogs` "
        "en vertaal ze in locale/en):\n" + "\n".join(gap.sentence() for gap in found[:40])
    )


def test_a_changed_exercise_text_is_named_by_file_and_line(toolkit_templates, tmp_path):
    """As an author would: one Dutch instruction changes; the check names the YAML file and line."""
    changed = tmp_path / "oefeningen.pot"
    text = (toolkit_templates / "oefeningen.pot").read_text(encoding="utf-8")
    first = text.index('msgid "Zelfscan: welke opgaven wegen in jouw werk?"')
    changed.write_text(text[:first] + text[first:].replace("jouw werk?", "jouw werk nu?", 1), encoding="utf-8")
    found = [gap.sentence() for gap in gaps(tmp_path, LOCALE / "en" / "LC_MESSAGES")]
    assert (
        "notebooks/oefeningen/01-generaties.yml:7: geen vertaling in oefeningen.po: "
        "“Zelfscan: welke opgaven wegen in jouw werk nu?”"
    ) in found
    assert len([sentence for sentence in found if "Zelfscan: welke opgaven wegen in jouw werk" in sentence]) == 1


def test_a_fuzzy_translation_is_named_as_waiting_for_review():
    gap = Gap("book/05-corona.po", "book/05-corona.md:42", "Een alinea die veranderde.", "fuzzy")
    assert gap.sentence() == (
        "book/05-corona.md:42: de Nederlandse tekst is veranderd en de vertaling is nog niet nagekeken "
        "(fuzzy in book/05-corona.po): “Een alinea die veranderde.”"
    )


def test_the_lecture_is_quoted_in_dutch_with_its_translation_beside_it():
    if not SEEDS.is_dir():
        pytest.skip("het college (shared/seeds) ligt niet naast deze checkout")
    lecture = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    problems = lecture_put_into_english(LOCALE / "en" / "LC_MESSAGES", lecture)
    assert not problems, "\n".join(problems[:40])


def test_an_exercise_answered_in_english_is_the_same_exercise(monkeypatch):
    """Ids, types and table names are never translated: an English answer is the Dutch exercise."""
    from coursekit.definitions import load_catalog

    dutch = load_catalog(ROOT)
    monkeypatch.setenv("COURSEKIT_LANG", "en")
    catalog.cache_clear()
    english = load_catalog(ROOT)
    assert list(english.definitions) == list(dutch.definitions)
    assert [type(d) for d in english.definitions.values()] == [type(d) for d in dutch.definitions.values()]
    changed = [key for key, d in english.definitions.items() if d.title == dutch.definitions[key].title]
    assert not changed, f"titels zonder Engelse vertaling: {changed}"


def test_an_offline_copys_language_switch_leads_to_the_published_other_language():
    """The site zip holds one language: its switch goes to the other language's published page."""
    sys.path.insert(0, str(ROOT / "book" / "_ext"))
    import talen

    page = (
        '<a class="boek-talen__link" href="../en/book/05-corona.html" hreflang="en" lang="en" '
        'data-online="https://example.org/boek/en/book/05-corona.html">English</a>'
    )
    assert talen.switch_online(page) == (
        '<a class="boek-talen__link" href="https://example.org/boek/en/book/05-corona.html" hreflang="en" '
        'lang="en" data-online="https://example.org/boek/en/book/05-corona.html">English</a>'
    )
