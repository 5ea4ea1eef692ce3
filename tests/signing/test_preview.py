"""Studio preview sender ids: made by whoever holds the secret, recognised only when signed."""

from __future__ import annotations

import pytest

from signing.preview import is_preview, preview_sender, preview_version

SECRET = "a shared action secret"


def test_a_signed_preview_sender_names_its_version() -> None:
    sender = preview_sender(SECRET, 7)
    assert is_preview(sender) and preview_version(SECRET, sender) == 7
    assert preview_sender(SECRET, 7) != sender  # a fresh conversation each time


@pytest.mark.parametrize("forge", [
    lambda s: s.replace(".7.", ".8."),  # another version with the same signature
    lambda s: s[:-1] + ("0" if s[-1] != "0" else "1"),  # a guessed signature
    lambda s: s + "0",
    lambda s: "studio-preview.7.0123456789abcdef.",
    lambda s: "visitor-123",
])
def test_a_forged_or_plain_sender_names_no_version(forge) -> None:  # type: ignore[no-untyped-def]
    assert preview_version(SECRET, forge(preview_sender(SECRET, 7))) is None


def test_another_secret_or_none_names_no_version() -> None:
    sender = preview_sender(SECRET, 7)
    assert preview_version("another secret", sender) is None and preview_version(None, sender) is None
    with pytest.raises(ValueError):
        preview_sender("", 7)
