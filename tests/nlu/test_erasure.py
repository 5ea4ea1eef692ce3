"""A visitor who asks the bot to delete what they said is heard in any of the seven languages; talk of deleting
anything else (their CRM's duplicates, an old website) and questions about whether they could are not such a request.

Written before ``nlu.erasure``: the requests are phrased the ways visitors write them, the others are the
nearest sentences that must not erase a conversation.
"""

from __future__ import annotations

import pytest

from nlu.erasure import asks_to_erase

REQUESTS = [
    "please delete everything I told you",
    "delete my data",
    "can you delete my data please",
    "could you erase all my details?",
    "I want you to delete this conversation",
    "remove my info from your system",
    "forget everything I said",
    "forget me",
    "pls wipe my details",
    "actually I'd rather you deleted what I wrote",
    "delete what I've told you so far",
    "I'd like my data deleted",
    "GDPR: please erase my personal data",
    "right to be forgotten, delete it all",
    "don't keep any of this, delete it",
    "Bitte löschen Sie meine Daten",
    "lösch bitte alles, was ich geschrieben habe",
    "Können Sie diesen Chat löschen?",
    "supprimez mes données s'il vous plaît",
    "effacez tout ce que je vous ai dit",
    "je veux que vous supprimiez cette conversation",
    "borra mis datos por favor",
    "elimina todo lo que te he dicho",
    "quiero que borréis esta conversación",
    "apague os meus dados, por favor",
    "pode apagar tudo o que eu disse?",
    "cancella i miei dati per favore",
    "elimina tutto quello che ho scritto",
    "verwijder mijn gegevens alstublieft",
    "wis alles wat ik heb gezegd",
]

NOT_REQUESTS = [
    "",
    "we need to delete duplicate contacts in our CRM",
    "our old website should be removed and rebuilt",
    "can I have my data deleted later if I change my mind?",
    "do you delete data after a while?",
    "what do you do with my data?",
    "we deleted our facebook page last year",
    "I forgot my password to the portal",
    "forget about the budget question, we're 20 people",
    "stop",
    "wir müssen alte Kontakte aus dem CRM löschen",
    "nous devons supprimer les doublons dans Salesforce",
    "¿borran los datos después de un tiempo?",
    "hay que eliminar las páginas antiguas de la web",
    "we want to clean up and delete old leads in hubspot",
    "delete the second question, it's confusing",  # a remark about the form, not about their data
]


@pytest.mark.parametrize("text", REQUESTS)
def test_a_request_to_delete_what_the_visitor_said_is_heard(text: str) -> None:
    assert asks_to_erase(text)


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_deleting_other_things_or_asking_whether_one_could_is_no_request(text: str) -> None:
    assert not asks_to_erase(text)


def test_a_pasted_essay_is_read_in_bounded_time() -> None:
    assert not asks_to_erase("delete " * 5000 + "the old pages")


def test_the_words_the_privacy_answer_tells_visitors_to_write_are_heard_as_a_request_in_each_language() -> None:
    """The FAQ's data answer says "just write 'delete my data' here": in every language, those words work."""
    import re

    from qualification import load_playbook

    playbook = load_playbook()
    entry = next(e for e in playbook.faq if e.id == "data")
    # the seven languages, and any regional variant beside its language ("pt-BR")
    assert {"de", "fr", "es", "pt", "it", "nl"} <= set(entry.translations)
    answers = [entry.answer, *(t["answer"] for t in entry.translations.values())]
    quoted = [re.search(r"[\"“„«]\s*([^\"”“»]+?)\s*[\"”“»]", a) for a in answers]
    assert all(quoted), answers
    assert [m.group(1) for m in quoted if not asks_to_erase(m.group(1))] == []
