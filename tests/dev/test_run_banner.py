"""What `make run` prints about the studio: its address, in the start-up lines and once everything is up."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from dev.ready import banner

REPO = Path(__file__).resolve().parents[2]


def test_the_up_banner_names_the_studio_and_how_to_get_a_first_account() -> None:
    said = banner("http://127.0.0.1:5123/", 42.0)
    [studio] = [line for line in said.splitlines() if "Studio" in line]
    assert studio.rstrip().endswith("http://127.0.0.1:5123/studio/")
    assert "no account yet?" in said and "set-up link" in said


def test_make_run_prints_the_studio_address_on_its_port() -> None:
    # `make -n` prints the recipe lines (the banner's echo included) without running any of them.
    printed = subprocess.run(["make", "-n", "run", "PORT=5123"], cwd=REPO, capture_output=True, text=True,
                             timeout=60, check=True).stdout
    studio = [line for line in printed.splitlines() if re.search(r"echo .*Studio: ", line)]
    assert len(studio) == 1, printed
    assert "http://127.0.0.1:5123/studio/" in studio[0]
    assert "no account yet?" in studio[0]
