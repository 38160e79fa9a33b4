"""Link previews (Open Graph) for every page: 1200x630 cards drawn offline with Pillow and
the project's Noto Sans (card.py, cached by content hash in cache.py), each section's
default card and its wording (sections.py, feature.py), and the one renderer of the
preview markup (meta.py)."""
