"""Authority: the visitor's job title, its seniority and their part in the decision.

Titles are read for the visitor only: "our CEO signs off" names somebody
else's title and says the visitor is an influencer, not a C-level.

Who decides, one rule in the seven languages: a visitor who states that they
decide is a decision maker, alone or together with someone ("I decide",
"c'est moi qui décide avec mon frère", "I decide jointly with our CFO",
"decido io insieme all'altro socio", "we decide together"); a visitor who
takes part in a decision without saying they make it is an influencer ("ich
entscheide mit", "ik beslis mee", "I co-decide", "I have a say", "I'm
involved in the decision", "I recommend, my boss decides"), as is one who
says someone else decides or approves. Holding the money is deciding: "I hold the purse strings", "ik beheer het
budget" make a decision maker, "she holds the purse strings", "c'est elle qui tient les cordons de la bourse" or
meeting one's MD "to decide" an influencer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlu.attributes import Authority
from nlu.patterns import lazy_compile
from nlu.text import Text, plain

_LEVELS = (
    ("vp", r"\b(?:s\.?v\.?p|e\.?v\.?p|a\.?v\.?p|v\.?p|vice[- ]president|vice[- ]pres|vicepresident|vice president)\b\.?"),
    ("c_level", r"\b(?:c[efmtoriadps]o|chro|cxo|cgo|cbo|cco|cco|ciso|cvo|chief [a-z&-]+(?: [a-z&-]+){0,3} officer|chief executive|chief [a-z]+|"
                r"gesch(?:ä|ae)ftsf(?:ü|ue)hr(?:er|erin|ung)|inhaber(?:in)?|vorstand(?:svorsitzender)?|gr(?:ü|ue)nder(?:in)?|pdg|directeur g(?:é|e)n(?:é|e)ral|directrice g(?:é|e)n(?:é|e)rale|"
    r"g(?:é|e)rante?|fondat(?:eur|rice)|director general|directora general|gerente general|due(?:ñ|n)[oa]|(?:co-?)?propietari[oa]|fundador(?:a)?|"
    r"amministratore[- ]delegato|titolare|eigenaar|oprichter|algemeen directeur|"
    r"co-?founders?|founders?|founding partner|co-?owner|(?<!product )(?<!process )(?<!account )(?<!budget )(?<!home )(?<!project )(?<!data )(?<!content )(?<!channel )(?<!page )(?<!business process )owner|"
                r"proprietor|(?<!vice )(?<!vice-)(?<!vice)president|managing director|md(?=\s+(?:of|at|for|here)\b)|md(?=\s+(?:and|&)\s+(?:(?:majority|main|sole|largest|co-?)\s*)?(?:shareholder|owner|founder|partner))|"
                r"(?:majority|main|sole|largest|controlling) (?:shareholder|stakeholder)|(?<=\bthe )md\b|(?<=\bi'm )md\b|(?<=\bi am )md\b|(?<=^)md(?=\s*(?:[-–—:;.!(]|$|,\s*(?:i|i'm|it|it's|my|me|and|so)\b))|managing partner|general partner|"
                # "Hartley & Partners", "Smith and Partners": the firm's name, not the visitor's title
                r"(?:senior |equity |name |named |founding |managing )?(?<!& )(?<!&)(?<!\band )(?<!\bund )(?<!\ben )(?<!\bet )(?<!\by )(?<!\be )(?:partner(?= at| in| of|$|,|;|\.| and| here)|partners(?= at| in| of|$|,|;|\.| and))|principal(?! (?:engineer|consultant|designer|architect|scientist|analyst|developer|product|pm|researcher|writer|strategist|data))|"
                r"chair(?:man|woman|person)?|head ?teacher|headmaster|headmistress|board member|exec(?:utive|\.)? director|sole trader|self[- ]employed|"
                # "me and my cofounder run a 4 person fintech": the visitor is the other founder
                r"(?:me|i|myself) (?:and|&) my (?:co-?founders?|business partners?|co-?owners?) (?:run|own|started|founded|built|set up|manage|decide|make the decisions|take the decisions)|"
                r"(?:mein(?:e)? (?:mitgr(?:ü|ue)nder(?:in)?|gesch(?:ä|ae)ftspartner(?:in)?) und ich|(?:mon associ(?:é|e)e?|mon co-?fondat(?:eur|rice)) et moi|(?:mi socio|mi socia|mi cofundador(?:a)?) y yo|"
                r"eu e (?:o meu s(?:ó|o)cio|a minha s(?:ó|o)cia|o meu cofundador)|io e (?:il mio socio|la mia socia|il mio co-?fondatore)|(?:mijn compagnon|mijn mede-?oprichter|mijn zakenpartner) en ik)"
                r"(?= (?:leiten|f(?:ü|ue)hren|haben|dirigeons|g(?:é|e)rons|avons|dirigimos|llevamos|tenemos|gerimos|temos|gestiamo|abbiamo|runnen|leiden|hebben|zijn|"
                # deciding together: "mi socio y yo decidimos", "mein Geschäftspartner und ich entscheiden"
                r"entscheiden|d(?:é|e)cidons|prenons|decidimos|tomamos|decidiamo|prendiamo|beslissen|nemen))|"
                r"the boss|big boss|head honcho|solopreneur|entrepreneur|i own|"
                # owning it with someone, said with the verb: "I co-own it with my sister", "we co-own the shop", "my
                # brother and I own it"
                r"i co-?own|we (?:both )?co-?own|my [a-z-]+ and (?:i|me) (?:co-?)?own|(?:i|me) and my [a-z-]+ (?:co-?)?own|i run (?:the|my|our|a) (?:company|business|agency|firm|shop|store|practice|studio|restaurant|clinic|startup|place)|"
                r"my (?:own )?(?:company|business|startup|firm|agency|practice)\b(?! is)|run my own|"
                # a business the visitor has or runs: "I have a clinic", "tenho uma clínica", "ho un ristorante", "ik heb een praktijk"
                r"(?:i (?:have|run|own)|ich (?:habe|f(?:ü|ue)hre|leite|betreibe)|j'ai|je (?:dirige|g(?:è|e)re|tiens)|tengo|dirijo|llevo|tenho|ho|gestisco|dirigo|ik (?:heb|run|leid|bezit))\s+"
                r"(?:(?:a|an|my|own|small|little|family|eine?n?|meine?n?|kleine?n?|un|une|ma|mon|petite?|una|uno|um|uma|mi|pequeñ[oa]|pequen[oa]|piccol[oa]|il mio|la mia|een|mijn|eigen|kleine?)\s+){1,3}"
                r"(?:(?:physio|dental|beauty|hair|nail|vet|pet|coffee|design|dance|yoga|tattoo)\s+)?"
                r"(?:[a-zäöüß]*(?:praxis|praktijk|salon|laden|gesch(?:ä|ae)ft|winkel|zaak|kanzlei|kantoor|studio|bedrijf|betrieb)|clinics?|cl(?:í|i)nicas?|cliniques?|klini(?:k|ek)(?:en)?|cabinet|consult(?:ó|o)rio|practices?|shops?|stores?|lojas?|tiendas?|boutiques?|negozio|winkels?|laden|"
                r"restaurants?|restaurantes?|ristorant[ei]|salons?|sal(?:ã|a)o|sal(?:ó|o)n|salone|studios?|est(?:ú|u)dio|ateliers?|bakery|bakeries|padaria|panader(?:í|i)a|boulangerie|panetteria|bakkerij|b(?:ä|ae)ckerei|"
                r"caf(?:é|e)s?|bars?|hotels?|gyms?|academia|palestra|sportschool|agency|agencies|ag(?:ê|e)ncia|agencia|agence|agenzia|agentur|bureau|"
                r"company|companies|empresas?|entreprises?|aziend[ae]|bedrijf|firma|unternehmen|business(?:es)?|neg(?:ó|o)cios?|attivit(?:à|a)|zaak|gesch(?:ä|ae)ft|"
                r"farm|fazenda|granja|fattoria|boerderij|bauernhof|garage|oficina|officina|werkstatt|workshop)\b|"
                # the business called theirs: "it's my clinic", "my own salon", "c'est ma boutique", "è il mio ristorante"
                r"(?:it'?s|its|it is) my (?:own )?(?:clinic|shop|store|salon|restaurant|studio|bakery|caf(?:é|e)|gym|surgery|pub|bar|hotel|place|garage|workshop|farm)\b|"
                r"my own (?:clinic|shop|store|salon|restaurant|studio|bakery|caf(?:é|e)|gym|pub|bar|hotel|garage|workshop|farm)\b|"
                r"(?:es ist|das ist) meine? (?:eigene[sn]? )?(?:praxis|laden|gesch(?:ä|ae)ft|firma|unternehmen|agentur|salon|restaurant|caf(?:é|e)|studio|betrieb|kanzlei|werkstatt|hotel)\b|"
                r"c'est (?:mon|ma) (?:propre )?(?:clinique|cabinet|boutique|magasin|entreprise|soci(?:é|e)t(?:é|e)|bo(?:î|i)te|affaire|salon|restaurant|caf(?:é|e)|studio|agence|atelier|h(?:ô|o)tel|commerce)\b|"
                r"es mi (?:propi[oa] )?(?:cl(?:í|i)nica|tienda|empresa|negocio|restaurante|consulta|sal(?:ó|o)n|estudio|bar|hotel|taller)\b|"
                r"(?:é|e) (?:a |o )?(?:minha|meu) (?:pr(?:ó|o)pri[oa] )?(?:cl(?:í|i)nica|loja|empresa|neg(?:ó|o)cio|restaurante|consult(?:ó|o)rio|sal(?:ã|a)o|est(?:ú|u)dio|bar|hotel|oficina)\b|"
                r"(?:è|e) (?:il mio|la mia) (?:clinica|negozio|azienda|attivit(?:à|a)|ristorante|studio|salone|bar|hotel|officina)\b|"
                r"(?:het is|dit is) mijn (?:eigen )?(?:praktijk|winkel|bedrijf|zaak|restaurant|salon|studio|kantoor|hotel|garage)\b|i started (?:the|this|our) (?:company|business)|started the company|business owner|small business owner|"
                # the business the visitor started, opened or set up, with or without "I": "started the gym in 2019 after
                # leaving the army", "we opened the salon in 2015" ("my dad started the business" is his)
                r"(?:^|(?<=[.;!?,(] )|(?<=\bi )|(?<=\bwe )|(?<=\bi've )|(?<=\bwe've )|(?<=\bi have )|(?<=\bwe have )|(?<=\bi also )|(?<=\band )|(?<=\bso ))"
                r"(?:started|founded|co-?founded|opened|set up|launched|built up|established)\s+(?:the|this|our|my|a|an)\s+(?:own\s+|small\s+|little\s+|first\s+)?"
                r"(?:company|business|firm|agency|studio|gym|salon|clinic|shop|store|practice|restaurant|caf(?:é|e)|bakery|brewery|startup|start-up|brand|bar|pub)\b(?!\s+(?:membership|account|app|page|website|site|project)\b))\b"),
    ("director", r"\b(?:(?:dept\.?|department|division|unit|practice|section|office) head\b|(?:[a-zäöüß]+-)?[a-zäöüß]*(?:directeur|directrice|direktor(?:in)?)|(?:vertriebs|verkaufs|marketing|einkaufs|personal|finanz|technik|entwicklungs|produktions|abteilungs|bereichs|it-)chef(?:in)?|directora?(?= de| of)|jefe de|jefa de|"
                 r"(?!(?:team|gruppen|projekt|schicht|filial|standort)leit)[a-zäöüß]*leiter(?:in)?|leiter(?:in)? [a-zäöü]+|(?:senior |sr\.? |associate |assoc\.? |group |global |regional |executive |creative |art |managing )?director|dir\b\.?|"
                 r"head(?! of state)(?= of)|(?:marketing|sales|growth|digital|product|brand|content|ops|operations|finance|it|hr|people|engineering|design|seo|ecommerce|e-commerce|technology|tech|data|customer success|partnerships|comms|communications|demand gen|revenue|business development|strategy|creative|media|paid media|performance|commercial|partnerships|events|innovation|community|procurement|purchasing|admin|bd|biz ?dev)\s+head\b|"
                 r"i head (?:it |this |that |them |the team |the department )?up\b|i head (?:the )?(?:marketing|sales|growth|digital|product|brand|content|operations|ops|it|finance|hr|fundraising|development|comms|communications)\b(?! team)|"
                 r"i lead (?:the )?(?:marketing|sales|growth|digital|product|brand|content|operations|ops|it|finance)(?! team)|i run (?:the )?(?:marketing|sales|growth|digital|ops|operations|it|finance|hr)(?: department| dept| function| org)?)"),
    # a general manager ("I'm the GM") is a manager, as the contract's "manager" says
    ("manager", r"\b(?:(?:senior |sr\.? |assistant |asst\.? |associate |junior |jr\.? )?(?:manager|manger|mgr|mngr|managr)\b\.?|gm\b|team ?lead(?:er)?|supervisor|"
                r"(?:marketing|growth|sales|tech|project|product|design|content|seo|digital|engineering|ops|operations|brand|crm|cx|community|comms|communications|pr|events|media|studio|office|store|shop|practice|partnerships|creative|social|performance|data|analytics|program|programme|hr|people|finance|revops|ppc|paid|email|web|ecommerce|e-commerce|pod|squad|account|campaign|demand gen|demand generation|lifecycle|it|bd|sdr|bdr)\s+lead(?!s|\s+gen|\s+generation|\s+scoring|\s+magnet|\s+nurtur|\s+flow|\s+quality|\s+form)\b|"
                r"i manage|i'?m managing|i oversee|in charge of|responsible for (?:the )?(?:marketing|sales|growth|team)|i lead (?:a|the|our|my) (?:[a-z-]+ ){0,2}team|foreman|shift lead)"),
    ("individual_contributor", r"\b(?:specialist|analyst|coordinator|co-ordinator|coord|associate|assistant|(?<!chief )(?<!account )executive(?! director| team| assistant)|"
                               r"engineer|developer|dev|designer|consultant|intern|internship|student|representative|rep|sdr|bdr|ae|account executive|"
                               r"strategist|admin|administrator|(?<!chief )officer|junior|jr|marketer|writer|copywriter|editor|planner|buyer|accountant|"
                               r"recruiter|researcher|scientist|programmer|architect|trainee|apprentice|contractor|freelancer|freelance|"
                               r"team member|member of (?:the|our) (?:marketing |sales )?team|on the (?:marketing|sales|growth|digital|content|ops) team|"
                               r"i work in (?:marketing|sales|ops|operations|digital|it|finance|growth)|clerk|agent|advisor|adviser|technician|generalist|"
                               r"nurse|teacher|professor|receptionist|secretary|employee|staff member|social media person|marketing person|"
                               r"exec(?! team| director)|product owner|\bpm\b|ea|pa|personal assistant|individual contributor|ic|just an? (?:employee|worker))\b"),
)
# The same levels in the other languages visitors write (issue 15). Romance titles put the head
# noun first ("directeur commercial", "gerente de marketing"), German and Dutch join it to the
# function ("Marketingleiter", "marketingmanager"); a word that is also a function ("commercial")
# is no title of its own here, so the head noun is not overruled by what follows it.
_LOCAL_LEVELS = (
    ("c_level", "de", r"(?:junior|senior)-?chef(?:in)?|(?<=\bbin der )chef|(?<=\bbin die )chefin|(?:mit|co-?|haupt)?gesch(?:ä|ae)ftsf(?:ü|ue)hr(?:er|erin|ung)|generaldirektor(?:in)?|gesch(?:ä|ae)ftsleitung|(?:mit|allein|gesch(?:ä|ae)fts)?inhaber(?:in)?|(?:mit)?eigent(?:ü|ue)mer(?:in)?|"
                      r"(?:mit)?gr(?:ü|ue)nder(?:in)?|vorstand\w*|selbstst(?:ä|ae)ndig(?:er|e)?|selbst(?:ä|ae)ndig(?:er|e)?|unternehmer(?:in)?|"
                      # "ich bin Partnerin", "als Partner": a partner of the firm ("Müller & Partner" is the firm's name, and
                      # "Geschäftspartner" somebody the firm works with)
                      r"(?:gesch(?:ä|ae)ftsf(?:ü|ue)hrende[rn]? )?(?:allein)?gesellschafter(?:in)?|teilhaber(?:in)?|(?<!& )(?<!&)(?<!\bund )(?:senior-?|equity-?)?partnerin|"
                      r"(?<=\bbin )partner|(?<=\bals )partner|(?<=\bbin ein )partner|(?:senior|equity)-?partner|"
                      # one of several: "ich bin einer der Partner (und entscheide mit)", "eine der Partnerinnen"
                      r"(?<=\beiner der )partner|(?<=\beine der )partner(?:innen)?|(?<=\beiner unserer )partner|(?<=\beine unserer )partner(?:innen)?"),
    ("c_level", "fr", r"pdg|p\.d\.g\.?|directeur[- ]g(?:é|e)n(?:é|e)ral|directrice[- ]g(?:é|e)n(?:é|e)rale|co-?g(?:é|e)rante?|g(?:é|e)rante?|(?:co-?)?fondat(?:eur|rice)|"
                      r"pr(?:é|e)sidente?|dirigeante?|chef d'entreprise|patron(?:ne)?|(?:co-?)?propri(?:é|e)taire|associ(?:é|e)e?|(?<=\bdes )associ(?:é|e)e?s|(?<=\bdeux )associ(?:é|e)e?s|auto-?entrepreneur|ind(?:é|e)pendante?|entrepreneure?"),
    ("c_level", "es", r"director(?:a)? general|gerente general|consejer[oa] delegad[oa]|due(?:ñ|n)[oa]|propietari[oa]|(?:co-?)?fundador(?:a)?|soci[oa](?: fundador(?:a)?| director(?:a)?)?|(?<=\blos )socios|(?<=\blas )socias|(?<=\bdos )socios|"
                      r"presidente|presidenta|aut(?:ó|o)nom[oa]|emprendedor(?:a)?|empresari[oa]"),
    ("c_level", "pt", r"diretor(?:a)?[- ](?:geral|executiv[oa]|presidente)|(?:co-?)?fundador(?:a)?|s(?:ó|o)ci[oa](?:-| )?(?:fundador(?:a)?|diretor(?:a)?|administrador(?:a)?|propriet(?:á|a)ri[oa])?|"
                      r"(?<=\bdos )s(?:ó|o)cios|(?<=\bdas )s(?:ó|o)cias|don[oa](?= d[aeo]s? )|(?<=\bo )dono\b|(?<=\ba )dona\b|(?:co-?)?propriet(?:á|a)ri[oa]|presidente|empres(?:á|a)ri[oa]|aut(?:ô|o)nom[oa]|empreendedor(?:a)?"),
    ("c_level", "it", r"amministrat(?:ore|rice)[- ](?:delegat[oa]|unic[oa])|titolare|(?:co-?)?fondat(?:ore|rice)|soci[oa](?: fondat(?:ore|rice))?|(?<=\bdei )soci|(?<=\bdelle )socie|(?<=\bdue )soci|(?:com|co-?)?propri(?:e)?tari[oa]|"
                      r"presidente|diret(?:tore|trice)[- ]generale|imprendit(?:ore|rice)|liber[oa] professionista"),
    # the business the visitor founded or opened, in the other six: "hab das Studio 2019 gegründet", "j'ai ouvert mon
    # restaurant en 2015", "fundé la agencia", "abri a loja em 2018", "ho aperto la palestra", "ik heb de zaak in 2019 opgericht"
    ("c_level", "all", r"(?:(?<=\bich )|(?<=\bwir )|^)(?:habe|hab|haben) (?:das|die|den|mein\w*|unser\w*) [\wäöüß-]+ (?:[\wäöüß]+ ){0,3}(?:gegr(?:ü|ue)ndet|er(?:ö|oe)ffnet|aufgebaut)|"
                       r"(?:j'ai|nous avons|on a) (?:fond(?:é|e)|cr(?:é|e)(?:é|e)|ouvert|lanc(?:é|e)|mont(?:é|e)) (?:l'|la |le |ma |mon |notre )(?:agence|entreprise|soci(?:é|e)t(?:é|e)|boutique|salle|studio|salon|cabinet|clinique|restaurant|caf(?:é|e)|boulangerie|magasin|startup|marque|bar)|"
                       r"(?:fund(?:é|e)|abr(?:í|i)|mont(?:é|e)|cre(?:é|e)|fundamos|abrimos|montamos|creamos) (?:la|el|mi|nuestr[oa]) (?:empresa|negocio|agencia|cl(?:í|i)nica|tienda|gimnasio|estudio|restaurante|despacho|bar|startup|marca)|"
                       r"(?:fundei|abri|montei|criei) (?:a |o )?(?:minha |meu |nossa |nosso |a |o )(?:empresa|neg(?:ó|o)cio|ag(?:ê|e)ncia|cl(?:í|i)nica|loja|academia|est(?:ú|u)dio|restaurante|escrit(?:ó|o)rio|bar|startup|marca)|"
                       r"(?:ho|abbiamo) (?:fondato|aperto|avviato|creato) (?:la |il |lo |l')?(?:mia |mio |nostr[oa] )?(?:azienda|attivit(?:à|a)|agenzia|clinica|negozio|palestra|studio|ristorante|societ(?:à|a)|bar|startup|marchio)|"
                       r"(?:ik heb|wij hebben|we hebben) (?:de|het|mijn|onze|ons) (?:\w+ ){1,3}(?:opgericht|geopend|opgezet)"),
    # the firm said to be the visitor's own, with or without someone else: "der Betrieb gehört mir (und meinem Bruder)",
    # "l'entreprise m'appartient", "la empresa es mía", "a empresa é minha", "l'azienda è mia", "de zaak is van mij"
    ("c_level", "all", r"(?:die firma|das unternehmen|der betrieb|der laden|das gesch(?:ä|ae)ft|die praxis) geh(?:ö|oe)rt mir|mir geh(?:ö|oe)rt (?:die firma|das unternehmen|der betrieb|der laden|das gesch(?:ä|ae)ft|die praxis)|"
                       r"(?:l'entreprise|la soci(?:é|e)t(?:é|e)|la bo(?:î|i)te|l'affaire|le commerce) (?:m'appartient|est (?:(?:à|a) )?moi)|"
                       # ... and in English: "the company is mine", "the business is all mine"
                       r"(?:the|this) (?:company|business|firm|agency|shop|store|practice|clinic|restaurant|salon|studio) is (?:all )?mine\b|"
                       r"(?:la empresa|la compa(?:ñ|n)(?:í|i)a) es m(?:í|i)a|(?:el negocio|el despacho|el estudio) es m(?:í|i)o|(?:a empresa|o neg(?:ó|o)cio) (?:é|e) (?:minha|meu)|"
                       r"(?:l'azienda|l'attivit(?:à|a)|la ditta|la societ(?:à|a)) (?:è|e) mia|(?:il negozio|lo studio|il ristorante) (?:è|e) mio|(?:het bedrijf|de zaak|de onderneming) is van mij"),
    ("c_level", "nl", r"eigena(?:ar|res)|mede-?eigena(?:ar|res)|enige? (?:aandeelhouder|eigena(?:ar|res))|(?:mede-?)?oprichter|oprichtster|algemeen directeur|directeur[- ](?:eigenaar|grootaandeelhouder)|dga|"
                      r"zaakvoer(?:der|ster)|bestuurder|ondernemer|zelfstandige|zzp'?er|vennoot|(?<=\bvan de )(?:vennoten|partners)|"
                      r"(?<=\bben )partner|(?<=\bals )partner|(?<=\bben een )partner|(?<=\bben één van de )partners"),
    # titles in shorthand, read only as the visitor's own (``_SHORTHAND``): "bin GF", "je suis DG", "DAF ici", "sono AD",
    # "soy DG", "je suis DRH", "sono resp. marketing"
    ("c_level", "all", r"gf|gl|dg|daf|ad|dga|"
                       # the majority owner: "actionnaire majoritaire", "accionista mayoritario", "sócio maioritário", "socio di maggioranza"
                       r"actionnaire (?:majoritaire|principal)|accionista (?:mayoritari[oa]|principal)|(?:s(?:ó|o)ci[oa]|acionista) (?:maiorit(?:á|a)ri[oa]|principal)|"
                       r"(?:socio|azionista) (?:di maggioranza|principale)|(?:meerderheids|groot)aandeelhouder|mehrheits(?:gesellschafter|eigent(?:ü|ue)mer|aktion(?:ä|ae)r)(?:in)?"),
    ("director", "all", r"drh|dsi|dircom|dir\. ?gral\.?|dir\. ?g(?:é|e)n(?:é|e)ral"),
    ("manager", "all", r"resp\.|gte\."),
    ("vp", "all", r"vice-?pr(?:é|e)sident(?:e|a)?|vicepresident(?:e|a)?"),
    ("director", "de", r"(?!(?:team|gruppen|projekt)leitung)[a-zäöüß]*leitung|leitung [a-zäöü]+|prokurist(?:in)?"),
    ("director", "es", r"director(?:a|es)?|jef[ea] de departamento"),
    ("director", "pt", r"diretor(?:a|es)?|diretoria|head de|chefe de"),
    ("director", "it", r"diret(?:tore|trice)|dirigente|capo (?:del|della|dell'|dei|delle)\b"),
    ("director", "nl", r"hoofd [a-z]+|afdelingshoofd|bedrijfsleider"),
    # a function the visitor handles, said with the verb: "manejo marketing y ventas", "je gère le marketing", "cuido do
    # comercial", "gestisco le vendite", "ich verantworte den Vertrieb", "ik doe de marketing"
    # a function the visitor heads, said with the verb, as "I lead the marketing" is: "ich leite das Marketing", "je
    # dirige le marketing", "dirijo el marketing", "dirijo o comercial", "dirigo le vendite", "ik leid de marketing"
    ("director", "all", r"(?:ich leite|je dirige|dirijo|dirigo|ik leid|ik leid(?:e)?)\s+(?:(?:el|la|los|las|o|a|os|as|le|la|les|il|lo|i|gli|le|"
                        r"den|die|das|de|het)\s+|l')?(?:parte (?:de |del )?)?(?:marketing|ventas|vendas|vendite|ventes|vertrieb|verkauf|verkoop|sales|"
                        r"comercial|commerciale|commercial|compras|achats|acquisti|einkauf|inkoop|comunicaci(?:ó|o)n|comunica(?:ç|c)(?:ã|a)o|communication|"
                        r"comunicazione|kommunikation|communicatie|digital|online|e-?commerce|it|finan\w+|personal|rh|rrhh|hr|produ\w+|operations|opera\w+)\b"),
    ("manager", "all", r"(?:manejo|llevo|gestiono|cuido d[oa]s?|giro|je g(?:è|e)re|je m'occupe d(?:u|e la|es|e l')|gestisco|curo|seguo|"
                       r"ich verantworte|ich betreue|ik doe|ik beheer|ik regel)\s+(?:(?:el|la|los|las|o|a|os|as|le|la|les|il|lo|i|gli|le|"
                       r"den|die|das|de|het)\s+|l')?(?:parte (?:de |del )?)?(?:marketing|ventas|vendas|vendite|ventes|vertrieb|verkauf|verkoop|sales|"
                       r"comercial|commerciale|commercial|compras|achats|acquisti|einkauf|inkoop|comunicaci(?:ó|o)n|comunica(?:ç|c)(?:ã|a)o|communication|"
                       r"comunicazione|kommunikation|communicatie|redes sociales|redes sociais|social media|digital|online|web)"),
    ("manager", "de", r"(?:team|gruppen|projekt|schicht|filial|standort)leit(?:er|erin|ung)|[a-zäöüß]*managerin|[a-zäöüß]+manager"),
    ("manager", "fr", r"responsable|chef de (?:projet|service|produit|rayon|(?:é|e)quipe|secteur|groupe)|chef d'(?:é|e)quipe|encadrant(?:e)?"),
    ("manager", "es", r"gerente|responsable|encargad[oa]|supervisor(?:a)?"),
    ("manager", "pt", r"gerente|gestor(?:a)?|supervisor(?:a)?|encarregad[oa]|respons(?:á|a)vel"),
    ("manager", "it", r"responsabile|capo ?(?:reparto|progetto|squadra|team|ufficio)|capoufficio|caporeparto|supervisore"),
    ("manager", "nl", r"teamleid(?:er|ster)|(?:verkoop|sales|marketing|afdelings|vestigings|filiaal|winkel|ploeg|groeps|productie)leid(?:er|ster)|leidinggevende|projectleid(?:er|ster)|[a-z]+manager"),
    ("individual_contributor", "de", r"werkstudent(?:in)?|praktikant(?:in)?|azubi|auszubildende[r]?|trainee|(?:[a-zäöüß]+-?)?referent(?:in)?|(?:[a-zäöüß]+-?)?sachbearbeiter(?:in)?|assistent(?:in)?|"
                                     r"spezialist(?:in)?|berater(?:in)?|entwickler(?:in)?|eink(?:ä|ae)ufer(?:in)?|angestellte[r]?|kauf(?:mann|frau)|student(?:in)?|"
                                     r"freiberufler(?:in)?|vertriebler(?:in)?|verk(?:ä|ae)ufer(?:in)?|buchhalter(?:in)?|redakteur(?:in)?|texter(?:in)?|analyst(?:in)?|"
                                     r"techniker(?:in)?|ingenieur(?:in)?|"
                                     # the function joined to the title: "Marketingkoordinatorin", "Vertriebsassistent"
                                     r"[a-zäöüß]*(?:koordinator(?:in)?|spezialist(?:in)?|assistent(?:in)?|berater(?:in)?|entwickler(?:in)?|analyst(?:in)?|designer(?:in)?)"),
    ("individual_contributor", "fr", r"stagiaire|alternante?|apprentie?|assistante?|charg(?:é|e)e? (?:de|d')|consultante?|d(?:é|e)veloppeu(?:r|se)|ing(?:é|e)nieure?|comptable|"
                                     r"acheteu(?:r|se)|employ(?:é|e)e?|technicien(?:ne)?|conseill(?:er|ère)|(?:é|e)tudiante?|sp(?:é|e)cialiste|analyste|graphiste|r(?:é|e)dact(?:eur|rice)"),
    ("individual_contributor", "es", r"becari[oa]|practicante|pasante|analista|asistente|t(?:é|e)cnic[oa]|consultor(?:a)?|vendedor(?:a)?|emplead[oa]|estudiante|"
                                     r"coordinador(?:a)?|especialista|desarrollador(?:a)?|programador(?:a)?|dise(?:ñ|n)ador(?:a)?|auxiliar|administrativ[oa]|contador(?:a)?|"
                                     r"ejecutiv[oa] de (?:cuentas|ventas)|comprador(?:a)?"),
    ("individual_contributor", "pt", r"estagi(?:á|a)ri[oa]|analista|assistente|consultor(?:a)?|vendedor(?:a)?|coordenador(?:a)?|especialista|desenvolvedor(?:a)?|"
                                     r"programador(?:a)?|funcion(?:á|a)ri[oa]|estudante|t(?:é|e)cnic[oa]|auxiliar|aprendiz|contador(?:a)?|executiv[oa] de (?:contas|vendas)|comprador(?:a)?"),
    ("individual_contributor", "it", r"stagista|tirocinante|impiegat[oa]|analista|assistente|consulente|specialista|sviluppat(?:ore|rice)|programmat(?:ore|rice)|"
                                     r"student(?:e|essa)|tecnico|addett[oa]|collaborat(?:ore|rice)|coordinat(?:ore|rice)|commercialista|venditore|contabile"),
    ("individual_contributor", "nl", r"stagiair(?:e)?|[a-z]*medewerker|[a-z]*medewerkster|adviseur|analist|assistent(?:e)?|ontwikkelaar|werkstudent|verkoper|marketeer|"
                                     r"co(?:ö|o)rdinator|boekhouder|ontwerper|inkoper|inkoopster|"
                                     # the function joined to the title: "marketingcoördinator", "salesassistente"
                                     r"[a-z]*(?:co(?:ö|o)rdinator|specialist|adviseur|consultant|analist|assistent(?:e)?|ontwikkelaar|ontwerper)"),
)
# The owners of a firm named in the plural, a title only after "one of" ("I'm one of the owners", "uno dei titolari",
# "soy uno de los fundadores", "een van de eigenaren"): "the owners decide" names others.
_OWNERS_OF_SEVERAL = lazy_compile(
    r"\b(?:(?:co-?)?owners|inhaberinnen|inhaber|gr(?:ü|ue)nder(?:innen)?|gesellschafter(?:innen)?|(?:co-?)?fondat(?:eurs|rices)|g(?:é|e)rante?s|"
    r"due(?:ñ|n)[oa]s|(?:co-?)?fundador(?:es|as)|propietari[oa]s|don[oa]s|propriet(?:á|a)ri[oa]s|(?:co-?)?fondat(?:ori|rici)|titolari|proprietari[e]?|"
    r"(?:mede-?)?eigena(?:ren|ars)|oprichters|principals|(?:co-?)?propri(?:é|e)taires|(?:co-?)?founders|"
    # partners of the firm, counted or not: "one of the 3 partners", "l'un des 3 associés", "uno de los 2 socios", "um dos 3
    # sócios", "uno dei 3 soci", "een van de 2 vennoten", "einer der drei Teilhaber"
    r"partners|associ(?:é|e)e?s|soci[oa]s|s(?:ó|o)ci[oa]s|soci|socie|vennoten|teilhaber(?:innen)?|"
    # those who run it, several: "one of the three managing directors", "eine der zwei Geschäftsführerinnen"
    r"managing directors|co-?ceos|gesch(?:ä|ae)ftsf(?:ü|ue)hrer(?:innen)?|directeurs g(?:é|e)n(?:é|e)raux)(?!\w)"
)
# Directors named in the plural, likewise a title only after "one of": "soy uno de los dos directores", "sono uno dei due
# direttori", "sou um dos dois diretores", "einer der beiden Direktoren".
_DIRECTORS_OF_SEVERAL = lazy_compile(
    r"\b(?:directors|director(?:es|as)|diretor(?:es|as)|diret(?:tori|trici)|direct(?:eurs|rices)|directeuren|direktor(?:en|innen))(?!\w)")
_LEVEL_RES = tuple((name, lazy_compile(pattern)) for name, pattern in _LEVELS) + tuple(
    (name, lazy_compile(rf"\b(?:{pattern})(?!\w)")) for name, _language, pattern in _LOCAL_LEVELS
) + (("c_level", _OWNERS_OF_SEVERAL), ("director", _DIRECTORS_OF_SEVERAL))
_SEVERAL = (_OWNERS_OF_SEVERAL, _DIRECTORS_OF_SEVERAL)
# Any title at all, one search: most messages hold none, and one pass over them costs half of the passes of every
# level's pattern in turn (the patterns take no flags nor numbered groups, so their union matches where one of them does).
_ANY_LEVEL = lazy_compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _LEVEL_RES))
_ORDER = {"c_level": 0, "vp": 1, "director": 2, "manager": 3, "individual_contributor": 4}
# "lo decide il CFO", "das entscheidet bei uns der Vorstand": a third person's verb of deciding, then who.
_DECIDES_VERB = r"decide|decidir(?:á|a)|firma|aprueba|approva|assina|aprova|entscheidet|unterschreibt|genehmigt|beslist|tekent"
_ARTICLE = r"il|el|la|lo|l'|o|a|der|die|de|het|nostro|nostra|nuestro|nuestra|nosso|nossa|unser|unsere|onze"
_OTHERS = lazy_compile(
    r"(?:\b(?:my|our|their|his|her|your|the company'?s|with|to|from|by|ask|asking|tell|convince|ping|cc|loop in|report to|reports to|reporting to|under|for|"
    r"mein\w*|unser\w*|mit|mon|ma|notre|nos|avec|mi|mis|nuestr[oa]s?|con|meu|minha|nosso|nossa|com|mio|mia|nostr[oa]|mijn|onze|ons|met)\s+(?:(?:new|current|direct|own|line|company|boss,?|manager,?|the)\s+)?"
    r"(?:[a-z]+\s+)?$)|"
    # the title after someone else's verb of deciding: "das entscheidet der Geschäftsführer", "c'est le PDG qui"
    rf"\b(?:{_DECIDES_VERB})\s+(?:\w+\s+){{0,2}}?(?:{_ARTICLE})\s*$|\bc'est\s+(?:le|la|l')\s*$"
)
# A title followed by its own verb of deciding, in any of the seven languages: someone else, in the third person.
_DECIDES_AFTER = lazy_compile(
    # (the words between may be the other languages' own: "o sócio-gerente é que decide")
    r"[\w-]*(?:\s+(?:[\w.]+\s+){0,2}(?:usually|always|ultimately|then|still|also|normally|generally|immer|normalerweise|toujours|siempre|sempre|altijd)?\s*)"
    r"(?:signs|approves|decides|okays|oks|signs off|has (?:the )?(?:final|last) (?:say|word|call)|makes (?:the )?(?:final )?(?:call|decision)s?|"
    r"(?:needs|has|have|will need) to (?:sign|approve|okay|decide)|must (?:sign|approve)|(?:would|will) (?:sign|approve|decide)|holds the (?:budget|purse)|"
    r"owns the budget|controls the budget|gives the (?:final )?(?:ok|okay|go-ahead|green light)|"
    rf"{_DECIDES_VERB}|approvano|decidono|firmano|entscheiden|gibt frei|d(?:é|e)cide|signe|valide|approuve|tranche|deciden|aprueban|decidem|aprovam|keurt goed|keurt|beslissen|"
    # ... in the plural: "the two directors sign off on spend", "the partners decide", "the owners have the final say"
    r"sign off|sign|approve|decide|have (?:the )?(?:final|last) (?:say|word|call)|make (?:the )?(?:final )?(?:call|decision)s?)\b"
)
# A title followed by a third person's verb of wanting or saying, in the seven languages ("head teacher wants a new
# one", "der Schulleiter möchte", "il preside vuole"): someone else the visitor speaks of.
_WANTS_AFTER = lazy_compile(
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:(?:also|really|now|just|still|finally|already|auch|aussi|tambi(?:é|e)n|tamb(?:é|e)m|anche|ook)\s+)?"
    r"(?:wants|wanted|asked|asks|says|said|thinks|thought|needs|told|would like|is asking|has asked|insists|keeps (?:asking|saying|pushing)|"
    r"feels|believes|hates|likes|loves|agreed|decided|reckons|suggested|mentioned|is pushing|pushed|"
    r"m(?:ö|oe)chte|w(?:ü|ue)nscht|hat gesagt|sagt|meint|findet|veut|voudrait|a demand(?:é|e)|demande|dit|pense|trouve|"
    r"quiere|querr(?:í|i)a|pidi(?:ó|o)|pide|dice|dijo|cree|quer|queria|pediu|pede|disse|acha|vuole|vorrebbe|ha chiesto|chiede|ha detto|pensa|"
    r"wil|wilde|vroeg|vraagt|zegt|zei|vindt|denkt)\b"
)
# A definite article right before a title in free text names a person, not the visitor ("I'm the CEO" says it is them).
# "somos una consultora", "we're a recruiter": a title word with an indefinite article after "we are" is what the
# company is, not the visitor ("somos dos consultores" still says what the visitor is).
_WE_ARE_A = lazy_compile(r"\b(?:we'?re|we are|somos|siamo|wir sind|nous sommes|on est|we zijn|wij zijn)\s+"
                         r"(?:a|an|una|uno|un|un'|uma|um|eine|ein|een|une)\s+(?:[\w-]+\s+){0,2}$")
_DEFINITE_BEFORE = lazy_compile(r"(?:^|[^\w'])(?:the|der|die|das|den|dem|le|la|les|el|los|las|il|lo|gli|het)\s+$|(?:^|\W)l'$")
_SELF = lazy_compile(r"\b(?:i'?m \d{2}(?: years old| yo| y/o)?,? and|i'?m|i am|im|i work as|i (?:[a-z']+\s+){1,6}as|working as|my (?:title|role|position|job title|job) is|as (?:a|an|the)|i'?m the|i am the|title:|role:|me:|currently|i was|i serve as|serving as|i'm a|i'm an|i'm one of the|i'm one of|"
                   r"ich bin|ich arbeite als|als|je suis|je travaille comme|en tant que|soy|trabajo como|como|sou|trabalho como|sono|lavoro come|come|ik ben|ik werk als)\s+"
                   # (a word may hold an apostrophe: "je suis l'un des associés")
                   r"(?:(?:a|an|the|one of the|currently|just|also|actually|basically|der|die|ein|eine|le|la|un|une|el|una|o|um|uma|il|lo|uno|de|het|een|hier|aqui|aquí|ici|qui)\s+)*(?:(?:[a-zà-ÿ-]+(?:['’][a-zà-ÿ]+)?|\d{1,2})\s+){0,4}(?:l['’]|un['’]|[a-zà-ÿ]+-)?$")

# The title said first and the visitor after it, in the seven languages: "the owner is me", "CEO? that's me", "der Inhaber
# bin ich", "le patron c'est moi", "el dueño soy yo", "o dono sou eu", "il titolare sono io", "de eigenaar ben ik", or of
# several with the visitor among them ("i titolari siamo noi", "die Inhaber sind wir"). "The owner is my wife", "the
# owner? not me" name someone else.
_SELF_AFTER = lazy_compile(
    r"\s*(?:here|hier|ici|aqu(?:í|i)|qui|in this (?:company|business))?\s*[,:?!—–-]*\s*"
    r"(?:(?:is|are|'s|that'?s|it'?s|that is|it is) (?:me|myself|us)|me(?:\s*[,.!]|\s*$)|(?:das )?bin ich|(?:das )?sind wir|c'est moi|c'est nous|(?:ce )?sont nous|"
    r"soy yo|es(?:o soy)? yo|somos nosotr[oa]s|sou eu|somos n(?:ó|o)s|sono io|siamo noi|(?:dat )?ben ik|(?:dat )?zijn wij|(?:dat )?zijn we)(?![\w'])")

_PLURAL_SELF_AFTER = lazy_compile(r"\s*[,:?!—–-]*\s*(?:(?:is|'s|that'?s|it'?s|are|that is) us|(?:das )?sind wir|c'est nous|(?:ce )?sont nous|somos nosotr[oa]s|somos n(?:ó|o)s|siamo noi|(?:dat )?zijn w(?:ij|e))(?![\w'])")

_DECIDES = lazy_compile(
    r"\b(?:i (?:sign|approve|decide|authori[sz]e|control|hold|own|green[- ]?light)(?: off| the| all| on| our)?\b(?! to)(?! need)|"
    # making or calling it, said of the decision only: "I make the call", "I make all the decisions" ("I make the
    # recommendation", "I make furniture", "I call our clients" decide nothing)
    r"i make (?:all |the |our |every |most |any )*(?:final |big |key |buying |purchasing |spending |budget )?(?:calls?|decisions?)\b|"
    # the visitor one of those who sign: "I'm one of the two directors, we sign off together", "both of us sign"
    r"we (?:both |two |jointly )?(?:sign(?: off)?|approve)(?: (?:it|on it|on spend|on everything|off on it))? (?:together|jointly)|"
    r"(?:we both|we two|the (?:two|three) of us|both of us) (?:sign(?: off)?|approve)\b|"
    r"i'?m the (?:one|person) (?:who|that)(?:'ll| will| would|'d)? (?:sign|signs|decide|decides|approve|approves)\b|"
    r"i'?m (?:the |a |one of the |1 of the )?(?:final |main |key |primary |sole |ultimate )?(?:decision[- ]?maker|approver|signer|signatory|budget holder|budget owner|one who decides|one who signs|person who signs|person who decides)|"
    r"final (?:say|decision|call|sign[- ]?off|approval|word)(?: is| sits| rests| lies)? (?:mine|with me|on me|is me)|my (?:decision|call)\b|"
    r"it'?s (?:my|all my) (?:call|decision|budget)|(?<!not )up to me|i call the shots|buck stops with me|i have (?:the )?(?:final say|final word|authority|budget authority|sign[- ]?off|signing authority|full authority|purchasing authority|the budget|budget)|"
    r"i can (?:sign|approve|make the (?:final )?(?:decision|call)|decide|authori[sz]e|green[- ]?light)|i'?ll (?:be )?(?:the one )?(?:deciding|signing|approving|making the (?:final )?(?:call|decision))|"
    r"(?:i|me) makes? the (?:final )?(?:call|decision)|decision'?s? (?:is )?mine|i sign off|i approve|i decide|i hold the purse|i'?m the (?:one|person) (?:who|that) holds? the purse(?: strings)?|the purse strings are mine|"
    # "I'm the one holding the purse strings", "I'm the one signing off": the gerund says the same as "who holds"
    r"i'?m (?:the|actually the|really the) (?:one|person) (?:holding|signing|approving|deciding|controlling|making the (?:final )?(?:call|decision))\b(?! (?:back|out)\b)|"
    r"(?:the )?(?:budget|decision|call|final say|sign[- ]?off|money)(?:'s| is) (?:all |ultimately )?mine|i make the decisions|i make decisions|decision maker here|i'?m the decider|my budget|my sign[- ]?off|i am the decision maker|i own the budget|i own the decision|"
    r"(?:me|i) and my (?:co-?founder|cofounder|partner|business partner) (?:decide|make|sign|approve)|we(?: both| two)? decide|"
    # deciding with a relative or a partner, as the rewrite leaves the seven languages ("me and my father take the
    # decisions", "mi padre y yo tomamos las decisiones" -> "me and my father tomamos las decisiones", "mi socio y yo
    # decidimos", "ich und mein Vater entscheiden"): a decision taken together is the visitor's too
    r"(?:me|i) and my (?:[\w-]+ ){0,2}?(?:decide|decidimos|decidem|decidiamo|decidono|entscheiden|d(?:é|e)cidons|d(?:é|e)cident|beslissen|"
    r"(?:take|make|tomamos|prenons|prendiamo|nemen|treffen|fazemos) (?:the |all the |all |las |as |les |le |de |die |alle |todas las |todas as |tutte le )?"
    r"(?:decisions|decisiones|decis(?:õ|o)es|d(?:é|e)cisions|decisioni|beslissingen|entscheidungen))\b|(?:the (?:two|three|both) of us|both of us|we two) decide|i have the say|i'll sign)"
)
_INFLUENCES = lazy_compile(
    r"\b(?:(?:need|needs|require|requires|get|getting|have to get|must get|would need|will need|i'?ll need|need to get|needs to get)\s+(?:(?:final|the|a|an|formal|official|board|ceo|cfo|coo|owner'?s?|management|exec|executive|committee|boss'?s?|manager'?s?|partner|legal|finance|procurement|leadership|their|his|her|my|our|[a-z]+'s)\s+){0,2}(?:sign[- ]?off|approval|buy[- ]?in|the ok|ok|okay|go[- ]ahead|green light|a yes|blessing|permission|agreement|sign off)|"
    r"(?:need|needs|have to get|must get|will need|'ll need)\s+(?:my|our|the|their)\s+(?:[a-z]+\s+){0,2}?to\s+(?:sign|approve|okay|ok|green[- ]?light|agree|say yes)|"
    r"sign[- ]?off from|approval from|approved by|signed off by|(?:has|have) to be approved|needs? to be approved|"
    r"(?:(?:my|our|the)\s+)?(?:boss|ceo|cfo|cmo|coo|cto|cro|manager|director|vp|founder|co-?founder|owner|board|president|md|gm|partners?|head of [a-z]+|leadership|leadership team|management|execs?|exec team|executive team|committee|superior|supervisor|higher[- ]ups?|team|senior team|c-suite|managing director|line manager|finance team|finance|procurement|legal|marketing director|sales director|investors?)"
    # "my boss, the CMO, will make the call": a title put beside the first
    r"(?:\s*[,(]\s*(?:the |our |my )?[a-z]+(?: [a-z]+)?\s*[,)])?\s+"
    r"(?:(?:who|that|is the (?:one|person) (?:who|that)|are the (?:ones|people) (?:who|that))\s+)?(?:(?:would|will|usually|ultimately|always|then|has to|have to|needs to|need to|gets to|makes|make)\s+)?(?:decides?|approves?|signs?(?: off)?|makes? the (?:final )?(?:call|decision)|has (?:the )?(?:final|last)|have (?:the )?(?:final|last)|holds? the budget|owns? the budget|controls? the budget|calls? the shots|gives? the final|will decide|would decide|decision|decides|sign-off|signoff|approval|okays?|makes decisions|is the decision|are the decision)|"
    r"(?:i|i'll|i will|i'd|i would|i can|i make)\s+(?:(?:then|just|probably|likely)\s+)?(?:recommend|present|pitch|propose|report back|take (?:it|this) to|bring (?:it|this) to|run (?:it|this) by|pass (?:it|this) (?:on|along)|shortlist|make a recommendation|make the recommendations?|put together a recommendation|influence|make the case|share (?:it|this) with|forward|build the business case)|"
    r"(?:my|our|the) (?:boss|manager|ceo|director|owner|founder|cmo|vp|md|gm|head of \w+) (?:wants|asked|needs|told me|would like|is asking)|"
    r"run (?:it|this) (?:by|past)|i report (?:directly )?to|reporting (?:directly )?to (?:my|our|the)|not (?:the|my|a|really the) (?:final )?(?:decision[- ]?maker|final decision|one who decides|call|decision)|not (?:my|entirely my|solely my) (?:call|decision)|not up to me|"
    r"i don'?t (?:decide|make the (?:final )?(?:decision|call)|have the final|sign|have (?:sign[- ]?off|budget authority|the authority|authority))|can'?t (?:sign|approve|decide) (?:on my own|alone|myself|this)|"
    r"part of the (?:decision|buying|evaluation)|involved in the (?:decision|process)|decision (?:is |will be )?made by|(?:buying |decision |steering |evaluation )?committee|"
    # the contract awarded by someone else, the visitor on the panel: "Final award is made by the CPO", "I'm on the evaluation panel"
    r"(?:final )?(?:award|selection|approval|sign[- ]?off)s? (?:is |are |will be |gets )?(?:made|given|decided|signed off|taken) by|(?:evaluation|selection|tender|assessment|buying|review) panel|"
    r"above my pay ?grade|(?:researching|gathering info|doing research|looking|collecting (?:info|quotes|options)|shortlisting|comparing)(?: [\w-]+){0,3} (?:on behalf of|for) (?:my|our|the) (?:boss|manager|ceo|team|director|founder|owner)|"
    # "asking for my boss, she's the CMO", "writing on behalf of our MD": the visitor asks, someone above them decides
    r"(?:asking|enquiring|inquiring|writing|reaching out|messaging|emailing|here|contacting you) (?:for|on behalf of) (?:my|our|the) (?:boss|manager|ceo|cmo|cfo|coo|md|gm|director|founder|owner|head of \w+)|"
    r"on behalf of (?:my|our|the) (?:boss|manager|ceo|director|founder|owner)|(?:my boss|my manager|the ceo|my ceo|the owner) asked me|asked me to (?:look|research|find|reach out|check)|"
    r"(?:final say|decision|final decision|final call|(?:[a-z]+ )?budget) (?:is|sits|rests|lies) with (?:my|our|the)|"
    # "marketing decisions are my cofounder's", "the budget is our CFO's": the decision is someone else's
    r"(?:decisions?|final say|final call|(?:[a-z]+ )?budget|sign[- ]?off) (?:are|is) (?:really |all |ultimately |mostly )?(?:my|our|the) (?:[a-z-]+ )?[a-z-]+['’]s\b|"
    r"(?:final say|decision|final decision|final call|(?:[a-z]+ )?budget|purse strings) (?:belongs|belong) to|(?:budget|decision) is (?:owned|controlled|held) by|i have (?:a |some )?(?:say|input|influence)|i influence|i advise|"
    r"shared decision|group decision|team decision|together with (?:my|our)|consensus|i recommend|i'?m (?:an? )?influencer|"
    r"i make recommendations|i'?ll have to (?:check|ask|talk) with|need to (?:check|talk|ask|consult) (?:with )?(?:my|our|the)|have to (?:check|talk|ask|consult) (?:with )?(?:my|our|the)|"
    # "Meeting my MD next week to decide", "sitting down with our CEO on Monday to decide": the decision is made with
    # someone above them, who is named; the visitor takes part without saying the decision is theirs
    r"(?:meet(?:ing)?|see(?:ing)?|sit(?:ting)? down with|talk(?:ing)? (?:to|with)|speak(?:ing)? (?:to|with)|catch(?:ing)? up with)\s+(?:with\s+)?(?:my|our|the)\s+"
    r"(?:boss|md|ceo|cfo|coo|cmo|owner|founder|co-?founder|board|directors?|managing director|manager|gm|president|partners|management|leadership(?: team)?|exec(?:utive)? team|line manager)\b"
    r"(?:[\s,]+[\w']+){0,5}?[\s,]+to (?:decide|make the (?:final )?(?:call|decision)|sign (?:it )?off|finali[sz]e)\b|"
    r"i'?m the (?:one|person) researching|i scout|i'?m scouting|i evaluate|evaluating options for|"
    # "she signs off", "the practice owner Dr Mehta decides": a third person decides, whoever it is
    r"(?<!\bi )(?<!\bwho )(?<!\bwhat )(?<!\bwhich )(?<!\bthat )(?<!\bit )(?<!\bto )(?<!\bnobody )(?<!\bno one )(?<!\bi'll )(?!(?:agency|agencies|freelancer|contractor|tool|platform|software|system|crm|app|it|this|that)\b)[a-z.]+ (?:usually |always |ultimately |then |still )?"
    r"(?:decides|signs off|signs|approves|has the (?:final|last) (?:say|word|call)|makes the (?:final )?(?:call|decision)s?|holds the (?:budget|purse strings|purse|money|chequebook|checkbook)|"
    r"(?:controls|manages|runs) the (?:budget|money|purse strings|finances)|has the (?:chequebook|checkbook))\b|"
    r"\b(?:they|(?!us\b)[a-z]+s) (?:usually |always |ultimately |then |still )?(?:decide|sign off|approve|have the (?:final|last) (?:say|word|call)|make the (?:final )?(?:call|decision)s?)\b)"
)
_USES = lazy_compile(
    r"\b(?:i'?(?:ll| will| would|'d) (?:be )?(?:the one )?(?:using|use|running|operating|working with|hands[- ]on)|end[- ]?user|"
    r"i'?m the (?:one|person) (?:who'?ll|who will|that will|that'?ll|who would) (?:use|run|manage|operate|work)|day[- ]to[- ]day|hands[- ]on user|"
    r"i'?d be the (?:main |primary )?user|i (?:just |only )?(?:use|run) (?:it|the tools?|the system)|i'?ll be (?:the )?(?:main |primary )?(?:user|operator|admin))\b"
)
# "I decide" and "my boss decides" in the other languages (issue 15).
_DECIDES_LOCAL = lazy_compile(
    r"\b(?:"
    # deciding together with a relative or a partner: "mein Vater und ich treffen die Entscheidungen", "mon père et moi
    # prenons les décisions", "mi padre y yo tomamos las decisiones", "eu e o meu pai decidimos", "io e mio padre
    # prendiamo le decisioni", "mijn vader en ik nemen de beslissingen"
    r"(?:und ich|et moi|y yo|en ik)\s+(?:entscheiden|treffen (?:die|alle|gemeinsam die) entscheidungen|d(?:é|e)cidons|prenons (?:les|toutes les) d(?:é|e)cisions|"
    r"decidimos|tomamos (?:las|todas las) decisiones|beslissen|nemen (?:de|alle|samen de) beslissingen)\b|"
    r"(?:eu|io) e (?:[\w'-]+\s+){1,3}(?:decidimos|tomamos (?:as|todas as) decis(?:õ|o)es|decidiamo|prendiamo (?:le|tutte le) decisioni)\b|ich (?:entscheide|unterschreibe|genehmige)|entscheide ich|ich treffe die entscheidung(?:en)?|(?:die )?entscheidung (?:liegt bei mir|treffe ich|ist meine)|"
    r"ich bin (?:der |die )?entscheider(?:in)?|(?:unterschreibe|genehmige|zeichne|gebe) ich\b|teken ik|keur ik (?:\w+ )?goed|firmo yo|apruebo yo|assino eu|aprovo eu|signe moi|"
    r"ich habe das letzte wort|das letzte wort habe ich|liegt bei mir|ich gebe (?:das budget |es )?frei|"
    r"c'est moi qui (?:d(?:é|e)cide|signe|valide|tranche)|je (?:d(?:é|e)cide|signe|valide|tranche)\b|je suis (?:le |la )?(?:seule? )?(?:d(?:é|e)cideur|d(?:é|e)cisionnaire)|"
    r"la d(?:é|e)cision (?:finale )?(?:est la mienne|me revient)|(?:ça|cela) (?:me revient|d(?:é|e)pend de moi)|c'est ma d(?:é|e)cision|j'ai le dernier mot|"
    r"(?:yo )?decido yo|yo decido|soy (?:yo )?(?:quien|el que|la que) (?:decide|firma|aprueba)|la decisi(?:ó|o)n (?:final |(?:ú|u)ltima )?es m(?:í|i)a|tomo (?:yo )?(?:la|las) decisi(?:ó|o)n(?:es)?|"
    r"yo (?:firmo|apruebo)|tengo la (?:ú|u)ltima palabra|depende de m(?:í|i)|"
    r"eu decido|decido eu|sou eu (?:quem|que) (?:decide|decido|aprovo|assino)|a decis(?:ã|a)o (?:final )?(?:é|e) minha|eu (?:assino|aprovo)|tomo (?:a|as) decis(?:ã|a)o|tomo as decis(?:õ|o)es|"
    r"sou (?:o |a )?decisor(?:a)?|tenho a palavra final|depende de mim|"
    r"decido io|io decido|sono io (?:a|che) decid\w*|la decisione (?:finale )?(?:è|e) mia|firmo io|approvo io|prendo io le decisioni|dipende da me|"
    # it falls to me: "la decisione spetta a me", "spetta a me decidere", "me toca a mí decidir", "cabe a mim decidir",
    # and the last word: "l'ultima parola è mia", "la última palabra es mía", "a última palavra é minha"
    r"(?:la decisione |l'ultima parola )?(?:spetta|tocca) a me|(?:la decisi(?:ó|o)n )?me (?:toca|corresponde) a m(?:í|i)|"
    r"(?:a decis(?:ã|a)o )?(?:cabe|compete) a mim|l'ultima parola (?:è|e) mia|la (?:ú|u)ltima palabra es m(?:í|i)a|"
    r"a (?:ú|u)ltima palavra (?:é|e) minha|"
    # the visitor holds the money: "ich verwalte das Budget", "c'est moi qui tiens les cordons de la bourse", "ik beheer het budget"
    r"(?:ich|je|c'est moi qui|yo|soy yo (?:quien|el que|la que)|eu|sou eu (?:quem|que)|io|sono io (?:che|a)|ik)\s+"
    r"(?:verwalte|kontrolliere|halte|tiens|g(?:è|e)re|contr(?:ô|o)le|manejo|controlo|llevo|administro|maneja|controla|giro|gere|administra|"
    r"tengo|gestisco|controllo|tenere|gestire|controllare|beheer|bewaak|controleer|ga over)\s+(?:das budget|die finanzen|das geld|die kasse|den geldbeutel|les cordons de la bourse|le budget|les finances|la caisse|el presupuesto|el dinero|la plata|las finanzas|la chequera|o or(?:ç|c)amento|o dinheiro|as finan(?:ç|c)as|o cofre|i cordoni della borsa|il budget|i soldi|la cassa|le finanze|het budget|de portemonnee|de knip|het geld|de financi(?:ë|e)n)|"
    # "I'm the one who ...", the person named before the verb: "ich bin diejenige, die das Budget verwaltet", "je suis celui qui
    # signe", "soy la persona que decide", "sou a pessoa que aprova", "sono quella che firma", "ik ben degene die beslist"
    r"ich bin (?:derjenige|diejenige|die person),? (?:der|die) (?:\w+ ){0,3}(?:entscheidet|unterschreibt|verwaltet|freigibt|genehmigt)|"
    r"je suis (?:celui|celle|la personne) qui (?:d(?:é|e)cide|signe|valide|tranche|g(?:è|e)re le budget|tiens les cordons)|"
    r"soy (?:la persona|el|la) (?:que|quien) (?:decide|firma|aprueba|maneja el presupuesto)|sou (?:a pessoa|o|a) (?:que|quem) (?:decide|assina|aprova|gere o or(?:ç|c)amento)|"
    r"sono (?:quell[oa]|la persona) che (?:decide|firma|approva|gestisce il budget)|ik ben (?:degene|diegene|de persoon) die (?:\w+ ){0,3}(?:beslist|tekent|goedkeurt|beheert)|"
    r"ik beslis|beslis ik|ik neem (?:de|alle) beslissing(?:en)?|ik ben (?:de )?beslisser|ik (?:teken|keur \w+ goed)|ik heb het laatste woord|de beslissing ligt bij mij|ik bepaal|bepaal ik|"
    # "we decide together" in the other six: the visitor is one of those who decide (the module's rule)
    r"decido (?:\w+ )?(?:junto|juntos|junta|con|com|insieme|assieme|em conjunto|conjuntamente)\b|"
    r"(?:wir )?entscheiden (?:\w+ )?(?:gemeinsam|zusammen|zu (?:zweit|dritt|viert))|gemeinsam entscheiden|"
    r"(?:on|nous) d(?:é|e)cid(?:e|ons) (?:ensemble|à (?:deux|trois)|(?:à )?plusieurs)|decidimos (?:juntos|juntas|entre|en conjunto|em conjunto)|"
    r"decidiamo (?:insieme|assieme|in due|in tre|noi (?:due|tre))|decidimos (?:n(?:ó|o)s |los |las |os |as )?(?:dois|duas|dos|tres|tr(?:ê|e)s)\b|"
    r"decidiamo (?:insieme|assieme|in due|in tre)|(?:we |wij )?beslissen (?:samen|met z'n (?:twee|drie)(?:en)?)|samen beslissen)"
)
_NEGATED_BEFORE = lazy_compile(r"\b(?:nicht|pas|no|não|nao|non|niet|ce n'est|n'est)\s+(?:\w+\s+)?$")
_NEGATED_AFTER = lazy_compile(r"^\W*(?:\w+\s+){0,2}(?:nicht|nie|pas|niet|nooit)\b")
# A title the visitor names for someone else who decides, in any of the seven languages.
# "has the last word" in the other six languages, said of someone else ("mi jefe tiene la última palabra").
_LAST_WORD = (r"(?:tiene|tienen|hat|haben|a|ont|tem|t[eê]m|ha|hanno|heeft|hebben) (?:la |das |le |a |l'|het )?"
              r"(?:(?:ú|u)ltima palabra|letzte wort|dernier mot|palavra final|(?:ú|u)ltima palavra|ultima parola|laatste woord)")
_OTHER_TITLE = (
    r"cfo|ceo|cmo|coo|daf|dg|pdg|board|direttore|direttrice|director[a]?|diretor[a]?|directeur|directrice|directie|direction|direzione|direcci(?:ó|o)n|"
    r"capo|jefe|jefa|chefe|chef|patron|titolare|due(?:ñ|n)[oa]|dono|dona|eigenaar|inhaber|soci[oa]|s(?:ó|o)ci[oa]|associ(?:é|e)|gerente|g(?:é|e)rant|responsabile|"
    r"amministratore(?: delegato)?|consiglio|junta|comit(?:é|e)|conseil|gesch(?:ä|ae)ftsf(?:ü|ue)hr(?:er|erin|ung)|vorstand|bestuur|manager|"
    # the partners, said with their part or not: "onze beherend vennoot beslist", "der Gesellschafter entscheidet"
    r"vennoot|zaakvoerder|gesellschafter(?:in)?|teilhaber(?:in)?|s(?:ó|o)ci[oa][- ]gerente"
)
_INFLUENCES_LOCAL = lazy_compile(
    r"\b(?:"
    # the last word someone else's, whoever it is: "das letzte Wort hat mein Vater", "mein Vater hat das letzte Wort", "le
    # dernier mot revient à ma mère", "la última palabra la tiene mi padre", "a palavra final é do meu pai", "l'ultima
    # parola spetta a mio padre", "het laatste woord heeft mijn vader"
    r"(?:das letzte wort|le dernier mot|la (?:ú|u)ltima palabra|a (?:ú|u)ltima palavra|a palavra final|l'ultima parola|het laatste woord),? "
    r"(?:hat|haben|a|ont|revient (?:à|a)|(?:la )?tiene|(?:la )?tienen|(?:é|e) d[oa]|fica com|spetta (?:a|al|alla)|ce l'ha|heeft|hebben|ligt bij) "
    r"(?:(?:mein|meine|unser|unsere|der|die|mon|ma|notre|mi|nuestr[oa]|el|la|meu|minha|o|a|nosso|nossa|mio|mia|il|mijn|onze|de|het)\w*\s)|"
    r"(?:mein|meine|unser|unsere|mon|ma|notre|mi|nuestr[oa]|meu|minha|nosso|nossa|mio|mia|mijn|onze)\w* [\wäöüßéèíóúãõç]+ "
    r"(?:hat|a|tiene|tem|ha|heeft) (?:das |le |la |a |l'|het )?(?:letzte wort|dernier mot|(?:ú|u)ltima palabra|(?:ú|u)ltima palavra|palavra final|ultima parola|laatste woord)|freigeben|freigabe|genehmig(?:en|ung)|abstimmen mit|absprechen|r(?:ü|ue)cksprache|nicht allein\w*|mitentscheid\w*|"
    r"(?:faire )?valider (?:avec|par)|voir avec|en parler (?:à|a|avec)|l'accord de|ce n'est pas moi qui|je ne d(?:é|e)cide pas|pas (?:le |la )?seule? (?:à|a) d(?:é|e)cider|"
    r"la decisi(?:ó|o)n la toma|lo decide (?:mi|el|la|nuestr[oa])|"
    r"(?:tengo|tenemos) que (?:consultarlo|consultar|hablarlo|aprobarlo|validarlo)|consultarlo con|aprobaci(?:ó|o)n de|no decido yo|no soy (?:yo )?quien decide|"
    r"preciso (?:aprovar|validar|consultar|falar|ver) com|"
    r"(?:tenho|temos) que (?:aprovar|validar|consultar|falar|ver) com|aprova(?:ç|c)(?:ã|a)o d[oa]|n(?:ã|a)o sou eu (?:quem|que) decide|n(?:ã|a)o decido|"
    r"devo (?:sentire|chiedere|parlarne|consultare|far approvare|confrontarmi)|non decido (?:io|da sol[oa])|approvazione d\w+|"
    r"moet (?:ik )?(?:eerst )?(?:overleggen|afstemmen|voorleggen)|goedkeuring (?:van|nodig)|niet alleen|ik beslis niet|"
    # asking on a boss's behalf: "ich frage für meinen Chef", "je demande pour mon patron", "pregunto de parte de mi jefe",
    # "pergunto em nome do meu chefe", "chiedo per conto del mio capo", "ik vraag het namens mijn baas"
    r"(?:frage|fragen|schreibe|schreiben) (?:\w+ )?(?:f(?:ü|ue)r|im auftrag) (?:meine[nr]?|unsere[nr]?) (?:chef\w*|vorgesetzte\w*|gesch(?:ä|ae)ftsf(?:ü|ue)hr\w*)|"
    r"(?:je )?(?:demande|(?:é|e)cris) (?:pour|de la part de|au nom de) (?:mon|ma|notre) (?:patron\w*|chef\w*|boss|directeur|directrice|dg|pdg)|"
    r"(?:pregunto|escribo|consulto) (?:por|de parte de|en nombre de|para) (?:mi|nuestr[oa]) (?:jef[ea]|director[a]?|gerente)|"
    r"(?:pergunto|escrevo) (?:pel[oa]|em nome d[oa]|para [oa]) (?:meu|minha|noss[oa]) (?:chef[ea]|diretor[a]?|gerente)|"
    r"(?:chiedo|scrivo) (?:per|per conto del(?:la)?|a nome del(?:la)?) (?:il mio |la mia |mio |mia )?(?:capo|responsabile|titolare|diret(?:tore|trice))|"
    r"(?:ik )?(?:vraag|schrijf) (?:het |dit )?(?:voor|namens) (?:mijn|onze) (?:baas|chef|directeur|manager|leidinggevende)|"
    # someone else approves, said in the passive or with "must" ("doit être validé par le DG", "moet de directeur goedkeuren")
    # someone else holds the money: "die Chefin verwaltet das Budget", "c'est elle qui tient les cordons de la bourse",
    # "ella maneja el presupuesto", "è lei che tiene i cordoni della borsa", "zij beheert het budget"
    r"(?:h(?:ä|ae)lt|tiene) (?:die hand auf (?:dem|der)|den daumen auf (?:dem|der)|i cordoni della borsa|in mano il budget|la chequera)|"
    # the money decided by someone else, said the money first: "la plata la decide mi viejo", "o dinheiro quem decide é o meu pai",
    # "i soldi li decide mio padre", "das Geld entscheidet mein Vater", "l'argent c'est mon père qui décide", "het geld bepaalt mijn vader"
    r"(?:la plata|la pasta|la guita|la lana|el dinero|el presupuesto|o dinheiro|a grana|o or(?:ç|c)amento|i soldi|il budget|das geld|das budget|"
    r"l'argent|le budget|het geld|het budget),? (?:(?:la|lo|o|a|li|lo|quem|chi|c'est) )?(?:decide|maneja|controla|pone|decidem|gere|controlla|"
    r"entscheidet|verwaltet|bepaalt|beslist|beheert|(?:é|e) (?:o|a)|(?:è|e) (?:il|la)|mon|ma|notre)\b(?! (?:yo|eu|io|ich|moi|ik)\b)|"
    r"(?:verwaltet|kontrolliert|tient|g(?:è|e)re|contr(?:ô|o)le|maneja|controla|lleva|administra|gere|manda n[oa]|"
    r"gestisce|controlla|beheert|bewaakt|controleert|gaat over)\s+(?:das budget|die finanzen|das geld|die kasse|den geldbeutel|les cordons de la bourse|le budget|les finances|la caisse|el presupuesto|el dinero|la plata|las finanzas|la chequera|o or(?:ç|c)amento|o dinheiro|as finan(?:ç|c)as|o cofre|i cordoni della borsa|il budget|i soldi|la cassa|le finanze|het budget|de portemonnee|de knip|het geld|de financi(?:ë|e)n)|(?:heeft|hebben) de knip in handen|"
    # ... or the visitor meets someone above them to decide: "ich treffe meine Chefin nächste Woche, um zu entscheiden",
    # "je vois ma directrice la semaine prochaine pour décider", "ik zie mijn directeur volgende week om te beslissen"
    r"(?:treffe|sehe|spreche|vois|rencontre|retrouve|parle (?:à|a|avec)|me re(?:ú|u)no con|veo a|hablo con|reunir(?:-me)? com|encontrar(?:-me)? com|falar com|"
    r"incontro|vedo|sento|parlo con|zie|spreek|ontmoet)\s+(?:[\w']+\s+){0,2}?"
    r"(?:chef\w*|vorgesetzt\w*|gesch(?:ä|ae)ftsf(?:ü|ue)hr\w*|inhaber\w*|vorstand|patron\w*|direct(?:eur|rice)|dg|pdg|associ(?:é|e)e?|g(?:é|e)rante?|"
    r"jef[ea]|director\w*|diretor\w*|gerente|soci[oa]|s(?:ó|o)ci[oa]|due(?:ñ|n)[oa]|dono|dona|ceo|capo|titolare|diret(?:tore|trice)|responsabile|"
    r"directeur|baas|leidinggevende|manager|eigenaar|compagnon|directie|bestuur|board|cda)\b"
    r"(?:[\s,]+[\w']+){0,5}?[\s,]+(?:um (?:das |es )?zu entscheiden|pour (?:d(?:é|e)cider|trancher)|para decidir\w*|per decidere|om (?:te beslissen|een beslissing te nemen))|"
    # decided or awarded by someone else: "entschieden wird durch die Geschäftsführung", "décidé par la direction", "beslist door de directie"
    r"entschieden (?:wird )?(?:von|durch)|(?:wird|werden) (?:\w+ ){0,3}(?:von|durch) (?:der|die|den|dem|unsere[mnr]?) \w+ (?:entschieden|vergeben)|vergeben (?:wird )?(?:von|durch)|"
    r"(?:d(?:é|e)cid(?:é|e)|attribu(?:é|e))e?s? par|decidid[oa]s? (?:por|pel[oa])|adjudicad[oa]s? (?:por|pel[oa])|decis[oa] da|aggiudicat[oa] da|(?:beslist|besloten|gegund) door|"
    r"(?:valid(?:é|e)|approuv(?:é|e)|sign(?:é|e))e?s? par|aprobad[oa]s? por|firmad[oa]s? por|aprovad[oa]s? (?:por|pel[oa])|assinad[oa]s? (?:por|pel[oa])|"
    r"approvat[oa]s? da|firmat[oa]s? da|(?:genehmigt|freigegeben|abgesegnet|unterschrieben) (?:von|durch)|goedgekeurd door|getekend door|"
    r"muss (?:\w+ ){1,3}(?:freigeben|genehmigen|unterschreiben|absegnen|abnicken)|moet (?:\w+ ){1,3}(?:goedkeuren|tekenen|aftekenen)|"
    r"(?:tiene|tienen) que (?:aprobar|firmar)|(?:tem|t(?:ê|e)m|precisa) (?:que |de )?(?:aprovar|assinar)|deve (?:approvare|firmare)|"
    # Someone else's title after the verb ("lo decide il CFO", "das entscheidet der Geschäftsführer",
    # "c'est le DG qui signe", "quem decide é o diretor"): the visitor is not the one who decides.
    rf"(?:{_DECIDES_VERB})\s+(?:\w+\s+){{0,2}}?(?:{_ARTICLE})\s*(?:\w+\s+)?(?:{_OTHER_TITLE})\b|"
    # ... or before it: "l'amministratore delegato approva", "der Geschäftsführer entscheidet", "le DG signe".
    rf"(?:{_ARTICLE}|le|les|los|os|unser\w*|notre|nuestr[oa]|noss[oa]|nostr[oa]|onze)\s*(?:\w+\s+)?(?:{_OTHER_TITLE})(?:\s+\w+)?\s+"
    rf"(?:{_DECIDES_VERB}|approvano|decidono|firmano|entscheiden|gibt frei|d(?:é|e)cide|signe|valide|approuve|tranche|deciden|aprueban|decidem|aprovam|keurt goed|beslissen|{_LAST_WORD})\b|"
    rf"c'est (?:le|la|l'|notre|nos|les) ?(?:\w+ )?(?:{_OTHER_TITLE}) qui (?:d(?:é|e)cide|signe|valide|tranche|approuve)|"
    rf"quem (?:decide|assina|aprova) (?:é|e) (?:o|a|nosso|nossa)|"
    # "o sócio-gerente é que decide", "el socio gerente es quien firma", "il socio amministratore è che decide"
    rf"(?:{_ARTICLE}|os|as|los|las)\s*(?:{_OTHER_TITLE})(?:[- ]\w+)?\s+(?:é|es|è) (?:que|quien|quem|chi|che|el que|la que) "
    rf"(?:decide|assina|aprova|firma|aprueba|approva)\b|(?:la decisione|l'ultima parola) (?:spetta|è) (?:al|alla|ai|allo)\b)"
)
# "my boss" in the other languages: someone else decides only when a verb or a "with" says so
# ("mijn leidinggevende beslist", "avec mon associé"), not in "somos só eu e meu sócio".
_BOSS_LOCAL = (
    r"(?:dem|der|den) (?:chef|chefin|vorgesetzten|gesch(?:ä|ae)ftsf(?:ü|ue)hr\w*|gesch(?:ä|ae)ftsleitung|vorstand|inhaber\w*)|"
    r"(?:mein|meine|unser|unsere)\w* (?:chef|chefin|vorgesetzte[rn]?|boss|gesch(?:ä|ae)ftsf(?:ü|ue)hr\w*|gesch(?:ä|ae)ftsleitung|vorstand|inhaber\w*|abteilungsleit\w*|teamleit\w*)|"
    r"(?:mon|ma|notre|nos) (?:boss|patron\w*|chef\w*|sup(?:é|e)rieur\w*|n\+1|manager|directeur\w*|directrice|dg|pdg|direction|associ(?:é|e)e?s?|g(?:é|e)rant\w*)|"
    r"(?:mi|mis|nuestr[oa]) (?:jef[ea]|soci[oa]|director\w*|gerente|superior\w*|responsable|due(?:ñ|n)[oa]|ceo|junta)|"
    r"(?:o meu|a minha|meu|minha|nosso|nossa) (?:chefe|s(?:ó|o)ci[oa]|diretor\w*|gerente|gestor\w*|superior\w*|dono|dona|ceo|patr(?:ã|a)o)|"
    r"(?:il mio|la mia|il nostro|la nostra|mio|mia) (?:capo|responsabile|titolare|diret(?:tore|trice)|soci[oa]|superiore|amministrat\w*|boss)|"
    r"(?:mijn|onze|ons) (?:leidinggevende|baas|manager|directeur|chef|compagnon|eigenaar|directie|bestuur)"
)
_BOSS_DECIDES = lazy_compile(
    rf"\b(?:{_DECIDES_VERB}|entscheiden|d(?:é|e)cide|beslist|beslissen)\s+(?:tut|macht|dann|bei uns|aqui|aquí|qui|hier)?\s*(?:{_BOSS_LOCAL})|"
    rf"\b(?:mit|avec|com|con|met|bei|aan|al|ao|à|a|par|por|door|von|de|da|del|van|chiedere al|sentire il|sentire la)\s+(?:{_BOSS_LOCAL})|"
    rf"\b(?:{_BOSS_LOCAL})(?:\s+\w+){{0,3}}?\s+(?:entscheide\w*|gibt|geben|muss|m(?:ü|ue)ssen|freigeben|genehmig\w*|d(?:é|e)cide\w*|valide\w*|signe\w*|doi(?:t|vent)|"
    rf"decide\w*|aprueba\w*|firma\w*|tiene\w* que|{_LAST_WORD}|aprova\w*|assina\w*|tem que|t(?:ê|e)m que|precisa\w*|approva\w*|deve\w*|beslis\w*|besluit\w*|keur\w*|moet\w*|teken\w*)\b"
)
# "ich entscheide mit", "ik beslis mee", "I co-decide": a part in the decision, not the decision (an influencer, see the
# module's rule); "ich entscheide gemeinsam mit meinem Kollegen", "je décide avec mon associé" state the decision theirs.
_SHARED = lazy_compile(
    r"\b(?:co-?decide[sd]?|co-?decision|"
    r"entscheide(?:n)? (?:\w+ ){0,3}?mit(?:\W*$|\s*[,;.!)]|\s+(?:aber|und|doch|but)\b)|"
    r"co-?d(?:é|e)cide|co-?decido|co-?decidir|"
    r"beslis (?:\w+ ){0,2}?mee\b|mee ?beslis\w*|ik beslis mee)"
)
# "c'est moi qui décide avec mon frère", "I'm the one who decides, with my wife": the visitor says the decision is theirs
# and names a co-owner beside them (family, a cofounder), as "me and my cofounder decide" does; a decision shared with a
# CFO or a manager stays shared (``_SHARED``).
_CO_OWNER = (r"co-?founder|cofounder|business partner|partner|brother|sister|husband|wife|dad|father|mum|mom|mother|son|daughter|"
             r"fr(?:è|e)re|s(?:œ|oe)ur|mari|femme|p(?:è|e)re|m(?:è|e)re|fils|fille|cofondat(?:eur|rice)|"
             r"herman[oa]|marido|esposa|espos[oa]|mujer|padre|madre|hij[oa]|cofundador(?:a)?|irm(?:ã|a)o?|pai|m(?:ã|a)e|filh[oa]|"
             r"fratello|sorella|marito|moglie|figli[oa]|cofondat(?:ore|rice)|bruder|schwester|mann|frau|vater|mutter|sohn|tochter|mitgr(?:ü|ue)nder(?:in)?|"
             r"broer|zus|vrouw|vader|moeder|zoon|dochter|mede-?oprichter")
_SELF_DECIDES = (r"c'est moi qui d(?:é|e)cide|i'?m the one (?:who|that) decides|it'?s me (?:who|that) decides|soy yo (?:quien|el que|la que) decid[eo]|"
                 r"sou eu (?:quem|que) decid[eo]|sono io (?:a|che) decid\w*|ich bin (?:der|die|diejenige|derjenige),? (?:der|die) entscheidet|"
                 r"ik ben degene die beslist|entscheide ich|decido yo|decido eu|decido io|beslis ik")
_CO_OWNERS_DECIDE = lazy_compile(
    rf"\b(?:{_SELF_DECIDES})\W+(?:\w+\s+){{0,2}}?(?:with|avec|con|com|mit|met|together with|junto con|junto com|insieme a|samen met)\s+"
    rf"(?:my|mon|ma|mi|meu|minha|o meu|a minha|mio|mia|il mio|la mia|meinem|meiner|mijn)\s+(?:{_CO_OWNER})\b"
)
# The visitor an owner together with a co-owner, said with the title: "soy la dueña junto con mi socio", "I'm the owner
# together with my partner", "je suis la propriétaire avec mon associé", "sou a dona junto com meu sócio", "sono la
# titolare insieme a mio fratello", "ich bin Inhaberin zusammen mit meiner Schwester", "ik ben eigenaar samen met mijn
# zus": the owners decide, the visitor among them. "My partner decides, I just run the shop" names no owner's title.
_OWNER_TITLE = (r"(?:co-?)?owner|proprietor|(?:co-?)?founder|due(?:ñ|n)[oa]|(?:co-?)?propietari[oa]|(?:co-?)?fundador(?:a)?|soci[oa]|"
                r"(?:co-?)?propri(?:é|e)taire|(?:co-?)?fondat(?:eur|rice)|(?:co-?)?g(?:é|e)rante?|associ(?:é|e)e?|dono|dona|(?:co-?)?propriet(?:á|a)ri[oa]|"
                r"s(?:ó|o)ci[oa]|titolare|(?:com|co-?)?proprietari[oa]|(?:co-?)?fondat(?:ore|rice)|(?:mit)?inhaber(?:in)?|(?:mit)?eigent(?:ü|ue)mer(?:in)?|"
                r"(?:mit)?gr(?:ü|ue)nder(?:in)?|gesellschafter(?:in)?|teilhaber(?:in)?|(?:mede-?)?eigena(?:ar|res)|(?:mede-?)?oprichter|oprichtster|vennoot|zaakvoer(?:der|ster)")
_CO_OWNER_NOUN = (rf"{_CO_OWNER}|soci[oa]|s(?:ó|o)ci[oa]|associ(?:é|e)e?|compagnon|vennoot|zakenpartner|gesch(?:ä|ae)ftspartner(?:in)?|"
                  r"teilhaber(?:in)?|partnerin|socio in affari|co-?owner|cofounder")
_POSSESSIVE = r"my|mon|ma|mi|meu|minha|o meu|a minha|mio|mia|il mio|la mia|meinem|meiner|mijn"
_OWNER_WITH = lazy_compile(
    rf"\b(?:{_OWNER_TITLE})(?![\w'’])[^.;!?]{{0,25}}?\b(?:together with|along with|jointly with|with|junto con|junto a|junto com|con|avec|com|"
    rf"insieme a|insieme al|insieme alla|insieme con|assieme a|assieme al|assieme alla|col|con il|con la|zusammen mit|gemeinsam mit|mit|samen met|met)\s+(?:{_POSSESSIVE})\s+(?:{_CO_OWNER_NOUN})\b")
# ... unless that co-owner is said to decide: "I'm the owner with my partner, but my partner decides".
_PARTNER_DECIDES = lazy_compile(
    rf"\b(?:{_CO_OWNER_NOUN})\s+(?:\w+\s+)?(?:decides|signs|approves|has the (?:final|last)|makes the (?:final )?(?:call|decision)|decide|entscheidet|"
    r"d(?:é|e)cide|aprueba|firma|aprova|assina|approva|beslist|tekent)\b")


def _owner_with(lower: str, start: int) -> bool:
    """Whether the visitor's own title at ``start`` is an owner's said together with a co-owner (``_OWNER_WITH``),
    said of themself ("I'm the owner together with my partner", or the bare answer "owner, with my brother"), not
    of someone named ("the owner works together with my sister")."""
    found = _OWNER_WITH.match(lower, start)
    if found is None or _PARTNER_DECIDES.search(lower):
        return False
    before = lower[max(0, start - 40): start]
    return _SELF.search(before) is not None or not re.search(r"\w", lower[_clause_opening(lower, start): start])


def _clause_opening(lower: str, start: int) -> int:
    """Where the clause holding ``start`` opens: after the last stop before it, or the text's start."""
    stop = max(lower.rfind(c, 0, start) for c in ".;!?")
    return stop + 1


