"""External scheduling pages (Calendly, Cal.com) with the visitor's name and email filled in.

Both read ``name`` and ``email`` from the query string to prefill their
booking form; other parameters of the marketer's link are kept.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


def prefilled_link(url: str, name: str | None = None, email: str | None = None) -> str:
    """``url`` with ``name`` and ``email`` set (URL-encoded); values not known are left out."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("name", "email")]
    for key, value in (("name", name), ("email", email)):
        if value and value.strip():
            query.append((key, value.strip()))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))
