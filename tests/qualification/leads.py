"""Realistic leads, as the extractor would hand them over after a conversation."""

from __future__ import annotations

from typing import Any

from nlu.attributes import Attributes


def attrs(**data: Any) -> Attributes:
    """Contract JSON to ``Attributes``, so tests speak the same shape as the service."""
    return Attributes.from_dict(data)


def cto_fintech_berlin(horizon_days: int = 60, **changes: Any) -> dict[str, Any]:
    """"I'm the CTO of a 200-person fintech in Berlin; we have about 50k to spend next quarter.\""""
    lead: dict[str, Any] = {
        "authority": {"title": "CTO", "seniority": "c_level", "role": "decision_maker"},
        "company_size": {"min": 200, "max": 200},
        "industry": "fintech",
        "location": {"country": "DE", "city": "Berlin"},
        "budget": {"min": 50000, "max": 50000, "currency": "USD", "period": None, "status": "stated"},
        "timing": {"horizon_days": horizon_days, "target_date": "2027-02-15", "status": "stated"},
        "company": "Finovo",
    }
    lead.update(changes)
    return lead


def student_researching() -> dict[str, Any]:
    """"I'm a marketing student writing my thesis on lead generation, just researching.\""""
    return {
        "authority": {"title": "Marketing student", "seniority": "individual_contributor", "role": "unknown"},
        "need": {"summary": "researching lead generation for my thesis", "categories": ["lead_generation"]},
        "timing": {"status": "no_timeline"},
        "persona": "student",
    }


def marketing_manager(**changes: Any) -> dict[str, Any]:
    """"Marketing manager at Acme, our SEO is terrible; jane.doe@acme.io.\""""
    lead: dict[str, Any] = {
        "authority": {"title": "Marketing Manager", "seniority": "manager", "role": "influencer"},
        "need": {"summary": "our SEO is terrible", "categories": ["seo"]},
        "email": {"address": "jane.doe@acme.io", "free_mail": False},
        "name": "Jane Doe",
        "company": "Acme",
    }
    lead.update(changes)
    return lead