# Someone else named as the owner, in the seven languages: "she's the owner", "the owner is my wife", "my husband owns
# it", "sie ist die Inhaberin", "der Laden gehört meiner Frau", "c'est elle la propriétaire", "la tienda es de mi mujer",
# "ela é a dona", "lei è la titolare", "de eigenaar is mijn vrouw", "de zaak is van mijn man". The visitor is then no
# owner and not the one who decides, unless they say they decide.
_OWNER_NOUN = (r"(?:co-?)?owners?|proprietor|inhaber(?:in)?|eigent(?:ü|ue)mer(?:in)?|propri(?:é|e)taire|patronne?|"
               r"due(?:ñ|n)[oa]|propietari[oa]|don[oa]|propriet(?:á|a)ri[oa]|titolare|proprietari[oa]|padron[ae]|eigena(?:ar|res)")
_OWNER_PERSON = (rf"(?:{_CO_OWNER}|man|mulher|moglie|mari|zio|zia|t(?:í|i)o|t(?:í|i)a|oncle|tante|onkel|oom|uncle|aunt|jef[ea]|chef\w*|baas|capo|"
                 r"patr(?:ã|a)o|patron\w*|suegr[oa]|sogr[oa]|suocer[oa]|schoonvader|schoonmoeder)")
_SOMEONE_ELSE_OWNS = lazy_compile(
    rf"\b(?:she'?s|he'?s|she is|he is|they'?re|they are|sie ist|er ist|elle est|il est|c'est (?:elle|lui)|ella es|(?:é|e)l es|"
    rf"ela (?:é|e)|ele (?:é|e)|lei (?:è|e)|lui (?:è|e)|zij is|ze is|hij is|"
    # ... or a person of theirs: "my wife is the owner", "meine Frau ist die Inhaberin", "mi mujer es la dueña"
    rf"(?:{_POSSESSIVE}|our|meine|unser|unsere|mes|notre|nuestr[oa]|(?:a |o )?(?:minha|meu|nossa|nosso)|il mio|la mia|nostr[oa]|onze)\s+(?:{_CO_OWNER}|man|moglie|mari|boss|chef|baas)\s+"
    r"(?:is|ist|est|es|(?:é|e)|(?:è|e)))\s+"
    rf"(?:the|der|die|le|la|l'|el|o|a|il|de)\s*(?:(?:actual|real|legal|sole|only)\s+)?(?:{_OWNER_NOUN})\b|"
    rf"\b(?:the|der|die|le|la|l'|el|o|a|il|de)\s*(?:(?:actual|real|legal|sole|only)\s+)?(?:{_OWNER_NOUN})\s+(?:is|are|ist|est|es|é|è)\s+"
    rf"(?:{_POSSESSIVE}|our|meine|unser|unsere|notre|nuestr[oa]|(?:a |o )?(?:minha|meu|nossa|nosso)|il mio|la mia|nostr[oa]|onze)\s+(?!own\b|eigen\b)\w|"
    rf"\b(?:(?:my|our) (?:{_CO_OWNER}|boss)|she|he|they) (?:owns|own|is the owner of)\b|\bowned by (?:my|our)\b|"
    r"\bgeh(?:ö|oe)rt (?:meiner|meinem|unserer|unserem|ihr|ihm)\b|\bappartient (?:à|a) (?:ma|mon|notre|elle|lui)\b|"
    # (a person's, not "es de mi interés", "is van mijn hand")
    rf"\b(?:es|son) de (?:mi|nuestr[oa]) {_OWNER_PERSON}\b|\bé d[ao] (?:minha|meu|nossa|nosso) {_OWNER_PERSON}\b|"
    rf"\bè (?:di|della|del) (?:mia|mio|nostr[oa]) {_OWNER_PERSON}\b|\bis van (?:mijn|onze) {_OWNER_PERSON}\b"
)
# A title said to be a person of the visitor's: "the owner is my wife", "die Inhaberin ist meine Frau", "de eigenaar is
# mijn vrouw" (not "the owner is my own business"). Read after the title.
_IS_THEIRS_AFTER = lazy_compile(
    rf"\s+(?:is|ist|est|es|é|è)\s+(?:{_POSSESSIVE}|our|meine|unser|unsere|notre|nuestr[oa]|(?:a |o )?(?:minha|meu|nossa|nosso)|il mio|la mia|"
    r"nostr[oa]|onze)\s+(?!own\b|eigen\b|eigene\w*\b|propri[oa]\b|propre\b)\w")
