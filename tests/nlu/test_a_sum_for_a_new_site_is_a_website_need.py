"""A sum quoted or meant for a new or full site names a website need (blind: "quoted $12k by another agency for the new
site", "half a mil over 2 years for the full rebrand & site" gave none). Near misses: thanks for a site."""

from __future__ import annotations

import pytest

from nlu.extract import extract

NOW = "2026-12-05"


@pytest.mark.parametrize("text", [
    "we were quoted $12k by another agency for the new site, we'd rather spend 8 tops",
    "we're thinking half a mil over 2 years for the full rebrand & site",
])
def test_a_sum_for_a_new_site_is_a_website_need(text: str) -> None:
    need = extract(text, None, now=NOW, lang="en").need
    assert need is not None and "website" in need.categories, need


@pytest.mark.parametrize("text", ["thanks for the site tour", "thanks for the new site, it looks great"])
def test_thanks_for_a_site_is_no_need(text: str) -> None:
    assert extract(text, None, now=NOW, lang="en").need is None
