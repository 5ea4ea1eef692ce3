"""The migrations and the models describe the same schema, as Alembic itself sees it through ``env.py``.

Both checks run in a fresh interpreter, so a table counts only if what
``env.py`` imports declares it, not because another test loaded its module.
"""

from __future__ import annotations

import json
import subprocess
import sys

from harness.services import REPO

# Every module of the service, imported, then the tables they declared, against ``target_metadata``'s.
WALK = """
import importlib, json, pkgutil
import webhooks
from webhooks.migrate import target_metadata
seen = sorted(target_metadata().tables)
for module in pkgutil.walk_packages(webhooks.__path__, "webhooks."):
    if not module.name.endswith("__main__") and ".migrations" not in module.name:
        importlib.import_module(module.name)
from webhooks.models import Base
print(json.dumps({"env": seen, "declared": sorted(Base.metadata.tables)}))
"""


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True, timeout=300)


def test_alembic_finds_nothing_to_add_or_drop_after_db_upgrade(database_url: str) -> None:
    """``alembic check`` through ``env.py``: a table missing from its metadata would be one to drop."""
    result = _python("import sys; from webhooks import migrate; migrate.check(sys.argv[1])", database_url)
    assert result.returncode == 0, result.stderr[-3000:]


def test_env_py_sees_every_table_any_module_of_the_service_declares() -> None:
    result = _python(WALK)
    assert result.returncode == 0, result.stderr[-3000:]
    tables = json.loads(result.stdout.strip().splitlines()[-1])
    missing = sorted(set(tables["declared"]) - set(tables["env"]))
    assert missing == [], f"declared but not in webhooks.migrate.TABLE_MODULES (autogenerate would drop them): {missing}"
    assert "studio_sessions" in tables["env"]
