"""Benchmark of the built book's pages with Lighthouse: not a test, a report.

    python scripts/benchmark_pages.py [--runs 3] [--html _build/html] [--only notebooks/docent]

Serves the built book (``make book`` first) the way a static host such as GitHub Pages does:
gzip-compressed, under the sub-path of the configured base URL (``html.baseurl`` in
``_config.yml``), with ``404.html`` for addresses that do not exist. Then runs Lighthouse (pinned in
``package-lock.json``; ``npm ci`` installs it) in Debian's Chromium, mobile profile with Lighthouse's
default simulated throttling, on five page types, and prints one table with the median of the runs.

Targets (issue "Pages that open at once on a phone", tightened by "Speed where it is still short"):
performance >= 98; accessibility, best practices and SEO 100; largest contentful paint <= 1.2 s;
<= 200 KB transferred. Scores vary by a
few points from run to run on a busy machine; the tests keep deterministic byte budgets instead.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
PAGES = {  # page type: page, relative to the book's root
    "Landing page": "book/index.html",
    "Chapter 6": "book/06-anatomie.html",
    "Exercise page 1": "notebooks/01-generaties.html",
    "Class page (teachers, in the browser)": "book/docenten/klasoverzicht-in-je-browser.html",
    "Class overview notebook (teachers)": "notebooks/docent/klasoverzicht.html",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
LCP_TARGET_S = 1.2
BYTES_TARGET = 200 * 1000
COMPRESSED = {".woff2", ".woff", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".gz", ".zip"}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"


def base_path() -> str:
    """The path part of the configured base URL ("/" when none is set), e.g. "/repo/"."""
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8")) or {}
    url = ((config.get("html") or {}).get("baseurl") or "").strip()
    path = urlsplit(url).path or "/"
    return path if path.endswith("/") else path + "/"


class GzipHandler(SimpleHTTPRequestHandler):
    """Static files under a sub-path, gzip-compressed like a static host; 404.html when missing."""

    prefix = "/"

    def log_message(self, format, *args):
        pass

    def _file(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            return None
        target = Path(self.directory) / path[len(self.prefix) :]
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def do_GET(self):
        target = self._file()
        status = 200
        if target is None:
            status, target = 404, Path(self.directory) / "404.html"
            if not target.is_file():
                self.send_error(404)
                return
        data = target.read_bytes()
        kind = self.guess_type(str(target))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Cache-Control", "max-age=600")
        if target.suffix.lower() not in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            data = gzip.compress(data, compresslevel=6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_HEAD(self):
        self.do_GET()


def serve(html: Path, prefix: str) -> ThreadingHTTPServer:
    handler = functools.partial(type("Handler", (GzipHandler,), {"prefix": prefix}), directory=str(html))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def lighthouse(url: str, chrome: str) -> dict:
    result = subprocess.run(
        [
            "node",
            str(LIGHTHOUSE),
            url,
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--chrome-flags={CHROME_FLAGS}",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": chrome},
        timeout=300,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    audits = report["audits"]
    failed = {
        category: [
            ref["id"]
            for ref in report["categories"][category]["auditRefs"]
            if ref.get("weight") and (audits[ref["id"]].get("score") is not None) and audits[ref["id"]]["score"] < 1
        ]
        for category in CATEGORIES
    }
    return {
        **{category: round(100 * (report["categories"][category]["score"] or 0)) for category in CATEGORIES},
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "bytes": audits["total-byte-weight"]["numericValue"],
        "failed": failed,
        "errors": report.get("runtimeError"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median)")
    parser.add_argument("--html", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--prefix", default=None, help="sub-path to serve the book under")
    parser.add_argument("--only", default="", help="only the page types whose page contains this text")
    args = parser.parse_args()
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        sys.exit("Chromium ontbreekt: apt-get install -y chromium")
    if not LIGHTHOUSE.is_file():
        sys.exit("Lighthouse ontbreekt: npm ci (package.json pint de versie)")
    if not (args.html / "index.html").is_file():
        sys.exit(f"Geen gebouwd boek in {args.html}: make book")
    prefix = args.prefix or base_path()
    server = serve(args.html.resolve(), prefix)
    base = f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    rows, misses = [], []
    load_before = os.getloadavg()[0]
    try:
        for name, page in PAGES.items():
            if args.only not in page:
                continue
            runs = [lighthouse(base + page, chrome) for _ in range(args.runs)]
            median = {key: statistics.median(run[key] for run in runs) for key in [*CATEGORIES, "lcp", "bytes"]}
            rows.append((name, page, median))
            for category in CATEGORIES:
                if median[category] < TARGETS[category]:
                    audits = sorted({audit for run in runs for audit in run["failed"][category]})
                    misses.append(f"{name}: {category} {median[category]:.0f} (audits below 1: {', '.join(audits)})")
            if median["lcp"] > LCP_TARGET_S:
                misses.append(f"{name}: largest contentful paint {median['lcp']:.2f} s")
            if median["bytes"] > BYTES_TARGET:
                misses.append(f"{name}: {median['bytes'] / 1000:.0f} KB transferred")
    finally:
        server.shutdown()
    print(
        f"Lighthouse {json.loads((LIGHTHOUSE.parents[1] / 'package.json').read_text())['version']}, "
        f"mobile, simulated throttling; median of {args.runs} run(s); served gzip under {prefix}; "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after "
        f"(on a busy machine scores drop: compare runs made side by side)\n"
    )
    print("| Page | Performance | Accessibility | Best practices | SEO | Largest paint | Transferred |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, page, median in rows:
        print(
            f"| {name} (`{page}`) | {median['performance']:.0f} | {median['accessibility']:.0f} | "
            f"{median['best-practices']:.0f} | {median['seo']:.0f} | {median['lcp']:.2f} s | "
            f"{median['bytes'] / 1000:.0f} KB |"
        )
    print("\nTargets: performance >= 98; accessibility, best practices, SEO 100; largest paint <= 1.2 s; <= 200 KB.")
    print("\n".join(["Missed:", *misses]) if misses else "All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
