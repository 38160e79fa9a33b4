"""The editors' review (`make review`): what is still open, stale or unconfirmed.

Plain Python (no MkDocs). One module per check, each `check(project) -> [Finding]`:
data_items, open_points, reviewed, former_bodies, contacts, address, translations.
`report` runs them and renders the terminal text and review/report.html (templates/).
`translations` also stamps English pages and gives the build its stale notice.
"""
