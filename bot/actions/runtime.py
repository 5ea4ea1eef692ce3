"""The action server's long-lived parts, built once from ``bot.settings``."""

from __future__ import annotations

from functools import lru_cache

from bot.actions.lead_service import LeadService
from bot.actions.playbook_source import PlaybookSource
from bot.settings import Settings


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings.from_env()


@lru_cache(maxsize=1)
def playbooks() -> PlaybookSource:
    return PlaybookSource.from_settings(settings())  # the studio's published playbook, via the service


@lru_cache(maxsize=1)
def lead_service() -> LeadService:
    current = settings()
    return LeadService(current.service_url, current.action_secret, timeout=current.service_timeout)
