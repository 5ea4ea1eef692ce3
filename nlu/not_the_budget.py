"""Sums and figures the visitor says that are not the budget they set (issue 14: only what the visitor said).

``nlu.money`` finds the money in a message and calls these readers on each figure it would take as a budget; each
one says why the figure is something else. They read the text as ``nlu.english`` rewrites it for the readers of
figures, so the other six languages' words are here as the rewrite leaves them ("notre agence actuelle facture" ->
"notre agence actuelle invoice", "reichen 3000 €?" stays).

- a count, not money: a bare figure said of what is counted before it ("new-patient bookings, currently ~600/month",
  "Besucher: etwa 40.000 pro Monat"), or said after a count as that count now ("~22k visits/month in 2023, now it's
  like 6k");
- another party's price: what a provider the visitor has charges ("the current guy charges 2k", "notre agence
  actuelle facture 1500 €", "unser jetziger Anbieter nimmt 900 im Monat"), or a quote someone sends ("das Angebot
  über 18.500 €");
- what the visitor's business owns, raises or sells at: assets, funding, contract values and deal sizes ("~$900M in
  assets", "we raised 2M", "ACVs between 40 and 120k", "ticket médio de 5 mil");
- a sum asked about: whether it is enough ("is 3000 enough?", "reichen 3000?", "¿con 3000 alcanza?").
"""

from __future__ import annotations

import re

from nlu import stance
from nlu.patterns import lazy_compile
from nlu.text import Text

# What a business counts, in the seven languages as the rewrite leaves them: bookings, visits, orders, requests...
_COUNTED_NOUN = lazy_compile(
    r"\b(?:bookings|reservations|orders|visits|visitors|sessions|users|leads|calls|enquiries|inquiries|sign-?ups|"
    r"customers|patients|appointments|installs|downloads|followers|subscribers|traffic|footfall|page ?views|pageviews|"
    r"impressions|clicks|views|transactions|tickets|deliveries|shipments|guests|covers|students|members|applications|"
    r"demos|requests|conversions|headcount|head count|"
    r"buchungen|reservierungen|bestellungen|besucher(?:innen)?|besuche|anfragen|kunden|patienten|termine|zugriffe|aufrufe|"
    r"r(?:é|e)servations|commandes|visites|visiteurs|demandes|rendez-vous|appels|trafic|"
    r"reservas|pedidos|visitas|visitantes|consultas|clientes|pacientes|citas|llamadas|tr(?:á|a)fico|"
    r"marca(?:ç|c)(?:õ|o)es|encomendas|contactos|contatos|tr(?:á|a)fego|"
    r"prenotazioni|ordini|visite|visitatori|richieste|clienti|pazienti|appuntamenti|chiamate|traffico|"
    r"boekingen|reserveringen|bestellingen|bezoeken|bezoekers|aanvragen|klanten|pati(?:ë|e)nten|afspraken|verkeer)\b"
)
# What may stand between the noun counted and its figure: a verb of being, hedges, "now", punctuation
# ("bookings, currently ~", "traffic is around", "Besucher: about", "las visitas son about", "o tráfego é of about").
_TO_THE_FIGURE = lazy_compile(
    r"(?:[\s,:;()~≈=-]|\b(?:is|are|was|were|at|of|about|around|roughly|approx|approximately|like|maybe|probably|"
    r"currently|now|right now|today|these days|at the moment|atm|rn|it'?s|its|it is|only|just|still|sits at|sitting at|"
    r"running at|est|es|ist|sind|sont|son|sono|(?:è|é|e)|zijn|s(?:ã|a)o|mismo|de|di|van|um|bei|liegt bei|liegen bei|"
    r"tourne autour de|ronda|rondan|gira|girano|ligt|liggen)\b)*"
)
_COUNT_BEFORE_ITS_NOUN = lazy_compile(r"\d\s*(?:k|m)?\s+(?:[\w-]+\s+)?$")
# What may stand before a figure in its clause for it to carry on the count said before ("now it's like", "currently").
_CARRIED_ON = lazy_compile(
    r"(?:[\W_]|\b(?:now|currently|today|these days|at the moment|atm|rn|it'?s|its|it is|like|about|around|roughly|"
    r"approx|maybe|probably|only|just|down to|up to|barely|mismo|est|es|ist|(?:è|é)|is|het is|dat is|more like)\b)*"
)
_MONEY_WORD = lazy_compile(
    r"[$€£¥₹]|\b(?:budget\w*|spend\w*|spent|pay|paying|paid|cost|costs|invest\w*|afford|fee|fees|retainer|price|prices|"
    r"revenue|turnover|sales|euros?|dollars?|pounds?|bucks|quid|usd|eur|gbp|chf|we|i|our|wir|nous|on|nosotros|noi|wij)\b"
)


