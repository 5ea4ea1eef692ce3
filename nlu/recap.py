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

import re
import unicodedata

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


def fields_to_change(text: str) -> tuple[str, ...]:
    """The fields a message asks to change, in the order named; empty when it says anything besides."""
    said = _plain(text).strip()
    if not said or any(c.isdigit() for c in said) or "@" in said or len(said.split()) > _MAX_WORDS:
        return ()
    # "budget's wrong": the 's is "is" (only after a field's name; "it's" is a word of its own).
    rest = f" {said} "
    found: list[tuple[int, str]] = []
    for phrase, field in _FIELD_PHRASES:
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?:'s)?(?![\w'-])", rest):
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


def currency_instead(text: str) -> str | None:
    """The currency a message says a sum is in instead of the one noted, with no figure of its own; else None."""
    said = f" {_plain(text).strip()} "
    if any(c.isdigit() for c in said) or len(said.split()) > _MAX_WORDS or "?" in said:
        return None
    found: list[tuple[int, int, str]] = []
    rest = said
    for phrase, code in _CURRENCY_PHRASES:
        pattern = rf"(?<![\w']){re.escape(phrase)}(?![\w'])" if phrase[0].isalpha() else re.escape(phrase)
        for m in re.finditer(pattern, rest):
            found.append((m.start(), m.end(), code))
            rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    if not found:
        return None
    found.sort()
    taken_back = {code for start, _, code in found
                  if re.search(rf"(?<![\w']){_NOT}\s+(?:{_IN}\s+)?$", said[:start])}
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
