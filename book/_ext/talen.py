"""The book in more than one language: a switch to the same page in the other language.

The Dutch edition is the site's root, every other language a folder beside its pages (``en/``), all
built from the same sources (``coursekit.i18n``; ``make book-en``). Each page gets:

- in the sidebar, a link to the same page in the other language (``talen-switch.html``), written in
  that language and marked with its ``lang`` and ``hreflang``;
- in ``<head>``, ``<link rel="alternate" hreflang="...">`` to every language's version of the page and
  ``x-default`` to the Dutch, relative as the switch is (no page names another host);
- the lecture's Dutch words inside an English page (``[...]{.nl}`` in a translation) marked
  ``lang="nl"``, so a screen reader pronounces them as Dutch (WCAG 3.1.2).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from markupsafe import Markup

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from coursekit.i18n import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

TEMPLATES = HERE / "talen_templates"
# Each language's name in itself: the switch speaks the language it leads to.
NAMES = {"nl": "Nederlands", "en": "English"}


def _folder(lang: str) -> str:
    return "" if lang == SOURCE_LANGUAGE else f"{lang}/"


def versions(pagename: str, target: str, lang: str, base: str) -> list[dict]:
    """Every language's version of one page: relative link (from this page) and absolute address."""
    up = "../" * pagename.count("/") + ("../" * _folder(lang).count("/"))
    root = base[: -len(_folder(lang))] if base and _folder(lang) and base.endswith(_folder(lang)) else base
    return [
        {
            "lang": other,
            "name": NAMES.get(other, other),
            "href": f"{up}{_folder(other)}{target}",
            "url": f"{root}{_folder(other)}{target}" if root else "",
            "current": other == lang,
        }
        for other in LANGUAGES
    ]


_SWITCH = re.compile(r'<a class="boek-talen__link" href="[^"]*"([^>]*) data-online="([^"]+)"')


def switch_online(page: str) -> str:
    """A page for an offline copy (the site zip holds one language): its language switch leads to
    the other language's published page (the switch's ``data-online``)."""
    return _SWITCH.sub(
        lambda found: f'<a class="boek-talen__link" href="{found[2]}"{found[1]} data-online="{found[2]}"', page
    )


def configure(app, config) -> None:
    config.templates_path.insert(0, str(TEMPLATES))


def page_context(app, pagename, templatename, context, doctree) -> None:
    if app.builder.format != "html" or app.builder.name == "epub":
        return
    lang = (app.config.language or SOURCE_LANGUAGE).split("_")[0]
    found = versions(pagename, app.builder.get_target_uri(pagename), lang, app.config.html_baseurl or "")
    context["talen"] = [version for version in found if not version["current"]]
    # Relative, like the switch: a page names no other host (the address is the canonical link's).
    links = [
        Markup('<link rel="alternate" hreflang="{}" href="{}">').format(version["lang"], version["href"])
        for version in found
    ]
    default = next(v["href"] for v in found if v["lang"] == SOURCE_LANGUAGE)
    links.append(Markup('<link rel="alternate" hreflang="x-default" href="{}">').format(default))
    # A plain string, as Sphinx keeps it: other extensions add their tags to it after this one.
    context["metatags"] = str(context.get("metatags", "")) + "\n".join(str(link) for link in links) + "\n"
    if lang != "nl" and "body" in context:
        context["body"] = context["body"].replace('<span class="nl">', '<span class="nl" lang="nl">')


def setup(app):
    app.connect("config-inited", configure, priority=910)
    # Before pydata-sphinx-theme drops sidebar templates that render empty (its handler, priority 500).
    app.connect("html-page-context", page_context, priority=400)
    # Every page is written again when this extension or its template changes.
    files = [Path(__file__), *sorted(TEMPLATES.glob("*"))]
    version = hashlib.sha1(b"\0".join(path.read_bytes() for path in files)).hexdigest()[:10]
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": version}
