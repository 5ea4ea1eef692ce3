"""Whose figure, and when: is a number in a message the visitor's own, present value?

Visitors mention many figures that are not what the lead is about: what they
spent last year, what a competitor spends, what a lead is worth to them, the
price they ask about, the amount above which their CEO signs off, the revenue
they hope to reach, the head count they had before the layoffs. A value
enters the lead only from text that states it (issue 14), so the readers of
money, heads and dates ask here, by the words around a figure, whether it is

- *asked*: in a question the visitor puts to us ("is it like 2k a month?");
- *past*: spent, paid or counted before ("last year we spent 60k");
- *someone else's*: a competitor's, a client's, our price ("they charge 7.5k");
- *a metric*: per lead, per hour, CAC, what something is worth;
- *a threshold*: the line for an approval ("anything over 10k needs the board");
- *a goal*: what they want to reach ("hit 5M revenue by 2028");

and, when a message gives two values for one thing, whether the later one
*supersedes* the earlier ("it was 20k but finance trimmed it to 12k").

The rules look at words, not at the exact sentences of any test set: each
pattern names a kind of phrase, and ``tests/nlu/test_precision.py`` holds
examples of each kind.
"""

from __future__ import annotations

import re

from nlu.patterns import lazy_compile
from nlu.text import Text

# A sentence ends at . ! ? or a newline that a space or the end follows ("9.5k" stays whole).
_SENTENCE_END = lazy_compile(r"[.!?]+(?=\s|$)|\n+")

