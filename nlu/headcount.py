"""Company size in heads: "40-person", "team of 12", "just me", "a couple hundred"."""

from __future__ import annotations

import re

from nlu import english, money, places, stance
from nlu.attributes import Range
from nlu.numbers import TENS, UNITS, Amount, amounts, bound, quantities, whole, words_value
from nlu.patterns import lazy_compile
from nlu.text import Text

_HEAD_AFTER = lazy_compile(
    r"^(?:\+|\s*\+)?\s?(?:-|\s)?(?:(?:full[- ]time|part[- ]time|fulltime|total|in[- ]house|permanent|fte|"
    # ("thirty-some people", "thirty-something staff", "een 35-tal werknemers" as the rewrite leaves it: about 35)
    r"odd|or so|ish|-ish|some|something|tal|plus|people strong|global|local|active|paid|salaried|direct)\s+|-)?"
    # ("pax": persons, as Singapore, Malaysia, the Philippines and India write it)
    r"(?:person|people|persons|peeps|employees?|employes|emplyees|employess|staff(?:ers)?|ppl|pax|folks|ftes?|"
    r"heads|headcount|workers|team ?members|colleagues|strong|man|woman|men|souls|humans|lads|blokes|chaps|lasses|"
    # ("two guys from your agency called": someone else's people)
    r"(?:guys|gals)(?!\s+(?:from|at|over at|with)\b)|"
    # "15 on the tools": the tradespeople at work, as builders and installers count themselves
    r"on (?:the )?tools|"
    r"(?:[a-z]+\s+)?on (?:the )?books|"
    r"mitarbeiter(?:innen)?|mitarbeitende|besch(?:ä|ae)ftigte|angestellte|salari(?:é|e)s|employ(?:é|e)s|empleados|dipendenti|medewerkers|werknemers|funcion(?:á|a)rios|"
    # staff as Dutch and German also say it ("5 vaste krachten", "8 Fachkräfte", "6 Festangestellte")
    r"(?:vaste\s+)?krachten|(?:fach|voll(?:zeit)?|teilzeit)?kr(?:ä|ae)fte|festangestellte|"
    r"members of staff|staffers|crew|teammates|personnel|associates|full[- ]timers|on (?:the )?payroll|"
    # "a 40-seat call centre": seats are heads where each is a person's desk
    r"seat(?=\s+(?:call|contact|customer|support|sales|service|office|bpo)\b)|"
    # "a 40-lawyer firm", "a 12 agent brokerage": the trade the firm is counted in, said before what it is
    r"(?:lawyer|attorney|solicitor|agent|consultant|engineer|developer|dev|nurse|doctor|physician|dentist|driver|technician|"
    r"tech|designer|accountant|therapist|teacher|instructor|stylist|advisor|adviser|broker|realtor|recruiter|architect|analyst|"
    r"rep|salesperson|mechanic|electrician|plumber|installer|caregiver|coach|chef)"
    r"(?=\s+(?:law\s+|legal\s+|accounting\s+|engineering\s+|dental\s+|medical\s+|real estate\s+)?(?:firm|practice|company|agency|team|office|shop|"
    r"studio|brokerage|clinic|business|outfit|operation|consultancy|partnership)\b)|"
    # "a 150 member IT services company": the members of the firm, whatever it does
    r"member(?=\s+(?:[a-z&/-]+\s+){0,3}?(?:firm|practice|company|agency|team|business|organi[sz]ation|startup|studio|consultancy|group)\b))\b"
)
# An adverb between "we are" and the count, in the seven languages as the rewrite into English leaves them: "we are
# actually 40", "we zijn eigenlijk met 40", "wir sind mittlerweile 40", "nous sommes désormais 40", "somos ya 40",
# "já somos 40", "siamo ormai in 40". A count after it is the heads as much as one right after "we are".
_NOW_OR_IN_FACT = (
    r"now|actually|already|currently|still|really|in fact|indeed|nowadays|these days|today|by now|meanwhile|at the moment|right now|"
    r"inmiddels|intussen|ondertussen|nu|nog|al|alweer|eigenlijk|tegenwoordig|momenteel|op dit moment|inderdaad|echt|"
    r"schon|jetzt|mittlerweile|inzwischen|eigentlich|gerade|aktuell|derzeit|momentan|bereits|tats(?:ä|ae)chlich|heute|nun|"
    r"d(?:é|e)sormais|maintenant|d(?:é|e)j(?:à|a)|actuellement|aujourd'hui|en fait|en ce moment|(?:à|a) pr(?:é|e)sent|vraiment|"
    r"ya|ahora|actualmente|en realidad|hoy(?: en d(?:í|i)a)?|de hecho|realmente|en este momento|"
    r"j(?:á|a)|agora|atualmente|na verdade|hoje(?: em dia)?|de fa(?:c)?to|neste momento|"
    r"ormai|adesso|ora|gi(?:à|a)|attualmente|in realt(?:à|a)|oggi|di fatto|al momento|effettivamente"
)
_HEAD_BEFORE = lazy_compile(
    # ("hc ~120", "h/c: 45": the shorthand of "headcount")
    r"(?:team of|staff of|(?:headcount|\bhc|\bh/c)(?!\s*\d+\.\d)(?:'?s| of| is| at| around| about| to|:)?|head count(?: of| is|:)?|employ|employs|"
    r"employing|company of|crew of|firm of|business of|org of|organi[sz]ation of|staff(?: is| are|:)|"
    r"size(?: is| of|:|\?)?|(?:employees|headcount|staff|fte|team|people)\?|"
    # "re the headcount question - about 1,100 globally": the figure answers the question it names
    r"(?:headcount|head count|company size|team size|size|staff|employees?) (?:question|q)\s*[-:,]*|(?:employees|headcount|staff|fte)(?: is| are|:)?|we are|we're|were|we r|there are|there's|grown to|grew to|"
    r"team is|team's|team size(?: is|:)?|team:|(?:team|staff|headcount|workforce) from|"
    r"(?:team|staff|headcount|workforce|company|we)\s+(?:has\s+|have\s+)?(?:grew|grown|went|gone|jumped|shrank|shrunk|expanded|doubled|tripled|scaled)\s+from|total of|we have|we were at|we were|"
    r"(?:headcount|head count|staff|workforce|team size)\s+(?:has\s+)?(?:\w+\s+)?(?:to|at)|(?:company|business|firm|org|organi[sz]ation)(?: is|'s)|"
    r"(?:team|staff|headcount|we)\s+(?:stays?|remains?|holds?|sits?|is staying|is holding|is sitting)(?: steady| flat)?(?: at)?|(?:startup|start-up|agency|shop|practice|group|studio) of|(?:team|staff|headcount|we)(?:'s| has| have|'ve)? been|we've got|we got|we number|we're at|we are at|now at|down to|up to|"
    r"now (?:it'?s|its|we'?re|we are)(?: just| only)?|currently at|"
    # "we are now at 180" ("jetzt bei", as the rewrite leaves German's "at")
    # "we zijn inmiddels met 18" comes out as "we are inmiddels met 18": Dutch counts heads "met" (with), German "zu", French
    # "à", Italian "in" (these two after an adverb only: "currently we are in about 120" is where leads stand), after an
    # adverb too; the adverb is one or two of any language, as the rewrite leaves it ("we are actually met 40", "we are now
    # schon 40", "we are désormais 40", "we are ormai in 40")
    r"(?:we'?re|we are|zijn we|we zijn)(?:(?:\s+(?:" + _NOW_OR_IN_FACT + r")){1,2}(?:\s+(?:at|met|bei|zu|à|in))?|\s+(?:met|bei|zu))?)\s*"
    r"(?:about|around|roughly|approximately|approx\.?|~|maybe|like|almost|nearly|over|under|just over|closer to|nearer to|more like|"
    r"just under|close to|more than|less than|fewer than|at least|up to|only|just|a little over|some|currently|now|actually|rather)?\s*$"
)
_COMPANY_WORDS = lazy_compile(r"\b(?:employees?|company|firm|business|org|organi[sz]ation|headcount|staff|agency|startup|shop|practice)\b")
_ALONE = lazy_compile(
    r"\b(?:just|only) (?:me|myself|i)\b(?! and)|\bsolo\b|\bsolopreneur\b|\bone[- ](?:man|woman|person)\b|"
    # ("sole proprietor", "Einzelunternehmer", "eenmanszaak" name the legal form a business is owned in, and such a
    # business may employ staff: they say who owns it, not how many work there; "sole trader" is said of one at work)
    r"\bsole (?:trader|founder|employee)\b|\bi work alone\b|\bby myself\b|"
    r"\bon my own\b|\bmyself only\b|\bme,? myself and i\b|\bsolo founder\b|\b(?:i'?m|i am|as) an? freelancer?\b|\bself[- ]employed\b|"
    r"\bi'?m the only (?:one|employee|person)\b|\bno employees\b|\bno staff\b|\bindie hacker\b"
)
_OF_US = lazy_compile(
    r"\b(?:the )?(\d+|(?:" + "|".join(TENS) + r")(?:[- ](?:" + "|".join(UNITS) + r"))?|" + "|".join(UNITS) + r"|half a dozen|a dozen|dozen) "
    r"(?:or so |odd |-ish |ish )?of us\b"
)
_PERSON = (
    r"(?:partner|co-?founder|cofounder|wife|husband|"
    r"business partner|brother|sister|dad|father|mom|mother|friend|assistant|associate|colleague|spouse|son|daughter|va|"
    # "just me and a part-timer", "nur ich und eine Teilzeitkraft", "solo io e un part-time", "alleen ik en een parttimer",
    # "juste moi et un employé à temps partiel", "solo yo y una persona a media jornada", "só eu e uma pessoa em part-time"
    # (as the rewrite leaves them): someone on the payroll part of the week is one of the staff
    r"employee|intern|apprentice|trainee|receptionist|bookkeeper|helper|part[- ]?timer|"
    r"part[- ]?time(?!\s+(?:job|gig|role|position|work|basis|course|degree|study|studies|contract)\b)|"
    r"teilzeit(?:kraft|mitarbeiter(?:in)?)|aushilfe|minijobber(?:in)?|parttime ?(?:kracht|medewerker)|"
    r"(?:employ(?:é|e)|salari(?:é|e)|personne|persona|pessoa|persoon|kracht|medewerker|dipendente|empleado|funcion(?:á|a)rio)e?\s+"
    r"(?:in|à|a|em|de|op)\s+(?:temps partiel|mi-temps|media jornada|tiempo parcial|meio[- ]tempo|tempo parcial|part-time|parttime))\b"
)
_ME_AND = lazy_compile(rf"\b(?:just )?(?:me|myself|i) (?:and|&|\+|plus) (?:my |a |an |one )?{_PERSON}|"
                       # the team listed after a word that says who it is, a comma after "me": "we're tiny - me, my wife and a dog"
                       # ("email me, my assistant replies" lists no one)
                       rf"\b(?:we'?re|we are|it'?s|just|only|team(?: is)?|consists of|there'?s)\b[^.;!?]{{0,12}}?\b(?:me|myself),\s*(?:my |a |an |one )?{_PERSON}")