def counted(text: Text, start: int, value: float, clause: tuple[int, int], counts_before: list[tuple[int, int, float]]) -> bool:
    """Whether a bare figure (no currency, no word of money) counts what the sentence counts: a noun counted right
    before it with only a verb of being and hedges between ("bookings, currently ~600/month", "traffic is around
    15k"), or a count said before it in the sentence, of its order, that its clause carries on ("~22k visits/month in
    2023, now it's like 6k"). ``counts_before``: each figure said as a count before it (start, end, value)."""
    lower = text.lower
    sentence = stance.sentence_at(text, start)
    nouns = [m for m in _COUNTED_NOUN.finditer(lower, sentence[0], start)]
    if nouns and _TO_THE_FIGURE.fullmatch(lower, nouns[-1].end(), start) and not _COUNT_BEFORE_ITS_NOUN.search(lower, sentence[0], nouns[-1].start()):
        # (not a noun counted already: "we have about 200 customers, 5k a month" says no count of the 5k)
        return True
    said = [c for c in counts_before if sentence[0] <= c[0] and c[1] <= clause[0] and c[2] / 10 <= value <= c[2] * 10]
    if not said or not _CARRIED_ON.fullmatch(lower, clause[0], start):
        return False
    return not _MONEY_WORD.search(lower, said[-1][1], start)


# A provider the visitor has now or had, as the subject of what it charges: "current guy charges", "our agency bills
# us", "notre agence actuelle invoice", "unser jetziger anbieter nimmt", "nuestra agencia actual nos cobra", "o
# freelancer atual cobra", "l'agenzia attuale ci chiede", "ons huidige bureau rekent", "another agency wollte".
_PROVIDER = (
    r"(?:agenc(?:y|ies)|agence|agentur|agencia|ag(?:ê|e)ncia|agenzia|bureau|guy|guys|freelancer|freelance|vendor|"
    r"supplier|provider|contractor|consultant|consultancy|firm|dev|developer|designer|marketer|"
    r"anbieter|dienstleister|lieferant|berater|typ|prestataire|fournisseur|mec|proveedor|consultor|chico|tipo|"
    r"fornecedor|prestador|cara|fornitore|consulente|ragazzo|tizio|leverancier|aanbieder|dienstverlener|adviseur|gast|"
    r"webdesigner|webbureau|marketingbureau|online marketing bureau)"
)
_CHARGES = (
    r"(?:charges|charged|charging|bills|billed|billing|invoices|invoiced|invoice|quotes|quoted|asks|asked|asking|wants|"
    r"wanted|takes|took|costs|cost|is costing|nimmt|nahm|berechnet|berechnete|verlangt|verlangte|will|wollte|kostet|"
    r"kostete|prend|prenait|demande|demandait|facture|factur(?:e|ait)|factura|facturaba|cobra|cobr(?:ó|o)|cobraba|"
    r"cobrava|cobrou|pide|pidi(?:ó|o)|ped(?:e|iu)|chiede|chiedeva|ha chiesto|fa pagare|faceva pagare|prende|prendeva|"
    r"rekent|rekende|vraagt|vroeg|factureert|kost|kostte)"
)
_A_PROVIDER_CHARGES = lazy_compile(
    rf"(?<![\w'])(?P<det>(?:[\w'-]+\s+){{0,2}}){_PROVIDER}\b(?P<between>[^.;!?\d]{{0,30}}?)\b{_CHARGES}\b"
    r"(?:\s+(?:us|me|uns|mir|nous|me|nos|ci|mi|ons|mij))?\s*(?:about\s+|around\s+|roughly\s+|like\s+|~\s*|only\s+|over\s+)?"
    r"(?:[a-z]{0,3}[$€£¥₹]\s*)?$"
)
# German and Dutch say the participle after the sum: "another agency hat 12.000 € verlangt", "ons huidige bureau heeft
# 1.500 euro per maand gerekend", "een ander bureau heeft 12.000 euro gevraagd".
_A_PROVIDER_HAS = lazy_compile(
    rf"(?<![\w'])(?P<det>[\w']+\s+)?(?:(?:[\w-]+)\s+)?{_PROVIDER}\b\s+(?:hat|hatte|haben|heeft|had|hebben)\b[^.;!?\d]{{0,25}}$"
)
_CHARGED_AFTER = lazy_compile(
    r"[^.;!?,\d]{0,30}?\b(?:verlangt|berechnet|gekostet|angeboten|veranschlagt|in rechnung gestellt|gerekend|gevraagd|"
    r"geoffreerd|gefactureerd|aangerekend|gekost)\b"
)
# An indefinite provider with a relative clause is one the visitor looks for, whose price is a wish: "an agency that
# charges 2k a month" ("an agency charged us 12k" is one that did).
_INDEFINITE = lazy_compile(r"(?<![\w'])(?:a|an|any|some|un|une|uno|una|um|uma|ein|eine|einen|een)\s")
_RELATIVE = lazy_compile(r"\b(?:that|who|which|que|qui|die|der|welche|welcher|che|dat|wat)\b")
# The visitor's own wish about the sum, after it in its clause: "... would be fine", "that's what we can do".
_WISH_AFTER = lazy_compile(
    r"[^.;!?]{0,30}?\b(?:would be (?:fine|ok|okay|great|ideal|good)|is (?:fine|ok|okay)|works for us|we can (?:do|pay|afford)|"
    r"we could|we'?d|budget|max|tops|our limit)\b"
)
# A quote or an offer of a sum: "das Angebot über 18.500 €" ("a quote over 18.500 €"), "un devis de 12 000 €", "una
# cotización de", "un preventivo di", "een offerte van" (not Spanish "presupuesto" nor Portuguese "orçamento", which
# are the budget too).
_QUOTE_OF = lazy_compile(
    r"\b(?:quote|quotation|offer|proposal|estimate|angebot|kostenvoranschlag|devis|cotizaci(?:ó|o)n|propuesta|proposta|"
    r"preventivo|offerte)\s+(?:of|over|for|about|around|at|von|(?:ü|u)ber|de|d'|di|da|van|voor|por|pour|per)\s*"
    r"(?:about\s+|around\s+|roughly\s+|~\s*)?(?:[a-z]{0,3}[$€£¥₹]\s*)?$"
)
# The price said again as what the visitor will spend: "we want to spend about the same", "keep it at that".
_SAME_AGAIN = lazy_compile(
    r"\b(?:the same|similar|as much|that much|match (?:that|it)|(?:stay|keep it|stick)\s+(?:at |around |with )?(?:that|the same))\b"
)
_CEILING_OF_A_REQUEST = lazy_compile(r"\b(?:max|maximum|up to|under|below|no more than|at most)\s*(?:[$€£]\s*)?$")


