"""Name and company, where the visitor says them.

Both are kept as written (plain text, trimmed, at most 100 characters);
nothing that looks like markup or a link is taken as a name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nlu import industries, places, replies, tools
from nlu.language import language
from nlu.patterns import LazyPattern, lazy_compile
from nlu.text import Text, plain

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+|[A-ZÀ-ÖØ-Þ]\.(?!\w)"
# How a visitor says "my name is" in each of the seven languages: what follows is their name, whatever it looks like.
_MY_NAME_IS = (
    r"my name is|my name's|my names|the name is|the name's|name is|name's|i'?m called|i am called|they call me|you can call me|call me|"
    r"ich hei(?:ß|ss)e|mein name ist|man nennt mich|nennen sie mich|nenn mich|"
    r"je m['’]appelle|mon nom est|mon nom c['’]est|moi c['’]est|appelez-moi|"
    r"me llamo|mi nombre es|ll[aá]mame|"
    r"me chamo|eu me chamo|chamo-me|(?:o )?meu nome [eé]|"
    r"mi chiamo|il mio nome [eè]|chiamami|"
    r"ik heet|mijn naam is|noem me"
)
# "I am" in the other languages: a name after it only when it is plainly one (not "ich bin Geschäftsführer").
_I_AM_LOCAL = r"ich bin|hier ist|hier spricht|je suis|soy|yo soy|eu sou (?:a|o)|sou (?:a|o)|sou|eu sou|sono|io sono|ik ben|hier is"
# A title of address before a name is not part of it: "I'm Dr. Amara Okafor", "ich bin Frau Dr. Weber".
_HONORIFIC = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Herr|Frau|Mme|Mlle|M|Sr|Sra|Dra|Dott|Dott\.ssa|Ing|Mevr|Dhr)\.?\s+)*"
# Particles inside a surname, in lower case between its capitalised words ("Sanne de Vries", "Jonas von der Heide").
_NAME_PARTICLES = r"(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|ter|ten|la|le|du|zu|y)\s+)*"
_NAME = lazy_compile(
    # "myself Karthik": the Indian English "I am", at the start of a sentence or after a greeting, never "I did it myself"
    rf"(?:\b(?i:{_MY_NAME_IS}|this is|i am|i'?m|it'?s|c['’]est|(?<![a-z] )myself|names?:|contact(?: person| name)?:|ansprechpartner(?:in)?:|interlocut(?:eur|rice):|"
    rf"contacto:|contato:|referente:|contactpersoon:|{_I_AM_LOCAL})\s+){_HONORIFIC}"
    rf"(?P<name>(?:{_NAME_WORD})(?:\s+{_NAME_PARTICLES}(?:{_NAME_WORD}))?(?:\s+(?:{_NAME_WORD}))?)"
)
# Given names common among the visitors of the seven languages' markets (English, German, French, Spanish, Portuguese,
# Italian, Dutch, and names common among their residents of other origins): a word here opening two capitalised words
# makes them a person's name rather than a firm's ("Claire Dubois" said to "your company?").
_GIVEN_NAMES = frozenset("""
    aaron abby abigail adam adrian adriana adrien agnes agnieszka ahmed aidan aisha alan alba albert alberto alejandra alejandro
    alessandra alessandro alessia alex alexa alexander alexandra alexandre alexis alfie alfonso ali alice alicia alina alison amanda
    amber amelia amelie amir amy ana anastasia andrea andreas andrei andrew andré andrés angela angelo anita ann anna anne annelies
    anneke annette anouk anthony antoine anton antonia antonio anya arjen arjun arnaud arthur astrid aurelie aurélie ava axel
    barbara bart bas bastian beatrice beatriz becky ben benedikt benjamin benoît bernard bert bethany bianca bill birgit bob bram
    brandon brenda brian bruno bryan caitlin camille carla carlo carlos carmen carol carole caroline carolina casper catarina catherine
    cecilia cédric celine céline charles charlie charlotte chiara chloe chloé chris christian christina christine christoph christophe
    christopher claire clara claudia claudio colin connor constance cristina daan dan daniel daniela daniele danielle daria dario
    dave david davide debbie deborah declan denis dennis diana diane diego dimitri dirk dominic dominik dominique donna duarte dylan
    ed eddie edgar edoardo eduardo edward eleanor elena eli elias elif elisa elisabeth elise eliza elizabeth ella ellen ellie emily
    emma emre enrico enzo eric erik erika esther ethan eva evelyn fabian fabio fabrice farah fatima federica federico felipe felix
    femke fernanda fernando filip filipa finn fiona florian flora florence francesca francesco francisco franck françois frank franz
    freddie frederik frédéric gabriel gabriela gabriele gary gaspard george georgia gerard gert gianluca gilles giorgia giorgio
    giovanni giulia giulio giuseppe grace graham greg gregor gregory guillaume gustavo hamza hana hannah hans harry hassan heather
    heike helen helena hélène hendrik henri henrique henry hugo ian ignacio igor ilse ines inês ingrid irene iris isaac isabel isabella
    isabelle ivan jack jacob jacqueline jake james jamie jan jana jane janet janine jasmine jason javier jean jeanne jeff jennifer
    jenny jens jeremy jérôme jesse jessica jesús jill jim jo joana joanna joao joão joe joel johan johanna john jon jonas jonathan
    joost jordi jorge josé jose josef joseph josh joshua juan judith julia julian julie julien juliette jürgen justin kai karen
    karim karin karl kate katharina katherine kathleen katie kay keith kelly ken kenneth kevin kim klaus kristina kurt lara laura
    lauren laurent lea léa leah lena leo leon leonardo léon liam lieke linda lisa liz lorenzo lotte louis louise luca lucas lucia
    lucía luis luisa luka lukas luke maarten madeleine magdalena mai manon manuel manuela marc marcel marco marcus margaret maria
    maría mariana marie marina mario marion mark marta martha martin martina mary mateo mathieu matilde matt matteo matthew matthias
    maurice max maxime maya megan mehmet melanie mia michael michał michel michela michelle miguel mike mila milan miriam mohamed
    mohammed monica monika nadia nadine naomi natalia natalie natasha nathan nathalie neil nicholas nick nicola nicolas nicole niels
    nicolò nikita nina noah noemi nora norbert noor oliver olivia omar oscar otto pablo paola paolo pascal patricia patrick paul
    paula paulo pauline pedro peter petra philip philipp philippe pierre pieter pietro pilar priya rachel rafael raffaele rahul
    ralf raquel raúl raul rebecca renata rené richard rita robert roberta roberto robin rodrigo roger roland roman rosa ruben rubén
    rui ruth ryan sabine sabrina sacha salvatore sam samantha samir samuel sander sandra sanne sara sarah sascha sebastian sebastián
    sébastien sergio shannon sharon silvia simon simona simone sofia sofía sophie stefan stefano steffen stephanie stéphane steve
    steven susan susanne suzanne sven sylvie tanja tatiana teresa thijs thomas tiago tim tina tobias tom tomás tommaso tony
    ursula valentina valentin valeria valérie vanessa vera veronica victor victoria vincent vincenzo virginie vivian wendy
    wim wolfgang xavier yannick yasmin yusuf yvonne zoe zoé
    dev raj ravi vikram anil sanjay deepak amit neha pooja anjali kavya aditya rohan kiran sunil ramesh suresh lakshmi meera
    amara chinedu tunde kemi ngozi chidi femi ade aylin can deniz ayşe fatma kenji yuki hiroshi wei jun mei lin ming
    sanne sven lars nils erik ingrid freya bjorn björn malin annika jens mette søren piotr katarzyna tomasz marek
    kerry clare tyrone devon sydney chelsea austin jordan savannah brooklyn adelaide regina india lincoln dakota
""".split())
# (The last line: given names that are also places, "Kerry here" being Kerry, where "London here" is where they write from.)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name common among the visitors ("Jo", "Anna", "Daan"): to the name question it is
    the name, even where it is also a yes ("jo" in German and Dutch)."""
    said = word.strip().casefold()
    # Written with or without its accents ("Simón" is "Simon", "Inês" "Ines"): a name that is also a yes where it is
    # accented ("simón" in Mexico) stays the name.
    return said in _GIVEN_NAMES or plain(said) in _GIVEN_NAMES


# Words that end a firm's name, not a person's ("Grace Foods", "Atlas Freight Group", "Bluewater Holdings").
_FIRM_WORDS = frozenset(
    "group holdings holding partners partner labs lab co company companies corp inc ltd llc gmbh ag plc foods food solutions systems "
    "services consulting consultants media digital logistics freight health healthcare tech technologies technology software capital "
    "ventures industries international global studio studios agency works brands bank insurance properties realty homes "
    "associates advisors advisory analytics networks energy motors pharma clinic dental legal law design designs marketing "
    "hotels hotel restaurant bakery brewing brewery wines coffee cafe café shop store stores academy school lda ltda sl srl sarl sas "
    "brothers bros sons söhne zonen hijos filhos figli "
    # the same words in the other six languages ("Acme Analítica", "Gruppo Rossi", "Müller Beratung")
    "analítica analitica analytik analytique analytica agencia agência agenzia agentur agence bureau grupo gruppo groupe gruppe groep "
    "soluciones soluções soluzioni lösungen oplossingen consultoria consultoría consulenza beratung conseil tecnología tecnologia "
    "technologie technologies servicios serviços servizi dienstleistungen sistemas sistemi systeme systèmes".split()
)
# "Sarah Okafor, CMO at Brightline", "Priya Raman - marketing director", "Dan Whitfield (VP Sales, Corvid)": a name that
# opens the message, then a separator and the visitor's job title (weighed by ``nlu.titles``, in any language).
_NAME_THEN_TITLE = lazy_compile(
    rf"^\s*(?:(?i:hi|hello|hey|hiya|hallo|bonjour|salut|hola|ol[aá]|oi|ciao|buongiorno|hoi|goedemorgen|morning|good (?:morning|afternoon|evening))\s*(?:[,!.]|\s[-–—])[\s,!.]*)?"
    rf"(?P<name>(?:{_NAME_WORD})(?:\s+(?:(?:de|da|do|dos|del|della|di|van|von|der|den|ter|la|le|du)\s+)*(?:{_NAME_WORD})){{0,2}})"
    r"\s*(?:,|\s[-–—]|\(|:)\s*(?P<title>[^,;()]{2,60})"
)
_IT_IS = lazy_compile(r"(?i)(?:it'?s|its|it is|this is|c['’]est)\s")
# "Dana Whitfield, VP Marketing at Corvel Logistics": a title at a firm after two words makes them a person's name, as a
# given name from the list would ("at", "bei", "chez", "en", "presso", "bij", "na": the firm, capitalised, follows).
_TITLE_AT_FIRM = lazy_compile(r"\s*,\s*(?P<title>[^,;()]{2,60}?)\s+(?:at|@|with|bei|chez|en|presso|bij|na|no|em)\s+[A-Z]")
_SAYS_NAME = lazy_compile(rf"(?i)(?:{_MY_NAME_IS}|name|this is|names?:)")
# After one capitalised word, an introduction that goes on: "Carlos from Initech", "Jonas von der Müller GmbH", "Marco e lavoro ...".
_GOES_ON = lazy_compile(
    r"\s*(?:,|-\s|\(|from\b|here\b|with\b|at\s+[A-Z]|(?:von|bei|aus|chez|de|da|di|del|della|dalla|do|van|bij)\s+(?:der |la |el |il |het )?[A-ZÀ-Þ]|"
    r"(?:und|et|y|e|en)\s+(?:ich|je|j['’]|yo|eu|io|ik|arbeite|leite|travaille|dirige|trabajo|dirijo|trabalho|lavoro|dirigo|werk)\b)"
)
# "van der Berg, Pieter", "Smith, John": the surname first, as forms and directories write it.
_SURNAME_FIRST = lazy_compile(r"\s*(?P<surname>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}),\s*(?P<given>[A-ZÀ-Þ][a-zà-ÿ'’-]+)\s*")
# Words after a name that only close a self-introduction, in the seven languages: where the visitor writes from ("here",
# "hier", "ici", "aquí", "aqui", "qui"), the telephone's "speaking" ("am Apparat", "à l'appareil", "al habla", "falando",
# "al telefono", "aan de lijn") and "by the way" ("btw", "übrigens", "au fait", "por cierto", "aliás", "comunque",
# "trouwens"); a wave closes one too ("this is Siobhan 👋").
_HERE_WORDS = r"here|hier|ici|aqu[ií]|aqui|qui"
_SPEAKING = (r"speaking|on the line|am apparat|am telefon|[àa] l['’]appareil|al habla|al aparato|al tel[eé]fono|falando|"
             r"ao telefone|al telefono|aan de lijn|aan de telefoon")
_BY_THE_WAY = (r"by the way|btw|fyi|übrigens|uebrigens|d['’]ailleurs|au fait|por cierto|ali[aá]s|a prop[oó]sito|"
               r"tra l['’]altro|comunque|trouwens|overigens")
