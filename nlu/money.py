"""Budgets and revenues: amounts of money, their currency and period.

Both are read from the same kind of phrase ("about $40k a year"), so one pass
finds the money in a text and the nearest cue word ("budget", "revenue",
"turnover", "spend") decides which of the two each amount is. Revenue is
annual in the contract, so a monthly or quarterly revenue is annualised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from nlu import english, not_the_budget, places, stance, tools
from nlu.attributes import Budget, Revenue
from nlu.data import currencies
from nlu.numbers import TENS, UNITS, Amount, amounts, bound, quantities, whole, words_value
from nlu.patterns import lazy_compile
from nlu.text import Text

_SYMBOLS = {
    "us$": "USD", "u$s": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "cad$": "CAD",
    "nz$": "NZD", "s$": "SGD", "sg$": "SGD", "hk$": "HKD", "r$": "BRL", "mx$": "MXN", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₺": "TRY", "₽": "RUB", "₪": "ILS",
    "₱": "PHP", "฿": "THB", "₦": "NGN", "zł": "PLN", "kč": "CZK", "rs.": "INR", "rs": "INR",
    "chf": "CHF", "fr.": "CHF",
    # CLDR's narrow symbols that babel does not ship (it has each locale's standard symbol only, which
    # ``nlu.data.currencies`` reads): the cedi's "₵", the Egyptian pound's "E£", the rupee sign "₨" of Pakistan, Sri
    # Lanka and Nepal; and the symbols visitors write where CLDR has a bare "$" or the code: "SFr." for the Swiss franc,
    # "J$" and "TT$" for the Jamaican and the Trinidad dollar
    "₵": "GHS", "e£": "EGP", "₨": "PKR", "sfr.": "CHF", "sfr": "CHF", "j$": "JMD", "tt$": "TTD",
}
# The narrow symbols above that several currencies share: the visitor's own is the one they mean (``_shared``).
_NARROW_SHARED = {"₨": frozenset({"PKR", "LKR", "NPR", "MUR", "SCR"})}
_NAMES = {
    "us dollars": "USD", "us dollar": "USD", "american dollars": "USD", "dollars": "USD", "dollar": "USD",
    "bucks": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "british pounds": "GBP", "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "quid": "GBP",
    "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY", "yuan": "CNY", "rmb": "CNY", "cny": "CNY",
    "rupees": "INR", "rupee": "INR", "inr": "INR", "swiss francs": "CHF", "francs": "CHF", "chf": "CHF",
    "australian dollars": "AUD", "aussie dollars": "AUD", "aud": "AUD",
    "canadian dollars": "CAD", "canadian": "CAD", "cad": "CAD", "new zealand dollars": "NZD", "nzd": "NZD",
    "singapore dollars": "SGD", "sgd": "SGD", "hong kong dollars": "HKD", "hkd": "HKD",
    "reais": "BRL", "reals": "BRL", "brl": "BRL", "mexican pesos": "MXN", "pesos mexicanos": "MXN", "pesos": "MXN", "mxn": "MXN",
    # the other countries' pesos, in English and as Spanish and Portuguese say them
    "colombian pesos": "COP", "pesos colombianos": "COP", "chilean pesos": "CLP", "pesos chilenos": "CLP",
    "argentine pesos": "ARS", "argentinian pesos": "ARS", "pesos argentinos": "ARS", "uruguayan pesos": "UYU",
    "pesos uruguayos": "UYU",
    "rand": "ZAR", "zar": "ZAR", "swedish krona": "SEK", "swedish kronor": "SEK", "kronor": "SEK",
    "krona": "SEK", "sek": "SEK", "norwegian kroner": "NOK", "nok": "NOK", "danish kroner": "DKK",
    "dkk": "DKK", "kroner": "DKK", "kr": "SEK", "zloty": "PLN", "zlotys": "PLN", "pln": "PLN",
    "dirhams": "AED", "dirham": "AED", "aed": "AED", "riyals": "SAR", "riyal": "SAR", "sar": "SAR",
    "shekels": "ILS", "ils": "ILS", "nis": "ILS", "czk": "CZK", "huf": "HUF", "forint": "HUF",
    "krw": "KRW", "lira": "TRY", "naira": "NGN", "ngn": "NGN", "kes": "KES", "shillings": "KES",
    "ron": "RON", "lei": "RON",
}
_NAME_RE = "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
_SYMBOL_RE = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_BEFORE = lazy_compile(rf"(?:(?<![a-z])(?:{_SYMBOL_RE})|\b(?:usd|eur|gbp|cad|aud|nzd|chf|sek|nok|dkk|pln|inr|jpy|sgd|hkd|brl|zar|aed))\s*[~≈]?\s*$")
# The currency after the figure, or in a bracket right after it: "maybe 20k, tops 30 (AUD)", "10k [in GBP]", "15.000 (CHF)".
_AFTER = lazy_compile(rf"^\.?\s*(?:[(\[]\s*(?:in\s+|en\s+|em\s+)?)?(?P<currency>(?:{_SYMBOL_RE})(?![a-z])|(?:{_NAME_RE})\b)")
_CODE_AFTER = lazy_compile(r"^\s*(?:[(\[]\s*(?:in\s+|en\s+|em\s+)?)?([A-Z]{3})\b")
_CODE_BEFORE = lazy_compile(r"\b([A-Z]{3})\s*$")
_CLAUSE_SYMBOL = lazy_compile(rf"(?<![a-z])(?:{_SYMBOL_RE})(?![a-z])")
# (not a name that is a word or a name too: "in rand's team", "of lei" as Italian "di lei" is rewritten)
_CLAUSE_CURRENCY = lazy_compile(rf"\b(?:in|of|paid in|budget in|currency(?: is)?)\s+(?!(?:ron|lei|rand|sar|nis|kr|canadian)\b)({_NAME_RE})\b")

_PERIODS = (
    ("month", lazy_compile(r"(?:\b(?:per|a|an|each|every|a calendar)\s*|/\s*)(?:month|mo|mth|mnth)s?\b|/\s*m\b|\bp\.?\s?m\.?(?![a-z])|\bmonthly\b|\bmonth(?:ly)? retainer|\bmo\b|\bmonthly\b|\bper mo\b|\bpcm\b|\bmonth to month\b|\bmrr\b")),
    ("quarter", lazy_compile(r"(?:\b(?:per|a|each|every)\s*|/\s*)(?:quarter|qtr|q)\b(?!\s+of\b)|\bquarterly\b|\b(?:for|over|in) the (?:whole |full |next |coming )?(?:quarter|qtr)\b|\bfor (?:the )?(?:next|this|coming) (?:quarter|qtr)\b|\b(?:next|this) quarter'?s\b")),
    ("year", lazy_compile(r"(?:\b(?:per|a|an|each|every)\s*|/\s*)(?:year|yr|annum)s?\b|\bp\.?\s?a\.?(?![a-z])|\bannual(?:ly)?\b|\banual(?:ly)?\b|\bannualy\b|\byearly\b|\bper annum\b|\b(?:for|over) the (?:whole |full |entire )?(?:year|yr)\b|\b(?:this|next) year'?s budget\b|\bfy\b|\bfy\s?'?\d{2}(?:\d{2})?(?:\s?[-/]\s?\d{2,4})?\b|\b(?:for|in) (?:this|next|the) (?:calendar |fiscal )?year\b|\bthis year\b|\bnext year\b|\barr\b|"
                          # "for the first year", "im ersten Jahr", "la première année" (rewritten "in 1. years", "the 1ère years"),
                          # and the fiscal year named in German and Dutch ("im nächsten Geschäftsjahr", "volgend boekjaar")
                          r"\b(?:for|in|over|during|before) (?:the |our |el |o |il |het )?(?:first|1(?:st|\.ᵉʳ|\.|ère|ere|er|º|°|e|o)?) (?:full )?years?\b|"
                          r"\bgesch(?:ä|ae)ftsjahr(?:es)?\b|\bboekjaar\b|\bjaarlijkse?\b")),
    # "for the whole project" also as the rewrite leaves the other languages ("for tutto il progetto", "for the gesamte
    # projekt", "before the hele project", Dutch "voor" read as "before"), and "para o projeto todo"
    ("one_time", lazy_compile(r"\bone[- ]?(?:time|off)\b|\bin total\b|\btotal\b|\blump sum\b|\bfor the (?:whole|entire|full) [a-z-]+\b|\b(?:for|before) (?:the |l'|het |das |o |el |le |il )?(?:tutto il|tutta la|intero|intera|todo el|toda la|tout le|toute la|gesamte[n]?|ganze[n]?|hele|gehele|volledige) [\w-]+\b|\bfor (?:the |o |el |le |il )?(?:projeto|proyecto|projet|progetto|projekt) (?:todo|inteiro|completo|entier|intero)\b|\bfor the (?:project|campaign|engagement|program|programme|initiative|launch|website|build|job|rebuild|redesign|rebrand|relaunch|migration|setup|audit)\b|\bproject budget\b|\boverall\b|\ball in\b|\bonce\b(?!\s+(?:the|we|we'?ve|we'?re|i|i'?ve|it|it'?s|they|our|that|this|he|she|you|everything|approved|signed|agreed|finance|results?)\b)|\bsingle project\b|\bflat fee\b|\bfixed (?:fee|price)\b")),
)

_REVENUE_CUE = lazy_compile(
    r"\b(?:revenue|revenues|turnover|arr|mrr|run[- ]rate|sales|top[- ]?line|gross|bring in|brings in|"
    r"bringing in|does|grosses|make about|make around|make roughly|we make|(?<!can )(?<!could )we do|doing|we did|did|earn|earning|earnings|"
    r"made|we made|brought in|grossed|earned|turned over|turn over|turning over|generated|broke|crossed|passed|"
    r"bill|billing|billings|gmv|income|rev|annual sales|grossing|generate|generating|generates|valued|"
    # the business invoicing its clients ("we invoice about $2m a year", "nous facturons" rewritten "nous invoice")
    r"we invoice|we invoiced|invoicing|nous invoice|facturons|wir fakturieren|(?:we|wij) factureren|"
    # French "3 M€ de CA" (chiffre d'affaires), as the rewrite leaves it, and "CA de 2,4 M€" ("ca of"); "ca. 5000" is circa
    r"of ca(?![.\w])|ca (?:of|is|was|de|d'environ)(?=\s*(?:about\s+|around\s+|~\s*)?[$€£\d])|"
    # the verb of invoicing as a business's sales ("el grupo factura unos 3.000 millones", "estamos facturando"), which
    # the rewrite leaves; not the noun, an invoice ("la factura del mes pasado", "a fatura", "the fattura")
    r"(?<!\bla )(?<!\bthe )(?<!\buna )(?<!\ba )(?<!\buma )(?<!\bsua )(?<!\bsu )(?<!\bo )(?<!\bcada )(?<!\besta )(?<!\bessa )(?<!\bquesta )"
    r"(?:factura|facturan|factur(?:ó|o)|facturaba|facturando|fatura|faturam|faturou|faturava|faturando|fattura|fatturano|fatturava|fatturando))\b"
)
_BUDGET_CUE = lazy_compile(
    r"\b(?:budget|budgets|budgeted|spend|spending|spent|invest|investing|investment|afford|allocate|allocated|"
    r"set aside|earmarked|pay|paying|cost|costs|price|retainer|fee|fees|marketing|on ads|ad spend|grant|grants|"
    r"can do|could do|looking at|thinking|envelope|plan to put|put in|willing|prepared|cap|capped|"
    # "we can put 500 a month into it", and the verb as the rewrite leaves it in the others ("on peut mettre 500 par mois")
    r"put|mettre|mettere|poner|colocar|besteden|stecken|reinstecken)\b"
)
# Cues that name the other kind even in an answer to the budget (or revenue) question.
_STRONG_REVENUE_CUE = lazy_compile(r"\b(?:revenue|revenues|turnover|arr|mrr|run[- ]rate|top[- ]?line|gmv|grosses|grossing|annual sales|in sales|sales of|of ca(?![.\w])|"
                                   r"ca (?:of|is|was|de)(?=\s*(?:about\s+|around\s+|~\s*)?[$€£\d]))")
_STRONG_BUDGET_CUE = lazy_compile(r"\b(?:budget|budgets|budgeted|spend|spending|invest|investing|retainer|afford|allocate|allocated|set aside|earmarked)\b")
NOT_MONEY_AFTER = lazy_compile(
    # a count joined to its noun ("a 200-bed hospital", "a 12-truck fleet") is a size, not money
    r"^-(?!(?:a|per|plus|ish|odd|dollars?|euros?|pounds?|quid|bucks|grand|k|m|mn|bn|mil|million|billion|thousand|usd|eur|gbp|chf|max|min|ish)\b)[a-z]{2,}\b|"
    r"^(?:\s|-)?(?:%|percent|per ?cent|x\b|times\b|st\b|nd\b|rd\b|th\b|[- ]?(?:person|people|persons|employees?|"
    r"staff|ppl|folks|fte|ftes|heads?|workers|members|strong|seats?|users?|customers?|clients?|"
    r"accounts?|locations?|stores?|shops?|offices?|sites?|branches|outlets|clinics|restaurants|hotels|"
    r"visitors?|visits|followers|subscribers|leads|contacts|records|products|skus|items|orders|"
    r"countries|states|cities|markets|days?|weeks?|wks?|months?|mos|years?|yrs?|hours?|hrs?|minutes?|"
    r"mins?|quarters?|o'?clock|calls?|meetings?|deals|units|beds|patients|students|rooms|"
    r"properties|agents|reps|salespeople|engineers|developers|devs|sellers|partners|downloads|pages|"
    r"posts|emails|languages|brands|projects|vehicles|trucks|members|tickets|installs|companies|"
    r"franchises|schools|apps|of us|of them|figures?|"
    # what a business does or sells counted ("we did 1,400 trips last summer", "2,000 bookings a year")
    r"trips|jobs|rides|tours|charters|bookings|reservations|transactions|shipments|deliveries|parcels|events|guests|"
    r"passengers|appointments|treatments|installations|repairs|flights|nights|cars|boats|homes|houses|moves|weddings|"
    # ... and in the other six, which the rewrite (``nlu.english``) leaves as said: "hicimos 1.400 viajes", "wir hatten
    # 1.400 Fahrten", "nous avons fait 1 400 trajets", "fizemos 1.400 viagens", "abbiamo fatto 1.400 viaggi", "1.400 ritten"
    r"viajes|trayectos|pedidos|encargos|reservas|env(?:í|i)os|entregas|paquetes|trabajos|servicios|eventos|hu(?:é|e)spedes|"
    r"pasajeros|citas|tratamientos|reparaciones|vuelos|noches|pernoctaciones|coches|barcos|viviendas|transacciones|"
    r"excursiones|carreras|mudanzas|bodas|clientes|visitas|entradas|"
    r"viagens|encomendas|pacotes|trabalhos|servi(?:ç|c)os|h(?:ó|o)spedes|passageiros|consultas|marca(?:ç|c)(?:õ|o)es|repara(?:ç|c)(?:õ|o)es|"
    r"voos|noites|di(?:á|a)rias|carros|transa(?:ç|c)(?:õ|o)es|corridas|passeios|excurs(?:õ|o)es|mudan(?:ç|c)as|casamentos|bilhetes|ingressos|"
    r"trajets|voyages|courses|commandes|r(?:é|e)servations|envois|livraisons|colis|chantiers|interventions|(?:é|e)v(?:é|è|e)nements|"
    r"passagers|rendez-vous|soins|r(?:é|e)parations|vols|nuit(?:é|e)es|nuits|voitures|bateaux|logements|d(?:é|e)m(?:é|e)nagements|mariages|billets|"
    r"viaggi|corse|tragitti|ordini|ordinazioni|prenotazioni|spedizioni|consegne|pacchi|lavori|interventi|eventi|ospiti|"
    r"passeggeri|clienti|appuntamenti|trattamenti|riparazioni|voli|notti|pernottamenti|barche|traslochi|matrimoni|biglietti|"
    r"fahrten|reisen|touren|auftr(?:ä|ae)ge|bestellungen|buchungen|reservierungen|sendungen|lieferungen|pakete|eins(?:ä|ae)tze|"
    r"veranstaltungen|g(?:ä|ae)ste|passagiere|fahrg(?:ä|ae)ste|kunden|termine|behandlungen|reparaturen|fl(?:ü|ue)ge|(?:ü|ue)bernachtungen|"
    r"n(?:ä|ae)chte|fahrzeuge|boote|umz(?:ü|ue)ge|hochzeiten|"
    r"ritten|reizen|tochten|opdrachten|bestellingen|boekingen|reserveringen|zendingen|leveringen|pakketten|klussen|"
    r"evenementen|gasten|passagiers|klanten|afspraken|behandelingen|reparaties|vluchten|overnachtingen|nachten|boten|verhuizingen|bruiloften|"
    # ... and what is sold, served or counted in any of them: units and pieces, covers, pallets, pupils, patients, users
    r"covers|pallets|pieces|unidades|piezas|pe(?:ç|c)as|st(?:ü|ue)ck|stuks|pi(?:è|e)ces|pezzi|unit(?:à|a)|art(?:í|i)culos|artigos|articoli|"
    r"artikel|artikelen|productos|produtos|produits|prodotti|produkte|producten|cubiertos|couverts|coperti|talheres|paletes|pal(?:é|e)s|"
    r"palettes|paletten|bancali|alumnos|alunos|(?:é|e)l(?:è|e)ves|studenti|sch(?:ü|ue)ler(?:innen)?|leerlingen|estudiantes|estudantes|(?:é|e)tudiants|"
    r"pacientes|pazienti|patienten|pati(?:ë|e)nten|usuarios|usu(?:á|a)rios|utilizadores|utilisateurs|utenti|nutzer(?:innen)?|gebruikers|"
    r"socios|s(?:ó|o)cios|membres|membri|mitglieder|leden|seguidores|abonn(?:é|e)s|follower|volgers|abonnenten|suscriptores|assinantes|iscritti|"
    r"visitantes|visiteurs|visitatori|besucher(?:innen)?|bezoekers|billets|boletos|biglietti|kaarten|"
    # a weight ("500 pounds of coffee", "a 500 pound press"): pounds of something, or one pound that is a noun's measure
    r"pounds?\s+of\s+(?!(?:it|that|this|budget|spend|spending|marketing|ads?|money|sterling|which)\b)[a-z]+|"
    r"pound\s+(?!(?:a|an|per|each|every|monthly|yearly|budget|max|maximum|tops|or|and|for|in|to|on|total|sterling|gbp|only|"
    r"retainer|note|coin|limit|cap|ceiling|plus|ish|approx|roughly|which|that|is|was|would|will|we|i|but|so|at)\b)[a-z]{3,}|"
    # a count of what is counted with a word or two describing it ("4,800 online orders", "2,000 new customers", "500
    # active users"), not a preposition or an article ("10k in new orders" is money)
    r"(?:(?!(?:a|an|the|in|of|on|for|per|from|to|into|with|worth|each|every|and|or|plus|dollars?|"
    r"euros?|pounds?|bucks|usd|eur|gbp|budget|revenue|sales|spend|max|tops|total|only|just)\b)[a-z]+\s+){1,2}"
    r"(?:orders|customers|clients|users|visitors|subscribers|followers|leads|patients|students|members|downloads|installs|"
    r"bookings|tickets|units|employees|staff|people|accounts|shipments|deliveries|parcels|transactions|sign-?ups|signups|"
    r"reviews|views|impressions|clicks|sessions|calls|emails|contacts|records|products|skus|items|listings|properties)|"
    # a measure ("a 500 litre tank", "a 300 kg press", "2,000 sq ft", "500L"): what is measured is no money
    r"litres?|liters?|litros?|litri|ltrs?|l(?!['’])|ml|gallons?|kg|kgs|kilos?|kilograms?|tons?|tonnes?|lbs|"
    r"sq ?ft|sqft|sqm|m2|m²|square (?:feet|foot|metres|meters)|km|kms|kilomet(?:re|er)s?|miles|kw|kwh|mw|watts?)\b)"
)
_NOT_MONEY_BEFORE = lazy_compile(
    r"(?:\bq|\bh|\bfy|\bteam of|\bstaff of|\bheadcount(?: of| is)?|\bin|\bby|\bsince|\buntil|\bbefore|"
    r"\bafter|\bemploy|\bemploys|\bhire|\bhiring|\btop|\bnumber|\bno\.|#|\bversion|\bv|\bphase|\bstep|"
    r"\bday|\bweek|\bmonth|\bjanuary|\bfebruary|\bmarch|\bapril|\bmay|\bjune|\bjuly|\baugust|"
    r"\bseptember|\boctober|\bnovember|\bdecember|\bjan|\bfeb|\bmar|\bapr|\bjun|\bjul|\baug|\bsep|"
    r"\bsept|\boct|\bnov|\bdec|\bof the|\bfortune|\bftse|\bs&p|\brussell|\bnasdaq|\bdax|\bcac|\bnikkei|\bnifty|\bsensex|\bforbes|\binc\.?|\bzip(?: ?code)?(?: is|:)?|\bpost ?code(?: is|:)?|\bpostal code(?: is|:)?|\bc\.?p\.?|\bcap|\bplz|\bcep|\bcode postal|\bc(?:ó|o)digo postal|\bcodice postale|\b(?:company|firm|business|org|organi[sz]ation|crew) of(?: about| around| roughly| ~)?)\s*$"
)
_WORKPLACE_BEFORE = lazy_compile(r"\b(?:work(?:s|ing)? (?:at|for)|employed (?:at|by)|i'?m (?:at|with)|job at|role at|team at)\s*$")
_FIGURES = lazy_compile(r"\b(?:low |mid |high )?(four|five|six|seven|eight|nine|ten|4|5|6|7|8|9|10)[- ]figures?\b")
_FIGURE_WORDS = {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "a $40M company": the size of a business; "40k with an agency", "30k on a firm" is money paid to one.
_COMPANY_AFTER = lazy_compile(r"^\s*(?!(?:with|on|to|for|at|into|from|through|via|by|per|in|towards?|across)\b)(?:[a-z-]+\s+){0,2}(?:company|business|brand|manufacturer|retailer|firm|agency|startup|operation|organi[sz]ation|group|shop|store|distributor|practice|chain|e-?commerce|saas)\b")
_PRE_REVENUE = lazy_compile(r"\bpre[- ]?revenue\b|\bno revenue\b|\bzero revenue\b|\bnot (?:making|generating) (?:any )?(?:money|revenue)\b|\bhaven'?t (?:made|generated) (?:any )?(?:money|revenue)")

_NO_BUDGET = lazy_compile(
    r"\bno (?:real |actual |set |fixed |defined |specific |allocated |dedicated |marketing |formal )?budget\b(?! (?:limit|cap|constraint|ceiling|issue|problem|restriction))|"
    r"\b(?:don'?t|do not|doesn'?t|does not|haven'?t|have not|hasn'?t|has not|didn'?t|did not|aren'?t|without)\s+"
    r"(?:really |actually |yet |currently |even )?(?:have |got |set |allocated |allocate |assigned |approved |defined |planned )?(?:up |aside )?(?:a |any |the |an |our )?"
    r"(?:real |actual |set |fixed |defined |dedicated |marketing |specific |allocated )?budget|"
    r"\bbudget (?:is |has )?(?:not |n't |hasn'?t been |has not been |isn'?t |is not |wasn'?t |not yet |yet to be )"
    r"(?:been )?(?:set|allocated|defined|approved|decided|assigned|agreed|confirmed|there|available)(?! in stone)|"
    r"\bzero budget\b|\bbudget (?:is )?(?:zero|nil|none|0)\b|\bnothing (?:allocated|budgeted|set aside|earmarked)\b|"
    r"\bno (?:money|funds|funding|cash|spend)\b(?! (?:limit|problem|issue))|\bnot allocated\b|\bno cash\b|"
    r"\bcan'?t afford (?:anything|much)|\bnothing yet\b|\bshoestring\b|\bnone (?:at the moment|yet|right now|currently|so far)\b|"
    # "we're broke", "pretty broke lol": the visitor is; "checkout broke", "the site broke last week" is a thing that did
    r"(?:\b(?:we'?re|we are|i'?m|i am|am|are|pretty|totally|completely|flat|dead|stone|kinda|so|too|basically|quite|very|"
    r"literally|currently|still|rather|a bit|bit|super|fairly)\s+|^\W*)broke\b(?!\s+(?:\d|[$€£]|through|even|the|into|records?|ground|past|over))|"
    r"\bno spend\b|\bunfunded\b|\bnot budgeted\b|\bbudget hasn'?t been\b|\bwithout a budget\b|\bno budget yet\b"
)


# Answering "what's your budget?", "one" or "it" is the budget: "haven't set one", "we don't have one yet".
_NO_BUDGET_ANSWER = lazy_compile(
    r"(?:\b(?:not|never|cannot)|n't)\s+(?:really |actually |yet |currently |even |got |been )?"
    r"(?:have|got|set|allocated|allocate|assigned|approved|defined|made|decided on|agreed on|agreed|planned|put aside|set aside|earmarked|created)"
    r"\s+(?:up\s+|aside\s+)?(?:one|it|that|anything|any)\b(?!\s+(?:idea|clue))|"
    # "lol what budget", "budget? what budget?": the question thrown back as a joke, the whole answer
    # (a plain "what budget?" may be a question back, so the laugh or the echoed question must be there)
    r"^\W*(?:(?:lol|lmao|haha+|hah|ha|heh|hehe|rofl|budget\s*\?+)\W*)+(?:what|which) budget\W*$|"
    r"^\W*(?:what|which) budget\W*(?:lol|haha+|lmao|rofl)\W*$"
)
# "we dont rly have a budgt yet": the budget and "really" as they are typed in a hurry, read as spelt (for the
# readers of a budget's absence, which look for words, not spans).
# (the word in the seven languages: "Buget", "presupusto", "orcamento" without its cedilla)
_TYPED = ((lazy_compile(r"\b(?:budgt|buget|budjet|bugdet|budegt|budgit|buddget|budgett|bduget)\b"), "budget"),
          (lazy_compile(r"\b(?:presupusto|presupesto|presupueto|presupuestro|prespuesto|presupeusto)\b"), "presupuesto"),
          (lazy_compile(r"\b(?:orcamento|orçameto|orçamneto|orsamento)\b"), "orçamento"),
          (lazy_compile(r"\b(?:rly|realy|reallly|rlly)\b"), "really"))


def _respelt(lower: str) -> str:
    """The visitor's words with the budget's and "really"'s hurried spellings as they are spelt."""
    for pattern, word in _TYPED:
        lower = pattern.sub(word, lower)
    return lower


