"""One POST to the bot's server, tried again while it cannot answer (no connection, or a 5xx).

The service hands things on to the bot after it has answered its own caller
(Slack's clicks for Rasa's Slack channel, a salesperson's lines for the
visitor's widget): that caller is gone, so a retry is the only second chance
and the sender's log line the only trace of a loss.
"""

from __future__ import annotations

import time
from typing import Callable, Sequence

import requests


def post_until_answered(post: Callable[..., requests.Response], url: str, body: bytes,
                        headers: Callable[[], dict[str, str]], *, pauses: Sequence[float],
                        timeout: float) -> int | str:
    """POST ``body`` until the receiver answers below 500, pausing ``pauses[i]`` after failed try ``i``
    (one try more than there are pauses; ``headers`` is built per try, so a signature's time stays fresh).
    The status it answered, or what went wrong on the last try."""
    problem = ""
    for pause in (*pauses, None):
        try:
            answer = post(url, data=body, headers=headers(), timeout=timeout)
            if answer.status_code < 500:
                return answer.status_code
            problem = f"HTTP {answer.status_code}"
        except requests.RequestException as error:
            problem = type(error).__name__
        if pause is not None:
            time.sleep(pause)
    return problem