_WAVE = r"[\U0001F44B\U0001F64B\U0001F642\U0001F60A\U0001F600\U0001F603\u263A]"
_SIGNING_OFF = lazy_compile(rf"\s*(?:(?i:{_HERE_WORDS}|{_SPEAKING}|{_BY_THE_WAY})(?![\w'’])|{_WAVE})")
# "Tom here", "hey! 👋 Priyanka here", "Jonas hier", "Marco from Ristorante Lucca in Boston": a greeting and emoji may open
# it, the firm's town may follow it, and the firm's words may be joined ("Sarah from Petal & Pine Events here").
_NAME_HERE = lazy_compile(
    rf"^[^\w]*(?:(?i:hi|hello|hey|hiya|morning|good (?:morning|afternoon|evening)|g'?day|hallo|moin|servus|hoi|hai)(?:\s+(?i:mate|there|all|team|folks|guys))?\b[^\w]*)?(?P<name>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}))?)\s+"
    rf"(?:(?i:{_HERE_WORDS}|{_SPEAKING})(?![\w'’])|from\s+(?P<source>[A-Z][\w&.'-]*(?:(?:\s+(?:&|and|of))?\s+(?!I\b)[A-Z][\w&.'-]*){{0,3}})(?P<here>\s+here\b|\s*(?:[.!,;:]|$)|\s+(?=(?:in|at|out of|near)\s+[A-Z])))"
)
# "Dan Okafor, Bayline Freight. We haul containers": a person's name, a comma, then the firm's name, ending its sentence.
_NAME_THEN_FIRM = lazy_compile(
    rf"^[^\w]*(?:(?i:hi|hello|hey|hiya|hallo|hoi|bonjour|hola|ol[aá]|ciao)\b[^\w]*)?(?P<name>(?:{_NAME_WORD})(?:\s+{_NAME_PARTICLES}(?:{_NAME_WORD})){{1,2}})"
    r",\s*(?P<firm>[A-ZÀ-Þ][\w&'’-]*(?:\s+(?:[A-ZÀ-Þ][\w&'’-]*|&|and|of)){0,4})\.?(?:\s*[.!]?\s*$|[.!]\s)"
)
# "Marco da Trattoria Lucca", "soy Lucía de Café Sol", "Julie de la Boulangerie Martin", "Pieter van Bakkerij Jansen": a given
# name, the word for "from" or "of" in one of the seven languages, then a business's name (a place there is where they are from).
_NAME_OF_FIRM = lazy_compile(
    rf"^[^\w]*(?:(?i:hi|hello|hey|hiya|hallo|moin|servus|hoi|bonjour|salut|hola|buenas|ol[aá]|oi|ciao|buongiorno)\b[^\w]*)?"
    rf"(?P<intro>(?i:{_I_AM_LOCAL}|i'?m|i am|this is|it'?s|c'est|moi c'est)\s+)?(?P<name>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}))?)\s+"
    r"(?i:de chez|de la|de l'|del|della|dalla|dal|de|da|di|dos|das|do|van de|van het|van|von der|von dem|von|vom|uit de|uit|bei der|bei|chez)\s*"
    r"(?P<firm>[A-ZÀ-Þ][\w&'’-]*(?:\s+(?:[A-ZÀ-Þ][\w&'’-]*|&|(?:y|e|et|und|en|and)(?=\s+[A-ZÀ-Þ]))){0,3})"
)
# "hi its sam,", "hey it's priya": a lower-case name after "it's" that opens the message, read only when it is a common given name.
_ITS_NAME = lazy_compile(r"^\W*(?:(?:hi|hello|hey|hiya|hallo|hoi)\b[\s,!.]*)?(?:it'?s|its|it is)\s+(?P<name>[a-zà-ÿ]{2,})\b(?=\s*(?:[,;:!.-]|here\b|$))")
# Where traffic and leads come from, not a company a visitor is from: "Traffic from Bing, mostly".
_CHANNELS = frozenset("google bing yahoo linkedin facebook instagram tiktok youtube reddit twitter x meta amazon pinterest snapchat "
                      "quora email seo ppc ads referrals referral partners events".split())
_NOT_NAMES = {
    "i'm", "i’m", "it's", "it’s", "that's", "we're", "i've", "i'd", "i'll", "a", "an", "the", "not", "just", "looking", "interested", "head", "from", "at", "with", "in", "on", "based", "ceo", "cmo",
    "cto", "cfo", "coo", "vp", "director", "manager", "founder", "owner", "also", "currently", "still", "really", "here",
    "good", "fine", "great", "new", "hoping", "trying", "sure", "happy", "reaching", "curious", "running", "working", "responsible",
    "doing", "planning", "ready", "about", "around", "going", "so", "very", "too", "all", "one", "part", "only",
    "hi", "hello", "hey", "thanks", "ok", "okay", "yes", "no", "marketing", "sales", "senior", "junior", "chief", "president",
    "student", "freelance", "freelancer", "self", "we", "our", "my", "your", "it", "that", "this", "there", "what", "when",
    "who", "why", "how", "sorry", "afraid", "glad", "pretty", "quite", "kind", "sort", "actually", "basically", "mostly",
    "usually", "definitely", "probably", "maybe", "perhaps", "unsure", "open", "busy", "free", "available", "able", "after",
    "before", "over", "under", "between", "into", "out", "up", "down", "off", "as", "if", "or", "and", "but", "by", "for", "of",
    "to", "is", "are", "was", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "could",
    "should", "may", "might", "must", "can", "need", "want", "like", "love", "hate", "think", "know", "see", "get", "make",
    # German nouns after "im" ("in the"), which the English "im" (I'm) would take for a name: "10.000 € im Jahr, ..."
    "jahr", "monat", "quartal", "moment", "sommer", "herbst", "winter", "frühjahr", "frühling", "voraus", "bereich", "vertrieb",
    "einkauf", "rahmen", "namen", "auftrag", "durchschnitt", "schnitt", "januar", "februar", "märz", "april", "mai", "juni", "juli",
    "august", "september", "oktober", "november", "dezember", "raum", "süden", "norden", "westen", "osten", "zentrum", "herzen",
}
_COMPANY = lazy_compile(
    # "I'm with Castellan Group": the pronoun as written, capital or not
    r"(?:\b(?:(?:(?i:i)|we) (?:work|am|are) (?:at|for|with)|(?i:i)'?m (?:at|with|from)|(?i:we)'?re|(?i:we) are|(?i:(?:my|our) company(?: name)? is|company(?: name)?:)|"
    r"(?i:(?:the |our |my )?company(?:'s| is)(?: (?:called|named))?|(?:the |our |my )?company'?s name is|(?:the |our |my )?company name'?s)|company is called|(?:it'?s|we'?re) called|(?i:(?:chain|company|business|firm|agency|shop|store|studio|brand|practice|startup|salon|restaurant|caf[eé]|clinic|bakery|"
    r"gym|label|outfit|group|consultancy|bar|hotel|school|charity|non-?profit|boutique|franchise|venue|workshop|lab|platform|app)s?,? (?:called|named))|from|at|work for|works for|working for|(?:i|we) run|"
    r"(?i:founder|ceo|owner|cofounder|co-founder|md|managing director|president|cmo|cto|coo|cfo) (?:of|at)|"
    # the firm named again in a correction: "Same company, Hartley Civil, civil contractor"
    r"(?i:same (?:company|firm|business|organi[sz]ation)),|"
    # "the company is called" and "we are" in the other six languages, where what follows is a name: German only with an
    # article after "wir sind", since German writes every noun with a capital ("wir sind Hersteller von ...")
    # "our company is X" in the other six languages, with "is" as well as "is called" ("Nuestra empresa es Acme Analítica",
    # "notre société, c'est ...", "ons bedrijf is ..."): what follows is a name when it is written with capitals (German,
    # which writes every noun so, only with an article: "unsere Firma ist die ...", never "unsere Firma ist Marktführer")
    r"(?i:(?:die |unsere |meine )?firma,? hei(?:ß|ss)t|(?:das |unser |mein )unternehmen,? hei(?:ß|ss)t|(?:die |unsere |meine )?firma,? (?:das )?ist (?:die|der|das)|"
    r"(?:das |unser |mein )unternehmen,? (?:das )?ist (?:die|der|das)|wir hei(?:ß|ss)en|wir sind (?:die|der|das)|"
    r"(?:l['’]|notre |mon )entreprise,? (?:s['’]appelle|c['’]est|est)|(?:la |notre |ma )soci[ée]t[ée],? (?:s['’]appelle|c['’]est|est)|"
    r"on s['’]appelle|nous nous appelons|nous sommes|"
    r"(?:la |mi |nuestra )(?:empresa|compa[ñn][ií]a),? (?:se llama|es)|nos llamamos|somos|"
    r"(?:a |minha |nossa |a minha |a nossa )empresa,? (?:se chama|chama-se|[ée](?: a| o)?)|chamamo-nos|"
    r"(?:l['’]|la |la mia |la nostra )(?:azienda|societ[aà]|ditta),? (?:si chiama|[èe](?: la| il| lo| l['’])?)|ci chiamiamo|siamo(?: la| il| lo)?|"
    r"(?:ons |mijn |het )bedrijf,? (?:heet|is|dat is)|wij heten|we heten|wij zijn|we zijn|"
    # "I work at" in the other six languages ("Lavoro presso Acme Analitica", "ich arbeite bei ...", "je travaille chez ...")
    r"(?:ich )?arbeite (?:bei|f(?:ü|ue)r)|(?:je )?travaille (?:chez|pour)|trabajo para|trabalho para|"
    r"lavoro (?:per|presso)|(?:ik )?werk (?:bij|voor)|"
    # the firm with its article after "we are" and "I work at" ("Somos a Clínica Sorriso Atlântico", "trabalho na Clínica
    # ...", "somos la Clínica ...", "trabajo en la Clínica ..."): a capital after the article still names it
    r"(?:n[oó]s )?somos (?:a|o|la|el)|trabalho (?:na|no)|trabajo en (?:la|el)))(?:\s+|(?<=['’]))|"
    r"(?<![\w.])@\s*(?=[A-Z]))"
    r"(?P<company>(?:[A-Z][\w&.'-]*|[A-Z0-9]{2,}[\w&.'-]*)(?:\s+(?:[A-Z][\w&.'-]*|&|and|of|[A-Z0-9]{2,}))*"
    r"(?:\s+(?:inc|llc|ltd|gmbh|ag|sa|s\.a\.|bv|b\.v\.|nv|plc|pty|co|corp|corporation|limited|group|labs|studio|agency|partners)\.?)?)"
)
# "We're Hartley & Partners, a small law firm": a name after "we're" that a description of the business follows.
_WE_ARE_NAMED = lazy_compile(
    r"\b(?i:we)(?:'re|’re| are)\s+(?P<company>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|&|and|of)){0,4}),\s*(?i:a|an)\s+(?:[\w-]+\s+){0,3}"
    r"(?i:firm|agency|company|business|studio|practice|startup|shop|store|brand|consultancy|manufacturer|maker|producer|retailer|clinic|"
    r"restaurant|bakery|school|group|provider|platform|partnership|charity|non-?profit|office|lab|house|outfit)\b"
)
_LEGAL = lazy_compile(
    r"\b(?P<company>(?:[A-Z][\w&'-]*\s+){1,3}(?:Inc|LLC|Ltd|GmbH|AG|S\.A\.|SA|BV|B\.V\.|NV|PLC|Pty(?: Ltd)?|Corp|Corporation|Limited|Co\.|SAS|SARL|SRL|S\.r\.l\.|Oy|AB|AS|ApS|KG)\b\.?)"
)
# A department or area of work written with capitals after "trabalho no", "trabajo en el" ("RH", "Departamento de Ventas").
_A_DEPARTMENT = lazy_compile(
    r"(?i:departamento|depto|dpto|área|area|setor|sector|secci[oó]n|recursos|rh|rrhh|ti|it|marketing|vendas|ventas|comercial|financeiro|"
    r"finanzas|finan[çc]as|contabilidade|contabilidad|log[ií]stica|compras|atendimento|atenci[oó]n|produ[çc][ãa]o|producci[oó]n|"
    r"administra[çc][ãa]o|administraci[oó]n|jur[ií]dico|legal|opera[çc][õo]es|operaciones|suporte|soporte)\b")
_SKIP_COMPANY = lazy_compile(
    r"^(?:\d+(?:[\s,.-]|$)|\d[\d.,]*k\b|\d+[a-z]?\s+(?:[a-z]+\s+){1,3}(?:st|street|rd|road|ave|avenue|lane|blvd|way|drive)\b|the|a|an|our|my|we|i|it|this|that|here|there|home|work|night|some|several|least|most|all|about|around|q[1-4]|h[12]|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|google|linkedin|facebook|instagram|twitter|the moment|moment|present|first|last|next|scratch|zero|ceo|cmo|cfo|cto|coo|vp|"
    # "we're HQ'd in Parramatta": where the firm sits, no name
    r"hq(?:['’]d)?)\b",
    re.I,
)


# Words of letters, joined inside by an apostrophe or hyphen ("O'Brien", "Anna-Lena"), an initial's dot allowed.
_PERSON_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?"
_PERSON = lazy_compile(rf"{_PERSON_WORD}(?: {_PERSON_WORD}){{0,3}}")

# A name written next to an address, either way round: "Claire Morel, claire.morel@transports-morel.fr",
# "Tom Baker <tbaker@bakerandsons.co.uk>", "jonas.weber@x.de - Jonas Weber". Up to five words are read; which of
# them are the name the address decides (_spelled_by).
_WORDS_BEFORE_ADDRESS = lazy_compile(
    # (the address starts at a word's start: "Mike Delgado mike@..." with a space alone is Mike Delgado, not "... mik" + "e@")
    rf"(?P<name>{_PERSON_WORD}(?:[ \t]+{_PERSON_WORD}){{1,4}})[ \t]*(?:[,;:(<]|[-–—]|\||/)?[ \t]*<?(?<![\w.+'-])(?P<local>[\w.+'-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)"
)
_WORDS_AFTER_ADDRESS = lazy_compile(
    rf"(?<![\w.+'-])(?P<local>[\w.+'-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)>?[ \t]*(?:[,;:(]|[-–—]|\||/)?[ \t]*(?P<name>{_PERSON_WORD}(?:[ \t]+{_PERSON_WORD}){{1,4}})"
)
# Shared mailboxes and the words of company names: "Sales Team, sales.team@...", "Acme Corp, acme.corp@..." name no person.
_NOT_PERSONAL = frozenset(
    "info contact hello sales team support admin office billing accounts careers jobs press media marketing enquiries "
    "inquiries help service hr mail webmaster noreply no-reply inc llc ltd gmbh corp co company group labs studio agency "
    "partners limited plc sa sarl sas srl bv nv ag".split())
# Words before a name that make it someone else's: "my colleague Sarah Jones, sarah.jones@...", "cc Tom Baker, ...".
_SOMEONE_ELSE = frozenset(
    "my our his her their colleague colleagues boss manager partner cofounder co-founder assistant cc contact to for and "
    "mein meine meinem meiner unser unsere kollege kollegin chef chefin an für mon ma notre collègue patron associé à pour "
    "mi nuestro nuestra colega jefe jefa socio socia para meu minha nosso nossa chefe sócio sócia mio mia nostro nostra "
    "collega capo mijn onze baas compagnon aan voor".split())
# Particles inside a surname ("Anouk de Vries", "Jonas von der Heide"): written in lower case, and never a name's ends.
_PARTICLES = frozenset("de da das do dos del della di van von der den ter ten la le du zu y e".split())


def _letters(word: str) -> str:
    """A word as an address writes it: lower case, accents and everything but letters dropped ("Müller" -> "muller")."""
    plain = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in plain if "a" <= c <= "z")


