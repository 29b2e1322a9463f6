"""Helpers shared by the reader and source plugins (decoding, dates in names, archives, limits).

Nothing here knows about the pipeline; plugins in :mod:`newsmill.plugins`
call these functions and turn their exceptions into per-source errors.
"""
