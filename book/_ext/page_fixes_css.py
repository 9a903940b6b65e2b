"""One small stylesheet for the whole book: the theme's CSS without the rules no page uses, and
Font Awesome's icon font replaced by the SVG shapes of the few icons the pages show.

Used by ``page_fixes`` at the end of a build, when every page is written:

- :func:`used_names` reads the class names and ids of every built page, and every word in the
  scripts the pages load (classes a script adds at run time, such as ``show`` or ``scrolled``).
- :func:`bundle` joins the stylesheets in page order and keeps a style rule only for the selectors
  whose class names and ids (outside ``:not()``, ``:is()`` and the like, which are kept as they are)
  all occur in the book. ``@media``, ``@supports`` and ``@layer`` blocks are trimmed the same way;
  Font Awesome's ``@font-face`` rules are left out.
- Every rule that draws an icon with a Font Awesome glyph (``content: "\\f0c9"`` or a variable
  holding one, as the theme's admonition titles do) draws the icon's SVG shape instead, as a CSS
  mask filled with the text colour: it follows light and dark mode, and in forced-colours mode
  (Windows high contrast) it takes the system's text colour.

The SVG shapes come from the Font Awesome Free icons the theme ships (``scripts/fontawesome.js``),
read at build time; no icon is copied by hand. Font Awesome Free icons: CC BY 4.0, by Fonticons,
Inc., https://fontawesome.com/license/free (credited in the generated stylesheet).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import tinycss2

FA_CREDIT = (
    "/* Icons: Font Awesome Free 6 by @fontawesome, https://fontawesome.com, "
    "license https://fontawesome.com/license/free (icons CC BY 4.0). */\n"
)
# Icon packs in fontawesome.js: `var p={name:[width,height,[aliases],"unicode","path"],...}`,
# registered with d("fas",p) (solid), d("far",p) (regular) or d("fab",p) (brands).
_PACK = re.compile(r'var p=\{(.*?)\};.*?d\("(fas|far|fab)",p\)', re.DOTALL)
_ICON = re.compile(
    r'(?:"([a-z0-9-]+)"|([a-z0-9]+)):\[(\d+),(\d+),\[([^\]]*)\],"([0-9a-f]+)",'
    r'("[^"]*"|\[[^\]]*\])\]'
)
_WORD = re.compile(r"[A-Za-z_][\w-]*")
_PRIVATE_USE = range(0xE000, 0xF900)
_SCOPING = {"@media", "@supports", "@layer", "@container", "@document"}
# Classes on the icon element itself, for icons written as <i class="fa-solid fa-bars">.
ICON_BASE = (
    ".fa::before,.fas::before,.fa-solid::before,.far::before,.fa-regular::before,.fab::before,.fa-brands::before"
)


class Icon:
    def __init__(self, width: int, height: int, path: str) -> None:
        self.width, self.height, self.path = width, height, path

    def data_uri(self) -> str:
        svg = (
            f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {self.width} {self.height}'>"
            f"<path d='{self.path}'/></svg>"
        )
        return 'url("data:image/svg+xml,' + quote(svg, safe=" /=:',.-") + '")'

    def width_em(self) -> str:
        return f"{self.width / self.height:.3g}em"


def load_icons(fontawesome_js: Path) -> dict[int, Icon]:
    """{code point: icon}, solid icons first, then brands, then regular ones."""
    text = fontawesome_js.read_text(encoding="utf-8")
    packs: dict[str, dict[int, Icon]] = {}
    for body, pack in _PACK.findall(text):
        icons = packs.setdefault(pack, {})
        for match in _ICON.finditer(body):
            path = match.group(7)
            if path.startswith("["):  # duotone: two paths; the book uses none
                continue
            icons.setdefault(int(match.group(6), 16), Icon(int(match.group(3)), int(match.group(4)), path.strip('"')))
    merged: dict[int, Icon] = {}
    for pack in ("fas", "fab", "far"):
        for code, icon in packs.get(pack, {}).items():
            merged.setdefault(code, icon)
    return merged


class _Names(HTMLParser):
    def __init__(self, classes: set[str], ids: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.classes, self.ids = classes, ids

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "class" and value:
                self.classes.update(value.split())
            elif name == "id" and value:
                self.ids.add(value)


def used_names(pages: list[Path], scripts: list[Path]) -> tuple[set[str], set[str]]:
    """(class names, ids) that occur in the pages, plus every word of the scripts (both sets)."""
    classes: set[str] = set()
    ids: set[str] = set()
    for page in pages:
        parser = _Names(classes, ids)
        parser.feed(page.read_text(encoding="utf-8"))
        parser.close()
    for script in scripts:
        words = set(_WORD.findall(script.read_text(encoding="utf-8", errors="replace")))
        classes |= words
        ids |= words
    return classes, ids


class _Styles(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self._in_style = tag == "style"
        self.parts += [value for name, value in attrs if name == "style" and value]

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.parts.append(data)


def inline_styles(pages: list[Path]) -> str:
    """The CSS written in the pages themselves (style attributes, <style> elements)."""
    parser = _Styles()
    for page in pages:
        parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return "\n".join(parser.parts)


# --- selectors --------------------------------------------------------------------------------


def _split_selectors(prelude) -> list[list]:
    selectors, current = [], []
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append(current)
            current = []
        else:
            current.append(token)
    selectors.append(current)
    return selectors


def _selector_needs(selector) -> tuple[set[str], set[str]]:
    """Class names and ids a compound selector needs, outside functional pseudo-classes."""
    classes, ids = set(), set()
    previous = None
    for token in selector:
        if token.type == "ident" and previous is not None and previous.type == "literal" and previous.value == ".":
            classes.add(token.value)
        elif token.type == "hash" and token.is_identifier:
            ids.add(token.value)
        previous = token
    return classes, ids


def _serialize(tokens) -> str:
    return re.sub(r"\s+", " ", tinycss2.serialize(tokens)).strip()


# --- icons ------------------------------------------------------------------------------------


def _glyph(value_tokens, variables: dict[str, list], seen=None) -> int | None:
    """The private-use code point a `content` value shows (directly or through var()), if any."""
    seen = seen or set()
    for token in value_tokens:
        if token.type == "string" and len(token.value) == 1 and ord(token.value) in _PRIVATE_USE:
            return ord(token.value)
        if token.type == "function" and token.lower_name == "var":
            names = [t.value for t in token.arguments if t.type == "ident"]
            if names and names[0] in variables and names[0] not in seen:
                seen.add(names[0])
                found = _glyph(variables[names[0]], variables, seen)
                if found is not None:
                    return found
    return None


def _declarations(content) -> list:
    return [
        d
        for d in tinycss2.parse_declaration_list(content, skip_comments=True, skip_whitespace=True)
        if d.type == "declaration"
    ]


def _draws_with_font(declarations) -> bool:
    for declaration in declarations:
        if declaration.lower_name in {"font", "font-family"}:
            value = tinycss2.serialize(declaration.value)
            if "--fa-font" in value or "Font Awesome" in value:
                return True
    return False


def _icon_declarations(declarations, icon: Icon, base: bool) -> str:
    kept = [d for d in declarations if d.lower_name not in {"content", "font", "font-family"}]
    names = {d.lower_name for d in kept}
    out = [f"{d.name}:{_serialize(d.value)}{'!important' if d.important else ''}" for d in kept]
    mask = icon.data_uri()
    out += ['content:""', f"-webkit-mask-image:{mask}", f"mask-image:{mask}", f"--pf-icon-width:{icon.width_em()}"]
    if base:
        if "display" not in names:
            out.append("display:inline-block")
        if "width" not in names:
            out.append("width:var(--pf-icon-width)")
        if "height" not in names:
            out.append("height:1em")
        out += [
            "background-color:currentColor",
            "-webkit-mask-repeat:no-repeat",
            "mask-repeat:no-repeat",
            "-webkit-mask-position:center",
            "mask-position:center",
            "-webkit-mask-size:contain",
            "mask-size:contain",
        ]
    return ";".join(out)


ICON_BASE_RULE = (
    ICON_BASE + "{display:inline-block;width:var(--pf-icon-width,1em);height:1em;"
    "vertical-align:-.125em;background-color:currentColor;-webkit-mask-repeat:no-repeat;"
    "mask-repeat:no-repeat;-webkit-mask-position:center;mask-position:center;"
    "-webkit-mask-size:contain;mask-size:contain}"
    "@media (forced-colors:active){" + ICON_BASE + ",.admonition-title::after,"
    ".admonition-title:after{forced-color-adjust:none;background-color:CanvasText}}"
)


# --- the stylesheet ---------------------------------------------------------------------------


class Trimmer:
    """Keeps the rules the book uses; emits them as a list of CSS strings."""

    def __init__(self, classes: set[str], ids: set[str], icons: dict[int, Icon]) -> None:
        self.classes, self.ids, self.icons = classes, ids, icons
        self.variables: dict[str, list] = {}
        self.kept = self.dropped = 0

    def collect_variables(self, rules) -> None:
        for rule in rules:
            if rule.type == "qualified-rule":
                for declaration in _declarations(rule.content):
                    if declaration.name.startswith("--"):
                        self.variables.setdefault(declaration.name, declaration.value)
            elif rule.type == "at-rule" and rule.content is not None and f"@{rule.lower_at_keyword}" in _SCOPING:
                self.collect_variables(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))

    def _keep(self, selector) -> bool:
        classes, ids = _selector_needs(selector)
        return classes <= self.classes and ids <= self.ids

    def tree(self, rules) -> list:
        """Kept rules as nodes: ("rule", prelude, [(name, value, important)]), ("block", head,
        [nodes]) or ("raw", text)."""
        out = []
        for rule in rules:
            if rule.type == "qualified-rule":
                selectors = [s for s in _split_selectors(rule.prelude) if self._keep(s)]
                if not selectors:
                    self.dropped += 1
                    continue
                self.kept += 1
                prelude = ",".join(_serialize(s) for s in selectors)
                declarations = _declarations(rule.content)
                content = next((d for d in declarations if d.lower_name == "content"), None)
                code = _glyph(content.value, self.variables) if content is not None else None
                if code is not None and code in self.icons:
                    body = _icon_declarations(declarations, self.icons[code], base=_draws_with_font(declarations))
                    out.append(("raw", f"{prelude}{{{body}}}"))
                else:
                    out.append(("rule", prelude, [(d.name, _serialize(d.value), d.important) for d in declarations]))
            elif rule.type == "at-rule":
                keyword = f"@{rule.lower_at_keyword}"
                head = f"{keyword} {_serialize(rule.prelude)}".strip()
                if keyword == "@font-face" and "Font Awesome" in tinycss2.serialize(rule.content):
                    continue
                if keyword in _SCOPING and rule.content is not None:
                    inner = self.tree(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
                    if inner:
                        out.append(("block", head, inner))
                elif rule.content is None:
                    out.append(("raw", f"{head};"))
                else:
                    out.append(("raw", f"{head}{{{_serialize(rule.content)}}}"))
        return out


_VAR = re.compile(r"var\(\s*(--[\w-]+)")


def _references(nodes) -> set[str]:
    found = set()
    for node in nodes:
        if node[0] == "rule":
            for _, value, _ in node[2]:
                found.update(_VAR.findall(value))
        elif node[0] == "block":
            found |= _references(node[2])
        else:
            found.update(_VAR.findall(node[1]))
    return found


def _emit(nodes, wanted: set[str]) -> list[str]:
    """CSS text of the nodes, without custom properties nothing reads."""
    out = []
    for node in nodes:
        if node[0] == "rule":
            body = ";".join(
                f"{name}:{value}{'!important' if important else ''}"
                for name, value, important in node[2]
                if not name.startswith("--") or name in wanted
            )
            if body:
                out.append(f"{node[1]}{{{body}}}")
        elif node[0] == "block":
            inner = _emit(node[2], wanted)
            if inner:
                out.append(f"{node[1]}{{{''.join(inner)}}}")
        else:
            out.append(node[1])
    return out


def _prune(nodes, wanted: set[str]) -> list:
    pruned = []
    for node in nodes:
        if node[0] == "rule":
            pruned.append(("rule", node[1], [d for d in node[2] if not d[0].startswith("--") or d[0] in wanted]))
        elif node[0] == "block":
            pruned.append(("block", node[1], _prune(node[2], wanted)))
        else:
            pruned.append(node)
    return pruned


def rebase_urls(css: str, source: Path, target: Path) -> str:
    """Rewrite relative url(...) in `css` (from file `source`) for a stylesheet at `target`."""
    import os

    def fix(match):
        quote_char, url = match.group(1), match.group(2)
        if re.match(r"^(data:|[a-z]+:|/|#)", url):
            return match.group(0)
        absolute = (source.parent / url.split("?")[0].split("#")[0]).resolve()
        suffix = url[len(url.split("?")[0].split("#")[0]) :]
        relative = os.path.relpath(absolute, target.parent.resolve()).replace(os.sep, "/")
        return f"url({quote_char}{relative}{suffix}{quote_char})"

    return re.sub(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""", fix, css)