def _spelled_by(local: str, domain: str, words: list[str]) -> bool:
    """Whether an address's local part spells these words as a name: the given name and a surname (a word after it),
    each in full or as an initial, one at least in full, in either order, other names and particles optional, and
    nothing else but separators and digits ("claire.morel", "cmorel", "morel.claire", "claire_m84" spell "Claire
    Morel"; "carmen.ruiz" spells "Carmen Ruiz Ortega"); or the given name alone, at a domain not named after it
    ("priya@x.co.uk", but "peak@peakfitness.com" is a company's)."""
    target = _letters(local)
    parts = [_letters(w) for w in words]
    if not target or not all(parts):
        return False
    if target == parts[0]:
        return len(target) >= 3 and target not in _letters(domain)

    def covers(order: list[str], given: int, at: int = 0, i: int = 0, full: bool = False, surnames: int = 0) -> bool:
        """Whether ``target[at:]`` spells ``order[i:]``, the given name (at index ``given``) never left out."""
        if i == len(order):
            return at == len(target) and full and surnames > 0
        part, more = order[i], surnames + (i != given)
        if len(part) >= 2 and target.startswith(part, at) and covers(order, given, at + len(part), i + 1, True, more):
            return True
        if target.startswith(part[0], at) and covers(order, given, at + 1, i + 1, full, more):
            return True
        return i != given and covers(order, given, at, i + 1, full, surnames)

    return covers(parts, 0) or covers(parts[1:] + parts[:1], len(parts) - 1)


def _named_with_address(original: str) -> str | None:
    """The person an address in the text belongs to, when their name is written beside it and the address spells it:
    a visitor signing off with their own name and address, asked for it or not."""
    if "@" not in original:
        return None
    found = [(m, False) for m in _WORDS_BEFORE_ADDRESS.finditer(original)]
    found += [(m, True) for m in _WORDS_AFTER_ADDRESS.finditer(original)]
    for m, after in found:
        window = m.group("name").split()
        # The fewest words that make a name: "Sure Sam Smith, ssmith@..." is Sam Smith.
        for size in range(2, len(window) + 1):
            words = [w.rstrip(".") for w in (window[:size] if after else window[-size:])]
            if words[0].lower() in _PARTICLES or words[-1].lower() in _PARTICLES:
                continue
            if any(w.lower() in _NOT_NAMES or w.lower() in _NOT_PERSONAL or w.lower() in _NEVER_NAMES
                   for w in words if w.lower() not in _PARTICLES):
                continue
            written = " ".join(words)
            lower_case = written.islower()
            if not lower_case and not (words[0][0].isupper() and words[-1][0].isupper()):
                continue
            # The word just before the name, in its sentence ("my colleague Sarah Jones", "Thanks for asking! Claire Morel").
            sentence = re.split(r"[.!?]\s", original[:m.start()])[-1].split() + window[:-size]
            if not after and sentence and sentence[-1].strip(",;:").lower() in _SOMEONE_ELSE:
                break  # another person's name and address, given by the visitor
            if _spelled_by(m.group("local"), m.group("domain"), words) and not _titled(written):
                return _clean(written, person=True)
    return None


# "skip", "rather not say", "why do you need that?": no name or company given.
_REFUSAL = lazy_compile(
    # "why ...?" asked back, in the seven languages: a question, not an answer
    r"^\W*(?:why|how come|warum|wieso|weshalb|wozu|pourquoi|por ?qu[eé]|porqu[eê]|por qu[eê]|perch[eé]|come mai|waarom|hoezo)\b|"
    r"^\W*(?:skip(?:ped)?|pass|n/?a|none|nothing|no|nope|nah|no thanks|no thank you|anonymous|anon|private|confidential|"
    r"secret|not telling|not applicable|x+)\W*$|"
    # only dashes, dots or question marks ("-", "...", "??"): checked as one run of non-word characters first, since
    # "\W*-+\W*$" backtracks over every split of a long run of dashes (4,000 of them took minutes)
    r"^(?=\W*$)[^-.?]*[-.?]|^\W*(?:it'?s|that'?s|it is|that is)?\s*(?:a |top )?(?:secret|private|confidential)\W*$|"
    r"\b(?:rather not|prefer not|prefer to not|'d rather|don'?t want to|do not want to|won'?t|will not|not (?:going|gonna|willing) to|"
    r"not comfortable|no comment|why do you|why would|what for|none of your|not (?:saying|telling|sharing|disclosing)|"
    r"dunno|don'?t know|do not know|not sure|no idea|why (?:does|do|is|would)|(?:that|it) matters?\b|"
    r"can'?t (?:say|share|tell|disclose)|cannot (?:say|share|tell|disclose)|decline|doesn'?t matter|does not matter|not important|"
    r"keep (?:it|that) (?:private|to myself)|under nda|stealth|"
    # the same in the other languages
    r"lieber nicht|m(?:ö|oe)chte ich nicht|will ich nicht|keine angabe|kein kommentar|geht sie nichts an|anonym|"
    r"je pr(?:é|e)f(?:è|e)re (?:ne pas|pas)|plut(?:ô|o)t pas|pas envie|anonyme|confidentiel|"
    r"prefiero no|no quiero|an(?:ó|o)nim[oa]|prefiro n(?:ã|a)o|n(?:ã|a)o quero|preferisco (?:non|di no)|non voglio|"
    r"liever niet|wil ik niet|zeg ik niet|anoniem|"
    r"keine ahnung|wei(?:ß|ss) (?:ich )?nicht|aucune id[ée]e|je (?:ne )?sais pas|ni idea|no (?:lo )?s[ée]|n(?:ã|a)o sei|sei l[aá]|"
    r"non (?:lo )?so|geen (?:flauw )?idee|weet (?:ik )?(?:het )?niet)\b"
)
# Answers to "your company?" that say there is none.
_NO_COMPANY = lazy_compile(
    r"\b(?:no company|not (?:with|at) a company|don'?t have a company|self[- ]?employed|freelanc\w*|independent (?:consultant|contractor)|"
    r"sole (?:trader|proprietor)|just (?:me|myself)|on my own|personal (?:project|use)|between jobs|unemployed|not (?:working|employed)|"
    r"(?:work|working) for myself|myself|my own boss|no (?:company )?name(?: yet)?|not named yet|(?:haven'?t|have not|didn'?t) (?:got|picked|chosen|decided on) a name|unnamed|still deciding|tbd|to be decided|"
    r"(?:figuring|working|sorting) out (?:the|a|our) name|(?:deciding|thinking) (?:on|about) (?:the|a|our) name)\b"
)
_WELCOME = (r"(?:hi|hello|hey|hiya|yo|sure thing|sure|no problem|no worries|certainly|absolutely|ok|okay|yes|yeah|yep|of course|hallo|moin|servus|guten tag|bonjour|salut|"
             r"hola|buenas|buenos d[ií]as|ol[aá]|oi|bom dia|boa tarde|ciao|salve|buongiorno|hoi|goedemorgen|goedemiddag|"
             r"ja|oui|s[iíì](?!\s+chiama)|sim|certo|claro|natuurlijk|klar|gerne|volontiers)\b[\s,!.:-]*")
# (Italian "si" is also "itself": "si chiama Bianchi" is "it is called Bianchi".)
# Hesitations that open an answer in the seven languages ("hmm, Acme", "euh, c'est Dupont", "ähm, Müller GmbH"): sounds
# a visitor makes while thinking (or laughing: "haha", "lol"), never part of the name that follows.
_HESITATION = r"(?:ha){2,}h?|(?:he){2,}h?|lol|lmao|h+m+|u+h+m*|u+m+|e+r+m+|er|a+h+|o+h+|m{2,}|e+u+h+|h+e+u+|e+h+m*|[äa]+h+m+|ä+h+|ö+h+m*|hum|uff|pff+"
# Discourse words that open an answer ("well, we are Acme", "so it's Initech", "nou, Bakkerij Jansen"): a lead-in only
# when a pause or a lower-case word follows, since they also begin names ("Well Pharmacy", "Bon Appétit Catering").
_DISCOURSE = (r"well|so|right|alright|all right|fine|like|anyway|honestly|frankly|tbh|to be honest|sorry|oh sorry|also|naja|na ja|tja|nun|alors|bon|ben|bah|bref|eh bien|donc|pues|bueno|"
              r"vale|bem|ent[aã]o|olha|bom|allora|beh|boh|mah|dunque|ecco|cio[eè]|nou|nou ja|zo|oké|"
              r"entschuldigung|sorry|pardon|d[ée]sol[ée]e?|perd[oó]n|desculp[ae]|scusa|scusi")
# Remarks a visitor makes before answering or instead of it ("good question", "let me check", "gute Frage", "even
# kijken"): when the answer is only the remark, there is no name in it.
_REMARK = (r"(?:(?:a |very |really |that'?s an? |thats an? |that is an? )?(?:good|great|tough|fair|interesting|excellent|hard) (?:question|q|one)|"
           r"let me (?:see|check|think|ask|look)|let'?s see|(?:just )?(?:one|a) (?:sec|second|moment|minute)|"
           r"give me a (?:sec|second|moment|minute)|hang on|hold on|wait|brb|idk|no clue|"
           r"gute frage|moment mal|einen moment|lass mich (?:mal )?(?:überlegen|nachsehen|nachschauen|schauen)|"
           r"bonne question|un instant|une seconde|attends|attendez|laissez-moi (?:voir|vérifier)|laisse-moi (?:voir|vérifier)|"
           r"buena pregunta|un momento|un segundo|espera|d[ée]jame (?:ver|pensar|mirar)|"
           r"boa pergunta|um momento|um segundo|deixa(?:-me| me| eu) (?:ver|pensar)|"
           r"bella domanda|buona domanda|un attimo|aspetta|fammi (?:vedere|pensare|controllare)|"
           r"goede vraag|momentje|wacht(?: even)?|even (?:kijken|checken|nadenken|denken)|laat me (?:even )?(?:kijken|denken))")
# What may open an answer before the name itself: greetings, hesitations, discourse words and remarks, in any number.
_GREETING = (rf"(?:(?:{_WELCOME})|(?:{_DISCOURSE})(?:\s*[,!?.:;…]+|\s+[-–—]|\s+(?-i:(?=[a-zà-ÿ])))\s*|"
             rf"(?:{_HESITATION})(?![\w'’])[\s,!.:;…–—-]*|"
             rf"(?:{_REMARK})(?=\s*(?:[,!.:;…?–—-]|$))[\s,!.:;…?–—-]*)*")

# "As I said", said before an answer given again, in the seven languages ("I said Acme", "wie gesagt, Müller GmbH", "comme je
# l'ai dit, Verlaine", "ya te dije, Café Sol", "como eu disse, Loja Verde", "te l'ho detto, Rossi Srl", "zoals ik zei,
# Bakkerij Jansen"): the words of saying are no part of the name.
_AS_SAID = (
    r"(?:(?:as|like)\s+)?i\s+(?:already\s+|just\s+)?(?:said|told you|mentioned|wrote|typed)(?:\s+(?:before|earlier|already|above))?|i'?ve\s+already\s+(?:said|told you)|"
    r"already\s+told you|as\s+(?:already\s+)?(?:said|mentioned)|"
    r"wie\s+(?:schon\s+|bereits\s+)?gesagt|(?:ich\s+)?sagte(?:\s+(?:doch|schon|ja|bereits))*|(?:ich\s+)?hab(?:e)?\s+(?:(?:ich|es|doch|schon|ja|bereits|dir|ihnen|euch)\s+)*gesagt|"
    r"(?:das\s+)?hab(?:e)?\s+ich\s+(?:(?:doch|schon|ja|bereits|dir|ihnen|euch)\s+)*gesagt|"
    r"comme\s+(?:je\s+l['’]ai\s+|j['’]ai\s+|je\s+vous\s+l['’]ai\s+|je\s+te\s+l['’]ai\s+)?(?:d(?:é|e)j(?:à|a)\s+)?dit|comme\s+je\s+(?:le\s+)?disais|"
    r"(?:je\s+(?:l['’]ai|vous\s+l['’]ai|te\s+l['’]ai|vous\s+ai|t['’]ai)|j['’]ai)(?:\s+d(?:é|e)j(?:à|a))?\s+dit|"
    r"como\s+(?:ya\s+)?(?:te\s+|le\s+|les\s+|os\s+)?(?:dije|he\s+dicho|coment(?:é|e))|(?:ya\s+)?(?:te\s+|le\s+|lo\s+|se\s+lo\s+|os\s+)?(?:dije|he\s+dicho)(?:\s+ya)?|"
    r"como\s+(?:eu\s+)?(?:j(?:á|a)\s+)?(?:te\s+|lhe\s+)?(?:disse|falei)|(?:eu\s+)?(?:j(?:á|a)\s+)?(?:te\s+|lhe\s+|o\s+)?(?:disse|falei)|"
    r"come\s+(?:ho\s+|ti\s+ho\s+|vi\s+ho\s+|le\s+ho\s+)?(?:gi(?:à|a)\s+)?detto|come\s+dicevo|(?:te\s+l['’]|ve\s+l['’]|gliel['’]|l['’])?ho\s+(?:gi(?:à|a)\s+)?detto|"
    r"(?:ti|vi|le|gli)\s+ho\s+(?:gi(?:à|a)\s+)?detto|"
    r"zoals\s+(?:ik\s+)?(?:al\s+)?(?:zei|gezegd)|(?:ik\s+)?zei\s+(?:het\s+)?(?:al|toch)|(?:dat\s+)?heb\s+ik\s+(?:(?:al|toch|net)\s+)*gezegd|ik\s+heb\s+(?:het\s+)?(?:(?:al|toch|net)\s+)*gezegd"
)
_AS_SAID_ALONE = lazy_compile(rf"(?i:{_AS_SAID})")
_SAID_AGAIN = rf"(?:(?:{_AS_SAID})(?![\w'’])[\s,:;.!…–—-]*)?"