# "just me + my cofounder and a part-timer", "solo founder plus a part-time VA": one more person listed after them.
_ONE_MORE_PERSON = lazy_compile(rf"(?:\s+(?:founder|entrepreneur|operator|owner|consultant|business|shop|setup|operation))?(?:\s*,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s*[&+]\s*|\s+plus\s+|\s+with\s+)(?:my |a |an |one |our )?(?:part[- ]?time\s+)?{_PERSON}")
_AND_ME = lazy_compile(r"\bmy (?:partner|co-?founder|cofounder|wife|husband|business partner|brother|sister|dad|father|mom|mother|friend|spouse) and (?:me|i|myself)\b")
_ME_PLUS = lazy_compile(r"\b(?:me|myself) ?(?:and|plus|\+|&) ?(\d+|" + "|".join(UNITS) + r")(?: (?:others|other people|employees|staff|people|contractors|freelancers|helpers|more|part[- ]timers|full[- ]timers))?(?=\W|$)")
# "2 founders + 3 employees": heads said in parts add up (contractors and freelancers are not staff).
_SUM = lazy_compile(
    r"\b(\d{1,5})\s+(?:co-?founders?|founders?|partners?|owners?|employees?|staff|people|full[- ]timers?|full[- ]time|ftes?|"
    # partners as the rewrite leaves them: "nous sommes 3 associés et 4 salariés" -> "we are 3 associés and 4 employees"
    r"associ(?:é|e)s|socios|soci|s(?:ó|o)cios|gesellschafter|teilhaber|inhaber|vennoten|compagnons|"
    # founders as the rewrite leaves them: "2 Gründer plus 5 Mitarbeiter", "2 fondateurs et 5 salariés"
    r"(?:mit)?gr(?:ü|ue)nder(?:innen)?|(?:co)?fondat(?:eur|rice)s|(?:co)?fundador(?:e|a)s|(?:co)?fondator[ie]|(?:mede)?oprichters)"
    r"\s*(?:\+|plus|and|&)\s*"
    r"(\d{1,5})\s+(?:employees?|staff|people|part[- ]timers?|part[- ]time|full[- ]timers?|ftes?|others|more|team members|"
    # "12 employees plus 3 partners": the parts said the other way round
    r"partners|co-?founders|founders|owners|associ(?:é|e)s|socios|soci|s(?:ó|o)cios|gesellschafter|teilhaber|vennoten)\b"
)
# "15 + 5 contractors", "15 plus 5 part-timers": a count, then others who are no staff or more staff.
# ("32, plus 6 delivery drivers on contract": people of a trade said to be on contract are no staff either)
_PLUS_OTHERS = lazy_compile(
    r"(?<![\d.,])(?P<n>\d{1,5})\s*(?P<unit>people|staff|employees|ppl)?\s*,?\s*(?:\+|plus)\s*(?P<more>\d{1,5})\s+(?:(?P<out>contractors?|freelancers?|agencies|outsourced|"
    r"(?:[^\W\d_]+\s+){1,3}?(?:on (?:a )?contracts?|contracted|subcontracted|freelance|as contractors|as freelancers?|als freelancers?|"
    r"en freelance|via an agency|through an agency))|"
    r"part[- ]timers?|part[- ]time|staff|employees|people|more|others|full[- ]timers?)\b"
)
# "we've got 2 devs and a designer, plus me": the team listed role by role (contractors and freelancers are not staff).
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_A_COUNT = r"(?:\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_ROLE = (r"(?:full[- ]time\s+|part[- ]time\s+|junior\s+|senior\s+)?(?:co-?founders?|founders?|devs?|developers?|designers?|engineers?|marketers?|"
         r"salespeople|sales ?reps?|reps?|consultants?|accountants?|assistants?|interns?|writers?|copywriters?|analysts?|managers?|agents?|"
         r"employees?|admins?|bookkeepers?|technicians?|project managers?|account managers?)")
_ROLES_LISTED = lazy_compile(
    rf"(?:\b(?:we'?ve got|we have|we'?re|we are|team of|team is|team:|there'?s|there are|staff of|staff:|it'?s)\s+)"
    rf"(?P<list>{_A_COUNT}\s+{_ROLE}\b(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*|\s+plus\s+){_A_COUNT}\s+{_ROLE}\b)+)"
    r"(?P<me>[\s,]*(?:plus|and|\+|&)\s*(?:me|myself)\b)?"
)
_ONE_ROLE = lazy_compile(rf"({_A_COUNT})\s+{_ROLE}\b")


def _by_role(lower: str) -> int | None:
    """Heads listed role by role after "we have"/"team of", the visitor added when they say so."""
    m = _ROLES_LISTED.search(lower)
    if m is None:
        return None
    total = sum(int(c) if c.isdigit() else _COUNT_WORDS[c] for c in _ONE_ROLE.findall(m.group("list")))
    return total + (1 if m.group("me") else 0)


# "thousands" as the whole answer to "how many employees?"
_VAGUE_ANSWER = lazy_compile(r"\W*(?:(?:many|several|multiple|a few|some|over|more than)\s+)?(hundreds|thousands|tens of thousands|dozens)(?:\s+of (?:us|people|employees|staff))?\W*")
# "9 employees + me": the visitor counts on top.
_PLUS_ME = lazy_compile(r"\s*(?:[a-z-]+\s+)?(?:\+|plus|and|&)\s*(?:me|myself|the founder|the owner|me as the owner)\b")
# "10 staff plus the two founders", "12 employees and the 3 partners": the founders counted after the staff.
# (the other languages' "más", "mais", "più" and articles as the rewrite leaves them: "plus die 2 gründer", "más los 2
# fundadores", "più i 2 soci")
_PLUS_FOUNDERS = lazy_compile(
    r"\s*(?:[a-z-]+\s+)?(?:\+|plus|and|&|más|mais|più)\s*(?:(?:the|our|us|die|unsere|les|nos|los|las|nuestros|os|as|nossos|i|gli|"
    r"le|nostri|de|onze)\s+)?(?P<n>two|three|four|2|3|4)\s+(?:co-?founders|founders|owners|partners|directors|(?:mit)?gr(?:ü|ue)nder|"
    r"inhaber|gesellschafter|(?:co)?fondateurs|associ(?:é|e)s|(?:co)?fundadores|socios|s(?:ó|o)cios|(?:co)?fondatori|soci|oprichters|"
    r"vennoten|eigenaren)\b(?!')")
_VAGUE_PLURAL = lazy_compile(r"\b(hundreds|thousands|tens of thousands|dozens) of (?:employees|people|staff|workers)\b")


def _count(word: str) -> int:
    if "dozen" in word:
        return 6 if word.startswith("half") else 12
    return int(word) if word.isdigit() else int(words_value(re.split(r"[- ]", word))[0])


_AFTER_BARE = lazy_compile(
    r"\s*(?:[,.;:!?)+~(]|$|-?ish\b|or so\b|and\b|in\b|at\b|across\b|globally|worldwide|total|today|now|right now|currently|"
    r"give or take|roughly|approx|at the moment|these days|so far|or\b|but\b|with\b|plus\b|incl|including|if\b|of\b|after\b|since\b|"
    # "of whom" in the other languages as the rewrite leaves it ("nous sommes 40 dont 8 au bureau", "siamo 40 di cui 8")
    r"dont\b|davon\b|waarvan\b|di cui\b|de (?:los|las) cuales\b|d[oa]s quais\b|"
    r"this (?:year|quarter|month)|by\b|within\b|before\b|for\b|(?:\w+\s+)?(?:years?|months?|weeks?)\s+ago\b|last (?:year|month|summer|spring|autumn|fall|winter)\b|-|–)"
)


# People a business employs by trade ("40 agents", "15 lawyers") count as heads unless they are whom it serves.
_TRADES = (
    r"co-?founders|founders|agents|lawyers|cpas|auditors|actuaries|underwriters|notaries|paramedics|pilots|surgeons|midwives|"
    r"psychologists|counsell?ors|"
    r"wirtschaftspr(?:ü|ue)fer(?:innen|n)?|experts?-comptables|commissaires aux comptes|auditores|revisori|revisores|notarios|notai|"
    r"notare|notaren|notarissen|notaires|attorneys|solicitors|consultants|engineers|developers|devs|nurses|doctors|physicians|dentists|"
    r"drivers|technicians|techs|reps|salespeople|sales reps|designers|accountants|therapists|teachers|instructors|stylists|chefs|cooks|"
    # childcare's and schools' educators in the seven languages ("60 educators", "60 Erziehern", "60 éducateurs")
    r"educators|erzieher(?:innen|n)?|p(?:ä|ae)dagog(?:en|innen)|(?:é|e)ducat(?:eurs|rices)|educador(?:es|as)|educatori|educatrici|"
    r"pedagogisch(?:e)? (?:medewerkers|employees)|"
    r"advisors|advisers|brokers|realtors|recruiters|caregivers|mechanics|electricians|plumbers|installers|architects|analysts|coaches|"
    # the same trades in the other languages ("70 chauffeurs", "12 Berater", "30 autisti", "15 monteurs")
    r"fahrer[n]?|fahrerinnen|berater(?:innen|n)?|entwickler(?:innen|n)?|techniker(?:innen|n)?|ingenieuren?|monteuren?|pflegekr(?:ä|ae)ften?|"
    r"chauffeurs|conducteurs|consultants|d(?:é|e)veloppeurs|techniciens|ing(?:é|e)nieurs|commerciaux|conseillers|infirmi(?:è|e)res|"
    r"conductores|choferes|consultores|desarrolladores|t(?:é|e)cnicos|ingenieros|comerciales|vendedores|enfermeras|"
    r"motoristas|desenvolvedores|engenheiros|enfermeiros|autisti|consulenti|sviluppatori|tecnici|ingegneri|commerciali|venditori|infermieri|"
    r"adviseurs|ontwikkelaars|monteurs|technici|verkopers|verpleegkundigen|"
    r"advogados|abogados|avvocati|avocats|anw(?:ä|ae)lte[n]?|advocaten|contadores|contabilistas|comptables|commercialisti|steuerberater[n]?|boekhouders|"
    r"arquitectos|arquitetos|architectes|architetti|architekten|m(?:é|e)dicos|m(?:é|e)decins|medici|(?:ä|ae)rzte[n]?|artsen|"
    # office, sales and shop-floor staff in the other languages ("5 administrativos", "3 Verwaltungsangestellte")
    r"administrativ[oa]s|administratifs|administratives|amministrativi|(?:verwaltungs|büro|buero)(?:angestellten?|kr(?:ä|ae)ften?)|"
    r"administratieve? (?:medewerkers|krachten)|kantoormedewerkers|secretari[oa]s|secret(?:á|a)ri[oa]s|secr(?:é|e)taires|segretari[ei]|"
    r"sekret(?:ä|ae)r(?:innen|e)?|secretaresses|assistentes|assistenti|asistentes|assistenten|auxiliares|aushilfen|azubis|stagiaires|"
    r"becari[oa]s|estagi(?:á|a)ri[oa]s|stagisti|stagiairs|praktikanten|comerciais|vertriebler[n]?|verk(?:ä|ae)ufer(?:innen|n)?|"
    r"operari[oa]s|oper(?:á|a)ri[oa]s|operai|ouvriers|arbeiter(?:innen|n)?|arbeiders|trabajadores|trabalhadores|lavoratori|obreros|"
    r"handwerker[n]?|gesellen|monteure|mec(?:á|a)nicos|m(?:é|e)caniciens|meccanici|elektriker[n]?|(?:é|e)lectriciens|electricistas|eletricistas|elettricisti|"
    r"camareros|serveurs|camerieri|kellner[n]?|cocineros|cuisiniers|cuochi|k(?:ö|oe)che[n]?|vendeurs|vendedoras|commesse|commessi|"
    r"profesores|professeurs|professori|lehrer(?:innen|n)?|leraren|docentes|docenti|enseignants|trainer(?:innen|n)?|entrenadores|"
    # ("uns 30 professores", "30 insegnanti", "30 docenten": a school's teachers are its staff)
    r"professor(?:es|as)|insegnanti|maestr[oiae]s?|docenten|formador(?:es|as)|formatori|formateurs|opleiders|enfermeiras|"
    r"repartidores|livreurs|fattorini|bezorgers|kuriere|coaches|"
    # delivery riders and couriers ("60 riders plus 5 in the office", "60 rider più 5 in ufficio", "60 entregadores")
    r"riders|rider|couriers|coursiers|mensajeros|entregadores|motoboys|koeriers|"
    # a language firm's own ("~20 linguists in house and 150 freelancers")
    r"linguists|translators|interpreters|(?:ü|ue)bersetzer(?:innen)?|traducteurs|traductrices|traductores|tradutores|traduttori|vertalers|tolken|"
    # estate and insurance agents in the other languages ("con 15 agenti", "12 Makler")
    r"agenti|agentes|agenten|makler(?:innen|n)?|makelaars|courtiers|corredores|mediatori|"
    # clinics' and trades' people ("3 vets and 6 nurses", "8 profs", "4 sparkies"), in the seven languages
    r"vets|veterinarians|vet nurses|receptionists|associates|hygienists|pharmacists|physios|physiotherapists|optometrists|opticians|paralegals|"
    r"dental nurses|carers|care workers|cleaners|hairdressers|barbers|beauticians|tutors|lecturers|profs|professors|trainers|"
    r"builders|carpenters|joiners|roofers|painters|decorators|bricklayers|landscapers|gardeners|welders|machinists|sparkies|chippies|tradies|"
    r"waiters|waitresses|bartenders|baristas|housekeepers|programmers|copywriters|writers|editors|photographers|translators|bookkeepers|surveyors|"
    r"tier(?:ä|ae)rzte[n]?|tierarzthelferinnen|v(?:é|e)t(?:é|e)rinaires|veterinari[oa]s|veterin(?:á|a)ri[oa]s|veterinari|dierenartsen|"
    r"assistantes|assistants|assistenten|infirmiers|pflegekr(?:ä|ae)fte|enfermeras|enfermeros|enfermeiras|verpleegkundigen|"
    r"friseure|friseurinnen|coiffeurs|coiffeuses|peluqueros|peluqueras|parrucchieri|kappers|cabeleireiros|cabeleireiras|"
    # a practice's and a garage's people in the other languages ("2 Zahnärzte", "2 dentistes", "8 Mechaniker")
    r"zahn(?:ä|ae)rzt(?:e|en|innen)|dentistes|dentistas|dentisti|tandartsen|(?:dental)?hygieniker(?:innen)?|hygi(?:é|e)nistes|higienistas|"
    r"igienist[ie]|mondhygi(?:ë|e)nisten|mechaniker(?:innen|n)?|kfz-mechaniker|automonteurs"
)
# Where in a firm its people work, in the seven languages as the rewrite leaves them ("im Büro" -> "in büro", "en la
# oficina" -> "in the oficina", "op kantoor").
_WORKPLACES = (r"(?:office|offices|back[- ]office|hq|head office|headquarters|warehouse|workshop|kitchen|depot|admin|administration|"
               r"b(?:ü|ue)ro|verwaltung|lager|werkstatt|innendienst|bureaux?|entrep(?:ô|o)t|atelier|administration|oficinas?|almac(?:é|e)n|taller|"
               r"administraci(?:ó|o)n|escrit(?:ó|o)rio|armaz(?:é|e)m|administra(?:ç|c)(?:ã|a)o|uffici|ufficio|magazzino|officina|amministrazione|"
               r"kantoor|magazijn|werkplaats|administratie|binnendienst|"
               # the floor a firm makes things on and where else its groups work, in the seven languages ("40 on the shop
               # floor and 8 in the office", "40 en planta y 8 en oficina", "30 in der Produktion und 6 im Büro", "25 à
               # l'usine et 5 au siège", "30 na fábrica e 6 no escritório", "40 in produzione e 8 in ufficio", "40 op de
               # werkvloer en 8 op kantoor", "35 on site", "20 on the road")
               r"(?:shop |factory |production |plant |warehouse )?floor|production(?: line)?|manufacturing|assembly|site|sites|road|field|"
               r"store|stores|sales|management|operations|logistics|maintenance|reception|front of house|back of house|"
               r"produktion|fertigung|montage|halle|werk|werkhalle|bau|baustellen?|au(?:ß|ss)endienst|vertrieb|gesch(?:ä|ae)ftsleitung|laden|k(?:ü|ue)che|"
               r"usine|si(?:è|e)ge|chantiers?|terrain|magasin|boutique|cuisine|direction|vente|ventes|logistique|"
               r"planta|f(?:á|a)brica|producci(?:ó|o)n|obras?|campo|cocina|tienda|nave|sede|direcci(?:ó|o)n|ventas|log(?:í|i)stica|calle|"
               r"produ(?:ç|c)(?:ã|a)o|loja|cozinha|vendas|ch(?:ã|a)o of f(?:á|a)brica|rua|"
               r"produzione|fabbrica|stabilimento|cantier[ei]|negozio|cucina|vendite|reparto|laboratorio|"
               r"productie|fabriek|werkvloer|bouw|buitendienst|winkel|keuken|verkoop|hoofdkantoor|loods)\b")
