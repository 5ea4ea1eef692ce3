"""A statement is not a request: "I'm writing an article about lead generation" asks us for nothing.

Pure. Rasa's classifier, trained on questions about content ("do you have a
guide on lead generation?"), is sure of a question in a visitor's sentence
about their own work when it names the same things ("ik schrijf een artikel
over whitepapers", ask_question 0.83; "estoy escribiendo un artículo sobre
casos de éxito", ask_question 0.72). Such a sentence tells us who the
visitor is and what they do: the form reads it (heard, confirmed), and no
FAQ answer, content offer or "not sure" is sent for it.

A message is such a statement when, in any of the seven languages, the
visitor writes about themselves: a first-person subject (or, where the
language drops it, a first-person form of "to be", "to have" or a
progressive "I am ...ing") opens one of its clauses; no clause reads as a
question or a request (``nlu.faq.reads_as_question``); it wishes for
nothing ("I'd love", "please", "we need", "je cherche", "mi servono"); and
it speaks neither to nor about us ("I think you're a bot" is about us).
"""

from __future__ import annotations

import re

from nlu.call_request import tells_of_their_own_bookings
from nlu.faq import normalise, reads_as_question

# Clauses end at punctuation, and at a conjunction that starts a new one ("..., and do you have a guide").
_CLAUSES = re.compile(r"[.,;:!?\n()–—-]+\s*|\s+(?:and|but|so|und|aber|et|mais|y|pero|e|mas|ma|en|maar)\s+",
                      re.IGNORECASE)
# First-person subjects, and the forms of "to be" and "to have" that carry one where the language drops it: a
# clause with one of these among its first words ("for my thesis I'm researching ...") is the visitor speaking.
_SUBJECTS = frozenset(
    "i i'm im i've ive i'll i'd we we're we've we'll "
    "ich wir bin "
    "je j nous "
    "yo estoy soy estamos somos tengo tenemos "
    "eu estou sou temos tenho "
    "io sto stiamo sono siamo ho abbiamo "
    "ik wij ben".split())
# Possessives say the same only at a clause's start ("my thesis is on SEO"); later they belong to a thing asked
# for ("a whitepaper for my team").
_POSSESSIVES = frozenset(
    "my our mein meine unser unsere mon ma mes notre nos mi mis nuestro nuestra nuestros nuestras "
    "meu minha nosso nossa nossos nossas mio mia miei nostro nostra mijn onze".split())
# Where a clause's subject comes: first, or after its verb ("Gerade schreibe ich", the adverb a lead-in), or after
# a phrase that opens with a preposition ("for my thesis I'm ...", "Für meine Bachelorarbeit untersuche ich");
# not after a noun ("the webinar recording we missed" asks for the recording).
SUBJECT_WITHIN = 6
_PREPOSITIONS = frozenset(
    "for as in at with during from after before "
    "für als bei in mit während nach vor "
    "pour comme dans avec pendant après avant "
    "para como en con durante por tras antes "
    "em com durante depois "
    "per come con durante dopo prima "
    "voor als in met tijdens na".split())
# A verb in the first person at a clause's start, the subject dropped ("escribo", "trabalho", "scrivo",
# "preparo"): Spanish, Portuguese and Italian end it in -o; with a gerund after it, it is a progressive
# ("estoy escribiendo", "sto scrivendo", "estou escrevendo").
_PRO_DROP = ("es", "pt", "it")
_GERUND = re.compile(r"^\w+(?:ando|endo|iendo|indo)$")
# Words a clause may open with before its subject: greetings, interjections and time adverbs.
_LEAD_IN = frozenset(
    "hi hey hello hallo hoi hola olá ola oi salut bonjour ciao moin servus buongiorno buenas bom dia goedemiddag "
    "so well actually currently just also right now at the moment "
    "gerade derzeit aktuell momentan also actuellement en ce moment ahora actualmente agora atualmente "
    "adesso attualmente ora momenteel nu".split())
# Wishes and requests put as statements: what the visitor wants from us is a request, not news about them.
_WISH = re.compile(
    r"\b(?:please|pls|plz|bitte|s il vous plait|svp|por favor|per favore|per piacere|alstublieft|aub|graag|"
    r"love|hope|hoping|keen|after|appreciate|grateful|need|needs|want|wants|looking|searching|seeking|curious|"
    r"brauche|brauchen|suche|suchen|hätte|hätten|würde|würden|möchte|möchten|will|wollen|"
    r"cherche|cherchons|besoin|voudrais|voudrions|aimerais|aimerions|souhaite|souhaitons|veux|voulons|"
    r"busco|buscamos|necesito|necesitamos|quiero|queremos|quisiera|gustaría|encantaría|interesa|interesan|"
    r"procuro|procuramos|preciso|precisamos|quero|queremos|gostaria|adoraria|interessa|"
    r"cerco|cerchiamo|serve|servono|bisogno|vorrei|vorremmo|voglio|vogliamo|piacerebbe|interessa|"
    r"zoek|zoeken|nodig|wil|willen|zou|zouden)\b")
