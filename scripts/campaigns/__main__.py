import sys

from scripts.campaigns.cli import main

# A Windows console may not be UTF-8: Vietnamese messages must print, never crash.
for stream in (sys.stdout, sys.stderr):
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors="replace")

sys.exit(main())
