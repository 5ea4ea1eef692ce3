"""A visitor's question about the question asked: "why do you need that?", "do I have to answer?", "what do you mean?".

Such a message answers nothing and asks nothing of the playbook's FAQ: it asks
about the question on screen (issue 14). The bot then says why it asks, whether
the question may be skipped, and asks it again; nothing is read from the
message. ``about_the_question`` names which of three things is asked:

- ``"why"``: the reason for the question ("what's that for?", "wozu brauchen Sie das?");
- ``"must"``: whether an answer is needed ("is this required?", "can I skip this?", "muss ich das beantworten?");
- ``"meaning"``: what the question means ("what do you mean?", "c'est-à-dire ?").

Only a whole message made of such a question counts, in any of the bot's seven
languages (a visitor may write another language than the chat's): "why we need
leads: our pipeline is dry" or "do I have to answer? fine, about 50 people" say
something of their own and are answers.
"""

from __future__ import annotations

import re

from nlu.text import Text

# Longer than this, a message says more than a question about the question.
MAX_WORDS = 12


def _swiss(pattern: str) -> str:
    """``pattern`` with "ß" written "ss", as Swiss German writes it ("Grösse", "heisst"); the text is read the same way
    (``_plain``), so either spelling matches."""
    return pattern.replace("ß", "ss")

# Words around such a question that say nothing of their own: "ok but why?", "sorry, what do you mean exactly?".
_OPENING = (
    r"ok|okay|hm+|um+|uh+|erm|sorry|but|and|so|wait|well|just curious|out of curiosity|may i ask|can i ask|quick question"
    r"|aber|und|also|äh+|ähm|moment|mal|darf ich fragen|et|mais|alors|bon|euh|pardon|pero|y|pues|bueno|perdón|perdona"
    r"|mas|e|então|desculpe|ma|allora|scusi|scusa|en|maar|sorry|eh|ah|oh|hmm"
)
_CLOSING = (
    r"exactly|though|then|actually|again|please|exactement|au juste|vraiment|donc|alors|genau|denn|eigentlich|dann|bitte|exactamente|entonces"
    r"|exatamente|então|esattamente|allora|precies|eigenlijk|dan|eigentlich|al|"
    r"(?:about|for) (?:that|this|it)|la question|esta pregunta|essa pergunta|esta pergunta|questa domanda|deze vraag|die frage"
)
_DEMONSTRATIVE = r"(?:that|this|it|that one|this one|the question|this question|that question)"
# "my email", "our budget", "the company size": what the question is about, named (a word or two).
_NAMED = r"(?:(?:my|our|the|your) [\w-]+(?: [\w-]+)?)"
_OBJECT = rf"(?:{_DEMONSTRATIVE}|{_NAMED})"

