"""Email: a syntactically valid address with a real top-level domain.

Validation is ``email-validator`` without deliverability checks (no DNS,
nothing leaves the process); the top-level domain must be one IANA lists
(``nlu/data/tlds.txt``), so "jane@acme.con" is rejected. "sam at globex dot
com" is not an address: visitors who spell it out do not want it used.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from nlu.attributes import Email
from nlu.text import Text

_CANDIDATE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com", "hotmail.com", "outlook.com", "live.com",
    "msn.com", "aol.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net",
    "gmx.de", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "posteo.de", "mail.com", "mail.ru", "inbox.ru",
    "list.ru", "bk.ru", "yandex.com", "yandex.ru", "ya.ru", "rambler.ru", "qq.com", "163.com", "126.com", "sina.com",
    "naver.com", "hanmail.net", "daum.net", "zoho.com", "zohomail.com", "fastmail.com", "fastmail.fm", "tutanota.com",
    "tuta.io", "hey.com", "hushmail.com", "btinternet.com", "sky.com", "virginmedia.com", "ntlworld.com", "talktalk.net",
    "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net", "charter.net", "earthlink.net",
    "optonline.net", "shaw.ca", "rogers.com", "sympatico.ca", "bigpond.com", "bigpond.net.au", "optusnet.com.au",
    "orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "libero.it", "virgilio.it", "tiscali.it", "alice.it",
    "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "ukr.net", "rediffmail.com", "yahoo.co.in", "inbox.com",
    "mail.yahoo.com", "email.com", "usa.com", "aim.com", "juno.com", "netzero.net", "telus.net", "xtra.co.nz", "terra.com.br",
    "uol.com.br", "bol.com.br", "gmx.fr", "skynet.be", "telenet.be", "ziggo.nl", "kpnmail.nl", "home.nl", "planet.nl",
    "hotmail.co.uk", "live.co.uk", "yahoo.co.uk", "outlook.co.uk", "btopenworld.com", "blueyonder.co.uk",
})
_FREE_MAIL_FAMILIES = re.compile(r"^(?:yahoo|hotmail|outlook|live|gmx|yandex|aol|msn|windowslive)\.[a-z.]{2,6}$")
_TLDS = Path(__file__).resolve().parent / "data" / "tlds.txt"


@lru_cache(maxsize=1)
def _tlds() -> frozenset[str]:
    with open(_TLDS, encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_free_mail(domain: str) -> bool:
    domain = domain.lower()
    return domain in FREE_MAIL_DOMAINS or bool(_FREE_MAIL_FAMILIES.match(domain))


def email(text: Text) -> Email | None:
    """The first valid address in the text."""
    if "@" not in text.original:
        return None
    from email_validator import EmailNotValidError, validate_email

    for m in _CANDIDATE.finditer(text.original):
        candidate = m.group(0).strip(".'`{|}~")
        candidate = candidate.rstrip(".")
        if candidate.lower().startswith("mailto:"):
            candidate = candidate[7:]
        try:
            valid = validate_email(candidate, check_deliverability=False)
        except EmailNotValidError:
            continue
        domain = valid.ascii_domain.lower()
        if domain.rsplit(".", 1)[-1] not in _tlds():
            continue
        address = f"{valid.local_part}@{domain}"
        return Email(address=address, free_mail=is_free_mail(domain))
    return None
