"""The offline copies of the built edition, listed with their sizes on the landing page.

    python scripts/downloads.py [--html _build/html] [--alleen pdf,epub,zip,lms] [--zonder-controle]
    python scripts/downloads.py --html _build/en/_build/html     # the English edition's

Run after the book is built (``make downloads`` does both, for both languages). It makes, in
``<html>/download/``:

- ``opgavegericht-werken-<editie>.pdf``: the whole book (``scripts/make_pdf.py``: tagged, with a
  title page, page numbers, a clickable outline and the print styles);
- ``opgavegericht-werken-<editie>.epub``: the EPUB (``scripts/make_epub.py``), checked with
  epubcheck unless ``--zonder-controle``;
- ``opgavegericht-werken-<editie>-website.zip``: the built site in one folder, to unpack and open
  from ``file://`` (the exercises on the page included). The downloads themselves are not in it;
  its landing page links to them on the published site;
- ``opgavegericht-werken-<editie>-leeromgeving.zip``: for teachers, every SCORM package (per chapter
  and for the book, SCORM 1.2 and 2004) and the question banks (``coursekit.lms``), in one folder.

Then ``downloads.json`` in that folder says what was made (file, bytes, pages), and the landing
page's list (``{downloads}``, between the markers of ``book/_ext/edities_downloads.py``) is
rendered again with links and sizes, from the same template the build uses. A later ``make book``
keeps the list: the build reads ``downloads.json`` too.

Which edition the copies belong to, and in which language, comes from the build's ``editie.json``
(``slot``, ``lang``). A book in another language than Dutch gets the same copies with the language
in their names (``opgavegericht-werken-<editie>-en.pdf``, ``...-en.epub``, ``...-en-website.zip``,
``...-en-leeromgeving.zip``; ``edities_downloads.file_name``), so one release holds both. They are
made in that language (``COURSEKIT_LANG``: the toolkit's texts, the exercises, the EPUB's Sphinx
build, the packages for a learning platform): when this process speaks another language, the whole
run happens in a child process that speaks the book's (``scripts/in_language.py``).
Messages are Dutch.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "book" / "_ext"))
sys.path.insert(0, str(ROOT / "scripts"))

import edities_downloads  # noqa: E402  (book/_ext)
import in_language  # noqa: E402
import make_epub  # noqa: E402
import make_pdf  # noqa: E402
import talen  # noqa: E402  (book/_ext)
from coursekit.i18n import SOURCE_LANGUAGE  # noqa: E402

HTML = ROOT / "_build" / "html"
KIND = {kind.key: kind for kind in edities_downloads.KINDS}
# Not in the site zip: the downloads (the zip would hold itself) and Sphinx's build bookkeeping.
LEFT_OUT = {edities_downloads.FOLDER, ".buildinfo", ".doctrees"}


class DownloadError(RuntimeError):
    """A download could not be made; the message is Dutch."""


def built_edition(html: Path) -> dict:
    try:
        info = json.loads((html / "editie.json").read_text(encoding="utf-8"))
        str(info["slot"])
    except (OSError, ValueError, KeyError, TypeError):
        raise DownloadError(
            f"Er is geen gebouwd boek in {html} (editie.json ontbreekt). Bouw het eerst met `make book`."
        ) from None
    info.setdefault("lang", SOURCE_LANGUAGE)  # built before the book had a second language
    return info


def expect_edition(html: Path, name: str) -> None:
    """The built book is edition ``name`` (a release tag and ``_config.yml`` must agree)."""
    built = built_edition(html.resolve())
    if built.get("kind") != "editie" or built["slot"] != name:
        raise DownloadError(
            f"De tag is voor editie {name}, maar het boek is gebouwd als {built['slot']}. "
            f"Zet edition.name in _config.yml op {name} (en edition.date op de datum van "
            "uitbrengen), commit dat, en zet de tag opnieuw op die commit."
        )


def other_builds(html: Path) -> set[str]:
    """Top folders of ``html`` that are a build of their own (the English edition the workflow
    copies into ``en/`` before publishing): not this build's pages, never in its zip."""
    return {path.parent.name for path in html.glob(f"*/{in_language.EDITION_FILE}")}


