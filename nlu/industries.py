"""Industry: the contract's label from how people describe their business.

A company that builds software for an industry is a software company
("accounting software" is software, an accounting firm is professional
services), so software and fintech descriptions win over the industry they
serve; otherwise the first description in the text decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from nlu.text import Text

_FIRST = (
    ("fintech", r"fin-?tech|neo-?bank|challenger bank|payments? (?:company|startup|platform|processor|provider|app|processing)|payment processing|"
                r"crypto(?:currency)?(?: exchange| company| startup| platform| wallet)?|blockchain|defi|web3|insurtech|insur-tech|regtech|wealthtech|lendtech|"
                r"lending (?:platform|app|startup)|digital (?:bank|wallet|lending)|buy now,? pay later|bnpl|money transfer app|remittance"),
    ("software", r"saas|s\.a\.a\.s|software|(?:mobile |web |ios |android )?apps? (?:company|startup|studio|developer)|"
                 r"(?:we|i) (?:build|make|develop|sell|create|code|ship|run) (?:an? |our |the )?(?:\w+ ){0,3}(?:app|apps|platform|tool|tools|plugin|extension|api|product)\b|"
                 r"(?:tech|technology|software|dev|ai|ml|cloud|cybersecurity|security|data|analytics|it) (?:startup|company|firm|shop|business|vendor|provider|house)|"
                 r"dev shop|development shop|software house|(?:legal|law|hr|sales|gov|reg)[- ]?tech|cyber ?security|martech|adtech|ad-tech|b2b platform|"
                 r"(?:an? |our )(?:\w+ )?(?:platform|marketplace app)|tech start-?up|ai start-?up|devtools|dev tools|developer tools|"
                 r"managed services provider|managed (?:it )?services|it managed services|msp\b|cloud (?:provider|hosting)|hosting company|web hosting|it services|it company|it firm|"
                 r"game (?:studio|developer)|video game|gaming company|app developer|platform company|subscription software"),
)
_REST = (
    ("financial_services", r"bank|banking|credit union|insurance|insurer|insurance broker|brokerage firm|wealth management|asset management|"
                           r"financial (?:services|advisor|adviser|advisory|planning|planner|planners|institution)|investment (?:firm|bank|company|management|advisor)|"
                           r"private equity|hedge fund|venture capital|vc firm|mortgage|lender|lending|loans?|credit card|fund manager|family office|"
                           r"wealth advisors?|ria\b|trading firm|forex|pension fund|microfinance|factoring|leasing company"),
    ("professional_services", r"accounting|legal services|consultants?|(?:accounting|accountancy|law|legal|tax|audit|consulting|architecture|engineering|cpa|bookkeeping|hr|payroll) (?:practice|firm|company|office|business|partnership|advisory|advisors?|services)|tax consult\w*|law firm|legal (?:firm|practice|services)|lawyers?|attorneys?|solicitors?|barristers?|accounting firm|accountancy|accountants|cpa firm|cpas\b|"
                              r"bookkeep(?:ing|ers?)|tax (?:firm|advisors?|preparation|services)|consult(?:ancy|ancies|ing firm|ing company|ing business|ing practice|ants)|"
                              r"management consult\w*|it consult\w*|strategy consult\w*|hr consult\w*|hr (?:firm|services)|recruit(?:ment|ing) (?:agency|firm|company)|recruiters|"
                              r"staffing(?: agency| firm| company)?|headhunt\w*|executive search|architecture firm|architects|engineering (?:firm|consultancy)|"
                              r"audit(?:ing)? firm|advisory firm|translation (?:agency|services)|professional services|b2b services|outsourcing|bpo|"
                              r"payroll (?:services|company)|virtual assistant|coaching business|business coach|executive coach|cleaning (?:company|services|business)|"
                              r"facilities management|security services|notary|patent|ip firm|consulting"),
    ("marketing_advertising", r"(?:marketing|advertising|ad|ads|digital|creative|pr|media|branding|seo|ppc|social media|growth|content|design|web design|"
                              r"performance|influencer|email marketing|lead gen|lead generation|inbound|demand gen|b2b marketing|brand|communications?) agency|"
                              r"advertising|ad agency|agencies|marketing firm|marketing company|marketing consultancy|pr firm|public relations|media buying|"
                              r"(?:we'?re|we are|i run|i own|i have) an agency|an agency|agency owner|"
                              r"(?:\b(?:a|an|small|boutique|tiny|full[- ]service|independent|indie)|\d+[- ]?(?:person|people|ppl|staff|strong|man))\s+(?:(?!travel|staffing|recruit|real|estate|insurance|employment|talent|model|government|federal|state|nanny|temp|tour|booking|shipping|"
                              r"collection|debt|home care|care|nursing|translation|design|creative|web|branding|digital)[\w-]+ ){0,2}agency|our agency|my agency|marketing services"),
    ("healthcare", r"hospital|hospitals|clinic|clinics|medical|healthcare|health care|health ?tech|med ?tech|pharma(?:ceutical)?s?|biotech|life sciences|"
                   r"dental|dentist|dentistry|orthodont\w*|physio(?:therapy)?|chiropract\w*|therapy practice|therapists?|mental health|telehealth|telemedicine|"
                   r"senior care|elder care|home care|home health|nursing home|care home|assisted living|veterinary|vet clinic|vets?\b|optometr\w*|optician|"
                   r"pharmacy|pharmacies|doctors?|physicians?|surgery|surgical|med ?spa|medspa|wellness clinic|health system|healthcare provider|"
                   r"medical device|diagnostics|laboratory|labs?\b|patients|practice management|aesthetics clinic|dermatolog\w*|cosmetic surgery|hearing aids?|rehab"),
    ("retail_ecommerce", r"e-?commerce|ecom\b|online (?:[a-z-]+ ){0,3}(?:store|shop|retailer|retail|boutique|business selling|marketplace)|web ?shop|webstore|retail(?:er|ers)?|"
                         r"(?:shopify|woocommerce|amazon|etsy|ebay)(?: plus)? (?:store|shop|seller|brand|business)|dtc|d2c|direct[- ]to[- ]consumer|consumer brand|"
                         r"brick and mortar|stores? (?:chain|locations)|chain of (?:stores|shops|boutiques)|(?:clothing|fashion|apparel|furniture|shoe|jewelry|jewellery|"
                         r"cosmetics|beauty|skincare|pet|toy|supplement|grocery|sporting goods|outdoor gear|electronics|gift|home decor|wine|coffee bean|candle)s? (?:brand|store|shop|retailer|company|business|line|label|boutique)|"
                         r"(?:online |two-sided |b2c |peer-to-peer |p2p )?marketplace(?! (?:app|seller))(?: for| of| selling| where)|(?:book|hardware|convenience|liquor|pet|toy|gift|thrift|record|bike|bicycle|furniture|jewelry|jewellery|shoe|clothing|flower|garden|music|sports?|department) ?(?:store|shop)s?|bookstores?|bookshops?|florists?|"
                         r"supermarkets?|grocer(?:y|ies)|(?:we|i) sell (?:\w+ ){0,3}online|sell (?:\w+ ){0,3}(?:on amazon|on etsy|on shopify|to consumers)|marketplace seller|"
                         r"amazon seller|fba|(?:car|auto|motorcycle|rv|boat) dealerships?|dealerships?|dropshipping|drop-?ship|shop owner|store owner|convenience stores?|department stores?|wholesale|wholesaler|distributor|b2c brand"),
    ("education", r"(?:we|i) (?:train|teach|tutor|educate)\b|universit(?:y|ies)|college|school|schools|academy|edu-?tech|e-?learning|online courses?|course creator|training (?:company|provider|business|center|centre)|"
                  r"tutoring|tutors?|bootcamp|coding school|language school|k-?12|higher ed(?:ucation)?|education(?:al)?|learning platform|lms\b|"
                  r"kindergarten|preschool|daycare|nursery school|driving school|test prep|edtech|teachers?|students"),
    ("real_estate", r"(?:buy|sell|rent|let|lease|find|list)(?: and (?:buy|sell|rent|let|find))? (?:homes|houses|property|properties|apartments|flats|real estate|condos)|real ?estate|realtors?|realty|property (?:management|managers?|developer|development|company|investor|investment)|properties|"
                    r"estate agen(?:t|cy|ts)|letting agen(?:t|cy)|brokerage|proptech|prop-?tech|homebuilders?|commercial property|apartments?|"
                    r"landlords?|mortgage broker|home sales|housing (?:association|developer)|coworking|co-working|reit\b|real-estate"),
    # "a nonprofit hospital" is a hospital: the noun after the adjective decides.
    ("nonprofit", r"(?:non[- ]?profit|not[- ]for[- ]profit)(?!\s+(?:[a-z-]+\s+)?(?:hospitals?|clinics?|health|healthcare|medical|schools?|universit(?:y|ies)|college|academy|hospice|bank|credit union|insurer|housing))|charity|charities|charitable|ngo|foundation|church|churches|ministry|501\(?c\)?|"
                  r"social enterprise|volunteer organi[sz]ation|association|membership organi[sz]ation|trade association|advocacy group|museum|think tank|nfp\b"),
    ("government", r"government|govt|gov\b|public sector|city council|municipal(?:ity)?|county|federal (?:agency|government)|state agency|"
                   r"local authority|council|ministry of|department of|agency of the|public administration|city of|town of|military|defen[cs]e department|police|"
                   r"public (?:agency|body|institution|authority)|state government|governmental"),
    ("logistics", r"logistics|freight|shipping (?:company|business|firm)|trucking|3pl|third[- ]party logistics|warehous(?:e|ing)|couriers?|"
                  r"supply chain|transport(?:ation)? (?:company|business|firm|services)|haulage|fleet|delivery (?:company|service|business)|"
                  r"last[- ]mile|moving company|movers|removals|forwarder|forwarding|fulfil?ment (?:center|centre|company|services)|cargo|shipping line|port operator|airline|rail"),
    ("hospitality", r"restaurants?|caf[eé]s?|coffee ?shops?|hotels?|motels?|bars?\b|pubs?\b|catering|caterer|hospitality|resorts?|b&b|bed and breakfast|"
                    r"bakery|bakeries|bistro|diner|food truck|brewer(?:y|ies)|winery|wineries|distillery|nightclub|travel agency|tour operator|"
                    r"tourism|hostel|vacation rental|holiday (?:let|rental)s?|airbnb|guest ?house|inn\b|spa\b|event venue|wedding venue|venues?|"
                    r"pizzeria|steakhouse|gastropub|fast food|qsr|quick service|franchise restaurants?|food service|foodservice|takeaway|ghost kitchen|fitness studio|gym|gyms|golf (?:course|club)s?|country club|leisure (?:centre|center|park)|bowling alley|theme park|amusement park"),
    ("energy", r"energy|solar|renewables?|renewable energy|wind (?:farm|energy|power)|oil and gas|oil & gas|oil company|gas company|utilit(?:y|ies)|"
               r"power (?:company|plant|generation)|electricity (?:supplier|provider|retailer)|ev charging|battery storage|hydrogen|nuclear|geothermal|clean ?tech|heat pumps?|petroleum|mining"),
    ("telecom", r"telecoms?|telecommunications?|telco|isp\b|internet (?:service )?provider|mobile (?:network|operator|carrier)|carrier|broadband|"
                r"fiber (?:provider|network)|fibre|voip|phone company|cable company|wireless (?:carrier|provider)|mvno|satellite"),
    ("construction", r"construction|contractors?|builders?|building company|roofing|roofers?|plumb(?:ing|ers?)|hvac|electricians?|electrical contractor|"
                     r"remodel(?:ing|ling|er)|renovation|home improvement|general contractor|civil engineering|homebuilding|concrete|carpentry|"
                     r"landscap(?:ing|ers?)|paving|excavation|flooring|painting (?:company|contractor)|kitchen fitters?|joinery|scaffolding|masonry|demolition|fit-?out|architecture and construction"),
    ("agriculture", r"agricultur(?:e|al)|(?:we|i) (?:grow|farm|raise|harvest|cultivate|breed)\b|growers?|agri-?tech|ag-?tech|farms?|farming|farmers?|crops?|dairy|ranch(?:ing)?|livestock|vineyards?|orchards?|"
                    r"greenhouse|horticulture|agribusiness|fisheries|aquaculture|forestry|grain|poultry|cattle|seeds? company|fertili[sz]er|agronomy"),
    ("media_entertainment", r"media (?:company|group|house|outlet|business)|publish(?:er|ers|ing)|newspapers?|magazines?|news (?:site|outlet|organi[sz]ation)|"
                            r"film|films|movie|studios?|production company|(?:video|film|tv|photo|audio|music|content|post)[- ]production|music|record label|entertainment|broadcast(?:er|ing)|tv station|tv network|radio station|"
                            r"streaming (?:service|platform)|podcast (?:network|company)|podcasts?|esports|e-sports|theat(?:er|re)|concerts?|events company|"
                            r"ticketing|digital media|youtube channel|content creator|creators?|influencers?|animation|post-production|gaming"),
    ("manufacturing", r"manufactur(?:e|er|ers|ing)\w*|factory|factories|plant|industrial|fabricat(?:ion|or)|machin(?:ing|ery)|assembly|oem|"
                      r"(?:we|i) (?:make|produce|build) (?:\w+ ){0,3}(?:parts|components|equipment|products|machines|furniture|packaging|chemicals|textiles|"
                      r"products|goods|materials|tools|devices|hardware)|producer of|cnc|metalwork|plastics|injection molding|packaging|chemicals?|textiles?|"
                      r"steel|automotive|aerospace|electronics (?:maker|manufacturer)|food (?:production|processing|manufacturer|producer)|beverage (?:company|producer)|"
                      r"consumer goods|cpg|fmcg|hardware company|print(?:ing)? (?:company|shop|house)|printers"),
)
_FIRST_RES = tuple((label, re.compile(rf"\b(?:{p})(?:s|es)?(?![a-z])")) for label, p in _FIRST)
_REST_RES = tuple((label, re.compile(rf"\b(?:{p})(?:s|es)?(?![a-z])")) for label, p in _REST)
# Descriptions that make a software company whatever industry it serves.
_SOFTWARE_COMPANY = re.compile(r"\b(?:saas|s\.a\.a\.s|software (?:company|startup|vendor|house|business|firm|provider|developer|publisher)|(?:we|i) (?:build|make|develop|sell|write) (?:\w+ ){0,3}software)(?![a-z])")


# One-word answers to "what industry are you in?" that mean nothing in other text.
_ANSWERS = {
    "tech": "software", "technology": "software", "it": "software", "information technology": "software", "internet": "software",
    "finance": "financial_services", "financial": "financial_services", "legal": "professional_services", "law": "professional_services",
    "consulting": "professional_services", "recruiting": "professional_services", "recruitment": "professional_services",
    "hr": "professional_services", "architecture": "professional_services", "travel": "hospitality", "tourism": "hospitality",
    "food": "hospitality", "food and beverage": "hospitality", "f&b": "hospitality", "fitness": "hospitality", "transportation": "logistics",
    "transport": "logistics", "shipping": "logistics", "media": "media_entertainment", "sports": "media_entertainment",
    "events": "media_entertainment", "marketing": "marketing_advertising", "pr": "marketing_advertising", "beauty": "retail_ecommerce",
    "fashion": "retail_ecommerce", "consumer goods": "manufacturing", "industrial": "manufacturing", "public": "government",
}


def industry(text: Text, field: str | None) -> str | None:
    """The business's industry label, "other" for a description that fits none."""
    lower = text.lower
    if field == "industry":
        answer = re.sub(r"^\W*(?:we'?re in|we are in|in|it'?s|its|mostly|mainly)\s+|\W+$", "", lower.strip())
        if answer in _ANSWERS:
            return _ANSWERS[answer]
    fallback = None
    m = _SOFTWARE_COMPANY.search(lower)
    if m and not _used_not_sold(lower, m.start()):
        return "software"
    for label, pattern in _FIRST_RES:
        for m in pattern.finditer(lower):
            if _used_not_sold(lower, m.start()):
                continue
            if label == "fintech" or field == "industry" or _describes_business(lower, m.start()):
                return label
            fallback = fallback or label
    best: tuple[int, str] | None = None
    for label, pattern in _REST_RES:
        m = pattern.search(lower)
        if m and (best is None or m.start() < best[0]):
            around = re.split(r"[.!?](?:\s|$)", lower[max(0, m.start() - 30): m.start()])[-1] + lower[m.start(): m.end()] + re.split(r"[.!?](?:\s|$)", lower[m.end(): m.end() + 12])[0]
            if label == "marketing_advertising" and re.search(r"\b(?:hire|hiring|need|want|looking for|find|recommend|an? agency to|with an agency|agency to)\b", around) and field != "industry":
                continue
            best = (m.start(), label)
    if best:
        return best[1]
    if fallback:
        return fallback
    if field == "industry" and re.search(r"[a-z]{3}", lower) and not re.search(
        r"\b(?:not sure|don'?t know|dunno|no idea|prefer not|rather not|n/a|none|skip|pass|idk)\b", lower
    ):
        return _misspelt(lower) or "other"
    return None


