"""The MkDocs + Material adapter: a plugin (`portal`, typed config in config.py) that
hands the library's Output to the build, the per-language build runner, and the
live-reload server. Nothing outside this folder imports MkDocs."""
