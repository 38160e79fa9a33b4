"""A campaign's header photo, made safe to publish.

- `source`: open the editor's file and check it (format, pixels, damage), upright;
- `consent`: whether people can be recognised in it and who agreed (checked, not shown);
- `encode`: re-encode from pixels only (no EXIF, GPS, XMP, ICC or comments), resized;
- `cache`: re-encodes kept by content hash, so a warm build does not redo them;
- `renditions`: which sizes and formats a page needs, and where they are published.

The original file is never copied to the site.
"""