_NAME_INTRO = lazy_compile(
    rf"^\s*{_GREETING}{_SAID_AGAIN}(?:(?:{_MY_NAME_IS}|names|name\s*:|i'?m|i am|it'?s|it is|its|this is|{_I_AM_LOCAL}|c['’]est|hier ist|"
    r"aqu[ií] (?:es|est[aá]|habla)|qui [eè]|qui parla|aqui (?:é|e|fala)(?: (?:a|o))?|ici|aqu[ií]|qui|habla|met|"
    r"(?:name|nome|nombre|nom|naam)\s*:)\s*[:-]?\s+)?",
    re.I,
)
# "We are ...", "it's called ..." and "I work at ..." in the other six languages ("wir sind die Müller GmbH", "on s'appelle ...").
_COMPANY_LOCAL = (
    r"(?:ich )?arbeite (?:bei|für)|(?:je )?travaille (?:chez|pour)|trabajo (?:en|para)|trabalho (?:na|no|em|para)|"
    r"lavoro (?:per|presso|da|in)|(?:ik )?werk (?:bij|voor)|"
    r"wir sind(?: die| der| das)?|wir hei(?:ß|ss)en|(?:die|unsere|meine) firma (?:hei(?:ß|ss)t|ist(?: die| der| das)?)|das ist(?: die| der| das)?|"
    r"nous sommes|on est|on s['’]appelle|nous nous appelons|(?:l['’]|notre |mon )entreprise (?:est|s['’]appelle)|"
    r"(?:la |notre |ma )soci[ée]t[ée] (?:est|s['’]appelle)|c['’]est|"
    r"somos|nos llamamos|se llama|(?:la |mi |nuestra )empresa (?:es|se llama)|es (?:la|el)|"
    r"(?:n[oó]s )?somos (?:a|o)|chama-se|se chama|(?:a |minha |nossa )empresa (?:[eé]|se chama|chama-se)|é (?:a|o)|"
    r"siamo(?: la| il| lo)?|ci chiamiamo|si chiama|(?:la |la mia |la nostra )(?:azienda|societ[aà]|ditta) (?:[eè](?: la| il| lo| l['’](?=\w))?|si chiama)|è (?:la|il|lo)|"
    r"wij zijn|we zijn|wij heten|we heten|het heet|(?:ons |mijn |het )bedrijf (?:is|heet)|dat is"
)
_COMPANY_INTRO = lazy_compile(
    rf"^\s*{_GREETING}{_SAID_AGAIN}(?:(?:{_COMPANY_LOCAL}|this is|(?:i|we)\s+(?:work|am|are)\s+(?:at|for|with)|(?:i\s+)?work(?:ing)?\s+(?:at|for)|(?:a|an|the|our|my)\s+(?:[\w-]+\s+){{0,4}}?(?:called|named)|i'?m\s+(?:at|with|from)|we'?re\s+called|we are called|"
    r"it'?s called|it is called|(?:my|our|the) company(?: name)?(?: is|'s)(?: called)?|company(?: name)?\s*(?:is|:)|company is called|"
    r"(?:i'?m|i am|we'?re|we are)\s+(?:the\s+)?(?:owner|founder|co-?founder|ceo|md|director|president|boss|head)\s+(?:of|at)|"
    r"(?:owner|founder|co-?founder|ceo) (?:of|at)|(?:the )?name is|called|we'?re|we are|it'?s|it is|its|at|with|for|from|"
    # "at" in the other languages, before the firm's name: "chez Groupe Verlaine", "bei Holzbau Becker", "presso Rossi Srl"
    # (in lower case: "Chez Paul" is a restaurant's name)
    r"(?-i:chez|bei|bij|presso|pour|para|voor|f(?:ü|ue)r))\s*[:-]?(?:\s+|(?<=['’])))?",
    re.I,
)
# Where an answer stops being the name: a comma, a bracket or a new clause ("Priya, head of growth",
# "Carlos from Initech", "Cyberdyne Systems, we're in robotics"); a legal form after a comma stays. A full stop ends it
# after a word, not after an initial or a title ("Mary J. Blige", "j. doe", "Dr. Ruth Okoye"): "Claire Le Goff. Ah, et pour le
# budget ..." is Claire Le Goff. So does an interjection or a laugh typed after the name in lower case ("Tyler Kowalski
# lol", "Claire Le Goff ah", "Jonas Kienzle äh"); capitalised it may be a surname ("Min-jun Oh").
_INTERJECTION = r"ah+|oh+|eh|uh+|um+|hm+|lol|lmao|haha\w*|hehe\w*|ahah\w*|jaja\w*|jeje\w*|kkk+|rsrs\w*|xd|euh+|heu+|bah|ach|äh+m?|öh+m?|ehm|oops|ops|ups"
_NAME_TAIL = lazy_compile(r"\s*(?:[,;(/|!?]|(?<!\b[^\W\d_])(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Prof)(?<!\bSt)(?<!\bJr)(?<!\bSr)\.\s|\s-\s|\s+(?:from|at|with|and i|and we|working|head of|based|in charge)\b|"
                          rf"(?-i:\s+(?:{_INTERJECTION}))(?![\w'’])|"
                          rf"\s+(?:{_HERE_WORDS}|{_SPEAKING}|{_BY_THE_WAY})(?![\w'’])).*$", re.I | re.S)
_COMPANY_TAIL = lazy_compile(
    r"\s*(?:,(?!\s*(?:inc|llc|ltd|l\.l\.c|gmbh|plc|co|corp)\b)|[;(!?|]|(?<!\bco)(?<!\binc)(?<!\bltd)(?<!\bcorp)(?<!\bbros)(?<!\bst)\.\s|\s-\s|\s+(?:we|we'?re|which|who|where|based|located|headquartered|hq'?d|and (?:we|we'?re|i|i'?m|our|it'?s))\b).*$",
    re.I | re.S,
)
# Words that make an answer a sentence, not a name, when written in lower case ("we spent 3k with our agency", "muss
# ich nachschauen", "je dois vérifier"): pronouns, forms of "to be" and "to have", modal verbs and negation, in the
# seven languages. The articles, prepositions and conjunctions names are made of ("Bank of America") are not here.
_CLAUSE_WORDS = frozenset("""
    no non nicht niet não
    i i'm im i've i'd i'll me my we we're we've we'd our us you you're your they they're their he she
    am is are was were been do does did don't dont doesn't didn't have has had can can't could would should will won't
    need want spent spend think know check ask mean not that's thats there's still just really very pretty kinda
    actually basically currently complicated depends figuring deciding yet
    ich wir mein meine meinen unser unsere uns bin sind ist war habe haben hat muss müssen weiß weiss nicht
    je j'ai nous notre nos mon mes suis sommes est ai avons dois sais pas
    yo nosotros nuestra nuestro soy somos estoy tengo tenemos sé
    eu nós minha meu nossa nosso sou estou tenho temos não
    io noi mio mia nostra nostro sono siamo ho abbiamo devo
    ik wij mijn ons onze ben zijn heb hebben moet weet niet
""".split())
# A description opens with an indefinite article in lower case ("a small agency", "une petite agence") or counts
# things ("3 gyms in Leeds"): what the company is, not what it is called ("a bakery called Sweet Treats" keeps the name after "called").
_DESCRIPTION = lazy_compile(r"^(?:(?:just |only |basically )?(?:a|an|ein|eine|einen|un|une|una|uno|um|uma|een)\s|\d+\s+(?-i:[a-z]))")
_FROM = lazy_compile(r"(?i)(?:i'?m\s+)?from\s")
_EVALUATING = lazy_compile(r"\b(?:looking|look|looked|considering|evaluating|comparing|glancing|switching|switched|moving|moved|migrating|migrated|changed|using|use)\s*$")
_NEVER_NAMES = {"not", "no", "yes", "why", "what", "who", "how", "none", "nothing", "sure", "the", "a", "an", "i", "we", "my", "our",
                # articles of the other languages: "der Geschäftsführer", "la responsable" is no name
                "der", "die", "das", "ein", "eine", "le", "les", "un", "une", "el", "los", "las", "il", "lo", "gli", "het", "een",
                "um", "uma", "uno", "una", "o", "os"}


# A yes that opens a name, written with a capital and no pause after it: given names that are also a yes or a greeting
# ("Sim Wong", "Si Robertson", "Ja Morant", "Ola Nordmann"), and the yes or OK that opens a firm's name ("Yes
# Marketing", "OK Bikes", "Oui Design").
_GIVEN_NAMES_THAT_WELCOME = frozenset("sim si ja ola yo".split())
_YES_THEN_NAME = lazy_compile(
    r"(?P<yes>Yes|Yeah|Yep|Sure|OK|Ok|Okay|Ja|Oui|S[iíì]|Sim|Certo|Claro|Klar|Ol[aá]|Yo)\s+"
    rf"(?P<rest>(?:{_NAME_WORD}|[A-Z]{{2,}})(?:\s+{_NAME_PARTICLES}(?:{_NAME_WORD}|[A-Z]{{2,}}))*\.?)"
)


# "I'm Marco", "Ich bin Marco", "Je suis Marc", "Soy Marco", "Sou o Marco", "Sono Marco", "Ik ben Marco", "my name is
# Marco": an introduction, its name then ending the message, a clause or the sentence, or going on to say more.
_SELF_INTRODUCTION = lazy_compile(
    rf"^\s*{_GREETING}(?:{_MY_NAME_IS}|i'?m|i am|{_I_AM_LOCAL}|moi c['’]est)\s+{_HONORIFIC}"
    rf"(?-i:(?P<name>(?:{_NAME_WORD})(?:\s+{_NAME_PARTICLES}(?:{_NAME_WORD})){{0,2}}))"
    r"(?=\s*(?:[,.;:!?…)]|[-–—]\s|$)|\s+(?:and|und|et|y|e|en|from|von|aus|de|da|di|van|here|hier|ici|aqu[ií]|qui|btw|by the way)\b)",
    re.I,
)


def _introduces_themselves(original: str) -> bool:
    """Whether an answer opens with the visitor saying who they are: their name ("Sono Marco", "I'm Liam, the founder"),
    where they are from or what they are ("Sono Italiano", "I'm Retired"); not a firm ("I'm Acme Logistics") nor where
    they work ("I'm at Acme", "Ich bin bei Müller GmbH")."""
    m = _SELF_INTRODUCTION.match(original)
    return m is not None and _plausible_name(m.group("name").split()) and not _a_firm(m.group("name"))


def _opened_by_a_yes(answer: str, intro: LazyPattern) -> bool:
    """Whether a capitalised yes, no pause after it, is the first word of the name asked for: a given name before a
    surname ("Sim Wong" to "your name?"; "Yes Park" is Park), or the first word of a firm of one more word and its
    legal form ("Yes Marketing", "OK Bikes Ltd" to "your company?"; "Sure Acme Logistics" is Acme Logistics)."""
    m = _YES_THEN_NAME.fullmatch(answer)
    if m is None:
        return False
    if intro is _NAME_INTRO:
        return m.group("yes").casefold() in _GIVEN_NAMES_THAT_WELCOME
    rest = _LEGAL_SUFFIX.sub("", m.group("rest")).split()
    return len(rest) == 1 and rest[0].casefold() not in _GIVEN_NAMES


def _field_answer(original: str, intro: LazyPattern) -> str | None:
    """The name in a direct answer, without "it's"/"my name is" before it or a clause after it."""
    # Emoji and symbols around an answer are not part of it ("😊 Maya").
    answer = re.sub(r"^[^\w'\"(]+|[^\w.'\")]+$", "", original.strip())
    for _ in range(3):  # "we're at Acme": one lead-in after another
        if _opened_by_a_yes(answer, intro):
            break  # "Sim Wong", "yes, Sim Wong": the yes left is the name's own first word
        shorter = intro.sub("", answer, count=1)
        if shorter == answer:
            break
        # The lead-in taken off may end in the name's own first word ("Yes, Sim Wong" took off "Yes, Sim")
        last = re.search(r"(\S+)\s+$", answer[:len(answer) - len(shorter)])
        if last and _opened_by_a_yes(f"{last.group(1)} {shorter}", intro):
            answer = f"{last.group(1)} {shorter}"
            break
        answer = shorter
    said = answer.lower()
    if _REFUSAL.search(said) or (intro is _COMPANY_INTRO and _NO_COMPANY.search(said)):
        return None  # "haha it's a secret", "hmm, we're still figuring out the name"
    tail = _COMPANY_TAIL if intro is _COMPANY_INTRO else _NAME_TAIL
    answer = tail.sub("", answer).strip(" ,:;-\"'")
    if answer.endswith(".") and not re.search(r"(?i)\b(?:inc|co|corp|ltd|llc|jr|sr|[a-z])\.$", answer):
        answer = answer.rstrip(".")
    # A letter makes it a name; a firm of figures joined by "&" is one too ("1&1"), a bare number none.
    return answer if re.search(r"[^\W\d_]", answer) or re.fullmatch(r"\d+\s?[&+]\s?\d+", answer) else None


def _only_a_reply(original: str) -> bool:
    """Whether an answer to the name or company question is only a yes or a no, in any of the seven languages ("ye",
    "d'accord", "oké", "sim sim", "nope, all good"): it names no one. A capitalised given name is the name even where
    it is also a yes ("Jo", a German yes), as the bot reads it (``is_given_name``)."""
    said = original.strip(" .!")
    return replies.bare_reply(said) is not None and not (said[:1].isupper() and is_given_name(said))


def _sentence(answer: str) -> bool:
    """Whether an answer is a sentence or a description ("we spent 3k with our agency", "a small agency"), not a name."""
    # Words as written between spaces: "acme.io" is an address, not the Italian "io" after "acme".
    words = [w.strip(".,;:!?\"'()…").replace("’", "'") for w in answer.split()]
    # a particle between capitalised words is a name's ("Corticeira Vale do Cáster", "Banco do Brasil"), no clause's "do"
    inside = {i for i in range(1, len(words) - 1) if words[i] in _PARTICLES and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()}
    if any(w in _CLAUSE_WORDS for i, w in enumerate(words) if w.islower() and i not in inside):
        return True
    # A sentence's first word is capitalised ("Thats a tough one", "We don't know"); a name's words all are ("We Are Social").
    return bool(_DESCRIPTION.match(answer)) or (words[0].lower() in _CLAUSE_WORDS and any(w.islower() for w in words[1:]))


def _titled(words: str) -> bool:
    """Whether capitalised words are a job title ("Geschäftsführer", "Responsabile Marketing"), not a name."""
    from nlu import titles  # titles reads no names: imported here, where a name after "ich bin" is weighed

    return titles.seniority_of(Text.of(words), "authority") is not None


def _plausible_name(words: list[str]) -> bool:
    """Not a sentence: a lower-case function word ("just", "looking") or "not"/"sure" first is not a name."""
    if words[0].lower() in _NEVER_NAMES:
        return False
    return not any(w.islower() and w.lower().strip(".") in _NOT_NAMES for w in words)


def _clean(value: str, person: bool = False) -> str | None:
    """Plain words only: a value carrying markup, code or a link is not a name."""
    if re.search(r"[<>{}\[\]\\();=`|$@]|https?:|www\.|--", value):
        return None
    value = re.sub(r"\s+", " ", value).strip(" ,.;:!?\"'")
    if not value or (person and not _PERSON.fullmatch(value)):
        return None
    return value[:100]


