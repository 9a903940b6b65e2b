"""The catalog templates of what the toolkit shows: ``coursekit.pot``, ``oefeningen.pot``, ``data.pot``.

The pages' templates come from Sphinx's gettext builder; these three come from the Dutch sources
directly, with the same lookups :mod:`coursekit.i18n` makes at run time:

- ``coursekit``: each text of ``coursekit.texts`` (context ``<module>.<NAME>``) and each exercise
  type's label (context ``type.<name>.label``);
- ``oefeningen``: each text field of ``notebooks/oefeningen/*.yml``, located by file and line;
- ``data``: each distinct cell of a field marked ``"translate": true``, located by file and row.

Run in Dutch (``$COURSEKIT_LANG`` unset): the templates hold the Dutch, never a translation.
"""

from __future__ import annotations

import csv
import importlib
import inspect
import json
import os
import re
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from . import DEFINITION_NAMES, SOURCE_LANGUAGE, bibliography_messages, language, text_messages

TEXT_MODULES = ("common", "learner", "teacher", "author", "explorer", "agreement", "book")


def _catalog(domain: str) -> Catalog:
    return Catalog(project="opgavegericht-werken", domain=domain, charset="utf-8", fuzzy=False)


def toc_captions(toc: str) -> list[tuple[int, str]]:
    """(line, caption) of each part of ``_toc.yml``: the sidebar's headings."""
    return [
        (number, yaml.safe_load(found[1]))
        for number, line in enumerate(toc.splitlines(), start=1)
        if (found := re.match(r"\s*-?\s*caption:\s*(.+)$", line))
    ]


def coursekit_catalog(root: Path) -> Catalog:
    from ..exercise_types import REGISTRY

    catalog = _catalog("coursekit")
    for name in TEXT_MODULES:
        module = importlib.import_module(f"coursekit.texts.{name}")
        source = inspect.getsource(module)
        file = f"src/coursekit/texts/{name}.py"
        for context, text in text_messages(vars(module), module.__name__):
            constant = context.split(".")[1]
            found = re.search(rf"^{constant}\b", source, re.MULTILINE)
            line = source[: found.start()].count("\n") + 1 if found else 0
            catalog.add(text, context=context, locations=[(file, line)])
    toc = (root / "_toc.yml").read_text(encoding="utf-8")
    for line, caption in toc_captions(toc):
        catalog.add(caption, context="toc.caption", locations=[("_toc.yml", line)])
    bib = (root / "book" / "references.bib").read_text(encoding="utf-8")
    for context, text, line in bibliography_messages(bib):
        message = catalog.get(text, context=context)
        if message is None:
            catalog.add(text, context=context, locations=[("book/references.bib", line)])
        else:
            message.locations.append(("book/references.bib", line))
    for type_name, kind in REGISTRY.items():
        catalog.add(
            kind.label,
            context=f"type.{type_name}.label",
            locations=[(f"src/coursekit/exercise_types/{type_name}/__init__.py", 0)],
        )
    return catalog


def _scalars(node: yaml.Node, key: str | None, exercise: str | None):
    """(text, line, exercise id) of each text scalar in a definition file's node tree."""
    if key in DEFINITION_NAMES:
        return
    if isinstance(node, yaml.MappingNode):
        ids = [v.value for k, v in node.value if k.value == "id" and isinstance(v, yaml.ScalarNode)]
        here = ids[0] if ids else exercise
        for k, v in node.value:
            yield from _scalars(v, k.value, here)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item, key, exercise)
    elif isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str") and node.value.strip():
        yield node.value, node.start_mark.line + 1, exercise, key


def oefeningen_catalog(root: Path) -> Catalog:
    catalog = _catalog("oefeningen")
    for file in sorted((root / "notebooks" / "oefeningen").glob("*.yml")):
        relative = file.relative_to(root).as_posix()
        tree = yaml.compose(file.read_text(encoding="utf-8"))
        if tree is None:  # an empty file: nothing to translate
            continue
        for text, line, exercise, key in _scalars(tree, None, None):
            message = catalog.get(text)
            note = f"{exercise or 'hoofdstuk'}: {key}"
            if message is None:
                catalog.add(text, locations=[(relative, line)], auto_comments=[note])
            else:
                message.locations.append((relative, line))
                message.auto_comments.append(note)
    return catalog


def data_catalog(root: Path) -> Catalog:
    catalog = _catalog("data")
    for schema_file in sorted((root / "data").glob("*.schema.json")):
        schema = json.loads(schema_file.read_text(encoding="utf-8"))
        texts = [field["name"] for field in schema["fields"] if field.get("translate")]
        if not texts:
            continue
        table = schema_file.name[: -len(".schema.json")]
        with (root / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            for row_number, row in enumerate(csv.DictReader(handle), start=2):
                for name in texts:
                    text = row[name]
                    if not text:
                        continue
                    message = catalog.get(text)
                    if message is None:
                        catalog.add(
                            text, locations=[(f"data/{table}.csv", row_number)], auto_comments=[f"{table}.{name}"]
                        )
                    else:
                        message.locations.append((f"data/{table}.csv", row_number))
    return catalog


def relocate_page_templates(root: Path, out: Path) -> None:
    """Sphinx's templates name each paragraph's source relative to its own output folder
    (``../../../../book/05-corona.md:42``); they get the path in the course folder
    (``book/05-corona.md:42``), wherever they were made: in the catalogs, for translators, and in
    the messages of the check (:mod:`coursekit.i18n.check`)."""
    base = root.resolve()
    for path in sorted(out.rglob("*.pot")):
        with path.open("rb") as handle:
            catalog = read_po(handle)
        moved = False
        for message in catalog:
            located = []
            for file, line in message.locations:
                if file.startswith("../"):
                    source = Path(os.path.normpath(out.resolve() / file))
                    if source.is_relative_to(base):
                        file, moved = source.relative_to(base).as_posix(), True
                located.append((file, line))
            message.locations = located
        if moved:
            with path.open("wb") as handle:
                write_po(handle, catalog, width=76, omit_header=False)


def write_templates(root: Path, out: Path) -> list[Path]:
    """Write the three templates into ``out`` (beside the pages' templates, which get their sources'
    paths in the course folder)."""
    if language() != SOURCE_LANGUAGE:
        raise RuntimeError("extract the templates in Dutch: unset COURSEKIT_LANG")
    out.mkdir(parents=True, exist_ok=True)
    relocate_page_templates(root, out)
    written = []
    for make in (coursekit_catalog, oefeningen_catalog, data_catalog):
        catalog = make(root)
        path = out / f"{catalog.domain}.pot"
        with path.open("wb") as handle:
            write_po(handle, catalog, width=76, omit_header=False)
        written.append(path)
    return written