def anothers_price(text: Text, start: int, end: int, clause: tuple[int, int], symbol_start: int) -> bool:
    """Whether the sum is what a provider the visitor has charges, or a quote someone gives them."""
    lower = text.lower
    sentence = stance.sentence_at(text, start)
    if _QUOTE_OF.search(lower, max(sentence[0], symbol_start - 40), symbol_start):
        return not _CEILING_OF_A_REQUEST.search(lower, max(sentence[0], symbol_start - 12), symbol_start)
    found = _A_PROVIDER_CHARGES.search(lower, max(sentence[0], symbol_start - 70), symbol_start)
    if found is None and _CHARGED_AFTER.match(lower, end, clause[1]):
        found = _A_PROVIDER_HAS.search(lower, max(sentence[0], symbol_start - 70), symbol_start)
    if found is None:
        return False
    if _INDEFINITE.search(found.group("det") or "") and _RELATIVE.search(found.groupdict().get("between") or ""):
        return False  # "an agency that charges 2k a month would be fine": the provider the visitor wants
    if _SAME_AGAIN.search(lower, end, sentence[1]):
        return False  # "our agency charges 2k a month, we want to spend about the same": the price restated as theirs
    return _WISH_AFTER.match(lower, end, clause[1]) is None


# What the business owns, raises or sells at, named right after the sum ("~$900M in assets", "2M in funding", "900
# Mio. € an Vermögen", "2 milioni di euro di finanziamento") or right before it ("we raised 2M", "our ACV is 20k",
# "ACVs between 40 and 120k", "ticket médio de 5 mil", rewritten "average deal of 5k").
_HOLDING_AFTER = lazy_compile(
    r"\s*(?:(?:of\s+|de\s+|di\s+)?(?:[a-z]{0,3}[$€£¥₹]|euros?|dollars?|pounds?|reais|francs?|usd|eur|gbp|chf))?\s*"
    r"(?:(?:in|of|an|aan|de|di|em|en|at|d')\s+)?(?:assets|aum|funding|financing|venture (?:capital|funding)|seed (?:funding|money|round)|"
    r"under management|in aum|raised|"
    r"verm(?:ö|oe)gen|finanzierung|risikokapital|eingesammelt|eingeworben|actifs|lev(?:é|e)e de fonds|financement|"
    r"activos|financiaci(?:ó|o)n|inversi(?:ó|o)n|capital riesgo|ativos|financiamento|investimento|aporte|attivi|patrimonio|"
    r"finanziamento|finanziamenti|vermogen|financiering|investering|opgehaald)\b"
)
_HOLDING_BEFORE = lazy_compile(
    r"\b(?:aum|assets under management|(?:our |total )?assets|acvs?|tcvs?|arpa|arpu|ltv|aov|average (?:deal|order|contract|ticket|basket|sale|invoice)s?(?:\s+(?:sizes?|values?))?|"
    r"deal sizes?|ticket (?:size|m(?:é|e)dio|moyen)|panier moyen|scontrino medio|"
    # the average price of what the business sells ("average price around 15k", "prezzo medio sui 15 mila", "prix moyen
    # de 15 000 €", "precio medio de", "preço médio de", "Durchschnittspreis von", "gemiddelde prijs van")
    r"(?:average|avg\.?|mean|typical) (?:selling |sale |sales |unit |ticket )?price|prezzo medio|prix moyen|precio (?:medio|promedio)|"
    r"pre(?:ç|c)o m(?:é|e)dio|durchschnitt(?:s|licher )?(?:verkaufs)?preis|gemiddelde (?:verkoop)?prijs|"
    r"(?:taille|valeur) moyenne (?:of |de |d')?(?:nos |des )?(?:contrats|commandes|paniers|ventes)|"
    r"(?:our|the) deals (?:are|run|go)|(?:our|the) contracts (?:are|run|go))\b"
    r"(?:\s+(?:is|are|was|were|of|at|about|around|roughly|typically|usually|mostly|between|from|ranging from|range from|"
    r"range between|runs?|sits?|est|es|ist|(?:è|é)|is|liegt bei|de|di|van|bei|~|approx|like))*\s*(?:[a-z]{0,3}[$€£¥₹]\s*)?$"
)
# Funding raised, right before the sum: "we raised 2M", "a seed round of 1.5M", "nous avons levé 2 M€", "hemos
# levantado 2 millones", "levantamos 2 milhões", "abbiamo raccolto 2 milioni" (not "the budget was raised from 10k to 14k").
_RAISED_BEFORE = lazy_compile(
    r"\b(?:raised|raising|closed|secured|a (?:seed|series [a-e]) (?:round )?of|(?:seed|series [a-e]|funding) round of|"
    r"lev(?:é|e)|lev(?:é|e)e de fonds de|levantado|levantamos|levantou|recaudado|recaudamos|captamos|captado|captou|raccolto|raccolti)"
    r"\s+(?:a\s+)?(?:about\s+|around\s+|roughly\s+|~\s*|nearly\s+|almost\s+|over\s+|just over\s+|just under\s+)?(?:[a-z]{0,3}[$€£¥₹]\s*)?$"
)
_CHANGED_TO = lazy_compile(r"\braised\s+(?:it|that|this|the budget|our budget|the spend)?\s*(?:up\s+)?to\s*(?:[$€£]\s*)?$")


