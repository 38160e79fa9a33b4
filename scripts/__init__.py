"""The portal's generators: a plain Python library that knows nothing of MkDocs.

Data flows one way: YAML files -> validated models -> renderers -> files.
MkDocs glue lives in overrides/hooks/ and only calls into this package.
"""