_FIRST_PERSON_STATES = lazy_compile(
    r"\b(?:we|i|our|my)\b[^?]{0,25}\b(?:have|has|got|can|could|budget(?:ed)?|spend|afford|allocate[d]?|set aside|"
    r"thinking|looking at|plan(?:ning)?|want to (?:spend|invest|put)|put|invest|are|'re|am|'m|employ)\b"
)
_AUXILIARY_START = lazy_compile(
    r"^\W*(?:(?:hi|hey|hello|ok|okay|so|quick q(?:uestion)?|also|and|but|sorry|btw)\b\W+)*(?:[^,?]{0,25}(?:,|\s-|:)\s*)?"
    r"(?:is|are|was|would|could|do|does|did|will|can|should|shall|any chance)\b"
)
_ASKING = lazy_compile(
    r"\b(?:how much|whats|wats|what(?:'s| is| are| would| does| do)?|is (?:it|that|this)|are (?:they|you|those)|do you|does it|"
    r"would (?:it|that|you)|could you|can you|will it|cost|costs|price|charge|rates?|run (?:me|us)|set (?:me|us) back|"
    # the other languages' costing as the rewrite leaves it ("kostet euer Paket 48.000 €?", "¿cuánto cuesta?")
    r"kostet|kosten|kost|co(?:û|u)te|co(?:û|u)tent|cuesta|cuestan|custa|custam|costa|costano)\b"
)
# Prices that are ours, not theirs: "your packages start at 3k", "I saw on your site".
_OUR_PRICE = lazy_compile(
    r"\b(?:(?:your|ur|yr) (?:\w+ )?(?:site|website|page|pricing|prices?|packages?|plans?|rates?|fees?|quote|minimum|min|retainers?|costs?|engagement|"
    r"tiers?|licen[cs]es?|subscriptions?|offers?|offering|services?|products?|platform|tool|software|setup|onboarding)|"
    # "euer Paket", "votre offre", "vuestro plan", "o vosso plano", "il vostro piano", "jullie pakket": the plural or
    # polite "your" of the other languages, which the rewrite leaves
    r"(?:euer|eure|euren|eurem|votre|vos|vuestros?|vuestras?|vossos?|vossas?|vostr[oaie]|jullie|uw)\s+(?:[\w-]+\s+)?(?:[\w-]*(?:paket|tarif|preis|preise|abo|lizenz|plan|angebot|"
    r"offre|forfait|prix|tarifs?|abonnement|licence|plano|planos|pacote|preço|preços|licen(?:ç|c)a|assinatura|piano|pacchetto|prezzo|prezzi|offerta|licenza|abbonamento|"
    r"plan|paquete|precio|precios|tarifa|licencia|suscripci(?:ó|o)n|pakket|prijs|prijzen|abonnement|licentie|aanbod|"
    # (their plurals: "vuestros planes", "eure Pakete", "vos forfaits", "i vostri pacchetti", "jullie pakketten")
    r"pacchetti|prezzi|offerte|piani|tariffe)(?:e|es|s|en|ten|n)?)|"
    r"you (?:guys )?charge|"
    # ("our budget starts at 50k" is theirs)
    r"(?:packages?|plans?|pricing|prices?) (?:start|starts|begin|begins|from|starting)|(?<!budget )(?<!budgets )start(?:s|ing)? (?:at|from)|"
    r"you quoted|quoted us|a quote of|(?:been|were|was|got|get|getting) quoted|quotes? (?:of|from|range|ranging|between|came in)|(?:quotes?|estimates?|bids?) (?:of|for|at|came in)(?=\s+(?:about |around |roughly |~)?[$€£]?\s*$)|quoted (?:anywhere|between|from)|"
    # "another quote was $1,200", "the cheapest quote so far was $9,500": a price someone gave, not a budget
    r"(?:another|other|a|the|their|one|second|competing|previous|last|cheapest|lowest|highest|best|first|latest|only) "
    r"(?:(?:\w+ ){0,2})?(?:quote|offer|proposal|bid|estimate)s?(?: (?:so far|we got|we've had|we had|yet))? (?:was|were|is|came in|of|at))\b"
)
# A price seen somewhere ("we saw 15k on another site", "I've seen 2k a month quoted online"): not their budget.
# "Wir haben 2.000 € im Monat gesehen" (rewritten "... 2.000 € per month seen"): a price seen, said after it.
_SEEN_RIGHT_AFTER = lazy_compile(r"^\s*(?:[$€£]|eur|euros?)?\s*(?:(?:per|a|each) (?:month|year|quarter)\s+)?(?:seen|gesehen)\b")
_SEEN_BEFORE = lazy_compile(r"\b(?:saw|seen|seeing|noticed|read|found)\b[^.,;!?]{0,15}$")
_SEEN_AFTER = lazy_compile(
    r"^[^.,;!?]{0,30}?\b(?:on (?:another|other|a different|their|some|a competitor'?s?|the other) (?:\w+ )?(?:site|website|page|agency|listing)s?|"
    r"elsewhere|somewhere else|online|on (?:google|linkedin|reddit|clutch|upwork|fiverr))\b"
)
# Money for something else, said so after it: "12k on tools, separate from this", "not for this".
_ELSEWHERE_AFTER = lazy_compile(
    r"^[^.;!?]{0,45}?\b(?:separate(?:ly)? from (?:this|that|the)|(?:that'?s |which is |but )?not (?:for|including) (?:this|that|you|the project)|"
    r"on top of (?:this|that)|excluding (?:this|that)|a different (?:budget|pot|line)|"
    # "the $2.5M is our annual media spend, which is NOT in scope": money named as outside what is asked of us
    r"(?:not|isn'?t|is not|aren'?t|are not) (?:in|within|part of) (?:the |our |this )?scope|out of scope|outside (?:the |our |this )?scope)\b"
)
# "10k is already committed to events": spoken for by something else, said right after the amount.
_SPOKEN_FOR_AFTER = lazy_compile(
    r"^\s*(?:[$€£]|eur|euros?)?\s*(?:of (?:it|that|this)\s+)?(?:is |are |was )?(?:already )?(?:committed|allocated|earmarked|reserved|ring-?fenced|set aside|tied up|locked in) "
    r"(?:to|for|in) (?!(?:this|you|us|the project|this project|marketing|the campaign)\b)|"
    # "50k for the year but 20k of that is already committed": committed with nothing named is committed elsewhere too
    r"^\s*(?:[$€£]|eur|euros?)?\s*(?:of (?:it|that|this)\s+)?(?:is |are )?already (?:committed|allocated|earmarked|reserved|spoken for|tied up|locked in)\s*(?:[.,;!?]|$)"
)
_PAST = lazy_compile(
    r"\b(?:spent|spend last|paid|cost us|costs us|charged(?: us)?|was paying|were paying|used to (?:pay|spend|have|be)|"
    r"last (?:year|month|quarter|time|campaign|agency|vendor|provider|contract|budget)|previous(?:ly)?|former(?:ly)?|"
    r"old agency|wasted|blew|burn(?:ed|t)|originally|initially|at first|asked for|back then|in the past|"
    r"bought|purchased|renewed|invested|hired|signed (?:up|a contract)|splashed|sank|poured|threw|dumped|flushed|forked out|forked over|shelled out|coughed up|paid out|blew|"
    r"was spending|were spending|had been spending|used to spend|(?:spend|spending) (?:was|were)|(?:19|20)\d\d(?:'s)? (?:spend|spending|budget) (?:was|were)|"
    r"dropped\s*(?:about|around|~)?\s*[$€£]?\s*$|"
    r"(?:old|previous|former) (?:agency|provider|vendor|freelancer|consultant|partner|contract|retainer|supplier)|"
    # "we had budgeted 15k/mo in the original plan": what a plan said before
    r"had (?:originally |initially )?(?:budgeted|planned|allocated|set aside|earmarked|pencilled in|penciled in)|(?:the|our) original (?:plan|budget|proposal))\b"
)
_OTHERS = lazy_compile(
    r"\b(?:competitors?|competition|rivals?|they|their|others|other (?:companies|firms|agencies|businesses)|"
    r"industry average|most (?:companies|firms|agencies|businesses)|(?:clients?|customers?) (?:pays?|spends?)|"
    r"pays us|pay us|paid us|we charge|we bill|charge (?:our )?(?:clients|customers|them)|our (?:biggest|largest|best|top) "
    r"(?:client|customer|account|deal)|(?:founders?|investors?|owners?|shareholders?|vcs?|backers) (?:put|invested|raised|gave|lent)|"
    r"(?:clients?|customers?|buyers?|users?)\s+(?:\w+ly\s+)?(?:pay|pays|paid|spend|spends|spent)|"
    r"(?:agenc(?:y|ies)|vendors?|freelancers?|consultants?|firms?|competitors?|others|people)\b[^.,;!?]{0,25}\b(?:charges?|charged|charging|quotes?|quoted|bills?|billed|asks? for|asked for|wants|wanted|asks|asked|is asking|are asking|proposes|proposed|cost us|cost))\b"
)
# Another business near the visitor's, said as the subject of what is spent: "the franchise down the road spends like
# 10 grand a month", "the shop next door", and the seven languages' "nebenan", "d'à côté" (rewritten "in côté"), "de al
# lado", "ao lado", "qui vicino" ("here vicino"), "hiernaast", "om de hoek"; not the visitor's own ("our shop next door
# to the station", "we're the bakery down the road").
_NEARBY_BUSINESS = lazy_compile(
    r"(?<!\bour )(?<!\bmy )(?<!\bwe're )(?<!\bwe re )(?<!\bwe are )(?<!\bi'm )(?<!\bi am )(?<!\bnotre )(?<!\bunser )(?<!\bunsere )(?<!\bnuestra )"
    r"(?<!\bnuestro )(?<!\bnostro )(?<!\bnostra )(?<!\bnossa )(?<!\bnosso )(?<!\bonze )(?<!\bons )"
    r"\b(?:the|a|that|this|another|one|some|la|le|el|il|lo|o|het|de|der|die|das|un|une|uno|una|um|uma|een|ein|eine)\s+"
    r"(?:[\w'-]+\s+)?(?:franchises?|franquicia|franquia|shops?|stores?|business(?:es)?|compan(?:y|ies)|firms?|agenc(?:y|ies)|place|"
    r"restaurants?|salons?|clinics?|practices?|guys?|brands?|chains?|outfits?|bakery|gyms?|dealers?(?:hip)?|caf(?:e|é)s?|bars?|"
    r"hotels?|studios?|laden|geschäft|gesch(?:ä|a)ft|betrieb|boutique|magasin|entreprise|agence|tienda|negocio|empresa|agencia|"
    r"negozio|azienda|agenzia|loja|neg(?:ó|o)cio|zaak|winkel|bedrijf|kantoor|one|ones|lot|crowd)\b[^.,;!?\d]{0,12}?"
    r"\b(?:down the (?:road|street)|up the (?:road|street)|next door|across the (?:road|street|way)|(?:round|around) the corner|"
    r"over the road|nearby|near us|nebenan|um die ecke|gegen(?:ü|u)ber|(?:in|d'(?:à|a)|à|a) c(?:ô|o)t(?:é|e)|d'en face|en face|"
    r"(?:of |de )?al lado|de enfrente|ao lado|em frente|(?:here |qui )?vicino|accanto|di fronte|hiernaast|om de hoek|"
    r"aan de overkant|tegenover)\b"
)
# What the visitor's own business sells at: "we sell products from 20 to 500 euros", "our prices range from 2k to 10k
# per project" (and "unsere Produkte kosten", "nos produits coûtent" as the rewrite leaves them).
_OWN_PRICE = lazy_compile(
    r"(?:\bwe sell\b|\bour (?:\w+ )?(?:products?|prices?|pricing|services?|packages?|plans?|items?|courses?|rates|tickets?|memberships?|"
    r"menus?|treatments?|sessions?|homes|properties|cars|bikes|wines?|rooms)\b)[^.,;!?]{0,30}\b(?:from|at|for|between|cost|costs|range|ranges|"
    r"priced|start|starts|starting|go|goes|sell|sells|run|runs|retail|retails)\b[^.,;!?\d]{0,12}$"
)
# "... a month with us": money paid to the visitor's business; "15.000 € quoted" (German word order,
# rewritten: "hat uns 15.000 € angeboten"): a price someone gave.
_OTHERS_AFTER = lazy_compile(r"^[^.,;!?]{0,25}\b(?:with us|to us)\b|^\s*(?:[$€£]|eur|euros?)?\s*(?:quoted|offered|charged)\b")
_METRIC_BEFORE = lazy_compile(
    r"\b(?:cac|cpl|cpa|cpc|cpm|ltv|clv|aov|arpu|acv|roas|cost per \w+|per (?:lead|click|sale|customer|acquisition)|"
    r"(?:lead|customer|client|deal|sale|order|visitor|user)s? (?:is |are )?(?:each )?worth|worth (?:about |around |roughly |like )?|"
    r"(?:deal|ticket|order|basket|contract) (?:size|value)|price point|"
    r"(?:average|avg|typical|mean|median)\s+(?:\w+\s+){0,2}?(?:deal|order|sale|contract|client|customer|ticket|basket|invoice|retainer|fee|project|job|booking|engagement)s?|"
    # the visitor's typical job or order in the seven languages, as the rewrite leaves them ("unser typischer Auftrag",
    # "notre chantier moyen", "panier moyen", "un trabajo típico", "un lavoro tipico", "um trabalho típico", "een
    # gemiddelde klus"): what their business sells at, no budget
    r"(?:typische[rns]?|durchschnittliche[rns]?|gemiddelde|typische)\s+(?:auftrag\w*|projekt|job|bestellung|warenkorb|rechnung|"
    r"klus|opdracht|project|order|bestelling|klant)|"
    r"(?:chantier|projet|panier|contrat|commande|dossier|trabajo|proyecto|pedido|contrato|encargo|lavoro|progetto|ordine|commessa|"
    r"contratto|scontrino|trabalho|projeto|obra|ticket)\s+(?:moyen(?:ne)?|type|typique|t(?:í|i)pico|medio|promedio|m(?:é|e)dio)|"
    r"(?:each|every|per|a single)\s+\w+(?:\s+\w+)?\s+(?:brings? in|earns?|makes?|generates?|is worth|costs?|pays?|nets?)|margins?|salary|salaries|payroll|wage bill|wages|rent|overheads?|running costs|pay (?:them|him|her)|pay (?:our|my|the|each|every) (?:\w+ ){0,2}?(?:staff|employees?|people|reps?|sdrs?|bdrs?|aes?|devs?|developers?|engineers?|hires?|juniors?|seniors?|interns?|managers?|freelancers?|contractors?)|"
    r"(?:spend|spending|costs?|bills?) on (?:\w+ )?(?:tools|software|licen[cs]es|subscriptions|hosting|saas|apps|rent|salaries|payroll|travel)|"
    r"valuation|valued at|raised(?!\s+(?:from|to|by|it)\b)|"
    # "closed our series A ($8M)", "a seed round of 2M": money raised from investors, not money to spend with us
    r"series [a-f]|(?:pre-?)?seed round|seed|funding round|round of funding|investment round|"
    r"(?:deal|contract|sale|order|auction|bid)s? (?:closed|signed|went|sold|came in|settled|landed)(?: through)? (?:at|for))\b[^,.;!?\d]{0,20}$"
)
_METRIC_AFTER = lazy_compile(
    r"^\s*(?:/\s*(?:hr|hour|h|day|lead|click|head|user|seat)\b|(?:an|per|a) (?:hour|hr|day|lead|click|sale|customer|head|user|seat|unit|visit)\b|"
    r"(?:cac|cpl|cpa|cpc|ltv|aov)\b|in (?:funding|seed|investment|salary|salaries|wages)\b|"
    r"(?:of |in )?(?:funding|valuation|salary|seed money|capital)\b|"
    r"\)?\s*(?:series [a-f]|(?:pre-?)?seed|funding|investment|financing)(?: round)?\b|"
    r"(?:/\s*(?:mo|month|yr|year)\s+|(?:a|per)\s+(?:month|year)\s+)?(?:in\s+)?(?:licen[cs]es?|subscriptions?|seats?|tool(?:ing|s)? costs?)\b|"
    # "60k a year each": a per-person figure (a salary, a seat), not an amount to spend
    r"(?:/\s*(?:mo|month|yr|year)\s+|(?:a|per)\s+(?:month|year)\s+)?(?:each|apiece|per (?:person|head|employee|rep))\b|of (?:their|our|his|her|my) own (?:money|cash|savings|capital)\b)"
)
_APPROVAL = lazy_compile(
    r"\b(?:approv\w*|sign(?:s|ed|ing)? off|sign-?off|signoff|board|ceo|cfo|coo|finance|procurement|tender|"
    r"needs? (?:sign|approval|a (?:po|purchase order))|goes? (?:to|through)|has to go|have to go|escalat\w*|authori[sz]\w*|"
    r"make(?:s)? the (?:final )?(?:call|decision)|final (?:say|call|decision)|decide[sd]?|decision|call the shots|my call|"
    r"signs?|signatures?|countersign\w*|purchase orders?|run (?:\w+ )?(?:past|by)|check(?:ed)? with|"
    # the verbs of approving as the other languages' rewrite leaves them ("tiene que aprobarlo el director"); not who
    # approves: "my boss says we can go up to 18k" is a ceiling
    r"aprob\w*|aprov\w*|genehmig\w*|freigeb\w*|valid(?:é|e|er)e?s?|"
    r"goedkeur\w*|goedgekeurd|firmar\w*|firmad[oa]|firmat[oa]|assinar\w*|approvat[oa])\b"
)
_THRESHOLD_BEFORE = lazy_compile(
    r"(?:\b(?:anything|everything|any (?:spend|purchase|contract|deal)|spend|purchases?|contracts?|deals?|invoices?|orders?)\s+)?"
    r"\b(?:over|above|more than|beyond|exceeding|greater than|bigger than|under|below|less than|north of|south of|up to|"
    # (the currency as any country writes it: "up to R50k", "over ₦5m", "above KSh 500k")
    r"upwards of|in excess of)\s*(?:(?:r|us|a|c|nz|hk|s)?\$|[€£¥₹₦₱₩₪₵]|chf|eur|usd|gbp|ksh|rm|rp|(?<![a-z])r)?\s*$|>\s*$"
)
_GOAL = lazy_compile(
    r"\bto (?:\w+ )?(?:hit|reach|get (?:to|past)|grow (?:it |that |us )?to|scale to|double|triple|be at|make)\b|"
    r"\bto (?:grow|increase|boost|raise|lift|add)\b[^.;!?]{0,30}\bby\b|"
    r"\b(?:want|wants|hope|hoping|plan|planning|aim|aiming|expect|expecting|need|going)\s+to\s+be\s+(?:at\s+)?(?:about\s+|around\s+|~)?$|"
    r"\b(?:goal|target(?:ing)?|aim(?:ing)? (?:for|at)|aspire|ambition|projected|forecast|expect(?:ing|ed)?|"
    r"on track (?:for|to)|plan(?:ning)? (?:for|on))\b"
)

