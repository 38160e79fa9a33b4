"""Benchmarks of the portal build and of the built pages: `python -m scripts.bench`.

One module per section (build, scaling, leaflets, weight, search, lighthouse, profile);
each returns plain data that report.py turns into the table and bench-results.json.
Nothing here writes into site/, docs/ or campaigns/: every build goes to a temp folder.
"""
