"""Editions and downloads, without building the book (fast).

- ``scripts/assemble_site.py`` puts every edition under its own path, the newest also at the
  root, the work in progress under /ontwikkeling/, and the same switcher.json (newest first,
  marked preferred) in every folder; it reads the site archives a release carries, and refuses
  what would publish the wrong thing, with a Dutch message.
- ``book/_ext/edities_downloads.py``: sizes as Dutch readers write them; the list is escaped
  (a template with autoescape) and replaced exactly once on the page.
- ``scripts/downloads.py`` refuses a release tag that does not match the built edition.
- The English edition: its downloads carry ``-en`` in their names (one release holds both
  languages); an edition's English build in its folder ``en/`` is published at ``/<editie>/en/``
  with an English list of editions, and an English build of another edition there is refused.
- ``book/_ext/epub_fixes.py`` mends SVG glyphs without losing what ``<use>`` points to.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "book" / "_ext"))

import edities_downloads  # noqa: E402
import epub_fixes  # noqa: E402


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


assemble_site = _script("assemble_site")
downloads = _script("downloads")
SITE = "https://voorbeeld.nl/boek/"


def built(folder: Path, slot: str, kind: str = "editie", lang: str | None = None, english: bool = False) -> Path:
    """A stand-in for a built edition: a page and its editie.json (with ``english``: the English
    edition in its folder en/, as the workflow puts it there)."""
    (folder / "book").mkdir(parents=True)
    (folder / "book" / "index.html").write_text(f"<p>{slot}{' ' + lang if lang else ''}</p>", encoding="utf-8")
    version = "dev" if kind == "ontwikkeling" else slot.replace("-", ".")
    info = {"slot": slot, "name": slot, "version": version, "kind": kind, "date": ""}
    (folder / "editie.json").write_text(json.dumps({**info, **({"lang": lang} if lang else {})}), encoding="utf-8")
    if english:
        built(folder / "en", slot, kind, lang="en")
    return folder


def archive(folder: Path, target: Path) -> Path:
    with tarfile.open(target, "w:gz") as tar:
        tar.add(folder, arcname=".")
    return target


def test_every_edition_has_its_path_the_newest_is_at_the_root_and_all_share_one_list(tmp_path):
    old = built(tmp_path / "oud", "2025-2026")
    new = archive(built(tmp_path / "nieuw", "2026-2027"), tmp_path / "opgavegericht-werken-2026-2027-site.tar.gz")
    work = built(tmp_path / "werk", "ontwikkeling", kind="ontwikkeling")
    site = tmp_path / "site"
    entries = assemble_site.assemble([old, new], site, SITE.rstrip("/"), development=work)

    assert (site / "book" / "index.html").read_text(encoding="utf-8") == "<p>2026-2027</p>"
    for slot in ("2025-2026", "2026-2027", "ontwikkeling"):
        assert (site / slot / "book" / "index.html").read_text(encoding="utf-8") == f"<p>{slot}</p>"
    assert [entry["url"] for entry in entries] == [f"{SITE}2026-2027/", f"{SITE}2025-2026/", f"{SITE}ontwikkeling/"]
    assert [entry.get("preferred", False) for entry in entries] == [True, False, False]
    assert entries[0]["name"] == "2026-2027 (nieuwste)" and entries[1]["version"] == "2025.2026"
    for folder in (site, site / "2025-2026", site / "2026-2027", site / "ontwikkeling"):
        assert json.loads((folder / "switcher.json").read_text(encoding="utf-8")) == entries


def test_without_editions_the_work_in_progress_is_at_the_root(tmp_path):
    work = built(tmp_path / "werk", "ontwikkeling", kind="ontwikkeling")
    entries = assemble_site.assemble([], tmp_path / "site", SITE, development=work)
    assert (tmp_path / "site" / "book" / "index.html").read_text(encoding="utf-8") == "<p>ontwikkeling</p>"
    assert [entry["url"] for entry in entries] == [f"{SITE}ontwikkeling/"]


def test_what_would_publish_the_wrong_thing_is_refused_in_dutch(tmp_path):
    one = built(tmp_path / "een", "2026-2027")
    two = built(tmp_path / "twee", "2026-2027")
    work = built(tmp_path / "werk", "ontwikkeling", kind="ontwikkeling")
    (tmp_path / "leeg").mkdir()
    broken = tmp_path / "kapot-site.tar.gz"
    broken.write_bytes(b"geen archief")
    out = tmp_path / "site"
    with pytest.raises(assemble_site.AssemblyError, match="komt twee keer voor"):
        assemble_site.assemble([one, two], out, SITE)
    with pytest.raises(assemble_site.AssemblyError, match="geen uitgebrachte editie"):
        assemble_site.assemble([work], out, SITE)
    with pytest.raises(assemble_site.AssemblyError, match="niet gebouwd als werkversie"):
        assemble_site.assemble([], out, SITE, development=one)
    with pytest.raises(assemble_site.AssemblyError, match="geen gebouwde editie"):
        assemble_site.assemble([tmp_path / "leeg"], out, SITE)
    with pytest.raises(assemble_site.AssemblyError, match="geen leesbaar sitearchief"):
        assemble_site.assemble([broken], out, SITE)
    assert not out.exists(), "nothing is written when the site cannot be assembled"
    assert assemble_site.main(["--uit", str(out), "--site-url", SITE, str(one), str(two)]) == 1


def test_the_english_edition_is_published_in_en_with_its_own_list_of_editions(tmp_path):
    old = built(tmp_path / "oud", "2025-2026")  # from before the English edition
    new = archive(
        built(tmp_path / "nieuw", "2026-2027", english=True), tmp_path / "opgavegericht-werken-2026-2027-site.tar.gz"
    )
    work = built(tmp_path / "werk", "ontwikkeling", kind="ontwikkeling", english=True)
    site = tmp_path / "site"
    entries = assemble_site.assemble([old, new], site, SITE, development=work)

    for slot in ("2026-2027", "ontwikkeling"):
        assert (site / slot / "en" / "book" / "index.html").read_text(encoding="utf-8") == f"<p>{slot} en</p>"
    assert (site / "en" / "book" / "index.html").read_text(encoding="utf-8") == "<p>2026-2027 en</p>"
    assert not (site / "2025-2026" / "en").exists()
    english = json.loads((site / "en" / "switcher.json").read_text(encoding="utf-8"))
    # Only the editions that have English, at their en/ addresses; the newest preferred.
    assert [entry["url"] for entry in english] == [f"{SITE}2026-2027/en/", f"{SITE}ontwikkeling/en/"]
    assert [entry["version"] for entry in english] == ["2026.2027", "dev"]
    assert [entry.get("preferred", False) for entry in english] == [True, False]
    words = assemble_site.in_language.texts("en", "book", assemble_site.SWITCHER_TEXTS)
    assert english[0]["name"] == words["SWITCHER_NEWEST"].format(name="2026-2027")
    assert english[1]["name"] == words["SWITCHER_DEVELOPMENT"]
    for folder in (site / "2026-2027" / "en", site / "ontwikkeling" / "en"):
        assert json.loads((folder / "switcher.json").read_text(encoding="utf-8")) == english
    # The Dutch list is as it was: every edition, without en/.
    assert [entry["url"] for entry in entries] == [f"{SITE}2026-2027/", f"{SITE}2025-2026/", f"{SITE}ontwikkeling/"]
    assert json.loads((site / "switcher.json").read_text(encoding="utf-8")) == entries


def test_an_english_build_of_another_edition_in_en_is_refused(tmp_path):
    edition = built(tmp_path / "editie", "2026-2027")
    built(edition / "en", "2025-2026", lang="en")
    with pytest.raises(assemble_site.AssemblyError, match="hoort niet bij"):
        assemble_site.assemble([edition], tmp_path / "site", SITE)
    dutch = built(tmp_path / "nl-in-en", "2026-2027")
    built(dutch / "en", "2026-2027")  # no "lang": a Dutch build
    with pytest.raises(assemble_site.AssemblyError, match="in taal 'nl'"):
        assemble_site.assemble([dutch], tmp_path / "site", SITE)
    assert not (tmp_path / "site").exists()


def test_the_english_downloads_carry_en_in_their_names():
    names = {kind.key: edities_downloads.file_name(kind, "2026-2027", "en") for kind in edities_downloads.KINDS}
    assert names == {
        "pdf": "opgavegericht-werken-2026-2027-en.pdf",
        "epub": "opgavegericht-werken-2026-2027-en.epub",
        "zip": "opgavegericht-werken-2026-2027-en-website.zip",
        "lms": "opgavegericht-werken-2026-2027-en-leeromgeving.zip",
    }
    dutch = {kind.key: edities_downloads.file_name(kind, "2026-2027") for kind in edities_downloads.KINDS}
    assert dutch["pdf"] == "opgavegericht-werken-2026-2027.pdf" and not set(dutch.values()) & set(names.values())
    listed = edities_downloads.items("2026-2027", None, None, "en")  # the build's list, before make downloads
    assert [item["file"] for item in listed] == list(names.values())


def test_the_downloads_leave_the_english_build_in_en_alone(tmp_path):
    """After the workflow put the English edition in en/: the Dutch landing page is the only one
    filled in, and the English folder is not part of the Dutch site zip."""
    html = built(tmp_path / "html", "2026-2027", english=True)
    for page in (html / "book" / "index.html", html / "en" / "book" / "index.html"):
        page.write_text(edities_downloads.render("2026-2027", "x"), encoding="utf-8")
    assert downloads.other_builds(html) == {"en"}
    assert downloads.landing_pages(html) == [html / "book" / "index.html"]


@pytest.mark.parametrize(("size", "shown"), [(420, "1 kB"), (741_977, "742 kB"), (8_245_621, "8,2 MB")])
def test_sizes_read_as_dutch_readers_write_them(size, shown):
    assert edities_downloads.human_size(size) == shown
    assert edities_downloads.human_size(size, "en") == shown.replace(",", ".")


def test_the_list_of_downloads_names_format_and_size_and_escapes_what_it_shows():
    manifest = {
        "slot": "2026-2027",
        "files": [
            {"kind": "pdf", "file": "opgavegericht-werken-2026-2027.pdf", "bytes": 8_245_621, "pages": 346},
            {"kind": "epub", "file": "opgavegericht-werken-2026-2027.epub", "bytes": 741_977},
        ],
    }
    shown = edities_downloads.render("2026-2027", 'https://x.nl/?a=<b>&"', manifest, "../download/")
    assert 'href="../download/opgavegericht-werken-2026-2027.pdf"' in shown
    assert "(PDF, 8,2 MB, 346 bladzijden)" in shown and "(EPUB, 742 kB)" in shown
    assert "(ZIP)" in shown and "-website.zip" not in shown, "a copy not made has no link"
    assert "<b>" not in shown and "&lt;b&gt;" in shown
    page = f"<main>{edities_downloads.render('2026-2027', 'x')}</main>"
    assert edities_downloads.fill(page, shown) == f"<main>{shown}</main>"
    with pytest.raises(ValueError, match="geen"):
        edities_downloads.fill("<main></main>", shown)


def test_a_release_tag_that_does_not_match_the_built_edition_stops_with_a_dutch_message(tmp_path):
    html = built(tmp_path / "html", "2026-2027")
    downloads.expect_edition(html, "2026-2027")
    with pytest.raises(downloads.DownloadError, match="Zet edition.name in _config.yml op 2027-2028"):
        downloads.expect_edition(html, "2027-2028")
    with pytest.raises(downloads.DownloadError, match="Bouw het eerst"):
        downloads.expect_edition(tmp_path, "2026-2027")


def test_svg_glyphs_keep_their_ids_and_get_a_path():
    svg = (
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
        '<svg><defs><path id="DejaVuSans-20" transform="scale(0.015625)"/><path d="M1 1" id="a"/></defs>'
        '<use xlink:href="#DejaVuSans-20"/></svg>'
    )
    cleaned = epub_fixes.clean_svg(svg)
    assert "DOCTYPE" not in cleaned
    assert '<path d="M0 0" id="DejaVuSans-20" transform="scale(0.015625)"/>' in cleaned
    assert '<path d="M1 1" id="a"/>' in cleaned


def test_raw_links_to_other_pages_point_at_their_epub_files():
    # The case explorer's static form links to chapter 3 in its own HTML; the EPUB has .xhtml files
    # (epubcheck RSC-007 refused the .html link). Links to other hosts and anchors stay as they are.
    fragment = (
        '<a href="../book/03-kunnen-wij-dit.html#h03-uitkomsten-coderen">hoofdstuk 3</a>'
        '<a href="https://mybinder.org/v2/x.html">Binder</a><a href="#boven">boven</a>'
        '<a href="mailto:a@example.org">mail</a><script>x()</script>'
    )
    out = epub_fixes.xhtml(fragment)
    assert 'href="../book/03-kunnen-wij-dit.xhtml#h03-uitkomsten-coderen"' in out
    assert 'href="https://mybinder.org/v2/x.html"' in out
    assert 'href="#boven"' in out and 'href="mailto:a@example.org"' in out
    assert "<script" not in out


def test_the_old_edition_banner_speaks_dutch_and_closes_by_keyboard(tmp_path):
    """The theme's banner script, translated as the build does: every English text replaced once,
    and the close control a named button that Enter and Space press."""
    import pydata_sphinx_theme

    import edities

    theme = Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme"
    text = (theme / "static" / "scripts" / "pydata-sphinx-theme.js").read_text(encoding="utf-8")
    build = edities.Build(slot="2025-2026", name="2025-2026", version="2025.2026", kind="editie", date="2025-09-01")
    for english, dutch in edities.banner_texts(build):
        text, count = english.subn(dutch, text)
        assert count == 1, english.pattern
    for english in ("This is documentation for", "Switch to stable version", "an old version"):
        assert english not in text
    assert "de editie 2025-2026, een eerdere editie" in text
    assert f'"aria-label","{edities.CLOSE_BANNER}"' in text and ".tabIndex=0" in text
    script = tmp_path / "pydata-sphinx-theme.js"
    script.write_text(text, encoding="utf-8")
    checked = subprocess.run(["node", "--check", str(script)], capture_output=True, text=True)
    assert checked.returncode == 0, f"the translated theme script no longer parses:\n{checked.stderr}"
