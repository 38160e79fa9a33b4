"""Engine adapters: the only code that knows a site engine. One folder per engine; the
rest of `scripts/` is an engine-free library (tests/test_engine_free.py checks it)."""
