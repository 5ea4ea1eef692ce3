"""Job titles and the decision phrases around them in the seven languages (issue 15)."""

import pytest

from nlu import extract


def _authority(text, field="authority"):
    return extract(text, field=field, now="2026-12-02").authority


@pytest.mark.parametrize("text, seniority", [
    ("Vertriebsleiter", "director"), ("Abteilungsleiterin Einkauf", "director"), ("Projektleiterin", "manager"),
    ("Produktmanagerin", "manager"), ("Praktikantin", "individual_contributor"), ("Mitgründer", "c_level"),
    ("directrice générale", "c_level"), ("chef de projet", "manager"), ("stagiaire", "individual_contributor"), ("fondatrice", "c_level"),
    ("gerente comercial", "manager"), ("coordinadora de eventos", "individual_contributor"), ("directora de ventas", "director"),
    ("sócio-diretor", "c_level"), ("gestora de marketing", "manager"), ("diretora comercial", "director"),
    ("amministratore unico", "c_level"), ("capo progetto", "manager"), ("impiegata", "individual_contributor"), ("direttrice vendite", "director"),
    ("afdelingshoofd", "director"), ("projectleider", "manager"), ("eigenares", "c_level"), ("medewerker marketing", "individual_contributor"),
])
def test_a_title_in_each_language_has_its_seniority(text, seniority):
    assert _authority(text).seniority == seniority


@pytest.mark.parametrize("text", ["das entscheide ich", "je signe", "yo firmo", "eu aprovo", "firmo io", "ik teken"])
def test_saying_i_decide_in_each_language_makes_the_visitor_the_decision_maker(text):
    assert _authority(text).role == "decision_maker"


@pytest.mark.parametrize("text", [
    "ich muss das mit meiner Chefin abstimmen", "je dois voir avec mon associé", "tengo que consultarlo con mi jefe",
    "tenho que falar com o meu sócio", "devo chiedere al titolare", "ik moet overleggen met mijn baas",
    "ich entscheide nicht", "je ne décide pas seul", "no decido yo", "não decido sozinho", "non decido io", "ik beslis niet",
])
def test_a_boss_who_decides_or_a_denied_decision_makes_the_visitor_an_influencer(text):
    assert _authority(text).role == "influencer"


@pytest.mark.parametrize("text, seniority", [
    ("Hallo, ich bin Vertriebsleiterin bei einem Softwarehaus", "director"),
    ("je suis chef de projet dans une PME", "manager"),
    ("soy fundadora de una tienda online", "c_level"),
    ("sono stagista in un'agenzia", "individual_contributor"),
])
def test_a_visitor_who_introduces_themself_in_free_text_gets_their_title(text, seniority):
    assert _authority(text, field=None).seniority == seniority


@pytest.mark.parametrize("text", [
    "mein Geschäftsführer will mehr Leads", "mon directeur veut plus de clients", "mi jefe quiere más ventas",
    # after someone else's verb of deciding
    "das entscheidet bei uns die Geschäftsführerin", "c'est la directrice qui valide", "lo firma el director financiero",
    "dat tekent de directeur",
])
def test_someone_elses_title_is_not_the_visitors(text):
    found = _authority(text, field=None)
    assert found is None or found.seniority == "unknown"


@pytest.mark.parametrize("text", ["somos só eu e meu sócio", "mon associé et moi on veut plus de clients", "mijn compagnon en ik"])
def test_naming_a_partner_or_boss_without_saying_they_decide_gives_no_role(text):
    assert _authority(text, field=None) is None


@pytest.mark.parametrize("text", ["sou o dono", "sou a dona", "o dono sou eu"])
def test_the_owner_in_portuguese_decides(text):
    authority = _authority(text)
    assert (authority.seniority, authority.role) == ("c_level", "decision_maker")


@pytest.mark.parametrize("text", [
    "il budget lo decide il direttore", "das entscheidet der Vorstand", "c'est le patron qui décide",
    "quem decide é o sócio", "lo aprueba la junta", "dat beslist de directie",
])
def test_another_persons_title_after_the_verb_of_deciding_makes_the_visitor_an_influencer(text):
    assert _authority(text, None).role == "influencer"


