"""Editions and downloads, without building the book (fast).

- ``scripts/assemble_site.py`` puts every edition under its own path, the newest also at the
  root, the work in progress under /ontwikkeling/, and the same switcher.json (newest first,
  marked preferred) in every folder; it reads the site archives a release carries, and refuses
  what would publish the wrong thing, with a Dutch message.
- ``book/_ext/edities_downloads.py``: sizes as Dutch readers write them; the list is escaped
  (a template with autoescape) and replaced exactly once on the page.
- ``scripts/downloads.py`` refuses a release tag that does not match the built edition.
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


def built(folder: Path, slot: str, kind: str = "editie") -> Path:
    """A stand-in for a built edition: a page and its editie.json."""
    (folder / "book").mkdir(parents=True)
    (folder / "book" / "index.html").write_text(f"<p>{slot}</p>", encoding="utf-8")
    version = "dev" if kind == "ontwikkeling" else slot.replace("-", ".")
    (folder / "editie.json").write_text(
        json.dumps({"slot": slot, "name": slot, "version": version, "kind": kind, "date": ""}), encoding="utf-8"
    )
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


@pytest.mark.parametrize(("size", "shown"), [(420, "1 kB"), (741_977, "742 kB"), (8_245_621, "8,2 MB")])
def test_sizes_read_as_dutch_readers_write_them(size, shown):
    assert edities_downloads.human_size(size) == shown


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
