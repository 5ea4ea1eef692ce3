"""A project the visitor is carrying out at a time ("we're replatforming the website early next year", "moving off
Pardot to HubSpot in Q1 and need help with the migration", "wir migrieren im Q1 zu HubSpot") dates the work they want
help with, in seven languages; a switch only mulled, or a project done, dates nothing."""

import pytest

from nlu import extract

NOW = "2026-12-04"


@pytest.mark.parametrize("text, lang, low, high", [
    ("Head of Digital at a building society, we're replatforming the website early next year", "en", 28, 150),
    ("I'm the marketing ops manager at a credit union in Ottawa, we're moving off Pardot to HubSpot in Q1 and need help "
     "with the migration", "en", 28, 117),
    ("we are migrating our CRM in Q2 and want a partner for it", "en", 118, 208),
    ("we'll be relaunching the shop in march", "en", 87, 118),
    ("we're switching to Shopify in February, need someone to move the products", "en", 58, 87),
    ("wir migrieren im Q1 von Pardot zu HubSpot und brauchen Hilfe bei der Migration", "de", 28, 117),
    ("on migre de Pardot vers HubSpot au T1 et on a besoin d'aide pour la migration", "fr", 28, 117),
    ("vamos a migrar de Pardot a HubSpot en el Q1 y necesitamos ayuda con la migración", "es", 28, 117),
    ("vamos migrar do Pardot para o HubSpot no 1º trimestre e precisamos de ajuda", "pt", 28, 117),
    ("migriamo da Pardot a HubSpot nel Q1 e ci serve aiuto con la migrazione", "it", 28, 117),
    ("we migreren in Q1 van Pardot naar HubSpot en zoeken hulp bij de migratie", "nl", 28, 117),
])
def test_a_project_under_way_dates_the_start(text, lang, low, high):
    timing = extract(text, lang=lang, now=NOW).timing
    assert timing is not None and low <= timing.horizon_days <= high


@pytest.mark.parametrize("text", [
    "thinking of moving to HubSpot next year",
    "we might switch to Shopify in March",
    "we migrated to HubSpot in October and it's been a mess",
    "we're moving offices in March",
])
def test_a_switch_mulled_or_done_dates_nothing(text):
    assert extract(text, lang="en", now=NOW).timing is None