# One word may qualify the trade: "60 forklift drivers", "12 senior consultants".
# (an approximate count keeps its trade: "70ish brokers", "een 60-tal verpleegkundigen" as the rewrite leaves it)
_STAFF_AFTER = lazy_compile(rf"^(?:-?(?:ish|tal|odd)\b)?\s?(?:full[- ]time\s+|in[- ]house\s+)?(?:[a-z]+\s+)?(?:{_TRADES})\b")
# "40 nurses, 10 admin and 5 of us in management", "9 lawyers plus 4 support staff": the staff listed trade by trade add up.
_MORE_BY_TRADE = lazy_compile(
    r"(?:\s+(?:now|currently|today|right now|at the moment))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*|\s+plus\s+)(?:another\s+|about\s+|around\s+|~)?"
    # the count in figures or words ("five brokers and two admin")
    r"(\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:staff|admins?|support|office|people|of us|employees|workers|assistants|paralegals|{_TRADES}|"
    # any other trade by its ending ("hygienists", "pickers", and one of them: "1 hygienist"), but not whom the firm
    # serves or sells to (nor freelancers, contractors and volunteers, who are no staff: "60 drivers plus 20
    # freelancers" is 60, "5 vaste krachten en 20 vrijwilligers" 5)
    r"(?!(?:customers|users|orders|suppliers|partners|members|followers|subscribers|visitors|buyers|sellers|vendors|competitors|distributors|retailers|dealers|"
    r"freelancers|contractors|subcontractors|sub-contractors|volunteers|vrijwilligers|freiwillige|ehrenamtliche|b(?:é|e)n(?:é|e)voles|"
    r"voluntari[oa]s|volunt(?:á|a)ri[oa]s|volontari)\b)[a-z]+(?:ist|er|ian|or)s?|"
    # and in the other six languages by theirs ("1 hygiéniste", "1 higienista", "1 igienista", "1 mondhygiënist", "1
    # Dentalhygienikerin", "3 assistantes"), but not whom the firm serves, sells to or is helped by
    r"(?!(?:client|klant|kund|custom|visit|besuch|bezoek|compr|achet|acquirent|fornit|fournisseur|proveed|fornec|leverancier|lieferant|"
    r"seguid|abonn|suscri|assinant|iscritt|inscrit|membr|miembr|mitglied|utilisat|usuari|utent|gebruiker|nutzer|pacient|pazient|"
    r"pati(?:ë|e)nt|alumn|alun|(?:é|e)l(?:è|e)ve|sch(?:ü|ue)ler|leerling|studen|freelanc|volunt|volont|vrijwillig|freiwillig|ehrenamt|"
    r"b(?:é|e)n(?:é|e)vol|distribu|concorr|concurr|konkurr|competid|socio|partenaire|partner|vendor|sub)[^\W\d_]*\b)"
    r"[^\W\d_]{2,}(?:ist|iste|istes|ista|istas|isti|isten|ikerin|ikerinnen|iker|eur|eurs|euse|euses|rice|rices|ero|eros|era|eras|eiro|eiros|"
    r"eira|eiras|ore|ores|ora|oras|tore|tori|trice|trici|innen))\b"
)
# Or by where in the firm they work: "60 riders plus 5 in the office", "60 Fahrer plus 5 im Büro" (rewritten "in büro"),
# "60 repartidores más 5 en la oficina", "60 bezorgers plus 5 op kantoor".
_MORE_AT_A_WORKPLACE = lazy_compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*|\s+plus\s+)(?:another\s+|about\s+|around\s+|~)?(\d{1,5})\s+"
    r"(?:(?:more|others?|people|staff|employees|persons|guys|folks|of us|leute|personen|mitarbeiter|personnes|salari(?:é|e)s|personas|empleados|pessoas|"
    r"funcion(?:á|a)rios|persone|dipendenti|mensen|medewerkers)\s+)?"
    rf"(?:in|at|op|im|au|en|no|na|nel|nell'|à)\s+(?:the\s+|our\s+|de\s+|het\s+|la\s+|il\s+|o\s+|a\s+)?{_WORKPLACES}"
)


# "2 partners, 4 associates and a receptionist": one more person named by a role.
_ONE_MORE_BY_ROLE = lazy_compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*|\s+plus\s+)(?:a|an|one)\s+(?:full[- ]time\s+|part[- ]time\s+|[a-z]+\s+)?"
    r"(?:receptionist|assistant|secretary|admin|administrator|manager|bookkeeper|accountant|intern|apprentice|trainee|cleaner|driver|designer|"
    r"developer|nurse|vet|dentist|hygienist|technician|partner|associate|paralegal|hairdresser|stylist|therapist|coordinator|"
    r"assistente|assistant(?:e)?|secr(?:é|e)taire|sekret(?:ä|ae)rin|secretari[ao]|secret(?:á|a)ri[ao]|segretari[ao]|recepcionista|receptionniste|"
    r"empf(?:ä|ae)ngsdame|receptionist(?:e)?|azubi|stagiaire|stagiair|becari[oa]|estagi(?:á|a)ri[oa]|stagista|praktikant(?:in)?)\b"
)
# "2 partners, 4 associates ...": the owners of a practice count as its staff when other staff are listed after them.
_PARTNERS_LISTED = lazy_compile(r"^\s?(?:partners|directors|owners|founders|co-?founders)\b")


# "15 CPAs plus admin staff", "9 lawyers and support staff", "15 contadores más personal administrativo", "15
# Steuerberater plus Verwaltungspersonal": more staff said without their count, so the count is only the least.
_UNCOUNTED_MORE = lazy_compile(
    r"(?:\s*,\s*|\s+)(?:plus|and|\+|&|as well as|along with|más|mais|più|piu|sowie|ainsi que)\s+"
    r"(?:(?:some|a few|a couple of|several|the|our|le|la|les|il|el|o|das|die|het|de)\s+)?(?:[a-zà-ÿ-]+\s+)?"
    r"(?:staff|team|people|employees|folks|personnel|support|admins?|office|back[- ]office|"
    r"personal|pessoal|personale|personeel|[a-zäöü]*personal|verwaltung|collaborateurs|empleados|funcion(?:á|a)rios|dipendenti|medewerkers)\b"
)


def _more_by_trade(lower: str, end: int) -> tuple[int, bool, bool]:
    """The heads listed after a first count by trade, trade by trade, whether more are said after them uncounted, and
    whether the visitor adds themself after the list ("2 dentists, 1 hygienist, 4 nurses and me")."""
    trade = _STAFF_AFTER.match(lower[end:]) or _PARTNERS_LISTED.match(lower[end:])
    if trade is None:
        return 0, False, False
    more, at = 0, end + trade.end()
    while (m := _MORE_BY_TRADE.match(lower, at) or _MORE_AT_A_WORKPLACE.match(lower, at) or _ONE_MORE_BY_ROLE.match(lower, at)) is not None:
        more, at = more + (_count(m.group(1)) if m.re.groups else 1), m.end()
    uncounted = _UNCOUNTED_MORE.match(lower, at)
    # "25 teachers and staff", "70 professores e funcionários": one count said of both, not more staff uncounted
    return (more, uncounted is not None and not re.fullmatch(r"\s+and\s+(?:other\s+)?(?:staff|employees)", uncounted.group(0)),
            more > 0 and _PLUS_ME.match(lower, at) is not None)
_SERVES_BEFORE = lazy_compile(
    r"\b(?:serve|serves|serving|served|help|helps|helping|for|to|with|target|targeting|reach|sell to|selling to|sold to|clients?|customers?|patients|"
    r"look after|looks after|looking after|supply|supplies|supplying|support|supports|supporting|train|trains|training|insure|insures|"
    r"users|members|partners|network of|work with|working with|include|includes|including|such as|like|of|"
    # training others, as the rewrite leaves the other languages' verb ("nous formons 300 éducateurs par an")
    # (a spaced dash ends what is said, as a comma does: "out of Chicago - 70ish brokers")
    r"formons|formamos|formiamo|schulen|trainen|opleiden)\b(?:(?!\s[-–—]\s)[^.,;!?(])*$"
)

