"""Tables the extractor ships: places and top-level domains (made by ``build.py``)."""
