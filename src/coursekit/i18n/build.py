"""The book's configuration for a language, and the catalogs' templates for what the toolkit shows.

``python -m coursekit.i18n config <lang> <out>`` writes ``_config.yml`` as the build of ``<lang>``
needs it (or of ``gettext``, the catalog templates' build): the Sphinx language, the site address
under ``<lang>/``, a notebook cache of its own (the exercises' static forms are executed output, in
the kernel's language) and the overrides in ``locale/<lang>/config.yml`` (title, footer, search text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from . import SOURCE_LANGUAGE, gettext, locale_dir, localise_bibliography


def _merge(base: dict, overrides: dict) -> dict:
    merged = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def book_config(root: Path, lang: str) -> dict[str, Any]:
    """``_config.yml`` for the build of ``lang`` (``gettext``: the templates, nothing executed)."""
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    sphinx = config.setdefault("sphinx", {})
    # local_extensions are found relative to the configuration file; this one is written elsewhere.
    sphinx["local_extensions"] = {
        name: str((root / path).resolve()) for name, path in sphinx.get("local_extensions", {}).items()
    }
    if lang == "gettext":
        config["execute"] = {**config.get("execute", {}), "execute_notebooks": "off"}
        return config
    if lang == SOURCE_LANGUAGE:
        return config
    config["execute"] = {**config.get("execute", {}), "cache": str(root / "_build" / f".jupyter_cache_{lang}")}
    html = config.setdefault("html", {})
    html["baseurl"] = html.get("baseurl", "").rstrip("/") + f"/{lang}/"
    sphinx.setdefault("config", {})["language"] = lang
    config["bibtex_bibfiles"] = [
        _translated_bibliography(root, name, lang) for name in config.get("bibtex_bibfiles", [])
    ]
    overrides = locale_dir() / lang / "config.yml"
    if overrides.is_file():
        config = _merge(config, yaml.safe_load(overrides.read_text(encoding="utf-8")) or {})
    return config


def book_toc(root: Path) -> dict[str, Any]:
    """``_toc.yml`` with its parts' captions in the process's language (``coursekit.po``, ``toc.caption``)."""
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    for part in toc.get("parts", []):
        if "caption" in part:
            part["caption"] = gettext("coursekit", part["caption"], "toc.caption")
    return toc


def _translated_bibliography(root: Path, name: str, lang: str) -> str:
    """``_build/<lang>/<file>.bib``: the bibliography with its descriptive fields (where a source was
    published, a note) in ``lang``; the sources' own titles and authors stay as they are."""
    target = root / "_build" / lang / Path(name).name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(localise_bibliography((root / name).read_text(encoding="utf-8"), lang), encoding="utf-8")
    return target.relative_to(root).as_posix()


def write_config(root: Path, lang: str, out: Path) -> Path:
    """The configuration for ``lang``, written to ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(book_config(root, lang), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def write_toc(root: Path, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(book_toc(root), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out
