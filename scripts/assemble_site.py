"""Assemble the published site from built editions: every edition under its own path, the newest
also at the root, the work in progress under ``/ontwikkeling/``, and one list of editions.

    python scripts/assemble_site.py --uit _build/site --site-url https://org.github.io/repo/ \\
        [--ontwikkeling _build/html] EDITIE...

Each ``EDITIE`` is a built edition: a folder such as ``_build/html``, or the site archive a release
carries (``<stem>-<editie>-site.tar.gz``, made by ``make site-archive``). Each knows which edition
it is from its ``editie.json`` (written by ``book/_ext/edities.py``). The result:

- ``<uit>/<editie>/`` for every edition, unchanged: an edition is built once, from its tag;
- ``<uit>/ontwikkeling/``: the book as it is on ``main`` (with ``--ontwikkeling``);
- ``<uit>/``: a copy of the newest edition (without editions: of the work in progress), so the
  addresses the book always had keep working and show the newest edition;
- ``switcher.json`` in the root and in every edition's folder: the newest edition first (marked
  ``preferred``: older editions show the theme's banner linking to it), then the older ones, then
  the work in progress. Each entry's address is ``--site-url`` plus the edition's folder.
- **Other languages.** An edition (or the work in progress) built in English too carries it in its
  folder ``en/`` (the workflow copies ``make book-en``'s ``_build/en/_build/html`` there), with its
  own ``editie.json`` (``"lang": "en"``, the same edition). It stays where it is, so the English
  pages are at ``/<editie>/en/``, the newest at ``/en/``; ``en/switcher.json`` in every such folder
  lists the editions that have English, at their ``en/`` addresses, with the list's own words
  (``(nieuwste)``, ``Werkversie``) in English (``coursekit.texts.book``).

Messages are Dutch; nothing outside ``--uit`` is changed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tarfile
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import in_language
from coursekit.i18n import LANGUAGES, SOURCE_LANGUAGE

DEVELOPMENT = "ontwikkeling"
SWITCHER = "switcher.json"
EDITION_FILE = "editie.json"
SWITCHER_TEXTS = ("SWITCHER_NEWEST", "SWITCHER_DEVELOPMENT")  # coursekit.texts.book


class AssemblyError(RuntimeError):
    """The site cannot be assembled; the message is Dutch."""


@dataclass(frozen=True)
class Built:
    folder: Path
    slot: str
    version: str
    kind: str
    lang: str = SOURCE_LANGUAGE
    languages: tuple[str, ...] = ()  # the other languages in its folder (<lang>/), e.g. ("en",)


def read_built(folder: Path) -> Built:
    try:
        data = json.loads((folder / EDITION_FILE).read_text(encoding="utf-8"))
        built = Built(
            folder,
            str(data["slot"]),
            str(data["version"]),
            str(data["kind"]),
            str(data.get("lang") or SOURCE_LANGUAGE),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise AssemblyError(
            f"{folder} is geen gebouwde editie: {EDITION_FILE} ontbreekt of is "
            "beschadigd. Bouw het boek opnieuw (make book)."
        ) from None
    if "/" in built.slot or built.slot in {"", ".", ".."}:
        raise AssemblyError(f"{folder}: ongeldige naam van de editie ({built.slot!r}).")
    if built.lang != SOURCE_LANGUAGE:
        return built
    return replace(built, languages=tuple(_translations(built)))


def _translations(built: Built) -> list[str]:
    """The other languages an edition's folder holds (``en/``), each the same edition."""
    found = []
    for lang in LANGUAGES:
        folder = built.folder / lang
        if lang == SOURCE_LANGUAGE or not (folder / EDITION_FILE).is_file():
            continue
        other = read_built(folder)
        if (other.slot, other.kind, other.lang) != (built.slot, built.kind, lang):
            raise AssemblyError(
                f"{folder} hoort niet bij {built.folder}: het is {other.kind} {other.slot} in taal "
                f"{other.lang!r}, niet {built.kind} {built.slot} in taal {lang!r}. Bouw beide talen uit "
                "dezelfde commit (make book en make book-en) en zet de Engelse in en/."
            )
        found.append(lang)
    return found


def unpack(archive: Path, into: Path) -> Path:
    """Unpack a site archive (tar.gz) safely; return the folder that holds its editie.json."""
    target = into / archive.name.removesuffix(".tar.gz")
    target.mkdir(parents=True)
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(target, filter="data")
    except (OSError, tarfile.TarError) as error:
        raise AssemblyError(f"{archive} is geen leesbaar sitearchief ({error}).") from None
    found = sorted(target.rglob(EDITION_FILE), key=lambda path: len(path.parts))
    if not found:
        raise AssemblyError(f"{archive} bevat geen gebouwde editie ({EDITION_FILE} ontbreekt).")
    return found[0].parent