def _used_not_sold(lower: str, start: int) -> bool:
    before = lower[max(0, start - 50): start]
    return bool(re.search(r"\b(?:use|using|need|want|looking for|with|on|into|via|through|switch(?:ing)? to|migrat\w* to|move to|replace|integrate|our current|current|buy|buying|choose|choosing|pick|picking|evaluate|evaluating)\s+(?:a |an |the |our |new |some |any |better )?(?:\w+\s+)?$", before))


def _describes_business(lower: str, start: int) -> bool:
    before = lower[max(0, start - 50): start]
    return start < 3 or bool(re.search(r"\b(?:we'?re|we are|i'?m|i am|is|are|our|my|a|an|we|company|startup|business|as|at|for|run|own|founded|sell|build|make|develop)\b[\w\s,-]*$", before))


# Words that name an industry on their own, for answers typed in a hurry ("sofware", "helthcare").
_KEYWORDS = {
    "software": "software", "saas": "software", "technology": "software", "fintech": "fintech", "payments": "fintech",
    "banking": "financial_services", "insurance": "financial_services", "finance": "financial_services", "financial": "financial_services",
    "healthcare": "healthcare", "hospital": "healthcare", "medical": "healthcare", "dental": "healthcare", "pharmaceutical": "healthcare",
    "pharma": "healthcare", "clinic": "healthcare", "manufacturing": "manufacturing", "manufacturer": "manufacturing", "factory": "manufacturing",
    "industrial": "manufacturing", "retail": "retail_ecommerce", "ecommerce": "retail_ecommerce", "e-commerce": "retail_ecommerce",
    "education": "education", "school": "education", "university": "education", "consulting": "professional_services",
    "consultancy": "professional_services", "accounting": "professional_services", "accountants": "professional_services",
    "legal": "professional_services", "lawyers": "professional_services", "recruitment": "professional_services",
    "realestate": "real_estate", "property": "real_estate", "properties": "real_estate", "realtor": "real_estate",
    "marketing": "marketing_advertising", "advertising": "marketing_advertising", "agency": "marketing_advertising",
    "nonprofit": "nonprofit", "non-profit": "nonprofit", "charity": "nonprofit", "government": "government",
    "logistics": "logistics", "transportation": "logistics", "shipping": "logistics", "trucking": "logistics",
    "hospitality": "hospitality", "restaurant": "hospitality", "restaurants": "hospitality", "hotel": "hospitality", "tourism": "hospitality",
    "energy": "energy", "solar": "energy", "telecom": "telecom", "telecommunications": "telecom", "construction": "construction",
    "agriculture": "agriculture", "farming": "agriculture", "media": "media_entertainment", "entertainment": "media_entertainment",
    "publishing": "media_entertainment", "gaming": "media_entertainment",
}


@lru_cache(maxsize=4096)
def _misspelt(lower: str) -> str | None:
    """The industry a short answer names with a typo: one slip in a long word, none in a short one."""
    words = re.findall(r"[a-z][a-z-]{4,}", lower)
    if not words or len(words) > 4:
        return None
    for word in words:
        hit = process.extractOne(word, _KEYWORDS.keys(), scorer=OSA.normalized_similarity, score_cutoff=0.8)
        if hit and word not in _KEYWORDS:
            return _KEYWORDS[hit[0]]
    return None
