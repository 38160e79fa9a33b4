"""Server configs and small root files, rendered from Jinja2 templates."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from scripts.dist.address import PublicAddress
from scripts.dist.policy import Policy

_ENV = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")),
    undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False,
)
# Where the host recipes put the release (the README says the same).
DOCROOT = "/var/www/{host}"


def render(template: str, **context: object) -> str:
    return _ENV.get_template(template).render(**context)


def server_configs(address: PublicAddress, policy: Policy,
                   immutable: list[str]) -> dict[str, str]:
    """{relative path under dist/server/: text} for nginx and Caddy, plus `_headers`
    (which belongs in the web release's root; the caller puts it there)."""
    ctx = {"address": address, "policy": policy,
           "docroot": DOCROOT.format(host=address.hostname)}
    return {
        "nginx/portal.conf": render("nginx-portal.conf.j2", **ctx),
        "nginx/site.conf": render("nginx-site.conf.j2", **ctx),
        "caddy/Caddyfile": render("Caddyfile.j2", **ctx),
        "caddy/portal.caddy": render("caddy-portal.caddy.j2", **ctx),
        "_headers": render("_headers.j2", immutable=immutable, **ctx),
        "csp-meta.html": render("csp-meta.html.j2", **ctx),
    }
