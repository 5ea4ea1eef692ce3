"""post_until_answered: tried again only while the bot cannot answer, with fresh headers each time."""

from __future__ import annotations

from typing import Any

import requests

from webhooks.retried_post import post_until_answered


class Answer:
    def __init__(self, status_code: int) -> None:
        self.status_code = status_code


def scripted(*outcomes: Any) -> tuple[list[dict[str, Any]], Any]:
    calls: list[dict[str, Any]] = []

    def post(url: str, **kwargs: Any) -> Any:
        calls.append(kwargs)
        outcome = outcomes[len(calls) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        return Answer(outcome)

    return calls, post


def test_a_down_or_failing_bot_is_tried_again_with_fresh_headers_until_it_answers() -> None:
    calls, post = scripted(requests.ConnectionError(), 502, 202)
    stamps = iter(["1", "2", "3"])
    answered = post_until_answered(post, "http://bot", b"{}", lambda: {"X-Time": next(stamps)},
                                   pauses=(0.0, 0.0), timeout=1.0)
    assert answered == 202
    assert [call["headers"]["X-Time"] for call in calls] == ["1", "2", "3"]


def test_a_refusal_is_an_answer_and_is_not_tried_again() -> None:
    calls, post = scripted(403)
    assert post_until_answered(post, "http://bot", b"{}", dict, pauses=(0.0, 0.0), timeout=1.0) == 403
    assert len(calls) == 1


def test_after_the_last_try_it_says_what_went_wrong() -> None:
    calls, post = scripted(500, requests.Timeout(), 503)
    assert post_until_answered(post, "http://bot", b"{}", dict, pauses=(0.0, 0.0), timeout=1.0) == "HTTP 503"
    assert len(calls) == 3
