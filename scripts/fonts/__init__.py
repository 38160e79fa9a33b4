"""Fonts: the full TTFs the leaflets and share images embed (files in this folder), the
check of which characters they can draw (coverage.py), and the tool that sizes the web
font's local fallbacks (fallback.py)."""