_DENIED = lazy_compile(
    r"(?:\bnot|\brather than|\binstead of|\bno longer|"
    # "scratch the 2k, we can do 3k a month": a sum taken back, and the seven languages' verbs as the rewrite leaves
    # them ("vergiss die 2k", "oubliez les 2k", "olvida los 2k", "dimentica i 2k", "esquece os 2k", "vergeet die 2k")
    r"\b(?:scratch|forget(?: about)?|ignore|disregard|vergiss|vergessen sie|oublie|oubliez|olvida|olvide|olvidad|dimentica|"
    r"dimenticate|dimentichi|esquece|esqueça|esqueca|esqueçam|vergeet)(?:\s+(?:the|that|those|die|den|das|le|la|les|el|los|"
    r"las|il|lo|i|gli|o|a|os|as|het))?)\s+(?:[$€£]\s*)?$"
)
_UNKNOWN_BUDGET = lazy_compile(
    r"\b(?:not (?:sure|decided|set|confirmed|finali[sz]ed|certain|known)|undecided|flexible|depends|it depends|tbd|tbc|"
    r"to be (?:confirmed|decided|determined|agreed)|no idea|don'?t know|do not know|dunno|unsure|need to (?:check|talk|ask|confirm)|"
    r"have to (?:check|talk|ask|confirm)|prefer not|rather not|can'?t say|cannot say|varies|open to (?:suggestions|proposals)|"
    r"haven'?t decided|still (?:deciding|working (?:it|that) out|figuring)|idk|no clue|good question|negotiable|up for discussion)\b"
)


@dataclass(frozen=True)
class Money:
    min: float | None
    max: float | None
    currency: str | None
    period: str | None
    start: int
    # "budget" or "revenue", or "other": money said but not the visitor's budget or revenue
    # (a past spend, a competitor's, a price asked about, a threshold; see ``nlu.stance``).
    kind: str
    end: int = 0
    # Whether the currency was said with the amount (or in its clause), not taken from the default.
    currency_said: bool = True
    # Whether a word of its clause (or the question asked) names what the amount is: "budget's about 8 grand" is,
    # "mostly new builds $600k-$1.2m" is not, and gives way to a sum that is (``budget``).
    cued: bool = True
    # Whether the sum is the whole message, with only hedges or a shrug around it ("meh 5k maybe"): said at a question
    # about something else, it is a budget the visitor volunteers, not that question's answer (``said_alone``).
    alone: bool = False


@lru_cache(maxsize=1)
def _iso_currencies() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _currency_around(text: Text, start: int, end: int) -> str | None:
    lower = text.lower
    m = _BEFORE.search(lower[max(0, start - 8): start])
    if m:
        key = m.group(0).strip(" ~≈")
        return _SYMBOLS.get(key) or key.upper()
    m = _AFTER.search(lower[end: end + 30])
    if m:
        key = m.group("currency")
        return _SYMBOLS.get(key) or _NAMES.get(key)
    for pattern, window in ((_CODE_AFTER, text.original[end: end + 6]), (_CODE_BEFORE, text.original[max(0, start - 6): start])):
        found = pattern.search(window)
        if found and found.group(1) in _iso_currencies():
            return found.group(1)
    local = _local_said(text, start, end)
    if local is not None:
        return currencies.usual(local[0], local[1])
    if (slang := _slang_said(text, end)) is not None:
        return _SLANG[slang][0]
    m = _NAME_BEFORE.search(lower, max(0, start - 12), start)
    if m is not None and not _A_YEAR.fullmatch(lower, start, end):
        return _NAMES[m.group(1)]
    return None


# Money's slang words, where each names one money plainly (the first), or the visitor's own among a few (the rest):
# Québec's "piasses" (the Canadian dollar), French "balles" and German "Mäuse", "Kröten", "Tacken" (the euro, or the
# Swiss franc in Switzerland), Swiss "Stutz", Spain's "pavos", Portugal's "paus", southern Brazil's "pila", Dutch
# "piek". Read only before money's period, a bound or the end of what is said: "2000 Mäuse im Labor" are mice.
# (Chile's and Argentina's "lucas" are thousands, read as a scale by the rewrite; Brazil's "conto" is a real in one
# region and a thousand in another: left alone.)
_SLANG = {
    "piasses": ("CAD",), "piasse": ("CAD",), "piastres": ("CAD",), "balles": ("EUR", "CHF"), "mäuse": ("EUR", "CHF"),
    "kröten": ("EUR", "CHF"), "tacken": ("EUR", "CHF"), "stutz": ("CHF",), "pavos": ("EUR",), "paus": ("EUR",),
    "pila": ("BRL",), "pilas": ("BRL",), "piek": ("EUR",), "pieken": ("EUR",),
}
_SLANG_AFTER = lazy_compile(r"\s?(?P<word>" + "|".join(sorted(_SLANG, key=len, reverse=True)) + r")(?![^\W\d_])")


def _slang_said(text: Text, end: int) -> str | None:
    """The slang word for money said right after a figure, before its period, a bound or the end; None otherwise."""
    m = _SLANG_AFTER.match(text.lower, end)
    if m is None or _AFTER_A_WEAK_HEAD.match(text.lower, m.end()) is None:
        return None
    return m.group("word")


# The euro's or the franc's name written before the figure, as Italian, German and Swiss invoices do ("euro 5.000 al
# mese", "Euro 5.000 im Monat"), and as the rewrite leaves "SFr. 5000" and French "CHF 5'000" ("francs 5000"); not
# after another figure ("3 euros 5000 times") nor before a year ("euro 2024", the football).
_NAME_BEFORE = lazy_compile(r"(?<!\d )(?<!\d)\b(euros?|francs)\s?$")
_A_YEAR = lazy_compile(r"(?:19|20)\d\d")


# The world's other currencies, as CLDR writes them (``nlu.data.currencies``): a symbol right before or after the
# figure ("KSh 150,000", "Ksh150k", "Rp 50 juta", "GH₵ 20,000", "20.000 Ft"), a name after it ("20k ghanaian cedis",
# "2m tanzanian shillings"), or a name's head word right after it ("20k cedis a month").
@lru_cache(maxsize=1)
def _local_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    symbols = sorted(currencies.symbols(), key=len, reverse=True)
    whole, heads = currencies.names()
    symbol_re = "|".join(re.escape(s) for s in symbols)
    # (a symbol that opens with a letter is a word of its own: "arm 500" has no "Ar")
    before = re.compile(rf"(?:(?<![^\W\d_])|(?<=\d))(?P<symbol>{symbol_re})(?P<space>\s?)$")
    after = re.compile(rf"^(?P<space>\s?)(?P<symbol>{symbol_re})(?![^\W\d_])")
    # (after a scale's full stop too: "50 Mio. Rupiah")
    names = re.compile(r"^\.?\s?(?P<name>" + "|".join(re.escape(n) for n in sorted(whole, key=len, reverse=True)) + r")(?![^\W\d_])")
    head = re.compile(r"^\.?\s?(?P<name>" + "|".join(re.escape(n) for n in sorted(heads, key=len, reverse=True)) + r")(?![^\W\d_])")
    return before, after, names, head


# What may follow a head word that is an ordinary word too ("500 won a month", "20k rand, tops"): the sum's period, a
# bound or the end of what is said; "200 real customers", "3 deals won last month" go on with something else.
# (the end of what is said only after a sum of a thousand or more, or with its scale: "out of 200 pitches, 150 won." is
# deals)
_AFTER_A_WEAK_HEAD = lazy_compile(
    r"\s*(?:$|[.,;:!?)]|(?P<said>/|(?:per|a|an|each|every|monthly|yearly|annually|quarterly|max|maximum|tops|total|in total|only|"
    r"budget|or so|ish|approx|roughly|give or take|p\.?m|p\.?a|pcm)\b))")
_BIG = lazy_compile(r"\d[\d,.' ]{3,}|\d\s?(?:k|m|mm|mn|bn|million|billion|thousand|grand|juta|jt|lakhs?|crores?)\b")


def _local_said(text: Text, start: int, end: int) -> tuple[str, frozenset[str]] | None:
    """The currency CLDR's symbols and names say next to a figure: the word as folded and the currencies it may be
    (several for a shared one: "kr", "shillings"); None when none is said."""
    before, after, names, head = _local_patterns()
    lower, original = text.lower, text.original
    window = lower[max(0, start - 12): start].replace("¢", "₵")
    if (m := before.search(window)) is not None and _written_as_money(original, start - len(window) + m.start("symbol"), m.group("symbol"), glued=not m.group("space")):
        return m.group("symbol"), currencies.symbols()[m.group("symbol")]
    window = lower[end: end + 40].replace("¢", "₵")
    if (m := after.match(window)) is not None and _written_as_money(original, end + m.start("symbol"), m.group("symbol"), glued=False):
        return m.group("symbol"), currencies.symbols()[m.group("symbol")]
    if (m := names.match(window)) is not None:
        return m.group("name"), currencies.names()[0][m.group("name")]
    if (m := head.match(window)) is not None:
        word, codes = m.group("name"), currencies.names()[1][m.group("name")]
        follows = _AFTER_A_WEAK_HEAD.match(window, m.end())
        if not currencies.weak(word) or (follows and (follows.group("said") or _BIG.search(lower, start, end))):
            return word, codes
    return None


def _written_as_money(original: str, at: int, folded: str, *, glued: bool) -> bool:
    """Whether a symbol of Latin letters is written as money: three letters or more ("Ksh", "tsh", "TSH"), or two
    glued to the figure ("rm10k", "Rp50jt"), or two written apart as CLDR writes them or in capitals ("Rp 50 juta",
    "RM 10k", "20.000 Ft"; not "ft", "rm"). Any other symbol ("GH₵", "₦", "S/") is money as it is."""
    if not (folded.isascii() and folded.replace(".", "").isalpha()):
        return True
    if len(folded.rstrip(".")) >= 3 or glued:
        return True
    said = original[at: at + len(folded)]
    return currencies.written_so(said) or said.isupper()


# The rand written the South African way: "R3000", "R14bn", "R 50 000" (a capital "R" when apart from the figure);
# not "R$" (the real, read as a symbol), nor "R&D" or "R2D2".
_RAND = lazy_compile(r"(?<![\w$€£&.-])[rR]$")


def _rand(text: Text, amount: Amount) -> bool:
    """Whether the amount is written after the rand's "R": glued to it, or after a capital "R" and a space; of a
    hundred rand or more, or with its scale ("R2" is a version or a road, "R2m" is money)."""
    first = amount.parts[0]
    if not (amount.scaled or (amount.max or amount.min or 0) >= 100):
        return False
    if re.match(r"[a-z]", text.lower[amount.end: amount.end + 1]):
        return False  # "R2D2"
    glued = _RAND.search(text.original, max(0, first.start - 2), first.start)
    spaced = first.start >= 2 and text.original[first.start - 1] == " " and _RAND.search(text.original, max(0, first.start - 3), first.start - 1)
    return bool(glued or (spaced and text.original[first.start - 2] == "R"))


# How a sum is hedged after it was said ("give or take", "or so", and "more or less" as the rewrite leaves every language's
# "about").
_HEDGE = r"give or take|or so|or thereabouts|more or less|roughly|approx(?:imately|\.)?|about|ish|-ish|plus or minus|\+/-|ballpark"
# The currency said after the amount's period, closing its clause: "between five and seven grand a month, AUD",
# "3k per month in CAD", "20k/yr (NZD)"; or after a hedge, with or without a period:
# "five grand a month, give or take, CAD".
_CURRENCY_AFTER_PERIOD = lazy_compile(
    # (the period in the seven languages' words too, left so in a message too short to tell its language: "3k/mes CAD")
    r"\s*(?:(?:/\s*|per\s+|a\s+|an\s+|each\s+)(?:month|mo|mth|year|yr|quarter|qtr|annum|mes|mês|mois|monat|mese|maand|"
    r"año|ano|jahr|anno|jaar)s?\b|monthly\b|yearly\b|annually\b|quarterly\b|(?=\s*[,;(-]?\s*(?:"
    + _HEDGE + r"))|"
    # "our budget is 3k, in CAD": "in" and the currency after a comma, closing the clause, with no period between
    r"(?=\s*,\s*(?:in|en|em|im)\s)|"
    # "4k al mes en dólares australianos" left unread by a rewrite for another language: a word or two, then "in" and
    # the currency closing the clause
    r"(?:\s+[^\W\d_]+){1,2}(?=\s+(?:in|en|em|im)\s))"
    # "five grand a month, give or take, CAD": a hedge between the sum and the currency that closes its clause
    r"(?:\s*[,;(-]?\s*(?:" + _HEDGE + r")\s*[,;)]?)?"
    # "in" as the seven languages say it where the rewrite left it ("3k por mes en CAD" read as Portuguese)
    rf"\s*[,;(\[-]?\s*(?:(?:in|en|em|im)\s+)?(?P<currency>{_NAME_RE})\b\s*[)\]]?\s*(?:[.,;!?]|$)"
)


_NAME_LIKE = frozenset({"ron", "lei", "rand", "sar", "nis", "kr", "canadian", "krona", "lira"})


def _currency(text: Text, amount: Amount) -> str | None:
    for part in amount.parts:
        found = _currency_around(text, part.start, part.end)
        if found:
            return found
    if (after := _CURRENCY_AFTER_PERIOD.match(text.lower, amount.end)) is not None:
        said = text.original[after.start("currency"): after.end("currency")]
        # a currency that is also a name ("5k a month, Ron", "Rand") only as its code in capitals ("RON", "SAR")
        if after.group("currency") not in _NAME_LIKE or said.isupper():
            return _NAMES[after.group("currency")]
    return "ZAR" if _rand(text, amount) else None


def _period_in(text: str) -> str | None:
    for name, pattern in _PERIODS:
        if pattern.search(text):
            return name
    return None


