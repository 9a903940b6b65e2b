"""Every built page is valid HTML according to the Nu Html Checker (vnu.jar, from npm).

Errors fail the test. Warnings and info messages do not: with sphinx-book-theme 1.3 they are
all theme or Sphinx markup that browsers and assistive technology handle fine (trailing slashes
on void elements, `role="main"` on <main>, several <h1> per page, <section>/<article> without
heading for sphinx-exercise boxes, an empty print-only <h1> on genindex.html). They are printed
(`pytest -s`) so a new kind shows up in review.
"""

from __future__ import annotations

import collections
import json
import shutil
import subprocess

import pytest

from pagetools import VNU_JAR, missing

pytestmark = pytest.mark.slow


def test_pages_are_valid_html(book_html, book_pages):
    java = shutil.which("java")
    if not java:
        missing("Java", "install a Java runtime, e.g. `apt-get install -y default-jre-headless`")
    if not VNU_JAR.is_file():
        missing("vnu.jar", "run `npm ci` in the repository root (package.json pins vnu-jar)")
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always",
         *[str(book_html / page) for page in book_pages]],
        capture_output=True, text=True, check=False, timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors, others = [], collections.Counter()
    for message in messages:
        where = message.get("url", "").split(str(book_html))[-1].lstrip("/")
        if message["type"] in {"error", "non-document-error"}:
            errors.append(f"{where}:{message.get('lastLine', '?')}: {message['message']}"
                          f"\n    {message.get('extract', '').strip()[:160]}")
        else:
            others[f"{message.get('subType', message['type'])}: {message['message'][:110]}"] += 1
    print(f"vnu checked {len(book_pages)} pages: {len(errors)} errors")
    print("\n".join(f"  {count:>4}x {text}" for text, count in others.most_common()))
    assert not errors, "\n".join(errors)
