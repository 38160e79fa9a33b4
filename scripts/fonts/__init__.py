"""Fonts: the full TTFs the leaflets and share images embed (files in this folder), and
the tool that sizes the web font's local fallbacks (fallback.py)."""
