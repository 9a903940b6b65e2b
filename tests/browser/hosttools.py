"""The built book served the way a static host serves a project site: under a sub-path (the
base URL's path, e.g. /opgavegericht-werken/), gzip-compressed, with 404.html for every address
that does not exist, at any depth. Used by tests/browser/test_site_host.py."""

from __future__ import annotations

import functools
import gzip
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

PRECOMPRESSED = {".woff2", ".woff", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".gz", ".zip"}


class _Handler(SimpleHTTPRequestHandler):
    prefix = "/"

    def log_message(self, format, *args):
        pass

    def _target(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            return None
        target = Path(self.directory) / path[len(self.prefix) :]
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def do_GET(self):
        target, status = self._target(), 200
        if target is None:
            target, status = Path(self.directory) / "404.html", 404
            if not target.is_file():
                self.send_error(404)
                return
        data = target.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(target)))
        if target.suffix.lower() not in PRECOMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            data = gzip.compress(data, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class SubPathHost:
    """`with SubPathHost(html, "/repo/") as host: host.url("book/index.html")`."""

    def __init__(self, html_root: Path, prefix: str) -> None:
        handler = type("Handler", (_Handler,), {"prefix": prefix})
        self.prefix = prefix
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(html_root)))
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> SubPathHost:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, relative: str) -> str:
        return self.origin + self.prefix + relative