# What the visitor's business lets or sells, each unit at a price: "berths go for $450/month", "rooms go for €120 a
# night", "memberships are $89/month", and the other languages as the rewrite leaves them ("die Liegeplätze kosten",
# "nos chambres sont in 120 €", "las habitaciones cuestan", "i posti barca costano", "os quartos custam", "een
# ligplaats kost"); or, after the business says it lets or sells them, "die kosten 450 €" ("wir vermieten Liegeplätze,
# die kosten 450 € im Monat"). What a budget buys is never priced that way.
_UNIT_SOLD = (
    r"(?:berths?|moorings?|slips|rooms?|suites?|memberships?|classes|lessons|courses|tickets|seats|pitches|plots|apartments|"
    r"cabins|villas|tables|treatments|packages|tours|rentals|boxes|desks|offices|units|"
    r"liegepl(?:ä|ae)tze|liegeplatz|zimmer|mitgliedschaften|kurse|stellpl(?:ä|a)tze|"
    r"chambres|nuit(?:é|e)es|abonnements|places|emplacements|"
    r"habitaciones|membres(?:í|i)as|clases|entradas|plazas|amarres|"
    r"camere|posti barca|posti letto|abbonamenti|corsi|biglietti|ormeggi|"
    r"quartos|4ᵒˢ|mensalidades|aulas|ingressos|vagas|"
    r"kamers|ligplaats(?:en)?|abonnementen|lessen|kaartjes|plaatsen)"
)
_UNIT_PRICED_BEFORE = lazy_compile(
    rf"\b{_UNIT_SOLD}\s+(?:(?:go|goes|sell|sells|rent|rents|run|runs|cost|costs|are|is|start|starts|retail|retails|"
    r"kosten|kostet|sont|est|co(?:û|u)tent|co(?:û|u)te|cuestan|cuesta|son|costano|costa|sono|custam|custa|s(?:ã|a)o|kost|zijn)\s+)"
    r"(?:(?:out\s+)?(?:for|at|from|in|à|a|more than|about|around|roughly|~)\s+)*(?:[a-z]{0,3}[$€£¥₹]\s*)?$"
)
_LETS_OR_SELLS = lazy_compile(
    r"\b(?:we|wir|nous|on|wij)\s+(?:let|rent out|rent|sell|vermieten|verkaufen|louons|vendons|loue|vend|verhuren|verkopen)\b"
)
_THEY_COST = lazy_compile(r"\b(?:die|sie|they|which|elles|ils|ellas|ellos|esse|essi|elas|eles|ze|die)\s+(?:kosten|cost|co(?:û|u)tent|cuestan|costano|custam|kosten)\s*(?:[$€£]\s*)?$")
# A sum each night, person, ticket or seat: a price of what is sold, never a budget ("€120 a night", "120 € la nuit",
# "120 € pro Nacht", "a 120 € la noche", "a notte", "por noite", "per nacht", "par personne").
_PER_UNIT_AFTER = lazy_compile(
    r"\s*(?:[$€£]|euros?|eur|usd|gbp|dollars?)?\s*(?:/\s*|per\s+|a\s+|an\s+|each\s+|la\s+|le\s+|par\s+|por\s+|pro\s+|al\s+|a\s+)"
    r"(?:night|nuit|noche|notte|noite|nacht|person|personne|persona|pessoa|persoon|head|guest|pax|ticket|seat|cover|couvert|bed)\b"
)


