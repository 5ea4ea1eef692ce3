"""The hash an unknown address's password is checked against (``webhooks.studio.auth._DUMMY_HASH``): written in the
code, not made at import, and as costly to check as a password hash made now."""

from __future__ import annotations

import subprocess
import sys

from werkzeug.security import check_password_hash, generate_password_hash

from harness.services import REPO
from webhooks.studio import auth


def cost(hashed: str) -> str:
    """The method and its parameters (``scrypt:32768:8:1``): what checking the hash costs."""
    return hashed.split("$", 1)[0]


def test_the_unknown_address_hash_costs_what_a_password_hash_made_now_costs() -> None:
    assert cost(auth._DUMMY_HASH) == cost(generate_password_hash("a password of ours", method="scrypt"))
    assert check_password_hash(auth._DUMMY_HASH, "not-a-password-anyone-has")  # a real hash, checked in full


def test_loading_the_service_hashes_nothing() -> None:
    """Every gunicorn worker loads it: ~90 ms of scrypt at each start when the hash was made at import."""
    script = (
        "import hashlib\n"
        "calls = []\n"
        "real = hashlib.scrypt\n"
        "hashlib.scrypt = lambda *a, **k: calls.append(1) or real(*a, **k)\n"
        "import webhooks\n"
        "webhooks.create_app\n"
        "import webhooks.studio.auth\n"
        "print(len(calls))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