def _at_a_firm(original: str, end: int, words: list[str]) -> bool:
    """Whether the two words ending at ``end`` are followed by a title at a firm ("Ollie Grant, ops director at Fenwick")."""
    m = _TITLE_AT_FIRM.match(original, end)
    return (len(words) == 2 and m is not None and _titled(m.group("title"))
            and not any(w.lower().rstrip(".") in _NOT_PERSONAL or w.lower() in _FIRM_WORDS for w in words))


# "it's Priyanka from Kestrel Analytics Group": one capitalised word, then the firm (not a place) it is from.
_FROM_FIRM = lazy_compile(r"\s+from\s+(?P<firm>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&))*)")


def _from_a_firm(original: str, end: int) -> bool:
    """Whether the word ending at ``end`` is followed by the firm its speaker is from ("Priyanka from Kestrel")."""
    m = _FROM_FIRM.match(original, end)
    return m is not None and not places.is_place(m.group("firm").lower()) and not _SKIP_COMPANY.match(m.group("firm")) and not (
        m.group("firm").split()[0].lower() in _CHANNELS or tools.tech_stack(Text.of(m.group("firm")), None))


# After "I'm" and the other languages' "I am", the end of the clause ("I'm Priya.", "I'm Priya by the way", "ich bin Anna,
# und ...", "je suis Claire d'ailleurs"): a word alone there is what the visitor is called, or what they are.
_CLAUSE_ENDS = lazy_compile(rf"\s*(?:[,.;:!?…)]|[-–—]\s|$|\s+(?i:{_HERE_WORDS}|{_SPEAKING}|{_BY_THE_WAY})(?![\w'’])|\s*{_WAVE})")
# What a visitor says they are, capitalised after "I'm" as a name is: a nationality ("I'm Italian", "ich bin Deutscher",
# "je suis Française", "soy Mexicano", "sou Brasileira", "sono Italiano", "ik ben Nederlander") or a state.
_NOT_A_NAME_AFTER_I_AM = frozenset("""
    american british english scottish welsh irish canadian australian german french spanish italian dutch portuguese brazilian
    mexican swiss austrian belgian indian chinese japanese polish swedish danish norwegian finnish greek turkish russian
    ukrainian european african asian latino latina argentinian colombian chilean peruvian
    deutscher deutsche deutsch österreicher österreicherin schweizer schweizerin franzose französin italiener italienerin
    spanier spanierin niederländer niederländerin holländer holländerin amerikaner amerikanerin engländer engländerin brite britin
    français française allemand allemande italien italienne espagnol espagnole belge suisse canadien canadienne anglais
    anglaise américain américaine portugais portugaise néerlandais néerlandaise hollandais québécois québécoise
    español española mexicano mexicana argentino argentina colombiano colombiana chileno chilena peruano peruana alemán alemana
    francés francesa italiano italiana inglés inglesa portugués portuguesa catalán catalana americano americana
    brasileiro brasileira português alemão alemã francês inglês espanhol
    tedesco tedesca francese spagnolo spagnola inglese svizzero svizzera americana
    nederlander nederlandse belg vlaming duitser duitse fransman française engelsman amerikaan italiaan spanjaard
    back done ready confused lost late early home away excited thrilled honest serious new here there online offline
    solo single independent freelance retired unemployed employed keen
    interessiert neu hier da zurück fertig intéressé intéressée nouveau nouvelle là interesado interesada nuevo nueva aquí
    interessado interessada novo nova interessato interessata nuovo nuova qui geïnteresseerd nieuw
""".split())


# English words of a state by their ending ("Retired", "Looking", "Curious", "Flexible"), never a given name's.
_STATE_WORD = lazy_compile(r"[a-z]{3,}(?:ing|ed)|[a-z]{4,}(?:ive|ous|ful|able|ible)")


def _said_in_passing(original: str, m: re.Match[str], word: str) -> bool:
    """Whether one capitalised word after "I'm" or another language's "I am" is the visitor's name said in passing: a
    given name, or a word ending the clause that is no title, place, nationality or state. Not after the German "im"
    ("in the": "im Mai", "im Internet"), which "I'm" typed without its apostrophe would otherwise be."""
    if re.match(r"(?i)im\s", m.group(0)) or word.lower() in _NOT_A_NAME_AFTER_I_AM or word.lower() in _NOT_NAMES:
        return False
    if word.casefold() not in _GIVEN_NAMES and _STATE_WORD.fullmatch(word.lower()):
        return False  # "I'm Retired", "I'm Curious", "I'm Flexible": how the visitor is, capitalised
    if word.casefold() in _GIVEN_NAMES:
        return True
    return bool(_CLAUSE_ENDS.match(original, m.end())) and not _titled(word) and not places.is_place(word.lower()) and not (
        industries.industry(Text.of(word), None) or tools.tech_stack(Text.of(word), None))


# "ici Siobhan", "aquí Siobhan", "qui Siobhan", "aqui é a Siobhan", "met Siobhan": the telephone's "here is" opening the
# message, then a name that ends there or before a pause or the words that close an introduction.
_HERE_THEN_NAME = lazy_compile(
    r"^[^\w]*(?:(?i:bonjour|salut|hola|buenas|ol[aá]|oi|ciao|buongiorno|hoi|hallo)\b[^\w]*)?"
    r"(?i:ici|aqu[ií](?: (?:habla|es|est[aá]))?|habla|qui(?: parla| [eè])?|aqui (?:é|e|fala)(?: (?:a|o))?|met)\s+"
    rf"(?P<name>(?:{_NAME_WORD})(?:\s+{_NAME_PARTICLES}(?:{_NAME_WORD}))?)(?=\s*(?:[,.;:!?…]|$)|{_SIGNING_OFF.pattern})"
)
# The word for "here" or "speaking" before or after what the visitor introduces themselves with ("London here", "ici Lyon").
_SAYS_WHERE_FROM = lazy_compile(rf"(?i)(?<![\w'’])(?:{_HERE_WORDS}|{_SPEAKING}|habla|met)(?![\w'’])")


# "im" typed for "I'm", or the German "in the" before a noun ("im Onlineshop", "im Schwarzwald", "im Allgäu").
_IM = lazy_compile(r"(?i)im\s")


def _german_im(original: str, intro: str, words: list[str]) -> bool:
    """Whether the bare "im" an introduction was read from is the German "in the": the word after it is no given name,
    and it is a place or the message is German."""
    if not words or not _IM.match(intro) or words[0].casefold() in _GIVEN_NAMES:
        return False
    return places.is_place(" ".join(words).lower()) or places.is_place(words[0].lower()) or language(original).code == "de"


def _a_place_not_a_person(words: list[str]) -> bool:
    """Whether words a visitor introduces themselves with are a place and no common given name ("London", "Madrid";
    "Florence" and "Sienna" are the visitor's names)."""
    return bool(words) and words[0].casefold() not in _GIVEN_NAMES and places.is_place(" ".join(words).lower())


def _signs_as_a_person(words: list[str]) -> bool:
    """Whether capitalised words closed by "btw", "speaking" or a wave ("this is Siobhan btw") are a person's name: no
    place, firm, trade, tool or title."""
    said = " ".join(words)
    return not (_a_place_not_a_person(words) or any(w.lower() in _FIRM_WORDS or w.lower() in _NOT_PERSONAL for w in words)
                or industries.industry(Text.of(said), None) or tools.tech_stack(Text.of(said), None) or _titled(said))


# A wish to be called, alone, in the seven languages ("call me", "ruf mich an", "appelez-moi", "llámame", "liga-me",
# "chiamami", "bel me"): no name, where "call me Mike" names the visitor.
_CALL_ME_ALONE = lazy_compile(
    r"\W*(?:(?:please|bitte|svp|por favor|per favore|graag|alsjeblieft)\W+)?(?:call me|ring me|phone me|give me a (?:call|ring)|call me back|"
    r"ruf(?:en sie)? mich (?:bitte )?(?:an|zur(?:ü|ue)ck)|appel(?:ez|le)[- ]moi|rappel(?:ez|le)[- ]moi|ll(?:á|a)m(?:a|e)me|ll(?:á|a)menme|"
    r"liga[- ]me|me liga|ligue[- ]me|me ligue|chiamami|mi chiami|richiamami|bel me|bel me (?:even |maar )?(?:terug|op)?|bel me maar)"
    r"(?:\W+(?:please|bitte|svp|s'il vous pla(?:î|i)t|por favor|per favore|graag|alsjeblieft|maar|even))*\W*")


# An answer that is another question's value, typed at the company or name question: an amount ("30k", "€5k a month",
# "ca. 3.000 Euro", "50 mil al mes"), a head count ("about 40 people", "unos 20 empleados", "zo'n 30 man"), a time
# ("next week", "Q1", "mid January", "im März", "dès que possible"), in the seven languages; an address, a phone number
# or a bare yes or no is caught before. No company or person is called so: "3M", "7-Eleven", "99designs", "1&1",
# "Forty Two Ltd", "Acme 2000" are firms (a bare "3M" names no currency, no thousands and no period).
_ABOUT = (r"(?:about|around|roughly|approx\.?|approximately|~|max\.?|maximum|up to|under|over|below|less than|more than|at most"
          r"|at least|ca\.?|circa|ungef(?:ä|ae)hr|etwa|rund|bis zu|h(?:ö|oe)chstens|environ|autour de|jusqu'(?:à|a)|unos|unas"
          r"|alrededor de|hasta|cerca de|uns|umas|at(?:é|e)|por volta de|intorno a|fino a|zo'?n|ongeveer|rond|tot)")
_CURRENCY_WORD = (r"[$€£¥₹₱₦]|(?:us|a|c|nz|r|ksh|rs)\$|usd|eur|gbp|chf|cad|aud|nzd|zar|kes|inr|php|mxn|brl|euros?|dollars?|bucks"
                  r"|quid|pounds?|reais|real|pesos|shillings?|rand|rupees?|franken|francs?")
_SCALE = r"k|grand|thousand|mil|mille|tausend|duizend|lakhs?|crores?|million(?:s|en|i)?|millones|milh(?:õ|o)es|mio\.?|mn|bn"
_PERIOD = (r"(?:a|per|/|an?|pro|im|par|por|al|ao|a[ol]|in de|per|each)\s*(?:month|year|week|quarter|mo|yr|monat|jahr|woche|quartal"
           r"|mois|an|ann(?:é|e)e|semaine|trimestre|mes|a(?:ñ|n)o|semana|m(?:ê|e)s|ano|mese|anno|settimana|maand|jaar|week|kwartaal)")
_ONE_AMOUNT = rf"(?:(?:{_CURRENCY_WORD})\s*)?\d[\d.,' ]*\s*(?:(?:{_SCALE})(?![^\W\d_]))?\s*(?:(?:{_CURRENCY_WORD})(?![^\W\d_]))?"
# A range or a choice of two sums ("$5k - $8k a month", "zwischen 5 und 8k", "entre 5 y 8 mil", "3 à 5k€", "tussen 5 en 8k")
# is an amount too: its second sum after a dash, "to", "or" or "and" in the seven languages.
_BETWEEN = r"(?:between|zwischen|entre|tra|fra|tussen)"
_TO = r"(?:-|–|—|to|or|and|bis|und|oder|à|a|et|ou|y|o|e|al|ao|tot|en|of)"
_AMOUNT_ANSWER = lazy_compile(
    rf"(?i)(?:{_ABOUT}\s*)?(?:{_BETWEEN}\s+)?{_ONE_AMOUNT}(?:\s*{_TO}\s*{_ONE_AMOUNT})?\s*(?:{_PERIOD})?")
_MONEY_MARK = lazy_compile(rf"(?i)(?:{_CURRENCY_WORD})|\d\s*(?:{_SCALE})(?![^\W\d_])|{_PERIOD}")
_COUNT_ANSWER = lazy_compile(
    rf"(?i)(?:{_ABOUT}\s*)?\d[\d.,]*\+?\s*(?:people|persons|staff|employees|ftes?|heads|workers|members|"
    r"leute|mitarbeiter(?:innen)?|personen|angestellte|besch(?:ä|ae)ftigte|personnes|salari(?:é|e)s|employ(?:é|e)s|collaborateurs|"
    r"personas|empleados|trabajadores|colaboradores|pessoas|funcion(?:á|a)rios|colaboradores|persone|dipendenti|collaboratori|"
    r"mensen|medewerkers|werknemers|man)(?:\s+(?:total|in total|insgesamt|au total|en total|no total|in totale|in totaal))?")
_MONTHS = (r"jan(?:uary|uar|vier|eiro|uari)?|j(?:ä|ae)nner|feb(?:ruary|ruar|ruari)?|f(?:é|e)vrier|febrero|fevereiro|febbraio|"
           r"mar(?:ch|s|zo|ço|co)?|m(?:ä|ae)rz|maart|apr(?:il|ile)?|avril|abril|may|mai|mayo|maio|maggio|mei|"
           r"june?|juni|juin|junio|junho|giugno|july|jul|juli|juillet|julio|julho|luglio|aug(?:ust|ustus)?|ao(?:û|u)t|agosto|"
           r"sep(?:t|tember)?|septembre|septiembre|setiembre|setembro|settembre|oct(?:ober)?|okt(?:ober)?|octobre|octubre|outubro|ottobre|"
           r"nov(?:ember|embre|embro)?|dec(?:ember)?|dez(?:ember|embro)?|d(?:é|e)cembre|diciembre|dicembre")
_WHEN_ANSWER = lazy_compile(
    r"(?i)(?:(?:in|by|from|around|about|before|after|mid|mid-|early|late|end of|start of|beginning of|the|next|this|im|ab|bis|"
    r"anfang|mitte|ende|en|d(?:è|e)s|d(?:é|e)but|mi-?|fin|a partir de|desde|para|a mediados de|principios de|finales de|"
    r"a partir de|em|no|in|da|a|entro|met(?:à|a)|inizio|fine|vanaf|begin|half|eind|tegen)[\s-]+)*"
    rf"(?:(?:{_MONTHS})(?:\s+\d{{4}})?|q[1-4](?:\s+\d{{4}})?|h[12](?:\s+\d{{4}})?|next (?:week|month|year|quarter)|asap|as soon as possible|"
    r"tomorrow|today|this (?:week|month|year|quarter)|n(?:ä|ae)chste (?:woche|monat|jahr)|n(?:ä|ae)chsten (?:monat|jahr)|so bald wie m(?:ö|oe)glich|"
    r"la semaine prochaine|le mois prochain|l'ann(?:é|e)e prochaine|d(?:è|e)s que possible|la semana que viene|la pr(?:ó|o)xima semana|"
    r"el (?:mes|a(?:ñ|n)o) que viene|el pr(?:ó|o)ximo (?:mes|a(?:ñ|n)o)|lo antes posible|cuanto antes|semana que vem|pr(?:ó|o)xima semana|"
    r"m(?:ê|e)s que vem|o quanto antes|la prossima settimana|il prossimo mese|l'anno prossimo|prima possibile|volgende week|"
    r"volgende maand|volgend jaar|zo snel mogelijk|z\.s\.m\.)")