_BUDGET_SAID = lazy_compile(r"\b(?:budget\w*|spend\w*|spent|invest\w*|afford|allocat\w*|set aside|earmarked|ausgeben|d(?:é|e)penser|gastar|spendere|gastar|uitgeven)\b")


def sold_each(text: Text, end: int, symbol_start: int) -> bool:
    """Whether the sum is the price the visitor's business lets or sells a unit at ("berths go for $450/month"), or
    a price each night, person or seat ("€120 a night")."""
    lower = text.lower
    clause = text.clause_at(symbol_start)
    if _BUDGET_SAID.search(lower, clause[0], symbol_start):
        return False  # "our budget for the rooms is 20k", "we'd spend 50 per guest on ads": what the visitor would spend
    if _PER_UNIT_AFTER.match(lower, end):
        return True
    window = max(0, symbol_start - 60)
    if _UNIT_PRICED_BEFORE.search(lower, window, symbol_start):
        return True
    sentence = stance.sentence_at(text, symbol_start)
    return bool(_THEY_COST.search(lower, window, symbol_start) and _LETS_OR_SELLS.search(lower, sentence[0], symbol_start))


# How many a venue holds, named right after a bare figure ("venue in the Cotswolds, 120 cap", "a 300 capacity room") or
# right before it ("capacity of 120", "capacité de 120", "Kapazität 120", "aforo de 120", "capienza di 120",
# "capacidade para 120", "capaciteit van 120"): a count of guests, not a ceiling on money.
_CAPACITY_AFTER = lazy_compile(r"[\s-]*(?:cap|capacity|seated|standing|seater|capacit(?:é|e)|kapazit(?:ä|ae)t|aforo|capienza|capacidade|capaciteit)\b")
_CAPACITY_BEFORE = lazy_compile(
    r"\b(?:capacity|capacit(?:é|e)|kapazit(?:ä|ae)t|aforo|capienza|capacidade|capaciteit|fassungsverm(?:ö|oe)gen|seats|holds|can hold|seating for)"
    r"\s*(?:of|is|for|:|de|d'|di|da|do|para|pour|per|van|von|f(?:ü|ue)r|voor|voo?r|with)?\s*(?:up to\s+|max(?:imum)?\s+|about\s+|around\s+|~\s*)?$")
_BARE_FIGURE = lazy_compile(r"\d[\d.,\s]*")


def a_capacity(text: Text, start: int, end: int) -> bool:
    """Whether a bare figure (no currency, no "k") is how many a venue holds, named right before or after it."""
    lower = text.lower
    if not _BARE_FIGURE.fullmatch(lower, start, end):
        return False
    return bool(_CAPACITY_AFTER.match(lower, end) or _CAPACITY_BEFORE.search(lower, max(0, start - 30), start))


# What the business's own customers pay it, right before the sum: "our customers pay 150 a month for the basic plan",
# and as the rewrite leaves "nuestros clientes pagan 150", "nos clients paient", "unsere Kunden zahlen", "i nostri clienti
# pagano", "os nossos clientes pagam", "onze klanten betalen": the business's price, not a budget.
_CUSTOMERS_PAY = lazy_compile(
    r"\b(?:customers?|clients?|users|members|patients|guests|subscribers|buyers|tenants|students|kunden|mitglieder|clientes|clienti|"
    r"klanten|leden|membres|miembros|membri|membros|pacientes|pazienti|patienten|alumnos|alunos|studenti|(?:é|e)l(?:è|e)ves)\s+"
    r"(?:(?:usually|typically|normally|generally|mostly|currently|now|on average|in average|today)\s+)?"
    r"(?:pay|pays|paid|are paying|spend|spends|pagan|pagam|pagano|paient|payent|zahlen|zahlten|betalen|betaalden|pag(?:ó|o)|pagaron)\s+"
    r"(?:us\s+|uns\s+|nous\s+|nos\s+|ci\s+|ons\s+)?(?:about\s+|around\s+|roughly\s+|~\s*|on average\s+|an average of\s+|between\s+|from\s+)?"
    r"(?:[a-z]{0,3}[$€£¥₹]\s*)?$")


