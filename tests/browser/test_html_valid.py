"""Every built page is valid HTML according to the Nu Html Checker (vnu.jar, from npm).

Errors fail the test, except two kinds judged not serious, which are printed (`pytest -s`):

- a skipped heading level ("h4 follows h2"): axe-core rates the same thing `heading-order`,
  impact moderate; the page is still navigable by headings.
- a `<style>` element in `<body>` whose selectors could reach outside its parent element (the
  exercises' static form carries its own small stylesheet): browsers apply it as intended.

Warnings and info messages never fail. With sphinx-book-theme 1.3 they are all theme or Sphinx
markup that browsers and assistive technology handle fine: trailing slashes on void elements,
`role="main"` on <main>, several <h1> per page, <section>/<article> without a heading (the
sphinx-exercise boxes), an empty print-only <h1> on genindex.html.
"""

from __future__ import annotations

import collections
import json
import re
import shutil
import subprocess

import pytest

from pagetools import VNU_JAR, missing

pytestmark = pytest.mark.slow

NOT_SERIOUS = re.compile(
    r"^The heading “h\d” \(with computed level \d\) follows the heading “h\d” .*skipping"
    r"|^The selector “.*” matches, or might match, an element that comes before the parent of "
    r"this “style” element"
)


def test_pages_are_valid_html(book_html, book_pages):
    java = shutil.which("java")
    if not java:
        missing("Java", "install a Java runtime, e.g. `apt-get install -y default-jre-headless`")
    if not VNU_JAR.is_file():
        missing("vnu.jar", "run `npm ci` in the repository root (package.json pins vnu-jar)")
    result = subprocess.run(
        # -XX:TieredStopAtLevel=1 starts faster for one short run; it needs the larger stack.
        [
            java,
            "-Xss4m",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--exit-zero-always",
            *[str(book_html / page) for page in book_pages],
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu.jar gave no report:\n{(result.stdout + result.stderr)[-2000:]}")
    errors, others = [], collections.Counter()
    for message in messages:
        where = message.get("url", "").split(str(book_html))[-1].lstrip("/")
        text = message["message"]
        if message["type"] in {"error", "non-document-error"} and not NOT_SERIOUS.search(text):
            errors.append(
                f"{where}:{message.get('lastLine', '?')}: {text}\n    {message.get('extract', '').strip()[:160]}"
            )
        else:
            kind = message.get("subType") or message["type"]
            kind = "error (not serious)" if kind == "error" else kind
            others[f"{kind}: {re.sub(r'“[^”]*”', '“…”', text)[:120]}"] += 1
    print(f"vnu checked {len(book_pages)} pages: {len(errors)} errors")
    print("\n".join(f"  {count:>4}x {text}" for text, count in others.most_common()))
    assert not errors, "\n".join(errors)
