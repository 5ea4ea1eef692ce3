"""Not going on, in words (bot.actions.stopping): a message that is only a refusal to go on is a stop; a need put
with the same words is not, in the seven languages."""

from __future__ import annotations

import pytest

from bot.actions.stopping import keeps_on_about, refuses_to_go_on

REFUSALS = [
    "I don't want to go on", "sorry, I'd rather not continue, thanks", "honestly we don't want to go any further",
    "I'm not going to answer any more", "ik wil niet doorgaan", "ik heb geen zin meer om verder te gaan",
    "je ne veux pas continuer", "Désolé, je ne souhaite pas poursuivre.", "Je veux plus continuer.",
    "no quiero seguir", "No quiero continuar, gracias", "não quero continuar", "eu não quero seguir por agora",
    "non voglio andare avanti", "non ho voglia di continuare", "ich will nicht weitermachen",
    "Ich möchte nicht mehr antworten", "ich habe keine Lust mehr",
]
# Needs, or anything else, put with some of the same words.
NOT_REFUSALS = [
    "I don't want to go on paying for ads that don't work", "no quiero seguir perdiendo clientes por la web",
    "ik wil niet doorgaan met ons huidige bureau", "we don't want to continue with our current agency",
    "je ne veux pas continuer à perdre des clients", "non voglio continuare a pagare Google Ads",
    "não quero continuar sem clientes", "I want to continue", "let's go on", "Wir brauchen mehr Leads", "",
]
KEEPS_ON_ABOUT = [
    "I don't want to go on paying for ads that don't work", "we don't want to keep losing leads to competitors",
    "no quiero seguir perdiendo clientes por la web", "não quero continuar a perder clientes",
    "je ne veux pas continuer à payer Google Ads sans résultats", "non voglio continuare a pagare Google Ads",
    "ik wil niet doorgaan met een website zonder aanvragen",
]
NOT_ABOUT = ["I don't want to go on", "no quiero seguir", "no quiero seguir con esto", "ik wil niet doorgaan met dit",
             "stop please, we don't need more leads", "je ne veux pas continuer", "we need more leads"]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_message_that_is_only_a_refusal_to_go_on_is_a_stop(text: str) -> None:
    assert refuses_to_go_on(text)


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_a_need_or_a_wish_to_go_on_put_with_the_same_words_is_no_stop(text: str) -> None:
    assert not refuses_to_go_on(text)


@pytest.mark.parametrize("text", KEEPS_ON_ABOUT)
def test_refusing_to_keep_doing_something_else_is_about_that_not_the_chat(text: str) -> None:
    assert keeps_on_about(text)


@pytest.mark.parametrize("text", NOT_ABOUT)
def test_a_refusal_of_the_chat_itself_is_about_nothing_else(text: str) -> None:
    assert not keeps_on_about(text)