# What one sale, auction or event took, right before the sum: "Our last sale did R48 million", and as the rewrite leaves
# "unsere letzte Auktion brachte", "notre dernière vente a fait", "nuestra última subasta hizo", "la nostra ultima asta
# ha fatto", "o nosso último leilão fez", "onze laatste veiling bracht ... op": one event's takings, neither the
# business's yearly revenue nor a budget.
_ONE_EVENT_TOOK = lazy_compile(
    r"\b(?:last|latest|recent|biggest|best|record|one|single|that|this|letzten?|letzter|letztes|gr(?:ö|oe)(?:ß|ss)te|derni(?:è|e)re?|"
    r"plus grande?|(?:ú|u)ltim[oa]|mayor|maior|pi(?:ù|u) grande|laatste|vorige|grootste)\s+(?:[\w-]+\s+)?"
    r"(?:sale|auction|event|show|launch|campaign|drop|project|weekend|festival|gig|concert|fair|auktion|versteigerung|veranstaltung|"
    r"messe|vente|ench(?:è|e)re|(?:é|e)v(?:é|e)nement|subasta|venta|evento|feria|asta|vendita|fiera|leil(?:ã|a)o|venda|feira|veiling|"
    r"verkoping|evenement|beurs)\s+(?:alone\s+)?"
    r"(?:did|made|brought in|grossed|took|raised|fetched|generated|turned over|brachte|erzielte|machte|einbrachte|"
    r"a fait|a rapport(?:é|e)|a g(?:é|e)n(?:é|e)r(?:é|e)|hizo|gener(?:ó|o)|recaud(?:ó|o)|factur(?:ó|o)|ha fatto|ha portato|ha generato|"
    r"ha incassato|fez|rendeu|gerou|faturou|bracht|haalde|deed|opbracht)\s+"
    r"(?:in\s+)?(?:about\s+|around\s+|roughly\s+|~\s*|over\s+|nearly\s+|almost\s+|just over\s+)?(?:[a-z]{0,3}[$€£¥₹]\s*|r\s?)?$")


def held_or_sold_at(text: Text, start: int, end: int, symbol_start: int) -> bool:
    """Whether the sum is the business's assets, the funding it raised, or what it sells at (a contract value, a deal
    size, a unit it lets or sells), named right before or after it; or a bare figure of how many a venue holds."""
    lower = text.lower
    if _HOLDING_AFTER.match(lower, end) or sold_each(text, end, symbol_start) or a_capacity(text, start, end):
        return True
    window = max(0, symbol_start - 60)
    if _CHANGED_TO.search(lower, window, symbol_start):
        return False  # "they raised it to 11k": the budget changed
    if _CUSTOMERS_PAY.search(lower, window, symbol_start) or _ONE_EVENT_TOOK.search(lower, window, symbol_start):
        return True  # "our customers pay 150 a month for the basic plan", "our last sale did R48 million"
    if _RAISED_BEFORE.search(lower, window, symbol_start) and not re.search(r"\b(?:budget|spend)\w*\s+(?:was |were |got |has been |is )?raised\s*$", lower[window:symbol_start]):
        return True
    return _HOLDING_BEFORE.search(lower, window, symbol_start) is not None


# Whether a sum is enough, asked: "is 3000 euros per month enough?", "reichen 3000?", "suffisent", "¿con 3000
# alcanza?", "é suficiente?", "bastano?", "is het genoeg", "volstaat".
_ENOUGH = lazy_compile(
    r"\b(?:enough|sufficient|adequate|realistic|doable|feasible|reasonable|"
    r"genug|ausreichend|reicht|reichen|langt|langen|"
    r"assez|suffisant|suffisante|suffisants|suffit|suffisent|suffire|"
    r"suficiente|suficientes|alcanza|alcanzan|alcanzar(?:í|i)a|basta|bastan|bastar(?:í|i)a|"
    r"chega|chegam|d(?:á|a) (?:para|pra|for)|"
    r"bastano|bastare|sufficiente|sufficienti|abbastanza|"
    r"genoeg|voldoende|volstaat|toereikend|haalbaar)\b"
)
# The visitor stating the sum as theirs before asking: "we have 3000 a month, is that enough?", "our budget is 3k".
_OWN_SUM = lazy_compile(
    r"\b(?:we|i)\s+(?:have|got|'ve got|can|could|'d|would|will|plan|want|are thinking|were thinking)\b|\bwe'?(?:ve|d|ll)\b|"
    r"\b(?:our|my)\s+(?:[\w-]+\s+)?budget\b|\bbudget\s+(?:is|of)\b"
)