# The lead attributes a visitor may name in such a question ("why do you need my email?", "warum fragen Sie nach
# unserem Umsatz?"), by the slot whose reason answers it, in the seven languages. "phone" is no slot of the form:
# the bot asks for none, and says so. Where one phrase holds another ("company name", "number of employees",
# "nombre de la empresa"), the longer is the one named (``named_attribute``).
_ATTRIBUTES: dict[str, str] = {
    "email": r"e-?mail(?:-?adresse|-?adres|s)?|e-?mail address|mail|mail address|courriel|adresse (?:e-?)?mail"
             r"|correo(?: electrónico)?|dirección de correo|endereço de e-?mail|indirizzo (?:e-?)?mail",
    "phone": r"phone(?: number)?|telephone(?: number)?|mobile(?: number)?|cell(?: number)?|number|telefonnummer"
             r"|handynummer|telefon|handy|nummer|numéro(?: de téléphone| de portable)?|téléphone|portable"
             r"|teléfono|número(?: de teléfono| de telefone| de celular)?|celular|móvil|telefone|telemóvel"
             r"|numero(?: di telefono| di cellulare)?|telefono|cellulare|telefoonnummer|mobiele nummer|mobiel nummer",
    "name": r"(?:full |first |last )?name|vorname|nachname|namen?|nom|prénom|nombre(?: completo)?|nome(?: completo)?"
            r"|naam|voornaam|achternaam",
    "company": r"company(?: name)?|business(?: name)?|firm|name of (?:the|our|my) (?:company|business)|firma|firmenname"
               r"|unternehmen|entreprise|société|nom de (?:l'entreprise|la société)|empresa|nombre de (?:la|mi|nuestra) "
               r"empresa|nome da empresa|azienda|società|nome dell'azienda|bedrijf|bedrijfsnaam",
    "company_size": r"company size|size(?: of (?:the|our|my) (?:company|business|team))?|team size|head ?count"
                    r"|number of (?:employees|staff|people)|how many (?:employees|people|staff)(?: we (?:have|are))?"
                    r"|employees|staff|mitarbeiterzahl|anzahl (?:der )?mitarbeiter|firmengröße|unternehmensgröße|größe"
                    r"|mitarbeiter|taille(?: de l'entreprise)?|effectif|nombre de salariés|salariés|employés"
                    r"|tamaño(?: de la empresa)?|número de empleados|cuántos empleados(?: tenemos| somos)?|empleados"
                    r"|tamanho(?: da empresa)?|número de funcionários|funcionários|colaboradores"
                    r"|dimensione(?: dell'azienda)?|numero di dipendenti|quanti dipendenti(?: abbiamo)?|dipendenti"
                    r"|bedrijfsgrootte|grootte|aantal medewerkers|medewerkers|werknemers"
                    # asked as a clause: "how big we are", "wie gross wir sind", "quantos somos"
                    r"|how big|how large|wie gross|wie viele (?:leute|personen|mitarbeitende)|combien (?:on est"
                    r"|nous sommes|de personnes)|cuántos somos|cuántas personas|quantos somos|quantas pessoas"
                    r"|quanti siamo|quante persone|hoeveel mensen|hoe groot",
    # Spending named as a verb, in a clause ("why do you need to know how much I want to spend?", "por que vocês
    # precisam saber quanto eu quero gastar?"): the budget asked about.
    "budget": r"budget|spend|spending|marketing budget|presupuesto|orçamento|werbebudget|marketingbudget|invest"
              r"|ausgeben|investieren|dépenser|dépense|investir|gastar|gasto|invertir|spendere|investire|uitgeven"
              r"|investeren",
    "revenue": r"revenue|turnover|annual revenue|sales|umsatz|jahresumsatz|chiffre d'affaires|facturación|ingresos"
               r"|ventas|faturamento|faturação|receita|fatturato|omzet|jaaromzet"
               r"|earn|verdienen|gagnons|ganamos|ganhamos|guadagniamo",
    "location": r"location|country|city|address|standort|land|stadt|ort|sitz|pays|ville|localisation|país|ciudad"
                r"|ubicación|cidade|localização|paese|città|sede|stad|locatie|vestiging|plaats"
                # asked as a clause: "where we're based", "wo wir sitzen", "onde estamos"
                r"|where (?:we|we're|we are|i am|i'm)|wo (?:wir|ich)|où (?:nous|on|je)|dónde (?:estamos|estoy)"
                r"|onde (?:estamos|estou)|dove (?:siamo|sono)|waar (?:we|wij|ik)",
    "industry": r"industry|sector|branche|secteur|secteur d'activité|industrie|rubro|setor|settore",
    "authority": r"role|job title|title|position|job|rolle|funktion|jobtitel|rôle|poste|fonction|cargo|puesto|função"
                 r"|ruolo|funzione|posizione|rol|functie",
    "timing": r"timing|timeline|timeframe|deadline|start date|zeitrahmen|zeitplan|zeitpunkt|délai|délais|calendrier"
              r"|échéance|plazo|plazos|prazo|prazos|tempistiche|scadenza|tijdlijn|termijn|planning",
    "tech_stack": r"tools|tech stack|stack|software|crm|tech|werkzeuge|outils|logiciels|herramientas|ferramentas"
                  r"|strumenti",
}
_ATTRIBUTE = "(?:" + "|".join(_ATTRIBUTES.values()) + ")"
_ATTRIBUTE_RE = {slot: re.compile(_swiss(rf"(?<![\w-])(?:{words})(?![\w-])")) for slot, words in _ATTRIBUTES.items()}
# An attribute named, with its article or possessive, in each language ("meine E-Mail-Adresse", "mon numéro de
# téléphone", "nuestra facturación", "do meu email", "il nostro fatturato", "mijn telefoonnummer").
_THING = {
    "en": rf"(?:(?:my|our|the|your) )?{_ATTRIBUTE}",
    "de": rf"(?:(?:nach|über|zu) )?(?:(?:meine|meinen|meinem|meiner|mein|unsere|unseren|unserem|unserer|unser|die|den"
          rf"|dem|das|der) )?{_ATTRIBUTE}",
    "fr": rf"(?:(?:mon|ma|mes|notre|nos|le|la|les|votre) |l')?{_ATTRIBUTE}",
    # Spanish and Portuguese "porque" is "because" too: "porque quieren ventas" answers the need question, so the
    # attribute is named with its article or possessive, or as a question of its own ("cuántos empleados tenemos").
    "es": rf"(?:(?:por|sobre) )?(?:(?:mi|mis|nuestro|nuestra|nuestros|nuestras|el|la|los|las|su|tu) {_ATTRIBUTE}"
          rf"|cuántos empleados(?: tenemos| somos)?|cuántas personas somos)",
    "pt": rf"(?:(?:sobre|pelo|pela|do|da|dos|das|o|a|os|as) (?:(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas) )?"
          rf"{_ATTRIBUTE}|(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas) {_ATTRIBUTE}"
          rf"|quantos funcionários(?: temos| somos)?|quantas pessoas somos)",
    "it": rf"(?:(?:il|la|lo|i|le|gli) |l')?(?:(?:mio|mia|miei|mie|nostro|nostra|nostri|nostre) )?{_ATTRIBUTE}",
    "nl": rf"(?:naar )?(?:(?:mijn|m'n|ons|onze|de|het|uw|jullie) )?{_ATTRIBUTE}",
}

