"""Jinja's compiled templates shared by every Flask app a test process makes.

Each test makes its own app, and each app compiled again every page it rendered: tests/webhooks/studio's
editor tests compiled templates 149 times, a tenth of their time. The gunicorn the stacks start is not
concerned (one app per process, as in production).
"""

from __future__ import annotations

from flask import Flask
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class SharedTemplates(BytecodeCache):
    """Compiled templates kept in memory. A bucket is named by the template's name and file and carries its
    source's checksum, so an edited template is compiled again; the apps all have Flask's default Jinja
    options, so the code compiled for one is the code for any other."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled.get(bucket.key)
        if compiled is not None:
            bucket.bytecode_from_string(compiled)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


def share_compiled_templates() -> None:
    """Every Flask app made from now on in this process shares one ``SharedTemplates`` (once is enough)."""
    if "bytecode_cache" not in Flask.jinja_options:
        Flask.jinja_options = {**Flask.jinja_options, "bytecode_cache": SharedTemplates()}
