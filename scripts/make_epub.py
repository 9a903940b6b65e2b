"""The book as an EPUB 3 that passes epubcheck, built with Sphinx's own epub builder.

    python scripts/make_epub.py            # _build/epub/opgavegericht-werken-<editie>.epub

``jupyter-book build --builder custom --custom-builder epub`` stops in sphinx-book-theme's
launch-button handler, which expects a web page's context. So this script takes the Sphinx
configuration Jupyter Book makes from ``_config.yml`` and ``_toc.yml`` (``get_final_config``, as
``jupyter-book config sphinx`` does) and builds with Sphinx's ``epub`` builder itself, with:

- no website parts: the themes (sphinx-book-theme, thebe, comments), copy and toggle buttons,
  title cards (sphinxext-opengraph), the lighter-pages extension and the exercises on the page
  (``page_fixes``, ``oefenpagina``) are left out. The exercises show their static form, as on
  paper: questions, scales and options;
- the notebooks' outputs from the same jupyter-cache as the website (``make book`` executed them;
  without it they are executed here);
- its own doctrees (``_build/epub-doctrees``), so the website's incremental build stays valid;
- the reader's e-book settings: Dutch, the book's title, author and edition, no web addresses
  after links (``epub_show_urls``), and the raw HTML of notebook outputs made XHTML (EPUB's
  content documents are XML): ``epub_fixes`` below does that, and leaves out scripts (data blocks
  of the page layer) and forms' ``name`` attributes nothing reads.

Warnings are errors, as in ``make book``. When ``epubcheck`` is installed (Debian: ``apt-get
install epubcheck``) the EPUB is checked; with ``--zonder-controle`` it is not.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "book" / "_ext"))
sys.path.insert(0, str(ROOT / "scripts"))

import edities_downloads  # noqa: E402  (book/_ext)

OUT = ROOT / "_build" / "epub"
DOCTREES = ROOT / "_build" / "epub-doctrees"
# Jupyter Book's extensions that only make sense on the website.
WEBSITE_ONLY = {
    "sphinx_book_theme",
    "sphinx_thebe",
    "sphinx_comments",
    "sphinx_copybutton",
    "sphinx_togglebutton",
    "sphinxext.opengraph",
    "page_fixes",
    "oefenpagina",
    "sphinx_jupyterbook_latex",
}
# Their settings, left out with them (Sphinx would warn about settings nobody reads).
WEBSITE_SETTINGS = ("ogp_", "comments_", "thebe_", "copybutton_", "togglebutton_", "oefenpagina_", "page_fixes_")


class EpubError(RuntimeError):
    """The EPUB could not be made; the message is Dutch."""


def sphinx_config(slot: str) -> dict:
    from jupyter_book.config import get_final_config

    config, _meta = get_final_config(
        user_yaml=ROOT / "_config.yml",
        cli_config={"external_toc_path": str(ROOT / "_toc.yml"), "latex_individualpages": False, "nitpicky": True},
        sourcedir=ROOT,
        use_external_toc=True,
    )
    config["extensions"] = [name for name in config["extensions"] if name not in WEBSITE_ONLY]
    config["extensions"].append("epub_fixes")
    title = config.get("html_title") or config.get("project")
    config.update(
        {
            "project": title,
            "epub_title": title,
            "epub_author": config.get("author", ""),
            "epub_publisher": config.get("author", ""),
            "epub_copyright": config.get("copyright", ""),
            "epub_language": "nl",
            "epub_basename": Path(edities_downloads.file_name(edities_downloads.KINDS[1], slot)).stem,
            "epub_show_urls": "no",
            "epub_use_index": False,
            "epub_tocscope": "includehidden",  # Jupyter Book's table of contents is a hidden toctree
            "epub_description": "Een open, interactief cursusboek, naar het college 'Opgavegericht "
            "werken': Ambtelijk vakmanschap 3.0 van Paul 't Hart.",
            "epub_exclude_files": ["search.html", "genindex.html", "404.xhtml"],
            # The static book shows each exercise's text/html form, as on the website.
            "nb_mime_priority_overrides": [
                *config.get("nb_mime_priority_overrides", []),
                ["epub", "application/vnd.jupyter.widget-view+json", None],
            ],
            "html_static_path": [],
            "html_css_files": [],
            "html_js_files": [],
            "suppress_warnings": [*config.get("suppress_warnings", []), "epub.unknown_project_files"],
        }
    )
    for key in [key for key in config if key.startswith(WEBSITE_SETTINGS)]:
        del config[key]
    for key in ("html_sidebars", "html_context"):  # (the theme options hold the launch settings)
        config.pop(key, None)
    return config


def build(out: Path = OUT, check: bool = True, slot: str | None = None) -> Path:
    """Build the EPUB of edition ``slot`` (default: ``$BOOK_EDITION`` or ``_config.yml``'s);
    return its path. Raises :class:`EpubError`."""
    from coursekit import edition

    slot = slot or os.environ.get("BOOK_EDITION", "").strip() or edition.current(ROOT).name or "ontwikkeling"
    saved = {name: os.environ.get(name) for name in ("BOOK_EDITION", "COURSEKIT_STORE")}
    os.environ["BOOK_EDITION"] = slot  # read by book/_ext/edities.py
    os.environ.setdefault("COURSEKIT_STORE", str(ROOT / "_build" / ".store" / "antwoorden.json"))
    try:
        made = _build(out, slot)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    if check:
        epubcheck(made)
    return made


def _build(out: Path, slot: str) -> Path:
    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    config = sphinx_config(slot)
    # Sphinx packs every file in its output folder: a fresh folder each time, so nothing left
    # from an earlier build (or missing from a clean one) changes what the EPUB holds.
    (ROOT / "_build").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="epub-", dir=ROOT / "_build") as scratch:
        with patch_docutils(str(ROOT)), docutils_namespace():
            app = Sphinx(
                srcdir=str(ROOT),
                confdir=None,
                outdir=scratch,
                doctreedir=str(DOCTREES),
                buildername="epub",
                confoverrides=config,
                status=sys.stdout,
                warning=sys.stderr,
                warningiserror=True,
                keep_going=True,
            )
            app.build(force_all=True)  # the package is always written anew (reading stays cached)
            if app.statuscode:
                raise EpubError("Sphinx meldde fouten bij het maken van de epub (zie hierboven).")
        built = Path(scratch) / f"{config['epub_basename']}.epub"
        if not built.is_file():
            raise EpubError(f"Sphinx maakte geen epub ({built.name} ontbreekt).")
        out.mkdir(parents=True, exist_ok=True)
        made = out / built.name
        shutil.move(built, made)
    return made


def epubcheck_command() -> list[str] | None:
    """How to run epubcheck: ``$EPUBCHECK``, or Debian's package (a jar: run with Java)."""
    program = os.environ.get("EPUBCHECK") or shutil.which("epubcheck")
    if not program:
        return None
    if Path(program).resolve().suffix == ".jar":
        java = shutil.which("java")
        return [java, "-jar", str(Path(program).resolve())] if java else None
    return [program]


def epubcheck(epub: Path) -> None:
    """Check ``epub`` with epubcheck; raises :class:`EpubError` with its messages."""
    command = epubcheck_command()
    if not command:
        raise EpubError(
            "epubcheck is niet geïnstalleerd (Debian/Ubuntu: `sudo apt-get install "
            "epubcheck`); of maak de epub zonder controle: --zonder-controle."
        )
    result = subprocess.run([*command, "--quiet", str(epub)], capture_output=True, text=True, timeout=600, check=False)
    if result.returncode != 0:
        raise EpubError(f"epubcheck keurt {epub.name} af:\n{(result.stdout + result.stderr).strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Maak het boek als epub (en controleer het met epubcheck).")
    parser.add_argument("--uit", type=Path, default=OUT, help="map voor de epub (standaard _build/epub)")
    parser.add_argument("--zonder-controle", action="store_true", help="niet controleren met epubcheck")
    arguments = parser.parse_args(argv)
    try:
        made = build(arguments.uit, check=not arguments.zonder_controle)
    except EpubError as error:
        print(f"✘ {error}", file=sys.stderr)
        return 1
    print(f"✔ {made} ({made.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