# What a why may ask about besides a named attribute: a clause of its own ("how much I want to spend", "wie gross
# wir sind", "quanto eu quero gastar"), after a verb of knowing or asking ("why do you need to know ...?"). A few
# words: a longer message says something of its own.
_CLAUSE = {
    "en": r"(?:how (?:much|many|big|large|soon|quickly)|what|where|who|when|which|if|whether)(?: [\w'-]+){1,6}",
    "de": r"(?:wie (?:viel|viele|gross|hoch|bald|schnell)|wieviel|was|wo|wer|wann|welche[nrms]?|ob)(?: [\w'-]+){1,6}",
    "fr": r"(?:combien|ce que|ce qu'|où|qui|quand|quel|quelle|quels|quelles|si)(?: ?[\w'-]+){1,6}",
    "es": r"(?:cuánto|cuánta|cuántos|cuántas|cuanto|qué|dónde|quién|quiénes|cuándo|cuál|si)(?: [\w'-]+){1,6}",
    "pt": r"(?:quanto|quanta|quantos|quantas|o que|onde|quem|quando|qual|se)(?: [\w'-]+){1,6}",
    "it": r"(?:quanto|quanta|quanti|quante|cosa|che cosa|dove|chi|quando|quale|se)(?: [\w'-]+){1,6}",
    "nl": r"(?:hoeveel|wat|waar|wie|wanneer|welke|hoe (?:groot|veel|snel)|of)(?: [\w'-]+){1,6}",
}
# What a why may ask is important, relevant or of interest to us: an attribute named or a demonstrative.
_SUBJECT = {
    "en": rf"(?:{_OBJECT}|{_THING['en']})",
    "de": rf"(?:das|dies|es|{_THING['de']})",
    "fr": rf"(?:ça|cela|ceci|{_THING['fr']})",
    "es": rf"(?:eso|esto|{_THING['es']})",
    "pt": rf"(?:isso|isto|{_THING['pt']})",
    "it": rf"(?:questo|ciò|{_THING['it']})",
    "nl": rf"(?:dat|dit|het|{_THING['nl']})",
}
# "Why is the size important (to you) (at all)?": what matters to us, and to whom, in each language.
_MATTERS = {
    "en": r"(?:even |really |actually |so )?(?:be )?(?:relevant|important|needed|necessary|of interest|interesting"
          r"|a factor)(?: (?:to|for) (?:you|you guys|you all|your team|your business))?",
    "de": r"(?:(?:für|fuer) (?:sie|euch|dich|ihr team) )?(?:(?:überhaupt|denn|eigentlich|so|wirklich) )*(?:wichtig"
          r"|relevant|nötig|notwendig|interessant|von bedeutung|von interesse)(?: (?:für|fuer) (?:sie|euch|dich))?",
    "fr": r"(?:(?:si|vraiment|tellement) )?(?:important|importante|importants|importantes|nécessaire|utile"
          r"|pertinent|pertinente|intéressant|intéressante)(?: pour vous| pour toi)?",
    "es": r"(?:(?:tan|realmente) )?(?:importante|necesario|necesaria|relevante|interesante)(?: para (?:ustedes|usted|ti|vosotros))?",
    "pt": r"(?:(?:tão|realmente) )?(?:importante|necessário|necessária|relevante|interessante)(?: (?:para|pra) (?:vocês|você|o senhor|a senhora))?",
    "it": r"(?:(?:così|davvero) )?(?:importante|necessari[oa]|rilevante|interessante)(?: per (?:voi|lei|te))?",
    "nl": r"(?:(?:voor (?:jullie|u|je)) )?(?:(?:eigenlijk|überhaupt|zo|echt|nou) )*(?:belangrijk|relevant|nodig|interessant)"
          r"(?: voor (?:jullie|u|je))?",
}
# "For you", after what matters where the language puts it last ("¿por qué es importante el tamaño para ustedes?").
_FOR_YOU = {
    "es": r"(?: para (?:ustedes|usted|ti|vosotros))?",
    "pt": r"(?: (?:para|pra) (?:vocês|você|o senhor|a senhora))?",
    "it": r"(?: per (?:voi|lei|te))?",
}
# Why something is important, relevant or of interest to us, and why we need to know a clause: in each language
# ("Wieso ist die Grösse für Sie überhaupt wichtig?", "por que vocês precisam saber quanto eu quero gastar?").
_WHY_IT_MATTERS = (
    rf"why(?:'s| is| are| would| will) {_SUBJECT['en']} {_MATTERS['en']}",
    rf"why (?:does|do|would|should) {_SUBJECT['en']}(?: even| really)? (?:matter|count)(?: (?:to|for) (?:you|you guys))?",
    r"why (?:do|would|does) you(?: guys)?(?: even| really)? care (?:about|how|what|where|who|when)(?: [\w'-]+){1,6}",
    rf"why (?:are you|r u|are you guys) (?:interested in|curious about) {_SUBJECT['en']}",
    rf"why (?:do|would|does|did) you(?: guys)?(?: (?:really|even|actually))? (?:need|want|have|wanna) to know {_CLAUSE['en']}",
    rf"why (?:are you asking|do you ask|would you ask)(?: me| us)? {_CLAUSE['en']}",
    rf"(?:warum|wieso|weshalb) (?:ist|sind|wäre|wären) {_SUBJECT['de']} {_MATTERS['de']}",
    rf"(?:warum|wieso|weshalb) (?:ist|sind|wäre|wären) (?:(?:für|fuer) (?:sie|euch|dich) )?(?:(?:überhaupt|denn|eigentlich) )*"
    rf"{_SUBJECT['de']} (?:(?:überhaupt|denn|eigentlich|so) )*(?:wichtig|relevant|nötig|notwendig|interessant)",
    rf"(?:warum|wieso|weshalb) (?:spielt|spielen) {_SUBJECT['de']} (?:(?:für|fuer) (?:sie|euch|dich) )?(?:(?:überhaupt|denn|eigentlich) )*eine rolle",
    rf"(?:warum|wieso|weshalb) interessiert (?:sie|euch|dich) {_SUBJECT['de']}(?: (?:überhaupt|denn|eigentlich))*",
    rf"(?:warum|wieso|weshalb|wozu|wofür) (?:müssen|wollen|möchten|brauchen) (?:sie|ihr)(?: (?:denn|eigentlich|überhaupt))* "
    rf"(?:zu )?wissen,? {_CLAUSE['de']}",
    rf"(?:warum|wieso|weshalb) fragen (?:sie|ihr)(?: (?:denn|eigentlich|überhaupt))*(?: mich| uns)?,? {_CLAUSE['de']}",
    rf"(?:pourquoi|en quoi) {_SUBJECT['fr']} (?:est|serait|c'est|sont)(?:-(?:il|elle|ce))? {_MATTERS['fr']}",
    rf"pourquoi (?:c'est|est-ce) {_MATTERS['fr']} (?:de (?:savoir|connaître) )?{_SUBJECT['fr']}",
    rf"pourquoi {_SUBJECT['fr']} vous (?:intéresse|importe)",
    rf"pourquoi (?:vous (?:avez besoin de|voulez|devez)|avez-vous besoin de|voulez-vous|devez-vous) savoir {_CLAUSE['fr']}",
    rf"pourquoi (?:vous me demandez|me demandez-vous|vous demandez|demandez-vous) {_CLAUSE['fr']}",
    rf"(?:por qué|porque|por que) (?:es|sería) {_MATTERS['es']}(?: (?:saber|conocer))? {_SUBJECT['es']}{_FOR_YOU['es']}",
    rf"(?:por qué|porque|por que) {_SUBJECT['es']} (?:es|sería) {_MATTERS['es']}",
    rf"(?:por qué|porque|por que) (?:les|le|te|os) (?:importa|interesa) {_SUBJECT['es']}",
    rf"(?:por qué|porque|por que|pq|para qué|para que) (?:necesitan|necesita|necesitas|quieren|quiere|quieres|tienen que"
    rf"|tiene que) saber {_CLAUSE['es']}",
    rf"(?:por qué|porque|por que) (?:me )?(?:preguntan|pregunta|preguntas) {_CLAUSE['es']}",
    rf"(?:porque|por que|porquê)(?: é que)? {_SUBJECT['pt']} é {_MATTERS['pt']}",
    rf"(?:porque|por que|porquê)(?: é que)? é {_MATTERS['pt']}(?: (?:saber|conhecer))? {_SUBJECT['pt']}{_FOR_YOU['pt']}",
    rf"(?:porque|por que|porquê)(?: é que)? (?:(?:vocês|você) )?(?:se )?(?:importa|importam|interessa|interessam)(?: com)? {_SUBJECT['pt']}",
    rf"(?:porque|por que|porquê|pq|para que|pra que)(?: é que)? (?:vocês |você |o senhor |a senhora )?(?:precisam|precisa"
    rf"|querem|quer|têm que|tem que|têm de|tem de) (?:de )?saber {_CLAUSE['pt']}",
    rf"(?:porque|por que|porquê)(?: é que)? (?:vocês |você )?(?:me )?(?:perguntam|pergunta) {_CLAUSE['pt']}",
    rf"perch[éè] (?:è|sarebbe) {_MATTERS['it']}(?: (?:sapere|conoscere))? {_SUBJECT['it']}{_FOR_YOU['it']}",
    rf"perch[éè] {_SUBJECT['it']} (?:è|sarebbe) {_MATTERS['it']}",
    rf"(?:perch[éè]|a cosa|a che) (?:vi |le |ti )?(?:serve|interessa) sapere {_CLAUSE['it']}",
    rf"perch[éè] (?:volete|vuole|vuoi|dovete|deve) sapere {_CLAUSE['it']}",
    rf"perch[éè] (?:mi )?(?:chiedete|chiede|chiedi) {_CLAUSE['it']}",
    rf"waarom (?:is|zijn) {_SUBJECT['nl']} {_MATTERS['nl']}",
    rf"waarom (?:doet|maakt) {_SUBJECT['nl']} (?:(?:voor (?:jullie|u|je)) )?(?:(?:eigenlijk|überhaupt|nou) )*(?:ertoe|uit)",
    rf"waarom (?:willen jullie|wilt u|wil je|moeten jullie|moet u|moet je)(?: (?:eigenlijk|nou))? weten,? {_CLAUSE['nl']}",
    rf"waarom (?:vragen jullie|vraagt u|vraag je)(?: (?:eigenlijk|nou))?,? {_CLAUSE['nl']}",
)