# A later value replaces an earlier one: "but finance trimmed it to", "actually", "more like", "now".
_CHANGE = lazy_compile(
    r"\b(?:but|now|actually|correction|sorry|i mean|i meant|meant|make that|rather|wait|scratch that|revised|trimmed|trim|cut|reduced|slashed|"
    r"lowered|dropped|raised|increased|bumped|down to|changed|updated|more like|realistic(?:ally)?|instead|"
    r"ended up|in the end|turns out|turned out|after|then|these days|today|currently|this year|since|so (?:we|that|it|now)|leaving|leaves|left with|"
    r"approved|got approved|signed off|green-?lit|granted|allocated|got)\b"
)
# ... unless it is a stretch above the first ("but could go to 60k", "maybe 15 if you're good").
_STRETCH = lazy_compile(
    r"\b(?:could|can|might|may|maybe|possibly|if|stretch|flex|push|at most|max(?:imum)?|tops|up to|go (?:up )?to|"
    r"or|to|and|-)\b|\bor\s*$"
)


def sentence_at(text: Text, index: int) -> tuple[int, int]:
    """The sentence around ``index``: from the last sentence end before it to the next one (inclusive)."""
    start = 0
    for m in _SENTENCE_END.finditer(text.lower):
        if m.end() <= index:
            start = m.end()
        elif m.start() >= index:
            return start, m.end()
    return start, len(text.lower)


# "... 2-3k a month? is that realistic for you guys": the next sentence asks about the figure.
_ASKED_AFTER = lazy_compile(
    r"\s*(?:is|would|will|does|could|can) (?:that|this|it) (?:be )?(?:\w+ )?(?:realistic|enough|ok|okay|doable|feasible|sufficient|"
    r"reasonable|workable|possible|too (?:low|little|small|much|high)|in (?:the )?(?:range|ballpark))\b"
)


_STATED_AFTER = lazy_compile(
    r"\s*(?:that'?s|thats|it'?s|its|which is|this is)\s+(?:(?:all|everything|the most|(?:our|the) max(?:imum)?|(?:our|the) limit|our budget|(?:our|the) ceiling|as (?:high|far|much) as)\s*"
    r"(?:(?:we|i)\s+(?:have|got|can|'ve got|can afford|can spend)|(?:we|i)'ve got|there is)?|"
    # "that's what we have"; but "that's what a colleague told me" says where a price asked about was heard
    r"what\s*(?:(?:we|i)\s+(?:have|got|can|'ve got|can afford|can spend)|(?:we|i)'ve got|there is))\b|"
    # the same said the other languages' way, as the rewrite leaves them ("es nuestro max", "mehr ist nicht drin"),
    # and "can't go higher"
    r"\s*(?:c'?est|est|es|é|e|è|das ist|dat is|ist|is)\s+(?:(?:nuestro|nuestra|el|la|o|a|nosso|nossa|il|nostro|nostra|notre|le|unser|unsere|das|the|onze|het|our)\s+)*"
    r"(?:max(?:imum)?|l(?:í|i)mite|limit|plafond|tope|teto|tetto|obergrenze|grens)\b|"
    r"\s*(?:mehr ist nicht drin|mehr geht nicht|(?:we |i )?can'?t go (?:any )?(?:higher|above|over)|(?:we |i )?can'?t do more|no podemos (?:pagar |gastar |ir )?m(?:á|a)s|"
    r"n(?:ã|a)o podemos (?:pagar |gastar |ir )?mais|non possiamo (?:spendere |andare )?(?:oltre|di più)|on (?:ne )?peut pas (?:aller |mettre )?plus|meer kan niet|meer zit er niet in)\b"
)


def stated_after(text: Text, start: int) -> bool:
    """The sentence of the figure at ``start`` is followed by one that calls it all there is ("that's our max")."""
    return bool(_STATED_AFTER.match(text.lower, sentence_at(text, start)[1]))


_OUR_BUDGET = lazy_compile(r"\b(?:our|my|nuestr[oa]|mi|unser|unsere|mein|meine|notre|mon|ma|noss[oa]|meu|minha|nostr[oa]|mi[oa]|ons|onze|mijn)\s+"
                           r"(?:[\w-]+\s+)?budget\b")