def _import_target(rule) -> str | None:
    for token in rule.prelude:
        if token.type in {"string", "url"}:
            return token.value
        if token.type == "function" and token.lower_name == "url":
            return next((t.value for t in token.arguments if t.type == "string"), None)
    return None


def _load(source: Path, target: Path, seen: set[Path]) -> list[tuple[Path, list]]:
    """The rules of `source`, each local @import replaced by the rules of the file it names."""
    seen.add(source.resolve())
    text = rebase_urls(source.read_text(encoding="utf-8"), source, target)
    loaded, own = [], []
    for rule in tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True):
        if rule.type == "at-rule" and rule.lower_at_keyword == "charset":
            continue  # only valid at the very start; the bundle is UTF-8 anyway
        if rule.type == "at-rule" and rule.lower_at_keyword == "import":
            url = _import_target(rule)
            if url and not re.match(r"^([a-z]+:|/)", url):
                imported = (source.parent / url.split("?")[0]).resolve()
                if imported.is_file() and imported not in seen:
                    loaded += _load(imported, target, seen)
                continue
        own.append(rule)
    return [*loaded, (source, own)]


def bundle(
    sources: list[Path],
    target: Path,
    classes: set[str],
    ids: set[str],
    icons: dict[int, Icon],
    extra_references: str = "",
) -> tuple[str, int, int]:
    """The trimmed stylesheet for `sources` (in order), written for `target`'s folder.

    `extra_references`: text (page styles, scripts) whose var(--...) and custom property names
    count as uses. Returns (CSS text, rules kept, rules dropped)."""
    parsed = []  # (source file, its rules), with local @import-ed files in their place
    for source in sources:
        parsed += _load(source, target, seen=set())
    trimmer = Trimmer(classes, ids, icons)
    for _, rules in parsed:
        trimmer.collect_variables(rules)
    trees = [trimmer.tree(rules) for _, rules in parsed]
    outside = set(_VAR.findall(extra_references)) | {"--" + word for word in _WORD.findall(extra_references)}
    # A custom property stays while something reads it; drop, re-count, until nothing changes.
    wanted = None
    while True:
        found = outside | set().union(*(_references(tree) for tree in trees))
        if found == wanted:
            break
        wanted = found
        trees = [_prune(tree, wanted) for tree in trees]
    body = [f"/* {source.name} */\n" + "\n".join(_emit(tree, wanted)) for (source, _), tree in zip(parsed, trees)]
    css = FA_CREDIT + "\n".join(body) + "\n/* icons */\n" + ICON_BASE_RULE + "\n"
    return css, trimmer.kept, trimmer.dropped