# A unit cost or rate the visitor measures: an amount said of it is no budget.
_METRIC = lazy_compile(
    r"\b(?:cost|price|spend|cpl|cpa|cac|cpc|cpm|cpi)\s+(?:per|a|each|/)\s*(?:lead|click|acquisition|customer|sale|conversion|install|booking|signup|sign-up|mille|thousand|demo|meeting|appointment|mql|sql)s?\b|"
    r"\b(?:cpl|cpa|cac|cpc|cpm|cpi|cost per|(?:customer )?acquisition cost|ltv|aov|average order value|arpu|roas)\b"
)
# A period said on its own right after the amount's clause: "10-20k, one-off", "5k - monthly".
_PERIOD_NEXT = lazy_compile(
    r"\s*[,;-]\s*(?:paid\s+|billed\s+|as\s+a\s+)?(?:one[- ]?(?:off|time)|monthly|per month|a month|yearly|annually|per year|a year|quarterly|in total)\b|"
    # "CEO approved €30k, oh and it's per year not one-off": the period said of the sum as an afterthought, and the
    # seven languages' "it is" as the rewrite leaves it ("ach und es ist pro Jahr", "ah et c'est par an", "y es al año",
    # "e é por ano", "ed è all'anno", "en het is per jaar"); the period it is not, said after, is not read
    r"\s*[,;-]\s*(?:(?:oh|ah|ach|o|and|ed|also|btw|sorry|oops|just so you know)\s*,?\s+)*"
    r"(?:(?:it'?s|it is|that'?s|that is|this is|which is|es ist|das ist|c'est|est|es|(?:é|è)|the is|het is|dat is)\s+)"
    r"(?:actually\s+|really\s+)?(?:one[- ]?(?:off|time)|monthly|per month|a month|yearly|annually|per year|a year|quarterly|in total)\b|"
    # "3k. per month.": a sentence that is only the period
    r"\s*\.\s*(?:paid\s+|billed\s+)?(?:one[- ]?(?:off|time)|monthly|per month|a month|/\s*mo(?:nth)?|yearly|annually|per year|a year|quarterly|in total)\s*(?:[.,;!]|$)"
)
# "120,000 over 12 months", "for the next twelve months": a year's worth; "over 3 months", "for a 3 month pilot" a
# quarter's (and "für ein 3-monatiges Pilotprojekt", "for a pilote of 3 months" as the rewrite leaves "pour un pilote de
# 3 mois", "para un piloto de 3 meses", "per un pilota di 3 mesi", "voor een pilot van 3 maanden").
_SPAN = lazy_compile(
    r"\b(?:over|for|across|within|in|spread over)\s+(?:the\s+|a\s+|an\s+)?(?:next\s+|coming\s+|first\s+)?(?:(?P<year>12|twelve)|(?P<quarter>3|three))"
    r"(?:\s+months\b|[\s-]month\s+(?:pilot|trial|test|project|campaign|engagement|contract|sprint|program|programme|run)\b|-?monatige[nrs]?\b)|"
    r"\b(?:for|before)\s+(?:a|an|the)\s+(?:pilot\w*|piloto|pilota|trial|test|proef|project|projet|proyecto|projeto|progetto|campaign|"
    r"campagne|campa(?:ñ|n)a|campanha|campagna|contract|contrat|contrato|contratto)\s+(?:of|de|di|van|von)\s+(?:(?P<year2>12|twelve)|(?P<quarter2>3|three))\s+months\b"
)


# "... for the first year", and the seven languages' as the rewrite leaves them ("im ersten Jahr" -> "in 1. years",
# "pour la première année" -> "for the 1ère years", "el primer año" -> "el 1.ᵉʳ years", "no primeiro ano" -> "in 1º
# years", "per il primo anno", "voor het eerste jaar" -> "before the 1e years").
_FIRST_YEAR_AFTER = lazy_compile(
    r"\s*(?:[$€£]|euros?|dollars?|pounds?|reais|francs?|eur|usd|gbp|chf)?\s*(?:(?:for|in|over|during|before)\s+)?"
    r"(?:the |our |el |o |il |het )?(?:first|1(?:st|\.ᵉʳ|\.|ère|ere|er|º|°|e|o)?)\s+(?:full\s+)?years?\b"
)


def _period(text: Text, start: int, end: int, clause: tuple[int, int], fallback: str | None = None) -> str | None:
    """The period said after the amount, else before it in its clause, else anywhere in an answer about money."""
    stop = min(clause[1], end + 45)
    # ... up to the next figure: "turnover is 3M and we can spend 4k a month" gives the month to the 4k alone
    if (next_figure := re.compile(r"\d").search(text.lower, end, stop)) is not None:
        stop = next_figure.start()
    after = _period_in(text.lower[end: stop])
    if after:
        return after
    if _FIRST_YEAR_AFTER.match(text.lower, end, min(len(text.lower), end + 40)):
        return "year"  # "10.000 € im ersten Jahr" (rewritten "in 1. years"): the ordinal is no figure that ends the window
    span = _SPAN.search(text.lower, end, min(clause[1], end + 45))
    if span:
        return "year" if span.group("year") or span.group("year2") else "quarter"
    if clause[1] < len(text.lower) and (next_ := _PERIOD_NEXT.match(text.lower, clause[1])):
        return _period_in(next_.group(0)) or None
    if re.search(r"\b(?:arr|annual|yearly)\W*$", text.lower[max(clause[0], start - 12): start]):
        return "year"  # "churn is 5% a month, ARR 1.2M": the period of the cue, not of the clause before
    window = text.lower[max(clause[0], start - 45): start]
    for name, pattern in _PERIODS:
        if name != "one_time" and pattern.search(window):
            return name
    return fallback


# "221B Baker St", "Suite 400": a house or suite number, not money.
_STREET_AFTER = lazy_compile(
    r"^[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Lane|Ln|Blvd|Boulevard|Way|Drive|Dr|Place|Pl|"
    r"Square|Sq|Court|Ct|Close|Crescent|Terrace|Highway|Hwy|Parkway|Pkwy)\b"
)
_STREET_BEFORE = lazy_compile(r"\b(?:suite|ste|unit|floor|apt|building|bldg|po box|p\.o\. box)\.?\s*#?\s*$")


_FRACTION_OF = lazy_compile(r"\b(?:(three)\s+quarters|(?:a|one)\s+quarter)\s+of\s+(?:a\s+)?$")


def _looks_like_money(text: Text, amount: Amount, field: str | None, cue: bool) -> bool:
    lower = text.lower
    first, last = amount.parts[0], amount.parts[-1]
    if NOT_MONEY_AFTER.search(lower[last.end: last.end + 30]):
        return False
    if _STREET_AFTER.match(text.original[first.start + len(re.match(r"[\d.,' ]*", lower[first.start:]).group(0)):]) or _STREET_BEFORE.search(lower, max(0, first.start - 15), first.start):
        return False
    if _currency(text, amount):
        return True
    if _postcode(text, amount):
        return False
    if _WORKPLACE_BEFORE.search(lower, max(0, first.start - 25), first.start):
        return False  # "I work at 3M": a company's name
    if _NOT_MONEY_BEFORE.search(lower[max(0, first.start - 20): first.start]) and not amount.scaled:
        return False
    if not amount.scaled and len(amount.parts) == 1 and 1900 <= first.value <= 2100 and not _PERIOD_SAID_AFTER.match(lower, last.end):
        return False  # "founded in 2009" is a year; "2000 a month" is not
    if amount.words and not amount.scaled:
        return False
    if field in ("budget", "revenue"):
        return True
    if not amount.words and (amount.max or first.value or 0) >= 100 and _a_sum_said_alone(text, first.start, last.end):
        return True
    if _currency_of_a_hedged_top(text, amount):
        return True  # "so 15'000, vielleicht 20'000 Franken": the currency said once, after the top  # "so um die 1.500 im Monat", "1500 a month": money's period right after it ("1500 visits a month" is none)
    if field is not None and not cue:
        return False
    return amount.scaled and (cue or amount.max is None or amount.max >= 1000) or (cue and (amount.max or 0) >= 100)


# "28001 Madrid", "1012 AB Amsterdam", "SW1A 1AA": a postcode, written before the town or as letters after the digits.
_POSTCODE_LETTERS_AFTER = lazy_compile(r"\s?[A-Z]{2}\b(?!\s*(?:[$€£]|\d))")
_TOWN_AFTER = lazy_compile(r"\s+(?P<town>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)")


def _postcode(text: Text, amount: Amount) -> bool:
    """A bare figure of four or five digits that a postcode's letters or a town's name follow."""
    if amount.scaled or amount.words or len(amount.parts) != 1:
        return False
    part = amount.parts[0]
    written = text.original[part.start: part.end]
    if not re.fullmatch(r"\d{4,5}", written):
        return False
    letters = _POSTCODE_LETTERS_AFTER.match(text.original, part.end)
    if letters and text.original[letters.start(): letters.end()].strip().upper() not in _iso_currencies() | {"USD", "EUR"}:
        return True
    town = _TOWN_AFTER.match(text.original, part.end)
    return bool(town and places.is_place(town.group("town").lower()))


_A_PERIOD_AFTER = lazy_compile(r"\s*(?:/\s*|per\s+|a\s+|an\s+|each\s+)(?:month|mo|mth|year|yr|quarter|qtr)\b")
# "up to 2500 a month", "4k a month at most", "max 1800 per month" (and "bis zu", "jusqu'à", "hasta", "até", "fino a",
# "tot", "höchstens" as the rewrite leaves them): a ceiling on a sum paid each period, which only a budget is.
_CEILING_BEFORE = lazy_compile(
    r"\b(?:up to|upto|max(?:imum)?|at most|at the most|no more than|not more than|tops|top|a ceiling of|a limit of|a cap of|capped at)"
    r"\s*(?:about\s+|around\s+|roughly\s+|approx\.?\s+|~\s*|maybe\s+|perhaps\s+)?(?:[$€£]\s*)?$"
)
_CEILING_AFTER = lazy_compile(r"\s*(?:,\s*)?(?:at (?:the )?most|max(?:imum)?|tops|top|at the outside)\b")
# ... of what is counted each period, not paid: "up to 2500 visitors a month"
_COUNTED = lazy_compile(
    r"\b(?:visitors?|visits|sessions|users|leads|orders|sign-?ups|calls|emails|clicks|impressions|downloads|customers|clients|"
    r"bookings|tickets|units|posts|followers|views|deliveries|shipments|parcels|patients|students|requests|messages|hours|hrs)\b"
)


_PERIOD_SAID_AFTER = lazy_compile(r"\s*(?:(?:/\s*|per\s+|a\s+|an\s+|each\s+|every\s+)(?:month|mo|mth|year|yr|quarter|qtr)\b|monthly\b|yearly\b|annually\b|quarterly\b)")
# Money's period or its total right after a figure ("1.500 im Monat", "15k total"): a sum, with no currency or cue word.
_SUM_SAID_AFTER = lazy_compile(rf"{_PERIOD_SAID_AFTER.pattern}|\s*(?:in total|total|all[- ]in|overall)\b"
                              # ... of a sum, not of a count: "1500 total customers"
                              r"(?=\s*(?:$|[^\w\s]|(?:for|on|across|over|budget|spend|including|incl|max|tops|maybe|probably|ish|or so)\b))")


# What may stand before a sum said alone: hedges, "this time", "we can do" ("we get 2000 a month" counts something).
# An answer's opening words are hedges too: "ok", "yes", "well" and a guess said as one ("ok vielleicht 3000 im Monat",
# "oui, je dirais 3000 par mois", "allora, diciamo 3000 al mese", "acho que uns 3000 por mês", "ik denk 3000 per
# maand"), in the seven languages as the rewrite leaves them ("ja" is "yes", "ich" is "me", "maar" is "but").
_SUM_LEAD_IN = lazy_compile(
    r"\W*(?:(?:like|about|around|roughly|maybe|probably|approx\.?|~|only|just|honestly|so|um|uh|hmm|a|currently|now|right now|"
    r"today|at the moment|atm|rn|this time|for this|for us|ideally|realistically|max|tops|up to|we can do|we could do|we'?d do|"
    r"can do|could do|we can pay|we could pay|we'?d pay|we can spend|we could spend|we'?d spend|"
    r"ok|okay|k|yes|yeah|yep|yup|sure|well|hm+|erm|er|perhaps|possibly|tbh|i (?:guess|think|suppose|reckon|believe)|"
    r"i'?d (?:say|guess)|let'?s say|say|"
    r"also|tja|naja|na ja|(?:me |ich )?(?:w(?:ü|u)rde|würd) (?:sagen|sch(?:ä|a)tzen)|sagen wir(?: mal)?|(?:me |ich )?(?:denke|sch(?:ä|a)tze)(?: mal)?|"
    r"denke ich|sch(?:ä|a)tze ich|bon|ben|euh|alors|je (?:dirais|pense|crois)|disons|"
    r"bueno|pues|vale|venga|digamos|(?:yo )?dir(?:í|i)a|creo que|"
    r"allora|beh|mah|boh|diciamo|direi|penso|credo|"
    r"bom|ent(?:ã|a)o|olha|tipo|(?:eu |me )?diria|(?:eu |me )?acho que|"
    r"nou|dus|zeg (?:maar|but)|(?<=zeg )but|(?:me|ik) denk|denk (?:ik|me)|(?:me|ik) zou zeggen|schat (?:ik|me))\W+)*")


def _a_sum_said_alone(text: Text, start: int, end: int) -> bool:
    """A figure with money's period or total right after it and only hedges before it in its clause ("so um die 1.500
    im Monat", "this time maybe 15k total"): a sum, though no currency or budget word is said."""
    return bool(_SUM_SAID_AFTER.match(text.lower, end) and _SUM_LEAD_IN.fullmatch(text.lower, text.clause_at(start)[0], start))


# "R15k pm", "£2k pcm", "50k p.a.": the period abbreviated, after a sum with its scale or currency (not "5 pm", a time).
_PERIOD_ABBREVIATED = lazy_compile(r"\s*(?:p\.?\s?m\.?|pcm|p/m|p\.?\s?a\.?)(?![a-z])")


def _before_the_symbol(text: Text, start: int) -> int:
    """Where the currency written before a figure starts ("$30k", "KSh 150k", "R15k"), else the figure's start."""
    window_start = max(0, start - 12)
    window = text.lower[window_start: start].replace("¢", "₵")
    if (m := _BEFORE.search(window)) is not None:
        return window_start + m.start()
    if (m := _local_patterns()[0].search(window)) is not None:
        return window_start + m.start()
    if (m := _RAND.search(text.original, window_start, start)) is not None:
        return m.start()
    return start


def _a_period_sum_volunteered(text: Text, amount: Amount, clause: tuple[int, int]) -> bool:
    """A sum of money with its period, in a clause of its own with only hedges before it ("30k a month", "Acme Ltd,
    around 30k a month", "Acme GmbH, etwa 30.000 € im Monat"), said at a question about something else: what the
    visitor would spend each period. Not a bare figure ("about 200 a month" may count anything), nor what is counted in
    the sentence ("more leads, about 2k a month"), nor a question ("30k a month?", a price asked); a revenue or a past
    spend is told apart by its words before this is asked (``_kind``, ``stance.not_stated_money``)."""
    if not (amount.scaled or _currency(text, amount)) or amount.words and not amount.scaled:
        return False
    end = _end_with_currency(text, amount)
    if not (_PERIOD_SAID_AFTER.match(text.lower, end) or _PERIOD_ABBREVIATED.match(text.lower, end)):
        return False
    if not _SUM_LEAD_IN.fullmatch(text.lower, text.clause_at(amount.start)[0], _before_the_symbol(text, amount.start)):
        return False
    sentence = stance.sentence_at(text, amount.start)
    if _COUNTED.search(text.lower, *sentence) or _BUSINESS_SAID.search(text.lower, sentence[0], amount.start):
        return False  # "we sell shoes, about 50k a month": what the business sells, as likely as what it would spend
    return not text.lower[clause[1]: clause[1] + 1] == "?" and "?" not in text.lower[end: sentence[1] + 1]