# A claim the visitor heard from someone, then asked whether it is true: "they told us spending under 1000 a month on
# Google is pointless, is that true?", and as the rewrite leaves "ci hanno detto che ... è vero?", "man hat uns gesagt
# ... stimmt das?", "on nous a dit que ... c'est vrai ?", "nos dijeron que ... ¿es verdad?", "disseram-nos que ... é
# verdade?", "ons werd verteld dat ... klopt dat?".
_CLAIM_HEARD = lazy_compile(
    r"\b(?:(?:they|someone|somebody|people|everyone|a friend|our (?:old )?agency|an agency|a consultant) (?:told|tell|say|said|keeps? saying)|"
    r"(?:we|i) (?:were|was|have been|'ve been|got) told|(?:we|i) (?:heard|read|hear|keep hearing)|i'?ve (?:heard|read)|"
    r"(?:ci|mi) hanno detto|(?:ci|mi) dicono|ho sentito|abbiamo sentito|ho letto|man hat (?:uns|mir) gesagt|(?:uns|mir) wurde gesagt|"
    r"wir haben geh(?:ö|oe)rt|ich habe (?:geh(?:ö|oe)rt|gelesen)|on (?:nous|m') ?a dit|on dit que|j'ai (?:entendu|lu)|"
    r"nos (?:dijeron|han dicho|dicen)|me (?:dijeron|han dicho)|he le(?:í|i)do|o(?:í|i)mos|disseram(?:-nos|-me)?|nos disseram|me disseram|"
    r"ouvi(?:mos)?|li que|ons (?:werd|is) (?:verteld|gezegd)|(?:we|ik) (?:hoorden|hoorde|hebben gehoord|heb gehoord|las))\b")
_IS_IT_TRUE = lazy_compile(
    r"\b(?:is (?:that|it|this) (?:true|right|correct|so)|true\?|right\?|stimmt (?:das|es)|ist das (?:so|wahr|richtig)|c'est vrai|"
    r"(?:c')?est(?:-ce)? vrai|es (?:verdad|cierto)|(?:è|e) vero|(?:é|e) verdade|(?:é|e) (?:assim|certo)|klopt (?:dat|het)|is dat (?:zo|waar)|"
    # (Dutch "klopt dat?" as the rewrite leaves it)
    r"yes dat(?=\s*\?))(?!\w)")


def asked_if_enough(text: Text, start: int, end: int) -> bool:
    """Whether the sum sits in a question whether it is enough, or in a claim heard from someone and asked about
    ("they told us under 1000 a month is pointless, is that true?"), with no word that it is the visitor's own."""
    lower = text.lower
    s, e = stance.sentence_at(text, start)
    if not lower[s:e].rstrip().endswith("?"):
        return False
    if _CLAIM_HEARD.search(lower, s, start) and _IS_IT_TRUE.search(lower, end, e):
        return _OWN_SUM.search(lower, s, start) is None
    if not _ENOUGH.search(lower, s, e):
        return False
    if stance.stated_after(text, start):
        return False  # "is 3k enough? that's all we have"
    return _OWN_SUM.search(lower, s, start) is None


# Set aside for marketing work, which is what the visitor would spend with us: "2M earmarked for brand next FY",
# "10k allocated to paid social" (not "10k already committed to events", "earmarked for the office move").
_SET_ASIDE_FOR_MARKETING = lazy_compile(
    r"\s*(?:[a-z]{0,3}[$€£¥₹]|euros?|dollars?|pounds?|usd|eur|gbp)?\s*(?:is |are )?(?:earmarked|allocated|set aside|reserved|"
    r"ring-?fenced|budgeted) (?:for|to) (?:the |our |a |some )?(?:new )?(?:brand|branding|rebrand|rebranding|marketing|ads|advertising|"
    r"paid (?:media|social|search|ads)|seo|sea|ppc|social(?: media)?|digital|growth|content|media|campaigns?|lead gen(?:eration)?|"
    r"demand gen(?:eration)?|performance marketing|website|web|site|google ads|meta ads|linkedin ads|awareness)\b"
)


def set_aside_for_marketing(text: Text, end: int) -> bool:
    """Whether the sum is said, right after it, to be set aside for marketing work (the budget, not money spoken for)."""
    return _SET_ASIDE_FOR_MARKETING.match(text.lower, end) is not None


# Quotes received, listed: "We got 2 quotes: 4,500/mo and 7,000/mo", "Wir haben zwei Angebote bekommen: 4.500 € und
# 7.000 €", "On a reçu deux devis : ...", "Recibimos dos presupuestos: ..." (rewritten "recibimos 2 budget:"), "Recebemos
# dois orçamentos:", "Abbiamo ricevuto due preventivi:", "We kregen twee offertes:".
_QUOTES_RECEIVED = lazy_compile(
    r"\b(?:got|received|have|had|bekommen|erhalten|re(?:ç|c)u|recibimos|recebemos|ricevuto|kregen|gekregen|ontvangen)\s+"
    r"(?:(?:\d+|two|three|a few|some|several|a couple of)\s+)?(?:(?:different|other)\s+)?(?:quotes|offers|proposals|estimates|bids|"
    r"angebote|a quote|devis|budget|presupuestos|or(?:ç|c)amentos|preventivi|offertes|offres|propuestas|propostas|proposte)\b"
    r"(?:\s+(?:bekommen|erhalten|gekregen|ontvangen))?"
)
_LISTED = lazy_compile(
    r"(?:[\s:,;()/\-–—&]|[\d.,']|\b(?:k|m|and|or|und|et|y|e|en|o|oder|of|vs|versus|per month|a month|per year|a year|mo|month|"
    r"euros?|dollars?|eur|usd|gbp|chf)\b|[$€£])*"
)


