"""Publishing: the web release and the USB release of a built site (`make dist`).

Engine-free: imports nothing from MkDocs; it runs the normal build
(`scripts.build_site`) with the public address, then works on the files it wrote.
"""