# Words that speak to or of us: a sentence with them is about us, or asks us ("my boss thinks you're too pricey").
_ABOUT_US = re.compile(
    r"\b(?:you|your|yours|ya|ur|u|du|dich|dir|dein|deine|euch|euer|eure|ihnen|ihr|ihre|vous|votre|vos|tu|toi|"
    r"usted|ustedes|vosotros|vuestro|vuestra|você|vocês|vosso|vossa|voi|vostro|vostra|vostri|jij|jullie|jouw|uw)\b")


def tells_about_themselves(text: str, lang: str = "en") -> bool:
    """Whether ``text`` is the visitor telling us about themselves or their work, and asks or wishes for nothing."""
    if reads_as_question(text):
        return False
    words = normalise(text)
    if _WISH.search(words) or _ABOUT_US.search(words) or re.search(r"\bSie\b", text):
        return False
    clauses = [normalise(c).split() for c in _CLAUSES.split(text) if c and c.strip()]
    if any(reads_as_question(" ".join(c)) for c in clauses):
        return False
    # The first clause that says anything ("hi," says nothing) is about the visitor, or this is no statement of
    # theirs ("case studies, so I can convince my boss" asks for case studies).
    said = [c for c in (_past_lead_in(c) for c in clauses) if c]
    return bool(said) and _in_the_first_person(said[0], lang)


def _past_lead_in(words: list[str]) -> list[str]:
    while words and words[0] in _LEAD_IN:
        words = words[1:]
    return words


def _in_the_first_person(words: list[str], lang: str) -> bool:
    # Italian's "i" is an article ("i casi studio").
    subjects = _SUBJECTS - {"i"} if lang == "it" else _SUBJECTS
    if words[0] in _POSSESSIVES or any(w in subjects for w in words[:2]):
        return True
    if words[0] in _PREPOSITIONS and any(w in subjects for w in words[:SUBJECT_WITHIN]):
        return True
    if lang in _PRO_DROP and len(words) > 1 and words[0].endswith("o") and len(words[0]) > 3:
        # "escribo un artículo", "trabalho numa empresa", "preparo la tesi": a first-person verb, its object after.
        return _GERUND.match(words[1]) is not None or words[1] in _OBJECT_STARTS
    return False


# What follows a first-person verb whose subject was dropped: an article or a preposition ("escribo un artículo",
# "trabalho numa empresa", "scrivo per una rivista").
_OBJECT_STARTS = frozenset(
    "un una unos unas el la los las en para sobre con de del "
    "um uma uns umas o a os as em no na numa num para sobre com de do da "
    "uno il lo i gli le per su sul sulla con di del della in nel nella a al alla".split())


# Words of a person, a call or getting in touch, in the seven languages. A message with none of them asks for no
# person and no call, whatever the classifier made of it ("wij zijn een installatiebedrijf ... met 140 man
# personeel en we willen meer zakelijke aanvragen", request_human 0.87; "wir sind ein Elektrobetrieb aus Bremen
# mit 60 Leuten und wollen mehr Anfragen", book_call 0.51); one with them may ask for one while it tells us facts
# ("I'm the CMO at Acme, have someone call me").
_PERSON_OR_CONTACT = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|person|human|humans|transfer|connect|rep|representative|agent|operator|"
    r"consultant|salesperson|colleague|call|calls|phone|ring|contact|reach|talk|speak|chat|meeting|"
    r"jemand|jemanden|jemandem|mensch|menschen|person|verbinden|berater|beraterin|"
    r"anrufen|rückruf|kontakt|kontaktieren|sprechen|reden|telefonieren|"
    r"quelqu un|personne|humain|conseiller|conseillère|commercial|appel|appeler|rappeler|contacter|parler|discuter|"
    r"alguien|persona|humano|asesor|asesora|comercial|agente|llamar|llamada|llámenme|contactar|hablar|"
    r"alguém|pessoa|humano|consultor|consultora|comercial|ligar|ligação|liguem|contatar|contactar|falar|"
    r"qualcuno|persona|umano|consulente|commerciale|operatore|chiamare|chiamata|chiamatemi|contattare|parlare|"
    r"iemand|persoon|mens|doorverbinden|medewerker|adviseur|verkoper|bellen|terugbellen|gebeld|spreken|praten|"
    # booking a call or a meeting
    r"book|booking|schedule|appointment|demo|slot|slots|calendar|termin|gespräch|buchen|vereinbaren|"
    r"rendez vous|rdv|réunion|réserver|cita|reunión|agendar|reservar|reunião|marcar|appuntamento|riunione|"
    r"prenotare|fissare|afspraak|gesprek|inplannen|boeken|agenda)\b")


# The words of bookings, which a visitor's own business has too ("mais reservas diretas", "Booking", "unser
# Buchungssystem"): no call's when the message tells of those (``nlu.call_request.tells_of_their_own_bookings``).
_BOOKING_WORDS = re.compile(r"\b(?:book\w*|reserv\w*|réserv\w*|buch\w*|boek\w*|prenot\w*)\b")


def speaks_of_contact(text: str) -> bool:
    """Whether ``text`` speaks of a person, a call or getting in touch: only then can it ask for one. The visitor's
    own bookings are no call ("Precisamos de mais reservas diretas, pagamos muito ao Booking")."""
    said = normalise(text)
    if tells_of_their_own_bookings(text):
        said = _BOOKING_WORDS.sub(" ", said)
    return bool(_PERSON_OR_CONTACT.search(said))