def asked(text: Text, start: int, answering: bool = False) -> bool:
    """The figure sits in a question the visitor asks us, or names a price of ours.

    ``answering``: the text answers the question about this very figure, so
    "5k, is that enough?" states 5k; only asking words before the figure
    ("is it like 2k?") make it a question.
    """
    s, e = sentence_at(text, start)
    sentence = text.lower[s:e]
    ours = [m.end() for m in _OUR_PRICE.finditer(text.lower, s, start)]
    clause = text.clause_at(start)[0]
    # ("HubSpot quoted us 18k, way over what we have (8k)", "another agency quoted us £4,500, we'd rather be around
    # £3k": the visitor's own figure after it, the visitor speaking before it or in its clause)
    # ("your packages start at 5k, our budget is 3k": the visitor's budget named in the clause)
    if ours and not _FIRST_PERSON.search(text.lower, ours[-1], clause) and not _SUBJECT.search(text.lower, max(clause, ours[-1]), start) \
            and not _OUR_BUDGET.search(text.lower, max(clause, ours[-1]), start):
        return True
    if not sentence.rstrip().endswith("?"):
        return _follows_a_price_question(text, s, e, start)
    if not answering and _ASKED_AFTER.match(text.lower, e):
        return True
    if _STATED_AFTER.match(text.lower, e):
        return False  # "can we do 3k/mo? thats all we have": the figure is theirs
    # "idk maybe 10k?" is a hedge, not a question to us: a question asks ("how much", "is it").
    before = text.lower[s:start]
    if answering and not _bare(text.lower[s:e]):  # "is 12 too small for you?" still says 12; "how much is it, 2k?" does not
        return bool(_ASKING.search(before)) and not _FIRST_PERSON_STATES.search(before)
    # "what's the ballpark for a rebrand? 20k? 50k?": bare figures after a question ask too.
    while s > 0 and _bare(text.lower[s:e]):
        previous = sentence_at(text, s - 1)
        said = text.lower[previous[0]:previous[1]]
        if not said.rstrip().endswith("?"):
            break
        if _ASKING.search(said) or _AUXILIARY_START.match(said):
            return True
        s, e = previous
    return bool(_ASKING.search(sentence) or _AUXILIARY_START.match(sentence)) and not _FIRST_PERSON_STATES.search(before)


# A price question to us ("how much do you charge for a hubspot setup?", "wie viel kostet das?" as rewritten).
_PRICE_ASKED = lazy_compile(r"\b(?:ho?w much|what (?:do|does|would|will) (?:you|it|that|this) (?:charge|cost)|cost|costs|price|pricing|charge|rates?|kostet|kosten|kost|co(?:û|u)te|cuesta|custa|costa|facturez|cobr\w+|chiedete)\b")
# A question to us carried on without its question mark: "is it like 5k or more like 20k", and the other languages'
# openings as the rewrite leaves them ("sind das eher 5k", "c'est plutôt 5k", "es como 5k", "é tipo 5k", "è tipo 5k").
_FOLLOW_UP_START = lazy_compile(
    r"^\W*(?:(?:or|and|so|like)\b\W+)?(?:is (?:it|that|this|the)|are (?:we|you|they)|would (?:it|that)|will (?:it|that)|could (?:it|that)|"
    r"sind das|ist (?:das|es)|c'?\s?est|es|(?:é|e) tipo|è|sarebbe|ser(?:í|i)a|is (?:het|dat))\b"
)
_FIGURES_OR = lazy_compile(r"\d\s*(?:k|m|grand)?\s*(?:[$€£]|eur|euros?|dollars?)?\s+(?:or|ou|o|oder|of)\s+(?:\w+\s+){0,2}[$€£]?\s*\d")


def _follows_a_price_question(text: Text, s: int, e: int, start: int) -> bool:
    """A figure in a sentence with no question mark that carries on a price question just asked: "how much do you
    charge for a hubspot setup? is it like 5k or more like 20k" asks our price; "... ? we have 5k" states theirs."""
    if s == 0:
        return False
    previous = sentence_at(text, s - 1)
    asked_before = text.lower[previous[0]:previous[1]]
    if not asked_before.rstrip().endswith("?") or not _PRICE_ASKED.search(asked_before):
        return False
    sentence = text.lower[s:e]
    if _FIRST_PERSON.search(sentence):
        return False
    return bool(_FOLLOW_UP_START.match(sentence) or _FIGURES_OR.search(sentence))


def _bare(sentence: str) -> bool:
    """A sentence that is only a figure and a question mark ("50k?")."""
    if _FIRST_PERSON.search(sentence):
        return False
    return bool(re.fullmatch(
        r"\W*(?:[a-z']+\W+){0,3}?[$€£]?\s*\d(?:[\d.,]|\s(?=\d{3}\b))*\s*(?:k|m|grand)?(?:\s*(?:[$€£]|eur|euros?|usd|dollars?))?(?:\s*(?:/|a |per )\s*(?:mo|month|yr|year|wk|week)\w*)?\s*\?+\W*", sentence))


def clause_start(text: Text, start: int) -> int:
    """Where the clause of the figure at ``start`` begins; a figure in brackets belongs to the
    clause it explains ("half what we spent last year (70k)")."""
    begins, _ = text.clause_at(start)
    if begins > 1 and text.lower[begins - 1] == "(":
        begins, _ = text.clause_at(begins - 2)
    return begins


def _clause_before(text: Text, start: int) -> str:
    return text.lower[clause_start(text, start):start]


# "... 20k of that already went to a trade show", "spend was 14k last month": said after the amount.
_PAST_AFTER = lazy_compile(
    r"^\s*(?:[$€£]|eur|euros?)?\s*(?:spent|paid|invested|wasted|burned|burnt)\b|"  # "12.000 € ausgegeben": German word order, rewritten
    r"^[^.,;!?]{0,30}?\b(?:already (?:went|gone|spent|used|paid)|went (?:to|on|into)|was spent|were spent|got spent|was wasted|"
    r"last (?:week|month|quarter|year|spring|summer|autumn|fall|winter|time)|ago|in 20\d\d|previously|down the drain|"
    r"(?:in|per|under) (?:the|our) (?:original|initial|first|old) (?:plan|budget|proposal|forecast)|"
    r"with (?:our|the|an?|my) (?:last|old|previous|former) (?:agency|provider|vendor|freelancer|consultant|partner|supplier)|"
    # "5k/month with another agency", "3k a month to our current agency": what goes to someone else now
    r"(?:with|to|for) (?:our|the|an?|my) (?:current|existing|present|other|another) (?:agency|provider|vendor|freelancer|consultant|partner|supplier)|"
    r"(?:with|to) another (?:agency|provider|vendor|freelancer|consultant|partner|supplier))\b"
)
# "... last year and it's the same again this year": the past figure is restated as the present one.
_RESTATED = lazy_compile(
    r"\b(?:same|similar) (?:again|as (?:last|before)|this year|for this year)|\bsame again\b|\bagain this year\b|"
    r"\b(?:stay|staying|keep it|keep|remain|stick|sticking)\s+(?:at |around |about |near |close to |with |to )?(?:that|the same|similar|that level)\b|"
    r"\b(?:do|spend|put in|invest|keep) (?:about |roughly )?(?:the same|similar)\b|\bthis year (?:about |roughly )?the same\b"
)


# What an amount was changed to: "got cut to 35k last week" is the amount now, whenever the change was made.
_CHANGED_TO = lazy_compile(
    r"\b(?:cut|trimmed|reduced|lowered|raised|increased|bumped|dropped|slashed|upped|changed|revised|brought|capped)"
    r"(?:\s+(?:it|that|this|back|down|up|the budget))?\s+to\s*(?:about|around|~|roughly)?\s*[$€£]?\s*$"
)
_SANCTIONED = lazy_compile(r"\b(?:approved|signed off(?: on)?|green-?lit|ok'?d|okayed|authori[sz]ed|allocated|set aside|earmarked|budgeted|gave us|got)\s*(?:about|around|~|a|an)?\s*[$€£]?\s*$")


def past(text: Text, start: int, end: int | None = None) -> bool:
    """Said of before: "last year we spent 60k", "20k of that already went to a show"."""
    after = _PAST_AFTER.match(text.lower[end: end + 50]) if end is not None else None
    if after and (_RESTATED.search(text.lower, *sentence_at(text, start)) or _SANCTIONED.search(_clause_before(text, start))
                  or _CHANGED_TO.search(_clause_before(text, start))):
        after = None  # "the board signed off 60k last week", "got cut to 35k last week": changed lately, the budget now
    if _PAST.search(_clause_before(text, start)) and _RESTATED.search(text.lower, start, sentence_at(text, start)[1]):
        return False  # "our old retainer was £2.5k pcm, we want to stay around that": the past figure, kept
    before = _clause_before(text, start)
    cues = list(_PAST.finditer(before))
    if cues and _ASKED_FIRST.fullmatch(cues[-1].group(0)) and _SANCTIONED.search(before, cues[-1].end()):
        cues = []  # "we asked for 60k and finance approved 45k": what was asked for, then what was granted, now
    return bool(cues or _SPENT_ON.search(before) or after)