# "an installation company with 25 technicians", "una empresa de instalaciones con 25 técnicos": the firm's own trade
# (the prepositions as written: the rewrite into English leaves them).
_FIRM_WITH = lazy_compile(
    r"\b(?:company|firm|business|agency|practice|studio|shop|startup|outfit|we'?re|we are|"
    # the firm's noun as the rewrite leaves it: "un'agenzia immobiliare di Milano con 15 agenti"
    r"agenzia|azienda|societ(?:à|a)|agencia|empresa|inmobiliaria|imobili(?:á|a)ria|ag(?:ê|e)ncia|agence|entreprise|soci(?:é|e)t(?:é|e)|"
    r"firma|unternehmen|agentur|b(?:ü|ue)ro|bedrijf|kantoor|makelaardij)\b(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:with|con|mit|avec|com|met|of)\s+(?:about\s+|around\s+|roughly\s+|~)?$"
)

# Heads of the companies the visitor serves: "our customers are SMEs with 10-50 employees".
_ABOUT_OTHERS = lazy_compile(
    # (one client in the other languages as the rewrite leaves them: "nuestro cliente tiene 40 en planta", "unser Kunde hat";
    # their plurals are left out: "tenemos 500 clientes y somos 40" counts the visitor's own)
    r"\b(customers?|clients?|cliente|kunde|klant|prospects?|buyers?|smes|companies|businesses|firms|brands|accounts|organi[sz]ations|targets?)\b[^.;!?]*$"
)
# A client named, then described: "for one of our clients, a 600-person SaaS company", "pour un client, une mutuelle de
# 600 collaborateurs" (rewritten "for a client, a mutuelle of 600 employees"): the heads are the client's.
_CLIENT_DESCRIBED = lazy_compile(
    r"\b(?:for|of|with)\s+(?:one of\s+)?(?:our|my|a|an|one|the)\s+(?:\w+\s+)?(?:clients?|customers?)\s*[,:(-]\s*(?:an?|one|the|their)?\s*[^.;!?,]{0,40}$"
)
# "we want to double the team from 25 to 50": the first figure is now, the second the wish.
_WISH_BEFORE = lazy_compile(
    r"\b(?:want|wants|plan|plans|planning|hope|hoping|aim|aiming|going|need|looking|trying|goal is|"
    r"like|love|intend|intends|intending|expect|expecting|wish|keen)\s+to\b[^.;!?]*$"
)


# A change in heads, not a head count: "grew by 10 people", "hiring 10 more", "added 5 staff".
_DELTA_BEFORE = lazy_compile(
    r"\b(?:grew|grown|increased|shrank|shrunk|cut|reduced|added|adding|add|hire|hiring|hired|lost|losing|let go(?: of)?|laid off|fired|"
    r"lay off|onboarded|onboarding|recruit|recruiting|recruited|"
    # a hiring need: "we need 2 designers and a developer", "looking for 3 devs"
    r"need|needs|needed|want|wants|require|requires|seeking|looking for|searching for|to find|"
    r"suchen|brauchen|benötigen|stellen|cherchons|cherche|recherchons|recrutons|recrute|besoin de|buscamos|busco|necesitamos|contratamos|"
    r"procuramos|precisamos de|contratamos|cerchiamo|cercando|assumiamo|zoeken|werven)\s+(?:by\s+)?(?:about\s+|around\s+|another\s+|~)?$"
)
# "2 new hires", and "new" as the rewrite leaves it in the other six languages ("21 since the 2 nieuwe monteurs erbij
# zijn": the two joined, 21 is the count; "2 neue Monteure", "deux nouveaux", "dos nuevos", "dois novos", "due nuovi").
_DELTA_AFTER = lazy_compile(
    r"^\s*(?:more|new|extra|additional|fewer|nieuwe?|neuen?|neuer|nouve(?:aux|lles?|au)|nuev[oa]s?|nov[oa]s?|nuov[oiae])\b"
)
# Newcomers counted, not the company: "three people just started", "er zijn net drie mensen begonnen", "2 sind dazugekommen".
_JOINED_AFTER = lazy_compile(
    r"^\s*(?:new\s+)?(?:people|persons?|staff|employees|hires|guys|colleagues|crews?|of them|mensen|leute|personnes|personas|pessoas|persone)?\s*"
    r"(?:have\s+|has\s+|just\s+|recently\s+|net\s+|sind\s+|haben\s+|gerade\s+|ont\s+|han\s+|hanno\s+|sono\s+|zijn\s+|hebben\s+)*"
    r"(?:started|joined|came on board|begonnen|gestart|bijgekomen|angefangen|dazugekommen|eingestiegen|commencé|arrivés|arrivées|"
    r"empezado|empezaron|entraron|llegaron|começaram|entraram|chegaram|iniziato|cominciato|arrivati|entrati)\b"
)


# People leaving, counted: "due pensionamenti e due partenze" (two retirements, two departures), "3 leavers", "zwei
# Abgänge", "deux départs", "dos bajas", "duas saídas", "twee vertrekkers": a change of the count, never the count.
_LEFT_AFTER = lazy_compile(
    r"^\s*(?:(?:more|other|recent|further)\s+)?(?:retirements?|departures?|leavers?|resignations?|redundanc(?:y|ies)|lay-?offs?|"
    r"pensionamenti|pensionamento|partenze|partenza|dimissioni|uscite|licenziamenti|"
    r"abg(?:ä|a)nge|abgang|renteneintritte|pensionierungen|k(?:ü|u)ndigungen|entlassungen|"
    r"d(?:é|e)parts?|retraites?|d(?:é|e)missions?|licenciements?|"
    r"jubilaciones|jubilaci(?:ó|o)n|bajas|salidas|despidos|renuncias|"
    r"aposentadorias|reformas|sa(?:í|i)das|demiss(?:õ|o)es|despedimentos|"
    r"pensioneringen|vertrekkers|ontslagen|uitstromers)\b"
)


def _a_change(lower: str, end: int) -> bool:
    """Whether the count just said is of heads added, new or leaving, not of the company ("two new crews", "3 just
    started", "due pensionamenti")."""
    after = lower[end: end + 60]
    return bool(_DELTA_AFTER.match(after) or _JOINED_AFTER.match(after) or _LEFT_AFTER.match(after))


# The whole company's count said as a total, after the figure or before it ("so 85 all in", "about 14 staff all up",
# "in tutto circa 95 persone", "insgesamt 80", "au total 40", "en total 30", "no total 25", "in totaal 60").
_TOTAL_AFTER = lazy_compile(
    r"[\s-]*(?:[a-z]+\s+)?(?:overall|in total|total|altogether|all in|in all|all up|all told|company[- ]wide|across the (?:company|business|group))\b"
)
_TOTAL_BEFORE = lazy_compile(
    r"\b(?:in total|in all|all in|altogether|overall|all told|in tutto|in totale|insgesamt|au total|en total|no total|em total|in totaal|totaal)\s*,?\s*"
    r"(?:about|around|~|roughly|circa|some|just over|nearly|almost)?\s*$"
)
# Heads said in parts after "me and my brother": "me and my brother + 4 techs" is six.
# "my wife and I plus 3 staff" (the rewrite makes "meine Frau und ich plus 3", "mi mujer y yo más 3" so) is the same five.
_ME_AND_SOMEONE_THEN = lazy_compile(rf"(?:\b(?:just )?(?:me|myself|i) (?:and|&|\+|plus) (?:my |a |an |one )?{_PERSON}|"
                                    rf"\bmy {_PERSON} (?:and|&|\+) (?:me|myself|i))\s*(?:,\s*(?:and|&|\+|plus)?|and|&|\+|plus|with)\s*$")


def _is_head(text: Text, amount: Amount) -> bool:
    lower = text.lower
    after = lower[amount.end: amount.end + 40]
    before = lower[max(0, amount.start - 45): amount.start]
    clause = text.clause_at(amount.start)
    others = _ABOUT_OTHERS.search(lower, clause[0], amount.start)
    if others and re.fullmatch(r"\s+(?:and|&|plus)\s+(?:(?:we'?re|we are|we have|we'?ve got|there are)\s+)?(?:about |around |roughly |some |~)?",
                               lower[others.end(1): amount.start]):
        # "two thousand customers and thirty-odd employees", "we have 500 customers and we're 40 people": the visitor's own
        # counts, one after another
        others = None
    if others or _DELTA_BEFORE.search(before) or _a_change(lower, amount.end):
        return False
    if _CLIENT_DESCRIBED.search(lower, stance.sentence_at(text, amount.start)[0], amount.start):
        return False
    if _HEAD_AFTER.search(after):
        return True
    if not amount.scaled and _TOTAL_AFTER.match(after) and _HEADS_TALK.search(lower, *stance.sentence_at(text, amount.start)):
        return True  # "60 in Dublin plus 25 in Lisbon, so 85 all in": the total of the heads said
    if _counted_by_place(text, amount):
        return True
    if _STAFF_AFTER.search(after) and (not _SERVES_BEFORE.search(before) or _FIRM_WITH.search(before)):
        return True
    if (listed := _PARTNERS_LISTED.match(after)) and not _SERVES_BEFORE.search(before) and (
            _MORE_BY_TRADE.match(after, listed.end()) or _ONE_MORE_BY_ROLE.match(after, listed.end())):
        return True  # "2 partners, 4 associates and a receptionist"
    if _MEMBERS_AFTER.match(after) and _FIRM_OF.search(before):
        return True  # "we are startup of 8 members", "una startup di 8 membri": the firm's members are its people
    if _OWNERS_AFTER.match(after) and _WE_ARE_BEFORE.search(before):
        return True  # "somos 4 sócias", "wir sind zwei Gründer", "nous sommes 5 associés": who the firm is, counted
    if _continues_a_count(text, amount):
        return False  # "our target is 500 MQLs a quarter, currently at about 120": 120 MQLs, not people
    if (re.search(r"\b(?:currently|now|today|at the moment)\s*(?:at\s+)?(?:about|around|~|roughly)?\s*$", before) and _AFTER_BARE.match(after)) or (
        re.match(r"\s*(?:people\s+|staff\s+)?(?:today|now|currently|at the moment|right now)\b", after) and re.search(r"(?:^|[,;:(]\s*|\b(?:we'?re|we are|about|around|~)\s*)$", before)
    ):
        # "about to hire 5 more, currently 25": a bare figure "now" is heads when the sentence is about heads.
        s, e = stance.sentence_at(text, amount.start)
        if _HEADS_TALK.search(lower, s, e):
            return True
    if re.search(r"\b(?:team|staff|crew|company|firm|business|headcount) of\s*(?:about|around|~|roughly|just|only)?\s*$", before) and not re.match(r"[.,]?\d|\s*(?:%|k\b|m\b|years?|months?|weeks?|days?)", after):
        return True  # "our team of 5 handles 3,000 tickets": whatever follows
    if _HAVE_BEFORE.search(before) and _units_named(text, amount):
        return False  # "dental clinics, we have 3", "Zahnarztpraxen, wir haben 3": the clinics are counted, not people
    if re.match(r"-tal\b(?!\s+[a-z])", after) and re.search(r"\b(?:we'?re|we are|zijn we|we zijn)\s+(?:\w+\s+){0,2}?(?:met\s+)?a\s*$", before):
        return True  # "we zijn met een 35-tal" (rewritten "we are a 35-tal"): about 35 of us
    if _a_year(lower, amount):
        return False  # "we are actually in 2026 now": the year, where "siamo ormai in 40" counts the heads
    return bool(_HEAD_BEFORE.search(before) and _AFTER_BARE.match(after) and not re.search(r"[$€£]\s*$", before))


_YEAR_BEFORE = lazy_compile(r"\b(?:in|since|as of|from|until|till|before|after|est\.?|established|founded)\s*$")


def _a_year(lower: str, amount: Amount) -> bool:
    """A figure of 1900 to 2100 said after "in", "since", "founded"...: a year ("since 1998 in Utrecht"), never a count."""
    return bool(amount.min is not None and 1900 <= amount.min <= 2100 and not amount.scaled
                and _YEAR_BEFORE.search(lower, max(0, amount.start - 15), amount.start))


