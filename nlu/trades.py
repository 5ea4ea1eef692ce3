"""Trades the contract's industry labels do not name, and the label each one gets.

The lead contract lists twenty labels ("restaurants, cafes and hotels are hospitality; accounting, legal and consulting
firms are professional_services"). A business it does not name is "other" (a hair salon, a dog groomer, a tattoo
studio, a car repair garage, a locksmith, a laundry), unless the contract's own words put the trade under a label: a
firm that manages or lets property is real estate, a shop of any goods is retail, a freight forwarder is logistics, a
gardener is the landscaping construction already holds, a metalworking firm is manufacturing, a wine estate is
agriculture, an agency that places staff is professional services (as recruitment is), an escape room is leisure, as
a bowling alley is hospitality.

``unnamed`` finds these trades in a message's words, in the seven languages visitors write (English, German, French,
Spanish, Italian, Portuguese, Dutch); ``nlu.industries`` decides whether the visitor says it of their own business
(not of their clients, not of a supplier they look for) and whether a label's own description said earlier wins.
"""

from __future__ import annotations

from collections.abc import Iterator

from nlu.patterns import lazy_compile

_TRADES = (
    # hair, beauty, nails and barbers
    (
        "other",
        r"hair ?(?:salons?|dressers?|dressing|studios?|stylists?)|barber ?(?:shops?|s)\b|barbers?(?= (?:in|on|at|with|and|&|\+|,))|"
        r"(?:beauty|nail|tanning|brow|lash|waxing) (?:salons?|bars?|studios?|parlou?rs?|clinics?)|nail techs?|beauty therapists?|"
        r"friseur(?:salon|geschäft|betrieb|e|in)?s?|haarsalon|kosmetik(?:studio|salon|institut)|nagelstudio|schönheitssalon|barbershop|"
        r"salons? de (?:coiffure|beaut(?:é|e)|toilettage)|coiffeur(?:s|se|ses)?|institut de beaut(?:é|e)|onglerie|barbiers?|"
        r"peluquer(?:í|i)as?(?: canina)?|peluqueros?|sal(?:ó|o)n de (?:belleza|u(?:ñ|n)as)|barber(?:í|i)as?|centro de est(?:é|e)tica|"
        r"sal(?:ã|a)o de (?:beleza|cabeleireiro)|cabeleireir[oa]s?|barbearias?|parrucchier[ei]|salone di bellezza|barberia|centro estetico|estetist[ae]|"
        r"kapsalons?|kappers(?:zaak|salon)|kapperszaak|schoonheidssalons?|barbier(?:shop|zaak)",
    ),
    # animals groomed, kept or walked for their owners (a vet is healthcare)
    (
        "other",
        r"(?:dog|pet|cat) (?:groom(?:ing|ers?)|daycare|day care|boarding|hotel|sitting|sitters?|walk(?:ing|ers?)|spa)|groomers|boarding kennels?|catter(?:y|ies)|"
        r"hunde(?:salon|friseur|pension|tagesstätte|betreuung)\w*|tierpension|toilettage(?: canin)?|toiletteurs?|pension canine|"
        r"guarder(?:í|i)a canina|residencia canina|banho e tosa|hotel (?:para|de) (?:c(?:ã|a)es|pets)|creche (?:para|de) c(?:ã|a)es|"
        r"toelettatura|pensione per (?:cani|animali)|asilo per cani|"
        r"(?:honden)?trimsalons?|hondenuitlaat(?:service|dienst)|dierenpension|hondenpension|hondenopvang|kattenpension",
    ),
    # tattoo and piercing
    (
        "other",
        r"tattoo(?:ing)?(?: (?:studios?|shops?|parlou?rs?|artists?|salons?))?|piercing studios?|tattoostudios?|t(?:ä|ae)towier\w*|"
        r"(?:salon|studio) de tatouage|tatoueurs?|tatouages?|estudio de tatuajes?|tatuadore?s?|tatuajes|est(?:ú|u)dio de tatuagem|tatuagens|"
        r"studio (?:di )?tatuaggi|tatuator[ei]|tattooshops?|tatoeëerder\w*|tatoeage(?:studio|shop)\w*",
    ),
    # cars mended, washed or tyred
    (
        "other",
        r"(?:auto|car|vehicle|motor|truck|van|motorcycle|motorbike) (?:repairs?|repair (?:shop|garage|centre|center)s?|servicing|service (?:centre|center|garage)s?|body ?shops?|detailing|wash(?:es)?)|"
        r"(?:independent|family|local|car|auto|motor|mot|repair) garages?|garage (?:doing|for) (?:mots?|repairs|servicing)|(?:car |auto |mobile )?mechanic (?:shop|business|workshop)s?|mobile mechanics?|(?:car|auto|motor) mechanics?|"
        r"body ?shops?|panel beat\w*|smash repairs?|collision (?:repair|cent(?:er|re))s?|(?:tyre|tire) (?:shops?|cent(?:er|re)s?|fitters?)|auto electricians?|"
        r"kfz-(?:werkstatt|betrieb|meisterbetrieb)\w*|(?:auto|motorrad|karosserie|lkw)-?werkst(?:ä|a)tt(?:en)?|autoreparatur\w*|reifenservice|reifenhandel|autopflege|waschstra(?:ß|ss)en?|"
        r"garages? (?:automobiles?|auto)|garagistes?|carrosseries?|atelier m(?:é|e)canique|centre auto|lavage auto|"
        r"taller(?:es)? (?:mec(?:á|a)nicos?|de (?:coches|autos|carros|veh(?:í|i)culos|motos))|chapa y pintura|lavaderos? de (?:coches|autos)|autolavados?|"
        r"oficinas? (?:mec(?:â|a)nicas?|de (?:autom(?:ó|o)veis|carros|motos))|funilarias?|lava-?jatos?|"
        r"officin[ae] meccanic[ae]|autofficin[ae]|carrozzeri[ae]|autolavaggi(?:o)?|gommist[ai]|"
        r"autogarages?|garagebedrijf|autoschadebedrijf|autoschadeherstel|carrosseriebedrijf|wasstra(?:at|ten)|bandencentrale|autowerkplaats",
    ),
    # locks, laundry, shoes mended
    (
        "other",
        r"locksmith(?:s|ing)?|key cutting|laundr(?:y|ies|omats?|ettes?)(?! lists?)|dry[- ]clean(?:ers?|ing)|cobblers?|shoe repairs?|"
        r"schl(?:ü|ue)sseldienst\w*|w(?:ä|ae)scherei\w*|waschsalon|chemische reinigung|serruri(?:er|ers|erie)|(?:un|le|notre|mon) pressing|blanchisserie|laverie|"
        r"cerrajer(?:í|i)as?|cerrajeros?|lavander(?:í|i)as?|tintorer(?:í|i)as?|chaveiros?|serralheiros?|lavandarias?|"
        r"lavanderi[ae]|tintori[ae]|calzolai(?:o)?|slotenmakers?|sleutelservice|wasserettes?|stomerij(?:en)?|wasserij(?:en)?|schoenmakerij",
    ),
    # planners of weddings and events, pictures rendered, auctions held
    (
        "other",
        r"(?:wedding|event|party) plann(?:ers?|ing)|3d (?:render(?:ing)?|visuali[sz]ation) (?:studio|company|business|firm)s?|archviz|cgi studio|auction (?:house|rooms?|company)s?|auctioneers?|"
        r"hochzeitsplan\w*|eventplan\w*|wedding planners?|organisat(?:eur|rice)s? de mariages?|organizador(?:a|es)? de bodas|wedding planner|"
        r"cerimonialistas?|organizza(?:tore|trice|zione) (?:di )?matrimoni|weddingplanner|trouwplanner|veiling(?:huis|huizen)|auktionshaus|maison de ventes|casa de subastas|leiloeira|casa d'aste",
    ),
    # property let, managed or stored in
    (
        "real_estate",
        r"property (?:mgmt|mgt|manag\w*)|(?:hoa|strata|block|lettings?|rental|condo|community association) management|self[- ]?storage|storage units|mini[- ]?storage|"
        r"hausverwaltung\w*|immobilienverwaltung\w*|wohnungsverwaltung|lagerraumvermietung|syndics? de copropri(?:é|e)t(?:é|e)|gestion locative|administrateurs? de biens|garde-meubles|self[- ]stockage|"
        r"administraci(?:ó|o)n de fincas|administrador(?:a|es)? de fincas|trasteros|guardamuebles|administradora de (?:condom(?:í|i)nios|im(?:ó|o)veis)|gest(?:ã|a)o (?:de condom(?:í|i)nios|predial|imobili(?:á|a)ria)|guarda-m(?:ó|o)veis|"
        r"amministrazion[ei] (?:condominial[ei]|di condomini|immobiliar[ei])|amministrator[ei] di condomini(?:o)?|gestione immobiliare|"
        r"vastgoedbeheer\w*|vve-beheer\w*|opslagboxen|opslagruimte(?:verhuur|n)?",
    ),
    # goods sold again or given as gifts
    (
        "retail_ecommerce",
        r"gift hampers?|hampers? (?:biz|business|company|shop|brand)s?|gift (?:box|basket)(?:es|s)? (?:biz|business|company|shop|brand)|garden (?:cent(?:re|er)s?|shops?)|"
        r"thrift (?:stores?|shops?)|op shops?|"
        r"gartencenter|gartenmarkt|secondhand-?laden|gebrauchtwaren\w*|jardinerie|ressourcerie|friperie|"
        r"tienda de segunda mano|centro de jardiner(?:í|i)a|brech(?:ó|o)s?|loja de usados|garden center|"
        r"mercatino dell'usato|negozio dell'usato|vivaio e garden|"
        r"kringloop(?:winkel|bedrijf|centrum)s?|tweedehandswinkels?|tuincentr(?:um|a)",
    ),
    # goods moved: freight forwarders in the other languages
    (
        "logistics",
        r"transit(?:á|a)ri(?:o|os|a)|transitaires?|spedizionier[ei]|casa di spedizioni|expediteurs?|expeditiebedrijf",
    ),
    # gardens laid and kept, as landscaping is
    (
        "construction",
        r"hoveniers?(?:bedrijf)?|garten- und landschaftsbau\w*|galabau|landschaftsg(?:ä|ae)rtner\w*|paysagistes?|entreprise d'espaces verts|"
        r"(?:empresa de )?(?:jardiner(?:í|i)a|paisajismo)|paisajistas?|(?:empresa de )?(?:jardinagem|paisagismo)|paisagistas?|"
        r"(?:impresa|azienda|ditta) (?:di )?giardinaggio|giardinier[ei]|manutenzione del verde",
    ),
    # metal worked
    (
        "manufacturing",
        r"metal ?mechanic\w*|metalmeccanic\w*|metalmec(?:á|a)nic\w*|metalomec(?:â|a)nic\w*|metallverarbeit\w*|m(?:é|e)tallurgi\w*|metalurgi\w*|metallurgic\w*",
    ),
    # wine grown on an estate: "uma quinta de vinho no Douro"
    ("agriculture", r"quintas? (?:de vinhos?|vin(?:í|i)colas?|agr(?:í|i)colas?|do douro)|wine estates?"),
    # leisure played for a ticket, as a bowling alley is
    (
        "hospitality",
        r"escape ?rooms?|escape games?|trampoline parks?|laser ?tag|axe throwing|go-?kart(?:ing)?(?: tracks?)?|mini ?golf|"
        r"(?:salle|jeu) d'escape game|sala de escape|salas de escape|sala di escape|fuga room",
    ),
    # nursing and care given at home, which the contract's healthcare holds as it holds home care
    (
        "healthcare",
        r"home nursing|district nursing|domiciliary care|home care agenc(?:y|ies)|"
        r"(?:haus)?krankenpflege\w*|ambulante(?:r|n)? pflege\w*|h(?:ä|ae)usliche pflege|soins (?:infirmiers )?(?:à|a) domicile|infirmi(?:er|ers|(?:è|e)res?) (?:(?:à|a) domicile|lib(?:é|e)ra(?:l|ux|les?))|ssiad|"
        r"enfermer(?:í|i)a (?:a|en) domicilio|ayuda a domicilio|asistencia domiciliaria|enfermagem (?:domiciliar|domicili(?:á|a)ri[ao]|ao domic(?:í|i)lio|em casa)|apoio domicili(?:á|a)rio|home care|"
        r"assistenza domiciliare|infermier[ei] a domicilio|cure domiciliari|thuisverpleging|wijkverpleging|thuiszorgorganisatie|verpleging aan huis",
    ),
    # staff placed with clients, as recruitment is; premises cleaned, as the English "cleaning company" is
    (
        "professional_services",
        r"(?:locum|nursing|care staff|healthcare staffing|medical staffing|temp|temping|labou?r hire|employment) agenc(?:y|ies)|"
        r"(?:commercial|office|contract|industrial|janitorial|domestic) cleaning|janitorial (?:services|company|firm)|"
        r"reinigungs(?:firma|unternehmen|betrieb|dienst|service)\w*|geb(?:ä|ae)udereinigung\w*|geb(?:ä|ae)udedienste?|"
        r"(?:entreprise|soci(?:é|e)t(?:é|e)) de (?:nettoyage|propret(?:é|e))|nettoyage (?:industriel|de bureaux|professionnel)|"
        r"empresas? de limpieza|limpieza (?:industrial|de oficinas|profesional)|empresas? de limpeza|limpeza (?:industrial|de escrit(?:ó|o)rios|profissional)|"
        r"impres[ae] di pulizi[ae]|pulizie (?:industriali|civili|di uffici)|(?:azienda|ditta|societ(?:à|a)) di pulizi[ae]|"
        # pest control, in the Brazilian word for the firm: "uma dedetizadora"
        r"dedetizadoras?|desinsetizadoras?|"
        r"schoonmaak(?:bedrijf|bedrijven|dienst|diensten|organisatie)|glazenwassers?(?:bedrijf)?",
    ),
)

_TRADE_RES = tuple((label, lazy_compile(rf"\b(?:{pattern})(?![\w-])")) for label, pattern in _TRADES)


def unnamed(lower: str) -> Iterator[tuple[str, int, int]]:
    """Each trade the labels do not name, with where it is said, in the order said: (label, start, end)."""
    found = sorted((m.start(), m.end(), label) for label, pattern in _TRADE_RES for m in pattern.finditer(lower))
    for start, end, label in found:
        yield label, start, end