# Running the business, which says the visitor is its owner unless someone else is: "I run the shop", "ich führe den
# Laden", "je gère la boutique", "llevo la tienda", "gestisco il negozio", "ik run de winkel".
_RUNS = lazy_compile(r"(?:i run|ich (?:f(?:ü|ue)hre|leite|betreibe)|je (?:dirige|g(?:è|e)re|tiens)|dirijo|llevo|gestisco|dirigo|ik (?:run|leid))\b")
# ... or running it for someone: "I run the restaurant for the owner", "I run the shop for my uncle", "ich leite die Praxis
# für meinen Chef", "je gère la boutique pour mon oncle", "llevo la tienda para mi tío", "gestisco il negozio per mio zio".
_RUNS_FOR = lazy_compile(
    r"(?:\bi (?:run|manage)|ich (?:f(?:ü|ue)hre|leite|betreibe)|je (?:dirige|g(?:è|e)re|tiens)|dirijo|llevo|giro|gestisco|dirigo|ik (?:run|leid|beheer))"
    r"\s+(?:[\w']+\s+){1,2}(?:for|f(?:ü|ue)r|pour|para|per|voor)\s+(?:the owners?|the boss|(?:den|die) (?:inhaber\w*|chef\w*)|le (?:patron|propri(?:é|e)taire)|"
    r"el (?:due(?:ñ|n)o|jefe)|o (?:dono|patr(?:ã|a)o)|il (?:titolare|capo)|de (?:eigenaar|baas)|"
    r"(?:my|our|meinen|meine|meinem|unseren|unsere|mon|ma|notre|mi|nuestr[oa]|(?:o |a )?(?:meu|minha)|mio|mia|mijn|onze)\s+"
    # (not "for my family": a family business may be the visitor's too)
    rf"(?:{_CO_OWNER}|man|moglie|mari|zio|zia|t(?:í|i)o|t(?:í|i)a|oncle|tante|onkel|oom|uncle|aunt|boss|chef\w*|baas|jef[ea]|capo|patr(?:ã|a)o|patron\w*))\b")
