"""The toolkit's architecture holds: layers without import cycles, no reaching into another
module's private names, markup only in templates, texts only in the text modules, and each
exercise type in its own folder that leans only on the shared base."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "coursekit"
MODULES = sorted(PACKAGE.rglob("*.py"))
EXERCISE_TYPES = PACKAGE / "exercise_types"
# The type folders the registry (exercise_types/__init__.py) finds by walking: it imports each.
TYPE_FOLDERS = sorted(
    path.parent for path in EXERCISE_TYPES.glob("*/__init__.py") if not path.parent.name.startswith("_")
)
# An HTML tag written in a Python string: markup belongs in the templates (coursekit/render).
HTML_IN_CODE = re.compile(
    r"""["'][^"']*<(p|div|span|table|tr|td|th|ul|ol|li|a|h[1-6]|img|section|figure|details|strong|br)[\s>/]"""
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[str, list[str]]]:
    """(imported module, imported names) for every import in the file, top level or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names if alias.name.startswith("coursekit")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("coursekit"):
                found.append((target, [alias.name for alias in node.names]))
    return found


def graph() -> dict[str, set[str]]:
    known = {module_name(path) for path in MODULES}
    edges: dict[str, set[str]] = {name: set() for name in known}
    for path in MODULES:
        source = module_name(path)
        for target, names in imports(path):
            # "from coursekit.x import y" may import the module coursekit.x.y
            targets = [f"{target}.{name}" if f"{target}.{name}" in known else target for name in names] or [target]
            edges[source] |= {t for t in targets if t in known and t != source}
    # The registry imports every type folder it finds (importlib): an edge no import statement shows.
    edges["coursekit.exercise_types"] |= {module_name(folder / "__init__.py") for folder in TYPE_FOLDERS}
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_modules_import_each_other_without_cycles():
    assert cycles(graph()) == []


def test_the_cycle_check_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]


@pytest.mark.parametrize("folder", TYPE_FOLDERS, ids=lambda folder: folder.name)
def test_an_exercise_type_leans_only_on_the_shared_base(folder):
    """A type's folder is its whole home: it does not import the registry or another type."""
    own = module_name(folder / "__init__.py")
    offences = [
        f"{path.relative_to(PACKAGE)}: {target}"
        for path in sorted(folder.rglob("*.py"))
        for target, names in imports(path)
        for module in ([f"{target}.{name}" for name in names] if target == "coursekit.exercise_types" else [target])
        if module.startswith("coursekit.exercise_types")
        and module != "coursekit.exercise_types.base"
        and not module.startswith(own)
    ]
    assert offences == [], "een oefentype gebruikt alleen exercise_types/base.py, niet het register of een ander type"


def test_no_module_imports_another_modules_private_names():
    offences = [
        f"{path.relative_to(PACKAGE)}: {name} uit {target}"
        for path in MODULES
        for target, names in imports(path)
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert offences == []


@pytest.mark.parametrize(
    "path", [p for p in MODULES if "render" not in p.parts], ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_markup_is_written_in_templates_not_in_code(path):
    lines = [
        f"{number}: {line.strip()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if HTML_IN_CODE.search(line) and not line.strip().startswith("#")
    ]
    assert lines == [], "HTML in Python; zet het in een template in coursekit/render/templates"


@pytest.mark.parametrize("path", sorted((PACKAGE / "texts").glob("*.py")), ids=lambda p: p.name)
def test_the_text_modules_hold_only_texts(path):
    module = importlib.import_module(f"coursekit.texts.{path.stem}")
    for name, value in vars(module).items():
        # localise_texts: the module's last line puts its translations in place (coursekit.i18n).
        if name.startswith("_") or name in ("annotations", "localise_texts"):
            continue
        values = value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else [value]
        assert all(isinstance(text, str) for text in values), f"{path.name}: {name} is geen tekst"


# Texts a learner reads live in coursekit/texts, with one exception: a type's label (its name as a
# learner sees it) is the `label` of its TYPE, written in its own folder. That is what makes a new
# type one folder and one fixture entry (issue 24, CONTRIBUTING.md), instead of one more file to edit.
@pytest.mark.parametrize("folder", TYPE_FOLDERS, ids=lambda folder: folder.name)
def test_a_types_label_is_written_in_its_own_folder(folder):
    tree = ast.parse((folder / "__init__.py").read_text(encoding="utf-8"))
    labels = [
        statement.value.value
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        for statement in node.body
        if isinstance(statement, ast.Assign)
        and [getattr(target, "id", None) for target in statement.targets] == ["label"]
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    ]
    assert len(labels) == 1 and labels[0].strip(), f"{folder.name}/__init__.py hoort zijn label zelf te geven"


def test_no_text_module_lists_the_types():
    """The types' labels are not kept a second time in coursekit/texts (a list to keep in step)."""
    types = {folder.name for folder in TYPE_FOLDERS}
    for path in sorted((PACKAGE / "texts").glob("*.py")):
        module = importlib.import_module(f"coursekit.texts.{path.stem}")
        listed = [name for name, value in vars(module).items() if isinstance(value, dict) and types <= set(value)]
        assert listed == [], f"texts/{path.name}: {listed} somt de oefentypen op; hun labels staan in hun eigen map"


def test_every_test_the_promises_page_names_exists():
    """book/beloftes.md says which test proves each promise; each of them must exist."""
    page = (PACKAGE.parents[1] / "book" / "beloftes.md").read_text(encoding="utf-8")
    named = re.findall(r"`(test_\w+\.py)(?:::(\w+))?`", page)
    assert len(named) > 20
    tests = Path(__file__).parents[1]
    for file, test in named:
        found = [tests / part / file for part in ("toolkit", "page", "browser") if (tests / part / file).is_file()]
        assert found, f"{file} staat op de pagina maar bestaat niet"
        source = found[0].read_text(encoding="utf-8")
        assert not test or f"def {test}(" in source, f"{file}::{test} staat op de pagina maar bestaat niet"