# "we have 3" as the rewrite leaves it in every language ("wir haben 3", "tenemos 3", "ne abbiamo 3").
_HAVE_BEFORE = lazy_compile(r"\b(?:we have|we'?ve got|we got)\s+(?:about\s+|around\s+|~\s*|just\s+|only\s+)?$")
# Workplaces named in the plural, in the seven languages (the rewrite leaves them as said): what a bare "we have 3"
# after them counts.
_UNITS_PLURAL = lazy_compile(
    r"\b(?:clinics|practices|stores|shops|outlets|branches|locations|sites|offices|restaurants|hotels|salons|studios|gyms|cafes|caf(?:é|e)s|"
    r"bars|pubs|pharmacies|dealerships|warehouses|franchises|schools|nurseries|venues|"
    r"\w*(?:praxen|kliniken|filialen|standorte|läden|geschäfte|restaurants|salons|studios)|"
    r"cliniques|cabinets|magasins|boutiques|agences|succursales|"
    r"cl(?:í|i)nicas|consultorios|tiendas|sucursales|locales|restaurantes|lojas|consult(?:ó|o)rios|filiais|"
    r"cliniche|studi|negozi|filiali|punti vendita|ristoranti|"
    r"\w*(?:praktijken|klinieken|winkels|vestigingen|filialen|zaken))\b"
)


def _units_named(text: Text, amount: Amount) -> bool:
    """Workplaces named in the plural earlier in the sentence, and no people talked of in it."""
    s, e = stance.sentence_at(text, amount.start)
    return bool(_UNITS_PLURAL.search(text.lower, s, amount.start)) and not _HEADS_TALK.search(text.lower, s, e) \
        and not _HEAD_AFTER.search(text.lower[amount.end: amount.end + 40])


# Partners, owners and founders counted after "we are", in the seven languages and both genders as the rewrite leaves
# them ("somos 4 sócias" -> "we are 4 sócias", "wir sind zwei Gründer" -> "we are 2 gründer", "nous sommes 5 associés"):
# the firm's own people. Partners it has or works with ("we have 4 partners", "we work with 3 partners") are others.
_OWNERS_AFTER = lazy_compile(
    r"\s*(?:(?:business|managing|equal)\s+)?(?:partners|co-?owners|owners|co-?founders|cofounders|founders|"
    r"(?:mit)?gr(?:ü|ue)nder(?:innen)?|gesellschafter(?:innen)?|teilhaber(?:innen)?|inhaber(?:innen)?|partner(?:innen)?|"
    r"associ(?:é|e)e?s|(?:co-?)?fondat(?:eur|rice)s|"
    r"s(?:ó|o)ci[oa]s|(?:co-?)?fundador(?:e|a)s|"
    r"soci|socie|(?:co-?)?fondat(?:ori|rici)|"
    r"(?:mede)?oprichters|vennoten|eigenaren|eigenaars)\b")
_WE_ARE_BEFORE = lazy_compile(r"\b(?:we'?re|we are|we r)\s+(?:(?:just|only|now|currently|still)\s+)?$")
# Members of the firm itself ("a startup of 8 members", "team with 12 members", "we are 8 members"), as the rewrite
# leaves the other languages' word; members of a club, a gym or a network are whom it serves.
_MEMBERS_AFTER = lazy_compile(r"\s*(?:team\s+)?(?:members|membri|membres|miembros|membros|leden|mitglieder[n]?)\b")
_FIRM_OF = lazy_compile(
    r"\b(?:(?:team|startup|start-up|company|firm|agency|business|studio|crew|equipo|equipe|équipe|squadra)\s+(?:of|van|mit|de|di|da|con|com|avec|met|with)|"
    r"we are|we'?re|we r|consists? of|consisting of|made up of)\s+(?:about\s+|around\s+|~\s*|roughly\s+|just\s+|only\s+)?$"
)
# A figure "currently at" follows the thing counted before it: "target is 500 MQLs a quarter, currently at about 120",
# "we want 200 leads a month, right now we're at 60". Heads said in between ("... and 40 people") break the thread.
_COUNTED_THING = lazy_compile(
    r"\b\d[\d,.]*\s*(?:k\b)?\s*(?:(?:new|more|extra|qualified|marketing[- ]qualified|sales[- ]qualified|monthly|weekly|active|paying|inbound|"
    r"organic|daily|unique|booked|closed)\s+){0,2}"
    r"(?:mqls?|sqls?|leads?|signups|sign-ups|sign ups|registrations|users|customers|clients|visitors|visits|sessions|followers|fans|"
    r"subscribers|subs|downloads|installs|orders|sales|bookings|demos|meetings|calls|applications|trials|conversions|deals|reviews|"
    r"patients|students|members|enquiries|inquiries|tickets|views|impressions|clicks|opportunities|opps|accounts|listings|appointments|"
    r"units|likes|transactions|contacts|attendees|guests|covers|mau|dau|rsvps|referrals|quotes|jobs)\b"
)
_CURRENTLY_BEFORE = lazy_compile(
    r"\b(?:currently|now|today|at the moment|right now|atm|so far|presently)\b[\s,]*(?:(?:we'?re|we are|it'?s|its|we sit|sitting|sit)\s+)?"
    r"(?:at\s+|bei\s+)?(?:about|around|~|roughly|approx\.?|maybe|like|just|only)?\s*$|"
    r"\b(?:we'?re|we are|it'?s) (?:currently |now )?(?:at|doing|getting|on)\s+(?:about|around|~|roughly|approx\.?|maybe|like|just|only)?\s*$"
)
_HEADS_BETWEEN = lazy_compile(r"\b(?:people|staff|employees|team|headcount|heads|ppl|fte|ftes|workforce|hire|hiring|hired|employ\w*)\b")


def _continues_a_count(text: Text, amount: Amount) -> bool:
    """Whether a bare figure said as where things stand now continues the count of a thing said just before it."""
    lower = text.lower
    if not _CURRENTLY_BEFORE.search(lower, max(0, amount.start - 40), amount.start) or _HEAD_AFTER.match(lower[amount.end: amount.end + 40]):
        return False
    start = max(0, amount.start - 120)
    things = list(_COUNTED_THING.finditer(lower, start, amount.start))
    return bool(things) and not _HEADS_BETWEEN.search(lower, things[-1].end(), amount.start)


_HEADS_TALK = lazy_compile(r"\b(?:hire|hiring|hired|people|staff|employees?|team|headcount|ppl|heads|fte|layoffs?|laid off|joined)\b")


# A head count said of before: "we had 200", "(was 50 last year)", "used to be 20".
_PAST_BEFORE = lazy_compile(
    r"\b(?:had|was|were|used to|previously|originally|at the start|back then|before|last year|in 20\d\d|peaked|at (?:our|its|the) peak|at one point|"
    # a count the visitor gave before and now corrects: "I said 25 staff earlier", "wir hatten 120 Mitarbeiter angegeben"
    r"(?:i|we) (?:said|told you|mentioned|put|gave|wrote|entered)|hatten|hatte|(?:avais|avions) dit|dije|dijimos|disse|dissemos|"
    r"avevo detto|avevamo detto|zei|zeiden|had gezegd)\b"
)
_PAST_AFTER = lazy_compile(r"^[^.,;!?()]{0,25}\b(?:last year|ago|before|earlier|previously|back then|at the start|angegeben|in (?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d))\b")


# A department named by what it does, in the seven languages as the rewrite leaves them ("our comms team (about 12
# of us)", "Marketing-Team", "équipe communication", "team of comunicación", "communicatieteam"): its count is its own.
_FUNCTION = (
    r"(?:marketing|sales|dev|development|engineering|design|ops|operations|support|it|finance|hr|product|content|growth|data|tech|"
    r"customer success|cs|bd|legal|comms|communications?|pr|press|social media|customer service|admin|accounts|accounting|events|fundraising|"
    r"editorial|kommunikation|communicatie|comunicaci(?:ó|o)n|comunica(?:ç|c)(?:ã|a)o|comunicazione|vertrieb|verkoop|ventes|ventas|vendas|vendite|"
    r"personal|personeel|personale|rh|rrhh|recursos humanos|risorse umane|ressources humaines|informatique|inform(?:á|a)tica|informatica|ict|"
    r"finanzas|finan(?:ç|c)as|finanza|financi(?:ë|e)n|comptabilit(?:é|e)|contabilidad|contabilidade|contabilit(?:à|a)|buchhaltung|boekhouding|"
    r"redaktion|r(?:é|e)daction|redacci(?:ó|o)n|reda(?:ç|c)(?:ã|a)o|redazione|redactie|kundenservice|klantenservice|service client|"
    r"atenci(?:ó|o)n al cliente|atendimento|assistenza clienti|einkauf|achats|compras|acquisti|inkoop|"
    r"comercial|commercial|commerciale|commerci(?:ë|e)le)"
)
_TEAM = r"(?:team|dept|department|abteilung|afdeling|(?:é|e)quipe|equipo|departamento|dipartimento|reparto|ufficio)"
_DEPARTMENT = lazy_compile(
    rf"(?:\b{_FUNCTION}s?[\s-]*{_TEAM}|\b{_TEAM}(?:\s+(?:of|de|du|des|de la|di|da|do|del|della|für|voor))?[\s-]+{_FUNCTION}|"
    # a panel or committee the visitor sits on: "I'm on the evaluation panel (5 of us)"
    # ("comité de sélection", "Bewertungsgremium", "commissione di valutazione", "beoordelingscommissie" as the rewrite leaves them)
    r"\b(?:panel|committee|comit(?:é|ê)|commission[e]?|\w*gremium|\w*ausschuss|\w*commissie|jury|giuria|j(?:ú|u)ri|steering group|working group|"
    r"selection board|evaluation board)(?:\s+(?:of|de|du|di|da|do|del|della|van|für)\s+\w+)?)\b"
    r"\s*(?:of|is|has|are|with|mit|avec|con|com|met|:|\(|-|–|,)?\s*(?:about|around|~|roughly|some|just|only)?\s*$"
)
# "we were at 50 before the pandemic, now 32": the figure after "now" is the present one.
_NOW_AFTER = lazy_compile(
    r"\b(?:now|today|currently|these days|(?:after|since) (?:the |a )?[a-z]+(?=\W+(?:it'?s|it is|we'?re|we are)\b))\W+(?:(?:we'?re|we are|it'?s|its|at|about|around|~|just|only|down to|up to|roughly)\s*)*"
    r"(\d{1,6})\b(?!\s*(?:%|k\b|[$€£]|years?|months?|weeks?|days?))"
)


# "There were 9 of us until 2 left in October, so 7 now", "we were 12, 3 left, leaving 9": the count said after the
# past one with "now" after it, or as what is left ("donc 7 now", "así que we are 7 now", "dus 7 now", "also 7 now" as
# the rewrite leaves the other languages).
_NOW_SAID_AFTER = lazy_compile(
    r"\b(?:so|and|also|donc|alors|as(?:í|i) que|entonces|ent(?:ã|a)o|quindi|dunque|dus)\s+(?:(?:we'?re|we are|it'?s|its|just|only|about|around|~)\s*)*"
    r"(\d{1,6})\s+(?:(?:people|staff|employees|of us)\s+)?(?:now|today|currently|these days|left|remaining)\b|"
    r"\b(?:leaving|that leaves|which leaves|leaves)\s+(?:us\s+)?(?:(?:at|with|about|around|~|just|only)\s*)*(\d{1,6})\b(?!\s*(?:%|k\b|[$€£]|years?|months?|weeks?|days?))"
)


# "we were 9" as the rewrite leaves the others' past of being so many ("on était 9" -> "on was 9", "éramos 9", "eravamo
# in 9", "we waren met 9" -> "we was met 9", "wir waren 9" -> "wir was 9"), which the readers of heads do not count.
_WE_WERE = lazy_compile(
    r"\b(?:on was|we was(?: met)?|we were|wir was|(?:é|e)ramos|eravamo(?: in)?|nous (?:é|e)tions)\s+(?:about\s+|around\s+|~\s*)?(\d{1,5})\b"
    r"(?!\s*(?:%|k\b|[$€£]))"
)


def _counts_heads_after(lower: str, end: int) -> bool:
    """Whether what follows a figure leaves it a count of people: a word of heads, or no noun at all."""
    return bool(_HEAD_AFTER.match(lower[end: end + 40])) or not re.match(r"\s*[a-z]{3,}", lower[end:]) or bool(
        re.match(r"\s*(?:now|today|currently|left|remaining|these days|and|but|so|with|after|since)\b", lower[end:]))


def _now_said_after(lower: str, start: int, end: int) -> re.Match[str] | None:
    """The count said now after a past one, its figure in group 1 (``_NOW_AFTER``'s group) or 2."""
    return _NOW_AFTER.search(lower, start, end) or _NOW_SAID_AFTER.search(lower, start, end)