def switcher(
    editions: list[Built], development: Built | None, site_url: str, lang: str = SOURCE_LANGUAGE
) -> list[dict]:
    """The list of editions for the switcher of the pages in ``lang``: only the editions that exist
    in that language, at their addresses in it (``<editie>/en/``)."""
    words = in_language.texts(lang, "book", SWITCHER_TEXTS)
    folder = "" if lang == SOURCE_LANGUAGE else f"{lang}/"

    def has(built: Built) -> bool:
        return lang == SOURCE_LANGUAGE or lang in built.languages

    entries = []
    for number, built in enumerate(built for built in editions if has(built)):
        entry = {
            "name": str(words["SWITCHER_NEWEST"]).format(name=built.slot) if number == 0 else built.slot,
            "version": built.version,
            "url": f"{site_url}{built.slot}/{folder}",
        }
        if number == 0:
            entry["preferred"] = True
        entries.append(entry)
    if development is not None and has(development):
        entries.append(
            {
                "name": str(words["SWITCHER_DEVELOPMENT"]),
                "version": development.version,
                "url": f"{site_url}{DEVELOPMENT}/{folder}",
            }
        )
    return entries


def assemble(sources: list[Path], out: Path, site_url: str, development: Path | None = None) -> list[dict]:
    """Write the site into ``out`` (emptied first); return the switcher's entries."""
    if not site_url.endswith("/"):
        site_url += "/"
    with tempfile.TemporaryDirectory(prefix="site-editions-") as scratch:
        folders = [unpack(source, Path(scratch)) if source.is_file() else source for source in sources]
        editions = [read_built(folder) for folder in folders]
        for built in editions:
            if built.kind != "editie":
                raise AssemblyError(
                    f"{built.folder} is geen uitgebrachte editie maar {built.kind}; "
                    "geef de werkversie mee met --ontwikkeling."
                )
        slots = [built.slot for built in editions]
        if len(set(slots)) != len(slots):
            raise AssemblyError(f"Een editie komt twee keer voor: {', '.join(sorted(slots))}.")
        editions.sort(key=lambda built: built.slot, reverse=True)  # "2026-2027" after "2025-2026"
        work = read_built(development) if development is not None else None
        if work is not None and work.kind != DEVELOPMENT:
            raise AssemblyError(f"{development} is niet gebouwd als werkversie (BOOK_EDITION={DEVELOPMENT} make book).")
        if not editions and work is None:
            raise AssemblyError("Er is niets om te publiceren: geen editie en geen werkversie.")
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        newest = editions[0] if editions else work
        shutil.copytree(newest.folder, out, dirs_exist_ok=True)
        placed = [(out / built.slot, built) for built in editions]
        if work is not None:
            placed.append((out / DEVELOPMENT, work))
        for folder, built in placed:
            shutil.copytree(built.folder, folder)
        entries = switcher(editions, work, site_url)
        text = json.dumps(entries, ensure_ascii=False, indent=1) + "\n"
        for folder in [out, *(folder for folder, _built in placed)]:
            (folder / SWITCHER).write_text(text, encoding="utf-8")
        # The other languages: in their folder in the root and in every edition's that has them.
        for lang in LANGUAGES:
            shown = [(out, newest), *placed]
            if lang == SOURCE_LANGUAGE or not any(lang in built.languages for _folder, built in shown):
                continue
            text = json.dumps(switcher(editions, work, site_url, lang), ensure_ascii=False, indent=1) + "\n"
            for folder, built in shown:
                if lang in built.languages:
                    (folder / lang / SWITCHER).write_text(text, encoding="utf-8")
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Zet de gepubliceerde site in elkaar uit de gebouwde edities.")
    parser.add_argument("edities", nargs="*", type=Path, help="gebouwde edities: mappen of sitearchieven (.tar.gz)")
    parser.add_argument("--uit", type=Path, required=True, help="map voor de site (wordt eerst leeggemaakt)")
    parser.add_argument(
        "--site-url", required=True, help="het adres van de site, bijvoorbeeld https://org.github.io/repo/"
    )
    parser.add_argument("--ontwikkeling", type=Path, help="de werkversie (gebouwd met BOOK_EDITION=ontwikkeling)")
    arguments = parser.parse_args(argv)
    try:
        entries = assemble(arguments.edities, arguments.uit, arguments.site_url, arguments.ontwikkeling)
    except AssemblyError as error:
        print(f"✘ {error}", file=sys.stderr)
        return 1
    for entry in entries:
        print(f"✔ {entry['name']}: {entry['url']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