@pytest.mark.parametrize("text", ["klantenservicemedewerker", "Vertriebsreferentin", "Personalsachbearbeiter"])
def test_a_german_or_dutch_title_joined_to_its_function_has_its_seniority(text):
    assert _authority(text).seniority == "individual_contributor"


@pytest.mark.parametrize("text", [
    "der Vorstand genehmigt alles über 20.000 €", "le DG valide tous les devis", "la directora aprueba cada gasto",
])
def test_someone_elses_title_before_their_verb_of_deciding_is_not_the_visitors(text):
    authority = _authority(text, None)
    assert authority.title is None and authority.role == "influencer"


@pytest.mark.parametrize("text", ["Assistentin, aber entscheiden tut meine Chefin", "asistente, decide mi jefa"])
def test_the_boss_named_after_the_verb_of_deciding_makes_the_visitor_an_influencer(text):
    assert _authority(text).role == "influencer"


def test_a_title_word_inside_an_answer_to_the_industry_question_is_no_title():
    assert _authority("un cabinet d'expertise comptable", field="industry") is None


def test_a_title_given_alone_to_another_question_is_still_the_visitors():
    assert _authority("Geschäftsführerin", field="industry").seniority == "c_level"


def test_a_boss_named_with_a_title_beside_who_makes_the_call_makes_the_visitor_an_influencer():
    authority = _authority("my manager, the VP Sales, will make the final call", None)
    assert (authority.title, authority.role) == (None, "influencer")


@pytest.mark.parametrize("text", ["la decisión final es mía", "a decisão final é minha", "la decisione finale è mia"])
def test_the_final_decision_being_mine_makes_the_visitor_the_decision_maker(text):
    assert _authority(text).role == "decision_maker"


def test_agreeing_it_with_the_boss_in_german_makes_the_visitor_an_influencer():
    assert _authority("das muss ich erst mit der Geschäftsleitung klären").role == "influencer"


@pytest.mark.parametrize("text", [
    "somos una consultora de software en Madrid",
    "Buenas, somos una consultora",
    "somos uma consultora de RH em Lisboa",
    "we're a recruiter for tech startups in Leeds",
])
def test_we_are_a_title_word_with_an_article_is_the_company_not_the_visitor(text):
    assert extract(text, now="2026-12-03").authority is None


@pytest.mark.parametrize("text", ["somos dos consultores y yo decido", "soy consultora independiente"])
def test_the_visitor_saying_what_they_are_keeps_the_title(text):
    assert extract(text, now="2026-12-03").authority is not None


@pytest.mark.parametrize("text", [
    "l'assistante du directeur m'a dit de vous contacter",
    "the assistant of the director told me to get in touch",
    "la secretaria del gerente me pidió escribirles",
])
def test_a_title_someone_else_holds_is_not_the_visitors(text):
    authority = _authority(text, field=None)
    # a boss who sent the visitor may still say the visitor is not the one who decides
    assert authority is None or (authority.title, authority.seniority) == (None, "unknown")


@pytest.mark.parametrize("text, title", [
    ("je suis l'assistante du directeur", "assistante du directeur"),
    ("je suis assistante de la directrice", "assistante"),
    ("Ich bin Assistentin der Geschäftsführung", "Assistentin"),
])
def test_the_visitor_who_assists_a_boss_holds_their_own_title_not_the_bosss(text, title):
    authority = _authority(text, field=None)
    assert (authority.title, authority.seniority) == (title, "individual_contributor")


def test_one_of_the_founders_is_still_a_founder():
    assert _authority("I'm one of the founders", field=None).seniority == "c_level"


@pytest.mark.parametrize("text, title", [
    ("je suis une consultante indépendante", "consultante indépendante"),
    ("je suis consultant indépendant", "consultant indépendant"),
    ("soy consultora autónoma", "consultora autónoma"),
    ("sono una consulente indipendente", "consulente indipendente"),
])
def test_a_title_followed_by_a_word_for_self_employed_keeps_its_head_noun(text, title):
    authority = _authority(text, field=None)
    assert (authority.title, authority.seniority) == (title, "individual_contributor")


