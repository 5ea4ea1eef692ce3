"""How a booked call happens: a video link to open, a phone line to dial, or an address to come to.

One definition for everyone who tells it: ``problems`` is the rule the
playbook's schema checks at the boundary (the studio and the YAML both go
through it), ``sentence`` is what the bot says in the booking confirmation
in the visitor's language, and ``location``/``description`` are what the
calendar file carries (LOCATION for a link or a place, a DESCRIPTION line for
a phone line or a link still to come); ``where`` is the one line the team reads
(a CRM calendar entry's location, the Slack alert).

The bot keeps no phone number of the visitor (it refuses to store one), so
"we call you on your number" is no kind here: it would promise a call to a
number nobody has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# video: ``at`` is the link to join (left out: the owner emails it); phone: the number the visitor dials;
# place: the address they come to.
CALL_KINDS = ("video", "phone", "place")
MAX_AT = 300
MAX_NOTE = 300
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# A phone line as people write one: "+44 20 7946 0000", "(030) 1234-567", "+1 555 010 0199 ext. 12".
_PHONE = re.compile(r"^\+?[\d\s().\-/]+(?:\s*(?:ext\.?|x|#)\s*\d{1,6})?$", re.IGNORECASE)


@dataclass(frozen=True)
class CallMethod:
    kind: str
    at: str | None = None

    @property
    def link(self) -> str | None:
        return self.at if self.kind == "video" else None


def text_problem(text: str, limit: int) -> str | None:
    """What is wrong with a text of the call (a link, a number, an address, a note): one line of at most ``limit``
    characters, not blank, with no control characters; None when nothing is."""
    if _CONTROL.search(text):
        return "must be one line without control characters"
    if not text.strip():
        return "must not be blank"
    if len(text) > limit:
        return f"must be at most {limit} characters"
    return None


def problems(kind: str | None, at: str | None, note: str | None = None) -> dict[str, str]:
    """What is wrong with a call's ``kind``, ``at`` and ``note``, by field (empty: nothing).

    A link is http(s) with a host, a phone line has 5 to 20 digits, every text is one line of at most ``MAX_AT``
    (the note ``MAX_NOTE``) characters with no control characters; ``at`` and ``note`` need a kind."""
    found = {name: problem for name, text, limit in (("call_at", at, MAX_AT), ("call_note", note, MAX_NOTE))
             if text is not None and (problem := text_problem(text, limit)) is not None}
    if kind is None:
        for name, text in (("call_at", at), ("call_note", note)):
            if text is not None and name not in found:
                found[name] = "say how the call happens first (video, phone or place)"
        return found
    if kind not in CALL_KINDS:
        found["call"] = f"'{kind}' is not a way to call; one of: {', '.join(CALL_KINDS)}"
        return found
    if "call_at" in found:
        return found
    if at is None:
        if kind != "video":
            found["call_at"] = ("the number the visitor dials, such as +44 20 7946 0000" if kind == "phone"
                                else "the address the visitor comes to")
        return found
    if kind == "video":
        parts = urlsplit(at.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in at.strip():
            found["call_at"] = f"'{at}' is not an http:// or https:// link to join the call"
    elif kind == "phone":
        digits = sum(c.isdigit() for c in at)
        if not _PHONE.match(at.strip()) or not 5 <= digits <= 20:
            found["call_at"] = f"'{at}' is not a phone number such as +44 20 7946 0000"
    return found


def location(method: CallMethod | None) -> str | None:
    """The calendar's LOCATION: the link to join, or the address; None for a phone line or a link to come."""
    if method is None or method.at is None or method.kind == "phone":
        return None
    return method.at.strip()


def where(method: CallMethod) -> str:
    """How the call happens in one line for the team (a CRM calendar entry's location, the Slack alert): the link
    to join, the address, "Phone: <number>", or "Video call (the owner emails the link)"."""
    if method.kind == "phone":
        return f"Phone: {(method.at or '').strip()}"
    return location(method) or "Video call (the owner emails the link)"


def description(method: CallMethod | None, owner: str) -> str | None:
    """The calendar DESCRIPTION's line for what LOCATION cannot hold: the number to dial, or where the link comes
    from. In English, as the rest of the file."""
    if method is None or location(method) is not None:
        return None
    return sentence(method, owner, "en")


# The confirmation's sentence per kind, in the seven languages, in the register the bot uses (Sie, vous, usted, o
# senhor/a senhora as "consigo", Lei, u), and Brazil's Portuguese ("pt-BR": você, "ligação telefônica").
_SENTENCES: dict[str, dict[str, str]] = {
    "video_link": {
        "en": "It's a video call: join at {at}",
        "de": "Es ist ein Videoanruf: Sie nehmen über {at} teil.",
        "fr": "C'est un appel vidéo : rejoignez-le sur {at}",
        "es": "Es una videollamada: únase en {at}",
        "pt": "É uma videochamada: entre em {at}",
        "pt-BR": "É uma videochamada: entre pelo link {at}",
        "it": "È una videochiamata: partecipi da {at}",
        "nl": "Het is een videogesprek: u neemt deel via {at}",
    },
    "video": {
        "en": "It's a video call: {owner} will email you the link.",
        "de": "Es ist ein Videoanruf: {owner} schickt Ihnen den Link per E-Mail.",
        "fr": "C'est un appel vidéo : {owner} vous enverra le lien par e-mail.",
        "es": "Es una videollamada: {owner} le enviará el enlace por correo.",
        "pt": "É uma videochamada: {owner} vai enviar-lhe o link por e-mail.",
        "pt-BR": "É uma videochamada: {owner} vai enviar o link por e-mail para você.",
        "it": "È una videochiamata: {owner} le invierà il link per e-mail.",
        "nl": "Het is een videogesprek: {owner} mailt u de link.",
    },
    "phone": {
        "en": "It's a phone call: please call {owner} on {at}.",
        "de": "Es ist ein Telefonat: Bitte rufen Sie {owner} unter {at} an.",
        "fr": "C'est un appel téléphonique : appelez {owner} au {at}.",
        "es": "Es una llamada telefónica: llame a {owner} al {at}.",
        "pt": "É uma chamada telefónica: ligue para {owner} pelo número {at}.",
        "pt-BR": "É uma ligação telefônica: ligue para {owner} no número {at}.",
        "it": "È una telefonata: chiami {owner} al numero {at}.",
        "nl": "Het is een telefoongesprek: belt u {owner} op {at}.",
    },
    "place": {
        "en": "We'll meet in person at {at}.",
        "de": "Wir treffen uns persönlich: {at}.",
        "fr": "Nous nous retrouverons en personne à l'adresse suivante : {at}.",
        "es": "Nos vemos en persona en {at}.",
        "pt": "Encontramo-nos pessoalmente em {at}.",
        "pt-BR": "Vamos nos encontrar pessoalmente em {at}.",
        "it": "Ci vediamo di persona presso {at}.",
        "nl": "We zien elkaar persoonlijk op {at}.",
    },
}


def sentence(method: CallMethod, owner: str, lang: str, note: str | None = None) -> str:
    """How the call happens, said to the visitor in ``lang`` (a tag: "pt-BR" has Brazil's words, another variant
    its language's; English for a language not among the seven), with the playbook's ``note`` after it."""
    key = "video_link" if method.kind == "video" and method.at else method.kind
    templates = _SENTENCES[key]
    text = (templates.get(lang) or templates.get(lang.split("-")[0]) or templates["en"]).format(owner=owner, at=(method.at or "").strip())
    return f"{text} {note.strip()}" if note and note.strip() else text