def _past(text: Text, amount: Amount) -> bool:
    clause = text.clause_at(amount.start)
    return bool(_PAST_BEFORE.search(text.lower, clause[0], amount.start) or _PAST_AFTER.match(text.lower[amount.end: amount.end + 60]))


# The words between two counts that add the second to the first: "20 agents now plus 5 admin staff".
_ADDED = lazy_compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:(?:now|currently|today|right now|at the moment)\s*,?\s*)?(?:plus|\+|and|&)\s*(?:another\s+)?")


def _current(text: Text, candidates: list[tuple[int, Amount]]) -> Amount:
    """The head count as it is now: not one said of before, and a later correction over an earlier figure."""
    present = [c for c in candidates if not _past(text, c[1])] or candidates
    best = max(present, key=lambda c: c[0])[1]
    for _, later in sorted(present, key=lambda c: c[1].start):
        if _ADDED.fullmatch(text.lower, best.end, later.start):
            continue  # "20 agents now plus 5 admin staff": more staff added, not a count that replaces the first
        if later.start > best.end and stance.supersedes(text, best.end, later.start):
            best = later
    return best


_TO_AFTER = lazy_compile(r"\s*(?:[a-z]+\s+){0,2}?to\s+(?:about\s+|around\s+|~|roughly\s+|nearly\s+|almost\s+|close to\s+|just (?:over|under)\s+|over\s+|like\s+|some\s+)?(\d[\d,]*)\b(?!\s*(?:%|k\b|[$€£]))")
# "15 people, actually 17 since monday": a bare number that corrects the head count just said.
# "we're 80 not 800 people", "it's 35, not 350 staff": the figure said before "not" is the count, the one after is the slip.
_SAID_INSTEAD = lazy_compile(r"(?<![\d,.])(\d{1,6})\s*(?:people|staff|employees|heads|ppl)?(?:\s+now)?\s*[,-]?\s*not\s+(?:about\s+|around\s+)?$")
# "we are 50 (55 as of last week)", "20 staff, 22 counting the new hires": a newer or fuller count said right after.
_NEWER_AFTER = lazy_compile(
    r"\s*(?:\(\s*|[,;-]\s*)(?:now\s+|actually\s+|currently\s+|about\s+|~)?(\d{1,6})(?:\s+(?:people|staff|employees|heads))?\s+"
    r"(?:as of|since|from|now|today|currently|counting|including|incl\.?|if you count|once you count|with the)\b"
)
_CORRECTED = lazy_compile(
    # "... 70 FTE. Sorry, 85 now": a "sorry" right before a number corrects it too; "no wait", "actually no",
    # "or rather" are the same correction in two words
    r"[\s.,;-]*(?:(?:no|nope|sorry|oops|wait|actually|correction|i mean|i meant|make that|make it|more like|closer to|or rather|rather|scratch that|now|well|"
    r"oh|ah|ach|erm|er|um|uh)\W+){1,3}"
    # "we're 30, well, since May 35": when the new count holds from, said before it
    r"(?:(?:since|as of|from)\s+(?:[a-z]+\s+){1,2})?"
    r"(?<!\bnow )(?<!\bnow, )(?:about |around |~|roughly |like )?"
    r"(\d{1,6})\b(?!\s*(?:%|k\b|[$€£]|years?|months?|weeks?|days?|hours?|am\b|pm\b))"
)


# Heads said place by place: "team of 30 in Lisbon and 10 in Porto", "20 in Berlin, 12 in Munich and 5 remote".
# ("a" and "à" as the Italian and French "in" before a town: "12 a Milano e 8 a Roma"; "here", "hier": where the visitor is)
# ("on the floor", "op kantoor", "auf dem Bau", "sur les chantiers", "nello stabilimento": where in the firm a group works)
_PLACE_AT = r"(?:in|at|a|à|on|op|auf|sur|nello|nella|nel|negli|nei|based in|out of)\s+(?:the\s+|our\s+|les\s+|la\s+|le\s+|l'|het\s+|de\s+)?"
_IN_A_PLACE = (rf"\s+(?:more\s+)?(?:people\s+|staff\s+|employees\s+|of us\s+)?(?:{_PLACE_AT}(?P<place>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)|"
               r"(?P<here>here|over here|locally|on[- ]?site|at (?:the )?(?:hq|head office|headquarters)))")
_MORE_ELSEWHERE = lazy_compile(
    rf"^{_IN_A_PLACE}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*|\s+plus\s+)(?:another\s+|about\s+|around\s+|~|(?:otros|otras|outros|outras|altri|altre|autres|weitere|andere|nog)\s+)?(?P<more>\d{{1,5}})"
    rf"(?=\s+(?:more\s+|others?\s+)?(?:people\s+|staff\s+|employees\s+)?{_PLACE_AT}(?P<next>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)|\s+(?:more\s+)?remote(?:ly)?\b)"
)


# Where in the firm people work, named as a place: "22 guys in the field + 3 in the office".
_WORKPLACE = lazy_compile(rf"(?:field|office|back office|shop|workshop|warehouse|yard|factory|plant|kitchen|depot|showroom|lab|{_WORKPLACES})")


def _workplace(place: str) -> bool:
    """A city or a workplace, or one followed by a word of the sentence ("8 in the office today", "5 op kantoor nu")."""
    return bool(places.named(place) or _WORKPLACE.fullmatch(place) or _WORKPLACE.fullmatch(place.split()[0])
                or _A_FUNCTION.fullmatch(place.split()[0]))


# A department named as where a group works: "40 in sales and 8 in marketing", "12 im Vertrieb und 4 in der Buchhaltung".
_A_FUNCTION = lazy_compile(_FUNCTION)


def _elsewhere(lower: str, end: int) -> int:
    """The heads said for the company's other places right after a count said for one ("in the company, 5 in
    marketing" names a department, not a place: both must be places)."""
    extra = 0
    for _ in range(5):
        m = _MORE_ELSEWHERE.match(lower[end:])
        if m is None or not (m.group("here") or _workplace(m.group("place"))) or (m.group("next") and not _workplace(m.group("next"))):
            break
        extra += int(m.group("more"))
        end += m.end("more")
    return extra


# "we have 12 stores: 8 in Leeds and 4 in Bristol": what is counted place by place is said, and it is not people.
_PLACES_OF_WHAT = lazy_compile(
    r"\b(?:stores?|shops?|offices?|locations?|sites?|branches|outlets|clinics|restaurants|hotels|warehouses|depots|studios|gyms|salons|"
    r"clients?|customers?|users|members|students|patients|properties|units|projects|events|vehicles|trucks|franchises|schools)\b"
)


_WHERE_BEFORE = lazy_compile(rf"\b{_PLACE_AT}$")


def _counted_by_place(text: Text, amount: Amount) -> bool:
    """A bare figure said for one place and followed by more for others ("12 in Leeds and 8 in Bristol",
    "20 hier und 5 in Wien"): heads place by place, unless the sentence names something else it counts."""
    more = 0 if amount.scaled or amount.words or len(amount.parts) != 1 else _elsewhere(text.lower, amount.end)
    if not more:
        return False
    s, e = stance.sentence_at(text, amount.start)
    total = (amount.min or 0) + more
    for m in _PLACES_OF_WHAT.finditer(text.lower, s, e):
        if _WHERE_BEFORE.search(text.lower, max(s, m.start() - 12), m.start()):
            continue  # "40 on the floor and 8 in the office": where a group works, not what is counted
        # "two offices, 12 in Leeds and 8 in Bristol": the workplaces are counted apart, the figures by place are people
        office = re.search(r"\b(\d{1,3}|two|three|four|five|six)\s+(?:\w+\s+)?$", text.lower[max(s, m.start() - 20): m.start()])
        if not (m.group(0).startswith(("office", "site", "location", "branch", "studio")) and office
                and _count(office.group(1)) not in (total, amount.min)):
            return False
    return True


# "we're not 200, more like 150", "wir sind nicht 200, eher 150": a count denied, then the right one.
_NOT_THEN = lazy_compile(
    r"\b(?P<cue>we'?re|we are|we have|it'?s|there are|team of|company of|headcount(?: is)?|staff of)?\s*\bnot\s+(?P<cue2>(?:we'?re|we are|we have)\s+)?"
    r"(?:about\s+|around\s+)?\d{1,6}(?![\d.,]?\d)(?P<unit>\s*(?:people|staff|employees|heads|ppl))?(?:\s+any ?more)?(?:\s*[,;-]\s*|\s+)(?:but\s+)?"
    r"(?:(?:we'?re|we are|we have|it'?s|now|rather|more like|actually|closer to|about|around|just|only|like|nearer|more)\s+)*"
    r"(?P<n>\d{1,6})\b(?!\s*(?:%|k\b|[$€£]|years?|months?|weeks?|days?|hours?))(?P<after>\s*(?:people|staff|employees|heads|ppl))?"
)


def _denied_then_said(lower: str, field: str | None) -> int | None:
    m = _NOT_THEN.search(lower)
    if m and _a_change(lower, m.end("n")):
        return None  # "18, not 15 - 3 people just started": the newcomers, not the count said instead
    if m and (field == "company_size" or m.group("cue") or m.group("cue2") or m.group("unit") or m.group("after")):
        return int(m.group("n"))
    return None


# A freelancer or adviser speaking for a client ("I'm a freelance consultant advising a FTSE 250 retailer", "I'm not the
# client, I'm helping them shortlist"): the lead is the client's, whose size is not said, not the visitor's own firm of one.
_FOR_A_CLIENT = lazy_compile(
    r"\b(?:advising|on behalf of|representing|i'?m not the client|(?:for|with) (?:a|my|one of my) clients?|my client(?:'s)?|"
    r"helping (?:them|a client|my client|a company|an? \w+ company) (?:to\s+)?(?:shortlist|choose|select|find|pick|evaluate))\b"
)
# Working alone in the other languages, read in the visitor's own words (the rewrite turns "solo" into "only").
_ALONE_SAID = lazy_compile(
    r"\b(?:ich (?:bin|arbeite) (?:ganz )?allein(?:e)?|solo-?selbst(?:st)?(?:ä|ae)ndig|"
    r"je (?:suis|travaille) seule?|auto-?entrepreneu(?:r|se)|micro-?entrepreneu(?:r|se)|"
    r"(?:estoy|trabajo) sol[oa]|soy aut(?:ó|o)nom[oa]|"
    r"(?:sono|lavoro) da sol[oa]|"
    r"ik (?:ben|werk) alleen|zzp'?er|"
    r"(?:estou|trabalho|sou) sozinh[oa]|sou aut(?:ô|o)nom[oa])\b"
)


# People counted as those who decide ("the two of us decide", "the 3 of us sign off", "me and my brother, wir 2
# entscheiden", "nous 2 qui décidons", "decidiamo noi 2", "we beslissen met z'n tweeën" as the rewrite leaves them): the
# deciders, not the staff.
_DECIDE = (r"(?:decide[sd]?|deciding|make (?:the|all the|every|all) (?:calls?|decisions?)|make decisions|sign(?:s)? off|approve|"
           r"call the shots|have the (?:final|last) (?:say|word)|entscheiden|entscheide[nt]?|d(?:é|e)cid\w+|decid\w+|beslis\w*|bepalen)")
_DECIDERS_AFTER = lazy_compile(
    r"\s*(?:of us\s+)?(?:(?:people|persons?|who|that|qui|que|die|che)\s+)*(?:(?:both|together|jointly|all|zusammen|gemeinsam|"
    rf"ensemble|juntos|insieme|samen|juntos)\s+)?(?:(?:will|can|get to|usually|always)\s+)?{_DECIDE}\b")
_DECIDERS_BEFORE = lazy_compile(
    rf"\b{_DECIDE}\s+(?:(?:it|this|that|together|samen|we|wir|nous|noi|nós|nosotros|ensemble|juntos|insieme|zusammen)\s+)*"
    r"(?:(?:in|met|with|à|a|entre|tra|fra|zu|mit|the)\s+)?$")
# The pair said again after "me and my brother": ", wir zwei", ", we both".
_THE_PAIR = lazy_compile(r"[\s,]*(?:(?:we|wir|nous|noi|nós|wij)\s*)?(?:(?:2|two|both|beide|deux|due|dois|dos|twee)\b)?")
_JUST_US = lazy_compile(r"\b(?:just|only|nur|solo|juste|seulement|alleen|s(?:ó|o)|apenas)\s+(?:the\s+)?$")