def _one_capitalised_word(answer: str) -> bool:
    """Whether an answer is one capitalised word: a month so written may be a name ("April", "June") or a firm ("Mars",
    "August"); "mid June", "next week" and "Q1" are times."""
    return re.fullmatch(r"[A-ZÀ-Þ][^\W\d_]+", answer.strip(" .!")) is not None


def another_fields_value(answer: str, *, dates: bool = False) -> bool:
    """Whether an answer to the name or company question is another question's value and nothing else: an amount
    ("30k", "€5k a month"), a head count ("about 40 people"), and, with ``dates``, a time ("next week", "Q1", "mid
    January"; at the name question "April" or "June" may be the visitor's name). The extractor hears it as that."""
    said = answer.strip().strip(".!?,;:").strip()
    if not said:
        return False
    if _AMOUNT_ANSWER.fullmatch(said) and _MONEY_MARK.search(said):
        return True
    if _COUNT_ANSWER.fullmatch(said):
        return True
    return dates and bool(_WHEN_ANSWER.fullmatch(said))


# "that's my company", "das ist meine Firma", "c'est bien mon entreprise", "sí, esa es mi empresa", "sim, é a minha
# empresa", "sì, è la mia azienda", "klopt, dat is ons bedrijf": words pointing at the firm the bot read back, a yes
# before or after them, confirm it (issue 14); they name no firm and no person. Compared by ``plain``.
_YES_WORDS = (r"yes|yeah|yep|yup|correct|right|exactly|indeed|sure|ok|okay|ja|jep|jo|genau|richtig|stimmt|korrekt|oui|exact|exactement"
              r"|voila|tout a fait|si|claro|correcto|exacto|eso es|sim|certo|exato|isso|isso mesmo|esatto|giusto|klopt|precies|juist|inderdaad")
_THE_FIRM_IS_MINE = lazy_compile(
    rf"(?:(?:{_YES_WORDS}) )*"
    r"(?:(?:that'?s|that is|this is|it'?s|it is|thats|das ist|dies ist|ist|c'est|cest|ce sont|esa es|eso es|es|essa e|esta e|e"
    r"|questa e|dat is|het is|is) )?(?:(?:bien|wel|indeed|really|echt|wirklich|tatsachlich|effectivement|en effet|efectivamente|mesmo|proprio) )?"
    r"(?:(?:the|la|a|o|de|het) )?(?:my|our|meine|unsere|mein|unser|mon|ma|notre|mi|nuestra|nuestro|minha|nossa|meu|nosso|mia|nostra|mio|nostro|mijn|ons|onze)"
    r" (?:company|firm|business|organi[sz]ation|firma|unternehmen|betrieb|entreprise|societe|boite|empresa|compania|negocio|azienda|societa|ditta"
    r"|bedrijf|zaak|onderneming)"
    rf"(?: (?:{_YES_WORDS}))*")


# One extract asks this of the same message four times (its name, its company twice, its authority): the last few
# answers are kept.
@lru_cache(maxsize=16)
def points_at_the_firm(text: str) -> bool:
    """Whether a message only points at the firm read back to the visitor as theirs ("that's my company"), confirming it."""
    return bool(_THE_FIRM_IS_MINE.fullmatch(plain(text)))


def name(text: Text, field: str | None) -> str | None:
    """The visitor's name: "I'm Jane Doe", "Jane here", or the answer to "your name?"."""
    original = text.original
    if points_at_the_firm(original):
        return None  # "c'est bien mon entreprise" at the name question: a confirmation of the firm, no name
    if field == "name":
        if _REFUSAL.search(text.lower) or _only_a_reply(original) or another_fields_value(
                original, dates=not _one_capitalised_word(original)):
            return None
        turned = _SURNAME_FIRST.fullmatch(original)
        if turned and _AS_SAID_ALONE.fullmatch(turned.group("surname").strip()):
            turned = None  # "wie gesagt, Jonas": the words of saying it again, then the name; no surname before it
        if turned and turned.group("given").lower() not in _NOT_NAMES and not _titled(turned.group("given")) \
                and replies.bare_reply(turned.group("surname")) is None:  # "sim, Wong" is a yes, then the name
            return _clean(f"{turned.group('given')} {turned.group('surname')}", person=True)  # "van der Berg, Pieter"
        if _CALL_ME_ALONE.fullmatch(text.lower):
            return None  # "Call me", "Appelez-moi", "Bel me" to "your name?": a wish to be called, no name
        addressed = _named_with_address(original)
        if addressed:
            return addressed  # "Mike Delgado mike@...", "mike@... Mike Delgado": the name the address beside it spells
        answer = _field_answer(original, _NAME_INTRO)
        if answer is not None and _german_im(original, original.lstrip(), answer.split()):
            return None  # "im Schwarzwald" to "your name?": where the visitor is, in German, no "I'm Schwarzwald"
        if answer is not None and _SAYS_WHERE_FROM.search(original) and _a_place_not_a_person(answer.split()):
            return None  # "London here", "ici Lyon" to "your name?": where they write from ("Sienna here" is Sienna)
        if answer is not None:
            words = answer.split()
            given = len(words) >= 2 and words[0].casefold() in _GIVEN_NAMES and not _titled(" ".join(words[1:]))
            if 0 < len(words) <= 4 and _plausible_name(words) and (given or not _titled(answer)) and not _a_firm(answer):
                return _clean(answer, person=True)
    of_firm = _name_of_firm(original)
    if of_firm:
        return _clean(of_firm[0], person=True)
    from_place = _name_from_a_place_here(original)
    if from_place:
        return _clean(from_place, person=True)
    for pattern in (_NAME_HERE, _HERE_THEN_NAME, _NAME):
        for m in pattern.finditer(original):
            candidate = m.group("name")
            if pattern is _NAME_HERE and m.group("source"):
                source = m.group("source").rstrip(".").lower()
                if source.split()[0] in _CHANNELS or tools.tech_stack(Text.of(source), None):
                    continue  # "Leads from Google.", "Traffic from Bing, mostly": a source of leads, no introduction
            words = candidate.split()
            from_place = False
            for i, word in enumerate(words):
                if i and word.lower() in _PARTICLES and places.is_place(" ".join(words[i + 1:]).lower()):
                    words, from_place = words[:i], True  # "soy Lucía de Madrid": where she is from, not her surname
                    break
                if i and word.lower() in _PARTICLES and len(words) - i > 2 and words[-1].lower().rstrip(".") in _FIRM_WORDS:
                    words = words[:i]  # "Sono Marco di Acme Analitica", "Ich bin Jonas von Acme Analytik": the firm he is from
                    break
            while words and (words[-1].lower() in _NOT_NAMES or words[-1].lower() in _PARTICLES):
                words.pop()
            if not words or words[0].lower() in _NOT_NAMES or not words[0][0].isupper():
                continue
            if pattern is _NAME_HERE and (words[0].lower() in _CHANNELS or tools.tech_stack(Text.of(" ".join(words)), None)):
                continue  # "Google here is our main source": a channel, not a person introducing themselves
            if pattern is _NAME and re.match(r"(?i)hier (?:ist|is|spricht)\s", m.group(0)) and words[0].casefold() not in _GIVEN_NAMES and not (
                    _SIGNING_OFF.match(original, m.end()) and _signs_as_a_person(words)):
                continue  # "Hier ist Ihre Antwort": "here is" before any capitalised word; a name only when a given name
                # follows, or the words a person closes an introduction with ("hier ist Siobhan übrigens")
            if pattern is not _NAME and _a_place_not_a_person(words):
                continue  # "London here", "Madrid aquí", "Berlin hier", "ici Lyon": where the visitor writes from, no person
            if pattern is _NAME_HERE and len(words) > 1 and (words[-1].lower() in _FIRM_WORDS or (
                    words[0].casefold() not in _GIVEN_NAMES and industries.industry(Text.of(" ".join(words)), None))):
                continue  # "Brightline Labs here", "Ristorante Lucca here": a firm introducing itself, no person
            if re.search(r"(?i)\b(?:company|firm|business|agency|brand|shop|store|startup)(?:'s|’s)?\s*$", original[:m.start()]):
                continue  # "our company's name is Ostara Holdings": the firm's name, not the visitor's
            if pattern is _NAME and field == "company" and _IT_IS.match(m.group(0)):
                continue  # "it's Nimbus Health", said to "your company?", names the company
            if pattern is _NAME and field != "name" and _IT_IS.match(m.group(0)) and words[0].casefold() not in _GIVEN_NAMES and not _at_a_firm(original, m.end(), words) and not (
                    len(words) == 1 and not _SKIP_COMPANY.match(words[0]) and _from_a_firm(original, m.end())) and not (
                    _SIGNING_OFF.match(original, m.end()) and _signs_as_a_person(words)):
                continue  # "ok it's Harbourside Physio" unasked: a firm as likely as a person, unless a given name opens it
                # (or the one word is followed by the firm it is from: "it's Priyanka from Kestrel Analytics Group", or
                # by the words a person closes an introduction with: "this is Siobhan btw", "it's Siobhan speaking")
            if pattern is _NAME and _german_im(original, m.group(0), words):
                continue  # "Mehr Besucher im Onlineshop", "ein Sägewerk im Schwarzwald": the German "in the", no "I'm"
            if pattern is _NAME and re.match(rf"(?i)(?:{_I_AM_LOCAL})\s", m.group(0)) and _titled(" ".join(words)):
                continue  # "Ich bin Geschäftsführer bei ...", "Sono Responsabile Marketing": a title, capitalised
            if pattern is _NAME and not _SAYS_NAME.match(m.group(0)) and len(words) < 2:
                # "I'm Carlos from Initech": one capitalised word is a name when an introduction goes on, or when it is
                # said in passing ("yes, and I'm Priya by the way", "und ich bin Anna", "sono Giulia"): a given name,
                # or a word that ends the clause and is no title, place, nationality or state ("I'm Italian").
                if not from_place and not (len(candidate.split()) == 1 and (
                        _GOES_ON.match(original, m.end()) or _said_in_passing(original, m, words[0]))):
                    continue
            return _clean(" ".join(words), person=True)
    titled = _NAME_THEN_TITLE.match(original)
    if titled:
        words = titled.group("name").split()
        if (_plausible_name(words) and (words[0].casefold() in _GIVEN_NAMES or _at_a_firm(original, titled.end("name"), words)) and not any(w.lower().rstrip(".") in _NOT_PERSONAL or w.lower() in _FIRM_WORDS for w in words)
                and not _titled(titled.group("name")) and not places.is_place(titled.group("name").lower())
                and _titled(titled.group("title")) and not tools.tech_stack(Text.of(titled.group("name")), None)):
            return _clean(titled.group("name"), person=True)
    firm_after = _name_then_firm(original)
    if firm_after:
        return _clean(firm_after[0], person=True)
    lower_intro = _lower_intro(original)
    if lower_intro:
        return _clean(lower_intro[0], person=True)
    its = _ITS_NAME.match(text.lower)
    if its and its.group("name") in _GIVEN_NAMES:
        return _clean(its.group("name").capitalize(), person=True)
    lower_name = _LOWER_CASE_NAME.search(original)
    if lower_name and lower_name.group("name").lower() not in _NOT_NAMES:
        # "i'm sam, my gmail is sam.okafor88@...": a name typed in lower case, when the visitor's address begins with it
        said = _letters(lower_name.group("name"))
        if any(_letters(m.group(1)).startswith(said) for m in _LOCAL_PART.finditer(original)):
            return _clean(lower_name.group("name").capitalize(), person=True)
    bare = original.strip().rstrip(".!")
    if field is None and _a_person(bare) and not tools.tech_stack(Text.of(bare), None):
        return _clean(bare, person=True)  # "Rahul Deshmukh" alone, typed at a confirmation: the visitor's full name
    aside = _NAMED_ASIDE.search(original)
    if aside and aside.group("name").casefold() in _GIVEN_NAMES:
        return _clean(aside.group("name"), person=True)  # "ask for Marcus", "Head of Marketing here (that's me, Tom)"
    return _named_with_address(original) or _signed_with_contact(original)


# A given name said aside, in the seven languages: whom to ask for on the phone ("ask for Marcus", "fragen Sie nach
# Jonas", "demandez Camille", "pregunta por Lucía", "pergunte pelo João", "chiedi di Giulia", "vraag naar Sanne"), or the
# visitor pointing at themself ("that's me, Tom", "c'est moi, Camille", "das bin ich, Jonas").
_NAMED_ASIDE = lazy_compile(
    r"(?i:\b(?:ask for|frag(?:en sie|t)? nach|demande[rz]?|pregunt(?:a|e|en) por|pergunt(?:a|e|em) (?:pel[oa]|por)|chied(?:i|ete|a) di|"
    r"vraag (?:dan )?naar|(?:that'?s|this is|it'?s) me|c'est moi|das bin ich|soy yo|sou eu|sono io|dat ben ik)[\s,:-]+)"
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+)\b")


# One capitalised word set off as a signature before a phone number or an address: "call me back please, Gareth, 07700
# 900461, or gareth@pryce-plumbing.co.uk", "Merci, Élodie - 06 12 34 56 78".
_SIGNED = lazy_compile(r"(?:^|[,;:.!?]\s*|\s[-–—]\s*)(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]{2,})\s*(?:[,;:]|\s[-–—])\s*(?=\+?\(?\d[\d ()./-]{5,}|[\w.+'-]+@[\w-]+\.)")


def _signed_with_contact(original: str) -> str | None:
    """A given name signed before the visitor's phone number or address: a common given name, or the word the
    text's address begins with ("Gareth ... gareth@")."""
    for m in _SIGNED.finditer(original):
        word = m.group("name")
        if word.lower() in _NOT_NAMES or word.lower() in _NEVER_NAMES or word.lower() in _NOT_PERSONAL or _titled(word):
            continue
        if word.casefold() in _GIVEN_NAMES or any(_letters(local.group(1)).startswith(_letters(word)) for local in _LOCAL_PART.finditer(original)):
            return _clean(word, person=True)
    return None