@pytest.mark.parametrize("text", [
    "I'm Head of Sales, but the marketing budget belongs to our CFO",
    "VP Marketing here, the budget is owned by the board",
])
def test_a_budget_that_belongs_to_someone_else_makes_the_visitor_an_influencer(text):
    assert _authority(text, field=None).role == "influencer"


@pytest.mark.parametrize("text", [
    "currently paying our freelancer for SEO",
    "we rely on our consultant for paid search",
])
def test_a_person_the_visitor_has_is_not_the_visitors_title(text):
    assert _authority(text, field=None) is None


@pytest.mark.parametrize("text", ["I'd say 10-15k but I need my CFO to sign off", "we'll need our board to approve it"])
def test_needing_someone_else_to_sign_makes_the_visitor_an_influencer(text):
    assert _authority(text, field=None).role == "influencer"


@pytest.mark.parametrize("text", ["I'm the marketing director's assistant", "I'm the CEO's EA"])
def test_the_visitor_who_is_a_bosss_assistant_is_an_individual_contributor(text):
    assert _authority(text, field=None).seniority == "individual_contributor"


@pytest.mark.parametrize("text", [
    "Hi, this is Morgan & Partners, an accounting practice",
    "we are Lindqvist and Partners, tax advisers",
])
def test_a_firm_named_and_partners_gives_the_visitor_no_title(text):
    assert extract(text, now="2026-12-03").authority is None


def test_a_visitor_who_is_a_partner_at_such_a_firm_is_c_level():
    assert extract("I'm a partner at Morgan & Partners", now="2026-12-03").authority.seniority == "c_level"


@pytest.mark.parametrize("text", [
    "our CEO (Maria) will decide, I'm collecting proposals",
    "head of ops here but budget decisions are our CFO's",
])
def test_a_decision_said_to_be_someone_elses_makes_the_visitor_an_influencer(text):
    assert extract(text, now="2026-12-03").authority.role == "influencer"


@pytest.mark.parametrize("text", ["Kanzlei Brandt & Partner", "we're Okafor and Partner, a small practice"])
def test_a_firm_named_and_partner_gives_the_visitor_no_title(text: str) -> None:
    assert "authority" not in extract(text, field=None, now="2026-12-03").to_dict()


def test_a_partner_of_a_firm_named_and_partner_is_still_a_partner() -> None:
    found = extract("I'm a partner at Brandt & Partner", field=None, now="2026-12-03").to_dict()
    assert found["authority"]["seniority"] == "c_level"


@pytest.mark.parametrize("text", [
    "je suis associée, c'est moi qui décide avec mon frère", "I'm the owner, I'm the one who decides, with my wife",
    "soy la dueña, soy yo quien decide con mi hermano", "sou sócia, sou eu quem decide com o meu irmão",
    "sono titolare, sono io che decido con mia sorella", "ich bin Inhaberin, entscheide ich mit meinem Mann",
    "ik ben eigenaar, beslis ik samen met mijn broer",
])
def test_the_visitor_who_says_the_decision_is_theirs_beside_a_co_owner_decides(text):
    for field in ("authority", None):
        assert _authority(text, field).role == "decision_maker"


@pytest.mark.parametrize("text", [
    "c'est moi qui décide avec notre DAF", "je suis associée et je décide avec mon associé", "I'm a director, I decide jointly with our CFO",
])
def test_a_decision_stated_as_theirs_beside_anyone_is_a_decision_makers(text):
    # the module's one rule: the visitor who says they decide decides, with a brother, an associate or a CFO
    assert _authority(text, None).role == "decision_maker"


@pytest.mark.parametrize("text", [
    "school website is ancient, head teacher wants a new one by september", "marketing manager wants a quote by friday",
    "der Schulleiter möchte eine neue Website", "il preside vuole un nuovo sito", "head of marketing asked for three quotes",
    "directeur veut une refonte", "gerente quiere más leads", "directeur wil een nieuwe site",
])
def test_a_title_with_someone_elses_wish_after_it_is_not_the_visitors(text):
    found = extract(text, now="2026-12-04").authority
    assert found is None or found.title is None


