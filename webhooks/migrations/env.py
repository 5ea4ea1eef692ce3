"""Alembic's entry: the URL comes from the settings, the target from every module that declares a table."""

from __future__ import annotations

from alembic import context

from webhooks.database import make_engine
from webhooks.migrate import VERSION_TABLE, target_metadata

config = context.config
TARGET = target_metadata()
# Online and offline alike. SQLite alters tables by copying them; batch mode does that for us.
OPTIONS = {"target_metadata": TARGET, "version_table": VERSION_TABLE, "render_as_batch": True}


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, **OPTIONS)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
