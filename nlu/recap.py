"""What a visitor asks about their own answers, rather than answers: to change one, to see them, or a currency put right.

- ``fields_to_change``: "the budget", "budget's wrong", "change the timing", "what about my budget, it's wrong",
  "das Budget", "le budget", "el presupuesto": a message made only of the name of one or more questions' fields and
  words of changing, of wrong, or of asking. It asks to change that field; it is no answer to anything. A message
  that says anything else ("the budget is tight", "budget 5k", "no budget") is read as it is elsewhere.
- ``asks_for_recap``: "what do you have so far?", "what have you noted", "was haben Sie notiert?",
  "qu'avez-vous noté ?": a request to see what the conversation noted.
- ``currency_instead``: "it's in euros, not dollars", "KES not USD", "the budget is kenyan shillings not dollars": the
  currency a sum already given is in, its amount kept. A message with a figure is the money reader's.

Pure: words in, field names or a currency code out, in the bot's seven languages (a visitor may write another
language than the chat's).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from nlu.identity import points_at_the_firm
from nlu.text import plain

# The words naming each field, per language: multi-word names whole ("company size" is tried before "size"). Words
# shared with answers ("data", "sales", "team", "base") are left out: "data" is a need, and a date in Portuguese.
_MULTI = {
    "budget": ["ad spend", "marketing budget", "budget marketing"],
    "timing": ["the start", "my start", "our start", "start date", "starting date", "launch date", "date de début", "date de démarrage", "fecha de inicio",
               "fecha de comienzo", "data de início", "data di inizio", "data d'inizio"],
    "industry": ["secteur d'activité", "área de atuação"],
    "company_size": ["company size", "team size", "head count", "number of employees", "number of people",
                     "anzahl der mitarbeiter", "anzahl mitarbeiter", "nombre d'employés", "nombre de salariés",
                     "taille de l'équipe", "número de empleados", "tamaño del equipo", "número de funcionários",
                     "número de colaboradores", "numero di dipendenti", "aantal medewerkers", "aantal werknemers", "taille de l'entreprise", "größe des unternehmens", "größe der firma",
                     "tamaño de la empresa", "tamanho da empresa", "dimensione dell'azienda", "grootte van het bedrijf"],
    "location": [],
    "revenue": ["annual revenue", "chiffre d'affaires"],
    "company": ["company name", "business name", "nom de l'entreprise", "nombre de la empresa", "nome da empresa",
                "nome dell'azienda"],
    "authority": ["job title"],
    "need": [],
    "tech_stack": ["tech stack"],
    "name": ["my name"],
    "email": ["email address", "adresse e-mail", "adresse mail", "correo electrónico", "endereço de email",
              "endereço de e-mail", "indirizzo email", "indirizzo e-mail"],
}
_SINGLE = {
    "budget": "budget budgets spend spending budgetrahmen werbebudget presupuesto orçamento orcamento verba bilancio",
    "timing": "timing timeline deadline date zeitplan zeitraum starttermin startdatum beginn termin calendrier "
              "délai délais échéance fecha plazo plazos inicio prazo prazos início cronograma tempistica tempi inizio "
              "scadenza planning begindatum termijn",
    "industry": "industry sector branche industrie secteur activité industria rubro ramo setor settore",
    "company_size": "size headcount employees staff größe mitarbeiterzahl unternehmensgröße teamgröße taille effectif "
                    "effectifs tamaño plantilla tamanho dimensione dimensioni organico grootte bedrijfsgrootte",
    "location": "location country city standort land stadt sitz ort lieu pays ville localisation ubicación país "
                "ciudad localización localização cidade città paese sede luogo locatie stad vestiging plaats",
    "revenue": "revenue turnover umsatz jahresumsatz facturación ingresos faturação faturamento receita fatturato "
               "omzet jaaromzet",
    "company": "company firm firma firmenname unternehmen entreprise société empresa azienda bedrijfsnaam bedrijf",
    "authority": "role title position rolle titel funktion jobtitel rôle poste fonction titre puesto cargo función "
                 "título função ruolo qualifica posizione titolo functie rol functietitel",
    "need": "need needs challenge bedarf besoin besoins necesidad necesidades necessidade necessidades esigenza "
            "esigenze bisogno behoefte",
    "tech_stack": "tools stack outils herramientas ferramentas strumenti",
    "name": "name nom prénom nombre nome naam",
    "email": "email e-mail mail e-mail-adresse correo e-mailadres",
}
_FIELD_PHRASES = sorted(
    [(p, f) for f, ps in _MULTI.items() for p in ps] + [(w, f) for f, ws in _SINGLE.items() for w in ws.split()],
    key=lambda pf: -len(pf[0]))

# Everything else such a message may hold: articles and possessives, words of changing, of wrong, of asking, openers.
_FILLER = frozenset("""
the my our your this that these those it its it's is are was be one bit part item answer answers please just only
and also then so but too as well i we i'd i'm want wanted would like to need can could may let me us you should
change changed changing correct correcting fix fixing edit update amend redo wrong incorrect off mistaken not isn't
aren't right no nope actually sorry wait hmm hm oh ah um uh what about how regarding re
das der die den dem des mein meine meinen unser unsere unseren ihr ihre ist sind war bitte ich möchte möchten will
wollen würde gern gerne kann können ändern korrigieren anpassen falsch stimmt nicht nein doch eigentlich moment und
auch was ist mit bei beim wegen noch mal nochmal einmal
l d qu n n' n'est ne plus sie du wir je nous vous on yo eu io ik jij u
correct correcte exact exacte richtig correcto correcta correto correta certo certa corretto corretta giusto giusta goed
juist
le la les l' mon ma mes notre nos votre vos ce cet cette c'est est sont je voudrais veux voulais peux pouvez puis-je
changer modifier corriger faux fausse incorrect incorrecte erreur pas bon bonne juste non en fait pardon attendez et
aussi quoi qu'en il de du pour s'il vous plaît plait
el los las lo mi mis nuestro nuestra nuestros tu su es está esta son quiero quisiera querría puedo podemos cambiar
corregir modificar mal equivocado equivocada incorrecto incorrecta no en realidad perdón espera y también qué hay del
con por favor ese esa
o a os as meu minha meus minhas nosso nossa seu sua é está são quero queria gostaria de posso podemos mudar alterar
corrigir errado errada incorreto incorreta não na verdade desculpe e também e o quanto ao à por favor esse essa
il lo gli i mio mia miei mie nostro nostra vostro è sono voglio vorrei posso possiamo cambiare modificare correggere
sbagliato sbagliata errato errata no in realtà scusi scusa e anche e il riguardo al per favore quello quella del
het de een mijn onze ons uw is zijn wil wilde zou graag kan kunnen wijzigen veranderen aanpassen corrigeren fout
verkeerd klopt niet nee eigenlijk sorry wacht en ook wat met alstublieft alsjeblieft dat die
""".split())
# Words that make such a message about changing rather than a bare name said ("the budget?" may be a question).
_CHANGE = frozenset("""
change changed changing correct fix edit update amend redo wrong incorrect off mistaken isn't right not
ändern korrigieren anpassen falsch stimmt nicht changer modifier corriger faux fausse incorrect incorrecte erreur
pas cambiar corregir modificar mal equivocado equivocada incorrecto incorrecta mudar alterar corrigir errado errada
incorreto incorreta não cambiare modificare correggere sbagliato sbagliata errato errata non wijzigen veranderen
aanpassen corrigeren fout verkeerd klopt niet
""".split())
# Words of being right, which ask to change something only when denied ("isn't right", "stimmt nicht", "pas bon").
_FINE = frozenset("""right correct correcte exact exacte richtig stimmt juste bon bonne correcto correcta bien correto
correta certo certa corretto corretta giusto giusta goed juist klopt""".split())
_NEGATION = frozenset("""not isn't aren't no nicht kein keine pas n'est ne não nao non niet geen""".split())
# A field named right after a word of having none is an answer ("no budget", "kein Budget", "pas de budget",
# "sin presupuesto", "sem orçamento", "nessun budget", "geen budget"), never a request to change it.
_NONE_BEFORE = re.compile(
    r"(?<![\w'])(?:no|not any|without|kein(?:e|en)?|ohne|pas de|pas d'|sans|aucun(?:e)?|sin|ningún|ninguna|sem|nenhum"
    r"|nenhuma|nessun(?:a|o)?|senza|geen|zonder)\s+(?:real\s+|fixed\s+|set\s+)?$", re.IGNORECASE)
