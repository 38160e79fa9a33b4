"""The build, engine-free: `generate.py` runs every feature in a fixed order into one
`Output` (the value type lives in scripts/site/output.py, below the features);
`pages.py` prepares each page for the engine; `stage.py` writes the whole source tree
to a folder (`python -m scripts build --stage DIR`); `postrender.py` applies
`pages.finish` to an already built site (an engine without hooks: Zensical)."""
