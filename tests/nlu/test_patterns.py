"""nlu.patterns: a module-level pattern costs nothing until a text is read with it."""

from __future__ import annotations

import re
import subprocess
import sys

from nlu.patterns import lazy_compile


def test_a_lazy_pattern_is_not_compiled_until_first_used() -> None:
    pattern = lazy_compile(r"\b(?:ceo|founder)\b")
    assert pattern._compiled is None
    pattern.search("i'm the founder")
    assert isinstance(pattern._compiled, re.Pattern)


def test_a_lazy_pattern_matches_as_the_compiled_one_does() -> None:
    source, flags = r"(?P<word>\w+)@(?P<host>[a-z.]+)", re.I
    lazy, eager = lazy_compile(source, flags), re.compile(source, flags)
    text = "Mail ANA@Example.com or bo@x.org"
    assert [m.groupdict() for m in lazy.finditer(text)] == [m.groupdict() for m in eager.finditer(text)]
    assert lazy.sub("<\\g<word>>", text) == eager.sub("<\\g<word>>", text)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (eager.pattern, eager.flags, eager.groups, eager.groupindex)
    assert lazy.fullmatch("x@y") is not None and lazy.match("no at sign") is None


def test_importing_nlu_compiles_no_pattern_of_the_readers() -> None:
    # A fresh interpreter: the readers' patterns stay uncompiled until extract() reads a text.
    code = (
        "import nlu\n"
        "from nlu.patterns import LazyPattern\n"
        "import gc\n"
        "lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
        "print(len(lazy), sum(o._compiled is not None for o in lazy))\n"
    )
    made, compiled = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split())
    assert made > 100
    assert compiled == 0