_ASKED_FIRST = lazy_compile(r"asked for|originally|initially|at first")


# "we dropped 25k on a trade show": money gone, said with a verb of spending right before it.
_SPENT_ON = lazy_compile(r"\b(?:dropped|blew|sank|wasted|burned|burnt|splurged|lost)\s*(?:about|around|~|like|roughly|almost|nearly)?\s*[$€£]?\s*$")


_FIRST_PERSON = lazy_compile(r"\b(?:we|we'?ve|we'?re|we'?d|our|us|i|i'?m|i'?ve|i'?d|my|me)\b")
# The visitor as the subject who says a figure ("we'd rather be around 3k"), not a word of theirs in a price of ours;
# the other languages' pronouns the rewrite leaves, and "want", the rewrite's verb of wishing where no pronoun is
# said ("queremos quedarnos en unos 3.000 €" -> "want quedarnos in about 3.000 €")
_SUBJECT = lazy_compile(r"\b(?:we|we'?ve|we'?re|we'?d|we'?ll|i|i'?m|i'?ve|i'?d|i'?ll|nous|wir|nosotros|noi|wij|(?<!you )(?<!they )(?:want|wanted))\b")


# What goes to the visitor's present providers: "$1,500 mgmt fee to our current mob", "R40 000 a month on Google Ads
# through another agency", "combined spend across them (the four agencies) is ~$1.8M/yr": their money, not a budget
# for us.
_PROVIDER_AFTER = lazy_compile(
    r"[^.;!?]{0,45}?\b(?:to|with|through|via)\s+(?:(?:our|the|an?|my)\s+(?:current|existing|present|other|incumbent|outside|external)|another)\s+[a-z]"
)
# ... unless the visitor says the sum is what they want or can pay: "we'd pay 5k a month, compared with our current 8k".
_WISHED = lazy_compile(r"\b(?:we'?d|i'?d|budget\w*|want|wants|would|could|can|willing|happy|looking to|plan|planning|hope|hoping|afford)\b")
_PROVIDERS_BEFORE = lazy_compile(
    r"\b(?:spend|spending|pay|paying|fees?)\s+(?:\w+\s+){0,2}?(?:across|with|to|through|via)\s+(?:them|those|these|"
    r"(?:our|the|their)\s+(?:\d+\s+|\w+\s+)?(?:agencies|vendors|providers|freelancers|partners|suppliers))\b[^.;!?\d]{0,20}$"
)


# An agency that buys for a client ("we white-label. Client is a national retailer ... Their budget: R1.2m once-off"):
# the client's budget is what the deal is worth, the budget of the lead.
_FOR_A_CLIENT = lazy_compile(
    r"\b(?:white[- ]?label\w*|marque blanche|marca blanca|marca branca|on behalf of (?:a|our|one of our) client|"
    r"for (?:a|an|our|one of our) (?:clients?|kunden?|clientes?|klant|clienti)|"
    r"(?:the|our|my) client(?:'s)? (?:is|wants|needs|has)|client is|"
    # "one of our clients (a furniture retailer in Leeds) needs help with google ads", in the seven languages
    # (one who asks for something: "one of our clients left us, their budget was huge" is no purchase)
    r"(?:one of (?:our|my) clients|a client of (?:ours|mine)|(?:einer|eine|einem) unserer kunden|un de nos clients|"
    r"un(?:o|a)? de nuestr(?:o|a)s clientes|um dos nossos clientes|uma das nossas clientes|un(?:o|a)? dei nostri clienti|"
    r"een van onze klanten)(?:\s*\([^()]{0,80}\))?,?\s+(?:needs?|wants?|is looking|asked|has asked|would like|requires|"
    r"braucht|möchte|will|sucht|a besoin|veut|cherche|souhaite|necesita|quiere|busca|precisa|quer|procura|ha bisogno|vuole|"
    r"cerca|heeft|wil|zoekt))\b"
)
_THEIR_BUDGET = lazy_compile(r"\b(?:(?:their|the client'?s|client'?s|ihr|leur|su|hun|il loro) (?:\w+ )?budget|budget (?:deles|delas|do cliente|del cliente|des kunden|du client))\b[^.;!?\d]{0,20}[$€£]?\s*(?<![a-z])r?\s*$")


def others(text: Text, start: int, end: int | None = None) -> bool:
    """Someone else's money: a competitor's spend, what a client pays us, what we charge.

    A clause with no subject of its own ("..., probably 1M+") belongs to the
    one before it in the sentence ("Our competitor just launched a campaign").
    """
    if _THEIR_BUDGET.search(text.lower, sentence_at(text, start)[0], start) and _FOR_A_CLIENT.search(text.lower):
        return False  # an agency buying for its client: "Their budget: R1.2m once-off" is the budget of the deal
    after = _OTHERS_AFTER.match(text.lower[end: end + 40]) if end is not None else None
    if (_OTHERS.search(_clause_before(text, start)) or after or _OWN_PRICE.search(text.lower, sentence_at(text, start)[0], start)
            or _NEARBY_BUSINESS.search(_clause_before(text, start))):
        return True
    if _PROVIDERS_BEFORE.search(text.lower, max(0, start - 80), start) or (
            end is not None and _PROVIDER_AFTER.match(text.lower, end) and not _WISHED.search(_clause_before(text, start))):
        return True
    if end is not None and (_ELSEWHERE_AFTER.match(text.lower[end: end + 60]) or _SPOKEN_FOR_AFTER.match(text.lower[end: end + 60]) or (
            _SEEN_BEFORE.search(_clause_before(text, start)) and _SEEN_AFTER.match(text.lower[end: end + 50]))
            or _SEEN_RIGHT_AFTER.match(text.lower[end: end + 40])):
        return True
    clause_start, clause_end = text.clause_at(start)
    sentence_start, _ = sentence_at(text, start)
    if sentence_start < clause_start and not _FIRST_PERSON.search(text.lower, clause_start, clause_end):
        said = [m.end() for m in _OTHERS.finditer(text.lower, sentence_start, clause_start)]
        # "our competitor spends 40k, we can't match that, maybe 8k": the visitor spoke in between, the figure is theirs
        return bool(said) and not _FIRST_PERSON.search(text.lower, said[-1], clause_start)
    return False


# The present value of a rate named earlier in the sentence: "target CPL is 80 or less, currently paying ~150".
_RATE_NAMED = lazy_compile(r"\b(?:cac|cpl|cpa|cpc|cpm|roas|cost per (?:lead|click|acquisition|sale|customer)|per (?:lead|click|sale|customer|acquisition))\b")
_NOW_PAYING = lazy_compile(r"\b(?:currently|now|today|at the moment|these days)\b[^.;!?\d]{0,30}$")
# ... but an amount with a period is spend, not a rate: "CPL is awful, we currently spend 10k a month"
_SPEND_PERIOD_AFTER = lazy_compile(r"^\s*(?:[$€£]|eur|euros?|quid|pounds|dollars)?\s*(?:/\s*(?:mo|month|yr|year|wk|week|q)\b|(?:a|per|each|every)\s+(?:month|year|quarter|week)\b|monthly|yearly|annually|weekly)")


# A tender the visitor puts out, in the seven languages as the rewrite leaves them: its contract value is what they
# will spend ("we're putting out a tender for a website rebuild, contract value up to £80,000").
_TENDER = lazy_compile(
    r"\b(?:tender|rfp|rfq|rfi|itt|invitation to tender|(?:formal|public|competitive|open) bid|bid(?:ding)? process|request for (?:proposals?|quotes?)|procurement|ausschreibung|appel d'?\s?offres?|licitaci(?:ó|o)n|"
    r"licita(?:ç|c)(?:ã|a)o|concurso p(?:ú|u)blico|gara d'?\s?appalto|appalto|aanbesteding)\b"
)
_CONTRACT_VALUE = lazy_compile(r"\bcontract (?:size|value)\b[^,.;!?\d]{0,20}$")


def metric(text: Text, start: int, end: int) -> bool:
    """A rate or a value per thing (CAC, per lead, an hour, what a lead is worth), not an amount to spend."""
    before = _METRIC_BEFORE.search(text.lower, max(0, start - 40), start)
    # (the tender may be named in another sentence: "... run this through a formal bid. ... Estimated contract value is
    # $95,000–$110,000")
    if before and _CONTRACT_VALUE.search(text.lower, max(0, start - 40), start) and _TENDER.search(text.lower):
        return False  # the value of the contract a tender of theirs will award: their budget, not a deal size of their sales
    if before or _METRIC_AFTER.match(text.lower[end: end + 25]):
        return True
    sentence_start = sentence_at(text, start)[0]
    return bool(_NOW_PAYING.search(text.lower, max(sentence_start, start - 40), start) and _RATE_NAMED.search(text.lower, sentence_start, start)
                and not _SPEND_PERIOD_AFTER.match(text.lower[end: end + 20]))