# Words that say the business is the visitor's own, which someone else named as the owner does not undo.
_OWN_SAID = lazy_compile(r"\b(?:own|owns|mine|mir|m'appartient|m(?:í|i)a|minha|meu|mia|van mij|founded|co-?founded|started|opened|"
                         r"set up|established|gegr(?:ü|ue)ndet|er(?:ö|oe)ffnet|fond(?:é|e)|ouvert|fund(?:é|e|ei|amos)|abr(?:í|i|imos)|fondato|aperto|opgericht|geopend)\b")
# A person of the visitor's who decides, in the other languages ("my wife decides" is ``_INFLUENCES``'s): "meine Frau
# entscheidet", "c'est ma femme qui décide", "decide mio fratello", "mi hermano decide", "o meu pai decide", "mijn vrouw beslist".
_KIN = rf"(?:{_CO_OWNER}|man|moglie|mari|zio|zia|tío|tia|tía|tio|oncle|tante|onkel|oom|tante)"
_KIN_DECIDES = lazy_compile(
    rf"\b(?:{_POSSESSIVE}|meine|mein|unser\w*|notre|nuestr[oa]|nosso|nossa|il mio|la mia|onze)\s+{_KIN}\s+"
    r"(?:entscheidet|d(?:é|e)cide|decide|beslist|bepaalt|unterschreibt|signe|firma|assina|firma|tekent)\b|"
    rf"\bc'est (?:ma|mon|notre) {_KIN} qui (?:d(?:é|e)cide|signe|valide|tranche)|"
    rf"\b(?:entscheidet|d(?:é|e)cide|decide|beslist|bepaalt) (?:{_POSSESSIVE}|meine|mein|unser\w*|notre|nuestr[oa]|nosso|nossa|il mio|la mia|onze)\s+{_KIN}\b")