def landing_pages(html: Path) -> list[Path]:
    """The built pages with the ``{downloads}`` list (the landing page)."""
    skipped = {edities_downloads.FOLDER, *other_builds(html)}
    return sorted(
        page
        for page in html.rglob("*.html")
        if not skipped & set(page.relative_to(html).parts[:1])
        and edities_downloads.BEGIN in page.read_text(encoding="utf-8")
    )


def online_landing(info: dict, html: Path, page: Path) -> str:
    base = info.get("base_url") or ""
    return f"{base}{page.relative_to(html).as_posix()}#{edities_downloads.ANCHOR}" if base else ""


def fill_landing_pages(html: Path, info: dict, manifest: dict | None, link_base_for) -> None:
    for page in landing_pages(html):
        text = page.read_text(encoding="utf-8")
        fragment = edities_downloads.render(
            info["slot"], online_landing(info, html, page), manifest, link_base_for(page), info["lang"]
        )
        page.write_text(edities_downloads.fill(text, fragment), encoding="utf-8")


def make_pdf_copy(html: Path, folder: Path, slot: str, lang: str = SOURCE_LANGUAGE) -> dict:
    name = edities_downloads.file_name(KIND["pdf"], slot, lang)
    try:
        [(pdf, pages)] = make_pdf.print_book(html, folder, teacher_part=True, name=name)
    except make_pdf.PdfError as error:
        raise DownloadError(str(error)) from None
    return {"kind": "pdf", "file": pdf.name, "bytes": pdf.stat().st_size, "pages": pages}


def make_epub_copy(folder: Path, info: dict, check: bool) -> dict:
    slot, lang = info["slot"], info["lang"]
    try:  # the same edition, language and address as the site
        made = make_epub.build(check=check, slot=slot, lang=lang, base_url=info.get("base_url") or None)
    except make_epub.EpubError as error:
        raise DownloadError(str(error)) from None
    target = folder / edities_downloads.file_name(KIND["epub"], slot, lang)
    shutil.copyfile(made, target)
    return {"kind": "epub", "file": target.name, "bytes": target.stat().st_size}


def make_site_zip(html: Path, folder: Path, info: dict, manifest: dict) -> dict:
    """The site as a zip with one folder in it; its landing page links to the published downloads."""
    slot = info["slot"]
    target = folder / edities_downloads.file_name(KIND["zip"], slot, info["lang"])
    top = target.name.removesuffix(".zip")
    online = f"{info['base_url']}{edities_downloads.FOLDER}/" if info.get("base_url") else None
    left_out = LEFT_OUT | other_builds(html)
    with tempfile.TemporaryDirectory(prefix="site-zip-") as scratch:
        copy = Path(scratch) / top
        shutil.copytree(
            html,
            copy,
            ignore=lambda directory, names: [name for name in names if Path(directory) == html and name in left_out],
        )
        fill_landing_pages(copy, info, manifest, lambda _page: online)
        # The zip holds one language: the switch to the other leads to its published pages.
        for page in copy.rglob("*.html"):
            text = page.read_text(encoding="utf-8")
            if "boek-talen__link" in text:
                page.write_text(talen.switch_online(text), encoding="utf-8")
        partial = target.with_suffix(".zip.deel")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in sorted(copy.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(Path(scratch)).as_posix())
        partial.replace(target)
    return {"kind": "zip", "file": target.name, "bytes": target.stat().st_size}


def make_lms_zip(html: Path, folder: Path, info: dict) -> dict:
    """The SCORM packages and question banks of the edition, in one folder in one zip; their links
    out go to the edition's site (in its language)."""
    from coursekit.lms import write_all
    from coursekit.lms.package import PackageError

    target = folder / edities_downloads.file_name(KIND["lms"], info["slot"], info["lang"])
    top = target.name.removesuffix(".zip")
    with tempfile.TemporaryDirectory(prefix="lms-") as scratch:
        try:
            written = write_all(html, Path(scratch), ROOT, online=info.get("base_url") or None)
        except PackageError as error:
            raise DownloadError(f"De pakketten voor de leeromgeving konden niet worden gemaakt: {error}") from None
        partial = target.with_suffix(".zip.deel")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:  # the packages are zips already
            for path in sorted(written):
                archive.write(path, f"{top}/{path.name}")
        partial.replace(target)
    return {"kind": "lms", "file": target.name, "bytes": target.stat().st_size}


