"""The page's two scripts: the page script (``boot.js``) and the portfolio script
(``portfolio_script.js``, loaded on the first export or import) are separate bundles, each with the
DATA of its own modules only.

The page script takes in no part of the portfolio (``portfolio.js``), carries none of its texts,
no document parts and no export schema; the portfolio script has the parts and the texts of the
export and the import. Both are built by esbuild (``npm ci``); terser is not needed here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coursekit import page
from coursekit.texts import learner


def data_of(modules: dict[str, Path]) -> dict:
    text = modules[page.DATA_MODULE].read_text(encoding="utf-8")
    return json.loads(text.removeprefix("export default ").removesuffix(";\n"))


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> dict[str, tuple[dict[str, str], dict]]:
    """Per script: (the sources esbuild takes in, by path, its DATA)."""
    try:
        page.find_esbuild()
    except FileNotFoundError as missing:
        pytest.skip(str(missing))
    folder = tmp_path_factory.mktemp("bundles")
    found = {}
    for name, entry in (("page", page.ENTRY), ("portfolio", page.PORTFOLIO_ENTRY)):
        modules = page.own_modules(entry, "boek", folder / name)
        found[name] = (page.bundle_sources(entry, modules), data_of(modules))
    return found


def names(sources: dict[str, str]) -> set[str]:
    return {Path(path).name for path in sources}


def test_the_page_script_takes_in_no_part_of_the_portfolio(bundles):
    sources, data = bundles["page"]
    sources = names(sources)
    assert "boot.js" in sources and "portfolio.js" not in sources and "portfolio_script.js" not in sources
    assert "parts" not in data
    assert "portfolio-export" not in data["schemas"]
    portfolio_only = {"PORTFOLIO_TITLE", "IMPORT_SUMMARY", "IMPORT_ADDED", "PORTFOLIO_CHAPTER", "IMPORT_NOT_EXPORT"}
    assert not portfolio_only & set(data["texts"])
    assert data["constants"]["portfolio_script"] == page.PORTFOLIO_NAME


def test_the_portfolio_script_has_the_documents_and_the_import(bundles):
    sources, data = bundles["portfolio"]
    sources = names(sources)
    assert "portfolio.js" in sources and "boot.js" not in sources and "panel.js" not in sources
    assert data["parts"] == page.parts()
    assert list(data["schemas"]) == ["answer"]  # checkAnswer on import; the store is the page's
    for name in ("PORTFOLIO_TITLE", "IMPORT_SUMMARY", "IMPORT_ADDED", "PORTFOLIO_CHAPTER", "TYPE_LABELS"):
        assert name in data["texts"], name
    # no text of the exercises' views, whose rules it takes in (coursekit-type-rules)
    assert "SAVE_NOW" not in data["texts"] and "PAGE_INTRO" not in data["texts"]
    assert data["texts"]["IMPORT_SUMMARY"] == learner.IMPORT_SUMMARY


def test_each_text_of_a_bundle_is_a_learner_text_and_used_in_it(bundles):
    for name, (sources, data) in bundles.items():
        code = "\n".join(sources.values())
        for text in data["texts"]:
            assert f"T.{text}" in code, (name, text)


def test_a_schema_that_is_not_a_page_schema_fails_the_build():
    with pytest.raises(LookupError):
        page.schemas_used('schemaErrors("exercise-definitions", x)')
    assert page.schemas_used('schemaErrors("store", x)') == ["answer", "store"]  # the store refers to the answer
