"""Printable leaflets (A5 flyer, A4 tri-fold, A3 poster, A4 classroom worksheet) per
campaign and language, rendered to PDF with WeasyPrint from the campaign data.

No MkDocs here: scripts/leaflets/feature.py hands them to the build,
`python -m scripts.leaflets` builds them alone.
"""