def _deciders(lower: str, start: int, end: int) -> bool:
    """Whether the people counted between start and end are said as those who decide, not as the staff."""
    if _JUST_US.search(lower, max(0, start - 12), start) or re.match(r"(?:just|only)\b", lower[start:end]):
        return False  # "just the two of us, and we decide everything": the whole company
    return bool(_DECIDERS_AFTER.match(lower, end) or _DECIDERS_BEFORE.search(lower, max(0, start - 30), start))


def _said_otherwise(lower: str, field: str | None = None) -> Range | None:
    """Heads said without a head word: "me and 3 others", "the 4 of us", "me and my cofounder", "just me"."""
    m = _ME_PLUS.search(lower)
    if m:
        n = _count(m.group(1)) + 1
        return Range(n, n)
    m = _OF_US.search(lower)
    if m and field != "company_size" and _DEPARTMENT.search(lower, max(0, m.start() - 40), m.start()):
        m = None  # "our comms team (about 12 of us)": the visitor's department, not the company
    if m and _deciders(lower, m.start(), m.end()):
        m = None  # "I co-own it with my sister, the two of us decide": who decides, not how many work there
    if m:
        n = _count(m.group(1))
        if _ONE_MORE_BY_ROLE.match(lower, m.end()) or re.match(r"\s*(?:plus|and|\+|&)\s*(?:a|an|one)\s+part[- ]timer\b", lower[m.end():]):
            n += 1  # "the 2 of us plus a part-timer"
        return Range(n, n)
    listed = _ME_AND.search(lower) or _AND_ME.search(lower)
    if listed and _deciders(lower, listed.start(), _THE_PAIR.match(lower, listed.end()).end()):
        listed = None  # "mein Bruder und ich, wir zwei entscheiden": the two who decide
    alone = None if listed or _FOR_A_CLIENT.search(lower) else _ALONE.search(lower)
    if listed or alone:
        n, at = (2, listed.end()) if listed else (1, alone.end())
        while (more := _ONE_MORE_PERSON.match(lower, at)) is not None:
            n, at = n + 1, more.end()
        return Range(n, n)
    return None


_CHANGE_CUE = lazy_compile(r"\b(?:now|actually|make (?:that|it)|more like|cut|down to|up to|back to|reduced|trimmed|raised|bumped|increased|instead)\b")


def _corrects_money(text: Text, amount: Amount, money_at: frozenset[int]) -> bool:
    """A bare figure said as the new value of an amount of money just said in the same sentence."""
    lower = text.lower
    if amount.scaled or len(amount.parts) != 1 or _HEAD_AFTER.match(lower[amount.end: amount.end + 40]):
        return False
    if re.search(r"\b(?:we'?re|we are|we have|we'?ve got|team of|staff of)\s*(?:about|around|~|roughly|just|only)?\s*$", lower[max(0, amount.start - 20): amount.start]):
        return False
    s, _ = stance.sentence_at(text, amount.start)
    return any(s <= start < amount.start and _CHANGE_CUE.search(lower, start, amount.start) for start in money_at)


_EACH_BEFORE = lazy_compile(r"\beach(?:\s+(?:of\s+(?:them|those|our\s+\w+|the\s+\w+)))?(?:\s+(?:with|has|have|having|employing|employs|of))?\s*(?:about|around|~|roughly|some)?\s*$")
# ("12 people each working remotely" is no count per outlet: "each" must end what is said)
_EACH_AFTER = lazy_compile(
    r"\s*(?:people|staff|employees|persons|workers|ppl)?\s*(?:each|apiece|per (?:store|shop|site|outlet|clinic|branch|location|office))\b"
    r"(?=\s*(?:[.,;!?)]|$|and\b|but\b))"
)
_UNITS_BEFORE = lazy_compile(
    r"\b(\d{1,4})\s+(?:[a-z-]+\s+)?(?:outlets|stores|shops|clinics|branches|locations|sites|offices|restaurants|hotels|salons|studios|gyms|"
    r"franchises|practices|schools|cafes|bars|pharmacies|dealerships|depots|warehouses)\b"
)


def _per_unit(text: Text, best: Amount) -> int | None:
    """The number of outlets a count said per outlet is for ("25 outlets, each with about 8 staff"): 0 when no count
    of them is said; None when the count is not said per outlet."""
    lower = text.lower
    s, e = stance.sentence_at(text, best.start)
    if not (_EACH_BEFORE.search(lower, max(s, best.start - 30), best.start) or _EACH_AFTER.match(lower, best.end, e)):
        return None
    units = list(_UNITS_BEFORE.finditer(lower, s, best.start))
    return int(units[-1].group(1)) if units else 0


# A count said with its season, or as the staff kept all year ("35 dipendenti d'estate, 12 d'inverno", "24 permanents,
# une quarantaine en fin d'année", "12 year-round, up to 35 in peak season"), as the rewrite leaves the seven languages;
# a season of work is one too: the harvest, the vintage, a trade's own season ("during vintage", "zur Weinlese",
# "pendant les vendanges", "durante la vendimia", "durante la vendemmia", "na vindima", "tijdens de oogst", "during the
# ski season").
_HARVEST_WORD = (
    r"vintage|harvest(?: time| season)?|picking season|grape harvest|weinlese|lese|ernte(?:zeit)?|vendanges?|r(?:é|e)coltes?|"
    r"vendimia|cosecha|vendemmia|raccolta|vindima|colheita|safra|(?:wijn|druiven)?oogst|plukseizoen|"
    # a trade's own season ("back-to-hockey season", "sardine season" as the rewrite leaves "la saison de la sardine")
    r"[\w-]+ season|saison (?:de|des|du|of) (?:la |l'|the )?[\w-]+|temporada (?:de|del|of) (?:la |the )?[\w-]+|stagione (?:de(?:l|lla|i|gli)|di|of) (?:the )?[\w-]+|the holidays|"
    # the rest of the year, against a peak ("120 el resto del año" as the rewrite leaves it)
    r"(?:the\s+)?rest[eo]?\s+(?:of\s+the|del|de\s+l'|dell'|do|van\s+het|des)\s+(?:years?|ann(?:é|e)e|anno|ano|jaar|jahres)|"
    r"saison|hauptsaison|temporada|stagione|seizoen"
)
_SEASON_WORD = (
    r"summer|winter|spring|autumn|fall|christmas|xmas|easter|peak(?: season| time| times)?|high season|busy season|low season|"
    r"off[- ]?season|quiet season|in season|end of year|year[- ]round|all year(?: round)?|permanents?|permanently|permanent staff|"
    r"seasonal|the season|haute saison|basse saison|hochsaison|nebensaison|fest angestellt|festangestellte?|temporada alta|"
    r"temporada baja|fijos|(?:é|e)poca alta|(?:é|e)poca baixa|efetivos|alta stagione|bassa stagione|fissi|permanenti|"
    # (Quebec's maple season, "au temps des sucres", and the sugaring season)
    rf"tutto per year|todo el years|o years todo|hoogseizoen|laagseizoen|vaste krachten|vast|temps des sucres|sugaring season|{_HARVEST_WORD}"
)
# The words before a season as the rewrite leaves them: "during", "zur", "bei der", "pendant les", "durante la", "tijdens de".
_SEASON_PREP = r"(?:in|at|during|over|im|en|no|na|the|zur|zum|bei|während|pendant|durante|tijdens|for)"
_SEASON_ARTICLE = r"(?:the|la|les|le|el|der|die|de|het|a|o|il|l')"
# Who a count beside a season counts: staff, and those taken on for the season ("60 pickers at harvest").
_SEASON_HEADS = (
    r"people|staff|employees|heads|of us|workers|pickers|seasonals?|seasonal (?:staff|workers)|temps|casuals|hands|"
    r"erntehelfer|saisonkr(?:ä|a)fte|saisonniers|vendangeurs|temporeros|jornaleros|vendimiadores|stagionali|vendemmiatori|"
    r"tempor(?:á|a)rios|safristas|seizoenskrachten|plukkers"
)
_REACHING = (r"(?:(?:we|we'?re|we are|on|nous|go|get|grow|rise|climb|reach|are|monte|montons|passe|passons|llegamos|subimos|somos|"
             r"chegamos|subimos|passamos|arriviamo|saliamo|siamo|gaan|groeien|zijn|kommen|sind|wachsen|steigen)\s+){0,3}(?:(?:to|in|a|à|naar|auf|tot)\s+)?")
_SEASONAL_COUNT = lazy_compile(
    # ("summers we go up to 30", "l'été on monte à 30", "en temporada alta llegamos a 30": a verb of reaching between, a
    # season said alone after a comma, in the plural too)
    rf"(?:(?:\b{_SEASON_PREP}\s+|(?<=, )|(?<=; )|^)(?:{_SEASON_ARTICLE}\s+)?(?:{_SEASON_WORD})s?\s+{_REACHING}(?:(?:up to|about|around|~)\s*)?(?P<before>\d{{1,5}})\b"
    # ... then nothing, or who it counts ("in harvest 50 tonnes" counts no one)
    rf"(?=\s*(?:$|[,.;!?)]|(?:and|y|e|en|und|et|con|com|with|avec|mit|met|{_SEASON_HEADS})\b))|"
    rf"(?<![\d.,])(?P<after>\d{{1,5}})\s+(?:(?:{_SEASON_HEADS})\s+)?(?:(?:in|at|during|over|per|up to|about|the|for|zur|zum|bei|"
    rf"während|pendant|durante|tijdens|{_SEASON_ARTICLE})\s+)*(?:the\s+)?(?:{_SEASON_WORD})\b)"
)
# The count opening an answer to "how many people?", before a peak said with its season.
_OPENING_COUNT = lazy_compile(r"\W*(?:(?:about|around|roughly|~)\s*)?(\d{1,5})\b(?!\s*(?:%|k\b|[$€£]))")
_TAKEN_ON = lazy_compile(rf"\b(?:{_SEASON_HEADS})\b")
# A count of staff said before a single peak with its season ("12 employees, zur weinlese about 50": "12
# Festangestellte" as the rewrite leaves it).
_STAFF_COUNT = lazy_compile(r"(?<![\d.,])(\d{1,5})\s+(?:employees|staff|people|full[- ]?time(?:rs?)?|fte)\b")
# Words that say the figure counts people: "we are", "of us", and the staff kept all year in the seven languages.
_KEPT_ALL_YEAR = lazy_compile(
    r"\b(?:we are|we'?re|of us|permanents?|permanent staff|fest angestellt|festangestellte?|fijos|efetivos|fissi|permanenti|vaste krachten)\b")


# The peak said after its season with a verb of rising or the seasonal staff between, as the rewrite leaves the seven
# languages ("in summer subimos a about 40 con los temporeros", "zu christmas we are mit saisonkräften about 40",
# "summer arriviamo a about 40", "in the summer met seizoenskrachten about 40"); only these words between ("in summer
# we sell 300 ice creams" counts no one).
_PEAK_AFTER_SEASON = lazy_compile(
    rf"\b(?:{_SEASON_WORD})\s+(?:(?:we are|we'?re|are we|we go|we get|go up|goes up|rise|climb|subimos|sube|chegamos|sobe|"
    r"arriviamo|saliamo|on monte|montons|steigen|sind wir|gaan|zijn we|a|à|to|auf|naar|up to|mit|met|with|avec|con|com|"
    r"saisonkr(?:ä|a)ften|seizoenskrachten|seasonal (?:staff|workers)|temporeros|tempor(?:á|a)rios|stagionali|saisonniers)\s+){1,5}"
    r"(?:(?:about|around|up to|~)\s*)?(\d{1,5})\b(?=\s*(?:$|[,.;!?)]|con\b|com\b|with\b|avec\b|mit\b|met\b|people\b|staff\b|employees\b))"
)
# The count said as what the company is, before a peak said with its season ("we are 24, but ... about 40 in end of year").
_BASE_BEFORE_A_PEAK = lazy_compile(r"^\W*(?:we are|we'?re|team of|(?:we )?have)\s+(?:about\s+|around\s+|~\s*)?(\d{1,5})\b(?!\s*(?:%|k\b|[$€£]))")