# Others in the firm who must agree before anything is bought, in the seven languages: the visitor shares the decision
# and is not the one who makes it alone, whatever their title ("managing partner, but the other two partners have to
# agree", "die anderen Gesellschafter müssen zustimmen", "il faut l'accord des associés", "los otros socios tienen que
# estar de acuerdo", "preciso da aprovação dos sócios", "gli altri soci devono essere d'accordo", "het bestuur moet
# goedkeuren"). An influencer, as one who says someone else approves is (the module's rule); "I decide, the partners
# just get told" still decides.
_THE_OTHERS = (
    r"(?:(?:the|my|our|all|both|my|two|three|four|\d|other|remaining|fellow|business|senior|equity|mes|nos|les|los|mis|nuestr[oa]s|os|meus|nossos|gli|i|miei|nostri|de|mijn|onze|alle|die|meine|unsere|der|das|het|le|la|el|o|a|il|mon|ma|mi|meu|minha|mio|mia)\s+){0,4}"
    r"(?:(?:other|others|anderen|übrigen|uebrigen|autres|otros|otras|dem(?:á|a)s|outros|outras|altri|altre|andere|overige)\s+)?"
    r"(?:partners?|co-?founders?|cofounders?|board(?: of directors)?|shareholders?|investors?|directors|co-?owners?|owners|the others|"
    r"partner(?:in|innen)?|gesellschafter(?:in|innen)?|mitgr(?:ü|ue)nder(?:in|innen)?|teilhaber(?:in|innen)?|mitinhaber(?:in|innen)?|vorstand|aufsichtsrat|beirat|investoren|"
    r"associ(?:é|e)e?s?|cofondat(?:eur|rice)s?|actionnaires|conseil(?: d'administration)?|investisseurs|partenaires|co-?g(?:é|e)rant(?:e|s|es)?|"
    r"soci[oa]s?|cofundador(?:a|es|as)?|accionistas|junta(?: directiva)?|consejo(?: de administraci(?:ó|o)n)?|inversores|directorio|"
    r"s(?:ó|o)ci[oa]s?|acionistas|conselho(?: de administra(?:ç|c)(?:ã|a)o)?|investidores|diretoria|"
    r"soci[oe]?|cofondator[ei]|azionisti|consiglio(?: di amministrazione)?|cda|investitori|"
    r"vennoten|mede-?oprichters?|aandeelhouders|bestuur|raad van (?:bestuur|commissarissen)|investeerders|compagnons?)"
)
_OTHERS_AGREE = lazy_compile(
    rf"\b{_THE_OTHERS}\s+(?:(?:all|both|also|still|first|too|alle|auch|noch|tous|aussi|todos|tamb(?:é|e)m|tambi(?:é|e)n|tutti|anche|ook|allemaal)\s+)?"
    r"(?:have to|has to|must|need to|needs to|should|will have to|(?:have|has) got to|gotta|would have to|muss|m(?:ü|ue)ssen|sollen|doi(?:t|vent)|devront|"
    r"tiene[n]? que|debe[n]?(?: de)?|necesita[n]?|t(?:ê|e)m (?:que|de)|precisa[m]?(?: de)?|deve[m]?|devono|dovranno|moet(?:en)?|zal|zullen)\s+"
    r"(?:(?:all|both|also|first|too|alle|auch|erst|noch|tous|aussi|todos|tamb(?:é|e)m|tambi(?:é|e)n|tutti|anche|ook|eerst|primero|primeiro|prima|d'abord)\s+)?"
    r"(?:agree|approve|sign(?: off)?|consent|vote|okay it|ok it|be on board|buy in|say yes|give (?:the |their |its |his |her )?(?:ok|okay|go-ahead|green light|nod|sign-?off)|"
    r"zustimmen|einverstanden sein|mitziehen|abnicken|absegnen|freigeben|unterschreiben|ja sagen|"
    r"(?:ê|e)tre d'accord|valider|approuver|donner (?:leur|son) (?:accord|aval|feu vert)|signer|voter|"
    r"estar de acuerdo|aprobar\w*|dar (?:el|su) visto bueno|firmar|votar|validar\w*|"
    r"concordar|aprovar|assinar|dar (?:o|seu) aval|estar de acordo|"
    r"essere d'accordo|approvare|firmare|dare il (?:loro |suo )?(?:ok|via libera|consenso)|votare|validare|"
    r"akkoord gaan|instemmen|goedkeuren|tekenen|toestemming geven|ermee akkoord gaan|ja zeggen)\b|"
    # ... or their yes needed: "it needs the board's approval", "the partners' sign-off", "il faut l'accord des associés"
    rf"\b(?:need|needs|require|requires|needing|requiring|subject to|with)\s+(?:the\s+)?(?:approval|agreement|consent|sign-?off|ok|okay|buy-in|green light|go-ahead|blessing|vote)\s+(?:of|from)\s+{_THE_OTHERS}\b|"
    rf"\b(?:need|needs|require|requires|needing|requiring|subject to|with)\s+{_THE_OTHERS}['’]?s?['’]?\s+(?:approval|agreement|consent|sign-?off|ok|okay|buy-in|green light|go-ahead|blessing|vote)\b|"
    rf"\b(?:zustimmung|einverst(?:ä|ae)ndnis|freigabe|l'accord|le feu vert|l'aval|l'approbation|el visto bueno|la aprobaci(?:ó|o)n|el acuerdo|"
    r"a aprova(?:ç|c)(?:ã|a)o|o aval|a concord(?:â|a)ncia|l'approvazione|l'accordo|il via libera|il consenso|de goedkeuring|akkoord|toestemming|instemming)\s+"
    rf"(?:(?:der|des|von|meiner|meines|unserer|unseres|du|des|de|d'|de mes|de nos|del|de los|de las|de mis|de la|dos|das|do|da|de meus|dei|degli|del|della|delle|dei miei|van|nodig van)\s+)?{_THE_OTHERS}(?:s|n)?\b"
)