_WHY = "|".join((
    *_WHY_IT_MATTERS,
    # en
    rf"why(?: (?:do|would|should|did|does) you(?: guys)?(?: (?:really|even|actually|exactly|honestly))* (?:need|want|ask|care|wanna|require|have to know)"
    rf"(?: to know| to ask)?(?: (?:about )?{_OBJECT})?(?: for)?)?",
    rf"why (?:are|r) you asking(?: me)?(?: (?:about )?{_OBJECT})?",
    rf"why (?:do|would|should|did|does) you(?: guys)?(?: (?:really|even|actually|exactly|honestly))* (?:need|want|ask for|ask about|require)"
    rf"(?: to know)? {_THING['en']}(?: (?:and|or) {_THING['en']})?",
    rf"why {_DEMONSTRATIVE}(?: question)?",
    rf"why (?:does|do|would|should) {_OBJECT} (?:matter|count)",
    rf"why (?:is|'s|would) {_OBJECT} (?:be )?(?:relevant|important|needed|necessary|of interest|your business)",
    rf"what(?:'s| is| do you need| would you need| will you need| are you asking) {_OBJECT} for",
    rf"what (?:do|would|will) you (?:want|need|use) {_THING['en']} for",
    rf"what (?:do|will|would) you (?:do|use) with {_DEMONSTRATIVE}(?: info| information| answer)?",
    rf"how is {_OBJECT} relevant|what(?:'s| is| does) (?:it|that) (?:to you|matter)|what for|for what|why do you ask",
    rf"what(?:'s| is) the (?:reason|point)(?: (?:for|of) {_OBJECT})?",
    # de
    r"(?:warum|wieso|weshalb|wozu|wofür)(?: (?:brauchen|möchten|wollen|fragen|benötigen) (?:sie|ihr)(?: (?:das|dies|es|danach"
    r"|(?:meine|unsere|mein|unser|ihre|die|den) [\w-]+))?(?: (?:wissen|denn|genau))?)?",
    r"(?:warum|wieso|weshalb) (?:ist|sind) (?:das|dies|es) (?:wichtig|relevant|nötig|notwendig)",
    # (a filler between: "Wozu brauchen Sie eigentlich unser Budget?", "Warum brauchen Sie denn meine E-Mail?")
    rf"(?:warum|wieso|weshalb|wozu|wofür) (?:brauchen|möchten|wollen|fragen|benötigen) (?:sie|ihr)(?: (?:denn|eigentlich|überhaupt|genau|wirklich))* {_THING['de']}"
    r"(?: (?:wissen|denn|genau))?",
    r"(?:wozu|wofür) (?:ist|dient) (?:das|dies|es)(?: gut)?|was (?:machen|tun) sie (?:damit|mit dieser angabe)",
    # fr
    r"pourquoi(?: (?:vous avez besoin de|avez-vous besoin de|vous voulez|voulez-vous|vous me demandez|me demandez-vous"
    r"|vous demandez|demandez-vous)(?: (?:savoir|le savoir))?(?: (?:ça|cela|ceci|mon \w+|ma \w+|notre \w+))?)?",
    r"pourquoi (?:cette question|ça|cela)|pourquoi (?:c'est|est-ce) (?:important|nécessaire|utile)",
    rf"pourquoi (?:vous avez besoin de|avez-vous besoin de|vous voulez|voulez-vous|vous me demandez|me demandez-vous"
    rf"|vous demandez|demandez-vous)(?: (?:savoir|connaître))? {_THING['fr']}",
    r"(?:ça|cela) sert à quoi|à quoi (?:ça|cela) (?:sert|vous sert)|c'est pour quoi(?: faire)?|pour quoi faire|pour quelle raison",
    rf"pourquoi (?:demander|savoir|connaître|vouloir) {_THING['fr']}",
    # es
    r"(?:por qué|porque|por que|pq|xq)(?: (?:lo |me lo |me )?(?:necesita|necesitan|necesitas|quiere|quieren|quieres"
    r"|pregunta|preguntan|preguntas)(?: (?:saber|saberlo))?(?: (?:eso|esto|mi \w+|nuestro \w+|nuestra \w+))?)?",
    r"(?:por qué|porque) (?:es|sería) (?:importante|necesario|relevante)",
    rf"(?:por qué|porque|por que|pq|xq|para qué|para que) (?:necesitan|necesita|necesitas|quieren|quiere|quieres"
    rf"|preguntan|pregunta|preguntas|piden|pide)(?: (?:realmente|de verdad|exactamente))?(?: (?:saber|conocer))? {_THING['es']}",
    r"(?:y )?(?:eso|esto) (?:para qué|pa qué)(?: sirve| es)?|para qué(?: (?:es|sirve|quiere|quieren|necesita|necesitan"
    r"|lo necesita|lo necesitan|lo quiere|lo quieren)(?: (?:eso|esto|saber|saberlo))?)?",
    # pt
    r"(?:porque|por que|porquê|pq)(?: é que)?(?: (?:vocês |você |o senhor |a senhora )?(?:precisa|precisam|quer|querem"
    r"|pergunta|perguntam)(?: (?:de )?(?:saber|isso|disso))*)?",
    r"(?:para|pra) (?:que|quê)(?: (?:é|serve)(?: isso)?| (?:vocês |você )?(?:precisa|precisam|quer|querem)(?: (?:de )?(?:saber|isso|disso))*)?",
    r"(?:porque|por que) é (?:importante|necessário)",
    rf"(?:porque|por que|porquê|pq|para que|pra que)(?: é que)? (?:vocês |você )?(?:precisam|precisa|querem|quer"
    rf"|perguntam|pergunta|pedem|pede)(?: (?:mesmo|realmente|exatamente))?(?: de)?(?: (?:saber|conhecer))? {_THING['pt']}",
    # it
    r"perché(?: (?:vi|le|ti) (?:serve|servono|interessa)(?: (?:saperlo|questo|sapere questo))?| (?:me lo |lo )?(?:chiedete|chiede|chiedi)"
    r"| (?:volete|vuole|vuoi) saperlo| (?:è|sarebbe) (?:importante|necessario|rilevante)| questa domanda)?",
    r"a (?:cosa|che cosa|che) (?:vi |le |ti )?serve(?: (?:saperlo|questo|questa informazione))?",
    rf"(?:perché|perchè|a cosa|a che cosa|a che) (?:vi |le |ti )?(?:serve|servono|interessa|interessano|chiedete|chiede"
    rf"|volete|vuole)(?: (?:davvero|veramente|esattamente|proprio))?(?: (?:sapere|conoscere))? {_THING['it']}",
    # nl
    r"waarom(?: (?:wilt u|willen jullie|wil je|vraagt u|vragen jullie|vraag je|hebt u|heeft u|hebben jullie|heb je)"
    r"(?: (?:dat|dit|het))?(?: (?:weten|nodig))?| is (?:dat|dit|het) (?:belangrijk|nodig|relevant)| deze vraag)?",
    r"waarvoor(?: (?:is|dient) (?:dat|dit|het)| (?:hebt u|heeft u|hebben jullie) (?:dat|dit|het) nodig)?",
    r"waar (?:is|dient) (?:dat|dit|het) voor(?: nodig)?|waar hebben jullie (?:dat|dit|het) voor nodig",
    rf"(?:waarom|waarvoor) (?:hebben jullie|heeft u|hebt u|heb je|willen jullie|wilt u|wil je|vragen jullie|vraagt u"
    rf"|vraag je)(?: (?:eigenlijk|nou|precies|echt))? {_THING['nl']}(?: (?:nodig|weten))?",
))
_MUST = "|".join((
    # en
    rf"do i (?:have|need|got) to (?:answer|say|tell you|reply to|respond to|fill in|share|give you)(?: {_OBJECT})?",
    rf"(?:is|'s|isn't) {_OBJECT}(?: question)? (?:required|mandatory|necessary|compulsory|obligatory|optional|needed|a must)",
    rf"must i (?:answer|say|tell you)(?: {_OBJECT})?",
    rf"(?:can|could|may) i (?:skip|pass on|pass|not answer|leave out|leave|ignore|decline|skip answering)(?: {_OBJECT})?(?: out)?",
    rf"(?:what|and) if i (?:don't|do not|would rather not|'d rather not|prefer not to|won't)(?: want to)?"
    rf"(?: (?:answer|say|tell you|share))?(?: {_OBJECT})?",
    rf"do you (?:really |actually )?(?:need|have to (?:know|have)) {_OBJECT}",
    r"(?:is|are) (?:this|these|the) (?:questions? )?optional|optional",
    # de
    r"muss ich (?:das |dies |darauf |die frage )?(?:beantworten|antworten|sagen|angeben)",
    r"(?:ist|sind) (?:das|dies|es|die frage|die angabe) (?:pflicht|verpflichtend|erforderlich|notwendig|nötig|optional|freiwillig"
    r"|ein muss|zwingend)",
    r"(?:kann|darf) ich (?:das |dies |die frage |diese frage )?(?:überspringen|auslassen|weglassen|offen lassen)",
    r"(?:kann|darf) ich (?:darauf )?nicht antworten|brauchen sie das wirklich",
    rf"muss ich (?:ihnen |euch |dir )?{_THING['de']} (?:angeben|nennen|sagen|beantworten|verraten|geben|mitteilen)",
    # fr
    r"(?:est-ce que )?je (?:dois|suis obligée? de|suis obligée? d') ?(?:vous )?(?:répondre|le dire|vous le dire)(?: à (?:ça|cela|cette question))?",
    r"(?:c'est|est-ce|ce n'est pas|c'est vraiment) (?:obligatoire|nécessaire|facultatif|optionnel|indispensable)",
    r"(?:est-ce que )?je peux (?:passer|sauter|ne pas répondre|ignorer)(?: (?:cette question|la question|ça))?",
    r"(?:vous avez|avez-vous) (?:vraiment )?besoin de (?:ça|cela|le savoir)",
    # es
    r"(?:tengo que|debo|hace falta) (?:responder|contestar)(?: (?:a )?(?:eso|esto|esta pregunta))?",
    rf"(?:es|sería) (?:obligatorio|necesario|opcional|imprescindible)(?: (?:dar |poner )?{_THING['es']})?",
    r"(?:puedo|se puede) (?:saltar|saltarme|omitir|no responder|no contestar|pasar|dejar)(?: (?:esto|eso|esta pregunta|esta))?"
    r"(?: en blanco)?",
    # pt
    r"(?:tenho (?:de|que)|preciso|devo) (?:responder|dizer)(?: (?:a )?(?:isso|isto|esta pergunta|essa pergunta))?",
    r"(?:é|isso é) (?:obrigatório|necessário|opcional|facultativo)",
    r"(?:posso|dá para|da pra) (?:saltar|pular|não responder|passar|deixar)(?: (?:esta|essa|isso|esta pergunta|essa pergunta))?"
    r"(?: em branco)?",
    # it
    r"devo(?: per forza| proprio)? (?:rispondere|dirlo|dirvelo)(?: a (?:questa domanda|questo))?",
    r"(?:è|e') (?:obbligatori[oa]|necessari[oa]|facoltativ[oa]|opzionale)",
    r"posso (?:saltare|saltarla|non rispondere|evitare|lasciare)(?: (?:questa domanda|questa|questo|in bianco))?",
    # nl
    r"moet ik (?:dat |dit |daar |daarop |deze vraag )?(?:beantwoorden|antwoorden|op antwoorden|zeggen|invullen)",
    r"is (?:dat|dit|het|deze vraag) (?:verplicht|nodig|noodzakelijk|optioneel|vrijwillig)",
    r"(?:kan|mag) ik (?:dat |dit |deze vraag |die vraag )?(?:overslaan|niet beantwoorden|leeg laten)",
))
_MEANING = "|".join((
    # en
    r"what do you mean(?: by (?:that|this|it|\w+(?: \w+)?))?|what does (?:that|this|it) mean|meaning\?*",
    r"i don't (?:understand|get)(?: the question| what you mean| that)?|i'm not sure what you mean|not sure what you mean",
    r"what(?:'s| is) (?:meant|the question)|like what|such as|for example",
    # de
    r"was meinen sie(?: damit)?|wie meinen sie das|was heißt das|was ist damit gemeint|was bedeutet das"
    r"|ich verstehe (?:die frage|das) nicht|wie ist das gemeint",
    # fr
    r"qu'est-ce que vous voulez dire(?: par là)?|que voulez-vous dire|c'est-à-dire|c'est à dire|ça veut dire quoi"
    r"|qu'entendez-vous par là|je ne comprends pas(?: la question)?|je comprends pas(?: la question)?",
    # es
    r"qué (?:quiere|quieres|quieren) decir(?: con eso)?|a qué se refiere|a qué te refieres|no entiendo(?: la pregunta)?"
    r"|cómo que|qué significa (?:eso|esto)",
    # pt
    r"o que (?:quer|querem) dizer(?: com isso)?|como assim|não (?:percebo|entendo|percebi|entendi)(?: a pergunta)?"
    r"|o que significa (?:isso|isto)",
    # it
    r"cosa (?:intende|intendete|intendi|vuol dire|significa)(?: (?:con questo|dire))?|che cosa intende|non capisco(?: la domanda)?"
    r"|in che senso",
    # nl
    r"wat bedoelt u(?: daarmee)?|wat bedoel je(?: daarmee)?|wat betekent dat|ik begrijp (?:de vraag|het) niet|hoe bedoelt u",
))
_KINDS = (("must", _MUST), ("why", _WHY), ("meaning", _MEANING))