# "my CEO says we can go up to 18k", "mi jefe dice que podemos llegar hasta 18.000 €": whoever says it, a ceiling.
_CEILING_SAID = lazy_compile(
    r"\b(?:says?|said|told (?:me|us)|dice|dijo|dit|sagt|meint|zegt|diz|disse)\b,?\s+(?:that\s+|que\s+|dass\s+|dat\s+|che\s+)?"
    r"(?:we|i|wir|nous|on|podemos|possiamo|kunnen|could|can)\b[^.;!?]{0,30}$"
)


# The line of an approval named as such, in the seven languages (the words stay as written in the rewrite).
_APPROVAL_LIMIT = lazy_compile(
    r"\b(?:approval|sign(?:ing)?[- ]?off|signing|spending|purchasing|purchase) (?:limit|threshold|authority|line)|"
    r"freigabegrenze|genehmigungsgrenze|zeichnungsgrenze|freigabelimit|seuil (?:de validation|d'approbation|de signature)|"
    r"l(?:í|i)mite de (?:aprobaci(?:ó|o)n|aprova(?:ç|c)(?:ã|a)o|firma|gasto)|al(?:ç|c)ada|soglia di (?:approvazione|spesa)|"
    r"limite di (?:approvazione|spesa|firma)|goedkeuringsgrens|tekenbevoegdheid|mandaatgrens|tekenlimiet|"
    # as the rewrite leaves them: "seuil of approve", "límite of approve", "soglia of approve"
    r"(?:seuil|l(?:í|i)mite|limite|soglia|grens)\s+(?:of|de|di|van)\s+(?:approve|approval|validation|signature|firma|spesa|gasto)"
    r"\b[^.;!?\d]{0,40}$"
)


# The visitor, or their firm, the one who spends past the figure: "we can spend above $50k (but the MD has final say)",
# "podemos gastar más de 50.000 €", "wir können über 50.000 € ausgeben", "on peut dépenser plus de 50 000 €", "possiamo
# spendere oltre 50.000 €", "we kunnen meer dan 50.000 euro uitgeven" (as the rewrite leaves them: "podemos spend over",
# "wir could over 50.000 € spend"). Not a line drawn on spending: "anything we spend above 10k", "if we spend over 10k".
# (A ceiling said so is theirs too: "we can spend up to 50k, but the MD has final say".)
_SPENDER_BEFORE = lazy_compile(
    # (the rewrite's "me" for "ich", "a people" for "a gente")
    r"(?:^|[^\w'])(?:we|i|me|wir|ich|nous|on|je|podemos|puedo|podr(?:í|i)amos|possiamo|posso|potremmo|poder(?:í|i)amos|a gente|a people|wij|ik)"
    r"(?:['’](?:d|ll|m|re|ve))?\s+"
    r"(?:[\w']+\s+){0,3}$")
_SPEND_VERB = lazy_compile(r"\b(?:spend|invest|afford|go|put|pay|do)\b")
# ... said as what they can or would spend, not what they spend now ("we spend over 10k, which needs the CFO's sign-off")
_WILLING = lazy_compile(
    r"(?:\b(?:can|could|would|will|may|might|able|happy|willing|prepared|ready|podemos|pode|puedo|podr(?:í|i)amos|possiamo|posso|"
    r"potremmo|poder(?:í|i)amos|kunnen|kan|peut|pouvons|peux|pourrions|pourrait|k(?:ö|oe)nnen|kann|k(?:ö|oe)nnten)\b|'d\b|'ll\b)")
# ... or the budget itself named as what is past the figure: "our budget is above 50k", "el presupuesto es de más de" (the
# rewrite's "el budget es of over"), "das Budget liegt über", "o orçamento é acima de", "het budget is meer dan".
_BUDGET_SAID_BEFORE = lazy_compile(
    r"\bbudget\s+(?:(?:is|'s|would be|will be|should be|could be|is probably|is likely|es|est|ist|liegt|(?:é|e)|(?:è|e)|of|de|bei|at|"
    r"starts|start|begins|sits|lies|comes in)\s+){1,3}$")
_LINE_DRAWN = lazy_compile(r"\b(?:anything|everything|whatever|any (?:spend|purchase|contract|deal|amount)|if|when|whenever|once|every time)\b")


def spends_past(text: Text, start: int) -> bool:
    """Whether the figure's clause says the visitor spends past (or up to) it, with no approval in that clause: "we can
    spend above $50k but the MD has final say" is a budget from 50k, whoever decides."""
    lower = text.lower
    clause_start, clause_end = text.clause_at(start)
    line = _THRESHOLD_BEFORE.search(lower, max(clause_start, start - 40), start)
    if line is None or _APPROVAL.search(lower, clause_start, clause_end) or _LINE_DRAWN.search(lower, clause_start, start):
        return False
    head = lower[clause_start: line.start()]
    if _BUDGET_SAID_BEFORE.search(head):
        return True  # "budget is above 50k but the MD has the final say", "das Budget liegt über 50.000 €, aber ..."
    if not _SPENDER_BEFORE.search(head) or not _WILLING.search(lower, clause_start, start):
        return False
    return bool(_SPEND_VERB.search(lower, clause_start, start) or _SPEND_VERB.search(lower, start, clause_end))


def threshold(text: Text, start: int) -> bool:
    """The line for an approval: "the CEO signs off on anything over 10k" is authority, not budget."""
    s, e = sentence_at(text, start)
    if spends_past(text, start):
        return False  # "we can spend above $50k but the MD has final say": the visitor's floor, someone else's decision
    if _CEILING_SAID.search(text.lower, max(s, start - 60), start):
        return False
    if re.search(r"\b(?:nothing|never|not|no)\s+(?:over|above|more than|beyond|north of)\s*[$€£]?\s*$", text.lower[max(s, start - 30):start]):
        return False  # "our CFO says nothing over 4k": a ceiling on the budget, not a line for approval
    if _kept_below_the_line(text.lower, s, start, e):
        return False
    if _CONTRACT_VALUE.search(text.lower, max(s, start - 40), start) and _TENDER.search(text.lower, s, e):
        return False  # "a tender ..., contract value up to £80,000": the tender's ceiling, not a line for approval
    if _APPROVAL_LIMIT.search(text.lower, max(s, start - 50), start):
        return True  # "Die Freigabegrenze meines Bereichs liegt bei 50.000 €": the line of an approval, named
    if _approved_for(text, start):
        return False  # "partners have approved up to £25k for a rebuild": a ceiling granted for the work, not a line
    return bool(_THRESHOLD_BEFORE.search(text.lower, max(s, start - 40), start) and _APPROVAL.search(text.lower, s, e))


# "approved up to £25k for a rebuild", "bis zu 25.000 € für den Relaunch", "jusqu'à 25 000 € pour la refonte" (the
# rewrite's "up to ... for"): a ceiling said with what it is for; Dutch "voor" is read "before" by the rewrite.
_CEILING_WORD = lazy_compile(r"\b(?:up to|max(?:imum)?(?: of)?|a ceiling of|a cap of)\s*(?:[$€£]|eur|gbp|usd|chf)?\s*$")
_PURPOSE_AFTER = lazy_compile(
    r"\s*(?:[$€£]|eur|euros?|gbp|usd|chf|pounds?|dollars?)?\s*(?:[a-z]+\s+)?(?:for|before|on|towards?)\s+(?!(?:\d|anything|everything|any|all|more|each|every|top)\b)[a-z]"
)
# "Partners have approved up to £25k", "we've got sign-off for up to £40k": a ceiling granted, in the past tense.
_GRANTED = lazy_compile(
    r"\b(?:approved|signed off(?: on)?|sign-?off for|green-?lit|authori[sz]ed|sanctioned|okayed|ok'?d)\s+(?:(?:a|an)\s+)?(?:budget\s+of\s+)?"
    r"(?:up to|max(?:imum)?(?: of)?|a ceiling of|a cap of)\s*(?:[$€£]|eur|gbp|usd|chf)?\s*$"
)
# ... but "I can sign off up to 10k for marketing myself" is the line of the visitor's own authority.
# (and "the CEO approves up to 10k on marketing": a habit of approving, the line again)
_MAY_APPROVE = lazy_compile(
    r"\b(?:can|could|may|able to|allowed to|authori[sz]ed to)\b[^.;!?]{0,20}\b(?:approve|sign|authori[sz]e|sanction)|"
    r"\b(?:anything|everything|any (?:spend|purchase|contract|deal))\b|\b(?:approves|signs(?: off)?|authori[sz]es|sanctions)\b"
)