_ROLE_UNKNOWN = lazy_compile(r"\b(?:not sure who (?:decides|signs|approves)|don'?t know who (?:decides|signs|approves)|unclear who)")
# Phrases that say the seniority without naming a job title ("I own the business").
_NOT_A_TITLE = lazy_compile(r"(?:i |i'|my |me |myself |we |mir geh|die firma|das unternehmen|der betrieb|der laden|das gesch|die praxis|l'entreprise|la soci|la bo|l'affaire|le commerce|"
                            r"la empresa|el negocio|el despacho|el estudio|la compa|a empresa|o neg|l'azienda|l'attivit|la ditta|la societ|il negozio|lo studio|il ristorante|het bedrijf|de zaak|de onderneming|mein|mon |mi |eu e |io e |mijn |run |ich |j'ai |je |tengo |dirijo |llevo |tenho |ho |gestisco |dirigo |ik |the |in charge|responsible|just |member|on the|individual|started|self|sole|business owner|small business|"
                            r"founded|co-?founded|opened|set up|launched|built up|established|manejo |llevo |gestiono |cuido |giro |je g|je m'|gestisco |curo |seguo |ich verantworte|ich betreue|ich leite|ik doe|ik beheer|ik regel|habe |hab |haben |nous avons |on a |fund(?:é|e|amos|ei) |abr(?:í|i|imos) |mont(?:é|e|amos|ei) |cre(?:é|e|amos) |criei |abbiamo |wij |we hebben |"
                            r"it'?s |its |it is |es ist |das ist |c'est |es mi |(?:é|e) (?:a |o )?(?:minha|meu) |(?:è|e) (?:il|la) mi|het is |dit is )")
_SENIORITY_ROLE = {
    "c_level": "decision_maker", "vp": "decision_maker", "director": "influencer",
    "manager": "influencer", "individual_contributor": "user",
}
_FUNCTIONS = (
    r"digital|marketing|mktg|sales|growth|product|brand|content|demand|gen|generation|revenue|business|development|"
    r"partnerships?|customer|success|communications|comms|pr|e-?commerce|seo|social|media|performance|finance|financial|"
    r"hr|people|it|technology|tech|engineering|ppc|practice|store|shop|clinic|eng|strategy|data|analytics|experience|cx|creative|design|web|online|field|"
    r"events?|community|crm|martech|revops|operations|ops|procurement|purchasing|office|accounts?|key|channel|inside|"
    r"enterprise|paid|acquisition|lifecycle|retention|email|campaign|programs?|project|information|security|human|"
    r"resources|legal|commercial|insights|research|innovation|transformation|solutions|b2b|b2c|inbound|outbound|"
    r"partner|client|services|service|support|emea|apac|latam|dach|uk|us|eu|na|americas|europe|nordics|north|south|"
    r"east|west|america|"
    # the functions of charities, schools and plants: "volunteer coordinator", "fundraising manager", "quality lead"
    r"volunteers?|fundraising|membership|programme|outreach|training|quality|logistics|production|warehouse|editorial|admissions"
)
# Functions named after a title in the other languages ("directeur commercial", "Leiterin Vertrieb").
_LOCAL_FUNCTIONS = (
    r"vertrieb|einkauf|verkauf|personal|finanzen|controlling|entwicklung|kommunikation|commercial|commerciale|commerciaux|ventes|achats|"
    r"communication|financier|financière|informatique|ressources humaines|rh|comercial|ventas|compras|comunicación|financiero|financiera|"
    r"recursos humanos|vendas|comunicação|financeiro|financeira|tecnologia|ti|vendite|acquisti|comunicazione|amministrativo|finanziario|"
    r"verkoop|inkoop|communicatie|financiën|ict"
)
_FUNCTION_WORDS = lazy_compile(rf"(?:(?:{_FUNCTIONS}|{_LOCAL_FUNCTIONS}|&|and|y|et|und|e|en)(?:\s+|$))+")


