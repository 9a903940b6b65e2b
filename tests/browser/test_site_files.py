"""The built book read offline (Python's html.parser, no browser): whole, self-hosted, described.

- Every script, stylesheet, font, image and frame comes from the book itself; only links a
  reader clicks may go elsewhere.
- No widget manager or require.js: the static pages show each exercise's text/html form.
- No broken internal link or anchor, no missing local asset.
- Every page says it is Dutch and has a title; every image and figure has alt text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pagetools import css_urls, is_external, parse, resolve

pytestmark = pytest.mark.slow

# Public CDNs that themes and notebook tools load from; none may appear in a served JS/CSS file.
CDN_HOSTS = re.compile(
    r"(cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|ajax\.googleapis\.com|"
    r"fonts\.googleapis\.com|fonts\.gstatic\.com|code\.jquery\.com|stackpath\.bootstrapcdn|"
    r"maxcdn\.bootstrapcdn|polyfill\.io|cdn\.plot\.ly|cdn\.bokeh\.org|mathjax\.org|"
    r"googletagmanager\.com|google-analytics\.com|plausible\.io)",
    re.IGNORECASE,
)
# Scripts of the live-widget machinery that the static book deliberately does not load.
WIDGET_SCRIPTS = re.compile(
    r"(require(\.min)?\.js|@jupyter-widgets|html-manager|embed-amd|libembed|"
    r"application/vnd\.jupyter\.widget-state\+json)",
    re.IGNORECASE,
)
URL_IN_SCRIPT = re.compile(r"""(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s"'`<>)]*""", re.IGNORECASE)


def served_files(html_root: Path, suffix: str) -> list[Path]:
    return sorted(html_root.rglob(f"*{suffix}"))


def test_pages_are_dutch_and_titled(book_html, book_pages):
    problems = []
    for relative in book_pages:
        page = parse(book_html / relative)
        if not (page.lang or "").lower().startswith("nl"):
            problems.append(f"{relative}: <html lang={page.lang!r}>, expected nl")
        if not page.title:
            problems.append(f"{relative}: no <title>")
    assert not problems, "\n".join(problems)


def test_nothing_is_loaded_from_other_hosts(book_html, book_pages):
    offenders = []
    for relative in book_pages:
        page = parse(book_html / relative)
        offenders += [f"{relative}: {what} {url}" for what, url in page.loads if is_external(url)]
        offenders += [
            f"{relative}: CSS url()/@import {url}" for css in page.css for url in css_urls(css) if is_external(url)
        ]
        offenders += [
            f"{relative}: address in an inline script: {url}"
            for script in page.inline_scripts
            for url in URL_IN_SCRIPT.findall(script)
        ]
        if page.refresh and is_external(page.refresh):
            offenders.append(f"{relative}: redirects to {page.refresh}")
    for stylesheet in served_files(book_html, ".css"):
        name = stylesheet.relative_to(book_html).as_posix()
        offenders += [
            f"{name}: url()/@import {url}"
            for url in css_urls(stylesheet.read_text(encoding="utf-8", errors="replace"))
            if is_external(url)
        ]
    for asset in served_files(book_html, ".js") + served_files(book_html, ".css"):
        text = asset.read_text(encoding="utf-8", errors="replace")
        offenders += [
            f"{asset.relative_to(book_html).as_posix()}: names a CDN: {match}"
            for match in sorted(set(CDN_HOSTS.findall(text)))
        ]
    assert not offenders, "\n".join(offenders)


def test_no_widget_manager_or_requirejs(book_html, book_pages):
    """Exercises show their static text/html form; no live-widget scripts, local or remote."""
    offenders = []
    for relative in book_pages:
        page = parse(book_html / relative)
        offenders += [f"{relative}: {what} {url}" for what, url in page.loads if WIDGET_SCRIPTS.search(url)]
        offenders += [
            f"{relative}: inline script mentions {match.group(0)}"
            for script in page.inline_scripts
            if (match := WIDGET_SCRIPTS.search(script))
        ]
        if "application/vnd.jupyter.widget" in (book_html / relative).read_text(encoding="utf-8"):
            offenders.append(f"{relative}: contains a widget view or widget state")
    offenders += [
        f"served file {path.relative_to(book_html).as_posix()}"
        for path in served_files(book_html, ".js")
        if WIDGET_SCRIPTS.search(path.name)
    ]
    assert not offenders, "\n".join(offenders)


def test_no_broken_internal_links_anchors_or_assets(book_html, book_pages, english_html):
    """Links into en/ (the language switch) lead to the English edition, published in that folder."""
    broken = []
    # 404.html links with absolute paths under the base URL's sub-path (a host shows it at any
    # depth); tests/browser/test_site_host.py follows those links over HTTP under that sub-path.
    for relative in [page for page in book_pages if page != "404.html"]:
        source = book_html / relative
        page = parse(source)
        targets = [("link", url) for url in page.links] + list(page.loads)
        targets += [("CSS url()", url) for css in page.css for url in css_urls(css)]
        if page.refresh:
            targets.append(("refresh", page.refresh))
        for what, url in targets:
            if url.startswith(("mailto:", "tel:", "javascript:", "data:")) or is_external(url):
                continue
            target, fragment = resolve(book_html, source, url)
            if target is None:
                continue
            if target.is_relative_to(book_html / "en"):
                target = english_html / target.relative_to(book_html / "en")
            if not target.is_file():
                broken.append(f"{relative}: {what} {url} -> missing file")
            elif fragment and target.suffix == ".html" and fragment not in parse(target).ids:
                broken.append(f"{relative}: {what} {url} -> no id {fragment!r} in that page")
    for stylesheet in served_files(book_html, ".css"):
        for url in css_urls(stylesheet.read_text(encoding="utf-8", errors="replace")):
            if url.startswith("data:") or is_external(url):
                continue
            target, _ = resolve(book_html, stylesheet, url.split("?")[0])
            if target is not None and not target.is_file():
                broken.append(f"{stylesheet.relative_to(book_html).as_posix()}: url({url}) missing")
    assert not broken, "\n".join(broken)


def test_every_image_and_figure_has_alt_text(book_html, book_pages):
    missing = []
    for relative in book_pages:
        page = parse(book_html / relative)
        for image in page.images:
            if not (image["alt"] or "").strip():
                missing.append(f"{relative}: <img src={image['src']!r}> has no alt text")
        for number, figure in enumerate(page.figures, start=1):
            if not any((image["alt"] or "").strip() for image in figure):
                missing.append(f"{relative}: figure {number} has no image with alt text")
    assert not missing, "\n".join(missing)
