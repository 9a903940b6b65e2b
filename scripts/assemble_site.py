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

Messages are Dutch; nothing outside ``--uit`` is changed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

DEVELOPMENT = "ontwikkeling"
SWITCHER = "switcher.json"
EDITION_FILE = "editie.json"
NEWEST = " (nieuwste)"
DEVELOPMENT_NAME = "Werkversie (ontwikkeling)"


class AssemblyError(RuntimeError):
    """The site cannot be assembled; the message is Dutch."""


@dataclass(frozen=True)
class Built:
    folder: Path
    slot: str
    version: str
    kind: str


def read_built(folder: Path) -> Built:
    try:
        data = json.loads((folder / EDITION_FILE).read_text(encoding="utf-8"))
        built = Built(folder, str(data["slot"]), str(data["version"]), str(data["kind"]))
    except (OSError, ValueError, KeyError, TypeError):
        raise AssemblyError(
            f"{folder} is geen gebouwde editie: {EDITION_FILE} ontbreekt of is "
            "beschadigd. Bouw het boek opnieuw (make book)."
        ) from None
    if "/" in built.slot or built.slot in {"", ".", ".."}:
        raise AssemblyError(f"{folder}: ongeldige naam van de editie ({built.slot!r}).")
    return built


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


def switcher(editions: list[Built], development: Built | None, site_url: str) -> list[dict]:
    entries = []
    for number, built in enumerate(editions):
        entry = {
            "name": built.slot + (NEWEST if number == 0 else ""),
            "version": built.version,
            "url": f"{site_url}{built.slot}/",
        }
        if number == 0:
            entry["preferred"] = True
        entries.append(entry)
    if development is not None:
        entries.append({"name": DEVELOPMENT_NAME, "version": development.version, "url": f"{site_url}{DEVELOPMENT}/"})
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