_COMPILED = tuple(
    (kind, re.compile(_swiss(rf"(?:(?:{_OPENING})\b[\s,.!:-]*)*(?:{pattern})(?:[\s,]+(?:{_CLOSING}))*")))
    for kind, pattern in _KINDS
)
_MARKS = re.compile(r"[¿¡?!.…]+|\s+")


def _plain(text: Text | str) -> str:
    """The message in lower case, with straight apostrophes and "ß" as "ss" (``_swiss``)."""
    raw = text.original if isinstance(text, Text) else text
    return _swiss(Text.of(raw).lower.replace("’", "'"))


def about_the_question(text: Text | str) -> str | None:
    """``"why"``, ``"must"`` or ``"meaning"`` for a message that only asks that about the question asked; else None."""
    lower = _plain(text)
    if len(lower.split()) > MAX_WORDS or re.search(r"\d|@", lower):
        return None
    said = _MARKS.sub(" ", lower).strip(" ,;:-")
    if not said:
        return None
    for kind, pattern in _COMPILED:
        if pattern.fullmatch(said):
            return kind
    return None


def named_attribute(text: Text | str) -> str | None:
    """The lead attribute a question about the question names ("why do you need my email?" -> ``"email"``,
    "¿por qué preguntan nuestra facturación?" -> ``"revenue"``, "do I have to give you my phone number?" ->
    ``"phone"``); None when it names none ("why?", "why do you need that?") or asks nothing about the question.
    The earliest attribute named, the longest phrase where one holds another ("company name", not "company")."""
    if about_the_question(text) is None:
        return None
    said = _MARKS.sub(" ", _plain(text))
    found = [(m.start(), -len(m.group()), slot) for slot, pattern in _ATTRIBUTE_RE.items() for m in pattern.finditer(said)]
    return min(found)[2] if found else None
