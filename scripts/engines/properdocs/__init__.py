"""The ProperDocs adapter: ProperDocs (https://properdocs.org/), a maintained
continuation of MkDocs 1.x, builds each language from the same mkdocs*.yml.

Nothing else is needed: ProperDocs loads plugins registered under `mkdocs.plugins`
(our `portal`, Material's) and, while it runs, answers `import mkdocs.*` with its own
modules, so the MkDocs adapter's plugin (scripts/engines/mkdocs/plugin.py) runs
unchanged. The theme is whatever mkdocs.yml names (Material today). The live-reload
server stays MkDocs' (make serve).
"""