def _seasonal(lower: str, field: str | None) -> Range | None:
    """The year-round count as the least and the peak as the most, when two counts are each said with a season (of
    heads: "we sold 300 in summer and 120 in winter" counts no one)."""
    if field != "company_size" and not (_HEADS_TALK.search(lower) or _KEPT_ALL_YEAR.search(lower) or _TAKEN_ON.search(lower)
                                      or _STAFF_COUNT.search(lower)):
        return None
    counts = []
    peak_at = None
    for m in _SEASONAL_COUNT.finditer(lower):
        counts.append(int(m.group("before") or m.group("after")))
        peak_at = m.start() if peak_at is None else peak_at
    counts += [int(m.group(1)) for m in _PEAK_AFTER_SEASON.finditer(lower)]
    if len(set(counts)) == 1 and (base := _BASE_BEFORE_A_PEAK.search(lower)) is not None and int(base.group(1)) < counts[0]:
        counts.append(int(base.group(1)))  # "on est 24, mais on monte à une quarantaine en fin d'année": 24 all year
    elif len(set(counts)) == 1 and field == "company_size" and (base := _OPENING_COUNT.match(lower)) is not None \
            and base.start(1) < (peak_at if peak_at is not None else len(lower)) and int(base.group(1)) < counts[0]:
        counts.append(int(base.group(1)))  # "une soixantaine, et jusqu'à 90 pendant la saison": the answer opens with the count
    elif len(set(counts)) == 1 and peak_at is not None and (staff := [m for m in _STAFF_COUNT.finditer(lower, 0, peak_at)]) \
            and int(staff[-1].group(1)) < counts[0]:
        counts.append(int(staff[-1].group(1)))  # "12 Festangestellte, zur Weinlese rund 50": 12 all year, 50 at the peak
    if len(set(counts)) < 2:
        return None
    return Range(min(counts), max(counts))


# People named after a figure that nlu.money's counts of things include ("12 partners", "8 members", "5 of us").
_PEOPLE_COUNTED = lazy_compile(
    r"\s*(?:partners|members|of us|of them|associates|sellers|socios|s(?:ó|o)cios|soci|associ(?:é|e)s|gesellschafter|vennoten|"
    r"membres|membri|miembros|membros|mitglieder|leden)\b")


_PEOPLE_IN = lazy_compile(rf"\b(?:people|persons?|staff|employees?|workers|colleagues|heads|personnel|crew|team|{_TRADES})\b")


def _counted_not_people(lower: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts something a business does, sells or has (trips, orders, covers,
    pupils, units: the counts nlu.money knows are no money), not its people."""
    after = lower[end: end + 40]
    counted = money.NOT_MONEY_AFTER.search(after)
    # (money's counts include people's: "80 including kitchen staff" is no money and all heads)
    return counted is not None and not (_HEAD_AFTER.search(after) or _STAFF_AFTER.search(after)
                                        or _PEOPLE_COUNTED.match(after) or _PEOPLE_IN.search(counted.group(0)))


# A city's postal district right after it, said where the visitor is: "in Dublin 2", "based in Paris 11e", "out of Praha
# 2" (the city capitalised, the number ending what is said).
_DISTRICT = lazy_compile(
    r"\b(?:in|at|near|from|out of|based in)\s+[A-Z][^\W\d_]+\s+(\d{1,2})(?:e|ème|er)?(?=\s*(?:[—–,.;:)!?]|-\s|$))")


def company_size(
    text: Text, field: str | None, money_at: frozenset[int] = frozenset(), *, lang: str = "en"
) -> Range | None:
    """Heads in the visitor's company; a single figure gives min = max.

    ``money_at`` holds where amounts of money start, so "50k" read as budget
    is not also read as heads.
    """
    own_words = text.lower
    text = english.of(text, lang)
    lower = text.lower
    m = _SUM.search(lower)
    if m:
        n = int(m.group(1)) + int(m.group(2))
        return Range(n, n)
    m = _PLUS_OTHERS.search(lower)
    if m and (field == "company_size" or m.group("unit") or re.search(r"\b(?:we'?re|we are|team of|we have)\s*$", lower[max(0, m.start() - 15): m.start()])):
        n = int(m.group("n")) + (0 if m.group("out") else int(m.group("more")))
        return Range(n, n)  # "15 + 5 contractors" is 15 staff; "15 + 5 part-timers" 20
    listed = _by_role(lower)
    if listed is not None:
        return Range(listed, listed)
    said = _denied_then_said(lower, field)
    if said is not None:
        return Range(said, said)
    seasonal = _seasonal(lower, field)
    if seasonal is not None:
        return seasonal  # "35 dipendenti d'estate, 12 d'inverno": at least 12, up to 35
    candidates: list[tuple[int, Amount]] = []
    # "a translation agency in Dublin 2 — 9 in-house linguists": a city's postal district is no count (nor the start
    # of a range with the count after it)
    counted = _DISTRICT.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1)), text.original)
    counted = lower if len(counted) != len(lower) else counted.lower()
    for amount in amounts(counted, quantities(counted)):
        if (amount.min is not None and amount.min > 10_000_000) or amount.start in money_at:
            continue
        if field != "company_size" and _corrects_money(text, amount, money_at):
            continue  # "was 3k a month, now it's 4": the budget said again, not people
        if stance.asked(text, amount.start, answering=field == "company_size"):  # "do you work with companies under 10 people?"
            continue
        if stance.goal(text, amount.start) and not re.search(r"\bfrom\s*$", lower[max(0, amount.start - 8): amount.start]):  # "we expect to hit 100 employees by next summer"
            continue
        if _deciders(lower, amount.start, amount.end):
            continue  # "nous 2 qui décidons", "we beslissen met z'n tweeën": who decides, not the staff
        if _is_head(text, amount):
            clause = text.clause_at(amount.start)
            score = 2 if _COMPANY_WORDS.search(lower, clause[0], clause[1]) else 1
            if re.search(r"\b(?:company|business|firm|org|organi[sz]ation|headcount|employees|startup)\b[^,.;!?\d]{0,15}$", lower[max(0, amount.start - 30): amount.start]):
                score = 3  # "team of 35 across sales, company is ~400": the company's own count
            if re.match(r"[\s-]*(?:person|people|employee|staff|strong|heads?)\s+(?:company|firm|business|org|organi[sz]ation|agency|startup|group|corporation|corp|enterprise)\b", lower[amount.end: amount.end + 40]):
                score = 3  # "a team of 7 in a 400-person company"
            if _TOTAL_AFTER.match(lower, amount.end) or _TOTAL_BEFORE.search(lower, max(0, amount.start - 30), amount.start):
                score = 3  # "12 sales reps and about 90 employees overall", "in tutto circa 95 persone": the whole company's count
            if _DEPARTMENT.search(lower, max(0, amount.start - 40), amount.start):
                if field != "company_size":
                    continue  # "our sales team of 6 is sitting idle": a department, not the company's size
                score = 0  # "marketing team of 6 in a company of about 150": the department is not the company
            candidates.append((score, amount))
        elif field == "company_size" and _counted_not_people(lower, amount.end):
            continue  # "hicimos 1.400 viajes", "we did 1,400 trips", "500 covers a night": what the firm does, counted
        elif field == "company_size" and not _a_change(lower, amount.end) and not _a_year(lower, amount) and not re.match(r"\s*(?:%|years?|months?|weeks?|days?|clients|customers|users|locations|offices)", lower[amount.end: amount.end + 20]) and not re.search(r"[$€£]\s*$", lower[max(0, amount.start - 3): amount.start]):
            candidates.append((0, amount))
    if candidates and all(_past(text, c[1]) for c in candidates):
        # "I used to run marketing at a 1,000 person firm; now it's just me and 3 others": the count said now wins
        now = _said_otherwise(lower, field)
        if now is not None and all(now.min != c[1].min for c in candidates):
            return now  # ("There were 9 of us until 2 left, so 7 now": the "9 of us" is the past count, not another)
    if candidates:
        best = _current(text, candidates)
        low, high = bound(lower, best)
        unit = _HEAD_AFTER.match(lower[best.end: best.end + 40])
        corrected = _CORRECTED.match(lower, best.end + (unit.end() if unit else 0))
        newer = _NEWER_AFTER.match(lower, best.end + (unit.end() if unit else 0))
        if corrected is None and newer and low is not None and low == high and low / 2 <= int(newer.group(1)) <= low * 2:
            corrected = newer  # a count that grew or shrank a little since, not another figure ("40, 3 of them in sales")
        if corrected is None and _past(text, best):
            corrected = _now_said_after(lower, best.end, stance.sentence_at(text, best.start)[1])
            if corrected is not None and not _counts_heads_after(lower, corrected.end()):
                corrected = None  # "we were 9, so now 3 clients left": the clients, not the people
        instead = _SAID_INSTEAD.search(lower, max(0, best.start - 25), best.start)
        me_too = False  # the visitor adds themself after staff listed group by group
        if corrected:
            low = high = int(next(g for g in corrected.groups() if g is not None))
        elif instead:
            low = high = int(instead.group(1))
        elif len(best.parts) == 2 and re.search(r"\bfrom\s*$", lower[max(0, best.start - 8): best.start]) and _WISH_BEFORE.search(lower, text.clause_at(best.start)[0], best.start):
            low = high = best.parts[0].value  # "want to double the team from 25 to 50": 25 now
        elif len(best.parts) == 2 and stance.changed_from(text, best.start, best.end):
            low = high = best.parts[-1].value  # "we went from 20 to about 45 people": 45 now
        elif stance.changed_from(text, best.start) and (to := _TO_AFTER.match(lower, best.end)):
            low = high = int(to.group(1).replace(",", ""))  # "from a team of 4 to 11": 11 now
        elif low is not None and low == high:
            trade = None if unit else _STAFF_AFTER.match(lower[best.end:])  # "12 techs in the field and 4 in the office": 16
            low = high = low + _elsewhere(lower, best.end + (unit.end() if unit else trade.end() if trade else 0))  # "30 in Lisbon and 10 in Porto": 40
            more, uncounted, me_too = _more_by_trade(lower, best.end)
            low = high = low + more + me_too  # "2 dentists, 1 hygienist, 4 nurses and me": 8
            if uncounted:
                high = None  # "15 CPAs plus admin staff": at least 15, how many more is not said
        if me_too:
            pass
        elif _ME_AND_SOMEONE_THEN.search(lower, max(0, best.start - 40), best.start):
            low, high = (None if low is None else low + 2), (None if high is None else high + 2)
        elif re.search(r"\b(?:me|myself|i|us two|founder|owner)\s*(?:and|\+|&|plus|with)\s*(?:my\s+|our\s+)?$", lower[max(0, best.start - 20): best.start]) or _PLUS_ME.match(lower, best.end):
            low, high = (None if low is None else low + 1), (None if high is None else high + 1)
        elif founders := _PLUS_FOUNDERS.match(lower, best.end):
            more = _count(founders.group("n"))
            low, high = (None if low is None else low + more), (None if high is None else high + more)
        per = _per_unit(text, best)
        if per is not None:
            # "25 outlets, each with about 8 staff": the outlets times each one's staff; with no count of them, none
            if per == 0:
                return None
            low, high = (None if low is None else low * per), (None if high is None else high * per)
        return Range(whole(low), whole(high))
    if ((were := _WE_WERE.search(lower)) is not None and (now := _now_said_after(lower, were.end(), len(lower))) is not None
            and _counts_heads_after(lower, now.end())):
        # "On était 9 jusqu'à ce que 2 partent en octobre, donc 7 maintenant": 7 ("we were 9, so now 3 clients left": none)
        n = int(next(g for g in now.groups() if g is not None))
        return Range(n, n)
    said = _said_otherwise(lower, field)
    if said is not None:
        return said
    if _ALONE_SAID.search(own_words) and not re.search(r"\d", own_words):
        return Range(1, 1)  # "ich bin allein, Einzelunternehmer", "trabajo solo", "ik ben zzp'er"
    m = _VAGUE_PLURAL.search(lower) or (_VAGUE_ANSWER.fullmatch(lower) if field == "company_size" else None)
    if m:
        low = {"dozens": 24, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000}[m.group(1)]
        return Range(low, None)
    return None