def a_quote_listed(text: Text, start: int, symbol_start: int) -> bool:
    """Whether the sum is one of the quotes the visitor lists as received ("We got 2 quotes: 4,500/mo and 7,000/mo")."""
    lower = text.lower
    sentence = stance.sentence_at(text, start)
    found = [m for m in _QUOTES_RECEIVED.finditer(lower, sentence[0], symbol_start)]
    return bool(found) and _LISTED.fullmatch(lower, found[-1].end(), symbol_start) is not None


# Somewhere between the quotes is what the visitor would pay: "somewhere in the middle would be ideal", and as the
# rewrite leaves "irgendwo dazwischen", "quelque part entre les deux", "algo en el medio", "algo no meio", "una via di
# mezzo", "ergens in het midden".
MIDDLE = lazy_compile(
    r"\b(?:in (?:the )?(?:middle|medio|meio|mid|midden|mezzo)|in between|somewhere between (?:them|those|the two)|dazwischen|"
    r"between (?:the |those |them |les |los |os |le )?(?:2|two|both)\b|via of mezzo|via di mezzo|meio[- ]termo|halfway|"
    r"split the difference|ertussenin)"
)


# The visitor's own verb in the six other languages as the rewrite leaves it, with no pronoun the readers of stance
# know ("on préfère", "preferimos", "preferiamo", "wir würden lieber"): a sum said after it is the visitor's.
_VISITOR_VERB = lazy_compile(
    r"\b(?:on (?:pr(?:é|e)f(?:è|e)re(?:rait)?|veut|voudrait|peut|pourrait|aimerait)|nous (?:pr(?:é|e)f(?:é|e)rons|voulons|pouvons|voudrions)|"
    r"preferimos|preferir(?:í|i)amos|queremos|querr(?:í|i)amos|podemos|podr(?:í|i)amos|poder(?:í|i)amos|"
    r"preferiamo|preferiremmo|vogliamo|vorremmo|possiamo|potremmo|"
    r"(?:wir|ich) (?:würden|würde|möchten|möchte|wollen|will|können|könnten)|"
    r"we (?:willen|zouden|kunnen|geven)|ik (?:wil|zou))\b"
)


def the_visitor_speaks(text: Text, clause_start: int, start: int) -> bool:
    """Whether the visitor's own verb (in the other six languages, as rewritten) stands in the sum's clause before it."""
    return _VISITOR_VERB.search(text.lower, clause_start, start) is not None


# What goes out now on a channel, said with a verb of spending in the present, in a sentence that says more spend is not
# what the visitor wants: "We burn ~$300k/mo on paid, need help w/ attribution and analytics, not more spend", "wir geben
# 300.000 € im Monat aus, wir brauchen keine höheren Ausgaben". (A spend said only not to work stays the budget: "we
# spend about 5k/month on google ads and it's not working" is what they put into marketing.)
_SPENDS_NOW = lazy_compile(
    r"\b(?:spend|spending|spends|burn|burning|burns|put|putting|pour|pouring|sink|sinking|throw|throwing|"
    r"geben|gebe|investieren|d(?:é|e)pens(?:e|ons|ent)|mettons|gastamos|gasto|invertimos|spendiamo|spendo|investiamo|"
    r"investimos|geven|besteden|investeren|stoppen|spent)\b")
_NO_MORE_SPEND = lazy_compile(
    r"\b(?:(?:not|no|don't need|do not need|don't want|do not want|without|rather than|instead of)\s+(?:more|extra|additional|bigger|higher)\s+"
    r"(?:spend|spending|budget|money|ad spend|media spend)|"
    r"(?:keine|nicht)\s+(?:mehr|h(?:ö|oe)here[n]?|zus(?:ä|ae)tzliche[n]?)\s+(?:ausgaben|budget|geld)|(?:pas|non) (?:plus de|more) (?:d(?:é|e)penses|budget)|"
    # (French "pas plus de dépenses" as the rewrite leaves it)
    r"up to d(?:é|e)penses|"
    r"no (?:m(?:á|a)s|more) (?:gasto|presupuesto|inversi(?:ó|o)n|budget)|(?:non|not) (?:più|piu|more) (?:spesa|spese|budget)|"
    r"n(?:ã|a)o (?:mais|more) (?:gastos?|investimento|or(?:ç|c)amento|budget)|no mais gastos?|"
    r"geen (?:hogere|extra|meer) (?:uitgaven|budget))\b")


def spent_now_with_no_more_wanted(text: Text, start: int, end: int) -> bool:
    """Whether the sum is what the visitor spends now, said with a verb of spending before it in its clause, in a
    sentence that says more spend is not what they want."""
    lower = text.lower
    clause = text.clause_at(start)
    sentence = stance.sentence_at(text, start)
    if not _SPENDS_NOW.search(lower, clause[0], start) or re.search(r"\bbudget", lower[clause[0]:start]):
        return False  # ("our budget is 2k a month ...": the budget, said as such)
    return _NO_MORE_SPEND.search(lower, end, sentence[1]) is not None
