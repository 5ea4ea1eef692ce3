"""A business whose trade the contract's labels do not name is "other" (a hair salon, a dog groomer, a tattoo studio,
a car repair garage, a locksmith, a laundry), or the label the contract's own words give it (property managed or let
and self storage are real estate, a shop of goods sold again is retail, a freight forwarder is logistics, a gardener is
construction as landscaping is, a metalworking firm is manufacturing, a wine estate is agriculture, an agency placing
nurses is professional services as recruitment is, a cleaning firm is professional services in every language as the
English "cleaning company" already was). Said in free text it had given no industry at all; said before a label's
word ("a beauty salon and nail bar", "a garden centre with a cafe") it had given that word's label. Seven languages,
and near misses: the same trades named as clients, as a supplier sought, or after the business's own label, change
nothing."""

from __future__ import annotations

import pytest

from nlu import extract

NOW = "2026-12-05"


@pytest.mark.parametrize(
    "text, label",
    [
        # English, free text
        ("dog grooming salon, just me and my sister, based in Wellington. want more bookings", "other"),
        ("we're a 4-chair barbershop in Tampa fl", "other"),
        ("I own a beauty salon and nail bar in Galway", "other"),
        ("hi, tattoo studio in Leeds, 3 artists, booked out till march", "other"),
        ("GM of an auto repair shop in Ottawa, 6 bays", "other"),
        ("We're an independent garage doing MOTs and servicing in Derby", "other"),
        ("We're a locksmith company covering Sheffield", "other"),
        ("We run a laundromat and dry cleaners in Queens", "other"),
        ("small 3D rendering studio in Durban doing archviz", "other"),
        ("property mgmt co, 900 doors under management in Tucson", "real_estate"),
        ("We run a self storage facility near Bristol", "real_estate"),
        ("online gift hamper biz in York, just me", "retail_ecommerce"),
        ("family run garden centre with a cafe and a small online shop", "retail_ecommerce"),
        ("We run two escape rooms in Cardiff", "hospitality"),
        ("We're a commercial cleaning firm in Perth", "professional_services"),
        ("we're a locum agency placing nurses and GPs", "professional_services"),
        # German
        ("Wir sind ein Friseursalon in München mit 6 Mitarbeitern", "other"),
        ("Hallo, Kfz-Werkstatt aus Linz hier, 5 Mechaniker", "other"),
        ("Wir sind eine Hausverwaltung in Köln", "real_estate"),
        ("Wir sind eine Reinigungsfirma in Bremen", "professional_services"),
        # French
        ("Nous sommes un salon de coiffure à Lyon", "other"),
        ("je suis gérant d'un garage automobile à Nantes, 5 employés", "other"),
        ("Nous sommes un syndic de copropriété à Lille", "real_estate"),
        ("Nous sommes une entreprise de nettoyage à Bordeaux", "professional_services"),
        # Spanish
        ("Tenemos una peluquería en Madrid", "other"),
        ("Somos un taller mecánico en Valencia", "other"),
        ("Somos una administración de fincas en Sevilla", "real_estate"),
        ("Somos una empresa de limpieza en Bilbao", "professional_services"),
        # Portuguese (pt-BR and pt-PT)
        ("Temos um salão de beleza em Recife", "other"),
        ("Temos uma oficina mecânica em Braga", "other"),
        ("Somos transitários em Lisboa", "logistics"),
        ("Temos uma quinta de vinho no Douro", "agriculture"),
        (
            "Temos uma dedetizadora em Curitiba, atendemos condomínios, restaurantes e indústrias",
            "professional_services",
        ),
        # Italian
        ("Abbiamo un salone di bellezza a Roma", "other"),
        ("Siamo un'autofficina a Bergamo", "other"),
        ("Siamo un'azienda metalmeccanica a Brescia", "manufacturing"),
        ("Sono il titolare di un'impresa di pulizie a Milano", "professional_services"),
        # Dutch
        ("Wij hebben een kapsalon in Utrecht", "other"),
        ("We zijn een autogarage in Tilburg", "other"),
        ("We zijn een hoveniersbedrijf in Gent", "construction"),
        ("Wij hebben een kringloopwinkel in Zwolle", "retail_ecommerce"),
        # nursing at home is healthcare, as home care is
        ("We're a home nursing service in Kent", "healthcare"),
        ("Wir sind ein ambulanter Pflegedienst in Graz", "healthcare"),
        ("Nous sommes un cabinet d'infirmiers à domicile à Nantes", "healthcare"),
        ("Somos una empresa de enfermería a domicilio en Málaga", "healthcare"),
        ("Somos uma empresa de enfermagem domiciliar em Campinas", "healthcare"),
        ("Siamo una cooperativa di assistenza domiciliare a Bologna", "healthcare"),
        ("Wij zijn een organisatie voor thuisverpleging in Gent", "healthcare"),
        # a practice of lawyers in a field of tech is a practice of lawyers
        ("we're a 2-person web3 legal practice in Sydney", "professional_services"),
        ("We are a crypto law firm in Zug", "professional_services"),
        # (near misses: the tech firm itself)
        ("We are a fintech startup in Berlin", "fintech"),
        ("we're a web3 startup building wallets", "fintech"),
    ],
)
def test_the_trade_said_of_the_business_gets_its_label(text: str, label: str) -> None:
    assert extract(text, now=NOW).industry == label


@pytest.mark.parametrize(
    "text, field, label",
    [
        ("locum agency placing nurses and GPs", "industry", "professional_services"),
        ("tattoo studio", "industry", "other"),
        ("Kfz-Werkstatt", "industry", "other"),
        ("zorg, thuisverpleging", "industry", "healthcare"),
    ],
)
def test_the_trade_answered_at_the_industry_question(text: str, field: str, label: str) -> None:
    assert extract(text, field=field, now=NOW).industry == label


@pytest.mark.parametrize(
    "text, label",
    [
        # the trades as clients: whom the visitor sells to
        ("We sell shampoo to hair salons and barbershops", None),
        ("Wir liefern Shampoo an Friseursalons", None),
        ("Nous vendons des produits aux salons de coiffure", None),
        ("Vendemos productos a peluquerías", None),
        ("Vendemos produtos para salões de beleza", None),
        ("Vendiamo prodotti ai parrucchieri", None),
        ("Wij leveren producten aan kapsalons", None),
        ("We're a software company, our clients are hair salons", "software"),
        ("We make software for auto repair shops", "software"),
        # a supplier sought, and the business's own label said first
        ("We're looking for a locksmith for our hotel", "hospitality"),
        ("We're a hotel with a hair salon inside", "hospitality"),
        ("We're a restaurant and we had a laundry list of problems with our last agency", "hospitality"),
        ("We run a vet practice in Leeds", "healthcare"),
        ("We're a removals company in London", "logistics"),
        ("We're a driving school in Leeds", "education"),
        # charity shops are the charity's
        ("We run 3 charity shops for a local hospice", "nonprofit"),
        ("Charity shop chain? no we're a hospice charity in Kent, 14 charity shops", "nonprofit"),
    ],
)
def test_a_trade_not_said_of_the_business_changes_nothing(text: str, label: str | None) -> None:
    assert extract(text, now=NOW).industry == label