def is_function(words: str) -> bool:
    """Whether ``words`` name only a job's function ("Performance Marketing", "Digital & Brand", "Vertrieb"): what a
    title is over ("Senior Manager, Performance Marketing"), not a firm."""
    return bool(words.strip()) and _FUNCTION_WORDS.fullmatch(words.strip().lower() + " ") is not None


_TITLE_WORDS = lazy_compile(
    r"(?<![\w'’])(?:(?:senior|sr\.?|junior|jr\.?|associate|assistant|deputy|acting|interim|lead|principal|chief|executive|"
    rf"group|global|regional|international|national|area|district|general|managing|founding|co|{_FUNCTIONS}|the|&|and|"
    # the Dutch and German adjectives of a function: "commercieel directeur", "kaufmännischer Leiter"
    r"commercieel|financieel|operationeel|creatief|technisch|artistiek|medisch|adjunct|beherende?|"
    r"kaufm(?:ä|ae)nnische[rn]?|technische[rn]?|stellvertretende[rn]?|kreative[rn]?)(?:\s+|-))*$"
)
_TITLE_TAIL = lazy_compile(
    r"^(?:\s+(?:of|for|de|du|des|di|del|della|da|do|van|für|im)\s+(?:the\s+)?(?:[^\W\d_][\w&-]*)(?:\s+(?:and|&)\s+(?!(?:i|we|my|our|you|he|she|they|it|the|so|but|also)\b)[a-z-]+)?"
    rf"(?:\s+(?:{_FUNCTIONS}))?|,?(?:\s+(?:{_FUNCTIONS}|{_LOCAL_FUNCTIONS})(?![a-z])){{1,3}})?"
)


_PRONOUN_AFTER_COMMA = lazy_compile(r"\s*,\s*(?:it|eu)\b")


# Whose title: "the assistant of the director", "l'assistante du directeur", "soy la secretaria del gerente" name
# someone else's title even after "I am" ("one of the founders", "l'une des fondatrices" are still the visitor).
_WHOSE = lazy_compile(
    r"(?:\b(?:of the|du|des|de la|del|de los|de las|della|dello|dei|degli|do|dos|da|das|van de|van het|von der|vom)\s+|"
    r"\b(?:de l|dell)['’])(?:(?:new|current|nouveau|nouvel|nouvelle|nuevo|nueva|novo|nova|nuovo|nuova|neuen|nieuwe)\s+)?$"
)
_POSSESSED = lazy_compile(
    r"(?<!\bi'm )(?<!\bi am )(?<!\bas )(?<!\bim )\b(?:my|our|their|his|her|your|mein\w*|unser\w*|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|meu|minha|noss[oa]s?|mio|mia|nostr[oa]|mijn|onze)\s+"
    r"(?:(?:new|current|old|former|own|line|direct|external|outside|trusty|usual)\s+)?$"
)
# "she's the CMO", "er ist der Geschäftsführer", "elle est la DG", "ella es la directora", "ele é o CEO", "lei è la titolare",
# "hij is de eigenaar": a title someone else has.
_THIRD_PERSON_IS = lazy_compile(
    r"\b(?:she'?s|he'?s|she is|he is|they'?re|they are|sie ist|er ist|elle est|il est|ella es|(?:é|e)l es|ela (?:é|e)|ele (?:é|e)|lei (?:è|e)|lui (?:è|e)|"
    r"zij is|ze is|hij is|c'est (?:elle|lui)|"
    # a person of the visitor's: "my wife is the owner", "ma femme est la propriétaire" ("my role is the CEO" is theirs)
    rf"(?:{_POSSESSIVE}|our|meine|unser|unsere|notre|nuestr[oa]|(?:a |o )?(?:minha|meu|nossa|nosso)|il mio|la mia|nostr[oa]|onze)\s+"
    rf"(?:{_CO_OWNER}|man|moglie|mari|boss|chef|baas)\s+(?:is|ist|est|es|é|è))"
    r"\s+(?:(?:the|our|my|their|a|an|der|die|das|unser\w*|le|la|l'|notre|el|nuestr[oa]|o|a|nosso|nossa|il|lo|nostr[oa]|de|het|onze)\s*)?(?:[a-z]+\s+)?$"
)
# Titles the firm has, counted or not: "we have two CEOs", "wir haben zwei Geschäftsführer", "nous avons deux gérants",
# "tenemos dos gerentes", "temos dois diretores", "abbiamo due titolari", "we hebben twee directeuren".
_WE_HAVE = lazy_compile(r"\b(?:we have|we've got|we got|wir haben|nous avons|on a|tenemos|temos|abbiamo|we hebben|wij hebben)\s+(?:[\w-]+\s+){0,2}$")
_ONE_OF = lazy_compile(r"\b(?:one|1|l['’]une?|une?|uno|una|um|uma|een|einer|eine[rs]?|each|any|some|all|both|part)\s+$")


def _is_others(lower: str, start: int) -> bool:
    before = lower[max(0, start - 40): start]
    whose = _WHOSE.search(before)
    if whose and not _ONE_OF.search(before, 0, whose.start()) and not _ONE_OF_MANY.search(before):
        return True  # (the Spanish "dos" is "two", not the Portuguese "of the": "uno de los dos directores")
    if _POSSESSED.search(before):
        return True  # "currently paying our freelancer", "I asked my manager": a person the visitor has, not the visitor
    if _THIRD_PERSON_IS.search(before):
        return True  # "asking for my boss, she's the CMO": the title is hers
    if _WE_HAVE.search(before):
        return True  # "wir haben zwei Geschäftsführer, ich bin Assistentin": the firm's, counted, not the visitor
    return bool(_OTHERS.search(before)) and not _SELF.search(before)


def _title(text: Text, start: int, end: int) -> str:
    lower = text.lower
    head = _TITLE_WORDS.search(lower[max(0, start - 80): start])
    if head:
        start = start - (len(lower[max(0, start - 80): start]) - head.start())
    tail = _TITLE_TAIL.match(lower[end: end + 60])
    # "MD, it's my call", "sou o dono, eu": after a comma "it" and Portuguese "eu" written in lower case are the
    # pronouns opening the next clause, not the IT or EU a title names ("Head of Sales, EU")
    if tail and _PRONOUN_AFTER_COMMA.match(text.original[end: end + 60]):
        tail = None
    if tail and not re.match(r"\s+(?:of|for|de|du|des|di|del|della|da|do|van|für|im)\s+(?:the\s+)?(?:a|an|my|our|company|business|firm|team|startup|[0-9]|"
                             r"un|une|uma|um|una|uno|een|einer|einem|ma|mon|notre|nuestra|nossa|minha|mia|mijn|la|el|het|les|"
                             # the firm said in its own language: "sócio-gerente da empresa", "socio amministratore della ditta"
                             r"empresa|firma|sociedade|companhia|azienda|ditta|societ(?:à|a)|unternehmens?|bedrijf|zaak|onderneming|loja|neg(?:ó|o)cio)\b",
                             lower[end: end + 20]):
        end += tail.end()
    title = text.original[start:end].strip(" ,.-&")
    # an article before the title, in any of the seven languages: "una studentessa", "l'assistante", "der Marketingleiter"
    title = re.sub(r"^(?:(?:the|a|an|and|&|der|die|das|ein|eine|einen|le|la|les|un|une|el|los|las|una|uno|il|lo|gli|o|os|um|uma|de|het|een)\s+|[ldLD]['’])",
                   "", title, flags=re.I)
    return title[:120]


# Self-employment said as an adjective after a job title in the Romance languages and Dutch ("consultante indépendante").
_QUALIFIER = lazy_compile(r"(?:ind(?:é|e)pendante?s?|indipendente|aut(?:ó|ô|o)nom[oa]s?|zelfstandige?|freelance)\b")
_HEAD_GAP = lazy_compile(r"\s+(?:(?!(?:at|for|in|with|and|but|of|to|from|the|my|our|i|who|which|that|here|der|des|du|de|del|della|da|do|van|von|vom)\b)[a-z][a-z.-]*\s+){0,3}")
_SHORT_IC = ("ic", "dev", "rep", "ae", "pm", "ea", "pa", "exec", "jr", "admin", "associate", "agent", "student", "employee", "editor", "junior")


_CLAUSE_LEAD = lazy_compile(r"\W*(?:(?:hi|hello|hey|hiya|ok|okay|so|well|yes|yeah)\W+)*(?:(?!(?:need|needs|hire|hiring|looking|want|wants|seeking|find|recruit\w*|a|an|our|the|my|your|with|to|for|no|not)\b)[a-z&'-]+\W+){0,4}")


# The title the visitor joined, started or was hired as, their clause opening with the verb ("12 years in B2B marketing,
# joined here in September as CMO", "j'ai rejoint l'entreprise en septembre comme CMO"); "my colleague joined as CMO"
# has someone else before the verb.
_JOINED_AS = lazy_compile(
    r"(?:^|[,;.!?]\s*|\b(?:i|i'?ve|and|just|recently|only|since)\s+)(?:joined|started|began|was hired|got hired|was brought in|came on board|came aboard|came in)\b"
    r"[^,.;!?]{0,45}?\bas\s+(?:(?:a|an|the|their|our)\s+)?(?:[a-z&-]+\s+){0,3}$|"
    r"\b(?:j'ai rejoint|je suis arriv(?:é|e)e?|j'ai (?:commenc(?:é|e)|d(?:é|e)but(?:é|e))|je suis entr(?:é|e)e?)[^,.;!?]{0,45}?\b(?:comme|en tant que)\s+(?:(?:le|la|l')\s*)?$"
)


def _introduces(text: Text, start: int) -> bool:
    """Whether a title at ``start`` is how the visitor introduces themself ("CMO at ...", "I'm the CMO")."""
    lower = text.lower
    if _SELF.search(lower[max(0, start - 40): start]) or _JOINED_AS.search(lower[max(0, start - 70): start]):
        return True
    clause_start = text.clause_at(start)[0]
    return _CLAUSE_LEAD.fullmatch(lower[clause_start:start]) is not None


# A correction just before a title, in the seven languages: "— well, acting head of ...", "actually", "or rather", "I mean",
# "eigentlich", "en fait", "bueno, en realidad", "na verdade", "anzi", "eigenlijk".
_CORRECTS_TITLE = lazy_compile(
    r"(?:[—–-]|,|\.|;)\s*(?:well|actually|or rather|i mean|sorry|correction|eigentlich|genauer gesagt|en fait|plut(?:ô|o)t|enfin|bueno|en realidad|"
    r"mejor dicho|na verdade|ali(?:á|a)s|anzi|in realt(?:à|a)|eigenlijk|of eigenlijk)\b[\s,]*(?:(?:i'?m|i am|now|currently|ich bin|je suis|soy|sou|sono|ik ben)\s+)?"
    r"(?:(?:the|a|an|der|die|le|la|el|o|a|il|de)\s+)?(?:[a-z-]+\s+){0,2}$")


# A title the visitor was promoted to replaces the one they had: "Was marketing manager till last month, just got promoted
# to Head of Marketing", "befördert zur Marketingleiterin", "promue directrice", "ascendido a director", "promosso a".
_PROMOTED = lazy_compile(
    r"(?:\b(?:(?:got|been|was|just|recently|now) )?(?:promoted|bumped up|stepped up|moved up)(?: to| as| into)?|\bbecame|\bbefördert (?:zum|zur|als)|\bbefoerdert (?:zum|zur|als)|"
    r"\bpromue? (?:au poste de |comme |en tant que )?|\bnomm(?:é|e)e? |\bascendid[oa] a|\bascendieron a|\bwurde (?:[\wäöü]+ ){0,3}?(?:zum|zur)|\bpromovid[oa] a|\bpromoss[oa] (?:a|come)|\bgepromoveerd tot|\bbenoemd tot)"
    r"\s*(?:(?:the|a|an|der|die|le|la|l'|el|o|a|il|lo|de|het)\s+)?(?:[a-z-]+\s+){0,2}$")


_THIRD_PARTY = lazy_compile(
    r"\b(?:my|our|his|her|their|mein\w*|unser\w*|mon|ma|notre|mi|nuestr\w*|meu|minha|mio|mia|mijn|onze|she|he|they|sie|er|elle|il|ella|(?:é|e)l|ela|ele|lei|lui|zij|hij)\b")


def _promoted_self(lower: str, start: int) -> bool:
    """Whether the title at ``start`` is one the visitor was promoted to ("just got promoted to Head of Marketing"), not
    a colleague ("my colleague was promoted to CMO")."""
    m = _PROMOTED.search(lower, max(0, start - 50), start)
    if not m:
        return False
    clause = re.split(r"[.!?;,]", lower[max(0, m.start() - 40): m.start()])[-1]
    return not _THIRD_PARTY.search(clause)


# A title sought is somebody to come, not the visitor: "we're hiring a sales director", "wir suchen einen
# Vertriebsleiter", "nous recrutons un directeur commercial", "buscamos un director comercial", "procuramos um gerente",
# "cerchiamo un direttore commerciale", "we zoeken een marketingdirecteur".
_SOUGHT = lazy_compile(
    r"\b(?:looking for|hiring|seeking|recruiting|to hire|to recruit|such(?:e|en|t)|einstellen|cherch(?:e|ons|ez)|"
    r"recrut(?:e|ons|ez|er)|embauch(?:e|ons|er)|busc(?:o|amos|an)|contratar|procur(?:o|amos|am)|contratando|"
    r"cerc(?:o|hiamo|ate)|assumere|zoek(?:en|t)?|werven)\s+"
    r"(?:(?:a|an|another|new|einen?|eine|neuen?|neue|un|une|nouveau|nouvelle|nuevo|nueva|otro|otra|um|uma|novo|nova|outro|"
    r"outra|uno|una|nuovo|nuova|altro|een|nieuwe)\s+){0,2}(?:[a-zäöüß-]+\s+)?$"
)


# Titles in shorthand that are other words too: the visitor's own only after "I'm" ("bin GF", "je suis DG"), before
# "here" ("DAF ici"), or as a short answer to the title question.
_SHORTHAND = frozenset({"gf", "gl", "dg", "daf", "ad", "drh", "dsi", "dircom", "resp.", "gte."})
_SELF_NO_PRONOUN = lazy_compile(r"(?:^|[^\w'])(?:bin|suis|sou|sono|soy|ben)\s+(?:(?:der|die|le|la|el|o|a|il|de)\s+|l')?$")
_HERE_AFTER = lazy_compile(r"\s*(?:here|hier|ici|aqu(?:í|i)|aqui|qui)\b")


def seniority_of(text: Text, field: str | None = None) -> tuple[str, int, int] | None:
    """The visitor's own seniority and where the title that says it is.

    The first title the visitor gives for themself counts; within one title
    the head noun decides ("junior account manager" is a manager).
    """
    return _seniority_of(text, field)


