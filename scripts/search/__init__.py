"""Accent-insensitive search: the folding both the browser and the tests apply."""
