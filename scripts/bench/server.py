"""A static host for the built site on 127.0.0.1, serving like a typical one: gzip for
text when the browser accepts it, Cache-Control: max-age=3600, ETag and Last-Modified
(with 304 answers), so page weights are what a reader's phone would download."""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import threading
from email.utils import formatdate, parsedate_to_datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml",
              "application/xml", "text/xml", "application/manifest+json")
mimetypes.add_type("application/javascript", ".js")
mimetypes.add_type("font/woff2", ".woff2")
mimetypes.add_type("application/manifest+json", ".webmanifest")


class Handler(SimpleHTTPRequestHandler):
    _gzipped: dict[tuple[str, int], bytes] = {}
    _lock = threading.Lock()

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        stat = path.stat()
        etag = '"' + hashlib.sha1(f"{stat.st_mtime_ns}-{stat.st_size}".encode()).hexdigest()[
            :16] + '"'
        ctype = self.guess_type(str(path))
        compress = ctype.startswith(TEXT_TYPES) and "gzip" in self.headers.get(
            "Accept-Encoding", "")
        if compress:
            etag = etag[:-1] + '-gz"'
        if self._not_modified(etag, stat.st_mtime):
            self.send_response(304)
            self._common_headers(etag, stat.st_mtime, compress)
            self.end_headers()
            return
        body = path.read_bytes()
        if compress:
            key = (str(path), stat.st_mtime_ns)
            with self._lock:
                if key not in self._gzipped:
                    self._gzipped[key] = gzip.compress(body, 6, mtime=0)
                body = self._gzipped[key]
        self.send_response(200)
        charset = "; charset=utf-8" if ctype.startswith(TEXT_TYPES) else ""
        self.send_header("Content-Type", ctype + charset)
        self.send_header("Content-Length", str(len(body)))
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self._common_headers(etag, stat.st_mtime, compress)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _common_headers(self, etag: str, mtime: float, compress: bool) -> None:
        self.send_header("Cache-Control", "max-age=3600")
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", formatdate(mtime, usegmt=True))
        self.send_header("Vary", "Accept-Encoding")

    def _not_modified(self, etag: str, mtime: float) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            return etag in [m.strip() for m in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return int(mtime) <= parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):
                return False
        return False


class Server:
    """`with Server(site) as base:` -> http://127.0.0.1:<port>/ serving `site`."""

    def __init__(self, root: Path) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0),
                                         partial(Handler, directory=str(root)))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