_LOWER_CASE_NAME = lazy_compile(r"(?i)\b(?:i'?m|i am|this is|my name is|name'?s)\s+(?P<name>[a-z][a-z'-]{2,})\b(?=\s*(?:[,;:!.-]|here\b|and\b|$))")
_LOCAL_PART = lazy_compile(r"([\w.+-]+)@[\w-]+\.")
# "hi! sarah from greenleaf landscaping.", "tom here": an introduction typed all in lower case, read only when its first
# word is a common given name; the words after "from" up to the sentence's end are the firm, as written.
_LOWER_INTRO = lazy_compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|morning|hallo|bonjour|salut|hola|oi|ol[aá]|ciao|hoi)\b[\s!,.]*)?(?P<name>[a-zà-ÿ]{2,})\s+"
    r"(?:here\b|from\s+(?P<firm>[a-z][\w&'-]*(?:\s+[a-z&][\w&'-]*){0,3}?)(?=\s*(?:[.!,;:]|$|here\b)))"
)


# "Sou a Carla, da Sabor Mineiro", "Ich bin Carla, von Holzbau Becker", "Je suis Carla, de chez Dupont", "Soy Carla, de Café
# Sol", "Sono Carla, di Pane e Vino", "Ik ben Carla, van Bakkerij Jansen", "I'm Carla, from Acme": an introduction, the
# name, then (after a pause, or the French "de chez") the word for "from" and the business's name.
_INTRO_FROM_FIRM = lazy_compile(
    rf"^[^\w]*(?:(?i:hi|hello|hey|hiya|hallo|moin|servus|hoi|bonjour|salut|hola|buenas|ol[aá]|oi|ciao|buongiorno)\b[^\w]*)?"
    rf"(?i:{_MY_NAME_IS}|{_I_AM_LOCAL}|i'?m|i am|this is|it'?s|moi c['’]est|c['’]est)\s+(?P<name>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}))?)"
    r"(?:\s*,\s*(?i:from|von|aus der|de chez|chez|de la|de l['’]|del|de|da|do|das|dos|della|dalla|di|van de|van het|van|bij)|\s+(?i:de chez))\s+"
    r"(?P<firm>[A-ZÀ-Þ][\w&'’-]*(?:\s+(?:[A-ZÀ-Þ][\w&'’-]*|&|(?:y|e|et|und|en|and)(?=\s+[A-ZÀ-Þ]))){0,4})"
)


def _introduced_from_firm(original: str) -> str | None:
    """The business named after a self-introduction and a word for "from" ("Sou a Carla, da Sabor Mineiro"): capitalised
    words that are no place, people, channel, tool, title or team ("I'm Carla, from London", "from Marketing")."""
    from nlu import titles  # as in _titled

    m = _INTRO_FROM_FIRM.match(original)
    if m is None or not _plausible_name(m.group("name").split()) or _titled(m.group("name")):
        return None
    firm = re.sub(r"(?:\s+(?:y|e|et|und|en|and|&))+$", "", m.group("firm"))
    first = firm.split()[0].lower()
    if (places.is_place(firm.lower()) or places.named(firm.lower()) or places.is_demonym(firm) or first in _CHANNELS
            or first in _NOT_NAMES or first in _NEVER_NAMES or _SKIP_COMPANY.match(firm) or _titled(firm)
            or tools.tech_stack(Text.of(firm), None) or titles.is_function(firm)):
        return None
    return firm


def _name_of_firm(original: str) -> tuple[str, str] | None:
    """(name, firm) of an opening "Marco da Trattoria Lucca": a common given name, then a business named after "from"."""
    m = _NAME_OF_FIRM.match(original)
    if not m or not (m.group("intro") or m.group("name").split()[0].casefold() in _GIVEN_NAMES):
        return None
    if len(m.group("name").split()) > 1 and not _a_person(m.group("name")) and not m.group("intro"):
        return None
    if _titled(m.group("name")) or m.group("name").split()[0].lower() in _NOT_NAMES or not _plausible_name(m.group("name").split()):
        return None  # "Ich bin Geschäftsführer bei Müller GmbH": a title, capitalised
    firm = m.group("firm")
    # "Julie de Pain & Chocolat ici", "Marco di Pane & Vino qui": the word for "here" closing it says a firm introduces itself
    here = _HERE_LOCAL.match(original, m.end())
    if places.is_place(firm.lower()) or _titled(firm) or not (
            here or any(w.lower() in _FIRM_WORDS for w in firm.split()) or _LEGAL_SUFFIX.search(firm) or industries.industry(Text.of(firm), None)):
        return None
    return m.group("name"), firm


def _name_from_a_place_here(original: str) -> str | None:
    """The name in "Carla von Berlin hier", "Carla de Madrid aquí", "Carla da Lisboa aqui": a given name (or one after an
    introduction), the word for "from", a place, and the word for "here" closing it."""
    m = _NAME_OF_FIRM.match(original)
    if not m or not _HERE_LOCAL.match(original, m.end()) or not places.is_place(m.group("firm").lower()):
        return None
    words = m.group("name").split()
    if not (m.group("intro") or words[0].casefold() in _GIVEN_NAMES) or not _plausible_name(words) or _titled(m.group("name")):
        return None
    return m.group("name")


_HERE_LOCAL = lazy_compile(rf"\s+(?i:{_HERE_WORDS})(?=\s*(?:[.,!;:—–-]|$))")


def _name_then_firm(original: str) -> tuple[str, str] | None:
    """(name, firm) of an opening "Dan Okafor, Bayline Freight.": a common given name and a surname, then capitalised
    words that are no place, title or tool."""
    m = _NAME_THEN_FIRM.match(original)
    if not m or not _a_person(m.group("name")):
        return None
    firm = m.group("firm")
    words = firm.split()
    if len(words) == 1 and not re.search(r"[a-z][A-Z]|\d", firm):
        return None  # "Anna Weber, Marketing.", "Tom Baker, Thanks.": one plain word is a department or a remark as often as a firm
    if places.is_place(firm.lower()) or places.is_demonym(firm) or _titled(firm) or tools.tech_stack(Text.of(firm), None) or _SKIP_COMPANY.match(firm):
        return None
    return m.group("name"), firm


def _lower_intro(original: str) -> tuple[str, str | None] | None:
    """(name, firm) of a lower-case introduction ("sarah from greenleaf landscaping"), or None."""
    m = _LOWER_INTRO.match(original)
    if not m or m.group("name") not in _GIVEN_NAMES:
        return None
    firm = m.group("firm")
    if firm and any(w in _CLAUSE_WORDS or w in ("sent", "told", "said", "recommended", "referred", "mentioned", "suggested", "gave", "shared")
                    for w in firm.split()):
        return None  # "maria from linkedin sent me here": someone the visitor names, not an introduction
    if firm and (places.is_place(firm) or firm.split()[0] in _CHANNELS or firm.split()[0] in _NOT_NAMES or tools.tech_stack(Text.of(firm), None)):
        firm = None  # "tom from leeds", "sarah from linkedin": a place or a channel, not a firm
    return m.group("name").capitalize(), firm


_FIRM_HERE = lazy_compile(
    r"^\W*(?:(?i:hi|hello|hey|hiya)\b[\s,!.]*)?(?P<company>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|and|of)){1,4})\s+(?i:here)\b"
)


_LEGAL_SUFFIX = lazy_compile(r"(?i)\b(?:inc|llc|ltd|gmbh|ag|s\.?a|bv|b\.v|nv|plc|pty|corp|co|sas|sarl|s\.?r\.?l|srl|sl|s\.l|lda|ltda|spa|s\.p\.a|oy|ab|aps|kg|ohg|ug|e\.?k|vof)\.?$")


def _a_firm(answer: str) -> bool:
    """Whether an answer to "your name?" is a firm's name: a legal form, a firm word after its first word ("SwiftCargo
    Logistics", "Paws & Claws Vet Clinic"), or a trade that names a business ("Bäckerei Schmidt", "Trattoria Lucca")."""
    words = answer.split()
    if len(words) < 2:
        return False
    if _LEGAL_SUFFIX.search(answer) or "&" in words or any(w.lower().rstrip(".") in _FIRM_WORDS for w in words[1:]):
        return True
    return words[0].casefold() not in _GIVEN_NAMES and industries.industry(Text.of(answer), None) is not None


def _a_person(answer: str) -> bool:
    """Whether an answer is a person's name and nothing else: a common given name, then one to three capitalised
    surnames (particles allowed), no word of a firm's name ("Claire Dubois", "Pieter de Vries"; not "Grace Foods")."""
    words = answer.split()
    if not 2 <= len(words) <= 5 or words[0].casefold() not in _GIVEN_NAMES:
        return False
    surnames = [w for w in words[1:] if w.lower() not in _PARTICLES]
    return 1 <= len(surnames) <= 3 and all(
        re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+", w) and w.lower() not in _FIRM_WORDS and w.lower() not in _NOT_PERSONAL for w in surnames
    ) and not places.is_place(" ".join(words[1:]).lower())


# An event's name ends in its kind ("Web Summit", "SaaStock Conference"); "Summit Roofing" is a firm.
_EVENT_NAME = lazy_compile(rf"(?i)\b(?:{places.EVENT})s?\W*$")


def company(text: Text, field: str | None, taken: set[str] = frozenset()) -> str | None:
    """The visitor's company: "I work at Acme", "Acme GmbH", or the answer to "company?"."""
    if points_at_the_firm(text.original):
        return None  # "sí, esa es mi empresa", "klopt, dat is ons bedrijf": the firm read back, confirmed; no name of one
    found = _company(text, field, taken)
    if found and field != "company" and _EVENT_NAME.search(found):
        return None  # "we met your team at Web Summit": an event, not the visitor's firm
    if found and _TIME_OF_DAY.fullmatch(found) and _WHEN.search(text.lower):
        return None  # "it's Tuesday at Noon", "call me tomorrow at Midday": when, not a firm ("I work at Noon" stays)
    return found


# A course or degree right before "at": the school named after it is where the visitor studied, in the seven languages.
_STUDIED = lazy_compile(
    r"(?i:\b(?:master'?s?|masters degree|mba|phd|doctorate|degree|diploma|bachelor'?s?|bsc|msc|bootcamp|studied|studying|graduated|"
    r"studium|studiert|abschluss|(?:é|e)tudes|dipl(?:ô|o)m(?:é|e)e?|licence|m(?:á|a)ster|carrera|grado|estudi(?:é|e|o|ando)|mestrado|licenciatura|"
    r"curso|formad[oa]|laurea|laureat[oa]|studiato|opleiding|gestudeerd|afgestudeerd)\b(?!\s+(?:courses?|programs?|programmes?|business\w*|platforms?|compan\w*|apps?|software))[^.!?]{0,45}$)")


# Times of day written with a capital, in the seven languages.
_TIME_OF_DAY = lazy_compile(r"(?i:noon|midday|midnight|lunch(?:time)?|teatime|mittag|mitternacht|midi|minuit|mediod[ií]a|medianoche|"
                            r"meio-dia|meia-noite|mezzogiorno|mezzanotte|middag|middernacht)")
# A day, a call or a clock time beside it: what makes the time of day a time.
_WHEN = lazy_compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tomorrow|tonight|call|meeting|meet|book|o'?clock|\d{1,2}\s*(?:am|pm))\b|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"demain|aujourd'hui|lunes|martes|mi(?:é|e)rcoles|jueves|viernes|s(?:á|a)bado|domingo|hoy|ma(?:ñ|n)ana|segunda|ter(?:ç|c)a|quarta|quinta|sexta|"
    r"amanh(?:ã|a)|hoje|luned(?:ì|i)|marted(?:ì|i)|mercoled(?:ì|i)|gioved(?:ì|i)|venerd(?:ì|i)|sabato|domenica|domani|oggi|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|morgen)\b")


_BARE_FIRM = lazy_compile(r"[A-ZÀ-Þ][\w&'’-]*(?:\s+(?:[A-ZÀ-Þ][\w&'’-]*|&)){1,5}")


# What comes in from somewhere, just before "from" (a word or two between: "leads mostly coming from"): what follows is
# where it comes from (a channel, a tool, a partner), not the firm the visitor is from.
_COMES_IN = lazy_compile(
    r"(?i)\b(?:leads?|traffic|clients?|customers?|sales|bookings?|enquir(?:y|ies)|inquir(?:y|ies)|demos?|sign-?ups?|orders?|"
    r"calls?|revenue|patients?|students?|conversions?|visitors?|visits|referrals?|business|deals|projects|jobs|members|"
    r"subscribers|followers|users|installs|downloads|applications|applicants|tenants|guests|footfall|reach|exposure|"
    r"visibility|awareness|results|growth|pipeline|opportunities|prospects|appointments|reservations|quotes|requests)"
    r"(?:\s+[a-z]+){0,2}\s+$"
)
# Channels and kinds of marketing a source of leads is named by ("SEO and Google Ads", "Organic Search", "Cold Email",
# "Word of Mouth"), beside the channels a name is never read from (``_CHANNELS``).
_SOURCE_WORDS = _CHANNELS | frozenset(
    "sea sem ads adwords organic paid search social cold outbound inbound word trade content display affiliate affiliates "
    "influencer influencers newsletter newsletters webinars direct tv radio print podcast podcasts cold-calling telemarketing "
    "outreach networking shows fairs directories marketplaces ppc".split())


def _a_source(candidate: str) -> bool:
    """Whether words after "from" name where leads come from ("SEO and Google Ads", "HubSpot"), not a firm."""
    words = [w.lower().strip(".,") for w in candidate.split()]
    if not words or (len(words) > 1 and words[-1] in _FIRM_WORDS):
        return False  # "Meta Ads Agency", "Search Partners Group": a firm named after what it sells
    return words[0] in _SOURCE_WORDS or bool(tools.tech_stack(Text.of(candidate), None))