@pytest.mark.parametrize("text", ["head teacher here, we want a new site", "I'm the head teacher and want a new site"])
def test_the_visitor_who_is_the_head_teacher_is_c_level(text):
    found = extract(text, now="2026-12-04").authority
    assert found.title == "head teacher" and found.seniority == "c_level"


def test_a_title_before_the_english_will_stays_the_visitors():
    # "will" is the German "wants" too; in English it is the visitor's own future ("marketing manager, I'll send it")
    assert _authority("marketing manager will send you the brief", None).title == "marketing manager"


@pytest.mark.parametrize("text, lang", [
    ("asking for my boss, she's the CMO", "en"), ("writing on behalf of our MD, he's the owner", "en"),
    ("just enquiring for my manager, she is the head of marketing", "en"),
    ("ich frage für meinen Chef, er ist der Geschäftsführer", "de"), ("je demande pour mon patron, il est le PDG", "fr"),
    ("pregunto de parte de mi jefa, ella es la directora", "es"), ("pergunto em nome do meu chefe, ele é o CEO", "pt"),
    ("chiedo per conto del mio capo, lui è il titolare", "it"), ("ik vraag het namens mijn baas, hij is de eigenaar", "nl"),
])
def test_asking_for_a_boss_whose_title_is_given_makes_the_visitor_no_decision_maker(text, lang):
    authority = extract(text, field="authority", now="2026-12-04", lang=lang).authority
    assert authority is not None and authority.role == "influencer" and authority.seniority != "c_level"


@pytest.mark.parametrize("text", ["I'm the CMO, she's the CEO", "I'm the CMO here, asking for my own team"])
def test_the_visitors_own_title_before_a_third_persons_stays_theirs(text):
    assert extract(text, field="authority", now="2026-12-04").authority.seniority == "c_level"


@pytest.mark.parametrize("text, lang", [
    ("me and my cofounder run a 4 person fintech in Lagos, we split decisions 50/50", "en"), ("me and my business partner own a bakery", "en"),
    ("me & my co-founder started the agency in 2019", "en"),
    ("mein Mitgründer und ich leiten eine kleine Agentur", "de"), ("mon associé et moi dirigeons un cabinet", "fr"),
    ("mi socio y yo llevamos una clínica dental", "es"), ("eu e o meu sócio temos uma padaria", "pt"),
    ("io e il mio socio gestiamo un ristorante", "it"), ("mijn compagnon en ik runnen een bakkerij", "nl"),
])
def test_running_the_business_with_a_cofounder_makes_the_visitor_a_founder_who_decides(text, lang):
    authority = extract(text, now="2026-12-04", lang=lang).authority
    assert authority is not None and (authority.seniority, authority.role, authority.title) == ("c_level", "decision_maker", None)


@pytest.mark.parametrize("text", [
    "my cofounder runs marketing", "me and my colleague run the social accounts", "me and my partner love your podcast",
])
def test_a_cofounder_or_colleague_named_without_the_visitor_running_the_business_says_no_seniority(text):
    authority = extract(text, now="2026-12-04").authority
    assert authority is None or authority.seniority != "c_level"


@pytest.mark.parametrize("text, lang, seniority", [
    ("I'm the marketing manager — well, acting head of marketing since october", "en", "director"),
    ("I'm the marketing manager, actually head of marketing now", "en", "director"),
    ("ich bin Marketing Manager, eigentlich Marketingleiterin", "de", "director"),
    ("je suis chargée de marketing, enfin directrice marketing", "fr", "director"),
])
def test_a_title_corrected_by_the_visitor_is_the_later_one(text, lang, seniority):
    assert extract(text, now="2026-12-04", lang=lang).authority.seniority == seniority


@pytest.mark.parametrize("text, seniority", [
    ("I'm the CEO, well, my cofounder is the CTO", "c_level"), ("I'm a marketing manager. Well, we need SEO", "manager"),
])
def test_a_well_before_someone_elses_title_or_no_title_keeps_the_first(text, seniority):
    assert extract(text, now="2026-12-04").authority.seniority == seniority
