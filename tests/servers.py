"""Real web servers for the release tests: Debian's nginx (and Caddy) started on a free
localhost port with the shipped config, stopped after; and a plain static server that
answers some files late (the layout-shift tests: a web font arriving after first paint)."""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader

FIXTURES = Path(__file__).parent / "fixtures"
_ENV = Environment(loader=FileSystemLoader(FIXTURES), keep_trailing_newline=True)
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(port: int, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited ({proc.returncode}):\n{_read(log)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"server did not listen on {port}:\n{_read(log)}")


def _read(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


def docroot_with(release: Path, prefix: str, tmp: Path) -> Path:
    """A document root holding `release` at URL path `prefix` (as the README says)."""
    if prefix == "/":
        return release
    root = tmp / "docroot"
    target = root / prefix.strip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(release, target, symlinks=False)
    return root


@contextmanager
def nginx(release: Path, server_dir: Path, prefix: str, tmp: Path) -> Iterator[str]:
    """Serve `release` at `prefix` with the shipped nginx include; yields the base URL."""
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx_bin).exists():
        raise AssertionError("nginx not found: apt-get install nginx-light (see README)")
    if not BROTLI_MODULE.exists():
        raise AssertionError(
            f"{BROTLI_MODULE} missing: apt-get install libnginx-mod-http-brotli-static")
    tmp.mkdir(parents=True, exist_ok=True)
    port = free_port()
    conf = tmp / "nginx.conf"
    conf.write_text(_ENV.get_template("nginx-test.conf.j2").render(
        tmp=tmp, port=port, docroot=docroot_with(release, prefix, tmp),
        portal_conf=server_dir / "nginx" / "portal.conf",
        modules=[BROTLI_MODULE], as_root=os.geteuid() == 0), encoding="utf-8")
    check = subprocess.run([nginx_bin, "-t", "-c", str(conf), "-p", str(tmp)],
                           capture_output=True, text=True)
    assert check.returncode == 0, f"nginx -t rejected the shipped config:\n{check.stderr}"
    log = tmp / "nginx.out"
    with log.open("wb") as out:
        proc = subprocess.Popen([nginx_bin, "-c", str(conf), "-p", str(tmp)],
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_for(port, proc, tmp / "error.log")
        yield f"http://127.0.0.1:{port}{prefix}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@contextmanager
def caddy(release: Path, server_dir: Path, prefix: str, tmp: Path) -> Iterator[str]:
    """Serve `release` at `prefix` with the shipped Caddy directives."""
    caddy_bin = shutil.which("caddy")
    if not caddy_bin:
        raise AssertionError("caddy not found: apt-get install caddy (see README)")
    tmp.mkdir(parents=True, exist_ok=True)
    port = free_port()
    conf = tmp / "Caddyfile"
    conf.write_text(_ENV.get_template("Caddyfile-test.j2").render(
        tmp=tmp, port=port, docroot=docroot_with(release, prefix, tmp),
        portal_caddy=server_dir / "caddy" / "portal.caddy"), encoding="utf-8")
    env = {**os.environ, "HOME": str(tmp), "XDG_DATA_HOME": str(tmp), "XDG_CONFIG_HOME": str(tmp)}
    log = tmp / "caddy.out"
    with log.open("wb") as out:
        proc = subprocess.Popen([caddy_bin, "run", "--config", str(conf), "--adapter", "caddyfile"],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        _wait_for(port, proc, log)
        yield f"http://127.0.0.1:{port}{prefix}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def fetch(url: str, method: str = "GET", headers: dict[str, str] | None = None
          ) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One raw HTTP request (no automatic decompression, no redirects followed)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


class _LateHandler(SimpleHTTPRequestHandler):
    """Serves a folder; files whose name ends in one of `late` wait `delay` seconds."""

    late: tuple[str, ...] = ()
    delay: float = 0.0

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if urlsplit(self.path).path.endswith(self.late):
            time.sleep(self.delay)
        super().do_GET()

    def log_message(self, *args: object) -> None:  # keep test output readable
        pass


@contextmanager
def late_files(root: Path, late: tuple[str, ...], delay: float) -> Iterator[str]:
    """Serve `root` on a free localhost port, answering files ending in `late` (e.g.
    ".woff2") only after `delay` seconds; yields the base URL."""
    handler = type("Handler", (_LateHandler,), {"late": late, "delay": delay})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
