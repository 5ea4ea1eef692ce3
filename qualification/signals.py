"""What is known about a visitor that is not something they said."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Signals:
    """Behaviour and context from the channel, kept apart from the lead contract.

    Attributes are what a visitor told us; signals are what we saw (pages read,
    the chat itself) or know from elsewhere (an existing customer, a product
    trial that crossed the usage line). Stage rules and question conditions can
    use both, but only attributes are stored as the lead's answers.
    """

    engaged: bool = False
    pages: tuple[str, ...] = ()
    source: str | None = None
    existing_customer: bool = False
    product_qualified: bool = False
    # The visitor asked to talk to a person: routed to the playbook's human-request route.
    human_requested: bool = False
    # The conversation's language (ISO 639-1, "de"): routes may match it (``RouteMatch.languages``).
    language: str | None = None

    @classmethod
    def from_dict(cls, data: object) -> "Signals":
        """Read signals JSON; raises ``ValueError`` naming the bad field."""
        if not isinstance(data, dict):
            raise ValueError("signals: must be an object")
        unknown = sorted(set(data) - {"engaged", "pages", "source", "existing_customer", "product_qualified",
                                      "human_requested"})
        if unknown:
            raise ValueError(f"signals.{unknown[0]}: unknown field")
        for flag in ("engaged", "existing_customer", "product_qualified", "human_requested"):
            if not isinstance(data.get(flag, False), bool):
                raise ValueError(f"signals.{flag}: must be true or false")
        pages = data.get("pages") or ()
        if not isinstance(pages, (list, tuple)) or not all(isinstance(p, str) for p in pages):
            raise ValueError("signals.pages: must be a list of strings")
        source = data.get("source")
        if source is not None and not isinstance(source, str):
            raise ValueError("signals.source: must be a string or null")
        return cls(
            engaged=data.get("engaged", False),
            pages=tuple(pages),
            source=source,
            existing_customer=data.get("existing_customer", False),
            product_qualified=data.get("product_qualified", False),
            human_requested=data.get("human_requested", False),
        )

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "engaged": self.engaged,
            "pages": list(self.pages),
            "source": self.source,
            "existing_customer": self.existing_customer,
            "product_qualified": self.product_qualified,
        }
        if self.human_requested:
            data["human_requested"] = True
        return data
