"""The portal's generators: a plain Python library that knows nothing of MkDocs.

Data flows one way: data files -> validated models -> Site (scripts/site/model.py) ->
features (a `feature.py` per folder) -> Output (scripts/output/) -> engine adapter
(scripts/engines/mkdocs/, the only code that imports MkDocs).
"""
