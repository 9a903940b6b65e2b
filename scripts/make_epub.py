"""The book as an EPUB 3 that passes epubcheck, built with Sphinx's own epub builder.

    python scripts/make_epub.py            # _build/epub/opgavegericht-werken-<editie>.epub
    python scripts/make_epub.py --taal en  # _build/en/epub/opgavegericht-werken-<editie>-en.epub

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
- the reader's e-book settings: the language, the book's title, author and edition, no web addresses
  after links (``epub_show_urls``), and the raw HTML of notebook outputs made XHTML (EPUB's
  content documents are XML): ``epub_fixes`` below does that, and leaves out scripts (data blocks
  of the page layer) and forms' ``name`` attributes nothing reads.

**Another language** (``--taal en``): the configuration is that of ``make book-en``
(``coursekit.i18n.build.book_config``: the language, the title from ``locale/en/config.yml``, the
English notebook cache ``_build/.jupyter_cache_en``; its table of contents, ``write_toc``), with
doctrees and output of its own under
``_build/en/`` (``epub-doctrees``, ``epub``), and Sphinx runs with ``COURSEKIT_LANG=en``, so the
toolkit's texts and the exercises are English: from a process in another language, in a child
process (``scripts/in_language.py``).

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
import in_language  # noqa: E402  (scripts)
from coursekit.i18n import LANGUAGES, SOURCE_LANGUAGE, language  # noqa: E402
from coursekit.texts import book  # noqa: E402

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


def out_folder(lang: str) -> Path:
    """Where the EPUB of ``lang`` is made: ``_build/epub``, ``_build/<lang>/epub``."""
    return OUT if lang == SOURCE_LANGUAGE else ROOT / "_build" / lang / "epub"


def doctrees(lang: str) -> Path:
    return DOCTREES if lang == SOURCE_LANGUAGE else ROOT / "_build" / lang / "epub-doctrees"


def store(lang: str) -> Path:
    """The answers the notebooks give while they are executed (as in ``make book``/``make book-en``)."""
    folder = ".store" if lang == SOURCE_LANGUAGE else f".store-{lang}"
    return ROOT / "_build" / folder / "antwoorden.json"


def table_of_contents(lang: str) -> Path:
    """``_toc.yml``; in another language as ``make book-en`` has it (the parts' captions translated:
    ``coursekit.i18n.build.write_toc``, in this process's language), in ``_build/<lang>/``."""
    if lang == SOURCE_LANGUAGE:
        return ROOT / "_toc.yml"
    from coursekit.i18n.build import write_toc

    return write_toc(ROOT, ROOT / "_build" / lang / "epub-toc.yml")


def sphinx_config(slot: str, lang: str = SOURCE_LANGUAGE) -> dict:
    from jupyter_book.config import get_final_config

    from coursekit.i18n.build import book_config

    toc = table_of_contents(lang)
    config, _meta = get_final_config(
        user_yaml=book_config(ROOT, lang),  # _config.yml, for another language as make book-en has it
        cli_config={"external_toc_path": str(toc), "latex_individualpages": False, "nitpicky": True},
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
            "language": lang,
            "epub_language": lang,
            "epub_basename": Path(edities_downloads.file_name(edities_downloads.KINDS[1], slot, lang)).stem,
            "epub_show_urls": "no",
            "epub_use_index": False,
            "epub_tocscope": "includehidden",  # Jupyter Book's table of contents is a hidden toctree
            "epub_description": book.EPUB_DESCRIPTION,
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


def build(
    out: Path | None = None,
    check: bool = True,
    slot: str | None = None,
    lang: str | None = None,
    base_url: str | None = None,
) -> Path:
    """Build the EPUB of edition ``slot`` (default: ``$BOOK_EDITION`` or ``_config.yml``'s) in
    ``lang`` (default: this process's, ``$COURSEKIT_LANG``) into ``out`` (default: see
    :func:`out_folder`); return its path. ``base_url``: the published address of the edition's
    site in that language, for the links to it (default: ``$BOOK_BASE_URL`` or the configuration's).
    Raises :class:`EpubError`."""
    from coursekit import edition

    lang = lang or language()
    out = out or out_folder(lang)
    slot = slot or os.environ.get("BOOK_EDITION", "").strip() or edition.current(ROOT).name or "ontwikkeling"
    if not in_language.speaks(lang):
        return _build_elsewhere(out, check, slot, lang, base_url)
    saved = {name: os.environ.get(name) for name in ("BOOK_EDITION", "COURSEKIT_STORE", "BOOK_BASE_URL")}
    os.environ["BOOK_EDITION"] = slot  # read by book/_ext/edities.py
    os.environ.setdefault("COURSEKIT_STORE", str(store(lang)))
    if base_url:
        os.environ["BOOK_BASE_URL"] = base_url  # read by book/_ext/page_fixes_site.py
    try:
        made = _build(out, slot, lang)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    if check:
        epubcheck(made)
    return made


def _build_elsewhere(out: Path, check: bool, slot: str, lang: str, base_url: str | None) -> Path:
    """:func:`build` in a child process that speaks ``lang`` (see ``scripts/in_language.py``)."""
    arguments = ["--uit", str(out), "--taal", lang, *([] if check else ["--zonder-controle"])]
    extra = {"BOOK_EDITION": slot, "COURSEKIT_STORE": str(store(lang))}
    if base_url:
        extra["BOOK_BASE_URL"] = base_url
    code, lines = in_language.run(Path(__file__), arguments, lang, report=print, extra=extra)
    if code != 0:
        raise EpubError(in_language.failure(lines))
    return out / f"{Path(edities_downloads.file_name(edities_downloads.KINDS[1], slot, lang)).stem}.epub"


def _build(out: Path, slot: str, lang: str) -> Path:
    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    config = sphinx_config(slot, lang)
    # Sphinx packs every file in its output folder: a fresh folder each time, so nothing left
    # from an earlier build (or missing from a clean one) changes what the EPUB holds.
    (ROOT / "_build").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="epub-", dir=ROOT / "_build") as scratch:
        with patch_docutils(str(ROOT)), docutils_namespace():
            app = Sphinx(
                srcdir=str(ROOT),
                confdir=None,
                outdir=scratch,
                doctreedir=str(doctrees(lang)),
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
    parser.add_argument("--uit", type=Path, help="map voor de epub (standaard _build/epub; Engels: _build/en/epub)")
    parser.add_argument("--zonder-controle", action="store_true", help="niet controleren met epubcheck")
    parser.add_argument("--taal", choices=LANGUAGES, help="de taal van het boek (standaard: $COURSEKIT_LANG of nl)")
    arguments = parser.parse_args(argv)
    try:
        made = build(arguments.uit, check=not arguments.zonder_controle, lang=arguments.taal)
    except EpubError as error:
        print(f"✘ {error}", file=sys.stderr)
        return 1
    print(f"✔ {made} ({made.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