def _ceiling_a_period(lower: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    period = _PERIOD_SAID_AFTER.match(lower, end)
    if period is None or _COUNTED.search(lower, clause[0], clause[1]):
        return False
    return bool(_CEILING_BEFORE.search(lower, max(clause[0], start - 30), start) or _CEILING_AFTER.match(lower, period.end()))


# What may stand before a figure whose cue is in the clause before: hedges, "now", and "it will be" in the seven
# languages as the rewrite leaves it ("ce sera", "c'est", "será", "sarà", "wird es", "het wordt").
_LEAD_IN_AFTER_A_CUE = lazy_compile(
    r"\W*(?:(?:like|about|around|roughly|maybe|probably|approx\.?|~|only|just|honestly|so|um|uh|hmm|a|currently|now|right now|"
    r"today|at the moment|atm|rn|actually|rather|more like|finally|in the end|after all|eventually|"
    # "in the end" as the rewrite leaves the others' ("finalement ce sera 60000", "al final será", "alla fine sarà",
    # "letztendlich wird es", "uiteindelijk wordt het", "afinal vai ser")
    r"finalement|au final|en fin de compte|finalmente|al final|en definitiva|alla (?:fine|end of)|letztendlich|schlie(?:ß|ss)lich|am ende|"
    r"endlich|uiteindelijk|afinal|no fim|no final|"
    r"it'?s|it is|it'?ll be|it will be|it'?d be|it would be|that'?s|that is|will be|would be|"
    r"ce sera|ce serait|c'est|ça sera|ça fera|sera|serait|ser(?:á|a)|ser(?:í|i)a|va a ser|vai ser|sar(?:à|a)|sarebbe|"
    r"wird es|es wird|wird|w(?:ä|a)re|es ist|ist|het wordt|wordt|het is|het zal|zal|the wordt|the is|est|es|(?:é|è))\W+)*"
)


def _kind(text: Text, start: int, clause: tuple[int, int], field: str | None, end: int | None = None) -> str | None:
    lower = text.lower
    if end is not None and _COMPANY_AFTER.match(lower[end: end + 40]) and not _BUDGET_CUE.search(lower, clause[0], clause[1]):
        return "revenue"
    best: tuple[int, str] | None = None
    cues = ((_REVENUE_CUE, "revenue"), (_BUDGET_CUE, "budget"))
    if field == "budget":
        cues = ((_STRONG_REVENUE_CUE, "revenue"), (_BUDGET_CUE, "budget"))
    elif field == "revenue":
        cues = ((_REVENUE_CUE, "revenue"), (_STRONG_BUDGET_CUE, "budget"))
    for pattern, kind in cues:
        for m in pattern.finditer(lower, clause[0], clause[1]):
            distance = abs(m.start() - start) if m.start() < start else abs(m.start() - start) + 10
            if best is None or distance < best[0]:
                best = (distance, kind)
    if best is not None:
        return best[1]
    if field in ("budget", "revenue"):
        return field
    if end is not None and _A_PERIOD_AFTER.match(lower, end) and stance.stated_after(text, start):
        return "budget"  # "can you do it for 3,000 a month? that's our max": a plain figure the visitor calls their ceiling
    if end is not None and _ceiling_a_period(lower, start, end, clause):
        return "budget"  # "ok maybe up to 2500 a month", at any question: the most they would pay, each period
    # "Revenue? around 700 grand", "our budget's tiny, like a few hundred a month": the cue is in the clause before.
    # ("..., currently around 2M", "..., now about 2.6M": the figure now of what the clause before named)
    # ("Et pour le budget, ce sera plutôt nonante mille par an": "it will be" as the seven languages say it, the rewrite
    # leaving "ce sera actually 90000")
    if not _LEAD_IN_AFTER_A_CUE.fullmatch(lower, clause[0], start):
        return None  # "employees 150": the clause names what it counts
    sentence_start = stance.sentence_at(text, start)[0] if not lower[:clause[0]].rstrip().endswith("?") else 0
    before = lower[max(sentence_start, clause[0] - 30): clause[0]]
    previous = [(m.end(), kind) for pattern, kind in ((_STRONG_REVENUE_CUE, "revenue"), (_STRONG_BUDGET_CUE, "budget")) for m in pattern.finditer(before)]
    return max(previous)[1] if previous else None


# What the business does, said earlier in the sentence ("We make dog food, sold on Amazon, ~$3M/yr").
_BUSINESS_SAID = lazy_compile(r"\b(?:we|i) (?:make|sell|sold|manufacture|produce|build|run|operate|ship|distribute)\b|\bsold (?:on|in|through|via|at)\b")


def _business_sized(text: Text, amount: Amount) -> bool:
    """An amount with no cue of its own, of a business's size, after the business is described.

    A chat visitor's marketing budget is rarely a quarter of a million or more,
    so such a figure that follows "we make/sell ..." in the same sentence is
    read as revenue; smaller ones stay the budget they usually are.
    """
    if max(amount.min or 0, amount.max or 0) < 250_000:
        return False
    lower = text.lower
    sentence_start = max(lower.rfind(stop, 0, amount.start) for stop in (". ", "! ", "? ", "\n")) + 1
    return _BUSINESS_SAID.search(lower, sentence_start, amount.start) is not None


# Paying for a product: "we pay hubspot 800/month", "salesforce costs us 2k a month", "our shopify plan is $300".
_PAID_FOR = lazy_compile(r"\b(?:pay|paying|paid|costs?|costing|charges?|charging|bill|billed|subscription|licen[cs]es?|plan|seats?|tier)\b")


# A sign-off line, however it is phrased: "the CEO has final say on anything over 25k", "needs approval past 15k",
# "anything north of 20k goes to the board". nlu.stance reads most lines; these it let through ("final say on" read as
# a reported "says we can", the French "on" being "we"; "past" for "over"). Who signs above a line says nothing of
# what the visitor will spend, unless the visitor says the spending ("we can spend anything over 25k").
_LINE_BEFORE = lazy_compile(
    r"\b(?:over|above|past|beyond|north of|more than|in excess of|upwards of|greater than|exceeding)\s*(?:[$€£]|usd|eur|gbp|chf)?\s*$")
_SIGN_OFF = lazy_compile(
    r"\b(?:final (?:say|call|decision|word)|sign(?:s|ed)? off|sign-?off|signoff|approv\w*|needs? (?:sign|approval)|"
    r"go(?:es)? (?:to|through|up to) (?:the )?(?:board|ceo|cfo|coo|owners?|md|directors?|finance|procurement|partners?|"
    r"management|committee)|has to go (?:to|through)|escalat\w*|authori[sz]\w*|decides?|calls? the shots|"
    # French as the rewrite leaves it: "tout ce qui dépasse 50k doit passer par le conseil", "doit être validé"
    r"(?:doit|doivent|faut) (?:passer par|(?:ê|e)tre valid\w*)|validation)\b")
_OWN_SPENDING = lazy_compile(r"\b(?:we|i)\s+(?:(?:can|could|would|will|might|may)\s+)?(?:spend|go|do|afford|invest|put)\b")


def _sign_off_line(text: Text, start: int, clause: tuple[int, int]) -> bool:
    """Whether the figure is the line above which someone signs off, not a sum the visitor spends."""
    lower = text.lower
    sentence = stance.sentence_at(text, start)
    # (the line read before the currency written before the figure, whatever its notation: "above R50 000",
    # "over KSh 500,000", "über CHF 50'000")
    return bool(_LINE_BEFORE.search(lower, max(clause[0], start - 25), _before_the_symbol(text, start)) and _SIGN_OFF.search(lower, *sentence)
                and not _OWN_SPENDING.search(lower, clause[0], start) and not stance.spends_past(text, start))


def _tool_price(text: Text, start: int, clause: tuple[int, int]) -> bool:
    """An amount in a clause that names a product the visitor pays for, with no word of a budget: the product's price."""
    lower = text.lower
    if _STRONG_BUDGET_CUE.search(lower, *clause) or not _PAID_FOR.search(lower, clause[0], clause[1]):
        return False
    return bool(tools.tech_stack(Text.of(text.original[clause[0]: clause[1]]), None))


# A spend the visitor has someone look at: "... and want someone to audit it", "need a second opinion on it", and the
# other languages' verbs the rewrite leaves ("der das prüft", "auditer", "lo audite", "che lo verifichi", "doorlicht").
_AUDIT = lazy_compile(
    r"\b(?:audit|audits|audited|auditing|review|reviewed|reviewing|second opinion|health[- ]?check|sanity[- ]check|look over|"
    r"prüft|prüfen|überprüft|überprüfen|auditer|auditez|auditar|audite|auditen|verifich\w*|verificar|doorlicht\w*)\b"
)
_TAKEN_OVER = lazy_compile(r"\b(?:take (?:it |that |them |this )?over|takes? over|manage|managing|run (?:it|them|that)|running it|handle|handling)\b")
_SPEND_VERB = lazy_compile(
    r"\b(?:spend|spending|spends|put|putting|puts|invest|investing|pump|pumping|stecken|geben|met|mettons|investissons|"
    r"invertimos|investimos|investiamo|mettiamo|spendiamo|steken|besteden|investeren)\b"
)


def _to_be_audited(text: Text, amount: Amount, clause: tuple[int, int]) -> bool:
    """A spend said in its clause, then a wish to have it audited or reviewed later in the sentence, with no word of
    a budget in the amount's clause: the sum to look at, not the budget for the work."""
    lower = text.lower
    if not _SPEND_VERB.search(lower, clause[0], amount.start) or re.search(r"\bbudget", lower[clause[0]: clause[1]]):
        return False
    end = stance.sentence_at(text, amount.start)[1]
    # "... want someone to review it and take it over": a spend to be run by whoever is hired stays the budget
    return _AUDIT.search(lower, amount.end, end) is not None and _TAKEN_OVER.search(lower, amount.end, end) is None


# "we're 40", "we are about 12": a bare figure after "we are" (the rewrite of "wir sind", "on est", "somos", "siamo in",
# "we zijn met") counts the people the company is, when nothing after it makes it money.
_WE_ARE = lazy_compile(r"\b(?:we'?re|we are|we r)\s+(?:about\s+|around\s+|roughly\s+|approx\.?\s+|~\s*|just\s+|only\s+|now\s+)?$")
_BARE_END = lazy_compile(r"\s*(?:[,;.!?)]|$|(?:-?ish|or so|people|persons|staff|employees|in total|and|but|with|plus)\b)")


def _heads(text: Text, amount: Amount) -> bool:
    """A bare number said as how many the company is ("we're 40,"), not an amount of money."""
    lower = text.lower
    if amount.scaled or amount.words or len(amount.parts) != 1 or (amount.max or amount.min or 0) >= 1000:
        return False
    if _currency(text, amount) or _period_in(lower[amount.end: amount.end + 20]):
        return False
    return bool(_WE_ARE.search(lower, max(0, amount.start - 25), amount.start) and _BARE_END.match(lower, amount.end))


# A run of digit groups that dials a phone: "07700 900123", "+44 161 496 0000", "06 12 34 56 78", "(0171) 234-5678".
_DIAL_RUN = lazy_compile(r"(?<![\w.,])(?:\+\s?)?\(?\d[\d\s()./-]{5,}\d(?![\w])")
_DIAL_WORDS = lazy_compile(
    r"\b(?:call|ring|phone|tel|telephone|mobile|cell|number|whatsapp|text me|reach me|contact me|sms|"
    r"anrufen|ruf|rufen|telefon|handy|nummer|appelez|appelle|téléphone|portable|numéro|llámame|llamar|teléfono|móvil|número|"
    r"ligue|liga|telemóvel|celular|chiamami|chiamare|cellulare|numero|bel|bellen|telefoonnummer|nummer)\b"
)


def phone_spans(lower: str) -> list[tuple[int, int]]:
    """Where the text gives a phone number: digit groups that start with "+" or a trunk "0", or a long run of
    them near a word of calling; no sum of money is written so."""
    spans = []
    for m in _DIAL_RUN.finditer(lower):
        run = m.group(0)
        digits = sum(ch.isdigit() for ch in run)
        if digits < 7 or not re.search(r"\d[\s()./-]+\d", run):
            continue
        trunk = run.lstrip("(").startswith("0") and not re.match(r"\(?0[.,]", run)
        if run.startswith("+") or (trunk and digits >= 8) or (digits >= 9 and _DIAL_WORDS.search(lower, max(0, m.start() - 40), m.start())):
            spans.append((m.start(), m.end()))
    return spans


# Currencies called dollars and written "$" at home: a bare "$" from a visitor whose country counts in one is that one.
_DOLLARS = frozenset({"AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "JMD", "TTD", "BSD", "BBD", "BZD", "FJD", "BMD", "KYD", "XCD", "LRD", "NAD"})


# Countries whose own money is written with a bare "$" (their pesos): there "$2000" is theirs, "dólares" the US dollar.
_PESO_SIGN = frozenset({"MXN", "COP", "CLP", "ARS", "UYU", "DOP", "CUP"})
# The dollar said plainly, which in a dollar country is its own: "$", "dollars" ("2000 dollars par mois" in Québec),
# "bucks"; "US$", "USD", "US dollars" name the US dollar wherever they are said.
_PLAIN_DOLLAR = frozenset({"$", "dollar", "dollars", "bucks"})
_US_DOLLAR_SAID = lazy_compile(r"\busd\b|\bus\$|\bu\$s|\b(?:us|american|u\.s\.) dollars?\b|d(?:ó|o)lares (?:americanos|estadounidenses)|dollars? am(?:é|e)ricains?")


def _bare_dollar(text: Text, amount: Amount, clause: tuple[int, int], *, names: bool = False) -> bool:
    """Whether the currency said with the amount (or in its clause) is a bare "$", not "US$", "USD" or "dollars" (with
    ``names``, "dollars" and "bucks" too, as a dollar country says its own)."""
    lower = text.lower
    if _US_DOLLAR_SAID.search(lower, clause[0], clause[1]):
        return False  # "$2000 USD": the US dollar named, wherever the visitor is
    if not names and re.search(r"\bdollars?\b", lower[clause[0]: clause[1]]):
        return False  # "$2000 USD al mes", "$2000 dólares" (the rewrite's "dollars") where "$" is the peso's sign
    plain = _PLAIN_DOLLAR if names else frozenset({"$"})
    for part in amount.parts:
        m = _BEFORE.search(lower[max(0, part.start - 8): part.start])
        if m is None:
            m = _AFTER.search(lower[part.end: part.end + 30])
        if m is not None:
            return (m.group("currency") if "currency" in m.re.groupindex else m.group(0)).strip(" ~≈.") in plain
    if _CLAUSE_CURRENCY.search(lower, clause[0], clause[1]):
        return False
    return any(m.group(0) == "$" for m in _CLAUSE_SYMBOL.finditer(lower, clause[0], clause[1]))


# The dollar's and the peso's signs and names are read above as they always were (``_bare_dollar``, ``_bare_peso``).
_READ_APART = frozenset({"$", "dollar", "dollars", "bucks", "peso", "pesos"})


def _shared(text: Text, amount: Amount) -> frozenset[str]:
    """Every currency the symbol or name said with the amount may be, when several share it ("kr": DKK, NOK, SEK;
    "Rs": INR, PKR, MUR; "shillings": KES, TZS, UGX, SOS; "£" and "pounds", GBP and EGP among them): the visitor's
    own is the one they mean. Empty when what is said names one currency, or is the dollar's or the peso's."""
    lower = text.lower
    for part in amount.parts:
        m = _BEFORE.search(lower[max(0, part.start - 8): part.start])
        key = m.group(0).strip(" ~≈") if m else None
        if key is None and (m := _AFTER.search(lower[part.end: part.end + 30])) is not None:
            key = m.group("currency")
        codes = frozenset()
        if key is not None:
            codes = currencies.candidates(key) | _NARROW_SHARED.get(key, frozenset()) | {_SYMBOLS.get(key) or _NAMES.get(key) or key.upper()}
        elif (slang := _slang_said(text, part.end)) is not None:
            key, codes = slang, frozenset(_SLANG[slang])
        elif (local := _local_said(text, part.start, part.end)) is not None:
            key, codes = local
        if key is not None:
            return frozenset() if key in _READ_APART or len(codes) < 2 else codes
    return frozenset()


# Currencies called pesos at home: a bare "pesos" from a visitor whose country counts in one is that one.
_PESOS = frozenset({"COP", "CLP", "ARS", "UYU", "DOP", "CUP", "PHP"})
_BARE_PESOS = lazy_compile(r"\bpesos?\b(?!\s+(?:mexicanos|colombianos|chilenos|argentinos|uruguayos))")
_NAMED_PESOS = lazy_compile(r"\b(?:mexican|colombian|chilean|argentine|argentinian|uruguayan)\s+pesos\b|\bmxn\b|\bmx\$")


def _bare_peso(text: Text, amount: Amount, clause: tuple[int, int]) -> bool:
    """Whether the Mexican peso was read from a bare "pesos" near the amount, not from "mexican pesos", "MXN"."""
    lower = text.lower
    window = (max(clause[0], amount.start - 8), min(clause[1], amount.end + 40))
    return bool(_BARE_PESOS.search(lower, *window)) and not _NAMED_PESOS.search(lower, *window)


_INDIAN_SCALE = lazy_compile(r"(?:\b|(?<=\d))(?:lakhs?|lacs?|crores?|cr)\b|(?<=\d)\s?l\b")
# Signs that a text counts Indian money: the rupee, or lakh and crore spelled out.
_INDIAN_MONEY = lazy_compile(r"₹|\binr\b|\brs\.?\s?\d|\brupees?\b|(?:\b|(?<=\d))(?:lakhs?|lacs?|crores?)\b|(?<=\d)\s?cr\b")


def _counts_lakh(lower: str, default_currency: str) -> bool:
    """Whether a figure written "2.5L" is lakh here: the visitor counts in rupees (from India, or the rupee or lakh
    and crore said in the text); anywhere else an "L" after a figure is litres or a size."""
    return default_currency == "INR" or bool(_INDIAN_MONEY.search(lower))


# The past tenses of costing and paying that the rewrite leaves in the other languages (Spanish and Portuguese
# "pagamos", "gastamos" are present too, and are not here).
_PAID_BEFORE = lazy_compile(
    r"\b(?:gekostet|bezahlt|gezahlt|bezahlten|zahlten|investiert|co(?:û|u)té|payé|payions|d(?:é|e)pensé|"
    r"costado|costó|pagado|pag(?:á|a)bamos|gastado|gast(?:á|a)bamos|costat[oa]|pagato|pagavamo|speso|spendevamo|investito|"
    r"custou|custava|pag(?:á|a)vamos|gast(?:á|a)vamos|gastou|gekost|betaald|betaalden|uitgegeven|ge(?:ï|i)nvesteerd|investeerden)\b|"
    # German's participle last, as the rewrite leaves it: "wir haben 2.500 € für Google Ads bezahlt" -> "... spent"
    r"\bspent(?=\s*(?:[.,;!?]|$))"
)


# Work the visitor had done for them, and paid for, before: "we had a new site built in 2023 for $25k", with the
# other languages' having it made as the rewrite leaves them ("wir haben ... bauen lassen", "we have ... laten bouwen",
# "on a fait refaire", "mandamos hacer", "abbiamo fatto rifare"); "we want to have it built for 25k" is still a budget.
# A piece of work done for a sum: "we did a new website for €5,000", "I made a logo for $300" (not "we did 1.2m in
# bookings", "we did a million in sales for the year").
_WORK_DONE_FOR = lazy_compile(
    r"\b(?:we|i)\s+(?:did|made|built|redid|redesigned|rebuilt|launched|ran|got)\s+(?:a|an|the|our|my|some|two|three)\s+"
    r"(?:[\w'-]+\s+){0,3}?for\s+(?:about\s+|around\s+|roughly\s+|like\s+|~\s*)?(?:[$€£]|usd|eur|gbp)?\s*$")
# ... in the other six, as the rewrite leaves them: "hicimos una web nueva por 5.000 €", "fizemos um site novo por",
# "on a fait un nouveau site pour", "abbiamo fatto un sito nuovo per", and the participle after the sum in German and
# Dutch ("wir haben eine neue Website für 5.000 € gemacht", "we hebben een nieuwe website gemaakt voor 5.000 euro").
_WORK_DONE_FOR_LOCAL = lazy_compile(
    r"\b(?:hicimos|hice|hemos hecho|fizemos|fiz|(?:we have|on a|i have|j'ai|ho) (?:fait|refait|fatto|rifatto))\s+"
    r"(?:a|an|the|our|my|el|la|le|il|o|un|una|uma|um|nuestr[oa]|notre|nostr[oa]|noss[oa])\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:for|por|pour|per)\s*(?:[$€£])?\s*$|"
    r"\b(?:we|i) have\s+(?:a|an|the|our|my|unser\w*|ons|onze)\s+(?:[\w'-]+\s+){0,3}?gemaakt\s+(?:for|voor|before)\s*(?:[$€£])?\s*$")
# (German says the participle after the sum: "... für 5.000 € gemacht")
_WORK_HAD_FOR = lazy_compile(r"\b(?:we|i) have\s+(?:a|an|the|our|my|unser\w*)\s+(?:[\w'-]+\s+){0,3}?for\s*(?:[$€£])?\s*$")
_WORK_DONE_AFTER = lazy_compile(r"\s*(?:[$€£]|euros?|eur)?\s*(?:gemacht|machen lassen|erstellt|gebaut)\b")


def _work_done_for(text: Text, amount: Amount, clause: tuple[int, int]) -> bool:
    """Whether the figure is what a piece of work cost ("we did a new website for €5,000"), in any of the languages."""
    lower = text.lower
    if _STRONG_REVENUE_CUE.search(lower, *clause) or _STRONG_BUDGET_CUE.search(lower, *clause):
        return False
    before = _before_the_symbol(text, amount.start)
    return bool(_WORK_DONE_FOR.search(lower, clause[0], before) or _WORK_DONE_FOR_LOCAL.search(lower, clause[0], before)
                or (_WORK_HAD_FOR.search(lower, clause[0], before) and _WORK_DONE_AFTER.match(lower, amount.end)))


_COMMISSIONED = lazy_compile(
    r"\bhad\s+(?:[\w'-]+\s+){0,4}?(?:built|made|done|designed|redesigned|redone|developed|rebuilt|set up|installed)\b|"
    r"\bwe have\b(?:[^.;!?]|(?<=\d)\.(?=\d)){0,60}?\b(?:laten\s+(?:bouwen|maken|ontwikkelen|ontwerpen|doen|vernieuwen)|"
    r"(?:bauen|machen|erstellen|entwickeln|gestalten|programmieren)\s+lassen|"
    r"fait\s+(?:faire|refaire|construire|d(?:é|e)velopper|cr(?:é|e)er)|fatto\s+(?:fare|rifare|costruire|sviluppare|realizzare))\b|"
    r"\b(?:mandamos|mandaron|mand(?:é|e)|mandei|mandou)\s+(?:hacer|fazer|construir|desarrollar|desenvolver|rehacer|refazer)\b"
)


# Whom the visitor serves or targets, said before a revenue in its sentence (the clients' words as the rewrite leaves them).
_CLIENTS = lazy_compile(
    r"\b(?:(?:clients|customers|kunden|clientes|clienti|klanten|prospects|buyers|icp|target market)\s+"
    r"(?:are|is|include|tend to be|sind|sont|son|sono|zijn|s(?:ã|a)o)|"
    r"(?:sell|selling|sells) to|(?:target|targeting|targets|serve|serving|serves|work with|working with|help|helping)\s+(?:\w+\s+)?"
    r"(?:companies|firms|businesses|brands|retailers|manufacturers|smes|organi[sz]ations|startups|clients|customers)|"
    # "get in front of more DTC brands doing $1M+ in sales": the businesses the visitor wants to reach
    r"(?:get in front of|reach|reaching|land|landing|win|winning|attract|attracting|find|finding)\s+(?:more\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:brands|companies|firms|businesses|retailers|manufacturers|accounts|clients|customers|buyers)\s+(?:doing|with|that do|turning over|making)|"
    # "we're quoting for a client, a retailer (revenue of R$ 2 billion)": a client of the visitor's named before it
    r"(?:for|before|para|pour|per|voor|f(?:ü|u)r)\s+(?:a|an|our|one of our|um|uma|un|une|una|een|einen|unseren)?\s*(?:client|cliente|klant|kunden?|clienti))\b"
)
# "The group does about $3B but that's not us": a revenue the visitor says is not theirs, right after it.
_NOT_OURS_AFTER = lazy_compile(
    r"[^.;!?]{0,30}?\b(?:that'?s not (?:us|ours|our (?:number|revenue|figure|turnover))|(?:but )?not (?:us|ours)|"
    # the same as the rewrite leaves the others ("no somos nosotros" -> "we are not nosotros", "ce n'est pas nous")
    r"we are not (?:nosotros|n(?:ó|o)s|noi|us)|das sind nicht wir|das (?:ist|sind) nicht unser\w*|ce (?:n'|n )?est pas (?:nous|le n(?:ô|o)tre)|"
    r"dat zijn wij niet|dat (?:is|zijn) niet van ons)\b"
)
_OWN_REVENUE = lazy_compile(r"\b(?:we|we'?re|our (?:revenue|turnover|sales)|wir|nous|nosotros|noi|wij|n(?:ó|o)s)\b")


def _theirs(text: Text, start: int, end: int | None = None) -> bool:
    """Whether a revenue is said of the visitor's clients or targets: named before it in its sentence, with no "we"
    or "our revenue" between them."""
    lower = text.lower
    s, _ = stance.sentence_at(text, start)
    if end is not None and _NOT_OURS_AFTER.match(lower, end):
        return True
    clients = list(_CLIENTS.finditer(lower, s, start))
    return bool(clients) and not _OWN_REVENUE.search(lower, clients[-1].end(), start)


# A sum the budget was changed to: "they raised it to 11,000", "it got bumped up to 11k", "l'hanno alzato a 11.000" (as
# the rewrite leaves "raised to"), "we've cut it back to 6k".
_CHANGED_TO = lazy_compile(
    r"\b(?:(?:got|has been|have been|was|were|been|is being|'s been|'ve been)\s+)?"
    r"(?:raised|increased|upped|bumped|lifted|pushed|moved|cut|reduced|lowered|dropped|trimmed|slashed|brought|scaled|changed|adjusted|revised|topped)"
    r"\s+(?:(?:it|that|this|the budget|our budget|the spend|us|them)\s+)?(?:(?:back|down|up)\s+)?to\s*(?:[$€£]\s*)?$"
)
# A past-tense word anywhere in the old sum's clause, up to its end ("the budget was 8,000 euros", "we started with 5k"):
# the sum was said as what the budget was, so a later change to a new sum supersedes it (``_superseded``).
_SAID_AS_WHAT_IT_WAS = lazy_compile(r"\b(?:was|were|used to be|had|initially|originally|at first|started at|started with)\b")


# What a budget rose or fell to, said of the budget itself: "but it's gone up to 15k", "it has grown to", "il est passé
# à" (as the rewrite leaves it, "passé in"), "het is gestegen naar"; and with the verb last, after the sum, as German
# and Dutch say it ("aber es ist auf 15.000 gestiegen", "maar het is naar 15.000 gestegen"). Not "could go up to", a
# stretch.
_ROSE_SUBJECT = (r"\b(?:it|it'?s|that|that'?s|this|budget|budget'?s|es|il|elle|het|the|er)\s+"
                 r"(?:(?:has|had|have|is|was|ist|est|a|now|then|since|just|already|actually)\s+)*")
_ROSE_TO = lazy_compile(
    rf"{_ROSE_SUBJECT}(?:(?:(?:went|gone|come|came)\s+(?:up|down)|grew|grown|rose|risen|increased|climbed|jumped|fell|fallen|dropped|shrunk|shrank)\s+to|"
    r"(?:pass(?:é|e)e?|augment(?:é|e)e?|baiss(?:é|e)e?)\s+(?:to|in|à|a)|(?:gestegen|gedaald)\s+(?:naar|tot))\s*(?:[$€£]\s*)?$"
)
_ROSE_TO_LAST = lazy_compile(
    r"\b(?:(?:es|het|the|er)\s+(?:ist|is|war|was)|(?:ist|is)\s+(?:es|het|the|er))\s+(?:(?:jetzt|nun|inzwischen|now|nu|inmiddels|already|schon|al)\s+)*"
    r"(?:auf|naar|tot)\s*(?:[$€£]\s*)?$"
)
_ROSE_LAST = lazy_compile(
    r"\s*(?:[$€£]|euros?|eur|chf|franken)?\s*(?:gestiegen|gesunken|angewachsen|gewachsen|geschrumpft|gefallen|"
    r"gestegen|gedaald|gegroeid|gekrompen|verlaagd)\b"
)


def _change_before(text: Text, start: int, end: int | None = None) -> int | None:
    """Where the words of a change to the amount at ``start`` begin, if they say the amount is what something was
    changed, or rose or fell, to."""
    lower = text.lower
    change = _CHANGED_TO.search(lower, max(0, start - 45), start) or _ROSE_TO.search(lower, max(0, start - 45), start)
    if change is not None:
        return change.start()
    if end is not None and _ROSE_LAST.match(lower, end) and (to := _ROSE_TO_LAST.search(lower, max(0, start - 40), start)):
        return to.start()
    return None


def _budget_changed_to(text: Text, start: int, found: list[Money], end: int | None = None) -> bool:
    """Whether the amount at ``start`` is what a budget said before it in the same sentence was changed to."""
    change = _change_before(text, start, end)
    if change is None:
        return False
    sentence = stance.sentence_at(text, start)
    return any(m.kind == "budget" and sentence[0] <= m.start and m.end <= change for m in found)


def _superseded(text: Text, found: list[Money]) -> list[Money]:
    """A budget said as what it was, then changed ("the budget was 8,000 euros but they raised it to 11,000"): the old
    sum is no longer the budget, and the new one keeps its period, currency and scale when it says none."""
    result = list(found)
    for i, money in enumerate(result):
        if money.kind != "budget" or not _budget_changed_to(text, money.start, result[:i], money.end):
            continue
        change = _change_before(text, money.start, money.end)
        sentence = stance.sentence_at(text, money.start)
        older = [j for j, m in enumerate(result[:i]) if m.kind == "budget" and sentence[0] <= m.start and change is not None and m.end <= change]
        if not any(_SAID_AS_WHAT_IT_WAS.search(text.lower, text.clause_at(result[j].start)[0], result[j].end) for j in older):
            continue  # "budget is 8k, and they raised their prices to 11k": no budget said as what it was
        for j in older:
            result[j] = replace(result[j], kind="other")
        # the new sum keeps the old one's period, currency and scale when it says none ("it was 50k but got cut to 30")
        kept = _keeping(money, result[older[-1]])
        result[i] = replace(money, min=kept.min, max=kept.max, currency=kept.currency, period=kept.period, currency_said=kept.currency_said)
    return result


# What may stand around a sum said alone, as the rewrite leaves the seven languages' hedges and shrugs ("bof, 5k
# peut-être" -> "bof, 5k maybe", "sei lá, uns 5 mil" -> "sei lá, about 5k", "naja, vielleicht 5k" -> "well, maybe 5k").
_AROUND_A_SUM = lazy_compile(
    r"(?:[\W_]|\b(?:meh|bof|boh|mah|bah|pf+|tja|nou|hmm+|hm|uh|um|eh|well|so|ok|okay|like|maybe|perhaps|probably|possibly|"
    r"about|around|roughly|approx|approximately|ish|or so|tops|max|idk|dunno|not sure|i guess|i think|i'?d say|say|honestly|"
    r"tbh|lol|sei l(?:á|a)|quoi|hein|no s(?:é|e)|non so|weet niet|usd|eur|gbp|euros?|dollars?|pounds?|quid|bucks)\b)*"
)


def _said_alone(text: Text, amount: Amount) -> bool:
    """Whether the amount, with its scale or currency said, is the whole message but for hedges and a shrug."""
    if not (amount.scaled or _currency(text, amount)):
        return False  # "meh 50 maybe": a figure with no sign of money
    end = _end_with_currency(text, amount)
    return bool(_AROUND_A_SUM.fullmatch(text.lower, 0, amount.start) and _AROUND_A_SUM.fullmatch(text.lower, end))


def said_alone(found: list[Money]) -> bool:
    """Whether the message is a sum said alone: no answer to a question about anything but money."""
    return any(m.alone for m in found)


def a_figure_alone(text: Text, *, lang: str = "en") -> bool:
    """Whether the message is one figure and nothing but hedges or a shrug around it ("meh 50 maybe", "boh, forse 50"):
    it describes nothing (no business, no place), whatever the figure counts."""
    lower = english.of(text, lang).lower
    figures = list(quantities(lower))
    if len(figures) != 1:
        return False
    return bool(_AROUND_A_SUM.fullmatch(lower, 0, figures[0].start) and _AROUND_A_SUM.fullmatch(lower, figures[0].end))


_MI_AFTER = lazy_compile(r"\s?mi\b(?!\s*(?:de\s+)?(?:km|quil|milhas|miles))")


def find(text: Text, field: str | None = None, default_currency: str = "USD", *, lang: str = "en") -> list[Money]:
    """Every amount of money in the text, each labelled budget or revenue."""
    text = english.of(text, lang)
    lower = text.lower
    found: list[Money] = []
    fallback = _period_in(lower) if field in ("budget", "revenue") else None
    dialled = phone_spans(lower) if any(ch.isdigit() for ch in lower) else []
    counts: list[tuple[int, int, float]] = []  # the figures said as counts ("22k visits/month"), for the ones after them
    for amount in amounts(lower, quantities(lower, lakh_l=_counts_lakh(lower, default_currency))):
        if NOT_MONEY_AFTER.search(lower[amount.end: amount.end + 30]):
            counts.append((amount.start, amount.end, amount.max or amount.min or 0))
        if _heads(text, amount):
            continue  # "we're 40, budget 10k" (and "wir sind 40", "somos 40"): the 40 is people, even at the budget question
        if any(start <= amount.start < end for start, end in dialled):
            continue  # "call me on 07700 900123", even at the budget question: a phone number, never money
        clause = text.clause_at(amount.start)
        if amount.end > clause[1]:
            # "$5k - $8k a month", "£2,000 - £3,000 monthly": a range whose spaced dash ends a clause is one sum, and
            # what is said after its top (the period, the currency) is said of the whole range
            clause = (clause[0], text.clause_at(amount.end - 1)[1])
        kind = _kind(text, amount.start, clause, field, _end_with_currency(text, amount))
        cued = kind is not None
        if kind is None and field is None and _business_sized(text, amount):
            kind = "revenue"
        changed_to = _budget_changed_to(text, amount.start, found, _end_with_currency(text, amount))
        if kind is None and changed_to:
            kind, cued = "budget", True  # "the budget was 8,000 euros but they raised it to 11,000": the budget now
        alone = field not in (None, "budget", "revenue", "company_size") and _said_alone(text, amount)
        if kind is None and alone:
            kind, cued = "budget", True  # "meh 5k maybe" at the industry question: a budget volunteered
        elif kind is None and field not in (None, "budget", "revenue") and _a_period_sum_volunteered(text, amount, clause):
            kind, cued = "budget", True  # "Acme Ltd, around 30k a month" at the company question: a budget volunteered
        if kind is None and field != "budget" and not_the_budget.a_quote_listed(text, amount.start, _before_the_symbol(text, amount.start)):
            kind = "other"  # "We got 2 quotes: 4,500/mo and 7,000/mo": quotes received, money though no currency is said
        if not _looks_like_money(text, amount, field, kind is not None) and not (
                changed_to and (amount.max or 0) >= 1000 and not 1900 <= (amount.max or 0) <= 2100
                and not NOT_MONEY_AFTER.search(lower[amount.end: amount.end + 30])):
            continue  # (but "il est passé à 15 000": what the budget rose to, though "in" stands before it in the rewrite)
        if (kind is None and field not in ("budget", "revenue") and not _currency(text, amount) and not _clause_currency(text, clause)
                and not_the_budget.counted(text, amount.start, amount.max or amount.min or 0, clause, counts)):
            # "need more new-patient bookings, currently ~600/month", "~22k visits/month in 2023, now it's like 6k": a count
            counts.append((amount.start, amount.end, amount.max or amount.min or 0))
            continue
        low, high = bound(lower, amount, _end_with_currency(text, amount))
        if lang == "pt" and (high or low or 0) < 1000 and _MI_AFTER.match(lower, amount.end):
            # "Faturamos R$ 8 mi ano passado": Brazilian "mi" is milhões ("R$ 500 mil" is thousands, read before)
            low, high = (None if low is None else low * 1_000_000), (None if high is None else high * 1_000_000)
        fraction = _FRACTION_OF.search(lower, max(0, amount.start - 25), amount.start)
        if fraction:  # "a quarter of a million", "three quarters of a million"
            share = 0.75 if fraction.group(1) else 0.25
            low, high = (None if low is None else low * share), (None if high is None else high * share)
        said = _currency(text, amount) or _clause_currency(text, clause) or _currency_of_a_hedged_top(text, amount)
        if said is None and _INDIAN_SCALE.search(lower, amount.start, _end_with_currency(text, amount)):
            said = "INR"  # "5 lakh per month", "40 crore": Indian numbering counts rupees when no other currency is said
        if said == "USD" and default_currency in _DOLLARS and _bare_dollar(text, amount, clause, names=True):
            said = default_currency  # "$12k a month", "2000 bucks a month" from a visitor in Perth: the Australian dollar
        elif said == "USD" and default_currency in _PESO_SIGN and lang != "en" and _bare_dollar(text, amount, clause):
            # "$2000 al mes" from a visitor in Bogotá: the Colombian peso's "$" (in English, "$12k a month" from Mexico
            # stays the US dollar, as the visitor writes for a foreign reader)
            said = default_currency
        elif said == "MXN" and default_currency in _PESOS and _bare_peso(text, amount, clause):
            said = default_currency  # "200 million pesos" from a visitor in Medellín: the Colombian peso
        elif said is not None and said != default_currency and default_currency in _shared(text, amount):
            said = default_currency  # "500 kr" from a visitor in Oslo, "2 lakh shillings" from one in Dar es Salaam
        currency = said or default_currency
        period = _period(text, amount.start, amount.end, clause, fallback)
        kind = kind or field or "budget"
        changed = len(amount.parts) == 2 and stance.changed_from(text, amount.start, amount.end)
        if changed:
            low = high = amount.parts[-1].value  # "bumped from 20k to 26k" is 26k now, not a range
        # A lone figure after "cut from" is what it was ("changed"); a joined "from X to Y" is read above.
        if changed_to and kind == "budget":
            pass  # the budget raised or cut to this sum: a change said in the past tense, and the budget now
        elif (why := stance.not_stated_money(text, amount.start, amount.end, kind, field)) not in ((None, "changed") if changed else (None,)) \
                and not (kind == "budget" and _the_visitors_after_all(text, amount, clause, why)) \
                and not (kind == "revenue" and why == "others" and _WE_BILL.search(lower, clause[0], _before_the_symbol(text, amount.start))):
            # (but "we bill roughly £4m a year": the visitor's own business billing its clients, its revenue)
            kind = "other"
        elif kind in ("revenue", "budget") and _work_done_for(text, amount, clause):
            kind = "other"  # "we did a new website for €5,000": what a piece of work cost, neither revenue nor a budget
        elif kind == "revenue" and _theirs(text, amount.start, amount.end):
            kind = "other"  # "our clients are companies with 10-50m revenue": whom the visitor serves, not the visitor
        elif kind == "budget" and _PAID_BEFORE.search(lower, *clause) and not _STRONG_BUDGET_CUE.search(lower, *clause):
            kind = "other"  # "hat 2.500 € im Monat gekostet", "we betaalden 2.500 euro": what was paid, in the past
        elif kind == "budget" and _COMMISSIONED.search(lower, *clause) and not _STRONG_BUDGET_CUE.search(lower, *clause):
            kind = "other"  # "we had a new site built in 2023 for $25k": what past work cost, not a budget
        elif kind == "budget" and field != "budget" and (high or low or 0) < 100 and not _STRONG_BUDGET_CUE.search(lower, *clause):
            kind = "other"  # "we want it under £25", "a month at $29": a price of something, not a marketing budget
        elif kind == "budget" and _METRIC.search(lower, clause[0], amount.start) and not _STRONG_BUDGET_CUE.search(lower, clause[0], amount.start):
            kind = "other"  # "our cost per lead from $180 down to under $100": a unit cost, not a budget
        elif kind == "budget" and _sign_off_line(text, amount.start, clause):
            kind = "other"  # "the CEO has final say on anything over 25k": the line of someone's sign-off
        elif kind == "budget" and field != "budget" and _tool_price(text, amount.start, clause):
            kind = "other"  # "we pay hubspot 800/month": what a tool costs them, not the budget for us
        elif kind == "budget" and field != "budget" and _to_be_audited(text, amount, clause):
            kind = "other"  # "we put $1.2M a year into Google and Meta and want someone to audit it": what is looked at
        elif kind == "budget" and field != "budget" and not_the_budget.a_quote_listed(text, amount.start, _before_the_symbol(text, amount.start)):
            kind = "other"  # "Wir haben zwei Angebote bekommen: 4.500 € und 7.000 €": quotes received, listed
        elif kind == "budget" and not_the_budget.anothers_price(text, amount.start, amount.end, clause, _before_the_symbol(text, amount.start)):
            kind = "other"  # "the current guy charges 2k", "notre agence actuelle facture 1500 €": another party's price
        elif kind in ("budget", "revenue") and not_the_budget.held_or_sold_at(text, amount.start, _end_with_currency(text, amount), _before_the_symbol(text, amount.start)):
            kind = "other"  # "~$900M in assets", "we raised 2M", "ACVs between 40 and 120k": held, raised or sold at
        elif kind == "budget" and field != "budget" and not_the_budget.asked_if_enough(text, amount.start, amount.end):
            kind = "other"  # "is 3000 euros per month enough?", "reichen 3000?": a sum asked about, not one set
        elif kind == "budget" and field != "budget" and not_the_budget.spent_now_with_no_more_wanted(text, amount.start, _end_with_currency(text, amount)):
            kind = "other"  # "We burn ~$300k/mo on paid, need help w/ attribution, not more spend": a spend now, no budget
        found.append(Money(low, high, currency, period, amount.start, kind, amount.end, said is not None, cued, alone))
    for m in _FIGURES.finditer(lower):
        digits = _FIGURE_WORDS.get(m.group(1)) or int(m.group(1))
        clause = text.clause_at(m.start())
        kind = _kind(text, m.start(), clause, field) or field or "revenue"
        low, high = 10 ** (digits - 1), 10**digits - 1
        if m.group(0).startswith("low "):
            high = 3 * 10 ** (digits - 1)
        elif m.group(0).startswith("mid "):
            low, high = 4 * 10 ** (digits - 1), 6 * 10 ** (digits - 1)
        elif m.group(0).startswith("high "):
            low = 7 * 10 ** (digits - 1)
        if stance.not_stated_money(text, m.start(), m.end(), kind, field):
            kind = "other"
        found.append(Money(low, high, _clause_currency(text, clause) or default_currency, None, m.start(), kind, m.end()))
    found.sort(key=lambda money: money.start)
    found = _superseded(text, found)
    found = _continued_revenue(text, found)
    said_currencies = {money.currency for money in found if money.currency_said}
    if len(said_currencies) == 1:
        # "a £12m turnover manufacturer, marketing budget is 150k": a bare sum is in the one currency the visitor said
        # elsewhere in the message, not the default
        found = [money if money.currency_said else replace(money, currency=next(iter(said_currencies))) for money in found]
    return found if field == "budget" else [_past_change(text, money, found) for money in found]


_WE_BILL = lazy_compile(
    r"\b(?:we|i|nous|wir|wij)\s+(?:\w+\s+)?(?:bill|billed|invoice|invoiced|facturons|fakturieren|factureren)\b"
    r"(?!\s+(?:us|me|them|you)\b)[^.;!?\d]{0,25}$")


def _the_visitors_after_all(text: Text, amount: Amount, clause: tuple[int, int], why: str) -> bool:
    """Whether a sum ``nlu.stance`` gives to someone else (``why``) is the visitor's budget after all: set aside for
    marketing work ("2M earmarked for brand next FY" is not spoken for elsewhere), or said after another's price with
    the visitor's own verb in the other six languages, which the readers of stance miss without a pronoun ("another
    agency quoted us 12 000 €, on préfère 8 000 € au maximum"), in a sentence that asks nothing."""
    before = _before_the_symbol(text, amount.start)
    if why == "others":
        return (not_the_budget.set_aside_for_marketing(text, _end_with_currency(text, amount))
                or not_the_budget.the_visitor_speaks(text, clause[0], before))
    if why == "asked":
        sentence = stance.sentence_at(text, amount.start)
        return not_the_budget.the_visitor_speaks(text, clause[0], before) and not text.lower[sentence[0]: sentence[1]].rstrip().endswith("?")
    return False


def _continued_revenue(text: Text, found: list[Money]) -> list[Money]:
    """A sum no word names, said right after a revenue in its sentence and of its order, is that revenue at another
    time ("sales were 2M last year, this year we're at 2.5M"), not a budget."""
    result = list(found)
    for i in range(1, len(result)):
        before, money = result[i - 1], result[i]
        if (money.kind == "budget" and not money.cued and before.kind == "revenue" and before.min is not None
                and stance.sentence_at(text, money.start) == stance.sentence_at(text, before.start)
                and _near(money.max if money.max is not None else (money.min or 0), before.min)):
            result[i] = replace(money, kind="revenue")
    return result


# "we cut it to 6k", "brought that down to 4k": a change said of the amount before it.
_CHANGED_IT = lazy_compile(r"\b(?:cut|reduced|dropped|lowered|trimmed|slashed|scaled|brought|raised|upped|increased|bumped|halved|doubled)\s+(?:it|that|this|them|those|spend|spending)\s+(?:back\s+|down\s+|up\s+)?(?:to|at)\s*$")
_SPENT_BEFORE = lazy_compile(r"\b(?:spend|spent|spending|paid|paying|pay|cost|costs|invested)\b")
_NOW_SAID = lazy_compile(r"\b(?:now|currently|today|these days|this year|next year|going forward|from now on|for this|for the project|for 20\d\d|budget|budgeted)\b")


def _past_change(text: Text, money: Money, found: list[Money]) -> Money:
    """A budget that changes a past spend ("spend was 15k/mo last year, we cut it to 6k when we paused") is the
    past spend too, unless its clause says it is now ("... and now it's 6k", "cut it to 6k for this year"); at the
    budget question the change is the answer."""
    if money.kind != "budget":
        return money
    lower = text.lower
    change = _CHANGED_IT.search(lower, max(0, money.start - 30), money.start)
    if change is None or _NOW_SAID.search(lower, *text.clause_at(money.start)):
        return money
    sentence = stance.sentence_at(text, money.start)
    before = [m for m in found if m.end <= change.start() and m.start >= sentence[0]]
    if not before or before[-1].kind != "other" or not stance.past(text, before[-1].start, before[-1].end):
        return money
    if not _SPENT_BEFORE.search(lower, *text.clause_at(before[-1].start)):
        return money  # "initially 30k, the CFO bumped it to 35k": a budget changed, not a spend
    return replace(money, kind="other")


def _end_with_currency(text: Text, amount: Amount) -> int:
    m = _AFTER.search(text.lower[amount.end: amount.end + 30])
    if m:
        return amount.end + m.end()
    if _slang_said(text, amount.end) is not None:
        return _SLANG_AFTER.match(text.lower, amount.end).end()  # "2000 piasses par mois"
    if _local_said(text, amount.end, amount.end) is not None:
        # "150,000 KSh tops", "20k cedis max": the bound is read after the currency
        window = text.lower[amount.end: amount.end + 40].replace("¢", "₵")
        for pattern in _local_patterns()[1:]:
            if (found := pattern.match(window)) is not None:
                return amount.end + found.end()
    return amount.end


def _clause_currency(text: Text, clause: tuple[int, int]) -> str | None:
    m = _CLAUSE_CURRENCY.search(text.lower, clause[0], clause[1])
    if m:
        return _NAMES[m.group(1)]
    # A symbol made of letters ("rs", "fr.", "chf") is a currency only as a word of its own: "founders" is not rupees.
    for m in _CLAUSE_SYMBOL.finditer(text.lower, clause[0], clause[1]):
        return _SYMBOLS[m.group(0)]
    return None


def _latest(text: Text, stated: list[Money]) -> Money:
    """The first amount, or a later one that corrects it ("it was 20k but finance trimmed it to 12k")."""
    m = stated[0]
    for later in stated[1:]:
        was = _WAS_RIGHT_BEFORE.search(text.lower, max(0, m.start - 25), m.start)
        if stance.supersedes(text, m.end, later.start) or was or _CORRECTS_AFTER.match(text.lower, later.end) or _share_for_the_work(text, later):
            m = later  # "it was 12k, it's 9k now"
    return m


# "180k a year, of which 60k could go to an agency", and the seven languages' as the rewrite leaves them ("davon
# könnten 60.000 € an eine Agentur gehen", "dont 60 000 € pour une agence", "de eso unos 60.000 € para una agencia",
# "dos quais 60 mil para uma agência", "di cui 60.000 € per un'agenzia", "waarvan 60.000 euro voor een bureau"): the
# share of the whole for the work asked of us.
_SHARE_OF_IT_BEFORE = lazy_compile(
    r"\b(?:of which|davon|dont|of (?:eso|ello|esto|isso|isto|that|it|this|cui)|dos quais|das quais|de los cuales|de las cuales|"
    r"di cui|waarvan|daarvan)\b[^.;!?\d]{0,25}$"
)
_FOR_THE_WORK_AFTER = lazy_compile(
    r"\s*(?:[$€£]|euros?|eur|usd|gbp|chf)?[^.;!?\d]{0,20}?\b(?:for|to|an|à|para|per|voor|before|into|towards)\s+"
    r"(?:(?:a|an|the|this|our|eine|einen|une|una|um|uma|un|een)\s+)?(?:agency|agencies|agentur|agence|agencia|ag(?:ê|e)ncia|agenzia|"
    r"bureau|you|us|the project|this project|partner|freelancer)\b"
)


def _share_for_the_work(text: Text, later: Money) -> bool:
    """Whether a later sum is said as the share of the one before for the work asked of us ("..., of which 60k could go to
    an agency")."""
    lower = text.lower
    before = _before_the_symbol(text, later.start)
    return bool(_SHARE_OF_IT_BEFORE.search(lower, max(0, before - 40), before) and _FOR_THE_WORK_AFTER.match(lower, later.end))


# "we can do 10k, 8k realistically": the later figure is said to be the real one.
_CORRECTS_AFTER = lazy_compile(
    r"\s*(?:[$€£]|eur|euros?)?\s*(?:\w+\s+)?(?:realistically|to be realistic|in reality|to be honest|tbh|if i'?m honest)\b|"
    # "50k, 20k of it earmarked for this project": the share for what they ask us about
    r"\s*(?:[$€£]|eur|euros?)?\s*of (?:it|that|this|which)\s+(?:is |would be |could be |can be |could |can |would |will |might )?(?:earmarked |allocated |set aside |reserved |available |going |go |goes )?(?:for|to|into|towards) (?:this|you|us|the project|this project|the campaign|"
    # "... ~$180k across everything, we'd carve out maybe 60-70k of that for an agency": the share for the work asked
    r"(?:an?|the|our|a new|an outside|an external) (?:new |outside |external )?(?:agency|agencies|partner|freelancer|consultant|provider))\b"
)


# The words right before a sum that say it is what something was ("it was about $20k", "originally 12k"): a later sum
# replaces it (``_latest``).
_WAS_RIGHT_BEFORE = lazy_compile(r"\b(?:was|were|used to be|had been|originally|initially)\s*(?:about|around|~|roughly)?\s*[$€£]?\s*$")


_BARE_FIGURE = lazy_compile(r"\d{1,3}(?:[.,]\d+)?")


def _thousands_said_before(text: Text, m: Money, money: list[Money]) -> float | None:
    """The scale of a bare figure under a thousand (no currency, no "k") said after a sum in thousands in the same
    message that is no budget (a past one, a threshold), when the figure is of that sum's order: a thousand; None
    otherwise (a sum in millions or a revenue gives no scale to a budget)."""
    if m.currency_said or not _BARE_FIGURE.fullmatch(text.lower, m.start, m.end):
        return None
    said = m.max if m.max is not None else m.min
    before = [o for o in money if o.end <= m.start and o.kind != "revenue" and o is not m
              and 1000 <= (o.max if o.max is not None else (o.min or 0)) < 1_000_000]
    if said is None or not before:
        return None
    top = before[-1].max if before[-1].max is not None else before[-1].min
    return 1_000 if top is not None and _near(said * 1_000, top) else None


def _at_scale(said: float, top: float) -> float:
    """A bare figure said after a sum, at the sum's scale: "40k, actually 35" is 35k, "$2M, maybe 2.5" is 2.5M; a
    figure of a thousand or more, or said after a sum under a thousand, is as said."""
    if said < 1000 <= top:
        scaled = said * (1_000_000 if top >= 1_000_000 else 1_000)
        if not _near(scaled, top) and _near(said * 100_000, top):
            return said * 100_000  # "around 2 lakh per month, maybe 2.5": a bare figure after lakh is lakh
        return scaled
    return said


# What may follow a ceiling that lowers the figure before it, to the end of its clause: its period, its currency, the
# ceiling's word, hedges ("three thousand tops", "max 3000 a month"); not a share for something ("max 2k on ads").
_CEILING_ALONE = lazy_compile(
    r"(?:[\W_]|\b(?:a|an|per|each|every|month|mo|year|yr|quarter|monthly|yearly|annually|quarterly|tops|top|max|maximum|"
    r"at most|at the most|at the outside|realistically|really|honestly|then|usd|eur|gbp|chf|euros?|dollars?|pounds?|francs|"
    r"bucks|quid|grand)\b)*"
)


def _near(value: float, top: float) -> bool:
    """Whether a figure read against a sum is of its order (within ten times): else it is no revision of it."""
    return top / 10 <= value <= top * 10


# "40k but now it's more like 25": a bare number that corrects an amount takes the amount's scale.
# ("it was 50k but got cut to thirty": the number in words too)
_IN_WORDS = (
    r"one and a half|(?:" + "|".join(TENS) + r")(?:[- ](?:" + "|".join(u for u in UNITS if UNITS[u] < 10) + r"))?|"
    + "|".join(sorted(UNITS, key=len, reverse=True))
)
_BARE_CORRECTION = lazy_compile(
    # (not the head of a grouped thousand: "cut 10 000 €", "10.000 €")
    # (a word after it that names no unit: "it's gone up to 15 since the merger")
    r"(?:[^.;!?\d]|\.{2,}|…){0,40}?\b(\d{1,3}(?:\.\d)?|" + _IN_WORDS + r")\b(?![\s.,']\d{3}\b)"
    r"(?!\s*(?:%|(?!(?:since|now|after|because|thanks|due|following|from|this|as of)\b)[a-z$€£-]))"
)  # "5k/mo... actually make that 6"


def _corrected(text: Text, m: Money) -> Money:
    found = _BARE_CORRECTION.match(text.lower, m.end)
    top = m.max if m.max is not None else m.min
    if not found or top is None or top < 1000 or not stance.supersedes(text, m.end, found.start(1)):
        return m
    said = found.group(1)
    value = _at_scale(float(said) if said[0].isdigit() else words_value(re.findall(r"[a-z]+", said))[0], top)
    if not _near(value, top):
        return m
    return Money(value, value, m.currency, m.period, found.start(1), m.kind, found.end(1))


def _keeping(later: Money, first: Money) -> Money:
    """A correcting amount with the period and currency said with the amount it corrects, when it says none."""
    period = later.period or first.period
    currency = later.currency if later.currency_said or not first.currency_said else first.currency
    low, high = later.min, later.max
    top, said = first.max if first.max is not None else first.min, high if high is not None else low
    if top is not None and said is not None and said < 1000 <= top and _near(_at_scale(said, top), top):
        # "40k, actually 35": a bare number that corrects an amount takes the amount's scale
        scale = _at_scale(said, top) / said
        low, high = (None if low is None else low * scale), (None if high is None else high * scale)
    return Money(low, high, currency, period, later.start, later.kind, later.end, later.currency_said or first.currency_said)


# "could stretch to €5k", "might go up to 6", and as the rewrite leaves the other languages' ("potremmo arrivare a" ->
# "could go to", "notfalls bis" -> "notfalls up to", "on pourrait aller jusqu'à" -> "on pourrait aller up to",
# "we kunnen tot 5000 gaan" -> "we kunnen up to 5000 gaan"): how far the budget just said could go.
_STRETCH_WORD = lazy_compile(
    r"\b(?:could|can|might|may|would|stretch|stretching|kunnen|k(?:ö|oe)nnten|k(?:ö|oe)nnen|notfalls|pourrait|pourrions|pouvons|peut|"
    r"podemos|podr(?:í|i)amos|poder(?:í|i)amos|possiamo|potremmo|if need be|if needed|at a push|at a stretch)\b"
)
_STRETCH_TO = lazy_compile(r"(?:\bto|\bup to|jusqu'(?:à|a)|\btot|\bauf|\bbis|as (?:high|far) as)\s*(?:about\s+|around\s+|~\s*)?(?:[$€£]\s*)?$")


# "can't stretch to 5k", "no way we could double that", "nicht bis 5.000": the stretch or share refused.
# ("no more than 6,000", "not over 6k" are a ceiling, said with a "no" that refuses nothing)
_REFUSED = lazy_compile(
    r"(?:\b(?:can'?t|cannot|couldn'?t|won'?t|wouldn'?t|never|no way|nicht|pas|niet|n(?:ã|a)o)\b|n't\b|\b(?:not|no|non)\b)"
    r"(?!\s+(?:more|over|above|higher|exceeding|mehr|plus|m(?:á|a)s|pi(?:ù|u)|meer|mais)\b)"
)


# "about 5k a month, maybe 6k", "sui cinquemila euro al mese, forse seimila" (rewritten "..., maybe 6000"): a higher
# figure offered as a maybe right after the budget is its top.
# ... and a second figure marked as the ceiling ("zo'n 2500 euro per maand, max 3000", "2.500 € im Monat, höchstens 3.000",
# "au max", "como máximo", "no máximo", "al massimo", "hooguit", all "max" once rewritten), in whatever currency ("so
# 15'000 Franken, vielleicht 20'000").
_CURRENCY_WORD = r"(?:euros?|dollars?|pounds?|francs?|reais|real|pesos?|rand|eur|usd|gbp|chf|cad|aud|brl|[$€£])"
_HEDGED_HIGHER = lazy_compile(
    rf"\s*(?:{_CURRENCY_WORD}\s*)?"
    r"(?:(?:/\s*|per\s+|a\s+|an\s+|each\s+)(?:month|mo|mth|year|yr|quarter|qtr)\b|monthly\b|yearly\b|annually\b)?"
    r"[\s,;(–-]*(?:or\s+)?(?:maybe|perhaps|possibly|mayb|max(?:imum)?|at (?:the )?most|tops|no more than)\s+(?:even\s+)?(?:[$€£]\s*)?"
)
# "15k, 20k at a push", "15k, 20k if need be": a second figure with the stretch said after it.
_BARE_BETWEEN = lazy_compile(rf"\s*(?:{_CURRENCY_WORD}\s*)?[\s,;(–-]*(?:or\s+)?(?:[$€£]\s*)?")
_STRETCH_AFTER = lazy_compile(
    rf"\s*(?:{_CURRENCY_WORD}\s*)?(?:at a push|at a stretch|at (?:the )?most|tops|max|if need be|if needed|if necessary|if pushed|if we have to)\b")


def _currency_of_a_hedged_top(text: Text, amount: Amount) -> str | None:
    """The currency said after a higher figure offered as a maybe or a ceiling right after a bare one ("about 15000,
    maybe 20000 dollars", "so 15'000, vielleicht 20'000 Franken"): the bare one's too; None when there is none."""
    lower = text.lower
    top = next((q for q in quantities(lower) if q.start >= amount.end), None)
    if top is None or amount.max is None or not (amount.max < top.value <= amount.max * 3) or not _HEDGED_HIGHER.fullmatch(lower, amount.end, top.start):
        return None
    return _currency_around(text, top.start, top.end)


def _stretched(text: Text, m: Money, high: float | None) -> float | None:
    """The top the budget could stretch to, said in the same sentence right after it, of its scale and not more than
    three times it; None when no stretch is said."""
    if high is None:
        return None
    lower = text.lower
    stop = stance.sentence_at(text, m.start)[1]
    for q in quantities(lower, lakh_l=m.currency == "INR"):
        if q.start < m.end or q.start >= stop:
            continue
        between = lower[m.end: q.start]
        hedged = _HEDGED_HIGHER.fullmatch(between) or (_BARE_BETWEEN.fullmatch(between) and _STRETCH_AFTER.match(lower, q.end))
        if not hedged and (len(between) > 60 or not _STRETCH_WORD.search(between) or not _STRETCH_TO.search(between)
                           or _REFUSED.search(between)):
            return None
        if NOT_MONEY_AFTER.search(lower[q.end: q.end + 30]) or re.match(r"\s*(?:in\s+)?(?:sales|revenue|turnover)\b", lower[q.end: q.end + 20]):
            return None
        value = q.value
        if not q.scaled:
            value = _at_scale(value, high)  # "~£5k p/m (might stretch to 6)": the budget's scale
        period = _period_in(lower[q.end: min(stop, q.end + 25)])
        if high < value <= high * 3 and period in (None, m.period):
            return value
        return None
    return None


# "happy to double that", "we could double it", "would do half that", and the verb as the rewrite leaves it in the
# others ("das können wir gerne verdoppeln", "on peut doubler", "possiamo raddoppiare"): a share of the spend just said.
_SHARE_OFFERED = lazy_compile(
    r"\b(?:(?P<double>double|twice|verdoppeln|doubler|duplicar(?:lo)?|dobrar|raddoppiare|verdubbelen)|(?P<half>half|halve|halbieren))"
    r"(?=\s+(?:that|it|this|as much|the (?:spend|budget|amount)|our (?:spend|budget))\b|\s*(?:[.,;!?)]|$)|\s+(?:if|with|for|next|this)\b)"
)
_WILLING = lazy_compile(
    r"\b(?:happy|happily|willing|ready|prepared|could|can|would|might|able|open|gerne|gern|peut|pouvons|podemos|possiamo|kunnen|k(?:ö|oe)nnen)\b"
)
_SPEND_NOW = lazy_compile(r"\b(?:spend|spending|spends|pay|paying|invest|investing|investiamo|invertimos|investimos|investeren|investieren|d(?:é|e)pense|d(?:é|e)pensons|geben|aus|geven|uitgeven|spendiamo|spendo|gastamos|gastando|gasto)\b")


def _share_offered(text: Text, m: Money) -> float | None:
    """The share of a spend said now that the visitor offers next (2 for "double that", 0.5 for "half that"), or None."""
    lower = text.lower
    clause = text.clause_at(m.start)
    if not _SPEND_NOW.search(lower, clause[0], clause[1]) or _STRONG_BUDGET_CUE.search(lower, clause[0], clause[1]) and "budget" in lower[clause[0]: clause[1]]:
        return None
    share = _SHARE_OFFERED.search(lower, m.end, min(len(lower), m.end + 80))
    if share is None or any(m.end <= q.start < share.start() for q in quantities(lower)):
        return None
    between = lower[m.end: share.start()]
    if re.search(r"[.;!?]", between) or not _WILLING.search(between) or _REFUSED.search(lower, m.end, min(len(lower), share.end() + 20)):
        return None
    return 2.0 if share.group("double") else 0.5


# "... charged 3.5k a month, we want to spend about 2k now": the budget set against what was paid, in its place; or
# raised from it ("paying our old agency 3k a month, happy to go to 4k"; "auf 4.000 gehen", "monter à 4 000", "subir a").
_INSTEAD = lazy_compile(
    r"\b(?:now|instead|rather|going forward|from now on|these days|this time|this year|"
    r"go(?:ing)? (?:up )?to|stretch to|increase (?:it |that )?to|raise (?:it |that )?to|bump (?:it |that )?(?:up )?to|"
    r"(?:auf|bis) [^.;!?]{0,12}(?:gehen|erh(?:ö|oe)hen|aufstocken)|monter (?:à|a|jusqu'(?:à|a))|subir (?:a|para|hasta|at(?:é|e))|"
    r"salire (?:a|fino a)|arrivare (?:a|fino a)|(?:verhogen|omhoog|opschalen) (?:naar|tot))\b"
)
_ONE_OFF_THING = lazy_compile(
    r"\b(?:website|site|project|build|rebuild|redesign|rebrand|relaunch|app|launch|video|shoot|audit|migration|one[- ]?off|one[- ]?time|total|overall)\b"
)


def _period_of_the_spend_replaced(text: Text, m: Money, money: list[Money]) -> str | None:
    """The period of a spend said before the budget (a past one or another's), when the budget is said in its place
    ("now", "instead"), is of the same order and names no one-off; None otherwise."""
    lower = text.lower
    clause = text.clause_at(m.start)
    if not _INSTEAD.search(lower, clause[0], clause[1]) or _ONE_OFF_THING.search(lower, clause[0], clause[1]):
        return None
    before = [o for o in money if o.end <= m.start and o.kind == "other" and o.period is not None]
    if not before:
        return None
    spent, said = before[-1].max or before[-1].min, m.max or m.min
    if spent is None or said is None or not spent / 5 <= said <= spent * 5:
        return None
    return before[-1].period


# The budget not set yet, in the visitor's own words in the seven languages, the budget named first and then said not
# yet defined ("il budget marketing però non l'abbiamo ancora definito", "das Budget haben wir noch nicht festgelegt",
# "le budget, on ne l'a pas encore défini", "el presupuesto aún no lo hemos definido", "o orçamento ainda não
# definimos", "het budget hebben we nog niet bepaald", "the budget we haven't set yet"), or the other way round. The
# words between may not start another subject ("budget is fine, the timeline isn't defined yet").
_BUDGET_WORD = (r"(?:budget|budgets|marketing ?budget|marketingbudget|werbebudget|jahresbudget|presupuesto|or(?:ç|c)amento|verba|"
                r"bilancio|begroting)")
_NOT_YET_SET = (
    r"(?:(?:[a-z]+n'?t|not|never)\s+(?:yet\s+|been\s+|really\s+|actually\s+)*(?:defined|set|decided|fixed|agreed|finali[sz]ed|allocated|"
    r"approved|(?:worked|figured|sorted|nailed|pinned) (?:it |that )?(?:out|down)|sorted|confirmed|determined|settled)"
    # "the budget doesn't set the scope", "isn't set in stone": the verb says something else of the budget
    r"(?!\s+(?:the|a|an|our|their|your|any|its|this|that|how|what|which|in stone|us|me)\b)|yet to be (?:defined|set|decided|fixed|agreed|determined|confirmed)|undefined|undecided|"
    r"non (?:l'|lo |la )?(?:abbiamo |è |e |sono |ho )?(?:ancora )?(?:definit[oa]|decis[oa]|stabilit[oa]|fissat[oa]|deciso)|"
    r"ancora (?:da definire|da decidere|da stabilire|non definit[oa])|"
    r"noch nicht (?:festgelegt|definiert|entschieden|beschlossen|klar|fest|freigegeben|bestimmt|geplant)|noch offen|"
    r"(?:pas|jamais) (?:encore )?(?:d(?:é|e)fini|fix(?:é|e)|d(?:é|e)cid(?:é|e)|arr(?:ê|e)t(?:é|e)|valid(?:é|e))e?s?|(?:à|a) d(?:é|e)finir|"
    r"(?:a(?:ú|u)n|todav(?:í|i)a) no (?:lo |la )?(?:hemos |he |est(?:á|a) |se ha )?(?:definido|decidido|fijado|establecido|definimos|decidimos|concretado)|"
    r"(?:por|sin) (?:definir|decidir|concretar)|no (?:lo |la )?(?:hemos|he) (?:definido|decidido|fijado|establecido|concretado)|"
    r"ainda n(?:ã|a)o (?:o |a )?(?:definimos|decidimos|(?:foi |est(?:á|a) |temos )?definid[oa]|fechamos)|(?:ainda )?por definir|"
    r"nog niet (?:bepaald|vastgesteld|vastgelegd|gedefinieerd|besloten|beslist|rond|duidelijk)|"
    # not thought about yet: "Over budget heb ik nog niet nagedacht", "haven't thought about the budget", "no hemos
    # pensado en el presupuesto"; and "not yet" closing the clause: "ein konkretes Budget haben wir noch nicht."
    r"(?:[a-z]+n'?t|not|never)\s+(?:yet\s+|really\s+|even\s+|actually\s+)*(?:thought|talked|spoken|given (?:any )?thought) (?:about|of|to)|"
    r"(?:noch nicht|nog niet|pas encore|(?:a(?:ú|u)n|todav(?:í|i)a) no (?:lo |la )?(?:hemos |he )?|ainda n(?:ã|a)o |(?:non )?(?:ci )?(?:ho|abbiamo) ancora )\s*"
    r"(?:(?:dar(?:ü|u)ber|erover|over)\s+)?(?:nachgedacht|nagedacht|r(?:é|e)fl(?:é|e)chi|pensado|pensei|pensamos|pensato)|"
    r"(?:noch nicht|nog niet)(?=\s*(?:[.,;!?]|$)))"
)
_OTHER_SUBJECT = lazy_compile(
    r"\b(?:is|isn'?t|are|was|ist|est|es|è|é|but|aber|mais|pero|ma|mas|maar|and|und|et|y|e|en|scope|timeline|timing|date|"
    r"plan|strategy|audience|target|goal|agency|partner)\b"
)
_BUDGET_UNSET = lazy_compile(rf"\b{_BUDGET_WORD}\b(?P<gap>(?:[\s,:;?-]+[\w'-]+){{0,5}}?)[\s,:;?-]+{_NOT_YET_SET}\b")
_UNSET_BUDGET = lazy_compile(rf"{_NOT_YET_SET}\s+(?:(?:en|in|em|no|na|nel|about|of|over|über|sur|au)\s+)?(?:(?:il|le|el|o|das|het|the|our|un|una|um|uma|ein|een|a|de)\s+)?(?:\w+\s+)?{_BUDGET_WORD}\b")


# A budget said to be no exact one, in the visitor's own words (the rewrite reads "exacto" as "yes"): the visitor has
# no precise figure, which is a budget not known yet, not no budget ("non ho un budget preciso", "ich habe kein genaues
# Budget", "pas de budget précis", "no tenemos un presupuesto exacto", "não temos um orçamento preciso", "geen exact
# budget", "I don't have an exact budget"), the words either side of the budget ("un budget preciso non ce l'ho", "ein
# genaues Budget haben wir nicht"). At the budget question the figure may go unnamed ("no exact figure", "non ho una
# cifra precisa"). ("no specific budget", "no fixed budget" stay none, as the corpus labels them.)
_EXACT = (r"(?:exact[aeo]?s?|exat[oa]s?|exakte[snm]?|precis[aeo]?s?|pr(?:é|e)cis(?:e|es)?|pr(?:ä|a)zise[snm]?|genaue[snm]?|"
          r"concret[aeo]?s?|konkrete[snm]?|concre(?:e|è)te?s?|concreet|concrete|precies|precieze|esatt[oa]|definite|clear|cerrad[oa]|fechad[oa])")
_FIGURE_WORD = (r"(?:figure|number|amount|sum|zahl|summe|betrag|chiffre|montant|somme|cifra|monto|importe|cantidad|importo|"
                r"somma|valor|n(?:ú|u)mero|quantia|bedrag|getal)")
_NO_EXACT = r"(?:\b(?:no|not|non|n(?:ã|a)o|sin|sem|without|kein(?:e|en|es)?|pas|geen|niet)|n't)"
_NO_EXACT_BUDGET = lazy_compile(
    rf"{_NO_EXACT}\b[^.;!?\d]{{0,30}}?\b(?:{_EXACT}\s+(?:\w+\s+)?{{word}}|{{word}}\s+(?:\w+\s+)?{_EXACT})\b|"
    rf"\b(?:{_EXACT}\s+{{word}}|{{word}}\s+{_EXACT})\b[^.;!?\d]{{0,25}}?(?:\bnon\b|\bnicht\b|\bniet\b|\bnot\b|n't\b|\bno\b|\bnão\b|\bpas\b)"
    .replace("{word}", _BUDGET_WORD)
)
_NO_EXACT_FIGURE = lazy_compile(
    rf"{_NO_EXACT}\b[^.;!?\d]{{0,30}}?\b(?:{_EXACT}\s+(?:\w+\s+)?{{word}}|{{word}}\s+(?:\w+\s+)?{_EXACT})\b"
    .replace("{word}", f"(?:{_BUDGET_WORD}|{_FIGURE_WORD})")
)
# A budget said to be no fixed one, in the other six languages as "no fixed budget" is in English: none.
_NO_FIXED_BUDGET = lazy_compile(
    rf"\bkein(?:e|en|es)?\s+(?:feste[snm]?|fixe[snm]?)\s+{_BUDGET_WORD}\b|\bgeen\s+vaste?\s+{_BUDGET_WORD}\b|"
    rf"\bnon\b[^.;!?\d]{{0,25}}?\b{_BUDGET_WORD}\s+fiss[oa]\b|\b(?:sin|no)\b[^.;!?\d]{{0,25}}?\bpresupuesto\s+fijo\b|"
    rf"\b(?:sem|n(?:ã|a)o)\b[^.;!?\d]{{0,25}}?\bor(?:ç|c)amento\s+fixo\b|\bpas\b[^.;!?\d]{{0,25}}?\bbudget\s+fixe\b"
)


def _budget_unset(own_words: str) -> bool:
    """Whether the visitor says the budget is not set yet, in their own words."""
    if _UNSET_BUDGET.search(own_words):
        return True
    for m in _BUDGET_UNSET.finditer(own_words):
        gap = m.group("gap")
        # "il budget marketing però non l'abbiamo": a "but" right before what is said of the budget still says it of it
        gap = re.sub(r"[\s,]+(?:but|aber|mais|pero|però|ma|mas|maar)\s*$", "", gap)
        if not _OTHER_SUBJECT.search(gap) or re.fullmatch(r"\s*(?:is|ist|est|es|è|é|está|esta|wurde|wird)\s*", gap):
            return True  # ("het budget is nog niet vastgesteld": the budget's own verb, nothing else's)
    return False


def budget(text: Text, money: list[Money], field: str | None, *, lang: str = "en") -> Budget | None:
    """The budget stated, "no budget" as status none, or nothing."""
    own_words = text.lower
    text = english.of(text, lang)
    stated = [m for m in money if m.kind == "budget"]
    if stated and field is None and (_spend_before_a_price_question(text, stated) or _asked_after_a_price_question(text, stated)):
        return None
    named = [m for m in stated if m.cued]
    if named and not stated[0].cued:
        # "mostly new builds $600k-$1.2m. ... budget's about 8 grand for the site": a sum named the budget (or spend,
        # or what they can pay) is the budget; a bare sum in a sentence before it, which no word names, is something
        # else (a bare sum after it may correct it: "budget is 20k. sorry, 2k.")
        # (and only a sum of another order: "$3k a month right now. budget could go to 5k" is one budget)
        sentence = stance.sentence_at(text, named[0].start)
        top = named[0].max if named[0].max is not None else named[0].min
        stated = [m for m in stated if m.cued or m.start > named[0].start or m.start >= sentence[0]
                  or top is None or _near(m.max if m.max is not None else (m.min or 0), top)]
    if (fee := _fee_of_the_spend(text, money)) is not None:
        return fee  # "our ad spend is 30k/month, we'd pay an agency 10-15% of spend": the fee, not the spend
    if stated:
        if all(m.max == 0 for m in stated):
            return Budget(status="none")
        # "more like 30k not 20k": an amount said to be wrong is not the budget.
        kept = [m for m in stated if not _DENIED.search(text.lower, max(0, m.start - 16), m.start)] or stated
        # "it was 20k but finance trimmed it to 12k": a later amount that corrects the earlier one wins;
        # "40k but could go to 60k" stretches it and the first stays.
        m = _corrected(text, _latest(text, kept))
        if m is not kept[0]:
            # "10-15k a month, sorry 10-12k", "30 mila euro, anzi 25": the correction changes the amount,
            # not the period or the currency said with the first
            m = _keeping(m, kept[0])
        if (ceiling := _ceiling_beyond_a_spend_now(text, m, kept)) is not None:
            # "right now we spend 40k a month on fb boosting. willing to go up to 100k monthly": what goes to a channel
            # now is no floor of the budget; the ceiling the visitor would go to is the budget
            return Budget(None, whole(ceiling.max), ceiling.currency, ceiling.period or m.period, "stated")
        period = m.period
        low, high = m.min, m.max
        for other in kept:  # "max budget 25k, min 15k": one end from each
            if other is not m and low is None and other.max is None and other.min is not None:
                low = other.min
            elif other is not m and high is None and other.min is None and other.max is not None:
                high = other.max
            elif (other.start > m.end and low is not None and low == high and other.min is None and other.max is not None
                  and (ceiling := _at_scale(other.max, low)) > low and _near(ceiling, low) and (other.period == m.period or None in (other.period, m.period))
                  and not _REFUSED.search(text.lower, m.end, other.start)):
                # "about 5,000 a month, max 6,000" ("maximal 6.000", "como máximo"), "maybe 3k, 5k tops for the whole
                # site", "CHF 60k, tops 75": the figure then its ceiling, a bare one at the figure's scale
                high = ceiling
                period = period or other.period
            elif (other.start > m.end and low is not None and low == high and other.min is None and other.max is not None
                  and low / 2 <= (ceiling := _at_scale(other.max, low)) < low
                  and (other.period == m.period or None in (other.period, m.period))
                  and _CEILING_ALONE.fullmatch(text.lower, other.end, text.clause_at(other.start)[1])
                  and not _REFUSED.search(text.lower, m.end, other.start)):
                # "4k, well three thousand tops", "4.000 im Monat ... na ja, höchstens dreitausend": a ceiling below
                # the figure, said after it of the same sum, brings the budget down to it
                low, high = None, ceiling
                period = period or other.period
        if low is not None and low == high and (ceiling_said := _bare_ceiling(text, m)) is not None and ceiling_said > low:
            high = ceiling_said  # "maybe 20k, tops 30" in free text, where the bare 30 is read as no sum of its own
        stretch = _stretched(text, m, high)
        if stretch is not None:
            high = stretch  # "maybe €3k a month, could stretch to €5k if it works": up to the stretch
        if high is not None and low in (None, high) and (start := _started_at(text, m)) is not None and start < high:
            low = start  # "could stretch to maybe 3 grand a month if ..., starting at 2": from the start to the stretch
        if high is None and low is not None and _UNDER_THE_LINE.search(text.lower, m.end, stance.sentence_at(text, m.start)[1]):
            low, high = None, low  # "anything over 5.000 €, así que quedémonos por debajo": the line is the top
        period = period or m.period or _period_of_the_spend_replaced(text, m, money)
        change = _changed_by(text, m, money)
        if change is not None and low is not None and low == high:
            # "we had 30k approved, then CFO cut 10k off it": the sum said, less the cut said after it, worked out
            value = low + change
            return Budget(whole(value), whole(value), m.currency, period, "stated", extra={"inferred": True}) if value > 0 else Budget(status="unknown")
        factor = _share_offered(text, m)
        if factor is not None:
            # "we spend about 1.5k a month on ads now, happy to double that": the visitor's own sum, worked out
            return Budget(whole(None if low is None else low * factor), whole(None if high is None else high * factor),
                          m.currency, period, "stated", extra={"inferred": True})
        if low is not None and high is not None and high < 1000 and (scale := _thousands_said_before(text, m, money)) is not None:
            # "we had 30k last year, this year it's 45", "anything over 50k needs board approval, so let's say 40": a
            # bare figure said after a sum in thousands that is no budget takes its "k"
            low, high = low * scale, high * scale
        return Budget(whole(low), whole(high), m.currency, period, "stated")
    derived = (_relative(text, money, field) or _now_instead(text, money) or _between_the_quotes(text, money) or _against_another(text, money)
               or _kept_under_the_line(text, money))
    if derived is not None:
        return derived
    if field == "budget" and _UNKNOWN_BUDGET.search(text.lower):
        return Budget(status="unknown")
    if _NO_EXACT_BUDGET.search(own_words) or field == "budget" and _NO_EXACT_FIGURE.search(own_words):
        return Budget(status="unknown")  # "non ho un budget preciso": no figure known yet, not no budget
    if field is None:
        clauses = text.clauses
        for i, (start, end) in enumerate(clauses):
            if not re.search(r"\bbudget", text.lower[start:end]):
                continue
            # "budget? honestly no idea yet": the visitor puts the question to themselves and answers it.
            if i + 1 < len(clauses) and re.match(r"\s*[?:]", text.lower[end:end + 2]) and re.fullmatch(r"\W*(?:\w+\W+){0,2}budget\W*", text.lower[start:end + 1]):
                end = clauses[i + 1][1]
            if _UNKNOWN_BUDGET.search(text.lower[start:end]):
                return Budget(status="unknown")
    if (respelt := _respelt(own_words)) != own_words:
        own_words, text = respelt, english.of(Text.of(respelt), lang)
    if _NO_BUDGET.search(text.lower) or _budget_unset(own_words) or _NO_FIXED_BUDGET.search(own_words) or (field == "budget" and (_NO_BUDGET_ANSWER.search(text.lower) or re.match(r"\W*(?:none|nothing|zero|nil|nada|zilch|zip|0|\$0|no|nope|n/a|na)\b(?!\s*(?:idea|clue|sure))", text.lower))):
        if _UNKNOWN_BUDGET.search(text.lower):
            # One rule at any question and in every language, the contract's two: a budget there is none of yet
            # ("no budget yet", "we haven't set a budget", "Budget noch nicht festgelegt") is none; said with words of
            # not knowing ("depends on your price", "no idea") it is unknown ("we haven't set a budget, depends on
            # your price" was none in free text and unknown at the budget question).
            return Budget(status="unknown")
        return Budget(status="none")
    return None


# A question that asks our price, as its own sentence: "what do u charge", "how much would you charge?", "Was verlangt
# ihr?" (rewritten "how much is?"), "¿Cuánto cobran ustedes?", "Combien vous facturez ?".
_PRICE_QUESTION = lazy_compile(
    r"\W*(?:(?:so|and|also|ok|but)\W+)?(?:(?:what|wat|was)\b[^.;!?]{0,40}?\b(?:charge|cost|costs|price|prices|pricing|rates?|fees?|kost|kosten)\b|"
    # "how much is?" (the rewrite of "was verlangt ihr?", "¿cuánto cobran?"), "how much would you charge", "combien vous facturez"
    r"how much\s+(?:is|are|would|will|do|does|for)\b|"
    r"(?:how much|combien|cu(?:á|a)nto|quanto)\b[^.;!?]{0,40}?\b(?:charge|cost|costs|fees?|factur\w*|cobr\w*|chiedete|cobram)\b)"
)


_BUDGET_NAMED = lazy_compile(r"\b(?:budget\w*|afford|allocated?|set aside|earmarked|retainer|can do|could do|willing|prepared)\b")


def _spend_before_a_price_question(text: Text, stated: list[Money]) -> bool:
    """Whether every budget read is a present spend on something ("we're spending 2k/mo on them rn"), said with no
    word of a budget, and a later sentence asks our price ("what do u charge"): the visitor tells what goes elsewhere
    and asks what we would cost, which names no budget for us."""
    lower = text.lower
    for m in stated:
        clause = text.clause_at(m.start)
        if not _SPEND_NOW.search(lower, clause[0], m.start) or _BUDGET_NAMED.search(lower, clause[0], clause[1]):
            return False
    after = stance.sentence_at(text, stated[-1].start)[1]
    while after < len(lower):
        sentence = stance.sentence_at(text, after)
        if sentence[1] <= after:
            break
        if _PRICE_QUESTION.match(lower, sentence[0], sentence[1]):
            return True
        after = sentence[1]
    return False


# The visitor speaking of their own side ("is 1.5k/month enough for us?", "we have 1.5k, is that ok?"): a budget offered.
_FIRST_PERSON = lazy_compile(r"\b(?:we|we'?re|we'?ve|we'?d|our|ours|us|i|i'?m|i'?ve|i'?d|my|me)\b")


def _asked_after_a_price_question(text: Text, stated: list[Money]) -> bool:
    """Whether every budget read sits in a question right after a sentence that asks our price, with no word of the
    visitor's own side: "How much do you charge for a basic SEO package? like is 1.5k/month realistic?" asks whether
    our price is that, and names no budget of theirs."""
    lower = text.lower
    for m in stated:
        s, e = stance.sentence_at(text, m.start)
        if s == 0 or not lower[s:e].rstrip().endswith("?") or _FIRST_PERSON.search(lower, s, e) or m.cued:
            return False
        previous = stance.sentence_at(text, s - 1)
        if not (lower[previous[0]:previous[1]].rstrip().endswith("?") and _PRICE_QUESTION.match(lower, *previous)):
            return False
    return True


def _changed_by(text: Text, m: Money, money: list[Money]) -> float | None:
    """By how much the budget ``m`` was changed in the sentence after it or the next one, signed; None when it was not
    (or when the visitor says the sum it came to: "..., so we have 30k", which is then the budget read)."""
    stop = stance.sentence_at(text, m.start)[1]
    stop = stance.sentence_at(text, stop)[1] if stop < len(text.lower) else stop
    later = [o for o in money if o.start >= m.end and o.start < stop]
    if not later or later[0].kind != "other" or later[0].min is None or later[0].min != later[0].max:
        return None
    if any(o.kind == "budget" for o in later[1:]):
        return None
    sign = stance.change_by(text, later[0].start, later[0].end)
    return None if sign == 0 else sign * later[0].min


# "this year maybe half that", "we want to double it" (and "die Hälfte", "el doble", which the rewrite
# for the readers of figures makes "half", "double"): a share of an amount said before, standing alone
# or with "that"/"it"; "half the leads" is about leads.
_SHARE_AFTER = lazy_compile(
    r"\b(?:(?P<half>half|halve)|(?P<double>double|twice))(?:\s+(?:that|it|this|of (?:that|it|this)|as much|(?:th)?at amount)\b|\s*(?:[.,;!?)]|$))"
)
# "half of last year's 90k", "double last year's 20k": the share said first.
_SHARE_BEFORE = lazy_compile(
    r"\b(?:(?P<half>half)|(?P<double>double|twice))\s+(?:of\s+)?(?:what (?:we|i) (?:spent|paid|had|put in)\s+)?(?:[\w']+\s+){0,3}[(\[]?\s*[$€£]?\s*$")
# The share is this year's plan only when the clause says so: "half of that went on ads" is the past still.
_NOW_OR_NEXT = lazy_compile(
    r"\b(?:this year|next year|now|want|wants|plan|planning|hope|hoping|going to|gonna|will|would|maybe|probably|likely|"
    r"looking at|thinking|budget|aim|aiming|cut|cutting|double|doubling|halve|halving|20\d\d)\b"  # a later year: "2024 9k, 2025 half"
)


# "Our ad spend is 30k/month on Meta, we'd pay an agency 10-15% of spend for management": the fee the visitor would pay,
# a share of the spend said before it; and the seven languages' as the rewrite leaves them ("einer Agentur würden wir
# 10-15 % davon zahlen", "on paierait une agence 10 à 15 % des dépenses", "pagaríamos a una agencia un 10-15 % del
# gasto", "pagaríamos a uma agência 10 a 15% do investimento", "pagheremmo un'agenzia il 10-15% della spesa", "we
# zouden een bureau 10-15% van de spend betalen").
_FEE_SHARE = lazy_compile(
    r"[^.;!?]{0,50}?\b(?:we'?d|we would|we could|we can|we'?ll|i'?d|happy to|willing to|ready to|würden wir|wir würden|könnten wir|"
    r"wir könnten|on paierait|paierait|paierions|payerait|payerions|on peut payer|pagar(?:í|i)amos|podemos pagar|podr(?:í|i)amos pagar|"
    r"pagheremmo|possiamo pagare|potremmo pagare|zouden|kunnen we|we kunnen)\b[^.;!?\d]{0,40}?"
    r"(?P<a>\d{1,2}(?:[.,]\d+)?)\s*%?\s*(?:(?:-|–|to|à|a|bis|tot)\s*(?P<b>\d{1,2}(?:[.,]\d+)?))?\s*(?:%|percent|per ?cent)\s*"
    r"(?:davon\b|(?:of|on|from|des|del|do|da|van|de|di)\s+(?:the |our |that |it |la |le |el |o |a |il |het |de )?"
    r"(?:ad |media |monthly |total )?(?:spend|spending|budget|that|it|d(?:é|e)penses|gasto|gastos|investimento|inversi(?:ó|o)n|spesa|spese|"
    r"ausgaben|werbeausgaben|uitgaven)\b)"
)


def _fee_of_the_spend(text: Text, money: list[Money]) -> Budget | None:
    """The fee the visitor would pay as a share of a spend said right before it, worked out: 10-15% of 30k a month is
    3,000-4,500 a month (marked ``inferred``, as every budget worked out is)."""
    for m in reversed(money):
        found = _FEE_SHARE.match(text.lower, m.end)
        if found is None or m.min is None:
            continue
        low_share = float(found.group("a").replace(",", ".")) / 100
        high_share = float((found.group("b") or found.group("a")).replace(",", ".")) / 100
        if not 0 < low_share <= high_share < 1:
            return None
        top = m.max if m.max is not None else m.min
        return Budget(whole(m.min * low_share), whole(top * high_share), m.currency, m.period, "stated", extra={"inferred": True})
    return None


def _between_the_quotes(text: Text, money: list[Money]) -> Budget | None:
    """Quotes listed, then the visitor's wish to land between them ("We got 2 quotes: 4,500/mo and 7,000/mo. Honestly
    somewhere in the middle would be ideal"): a budget from the lower quote to the higher (``inferred``)."""
    quotes = [m for m in money if m.kind == "other" and m.min is not None and not_the_budget.a_quote_listed(text, m.start, _before_the_symbol(text, m.start))]
    if len(quotes) < 2 or stance.sentence_at(text, quotes[-2].start) != stance.sentence_at(text, quotes[-1].start):
        return None
    pair = quotes[-2:]
    if not not_the_budget.MIDDLE.search(text.lower, pair[-1].end) or len({m.currency for m in pair}) != 1:
        return None
    low = min(m.min for m in pair)
    high = max(m.max if m.max is not None else m.min for m in pair)
    period = next((m.period for m in reversed(pair) if m.period), None)
    return Budget(whole(low), whole(high), pair[0].currency, period, "stated", extra={"inferred": True})


def _relative(text: Text, money: list[Money], field: str | None) -> Budget | None:
    """This year's budget said as a share of a past spend: 60k last year and "half that" now is 30k.

    What the visitor said, worked out, not invented: the amount they gave times the
    share they gave. It is marked ``inferred`` so whoever shows it back says how it
    was read ("half of last year's 60k: about 30k?") before it is taken as given.
    """
    past = [m for m in money if m.kind == "other" and stance.past(text, m.start, m.end)]
    if not past:
        return None
    base = past[-1]
    lower = text.lower
    clause = (stance.clause_start(text, base.start), text.clause_at(base.start)[1])
    share = _SHARE_BEFORE.search(lower, clause[0], base.start)
    if share is None:
        share = _SHARE_AFTER.search(lower, base.end)
        if share is None:
            return None
        clause = text.clause_at(share.start())
        if not _NOW_OR_NEXT.search(lower, *clause) and not _NOW_OR_NEXT.search(lower, base.end, share.start()):
            return None
    elif field != "budget" and not _NOW_OR_NEXT.search(lower, *clause):
        return None
    factor = 0.5 if share.group("half") else 2.0
    low = None if base.min is None else base.min * factor
    high = None if base.max is None else base.max * factor
    return Budget(whole(low), whole(high), base.currency, base.period, "stated", extra={"inferred": True})


# "used to be 5k a month, now it's 3", "... but they've cut us back to three": what the sum said of before is now.
_NOW_INSTEAD = lazy_compile(
    r"[^.;!?]{0,40}?\b(?:now|(?:cut|brought|scaled|trimmed|reduced|dropped|lowered|raised|upped|bumped|increased)\s+(?:us\s+|it\s+|that\s+|them\s+)?"
    r"(?:back\s+|down\s+|up\s+)?to)\s+(?:(?:it'?s|its|it is|only|just|about|around|roughly|~)\s*)*(?:[$€£]\s*)?"
    r"(?P<n>\d{1,3}(?:\.\d+)?|" + _IN_WORDS + r")(?P<k>\s?(?:k|grand)\b)?(?!\s*(?:%|[$€£-]|of\b))"
)


def _now_instead(text: Text, money: list[Money]) -> Budget | None:
    """The sum a budget said of before is now, at the old sum's scale and in its period and currency."""
    past = [m for m in money if m.kind == "other" and stance.past(text, m.start, m.end) and not stance.others(text, m.start, m.end)]
    if not past:
        return None
    base, lower = past[-1], text.lower
    found = _NOW_INSTEAD.match(lower, base.end)
    if found is None or NOT_MONEY_AFTER.search(lower[found.end(): found.end() + 30]):
        return None
    if not re.search(r"\b(?:now|currently|these days|today)\b|'ve\b|\b(?:have|has)\b", lower[base.end: found.start("n")]):
        return None  # "was 15k/mo last year, we cut it to 6k when we paused everything": a change then, not the sum now
    return _read_against(text, base, found, ("n",))


# "we got quoted $15k ..., we were thinking more like 8-10", "... charged £4k a month, we'd rather pay about 2.5":
# the visitor's own figure, bare, set against another's sum.
_OWN_FIGURE = lazy_compile(
    r"[^.;!?]{0,40}?\b(?:(?:we|i)\b[^.;!?\d]{0,25}?\b(?:thinking|looking at|more like|closer to|rather pay|rather spend|hoping for|"
    r"can do|could do|can afford|could afford|can stretch to|can pay|could pay|would pay|'d pay|"
    r"(?:want|like|prefer|hope|hoping) to (?:pay|spend)(?: less| more)?)|"
    # ... and the seven languages' as the rewrite leaves them: "wir würden eher 8 höchstens ausgeben" -> "wir würden
    # actually 8 max spend", "on préfère 8", "preferimos 8", "preferiamo 8", "we willen liever 8"
    r"(?:wir|ich) (?:würden|würde|möchten|möchte|wollen|will) (?:actually|lieber|rather)|on pr(?:é|e)f(?:è|e)re(?:rait)?|"
    r"nous pr(?:é|e)f(?:é|e)rons|pr(?:é|e)f(?:é|e)rons|preferimos|preferir(?:í|i)amos|preferiamo|preferiremmo|we (?:willen|zouden) liever)\b"
    r"[^.;!?\d]{0,15}?"
    r"(?P<a>\d{1,3}(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?P<b>\d{1,3}(?:\.\d+)?))?(?P<k>\s?(?:k|grand)\b)?(?!\s*(?:%|[$€£-]|(?!(?:tops|max|at most|spend|pay)\b)[a-z]))"
)


# "maybe 20k, tops 30", "around 5k a month, max 6", "20k, 30 at most": a bare ceiling said right after the sum (and
# its period), at its scale.
_PERIOD_SKIPPED = r"(?:\s*(?:/\s*|per\s+|a\s+|an\s+|each\s+)(?:month|mo|mth|year|yr|quarter|qtr)\b|\s*(?:monthly|yearly|annually|quarterly)\b)?"
_BARE_CEILING = (
    # (a hedge's question mark may stand between: "maybe 2k a month? 3 max")
    lazy_compile(_PERIOD_SKIPPED + r"\s*[,;?-]?\s*(?:(?:but|and|or)\s+)?(?:tops|max(?:imum)?|at (?:the )?most|no more than|absolute max|hard cap)\s*:?\s*(?:[$€£]\s*)?"
                 r"(?P<n>\d{1,3}(?:\.\d+)?)(?P<k>\s?(?:k|grand)\b)?(?!\s*(?:%|[a-z]|[$€£]?\d))"),
    lazy_compile(_PERIOD_SKIPPED + r"\s*[,;?-]?\s*(?:(?:but|and|or)\s+)?(?:[$€£]\s*)?(?P<n>\d{1,3}(?:\.\d+)?)(?P<k>\s?(?:k|grand)\b)?\s*(?:tops|max|at (?:the )?most)\b"),
)


def _bare_ceiling(text: Text, m: Money) -> float | None:
    """The top of a budget said as a bare ceiling right after it, at its scale and of its order; None when there is none."""
    for pattern in _BARE_CEILING:
        found = pattern.match(text.lower, m.end)
        if found is not None and (read := _read_against(text, m, found, ("n",))) is not None:
            return read.max
    return None


# A spend said as what goes out now ("right now we spend", "currently spending", "at the moment we put"), and the
# seven languages' "now" as the rewrite leaves it ("im Moment", "en ce moment", "ahora mismo", "neste momento", "al
# momento", "op dit moment").
_NOW_WORD = lazy_compile(
    r"\b(?:now|right now|currently|at the moment|atm|rn|these days|today|at present|presently|im moment|derzeit|zurzeit|"
    r"aktuell|momentan|en ce moment|actuellement|ahora|actualmente|ahorita|agora|atualmente|neste momento|al momento|"
    r"attualmente|adesso|ora|op dit moment|momenteel|nu)\b")
_WOULD_GO = lazy_compile(r"\b(?:willing|happy|prepared|ready|open|could|can|would|might|able)\b")


def _ceiling_beyond_a_spend_now(text: Text, m: Money, kept: list[Money]) -> Money | None:
    """A ceiling the visitor would go to ("willing to go up to 100k"), said in a later sentence than a spend that goes
    out now with no word of a budget ("right now we spend 40k a month on ads"): the ceiling; None otherwise."""
    lower = text.lower
    clause = text.clause_at(m.start)
    if (m.min is None or not _SPEND_NOW.search(lower, *clause) or not _NOW_WORD.search(lower, *clause)
            or _BUDGET_NAMED.search(lower, *clause)):
        return None
    sentence_end = stance.sentence_at(text, m.start)[1]
    later = [o for o in kept if o.start >= sentence_end and o.min is None and o.max is not None and o.max > m.min]
    if not later or not _WOULD_GO.search(lower, stance.sentence_at(text, later[0].start)[0], later[0].start):
        return None
    return later[0]


# A budget said as how far it could go ("could stretch to", "could go up to", "up to", "max"), then where it starts
# ("..., starting at 2", "start with 2k", "beginning at 2", and the rewrite's "begin with", "start at"): a range.
_STRETCH_SAID = lazy_compile(r"\b(?:stretch(?:ing)?|go(?:ing)?(?: up)?|push(?:ing)?|rise|grow|scale(?: up)?) to\s*(?:maybe\s+|about\s+|around\s+|~\s*)*(?:[$€£]\s*)?$|\bup to\s*(?:[$€£]\s*)?$")
_STARTING_AT = lazy_compile(
    r"[^.;!?]{0,80}?\b(?:starting|start|starts|begin|beginning|begins|kick(?:ing)? off|open(?:ing)?)\s+(?:out\s+)?(?:at|with|from|on)\s+"
    r"(?:about\s+|around\s+|maybe\s+|~\s*)?(?:[$€£]\s*)?(?P<n>\d{1,3}(?:[.,]\d+)?)(?P<k>\s?(?:k|grand)\b)?(?!\s*(?:%|[$€£]?\d|(?!(?:a|per|each|every|or|and|if|then|for|to|tops|max|ish)\b)[a-z]))"
)


def _started_at(text: Text, m: Money) -> float | None:
    """Where a budget said as a stretch starts, said after it in its sentence, at its scale; None when it is not."""
    lower, top = text.lower, m.max
    if top is None or not _STRETCH_SAID.search(lower, max(0, m.start - 30), m.start):
        return None
    found = _STARTING_AT.match(lower, m.end)
    if found is None or found.start("n") >= stance.sentence_at(text, m.start)[1]:
        return None
    said = float(found.group("n").replace(",", "."))
    value = said * 1_000 if found.group("k") else _at_scale(said, top)
    return value if 0 < value < top and _near(value, top) else None


# "my MD signs off anything over £5k so let's keep it under that", and the seven languages' "stay below it" as the
# rewrite leaves them ("also bleiben wir darunter", "donc restons en dessous", "así que quedémonos por debajo", "quindi
# restiamo sotto", "vamos ficar abaixo disso", "dus laten we eronder blijven"): the line is the budget's top.
_UNDER_THE_LINE = lazy_compile(
    r"\b(?:keep|kept|keeping|stay|staying|stick|sticking|remain|be)\s+(?:it|things|this|that|the (?:spend|budget|project|cost|total)|us|ourselves)?\s*"
    r"(?:under|below|beneath|within|inside)\s+(?:that|this|it|the (?:line|limit|threshold|cap|amount|number|figure))\b|"
    r"\b(?:bleiben|bleibt|bleibe)\s+(?:wir\s+|ich\s+)?(?:darunter|unter (?:der|dieser) grenze)|"
    r"\b(?:restons|rester|reste|restez|on reste|nous restons)\s+(?:in|en)\s+dessous|"
    r"\b(?:quedémonos|quedemonos|quedarnos|quedamos|nos quedamos|mantenernos|mantengámonos)\s+(?:por\s+)?debajo|"
    r"\b(?:restiamo|restare|stiamo)\s+(?:al di\s+)?sotto|"
    r"\b(?:ficar|ficamos|fiquemos|manter-nos|mantermo-nos)\s+abaixo|"
    r"\b(?:eronder|daaronder)\s+(?:te\s+)?(?:blijven|blijft)|\bblijven\s+(?:we\s+)?(?:eronder|daaronder)"
)


def _kept_under_the_line(text: Text, money: list[Money]) -> Budget | None:
    """The approval line said, then the visitor's wish to stay under it in the same sentence: a budget up to the line."""
    for m in money:
        if m.kind != "other" or m.min is None or not stance.threshold(text, m.start):
            continue
        end = stance.sentence_at(text, m.start)[1]
        if _UNDER_THE_LINE.search(text.lower, m.end, end) and not any(o.start > m.end and o.start < end for o in money):
            return Budget(None, whole(m.min), m.currency, m.period, "stated")
    return None


def _against_another(text: Text, money: list[Money]) -> Budget | None:
    """The visitor's bare figure said right after another's sum (a quote, a past fee), at that sum's scale."""
    others = [m for m in money if m.kind == "other"]
    if not others:
        return None
    found = _OWN_FIGURE.match(text.lower, others[-1].end)
    if found is None or (read := _read_against(text, others[-1], found, ("a", "b"))) is None:
        return None
    if not found.group("b") and read.min == read.max and (_CEILING_AFTER.match(text.lower, found.end())
                                                          or _CEILING_BEFORE.search(text.lower, found.start(), found.start("a"))):
        return replace(read, min=None)  # "quoted $12k ..., we'd rather spend 8 tops": the top, with no floor said
    return read


def _read_against(text: Text, base: Money, found: re.Match[str], groups: tuple[str, ...]) -> Budget | None:
    """The budget in the bare figure (or range) that ``found`` matched after another sum, in that sum's sentence: at
    the sum's scale unless said with "k" or "grand", of its order, in its period and currency; None otherwise."""
    top = base.max if base.max is not None else base.min
    if top is None or (found.start(groups[0]) >= stance.sentence_at(text, base.start)[1]
                       and not re.fullmatch(r"[^.!;]*\?[^.!;?]*", text.lower[base.end: found.start(groups[0])])):
        return None  # (but "maybe 2k a month? 3 max": the hedge's question mark goes on with the same sum)
    values = [float(said) if said[0].isdigit() else words_value(re.findall(r"[a-z]+", said))[0]
              for said in (found.group(g) for g in groups) if said]
    if not max(values):
        return None
    scale = 1_000 if found.group("k") else _at_scale(max(values), top) / max(values)
    low, high = values[0] * scale, values[-1] * scale
    if not (low <= high and _near(low, top) and _near(high, top)):
        return None
    return Budget(whole(low), whole(high), base.currency, base.period, "stated")


def revenue(
    text: Text, money: list[Money], field: str | None, default_currency: str, *, lang: str = "en"
) -> Revenue | None:
    """Annual revenue; "pre-revenue" is zero."""
    text = english.of(text, lang)
    stated = [m for m in money if m.kind == "revenue"]
    if stated:
        m = _corrected(text, _latest(text, stated))  # "used to be 2M, now 2.6M"
        if m is not stated[0]:
            m = _keeping(m, stated[0])  # "Umsatz letztes Jahr knapp 8 Mio. CHF, dieses Jahr eher 7": 7 of the millions
        factor = {"month": 12, "quarter": 4}.get(m.period or "", 1)
        low = None if m.min is None else m.min * factor
        high = None if m.max is None else m.max * factor
        return Revenue(whole(low), whole(high), m.currency)
    if _PRE_REVENUE.search(text.lower):
        return Revenue(0, 0, default_currency)
    return None