def make_all(
    html: Path = HTML, kinds: tuple[str, ...] = ("pdf", "epub", "zip", "lms"), check: bool = True, report=print
) -> dict:
    """Make the downloads and fill in the landing page; return the manifest."""
    html = html.resolve()
    info = built_edition(html)
    if not in_language.speaks(info["lang"]):
        return _make_all_elsewhere(html, kinds, check, info["lang"], report)
    slot = info["slot"]
    folder = html / edities_downloads.FOLDER
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():  # copies of another edition or an earlier run
        if old.is_file():
            old.unlink()
    files = []
    for key in ("pdf", "epub", "zip", "lms"):
        if key not in kinds:
            continue
        started = time.monotonic()
        manifest = {"slot": slot, "lang": info["lang"], "files": files}
        if key == "pdf":
            entry = make_pdf_copy(html, folder, slot, info["lang"])
        elif key == "epub":
            entry = make_epub_copy(folder, info, check)
        elif key == "zip":
            entry = make_site_zip(html, folder, info, manifest)
        else:
            entry = make_lms_zip(html, folder, info)
        files.append(entry)
        report(
            f"✔ {entry['file']} ({edities_downloads.human_size(entry['bytes'])}, {time.monotonic() - started:.0f} s)"
        )
    manifest = {"slot": slot, "lang": info["lang"], "files": files}
    (folder / edities_downloads.MANIFEST).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )

    def relative(page: Path) -> str:
        return "../" * (len(page.relative_to(html).parts) - 1) + edities_downloads.FOLDER + "/"

    fill_landing_pages(html, info, manifest, relative)
    return manifest


def _make_all_elsewhere(html: Path, kinds: tuple[str, ...], check: bool, lang: str, report) -> dict:
    """:func:`make_all` in a child process that speaks the book's language ``lang``: its lines
    about the files made (✔) go to ``report``, the rest (the EPUB's Sphinx build) to stdout."""
    arguments = ["--html", str(html), "--alleen", ",".join(kinds), *([] if check else ["--zonder-controle"])]

    def forward(line: str) -> None:
        if line.startswith("✔"):
            report(line)
        elif not line.startswith("✘"):
            print(line)

    code, lines = in_language.run(Path(__file__), arguments, lang, report=forward)
    manifest = edities_downloads.read_manifest(html / edities_downloads.FOLDER)
    if code != 0 or manifest is None:
        raise DownloadError(in_language.failure(lines))
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Maak de pdf, de epub en de website als zip van het gebouwde boek.")
    parser.add_argument(
        "--html",
        type=Path,
        default=HTML,
        help="map met het gebouwde boek (standaard _build/html; de Engelse editie: _build/en/_build/html)",
    )
    parser.add_argument("--alleen", default="pdf,epub,zip,lms", help="welke: pdf, epub, zip, lms (met komma's)")
    parser.add_argument("--zonder-controle", action="store_true", help="de epub niet controleren met epubcheck")
    parser.add_argument("--editie", help="de editie die gebouwd moet zijn (de workflow: uit de tag editie-<naam>)")
    arguments = parser.parse_args(argv)
    kinds = tuple(part.strip() for part in arguments.alleen.split(",") if part.strip())
    unknown = [kind for kind in kinds if kind not in KIND]
    if unknown:
        print(f"✘ Onbekend soort download: {', '.join(unknown)} (kies uit pdf, epub, zip, lms).", file=sys.stderr)
        return 2
    try:
        if arguments.editie:
            expect_edition(arguments.html, arguments.editie)
        make_all(arguments.html, kinds, check=not arguments.zonder_controle)
    except DownloadError as error:
        print(f"✘ {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
