"""Students and job seekers said outright in the seven languages (issues 14, 15)."""

import pytest

from nlu import extract

NOW = "2026-12-03"


@pytest.mark.parametrize("text, persona", [
    ("Ich studiere BWL und brauche Infos für meine Masterarbeit", "student"),
    ("je suis étudiant en master, c'est pour mon mémoire", "student"),
    ("soy alumna de la universidad y es una tarea para clase", "student"),
    ("sou aluno de marketing, é para o meu TCC", "student"),
    ("sono una studentessa, mi serve per la tesi di laurea", "student"),
    ("ik ben studente, het is voor mijn afstudeeropdracht", "student"),
    ("es para una asignatura de marketing digital", "student"),
    ("bin noch im Studium, brauche Daten für ein Uni-Projekt", "student"),
    ("étudiante en licence pro, je fais une enquête", "student"),
    ("laureando in ingegneria gestionale, è per la tesina", "student"),
    ("would you guys take on a marketing intern next year?", "job_seeker"),
    ("je suis à la recherche d'un stage de six mois", "job_seeker"),
    ("ando à procura de emprego na área comercial", "job_seeker"),
    ("estudio publicidad en la universidad y hago un trabajo", "student"),
    ("Ich suche eine Stelle im Vertrieb, hier mein Lebenslauf", "job_seeker"),
    ("je recherche une alternance en marketing digital", "job_seeker"),
    ("busco empleo como community manager", "job_seeker"),
    ("procuro um estágio na área de marketing", "job_seeker"),
    ("sto cercando un tirocinio in comunicazione", "job_seeker"),
    ("ik zoek een bijbaan, hebben jullie nog vacatures?", "job_seeker"),
    # asking whether we offer internships
    ("¿tenéis prácticas para verano?", "job_seeker"), ("vocês oferecem estágio?", "job_seeker"),
    ("proposez-vous des stages ?", "job_seeker"), ("bietet ihr Praktika an?", "job_seeker"),
])
def test_a_student_or_job_seeker_is_read_in_every_language(text, persona):
    assert extract(text, now=NOW).persona == persona


@pytest.mark.parametrize("text", [
    "somos una universidad privada y queremos captar más estudiantes",
    "wir sind eine Fahrschule und suchen neue Kunden",
    "hebben vacatures en zoeken een bureau voor recruitmentmarketing",
    "siamo una scuola con 300 studenti, cerchiamo più iscrizioni",
    "we hire interns every summer and need help with our careers page SEO",
])
def test_a_buyer_who_serves_students_or_hires_is_no_persona(text):
    assert extract(text, now=NOW).persona is None


def test_a_job_seekers_dates_and_sums_are_the_jobs_not_a_purchase():
    out = extract("looking for an internship from April, paid 1.2k a month ideally", now=NOW)
    assert out.persona == "job_seeker" and out.timing is None and out.budget is None



@pytest.mark.parametrize("text", [
    "hi! we're looking for someone to take over our linkedin ads, we sell HR software to mid-size companies",
    "we sell accounting software to SMEs and want someone to run our google ads",
    "our company sells CRM software, looking for an agency to rebuild our website",
    "we sell a scheduling app and are thinking of outsourcing our SEO",
    "We build an HR platform. Looking for a team to manage our paid social",
])
def test_a_buyer_saying_what_their_own_company_sells_is_no_vendor(text):
    assert extract(text, now=NOW).persona is None


@pytest.mark.parametrize("text", [
    "we sell a lead-gen tool for agencies, would you be interested in our platform?",
    "I'd like to offer you our link building services",
])
def test_a_vendor_pitching_us_is_still_a_vendor(text):
    assert extract(text, now=NOW).persona == "vendor"


@pytest.mark.parametrize("text", [
    "soy diseñador y busco trabajo, tengo experiencia con especialistas SEO",
    "I'm looking for a job as an SEO specialist, I know Google Ads and HubSpot",
    "ich suche eine Stelle im Online-Marketing, Schwerpunkt SEO und Social Media",
])
def test_the_skills_a_job_seeker_names_are_no_need_and_no_stack(text):
    out = extract(text, now="2026-12-03")
    assert (out.persona, out.need, out.tech_stack) == ("job_seeker", None, ())


@pytest.mark.parametrize("text", [
    "I'm not a company, just wanted to know about jobs", "just wanted to ask about vacancies",
    "ich bin keine Firma, wollte nur nach Stellen fragen", "sucht ihr gerade Leute?",
    "je ne suis pas une entreprise, je voulais juste savoir si vous embauchez", "vous embauchez ?",
    "no soy empresa, solo quería saber de vacantes", "¿contratan personal?",
    "não sou empresa, só queria saber de vagas", "vocês contratam?", "queria saber se há vagas",
    "State assumendo?", "volevo solo sapere se ci sono offerte di lavoro",
    "ik ben geen bedrijf, wilde alleen weten of er vacatures zijn", "zijn jullie aan het aannemen?",
    "saw your job ad on linkedin",
])
def test_a_job_seekers_follow_up_about_work_with_us_is_a_job_seeker(text):
    assert extract(text, now=NOW).persona == "job_seeker"


@pytest.mark.parametrize("text", [
    "we are hiring a marketing agency", "we're hiring salespeople and need leads", "we need help writing job ads",
    "wir stellen gerade Vertriebler ein und brauchen Leads", "nous recrutons des commerciaux et cherchons des leads",
    "estamos contratando vendedores y necesitamos leads", "estamos contratando vendedores e precisamos de leads",
    "stiamo assumendo commerciali e ci servono contatti", "volevo sapere delle posizioni su Google",
    "quería saber sobre el trabajo que hacen", "we nemen verkopers aan en zoeken leads",
])
def test_a_buyer_who_hires_or_asks_about_rankings_or_our_work_is_no_job_seeker(text):
    assert extract(text, now=NOW).persona is None