_MAX_WORDS = 14
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


def _plain(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower().replace("’", "'")


# The firm named alone as theirs, nothing pointing at it: "my company", "meine Firma", "la mia azienda" name the field.
_ONLY_THE_FIRM = re.compile(r"(?:(?:the|la|a|o|de|het) )?(?:my|our|meine|unsere|mein|unser|mon|ma|notre|mi|nuestra|nuestro|minha"
                            r"|nossa|meu|nosso|mia|nostra|mio|nostro|mijn|ons|onze) \w+")


@functools.cache
def _field_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each field's phrase as ``fields_to_change`` finds it ("budget's" too), longest first, compiled once."""
    return [(re.compile(rf"(?<!\w){re.escape(phrase)}(?:'s)?(?![\w'-])"), field) for phrase, field in _FIELD_PHRASES]


def fields_to_change(text: str) -> tuple[str, ...]:
    """The fields a message asks to change, in the order named; empty when it says anything besides."""
    said = _plain(text).strip()
    if not said or any(c.isdigit() for c in said) or "@" in said or len(said.split()) > _MAX_WORDS:
        return ()
    if points_at_the_firm(text) and not _ONLY_THE_FIRM.fullmatch(plain(text)):
        # "das ist meine Firma", "esa es mi empresa", "dat is mijn bedrijf" to "I noted Acme Analytics. Is that right?":
        # the firm read back, pointed at as theirs, confirmed; no field to change ("my company" alone still names one).
        return ()
    # "budget's wrong": the 's is "is" (only after a field's name; "it's" is a word of its own).
    rest = f" {said} "
    found: list[tuple[int, str]] = []
    for pattern, field in _field_patterns():
        for m in pattern.finditer(rest):
            if _NONE_BEFORE.search(rest[:m.start()]):
                return ()
            found.append((m.start(), field))
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    if not found:
        return ()
    words = _WORD.findall(rest)
    if any(w not in _FILLER for w in words):
        return ()
    if any(w in _FINE for w in words) and not any(w in _NEGATION for w in words):
        # "the budget is right", "das Budget stimmt": a field said to be right asks to change nothing.
        return ()
    if "?" in said and not any(w in _CHANGE for w in words):
        # "the budget?" alone asks about it; "is the budget wrong?" asks to change it.
        return ()
    return tuple(dict.fromkeys(field for _, field in sorted(found)))


# A request to see what was noted, in the seven languages; each pattern is the whole request's heart.
_RECAP = re.compile(
    r"(?<![\w'])(?:"
    # en
    r"what (?:do|did) you (?:have|got)(?: (?:on|about|for) (?:me|us))?(?: (?:so far|until now|noted|written(?: down)?"
    r"|down|recorded))"
    r"|what (?:have|'ve) you (?:got|noted|written|recorded|taken down|saved|put down)(?: (?:down|so far|about (?:me|us)"
    r"|on (?:me|us)))?(?= *[?.!]*$| so far| about| on)"
    r"|what(?: do| did) you (?:know|remember) (?:about (?:me|us)|so far)"
    r"|what(?:'s| is| have) (?:been )?(?:noted|recorded|saved)(?: so far)?"
    r"|what did (?:i|we) (?:say|tell you|answer)(?: so far)?"
    r"|(?:can|could|may) (?:i|we) (?:see|check|review|have a look at) (?:my|our|the) (?:answers|details|info"
    r"|information|summary)"
    r"|show me (?:my answers|what you(?: have|'ve) (?:got|noted)|(?:a|the) summary|my details)"
    r"|(?:a |the )?(?:summary|recap)(?: so far)?(?: please)?(?= *[?.!]*$)"
    r"|(?:give me |can i get )(?:a |the )?(?:summary|recap)"
    # de
    r"|was (?:haben sie|hast du|habt ihr) (?:bisher |bis jetzt |schon |so weit |da )?(?:notiert|aufgeschrieben"
    r"|gespeichert|festgehalten|erfasst|von mir|über mich)"
    r"|was wissen sie (?:bisher |schon )?(?:über|von) (?:mich|uns)|was weißt du (?:über|von) (?:mich|uns)"
    r"|(?:kann|darf) ich (?:meine|die) (?:antworten|angaben|zusammenfassung) sehen"
    r"|zeigen sie mir (?:meine antworten|meine angaben|was sie notiert haben|die zusammenfassung)"
    r"|zusammenfassung(?: bitte)?(?= *[?.!]*$)"
    # fr
    r"|qu'(?:avez-vous|as-tu) (?:noté|retenu|enregistré|pris en note)"
    r"|qu'est-ce que (?:vous avez|tu as) (?:noté|retenu|enregistré)"
    r"|(?:vous avez|tu as) noté quoi"
    r"|que (?:savez-vous|sais-tu) (?:de moi|sur moi|de nous|sur nous)"
    r"|(?:puis-je|je peux|est-ce que je peux|pourrais-je) voir (?:mes|nos) réponses"
    r"|montrez-moi (?:mes réponses|ce que vous avez noté|le récapitulatif)"
    r"|(?:un |le )?(?:récapitulatif|récap|résumé)(?: svp| s'il vous plaît)?(?= *[?.!]*$)"
    # es
    r"|qué (?:has|ha|han) (?:anotado|apuntado|registrado|guardado)"
    r"|qué (?:tienes|tiene|tenéis) (?:anotado|apuntado|hasta ahora|de mí)"
    r"|qué (?:sabes|sabe) (?:de mí|sobre mí|de nosotros|sobre nosotros)"
    r"|(?:puedo|podría) ver mis respuestas|(?:muéstrame|muéstreme|enséñame) (?:mis respuestas|lo que (?:has|ha) anotado)"
    r"|(?:un )?resumen(?: por favor)?(?= *[?.!]*$)"
    # pt
    r"|o que (?:você |vocês )?(?:anotou|anotaram|registou|registrou|registaram|registraram|guardou)"
    r"|o que (?:tem|têm) (?:anotado|até agora|sobre mim)"
    r"|o que (?:sabe|sabes|sabem) (?:sobre mim|de mim|sobre nós)"
    r"|posso ver as (?:minhas )?respostas|(?:mostre-me|mostra-me|me mostre) as (?:minhas )?respostas"
    r"|(?:um )?resumo(?: por favor)?(?= *[?.!]*$)"
    # it
    r"|cosa (?:ha|hai|avete) (?:annotato|segnato|registrato|preso nota|scritto)"
    r"|che cosa (?:ha|hai|avete) (?:annotato|segnato|registrato|scritto)"
    r"|cosa (?:sa|sai|sapete) (?:di me|su di me|di noi)"
    r"|posso vedere le (?:mie )?risposte|(?:mi mostri|mostrami) le (?:mie )?risposte"
    r"|(?:un )?(?:riepilogo|riassunto)(?: per favore)?(?= *[?.!]*$)"
    # nl
    r"|wat (?:heeft u|hebt u|heb je|hebben jullie) (?:tot nu toe |al |zover )?(?:genoteerd|opgeschreven|vastgelegd"
    r"|opgeslagen|van mij|over mij)"
    r"|wat weet (?:u|je|jij) (?:al )?(?:over|van) (?:mij|ons)"
    r"|(?:kan|mag) ik mijn antwoorden (?:zien|bekijken)|laat (?:me|mij) mijn antwoorden zien"
    r"|(?:een )?(?:samenvatting|overzicht)(?: graag| alstublieft)?(?= *[?.!]*$)"
    r")(?![\w'])")


def asks_for_recap(text: str) -> bool:
    """Whether a message asks to see what was noted of the visitor's answers."""
    said = _plain(text).strip()
    return len(said.split()) <= _MAX_WORDS and _RECAP.search(said) is not None


# Currency words, by code, in the seven languages (singular, plural, code); an adjective of a country before
# shillings, pesos, dollars names that country's.
_CURRENCY_WORDS = {
    "EUR": "euro euros eur €",
    "USD": "dollar dollars dollaro dollari dólar dólares dollar dollars us dollars usd $ bucks",
    "GBP": "pound pounds sterling pfund livre livres libra libras sterlina sterline pond ponden gbp £",
    "CHF": "franc francs franken swiss francs francos franchi frank chf",
    "KES": "kenyan shillings kenyan shilling shillings shilling schilling kes ksh",
    "UGX": "ugandan shillings ugx", "TZS": "tanzanian shillings tzs",
    "CAD": "canadian dollars cad", "AUD": "australian dollars aussie dollars aud", "NZD": "new zealand dollars nzd",
    "BRL": "reais real brl", "MXN": "mexican pesos pesos mexicanos mxn", "ZAR": "rand rands zar",
    "NGN": "naira ngn", "INR": "rupees rupee inr", "JPY": "yen jpy", "SEK": "kronor swedish krona sek",
    "NOK": "norwegian kroner nok", "DKK": "danish kroner dkk", "PLN": "zloty zlotys złoty pln",
    "AED": "dirhams dirham aed", "SGD": "singapore dollars sgd", "HKD": "hong kong dollars hkd",
}
_MULTI_CURRENCY = {"kenyan shillings", "kenyan shilling", "us dollars", "swiss francs", "ugandan shillings",
                   "tanzanian shillings", "canadian dollars", "australian dollars", "aussie dollars",
                   "new zealand dollars", "mexican pesos", "pesos mexicanos", "swedish krona", "norwegian kroner",
                   "danish kroner", "singapore dollars", "hong kong dollars"}
_CURRENCY_PHRASES = sorted(
    [(w, code) for code, words in _CURRENCY_WORDS.items() for w in _MULTI_CURRENCY if w in words] +
    [(w, code) for code, words in _CURRENCY_WORDS.items() for w in words.split()],
    key=lambda wc: -len(wc[0]))
# "not dollars", "nicht in Dollar", "pas en dollars", "no en dólares", "não em dólares", "non in dollari", "niet in
# dollars", "instead of dollars", "statt Dollar", "au lieu de dollars", "en vez de dólares", "em vez de dólares",
# "invece di dollari", "in plaats van dollars": the currency taken back.
_NOT = (r"(?:not|nicht|kein(?:e)?|pas|non|no|não|nao|niet|geen|instead of|rather than|statt|anstatt|anstelle von"
        r"|au lieu de|au lieu des|en vez de|en lugar de|em vez de|em lugar de|invece di|invece che|in plaats van)")
_IN = r"(?:in|en|em|a|de|des|di|dei|degli|van|the)"
# What opens a currency put right, or names the sum it is about: without one, "we pay our staff in euros" says nothing
# of the budget.
_ABOUT = re.compile(
    r"(?<![\w'])(?:budget|presupuesto|orçamento|orcamento|bilancio|revenue|umsatz|chiffre d'affaires|fatturato|omzet"
    r"|facturación|faturação|receita|it'?s|it is|that'?s|sorry|actually|no|nope|wrong|currency|währung|devise|monnaie"
    r"|moneda|moeda|valuta|es ist|ist|c'est|es|é|è|het is|het zijn|eigentlich|en fait|en realidad|na verdade"
    r"|in realtà|eigenlijk|nein|non|não|nee|falsch|faux|mal|errado|sbagliato|fout|meant|meinte|voulais dire"
    r"|quise decir|quis dizer|intendevo|bedoelde)(?![\w'])")


_TAKEN_BACK = re.compile(rf"(?<![\w']){_NOT}\s+(?:{_IN}\s+)?$")


@functools.cache
def _currency_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each currency's word as ``currency_instead`` finds it (a symbol anywhere), longest first, compiled once."""
    return [(re.compile(rf"(?<![\w']){re.escape(phrase)}(?![\w'])" if phrase[0].isalpha() else re.escape(phrase)), code)
            for phrase, code in _CURRENCY_PHRASES]


def currency_instead(text: str) -> str | None:
    """The currency a message says a sum is in instead of the one noted, with no figure of its own; else None."""
    said = f" {_plain(text).strip()} "
    if any(c.isdigit() for c in said) or len(said.split()) > _MAX_WORDS or "?" in said:
        return None
    found: list[tuple[int, int, str]] = []
    rest = said
    for pattern, code in _currency_patterns():
        for m in pattern.finditer(rest):
            found.append((m.start(), m.end(), code))
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    if not found:
        return None
    found.sort()
    taken_back = {code for start, _, code in found
                  if _TAKEN_BACK.search(said[:start])}
    kept = [code for _, _, code in found if code not in taken_back]
    if len(set(kept)) != 1:
        return None
    if not taken_back and not _ABOUT.search(said):
        return None
    return kept[0]


# "do you really need my email?", "Brauchen Sie wirklich meine E-Mail?", "pourquoi mon adresse e-mail ?": a question
# about the visitor's own contact details, asked where we ask for their OK to keep them ("my": "our data" is the
# business's).
_OWN_DETAILS = re.compile(
    r"(?<![\w'])(?:my|meine?n?|mon|ma|mes|mi|mis|meu|minha|meus|minhas|mio|mia|miei|mie|mijn)\s+(?:e-?mail(?:-?adres(?:se)?)?(?: address)?|mail"
    r"|contact(?: details| info)?|details|data|daten|kontaktdaten|adresse(?: e-mail| mail)?|coordonnées|données"
    r"|correo(?: electrónico)?|datos|contacto|contato|endereço(?: de e-?mail)?|dados|contatti|dati|indirizzo(?: e-?mail)?"
    r"|gegevens|contactgegevens)(?![\w'])")
# Why we want them, or whether we need them: not what happens to them ("what happens with my data?", "do you sell my
# data?" are the data-use question the playbook's FAQ answers), nor the visitor's own need ("I need my data deleted").
_WHY = re.compile(r"(?<![\w'])(?:why|what for|warum|wozu|weshalb|wofür|pourquoi|por qué|para qué|porquê|por que|para quê"
                  r"|perché|a cosa|a che|waarom|waarvoor)(?![\w'])")
_NEED = re.compile(r"(?<![\w'])(?:need|needs|require|required|must|have to|brauch\w*|benötig\w*|müss\w*|muss|besoin"
                   r"|faut|necesit\w*|hace falta|quieren|precis\w*|bisogno|serv[eo]\w*|nodig|moet\w*)(?![\w'])")
_YOU = re.compile(r"(?<![\w'])(?:you|sie|ihr|vous|ustedes|usted|vocês?|voi|vi|jullie|u)(?![\w'])")
_OPENS_ASKING = re.compile(r"^\W*(?:brauch\w*|benötig\w*|necesit\w*|hace falta|precis\w*|serv[eo]\w*|moet\w*)(?![\w'])")


def asks_about_own_details(text: str) -> bool:
    """Whether a message asks about the visitor's own contact details: why we want them, or whether we need them."""
    said = _plain(text).strip()
    if len(said.split()) > _MAX_WORDS or "@" in said or not _OWN_DETAILS.search(said):
        return False
    return bool(_WHY.search(said) or _OPENS_ASKING.search(said)
                or (_NEED.search(said) and (_YOU.search(said) or said.endswith("?"))))


# "the company is Peoplewise not 30k", "die Firma heißt Peoplewise, nicht 30k", "l'entreprise c'est Peoplewise, pas
# 30k", "my name is Jonathan, not Jon", "it's Peoplewise, you wrote 30k": a name or a company said anew, inside a
# longer message, with the value it replaces taken back.
_COMPANY_IS = (
    r"(?:the|my|our)\s+(?:company|firm|business)(?:'s)?(?:\s+name)?\s+(?:is|'s|is called|name is)"
    r"|(?:die|meine|unsere)\s+(?:firma|unternehmen)\s+(?:heißt|ist)|(?:das|mein|unser)\s+unternehmen\s+(?:heißt|ist)"
    r"|(?:l'|mon\s+|notre\s+)(?:entreprise|société)\s+(?:c'est|s'appelle|est)|(?:la|ma|notre)\s+(?:société|boîte)\s+"
    r"(?:c'est|s'appelle|est)"
    r"|(?:la|mi|nuestra)\s+empresa\s+(?:es|se llama)|(?:a|minha|nossa)\s+empresa\s+(?:é|chama-se|se chama)(?:\s+a)?"
    r"|(?:l'|la mia\s+|la nostra\s+)azienda\s+(?:è|si chiama)|(?:la|la mia|la nostra)\s+società\s+(?:è|si chiama)"
    r"|(?:het|mijn|ons)\s+bedrijf\s+(?:heet|is)|(?:de|mijn|onze)\s+firma\s+(?:heet|is)")
_NAME_IS = (r"my name is|my name's|ich heiße|mein name ist|je m'appelle|mon nom est|me llamo|mi nombre es|chamo-me"
            r"|o meu nome é|meu nome é|mi chiamo|il mio nome è|ik heet|mijn naam is")
_BACK = (r"(?:not|nicht|pas|no|não|non|niet)\s+\S+|(?:you|u)\s+(?:wrote|have|put|noted|got)\s+\S+"
         r"|(?:sie haben|du hast)\s+\S+|(?:vous avez|tu as)\s+(?:écrit|noté|mis)\s+\S+|(?:ha|has)\s+(?:escrito|puesto)"
         r"\s+\S+|(?:escreveu|colocou)\s+\S+|(?:ha|hai)\s+(?:scritto|messo)\s+\S+|(?:jullie hebben|je hebt|u heeft)\s+\S+")
_VALUE = r"(?P<value>[^\W\d_][\w&.'-]*(?:\s+(?!(?:not|nicht|pas|no|não|non|niet)\b)[\w&.'-]+){0,4}?)"
_ANEW = re.compile(rf"(?<![\w'])(?:(?P<company>{_COMPANY_IS})|(?P<name>{_NAME_IS}))\s+{_VALUE}\s*[,;]?\s*(?:{_BACK})",
                   re.IGNORECASE)
_ITS = re.compile(rf"^\W*(?:it'?s|it is|c'est|es|é|è|het is|es ist)\s+{_VALUE}\s*[,;]\s*(?:{_BACK})", re.IGNORECASE)


def named_anew(text: str) -> tuple[str | None, str, str, str] | None:
    """The field ("company" or "name"; None for "it's X, you wrote Y", which names none), the value a message puts
    in place of one taken back, and the words that take it back ("not 30k"), for the caller to check against what it
    holds ("our company is small, not big" takes back no company), and the rest of the message, without them; None
    when it puts none right."""
    said = unicodedata.normalize("NFC", text).replace("’", "'")
    if (m := _ANEW.search(said)) is not None:
        return ("company" if m.group("company") else "name"), m.group("value").strip(" .,;"), \
            said[m.end("value"):m.end()], (said[:m.start()] + " " + said[m.end():]).strip(" ,;")
    if (m := _ITS.search(said)) is not None:
        return None, m.group("value").strip(" .,;"), said[m.end("value"):m.end()], said[m.end():].strip(" ,;.")
    return None


# --- a confirmation answered in part ------------------------------------------------------------------------------
# "not the budget, but the rest yes", "the size is wrong, the rest is fine", "alles richtig außer dem Budget", "tout
# est bon sauf le budget", "todo correcto menos el presupuesto", "o orçamento não, o resto sim", "tutto giusto tranne
# il budget", "alles klopt op het budget na": a reply to "I noted ... Is that right?" that takes back some of what it
# listed and agrees to the rest (or, "everything's wrong except the budget", the other way round). Read as words in the
# seven languages (accents folded, as visitors type them or not), each of them one of the kinds below, or a field's
# name: a message with any other word, or a figure, says more than this and is read as it is elsewhere.
_EXCEPT = [
    "except for", "except", "excepting", "apart from", "other than", "aside from", "save for", "besides", "but for",
    "excluding", "bar",
    "ausser", "bis auf", "abgesehen von", "mit ausnahme von", "mit ausnahme", "ausgenommen", "nur nicht",
    # (the preposition after "à l'exception", "a excepción", "à exceção", "ad eccezione", "met uitzondering" is one
    # of the words around: "de", "du", "del", "do", "da", "della", "van")
    "sauf", "a part", "excepte", "hormis", "a l'exception", "mis a part",
    "menos", "excepto", "salvo", "aparte de", "a excepcion", "con excepcion", "quitando", "fuera de",
    "exceto", "tirando", "fora", "a excecao", "com excecao", "a nao ser",
    "tranne", "eccetto", "a parte", "fuorche", "ad eccezione", "tolto", "escluso", "meno",
    "behalve", "uitgezonderd", "met uitzondering", "buiten",
]
# "the rest", "everything else": what the reply did not name.
_REST = [
    "the rest", "rest", "everything else", "all else", "all the rest", "all the others", "the others", "the other things",
    "the remaining", "the remainder", "anything else", "the other ones", "the other one", "the other",
    "der rest", "den rest", "rest", "alles andere", "alles sonst", "sonst alles", "das andere", "die anderen",
    "das ubrige", "der andere", "die andere",
    "le reste", "tout le reste", "les autres", "l'autre", "tout ce qui reste",
    "el resto", "lo demas", "todo lo demas", "los demas", "lo otro", "todo lo otro", "las demas", "todo el resto",
    "o resto", "todo o resto", "tudo o resto", "o restante", "os outros", "o demais", "tudo mais", "o resto todo",
    "os demais", "o outro",
    "il resto", "tutto il resto", "gli altri", "le altre", "l'altro", "il restante", "tutto l'altro", "le altre cose",
    "de rest", "al de rest", "alle andere", "het andere", "de andere", "het overige", "de overige", "al het andere",
    # and "otherwise": "the budget is wrong, otherwise all good", "ansonsten alles richtig", "sinon tout est bon", "de
    # resto está tudo certo", "voor de rest is alles goed"
    "otherwise", "apart from that", "ansonsten", "sonst", "sinon", "autrement", "pour le reste", "du reste",
    "por lo demas", "por lo otro", "de resto", "no resto", "pelo resto", "quanto ao resto", "per il resto",
    "quanto al resto", "voor de rest", "verder",
]
# Words of all: "all correct", "alles richtig", "tout est bon" (with an exception, the rest).
_ALL = frozenset("all everything everything's alles tout tous toutes todo toda todos tudo tutto tutti tutte".split())
# Words of being right, and of agreeing.
_RIGHT = frozenset("""
right correct fine ok okay good yes yeah yep yup true accurate perfect spot on great alright sure
richtig korrekt stimmt stimmen passt gut ja jawohl genau okay prima einwandfrei
bon bonne bons bonnes bien juste justes correct correcte corrects exact exacte oui ouais parfait nickel
correcto correcta correctos bien si cierto exacto perfecto vale
certo certa certos correto correta corretos bem sim exato perfeito beleza
giusto giusta giusti corretto corretta corretti esatto bene perfetto posto
goed juist klopt kloppen correct ja wel prima oke orde ordnung
""".split())
# Words of being wrong, of not, and of changing.
_WRONG = frozenset("""
wrong incorrect inaccurate not isn't aren't no nope off mistaken false change fix update amend correct
falsch nicht nein inkorrekt unrichtig andern korrigieren
faux fausse non pas n'est incorrect incorrecte errone erronee changer modifier corriger
mal no incorrecto incorrecta equivocado equivocada erroneo cambiar corregir
errado errada nao incorreto incorreta mudar alterar corrigir
sbagliato sbagliata sbagliati errato errata non scorretto cambiare modificare correggere
fout verkeerd niet nee onjuist wijzigen veranderen aanpassen
""".split()) - {"correct"}
# "only the budget is wrong": what is not named is right.
_ONLY = frozenset("only just nur seulement seul seule uniquement solo solamente unicamente so somente apenas soltanto "
                  "alleen enkel slechts".split())
# Words that join clauses against each other: "not the budget, but the rest yes".
_BUT = frozenset("but though however aber sondern jedoch allerdings mais pourtant pero sino mas porem ma pero "
                 "tuttavia maar".split())
# Words that say nothing of their own here: articles, possessives, pronouns, the verb to be, "and", "please".
_AROUND_WORDS = frozenset("""
the a an my our your this that these those it its it's is are was were be seems looks one item and also too as
please thanks thank you so then well actually sorry i we i'd i'm think rest fully totally completely quite still
der die das den dem des ein eine mein meine meinen unser unsere ist sind war bitte danke und auch noch dann
eigentlich also ich wir denke soweit so ganz sonst von vom zum zur in geht
le la les l un une mon ma mes notre nos votre vos ce cet cette c'est est sont et aussi merci du de des d
pour tout a fait en ordre ca va
el los las lo mi mis nuestro nuestra su es esta estan son y tambien gracias de del al por favor eso esto
o a os as meu minha nosso nossa e esta estao sao tambem obrigado obrigada do da dos das isso
il lo gli i mio mia nostro nostra e sono anche grazie di del della dello dei degli delle al per favore va
het de een mijn onze ons is zijn en ook bedankt dank van verder toch gaat
""".split())
_FOLDED_FIELDS = None
# A field named right after a word of having none is its value ("no budget", "kein Budget", "pas de budget", "sin
# presupuesto", "sem orçamento", "nessun budget", "geen budget"), never taken back.
_NONE = frozenset("no without kein keine keinen ohne sans aucun aucune sin ningun ninguna sem nenhum nenhuma nessun "
                  "nessuna nessuno senza geen zonder".split())


def _fold(text: str) -> str:
    """Lower case, accents off, one kind of apostrophe: "Außer", "à part", "não" as "ausser", "a part", "nao"."""
    text = unicodedata.normalize("NFD", text.casefold().replace("’", "'").replace("`", "'"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def _phrases_folded() -> list[tuple[str, str]]:
    global _FOLDED_FIELDS
    if _FOLDED_FIELDS is None:
        marks = [(_fold(p), f"<{f}>") for p, f in _FIELD_PHRASES]
        marks += [(_fold(p), "<except>") for p in _EXCEPT] + [(_fold(p), "<rest>") for p in _REST]
        _FOLDED_FIELDS = sorted(dict(marks).items(), key=lambda pm: -len(pm[0]))
    return _FOLDED_FIELDS


@functools.cache
def _marks() -> list[tuple[re.Pattern[str], re.Pattern[str], str]]:
    """Each folded phrase of ``_phrases_folded`` compiled once: as ``answered_in_part`` finds it ("budget's" too), as
    ``agrees_to_the_rest`` does, and its mark."""
    return [(re.compile(rf"(?<![\w']){re.escape(phrase)}(?:'s)?(?![\w'])"), re.compile(rf"(?<![\w']){re.escape(phrase)}(?![\w'])"),
             mark) for phrase, mark in _phrases_folded()]


@dataclass(frozen=True)
class InPart:
    """A confirmation answered in part: the fields named as wrong, those named as right, and what the reply says of
    the rest (True: right, False: wrong, None: nothing)."""
    wrong: tuple[str, ...]
    right: tuple[str, ...]
    rest: bool | None

    def refused(self, listed: list[str] | tuple[str, ...]) -> tuple[str, ...] | None:
        """The fields of ``listed`` (and any other named wrong) to ask again; None when the reply leaves some of the
        listed ones unsaid (neither named nor covered by "the rest")."""
        if self.rest is True:
            return self.wrong
        if self.rest is False:
            return tuple(n for n in listed if n not in self.right) + tuple(n for n in self.wrong if n not in listed)
        if not set(listed) <= set(self.wrong) | set(self.right):
            return None
        return self.wrong


def answered_in_part(text: str) -> InPart | None:
    """What a reply to a confirmation of several values takes back and what it agrees to ("not the budget, but the
    rest yes", "alles richtig außer dem Budget"); None when it is not only that (a figure, words of its own, no field
    named, nothing taken back)."""
    said = f" {_fold(text).strip()} "
    if any(c.isdigit() for c in said) or "@" in said or len(said.split()) > 2 * _MAX_WORDS:
        return None
    for with_s, _, mark in _marks():
        said = with_s.sub(f" {mark} ", said)
    tokens = re.findall(r"<\w+>|[^\W\d_]+(?:'[^\W\d_]+)?|[,;.!?:()/–—]|(?<!\w)-(?!\w)", said)
    if any(t.startswith("<") and t not in ("<except>", "<rest>") and i and (tokens[i - 1] in _NONE or (
            i > 1 and tokens[i - 2:i] in (["pas", "de"], ["pas", "d"], ["not", "any"]))) for i, t in enumerate(tokens)):
        return None  # "no budget, the rest is fine": the budget's value, an answer
    # Dutch puts its "except" round the field: "op het budget na".
    for i, token in enumerate(tokens):
        if token == "op":
            j = i + 1
            while j < len(tokens) and tokens[j] in ("de", "het"):
                j += 1
            if j < len(tokens) - 1 and tokens[j].startswith("<") and tokens[j] not in ("<except>", "<rest>") \
                    and tokens[j + 1] == "na":
                tokens[i], tokens[j + 1] = "<except>", ","
    clauses: list[dict[str, Any]] = [_clause()]

    def begin(excepted: bool = False, but: bool = False) -> dict[str, Any]:
        """A new clause; one begun with nothing in it yet is the new one ("all fine, but the budget")."""
        last = clauses[-1]
        if not (last["fields"] or last["words"] or last["rest"]):
            clauses[-1] = _clause(excepted or last["excepted"], but or last["but"])
        else:
            clauses.append(_clause(excepted, but))
        return clauses[-1]

    for token in tokens:
        clause = clauses[-1]
        if token in ",;.!?:()/–—-" or token in _BUT:
            begin(but=token in _BUT)
        elif token == "<except>":
            begin(excepted=True)
        elif token == "<rest>":
            if clause["fields"] or clause["rest"]:
                clause = begin()
            clause["rest"] = True
        elif token.startswith("<"):
            if clause["excepted"] and clause["words"]:
                # "außer dem Budget stimmt alles": after the fields excepted, the rest's own clause.
                clause = begin()
            clause["fields"].append(token[1:-1])
        elif token in _WRONG or (token in _RIGHT and token not in _AROUND_WORDS) or token in _ALL or token in _ONLY:
            if clause["excepted"] and clause["fields"]:
                clause = begin()
            clause["words"].append(token)
        elif token in ("na",) or token in _AROUND_WORDS or token in _FILLER:
            continue
        else:
            return None  # a word of its own
    wrong: list[str] = []
    right: list[str] = []
    rest: bool | None = None
    pending: list[str] = []
    for i, clause in enumerate(clauses):
        polarity = _polarity(clause["words"])
        if clause["but"] and clause["fields"] and polarity is None and i:
            clause = {**clause, "excepted": True}  # "everything is fine, but the budget": the budget excepted
        if clause["excepted"]:
            # The fields excepted are the other way round from the rest: read from the clause before, or else after.
            around = [c for c in (clauses[i - 1] if i else None, *clauses[i + 1:i + 2]) if c is not None
                      and not c["fields"] and not c["excepted"] and _polarity(c["words"]) is not None]
            if not clause["fields"] or not around:
                return None
            other = _polarity(around[0]["words"])
            (wrong if other else right).extend(clause["fields"])
            rest = _agree(rest, other)
            if rest is _CLASH:
                return None
            continue
        if clause["fields"]:
            if polarity is None:
                pending.extend(clause["fields"])  # "the budget, the size: wrong"
                continue
            (right if polarity else wrong).extend([*pending, *clause["fields"]])
            pending = []
            if not polarity and any(w in _ONLY for w in clause["words"]):
                rest = _agree(rest, True)
        elif clause["rest"] or any(w in _ALL for w in clause["words"]) or polarity:
            # "the rest is fine", "alles richtig", a "yes" of its own ("yes, but not the budget"); a "no" of its own
            # only opens what follows ("no, the budget is wrong").
            if polarity is None:
                return None
            rest = _agree(rest, polarity)
        if rest is _CLASH:
            return None
    if pending or (not wrong and rest is not False) or set(wrong) & set(right):
        return None
    return InPart(tuple(dict.fromkeys(wrong)), tuple(dict.fromkeys(right)), rest)


_CLASH: Any = object()


def _clause(excepted: bool = False, but: bool = False) -> dict[str, Any]:
    return {"fields": [], "words": [], "rest": False, "excepted": excepted, "but": but}


def _polarity(words: list[str]) -> bool | None:
    """True for a clause that says right, False for one that says wrong (a "not" makes any "right" wrong: "stimmt
    nicht", "n'est pas bon", "no está bien"), None for neither."""
    if any(w in _WRONG for w in words):
        return False
    return True if any(w in _RIGHT for w in words) else None


def _agree(rest: Any, polarity: bool) -> Any:
    return polarity if rest is None or rest == polarity else _CLASH


# Where a clause of a reply ends, or "but" opens the next one (``agrees_to_the_rest``).
_CLAUSES_OR_BUT = re.compile(rf"[,;.!?:()/–—]|(?<![\w']){'|'.join(sorted(_BUT))}(?![\w'])")


def agrees_to_the_rest(text: str) -> bool:
    """Whether a reply says, in a clause of its own, that the rest of what was listed is right ("the budget is 8k, the
    rest is fine", "eher 8.000 €, der Rest stimmt", "le reste est bon", "lo demás sí", "o resto está certo", "il resto
    va bene", "de rest klopt"), whatever else it says: a value put right, the rest agreed to. A clause that names a
    field, or takes something back ("the rest is wrong"), is no such thing."""
    said = f" {_fold(text).strip()} "
    if len(said.split()) > 3 * _MAX_WORDS:
        return False
    for _, alone, mark in _marks():
        if mark == "<rest>":
            said = alone.sub(f" {mark} ", said)
    for clause in _CLAUSES_OR_BUT.split(said):
        words = re.findall(r"<rest>|[^\W\d_]+(?:'[^\W\d_]+)?", clause)
        if "<rest>" in words and all(w in _RIGHT or w in _AROUND_WORDS or w in _ALL or w == "<rest>" for w in words) \
                and _polarity([w for w in words if w != "<rest>"]) is True:
            return True
    return False


# A firm listed, owned up to: "that's my company", "das ist meine Firma", "c'est (bien) mon entreprise", "es mi
# empresa", "é a minha empresa", "è la mia azienda", "dat is mijn bedrijf", with a yes before it or not. Said to "I
# noted your company, Acme. Is that right?", a yes to it; it says whose firm it is, never the visitor's role in it (an
# employee says "my company" as an owner does).
_YES_FIRST = r"(?:(?:yes|yeah|yep|yup|correct|right|exactly|ja|genau|richtig|oui|exact|sí|si|claro|exacto|sim|isso|certo|sì|esatto|precies|klopt)[\s,.!:;-]+)?"
_FIRM_WORDS = (r"company|firm|business|agency|employer|organisation|organization|shop|practice|clinic"
               r"|firma|unternehmen|agentur|betrieb|laden|praxis|kanzlei"
               r"|entreprise|société|societe|boîte|boite|agence|cabinet|clinique"
               r"|empresa|compañía|compania|agencia|negocio|clínica|clinica|tienda"
               r"|loja|agência|negócio|companhia"
               r"|azienda|società|ditta|agenzia|attività|studio"
               r"|bedrijf|zaak|bureau|praktijk|winkel|onderneming")
_OURS = (r"my|our|meine|unsere|mein|unser|mon|ma|notre|mi|nuestra|nuestro|minha|nossa|meu|nosso|mia|nostra|mio|nostro"
         r"|mijn|ons|onze")
_OWNED_UP_TO = re.compile(
    rf"\W*{_YES_FIRST}(?:that'?s|that is|it'?s|it is|this is|thats|yes|that|it|das ist|es ist|ist|c'est|c est|ce sont"
    r"|es|esa es|esta es|é|e|essa é|esta é|è|e'|questa è|dat is|het is|is)"
    rf"(?: (?:bien|indeed|really|wirklich|tatsächlich|sí|mesmo|proprio|inderdaad|precies))?"
    rf"(?: (?:the|la|a|o|de|het|il|l'))? ?(?:{_OURS}) (?:own |eigene |eigenes |propia |própria |propria |eigen )?"
    rf"(?:{_FIRM_WORDS})\W*", re.IGNORECASE)


def owns_up_to_the_firm(text: str) -> bool:
    """Whether a reply only says the firm noted is theirs ("that's my company", "ja, das ist meine Firma")."""
    said = _plain(text).strip()
    return len(said.split()) <= 8 and _OWNED_UP_TO.fullmatch(said) is not None