def _approved_for(text: Text, start: int) -> bool:
    """Whether the figure is a ceiling granted for a purpose said right after it ("up to £25k for a rebuild")."""
    lower = text.lower
    clause_start, clause_end = text.clause_at(start)
    if not _CEILING_WORD.search(lower, max(clause_start, start - 20), start):
        return False
    end = start + len(re.match(r"[\d.,' ]*(?:k|m|mn|bn|grand)?", lower[start:]).group(0))
    granted = _PURPOSE_AFTER.match(lower, end) or _GRANTED.search(lower, max(clause_start, start - 40), start)
    return bool(granted) and not _MAY_APPROVE.search(lower, clause_start, clause_end)


# "... anything above 100k so realistically we'd keep it under 85k", and the other languages' "so" that the rewrite
# leaves ("also bleiben wir unter", "donc", "así que", "por isso", "quindi", "dus"): what the visitor does about the line.
_CONSEQUENCE = lazy_compile(
    r"\b(?:so|therefore|hence|which means|meaning|that'?s why|also|deshalb|daher|darum|donc|alors|du coup|así que|asi que|"
    r"por eso|por lo tanto|por isso|então|entao|portanto|quindi|perciò|percio|per questo|dus|daarom)\b"
)


def _kept_below_the_line(lower: str, sentence_start: int, start: int, sentence_end: int) -> bool:
    """Whether the figure follows an approval line said before it, after a "so", with no approval of its own after the
    "so" ("..., also anything over 10k goes to the board" draws another line): the visitor's own figure."""
    approval = _APPROVAL.search(lower, sentence_start, start)
    then = approval and _CONSEQUENCE.search(lower, approval.end(), start)
    return bool(then and not _APPROVAL.search(lower, then.end(), sentence_end))


def goal(text: Text, start: int) -> bool:
    """What they want to reach, not what they have: "we want to hit 5M revenue"."""
    return bool(_GOAL.search(_clause_before(text, start)))


# A target said of what to spend is the budget: "spend less than last year - target maybe 80-90k", "budget goal: 50k".
_SPEND_TARGET = lazy_compile(
    r"\b(?:spend|spending|budget|budgets|invest|investing|allocate)\b[^.;!?]{0,60}?\b(?:target(?:ing)?|aim(?:ing)? for|goal)\b"
    r"(?:\s*(?:is|of|maybe|about|around|roughly|~|at|:|-|would be|probably)\s*)*[$€£]?\s*$|"
    # "we expect the consolidated retainer to land around $1.2M/yr": what they expect to pay is the budget
    r"\b(?:expect|expecting|expected|forecast|anticipate|anticipating)\b[^.;!?]{0,30}?\b(?:retainer|budget|spend|fee|fees|cost|costs|contract)\b"
    r"[^.;!?\d]{0,25}$"
)


# Credit given in kind, to spend on a platform's own ads: "a Google Ad Grant ($10k/month in free ad credit)" is no
# money the visitor pays anyone.
_IN_KIND_AFTER = lazy_compile(
    r"\s*(?:[$€£]|usd|eur|gbp|dollars?)?\s*(?:(?:/\s*|per\s+|a\s+)(?:month|mo|mth|year|yr)\s+)?(?:in\s+|of\s+)?(?:free\s+)?"
    r"(?:(?:ad|ads|advertising|media|google|meta|cloud)?\s*credits?|(?:google\s+)?(?:ad|ads|advertising) grants?)\b"
)
_IN_KIND_BEFORE = lazy_compile(r"\b(?:ad|ads|advertising) grants?\s*(?:(?:of|worth|is|was|gives us|gives)\s+)?(?:about\s+|around\s+|~\s*)?\(?\s*(?:up to\s+)?(?:[$€£]|usd|eur|gbp)?\s*$")


_RAISED = lazy_compile(r"\b(?:raised|increased|upped|bumped|added)\b")


def change_by(text: Text, start: int, end: int) -> int:
    """-1 when the figure is by how much a sum was cut ("the CFO cut 10k off it", "then clawed back 10k"), +1 when by
    how much it was raised ("raised it by 5k"), 0 when it is no such change."""
    lower = text.lower
    delta = _DELTA.search(lower, max(0, start - 30), start)
    verb = delta or _DELTA_VERB.search(lower, max(0, start - 20), start)
    if verb is None:
        return -1 if _TAKEN_OFF_AFTER.match(lower, end) else 0
    return 1 if _RAISED.search(verb.group(0)) else -1


# What it costs to run the business, in the seven languages as the rewrite leaves them: payroll, salaries, rent,
# overheads. A sum said of one ("payroll is our biggest cost, roughly 90k a month", "12k a month in salaries", "die
# Miete kostet uns 8.000 € im Monat") is a cost of theirs, neither a budget for us nor a revenue.
_RUNNING_COST = (
    r"payroll|salar(?:y|ies)|wages?|wage bill|rent|overheads?|running costs|staff costs|personnel costs|utilities|"
    r"geh(?:ä|a)lter|gehalt|gehaltskosten|l(?:ö|o)hne|lohnkosten|personalkosten|miete|fixkosten|"
    r"salaires?|masse salariale|loyer|charges fixes|frais fixes|"
    r"n(?:ó|o)minas?|salarios|sueldos|alquiler|gastos fijos|"
    r"folha (?:de|of) pagamento|folha salarial|sal(?:á|a)rios|aluguel|aluguer|custos fixos|"
    r"stipendi|buste paga|affitto|costi fissi|costo del personale|"
    r"salarissen|lonen|loonkosten|personeelskosten|huur|vaste lasten"
)
_RUNNING_COST_BEFORE = lazy_compile(rf"\b(?:{_RUNNING_COST})\b")
_RUNNING_COST_AFTER = lazy_compile(
    r"\s*(?:[$€£]|eur|euros?|dollars?|pounds?|quid)?\s*(?:(?:/\s*|per\s+|a\s+|each\s+)(?:month|mo|year|yr|week|quarter)\b\s*)?"
    rf"(?:on|in|for|of)\s+(?:(?:our|the|my|just|all)\s+)?(?:{_RUNNING_COST})\b"
)
# ... unless the visitor turns to what they would spend between the cost and the figure: "payroll is 90k a month, so
# for ads we can spend 3k".
_SPEND_SAID = lazy_compile(r"\b(?:budget\w*|spend|spending|invest|investing|afford|put|ads|advertising|marketing|retainer|for (?:this|you|us))\b")


def running_cost(text: Text, start: int, end: int) -> bool:
    """Whether the figure is what running the business costs (payroll, salaries, rent), named before it in its
    sentence or right after it, with no word of spending between them."""
    lower = text.lower
    if _RUNNING_COST_AFTER.match(lower, end):
        return True
    named = list(_RUNNING_COST_BEFORE.finditer(lower, sentence_at(text, start)[0], start))
    return bool(named) and not _SPEND_SAID.search(lower, named[-1].end(), start)


def not_stated_money(text: Text, start: int, end: int, kind: str | None, field: str | None = None) -> str | None:
    """Why an amount is not the visitor's budget or revenue, or None when it may be.

    Past money is revenue still ("we did 800k last year") but never a budget.
    """
    if metric(text, start, end):
        return "metric"
    if running_cost(text, start, end):
        return "running_cost"
    if _IN_KIND_AFTER.match(text.lower, end) or _IN_KIND_BEFORE.search(text.lower, max(0, start - 30), start):
        return "in_kind"
    if lost(text, start, end):
        return "lost"
    if change_by(text, start, end):
        return "changed"  # "then clawed back 10k", "the CFO cut 10k off it": by how much it changed, not what it is
    if changed_from(text, start):
        return "changed"
    if asked(text, start, answering=field in ("budget", "revenue")):
        return "asked"
    if threshold(text, start):
        return "threshold"
    if others(text, start, end) and not _RESTATED.search(text.lower, end, sentence_at(text, start)[1]):
        return "others"  # ("our last agency cost us 6k a month, we want to spend about the same": restated as theirs)
    if goal(text, start) and not _SPEND_TARGET.search(text.lower, sentence_at(text, start)[0], start):
        return "goal"
    if kind != "revenue" and past(text, start, end):
        return "past"
    if field is None and (paid := _PAID_TO.search(_clause_before(text, start))) and not _WISHED.search(_clause_before(text, start)[:paid.start()]):
        return "paid_now"
    return None