def _company(text: Text, field: str | None, taken: set[str] = frozenset()) -> str | None:
    original = text.original
    bare = original.strip().rstrip(".!")
    if (field is None and _BARE_FIRM.fullmatch(bare) and _a_firm(bare) and not _a_person(bare) and bare.lower() not in taken
            and not places.is_place(bare.lower()) and not tools.tech_stack(Text.of(bare), None)):
        return _clean(bare)  # "Paws & Claws Vet Clinic" alone, typed at a confirmation: the company
    if field == "company":
        if _REFUSAL.search(text.lower) or _NO_COMPANY.search(text.lower) or _only_a_reply(original) \
                or another_fields_value(original, dates=not _one_capitalised_word(original)):
            return None
        # "Sono Marco", "Ich bin Marco", "I'm Liam, the founder" to "your company?": the visitor's name, never the company
        # (a firm said after it is read below: "I'm Marco from Acme", "soy Lucía de Café Sol")
        answer = None if _introduces_themselves(original) else _field_answer(original, _COMPANY_INTRO)
        if answer is not None and _a_person(answer):
            return None  # "Claire Dubois" said to "your company?": a person's name, so the question is asked again
        answer = _without_its_town(answer) if answer is not None else None
        if answer is not None and 0 < len(answer.split()) <= 6 and not _sentence(answer) and answer != _named_with_address(original):
            return _clean(answer)  # ("Claire Morel, claire.morel@...": a person and their address, given for the company)
    if field == "name":
        answer = _field_answer(original, _NAME_INTRO)
        if answer is not None and 0 < len(answer.split()) <= 6 and not _sentence(answer) and _a_firm(answer) and answer.lower() not in taken:
            return _clean(answer)  # "SwiftCargo Logistics" said to "your name?": the firm, not the visitor
    return _firm_named(text, frozenset(taken))


# The firm a message names whatever the question: one extract asks for it up to three times (its company, its
# location's check for a town inside the firm's name, and nlu.needs blanking the firm's words), so the last few
# answers are kept (a Text is immutable, and so are the set of words taken and the answer).
@lru_cache(maxsize=16)
def _firm_named(text: Text, taken: frozenset[str]) -> str | None:
    original = text.original
    here = _FIRM_HERE.match(original)
    if here and here.group("company").split()[-1].lower().rstrip(".") in _FIRM_WORDS and not _SKIP_COMPANY.match(here.group("company")):
        return _clean(here.group("company"))  # "Redwood Capital Partners here - ...": a firm introducing itself
    m = _LEGAL.search(original)
    if m and not _SKIP_COMPANY.match(m.group("company")):
        return _clean(m.group("company"))
    named = _WE_ARE_NAMED.search(original)
    if named and not _SKIP_COMPANY.match(named.group("company")) and named.group("company").lower() not in taken and not (
            places.is_place(named.group("company").lower()) or places.is_demonym(named.group("company")) or re.search(r"(?i)-(?:based|born|owned|run)$", named.group("company"))):
        return _clean(named.group("company"))
    german = _wir_sind_firm(original, taken)
    if german:
        return _clean(german)
    for m in _COMPANY.finditer(original):
        candidate = m.group("company")
        if _SKIP_COMPANY.match(candidate) or candidate.lower() in taken or not re.search(r"[^\W\d_]", candidate) or (
                re.sub(r"[,\s]+[A-Z]{2,3}$", "", candidate).lower() in taken):  # "a bakery from Asheville NC": the town and its state
            continue  # ("our website is from 2014": a year is no company)
        if places.UK_POSTCODE_WRITTEN.fullmatch(candidate):
            continue  # "we're at EC1V 9HX": an address, not a name
        if places.STREET.match(original, m.start("company")) and candidate.split()[-1].lower().rstrip(".") not in _FIRM_WORDS:
            continue  # "we're at Rue de Siam, Brest", "siamo Via Roma 5": a street, where the visitor is, not a name
        if re.fullmatch(r"\d+(?:-?ish|odd|s|k|\+)", candidate, re.I):
            continue  # "we're 40ish people", "we're 20s": a rough figure, not a name
        if _EVALUATING.search(text.lower, 0, m.start()):
            continue  # "looking at HubSpot": a product being weighed, not the visitor's company
        if _STUDIED.search(original, max(0, m.start() - 60), m.start()) and re.match(r"(?i)(?:at|from)\b", m.group(0)):
            continue  # "just finished a masters in digital marketing at UL": where the visitor studied, not their firm
        # "Sarah from Leeds and I need help", "a masters at UL and I'm looking for a job": the visitor, not the firm's last word
        candidate = re.sub(r"\s+(?:and|&)\s+I(?:['’](?:m|ve|d|ll))?$", "", candidate)
        if re.match(r"(?i)from\b", m.group(0)) and (_COMES_IN.search(original, max(0, m.start() - 40), m.start())
                                                     or _a_source(candidate)):
            continue  # "We need more leads from SEO and Google Ads", "traffic from Organic Search": where work comes from
        if _FROM.match(m.group(0)) and (places.is_place(candidate.lower()) or places.only_places(candidate)):
            continue  # "Marco from Milano": where a person is from is a place ("I work at Santander" still is a company)
        if re.match(r"(?i)(?:we(?:'re|’re| are)|wir|nous|on|(?:n[oó]s )?somos|siamo|wij|we zijn|trabalho|trabajo)\s", m.group(0)) and (
                places.is_place(candidate.lower()) or places.is_demonym(candidate) or re.search(r"(?i)-(?:based|born|owned|run)$", candidate)):
            continue  # "We're Dutch", "We're Lisbon-based": where they are, not what they are called
        if re.match(r"(?i)(?:trabalho|trabajo)\s", m.group(0)) and _A_DEPARTMENT.match(candidate):
            continue  # "trabalho no RH", "trabajo en el Departamento de Ventas": a part of a firm, not its name
        if " " not in candidate and re.match(r"(?i)(?:nous sommes|somos|siamo|wij zijn|we zijn|wir sind)\s", m.group(0)):
            continue  # "nous sommes Français", "siamo Italiani": one capitalised word after a bare "we are" says too little
        if " " not in candidate and (candidate.lower() in _NOT_NAMES or re.fullmatch(r"(?i)[a-z]+(?:ing|ed)|b2[bc]|d2c|saas|b2b2c", candidate)):
            continue  # "We're Looking for an agency", "We are Hiring", "We're B2B": a capital for emphasis, not a name
        candidate = re.sub(r"(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bSt)(?<!\bBros)(?<!\b[A-Z])\.\s.*$", "", candidate)  # "Halvorsen Marine Supply. Contact: ..."
        candidate = re.sub(r"(?:\s+(?:and|of|&))+$", "", candidate)  # "we're Harbor Labs and we need ...": the name ends before "and"
        return _clean(candidate)
    introduced = _introduced_from_firm(original)
    if introduced and introduced.lower() not in taken:
        return _clean(introduced)
    of_firm = _name_of_firm(original)
    if of_firm and of_firm[1].lower() not in taken:
        return _clean(of_firm[1])
    firm_after = _name_then_firm(original)
    if firm_after and firm_after[1].lower() not in taken:
        return _clean(firm_after[1])
    lower_intro = _lower_intro(original)
    if lower_intro and lower_intro[1] and lower_intro[1] not in taken:
        return _clean(lower_intro[1])
    sized = _firm_then_size(original)
    if sized and sized.lower() not in taken:
        return _clean(sized)
    return _after_title(text, taken)


# A town said after a firm's name with a word of where, in the seven languages ("Acme Analytics in Leeds", "Berger
# Logistik aus Hamburg", "Dupont Conseil à Lyon", "Ferreira Transportes em Braga", "Rossi Trasporti a Torino"): where the
# firm is, not a part of its name. ("of", "de", "di", "da", "do" join a name's words: "Bank of America", "Casa di Roma".)
_TOWN_AFTER = lazy_compile(r"(?i)\s+(?:in|im|aus|bei|near|out of|à|a|au|en|em|no|na|uit|vanuit|te)\s+(?P<town>[^\s,;].*?)\s*$")


_BEING = lazy_compile(
    r"(?i)(?:we'?re|we are|i'?m|i am|we'?re based|wir sind|wir sitzen|ich bin|ich sitze|nous sommes|on est|je suis|estamos|somos|estoy|"
    r"estou|siamo|stiamo|sono|wij zijn|we zijn|we zitten|wij zitten|ik ben|ik zit)")


def _without_its_town(answer: str) -> str:
    """The firm's name said before its town, without the town: "Acme Analytics in Leeds" is Acme Analytics."""
    alone = re.fullmatch(r"(?i)(?:in|im|aus|from|based in|à|en|em|no|na|a|uit|te)\s+(?P<town>.+)", answer.strip())
    if alone and places.only_places(alone.group("town")):
        return ""  # "we're in Leeds" at the company question: a place, no name
    for m in _TOWN_AFTER.finditer(answer):
        if places.only_places(m.group("town")) and re.search(r"[^\W\d_]", answer[: m.start()]):
            # ("estamos em Braga", "wir sitzen in Hamburg": where they are, and no name before it)
            return "" if _BEING.fullmatch(answer[: m.start()].strip()) else answer[: m.start()]
    return answer


# "wir sind Berger Logistik in Hamburg", "Wir sind Müller Bau aus München": German writes every noun with a capital, so
# two or three capitalised words after a bare "wir sind" are a firm's name only when they read as one: a first word
# that is no trade, no word of a description, then a firm's word ("Logistik", "Consulting"), or the firm's town after
# them with a last word that is no plural of people ("wir sind Online Händler aus Köln", "Spezialisten", "Experten").
# Nouns a German description of the visitor opens with ("wir sind Team Marketing", "wir sind Familie Schmidt", "wir sind
# Mittelstand Maschinenbau", "wir sind Teil ...").
_DESCRIBED_BY = frozenset(
    "familie team teil mittelstand startup start-up kunde kunden neukunde neukunden partner marktführer spezialist spezialisten "
    "experte experten anbieter dienstleister hersteller betrieb unternehmen firma agentur büro verein gruppe mitglied mitglieder "
    "tochter tochterfirma niederlassung filiale zulieferer händler inhaber gründer selbstständig selbständig freiberufler".split())
_WIR_SIND = lazy_compile(
    r"\b(?i:wir sind)\s+(?P<company>[A-ZÄÖÜ][a-zäöüß][\w&'’-]*(?:\s+[A-ZÄÖÜ][\w&'’-]*){1,2})(?=\s*$|\s*[,.;!?(]|\s+(?:in|aus|bei|im)\s)")


def _wir_sind_firm(original: str, taken: set[str]) -> str | None:
    m = _WIR_SIND.search(original)
    if m is None:
        return None
    candidate = m.group("company")
    words = candidate.split()
    first, last = words[0], words[-1]
    if (first.lower() in _NOT_NAMES or first.lower() in _NEVER_NAMES or first.lower() in _DESCRIBED_BY
            or industries.industry(Text.of(first), None) is not None
            or candidate.lower() in taken or places.is_place(candidate.lower()) or _titled(candidate) or _titled(first)
            or tools.tech_stack(Text.of(candidate), None) or _a_person(candidate)):
        return None
    town = re.match(r"\s+(?:in|aus|bei|im)\s+([^,.;!?(]+)", original[m.end("company"):])
    town_after = town is not None and places.only_places(town.group(1).strip())
    if last.lower() not in _FIRM_WORDS and re.search(r"(?:er|en|innen)$", last):
        return None  # "Online Händler", "IT Spezialisten": people, described
    return candidate if _a_firm(candidate) or town_after else None


# "Kettleworks, 12 of us, B2B SaaS.", "(Ridgeline Plastics, ~300 employees, Ohio)": capitalised words opening a sentence
# or a bracket, then the firm's head count, in the seven languages.
_FIRM_THEN_SIZE = lazy_compile(
    r"(?:^|[.!?]\s+|\(\s*)(?P<company>[A-ZÀ-Þ][\w&'’-]*(?:\s+[A-ZÀ-Þ][\w&'’-]*){0,3}),\s*"
    r"(?:~|about |around |approx\.? |ca\.? |rund |etwa |environ |unos |circa |cerca de |ongeveer |aprox\.? )?\d[\d,.]*\+?\s*"
    r"(?i:of us|employees|staff|people|ftes?|mitarbeiter\w*|besch(?:ä|ae)ftigte|salari(?:é|e)s|employ(?:é|e)s|personnes|empleados|personas|trabajadores|"
    r"dipendenti|persone|medewerkers|werknemers|funcion(?:á|a)rios|colaboradores|pessoas)\b")


def _firm_then_size(original: str) -> str | None:
    """The firm named right before its head count, unless the words are a place, a person, a greeting or a tool."""
    m = _FIRM_THEN_SIZE.search(original)
    if not m:
        return None
    candidate = m.group("company")
    words = candidate.split()
    if (candidate.lower() in _NOT_NAMES or words[0].lower() in _NOT_NAMES or words[0].casefold() in _GIVEN_NAMES or _a_person(candidate)
            or places.is_place(candidate.lower()) or tools.tech_stack(Text.of(candidate), None) or _titled(candidate)):
        return None
    return candidate


# Where the visitor works, right after the title they give ("Tom Becker, CFO, Northwind Freight", "directora de marketing
# en Grupo Almazara", "hoofd marketing bij Bakkerij Van Dam", "Geschäftsführer bei Holzbau Becker"): a comma or a word for
# "at" in one of the seven languages, then capitalised words.
_AFTER_TITLE = lazy_compile(
    r"(?:\s+[a-zà-ÿ&-]+){0,3}?\s*(?:,\s*|\s+(?:at|@|bei|bij|chez|presso|en|na|no|em|di|da|für|for|voor|pour|para|per)\s+)"
    r"(?P<company>[A-ZÀ-Þ][\w&'.-]*(?:\s+(?:[A-ZÀ-Þ][\w&'.-]*|&|and|of|van|von|de|du|del|der|di|da|do))*)"
)


def _after_title(text: Text, taken: set[str]) -> str | None:
    from nlu import titles  # as in _titled

    if _AFTER_TITLE.search(text.original) is None:
        # No firm after a title anywhere (a match after the title is a match somewhere): most messages, and looking for
        # the title costs far more than this one search.
        return None
    found = titles.seniority_of(text)
    if found is None:
        return None
    m = _AFTER_TITLE.match(text.original, found[2])
    if not m:
        return None
    candidate = re.sub(r"(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bSt)(?<!\b[A-Z])\.(?:\s.*)?$", "", m.group("company"))
    candidate = re.sub(r"(?:\s+(?:and|of|&|van|von|de|du|del|der|di|da|do))+$", "", candidate)
    words = candidate.split()
    if (not words or words[0].lower() in _NOT_NAMES or words[0].lower() in _NEVER_NAMES or candidate.lower() in taken
            or _SKIP_COMPANY.match(candidate) or places.is_place(candidate.lower()) or places.is_demonym(candidate)
            or _titled(candidate) or _a_person(candidate) or titles.is_function(candidate)):
        return None  # ("Senior Manager, Performance Marketing": the title's function, not a firm)
    return _clean(candidate)