# One message is read for a title up to three times by one ``extract`` (``authority``, and ``nlu.identity`` twice): the
# few last answers are kept (a Text is immutable, and so is the answer).
@lru_cache(maxsize=16)
def _seniority_of(text: Text, field: str | None) -> tuple[str, int, int] | None:
    lower = text.lower
    if _ANY_LEVEL.search(lower) is None:
        return None
    found: list[tuple[int, int, str, int]] = []
    others: list[tuple[int, int]] = []  # titles of someone else: no word inside one is the visitor's ("by the Chief Procurement Officer")
    for name, pattern in _LEVEL_RES:
        for m in pattern.finditer(lower):
            if lower.startswith("'s", m.end()) or lower.startswith("s'", m.end()):
                continue
            if any(start <= m.start() and m.end() <= end for start, end in others):
                continue
            if _SELF_AFTER.match(lower, m.end()) and not (pattern in _SEVERAL and not _PLURAL_SELF_AFTER.match(lower, m.end())):
                found.append((m.start(), _ORDER[name], name, m.end()))
                continue  # "il titolare sono io", "the owner is me": the title said first, then the visitor as the one
            # "we're the owners", not "we're partners with HubSpot" (a partnership) nor "the owners' agency" (theirs)
            ours = pattern in _SEVERAL and _WE_ARE_OWNERS.search(lower[max(0, m.start() - 50): m.start()]) is not None \
                and not _PARTNERS_PLURAL.fullmatch(m.group(0)) and not lower.startswith(("'", "’"), m.end())
            if pattern in _SEVERAL and not ours and not _ONE_OF_MANY.search(lower[max(0, m.start() - 40): m.start()]):
                continue
            if (_is_others(lower, m.start()) or _SOUGHT.search(lower, max(0, m.start() - 40), m.start())) \
                    and not _promoted_self(lower, m.start()):
                others.append((m.start(), m.end()))
                continue
            if re.search(r"\b(?:not|no longer|never|n't)\s+(?:a |an |the |really )?$", lower[max(0, m.start() - 20): m.start()]):
                continue
            if m.group(0) in _SHORTHAND and not (_SELF.search(lower[max(0, m.start() - 40): m.start()]) or _HERE_AFTER.match(lower, m.end())
                                                 or _SELF_NO_PRONOUN.search(lower, max(0, m.start() - 20), m.start())
                                                 or (field == "authority" and len(lower.split()) <= 3)):
                continue  # "GF" is a girlfriend, "AD" an advert, "GL" a ledger, unless the visitor says it of themself
            if name == "c_level" and m.group(0) in ("cdo", "cso", "cpo") and not text.original[m.start(): m.end()].isupper() and not _SELF.search(lower[max(0, m.start() - 40): m.start()]):
                continue
            if name == "individual_contributor" and m.group(0) in _SHORT_IC and field != "authority" and not _SELF.search(lower[max(0, m.start() - 40): m.start()]):
                continue
            if field != "authority" and not ours and not _introduces(text, m.start()) and not _promoted_self(lower, m.start()):
                continue
            if field not in (None, "authority") and re.search(r"\w", lower[text.clause_at(m.start())[0]: m.start()]) and not _SELF.search(lower[max(0, m.start() - 40): m.start()]):
                continue  # "cabinet comptable" answers the industry question: a word of it, not the visitor's title
            if field is None and not ours and _DEFINITE_BEFORE.search(lower, max(0, m.start() - 6), m.start()) and not _SELF.search(lower[max(0, m.start() - 40): m.start()]):
                continue  # "die Geschäftsführung hat gekürzt", "the CFO wants ...": someone named with an article, not the visitor
            if _WE_ARE_A.search(lower, max(0, m.start() - 40), m.start()):
                continue
            if _IS_THEIRS_AFTER.match(lower, m.end()) and not _SELF.search(lower[max(0, m.start() - 40): m.start()]):
                continue  # "de eigenaar is mijn vrouw", "the owner is my wife": a title someone else has
            if (_DECIDES_AFTER.match(lower, m.end()) or _WANTS_AFTER.match(lower, m.end())) and not _SELF.search(lower[max(0, m.start() - 40): m.start()]):
                continue  # "the CEO signs off on anything over 10k", "head teacher wants a new one": someone else, not the visitor
            found.append((m.start(), _ORDER[name], name, m.end()))
    if not found:
        return None
    # the longest title first of those of one seniority at one place: "directora", not the "director" inside it
    found.sort(key=lambda f: (f[0], f[1], -f[3]))
    best = found[0]
    # "I'm the marketing manager — well, acting head of marketing": a title said again after a correction is the one
    corrected = [f for f in found[1:] if _CORRECTS_TITLE.search(lower, max(0, f[0] - 30), f[0]) or _promoted_self(lower, f[0])]
    if corrected:
        found = [f for f in found if f[0] >= corrected[-1][0]]
        best = found[0]
    for other in found[1:]:
        if other[0] >= best[3] and _partners_part(lower, best, other):
            # "gérant associé", "socia y gerente", "Geschäftsführer und Gesellschafter": one title, a partner's
            best = (best[0], _ORDER["c_level"], "c_level", other[3])
            continue
        if other[0] >= best[3] and _HEAD_GAP.fullmatch(" " + lower[best[3]: other[0]]) and not _QUALIFIER.fullmatch(lower, other[0], other[3]):
            if _PARTNER_WORD.fullmatch(lower, best[0], best[3]) and not lower[best[3]: other[0]].strip():
                # "associé gérant", "socio gerente", "sócia diretora", "vennoot zaakvoerder": a partner who runs the firm,
                # one title, as senior as the partner (a "socio gerente" is no mere manager)
                order = min(best[1], other[1])
                best = (best[0], order, _LEVEL_OF[order], other[3])
            else:
                best = other
        elif other[0] >= best[3]:
            break
    best = _partner_joined(lower, _hyphen_joined(lower, best))
    # "consultante indépendante", "consultor autónomo": an adjective after the head noun says how they work, not what
    qualified = _QUALIFIER.match(lower, best[3] + 1) if lower[best[3]: best[3] + 1] == " " else None
    return best[2], best[0], qualified.end() if qualified else best[3]


# A partner of the firm, who may name their part in running it after the word ("associé gérant", "socio gerente").
_PARTNER_WORD = lazy_compile(r"associ(?:é|e)e?|soci[oa]|s(?:ó|o)ci[oa]|vennoot|partner(?:in)?|gesellschafter(?:in)?|teilhaber(?:in)?")
_LEVEL_OF = {order: name for name, order in _ORDER.items()}


# A word joined to a title by a hyphen or a slash, no space: "sócia-gerente", "directeur-gérant", "Geschäftsführer-Inhaber",
# "socio-director", "owner-operator", "directeur/eigenaar". Not a dash typed without spaces before the next clause ("CEO-we decide").
_HYPHENED = lazy_compile(r"[-/](?!(?:i|we|my|our|and|but|so|it|ich|wir|und|je|nous|et|yo|y|eu|e|io|ik|wij|en)\b)[^\W\d_]+(?=$|[^\w-])")


def _hyphen_joined(lower: str, best: tuple[int, int, str, int]) -> tuple[int, int, str, int]:
    """The title with the words hyphened to it, one title whole ("sócia-gerente", not "sócia"), as senior as the
    most senior of its parts: a "directeur-gérant" runs the firm (gérant), a "socio-director" owns part of it."""
    start, order, name, end = best
    while joined := _HYPHENED.match(lower, end):
        for level, pattern in _LEVEL_RES:
            part = pattern.match(lower, end + 1)
            if part is not None and part.end() == joined.end() and _ORDER[level] < order:
                order, name = _ORDER[level], level
        end = joined.end()
    return start, order, name, end


# A partner's part in running the firm said with the partner word, in either order, apart or joined by "and": "associée
# gérante", "gérant associé", "sócio gerente", "socio amministratore", "Geschäftsführer und Gesellschafter", "socio e
# amministratore", "vennoot en zaakvoerder", "partner and managing director". The words that run a firm count here even
# where alone they are no title of the visitor's ("amministratore" alone may run a building or a server).
_RUNS_THE_FIRM = lazy_compile(
    r"(?:amministrat(?:ore|rice)(?: (?:unic[oa]|delegat[oa]))?|accomandatari[oa]|(?:co-?)?g(?:é|e)rante?|gerente|administrador(?:a)?|"
    # ... or the sole one: "socio unico", "socio único", "sócio único", "associé unique"
    r"unic[oa]|(?:ú|u)nic[oa]|unique|"
    r"gesch(?:ä|ae)ftsf(?:ü|ue)hrer(?:in)?|zaakvoer(?:der|ster)|bestuurder|directeur|directrice|director(?:a)?|diretor(?:a)?|"
    r"diret(?:tore|trice)|direktor(?:in)?|managing director|md|ceo|owner|inhaber(?:in)?|eigena(?:ar|res)|titolare|due(?:ñ|n)[oa]|don[oa]|"
    r"propri(?:é|e)taire|propietari[oa]|propriet(?:á|a)ri[oa])(?![\w-])")
_PARTNER_JOIN = lazy_compile(r"(?:\s+(?:and|und|et|y|e|en)\s+|\s*&\s*|\s+)")
_PARTNER_ALONE = lazy_compile(
    r"(?:associ(?:é|e)e?|soci[oa]|s(?:ó|o)ci[oa]|vennoot|partner(?:in)?|gesellschafter(?:in)?|teilhaber(?:in)?)(?![\w-])")


def _partners_part(lower: str, best: tuple[int, int, str, int], other: tuple[int, int, str, int]) -> bool:
    """Whether two titles found side by side, or joined by "and", are a partner and their part in running the firm."""
    gap = _PARTNER_JOIN.fullmatch(lower, best[3], other[0])
    if gap is None:
        return False
    last = lower.rfind(" ", best[0], best[3]) + 1  # "geschäftsführender Gesellschafter": its last word is the partner
    first_is_partner = bool(_PARTNER_WORD.fullmatch(lower, best[0], best[3]) or _PARTNER_WORD.fullmatch(lower, last, best[3]))
    if first_is_partner:
        return _RUNS_THE_FIRM.fullmatch(lower, other[0], other[3]) is not None
    return _RUNS_THE_FIRM.fullmatch(lower, best[0], best[3]) is not None and _PARTNER_WORD.fullmatch(lower, other[0], other[3]) is not None


def _partner_joined(lower: str, best: tuple[int, int, str, int]) -> tuple[int, int, str, int]:
    """The partner's title with their part in running the firm said beside it, one title whole ("associée gérante",
    "gérant associé", "Geschäftsführer und Gesellschafter"), as senior as a partner."""
    start, order, name, end = best
    while joined := _PARTNER_JOIN.match(lower, end):
        after = joined.end()
        partner_first = _PARTNER_WORD.fullmatch(lower, start, end) or _PARTNER_WORD.fullmatch(lower, lower.rfind(" ", start, end) + 1, end)
        second = (_RUNS_THE_FIRM.match(lower, after) if partner_first else None) or \
            (_PARTNER_ALONE.match(lower, after) if _RUNS_THE_FIRM.fullmatch(lower, start, end) else None)
        if second is None:
            break
        end = second.end()
        order, name = _ORDER["c_level"], "c_level"
    return start, order, name, end


# A yes, or a word of confirming, said with the firm pointed at as theirs ("yes, that's my company", "c'est bien mon
# entreprise", "klopt, het is wel ons bedrijf"), in the seven languages; words as ``nlu.text.plain`` leaves them.
_CONFIRMING = lazy_compile(
    r"(?<![\w'])(?:yes|yeah|yep|yup|correct|right|exactly|indeed|sure|ok|okay|really|ja|jep|jo|genau|richtig|stimmt|korrekt"
    r"|echt|wirklich|tatsachlich|oui|exact|exactement|voila|tout a fait|bien|effectivement|en effet|si|claro|correcto|exacto"
    r"|eso es|efectivamente|sim|certo|exato|isso|mesmo|esatto|giusto|proprio|klopt|precies|juist|inderdaad|wel)(?![\w'])")


def _confirms_the_firm(original: str) -> bool:
    """Whether a message only points at the firm read back as theirs, with a yes or a word of confirming: it confirms
    the firm, and says nothing of who they are in it ("that's my company" alone may still be the owner's words)."""
    from nlu.identity import points_at_the_firm  # identity reads titles: imported here, at first use
    return points_at_the_firm(original) and _CONFIRMING.search(plain(original)) is not None


def authority(text: Text, field: str | None) -> Authority | None:
    """Title, seniority and role, or nothing when the text says none of them."""
    if _confirms_the_firm(text.original):
        return None  # "yes, that's my company", "sí, esa es mi empresa" to the firm read back: a yes, no role
    lower = text.lower
    found = seniority_of(text, field)
    role = None
    local_decides = list(_DECIDES_LOCAL.finditer(lower))
    negated = [bool(_NEGATED_BEFORE.search(lower[max(0, m.start() - 16): m.start()]) or _NEGATED_AFTER.match(lower[m.end(): m.end() + 30]))
               for m in local_decides]
    if _ROLE_UNKNOWN.search(lower):
        role = "unknown"
    elif _CO_OWNERS_DECIDE.search(lower):
        role = "decision_maker"
    elif _SHARED.search(lower):
        role = "influencer"
    elif found and found[0] == "c_level" and _owner_with(lower, found[1]):
        role = "decision_maker"  # "soy la dueña junto con mi socio": one of the owners, who decide
    elif _DECIDES.search(lower) and not re.search(r"\b(?:not|n't|never)\s+(?:\w+\s+){0,2}(?:the\s+)?decision", lower):
        role = "decision_maker"
    elif local_decides and not all(negated):
        role = "decision_maker"
    elif _INFLUENCES.search(lower) or _INFLUENCES_LOCAL.search(lower) or _BOSS_DECIDES.search(lower) or _KIN_DECIDES.search(lower) or any(negated) \
            or _OTHERS_AGREE.search(lower):
        # "ich entscheide nicht (allein)": someone else decides too
        role = "influencer"
    elif _USES.search(lower):
        role = "user"
    someone_else_owns = _SOMEONE_ELSE_OWNS.search(lower) is not None or _RUNS_FOR.search(lower) is not None
    if found and found[0] == "c_level" and _RUNS.match(lower, found[1]) and (someone_else_owns or role == "influencer"):
        found = None  # "I run the shop with my wife, she's the owner", "I run the shop, my partner decides": running it, not owning it
    elif found and found[0] == "c_level" and someone_else_owns and _NOT_A_TITLE.match(lower[found[1]: found[2]]) \
            and not _OWN_SAID.search(lower, found[1], text.clause_at(found[1])[1]):
        found = None  # "ik heb een winkel, mijn vrouw is de eigenaar": a business they have, someone else's to own
    if someone_else_owns and role in (None, "user") and not (found and found[0] in ("c_level", "vp")):
        role = "influencer"  # "ich führe den Laden mit meiner Frau, sie ist die Inhaberin": the owner decides
        # (a CEO or VP of a firm someone else owns keeps the role of the title: who decides is not said)
    if found is None and role is None:
        return None
    seniority = found[0] if found else "unknown"
    title = None
    if found and not _NOT_A_TITLE.match(lower[found[1]: found[2]]):
        title = _title(text, found[1], found[2])
    if title and (_ONE_OF_MANY.search(lower[max(0, found[1] - 40): found[1]]) or _WE_ARE_OWNERS.search(lower[max(0, found[1] - 50): found[1]])):
        title = _singular(title)  # "I'm one of the two partners": the visitor is a partner
    elif title and _PLURAL_SELF_AFTER.match(lower, found[2]):
        title = _singular(title)  # "i titolari siamo noi": the visitor is one of the owners
    if role == "influencer" and found and _ONE_OF_MANY.search(lower[max(0, found[1] - 40): found[1]]) \
            and _ONES_WHO_SIGN.search(lower) and _singular(_ONES_WHO_SIGN.search(lower).group(1)) == _singular(lower[found[1]: found[2]]):
        # "I'm one of the two directors, and the directors sign off": the visitor is one of those who sign
        role = "decision_maker"
    if role is None or (role == "user" and seniority in ("c_level", "vp")):
        # "I'm the owner, I run it with my wife": an owner who runs or uses it still decides
        role = _SENIORITY_ROLE.get(seniority, "unknown")
    return Authority(title=title or None, seniority=seniority, role=role)


# Those who sign named in the plural: "the (two) directors sign off", "the partners decide", "the owners have the final say".
_ONES_WHO_SIGN = lazy_compile(
    r"\b(?:the\s+)?(?:two\s+|three\s+|four\s+|both\s+|all\s+)?([a-z-]+s)\s+(?:(?:all|both|jointly|together|usually|always)\s+)?"
    r"(?:sign(?: off)?|approve|decide|have (?:the )?(?:final|last) (?:say|word|call)|make (?:the )?(?:final )?(?:call|decision)s?)\b")
# "one of the (two) partners", "l'un des associés", "uno de los socios", "um dos sócios", "uno dei soci", "een van de partners".
# The visitor among the owners, said in the plural: "we're the owners", "my brother and I are the owners", "somos los
# dueños", "meu sócio e eu somos os donos", "nous sommes les propriétaires", "wir sind die Inhaber", "siamo i titolari",
# "wij zijn de eigenaren" (the owners' words are ``_OWNERS_OF_SEVERAL``'s; "we're partners with HubSpot" names none).
_WE_ARE_OWNERS = lazy_compile(
    r"(?:\b(?:we'?re|we are|(?:and i|and me|& i) are|somos|(?:y yo|e eu) somos|nous sommes|on est|(?:et moi|et moi,?) (?:sommes|on est)|"
    r"wir sind|und ich sind|siamo|(?:e io|io e \w+(?: \w+)?) siamo|we zijn|wij zijn|en ik zijn))\s+(?:(?:the|both|all|joint|los|las|os|as|les|die|beide|i|le|de|allebei|ambos|ambas|tous (?:les )?deux|entrambi)\s+)*$")
_PARTNERS_PLURAL = lazy_compile(r"partners|associ(?:é|e)e?s|s(?:ó|o)ci[oa]s|soci|socie|vennoten")
_ONE_OF_MANY = lazy_compile(
    r"\b(?:one of (?:the |our |my )?|1 of (?:the )?|l['’]une? des |une? des |un[oa] de (?:los|las) |um dos |uma das |un[oa] (?:dei|delle|degli) |"
    r"(?:een|één) van (?:de |onze )?|eine[rs]? (?:der|unserer) )(?:\w+ )?$")
# Plurals that do not end in a bare -s: the Italian "soci", the Dutch "vennoten".
_IRREGULAR_PLURALS = {"soci": "socio", "socie": "socia", "vennoten": "vennoot", "fondatori": "fondatore", "titolari": "titolare",
                      "fondatrici": "fondatrice", "proprietari": "proprietario", "proprietarie": "proprietaria", "fundadores": "fundador",
                      "eigenaren": "eigenaar", "eigenaars": "eigenaar", "mede-eigenaren": "mede-eigenaar", "inhaberinnen": "inhaberin",
                      "gründerinnen": "gründerin", "gesellschafterinnen": "gesellschafterin", "directores": "director",
                      "diretores": "diretor", "direttori": "direttore", "direttrici": "direttrice", "directeuren": "directeur",
                      "direktoren": "direktor", "direktorinnen": "direktorin", "geschäftsführerinnen": "geschäftsführerin"}


def _singular(title: str) -> str:
    """The title of one of several: "partners" is "partner", "co-founders" "co-founder", "soci" "socio"."""
    head, _, last = title.rpartition(" ")
    one = _IRREGULAR_PLURALS.get(last.lower())
    if one is not None and last[:1].isupper():
        one = one.capitalize()  # "Inhaberinnen" is "Inhaberin"
    if one is None:
        one = last[:-1] if re.fullmatch(r"[^\W\d_][\w-]{2,}[^sS\W]s", last) else last
    return f"{head} {one}" if head else one