# Money lost or missed out on ("lost about 30 grand in sales", "missed out on 50k of bookings", "perdimos 30.000 € en
# ventas"), with the other languages' verbs as the rewrite leaves them; German and Dutch say the participle last
# ("30.000 € Umsatz verloren", "30.000 euro aan omzet misgelopen").
_LOST_BEFORE = lazy_compile(
    r"\b(?:lost|lose|losing|loses|missed out on|missing out on|miss out on|leaking|leaked|wasted|perdu|perdons|perdimos|perdemos|"
    r"perdido|perdiendo|perdendo|perso|perdiamo|perdevamo|verloren|verlieren|misgelopen|mislopen)\b"
    r"(?:\s+(?:out|on|us|about|around|roughly|approx\.?|maybe|probably|like|over|nearly|almost|at least|easily|well over|"
    r"a good|some|an estimated|estimated|~))*\s*[$€£]?\s*$"
)
# "cost us 30k in sales", "30k in lost revenue", "30k worth of sales lost", "30.000 € Umsatz verloren".
_LOST_AFTER = lazy_compile(
    r"\s*(?:[$€£]|euros?|dollars?|pounds?|eur|usd|gbp)?\s*(?:(?:in|of|worth of|aan|de|di|en|em)\s+)?(?:lost|missed|forgone)\s+(?:sales|revenue|business|orders|bookings|income)\b|"
    r"[^.;!?,]{0,30}?\b(?:verloren|misgelopen|eingebüßt|kwijtgeraakt)\b"
)
_COST_US_SALES = lazy_compile(r"\bcost\s+(?:us|me)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?[$€£]?\s*$")
_IN_SALES_AFTER = lazy_compile(r"\s*(?:[$€£]|euros?|dollars?|pounds?)?\s*(?:in|of)\s+(?:sales|revenue|business|orders|bookings)\b")


def lost(text: Text, start: int, end: int) -> bool:
    """Whether the amount is money lost or missed out on: neither a revenue nor a budget."""
    lower = text.lower
    clause_start = text.clause_at(start)[0]
    before = lower[max(clause_start, start - 40): start]
    if _LOST_BEFORE.search(before) or _LOST_AFTER.match(lower, end):
        return True
    return bool(_COST_US_SALES.search(before) and _IN_SALES_AFTER.match(lower, end))


# The fee a provider is paid now, said in passing: "currently paying our freelancer $2,500 a month for SEO" is what
# the present arrangement costs; at the budget question "we pay our current agency 8k/month" is the answer.
_PAID_TO = lazy_compile(
    r"\b(?:pay|paying|pays)\s+(?:our|the|my|an?|this)\s+(?:current\s+|existing\s+|present\s+)?(?:\w+\s+)?"
    r"(?:agency|freelancer|consultant|contractor|provider|vendor|developer|designer|guy|person|team|partner|supplier)\b[^.;!?]{0,20}$"
)


_DELTA_VERB = lazy_compile(r"\b(?:cut|took|knocked|shaved|slashed|trimmed|chopped|lopped)\s*(?:another\s+)?[$€£]?\s*$")
_OFF_AFTER = lazy_compile(r"\s*(?:[$€£]|eur|euros?|dollars?|pounds?)?\s*off\b")
# "dann hat der CFO 10.000 € abgezogen", "toen heeft de CFO er 10.000 euro afgehaald" (rewritten "... taken off"): the
# verb after the figure, the other languages' word order
_TAKEN_OFF_AFTER = lazy_compile(r"\s*(?:[$€£]|eur|euros?|dollars?|pounds?)?\s*(?:davon\s+|ervan\s+)?taken off\b")
_DELTA = lazy_compile(
    r"\b(?:clawed|took|pulled|claimed|knocked|shaved|cut|trimmed|reduced|slashed|dropped|lowered|raised|increased|upped|bumped)\s+"
    r"(?:it\s+)?(?:back|off|by)\s*(?:another\s+)?[$€£]?\s*$|\b(?:cut|trimmed|reduced|lowered|raised|increased) (?:it |that |the budget )?by\s*[$€£]?\s*$"
)


# "slashed from 60k to 35k", "we went from 20 to 45": the figure after "from" is what it was.
_CHANGED_FROM = lazy_compile(
    r"\b(?:went|gone|grown|grew|growing|jumped|increased|doubled|tripled|scaled|expanded|shrunk|shrank|dropped|fell|fallen|"
    r"cut|moved|ballooned|slashed|trimmed|reduced|raised|bumped|lowered|changed|revised|upped|downsized|up|down)\s+"
    r"(?:\w+\s+){0,3}?from\s*(?:(?:a|the)\s+(?:team|staff|headcount|company|crew|business)\s+of\s+)?[$€£]?\s*$"
)


# "from 10 to 25 in two years": a span of time after "from X to Y" makes it a change, not a range.
_OVER_TIME = lazy_compile(
    r"^\s*(?:\w+\s+)?(?:in|over|within|during)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\w+\s+)?(?:years?|months?|quarters?|weeks?)\b|"
    r"^\s*(?:\w+\s+)?(?:this|last) (?:year|quarter|month)\b|^\s*since\b"
)


def changed_from(text: Text, start: int, end: int | None = None) -> bool:
    """The figure is the old end of a change ("cut from 60k to 35k"); the one after "to" is current.

    ``end`` (where a "from X to Y" range ends) lets a span of time after it
    tell a change ("from 10 to 25 in two years") without a verb before it.
    """
    if _CHANGED_FROM.search(text.lower, max(0, start - 50), start):
        return True
    return end is not None and bool(re.search(r"\bfrom\s*$", text.lower[max(0, start - 8): start])) and bool(_OVER_TIME.match(text.lower[end: end + 40]))


# The later figure is the share for what they ask us about, said right before it.
_FOR_THIS = lazy_compile(
    r"[,;]\s*(?:but\s+|and\s+)?for (?:this|us|you|the project|this project)\b[^.,;!?\d]{0,15}$|"
    # "2027 budget is $600k for all agencies. Your piece — ABM + content — would be about a third of that, call it
    # $200k": the part for us, said after the whole
    r"\b(?:(?:your|ur) (?:piece|part|share|portion|slice|cut|bit)|(?:euer|ihr|eu(?:er|re)) anteil|votre part|(?:vuestra|su) parte|"
    # (a fraction said between may be read as an ordinal: "un terzo" -> "3º", "een derde" -> "3e")
    r"a (?:vossa|sua) parte|la (?:vostra|sua) (?:parte|quota)|(?:jullie|uw) (?:deel|aandeel))\b(?:[^.;!?\d]|\d(?:º|ª|e\b)){0,80}$"
)


def supersedes(text: Text, earlier_end: int, later_start: int) -> bool:
    """Whether a later value corrects an earlier one ("20k but finance trimmed it to 12k")."""
    between = text.lower[earlier_end:later_start]
    if _FOR_THIS.search(between):
        return True  # "60k is the whole marketing budget, for this maybe 20k": the part for us
    if not _CHANGE.search(between):
        return False
    strong = re.search(
        r"\b(?:actually|correction|sorry|i mean|i meant|meant|make that|wait|scratch that|trimmed|cut|reduced|slashed|lowered|dropped|"
        r"raised|increased|bumped|down to|changed|revised|updated|more like|realistic(?:ally)?|instead|ended up|"
        r"in the end|turns out|turned out|now|currently|these days|today|this year|less|lower|cheaper|more realistic|so (?:we|that|it) (?:have|has|leaves|'s)|leaving|leaves us|left with|"
        r"approved|got approved|signed off|green-?lit|granted|"
        # the budget rose or fell to it, said of the budget itself ("but it's gone up to 15", "aber es ist auf 15.000
        # gestiegen", "mais il est passé à 15 000", "maar het is gestegen naar 15.000"); not "could go up to", a stretch
        r"(?:went|gone|has gone|'s gone|have gone) (?:up|down)|grew|grown|rose|risen|climbed|jumped|fell|fallen|shrunk|shrank|"
        r"doubled|halved|gestiegen|gesunken|erh(?:ö|oe)ht|verdoppelt|gekürzt|pass(?:é|e)e?|augment(?:é|e)e?|baiss(?:é|e)e?|"
        r"gestegen|gedaald|verhoogd|verlaagd|verdubbeld)\b", between)
    return bool(strong) or not _STRETCH.search(between)
