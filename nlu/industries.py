"""Industry: the contract's label from how people describe their business.

A company that builds software for an industry is a software company
("accounting software" is software, an accounting firm is professional
services), so software and fintech descriptions win over the industry they
serve; otherwise the first description in the text decides.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from nlu import english, places, trades
from nlu.language import language
from nlu.patterns import lazy_compile
from nlu.personas import persona, without_how_they_came, without_study_topics
from nlu.prefilter import Prefilter
from nlu.replies import knows_not
from nlu.text import Text

_FIRST = (
    ("fintech", r"fin-?tech|neo-?bank|challenger bank|payments? (?:company|startup|platform|processor|provider|app|processing|apis?|gateway|infrastructure|orchestration|rails)|payment processing|"
                r"crypto(?:currency)?(?: exchange| company| startup| platform| wallet)?|blockchain|defi|web3|insurtech|insur-tech|regtech|wealthtech|lendtech|"
                r"lending (?:platform|app|startup)|digital (?:bank|wallet|lending)|buy now,? pay later|bnpl|money transfer app|remittance"),
    ("software", r"saas|s\.a\.a\.s|software|(?:mobile |web |ios |android )?apps? (?:company|startup|studio|developer)|"
                 r"(?:we|i) (?:build|make|develop|sell|create|code|ship|run) (?:an? |our |the )?(?:\w+ ){0,3}(?:app|apps|platform|tool|tools|plugin|extension|api|product)\b|"
                 r"(?:tech|technology|software|dev|ai|ml|cloud|cybersecurity|security|data|analytics|it) (?:startup|company|firm|shop|business|vendor|provider|house)|"
                 r"dev shop|development shop|software house|(?:legal|law|hr|sales|gov|reg)[- ]?tech|cyber ?security|martech|adtech|ad-tech|b2b platform|"
                 r"(?:an? |our )(?:\w+ )?(?:platform|marketplace app)|tech start-?up|ai start-?up|devtools|dev tools|developer tools|"
                 r"managed services provider|managed (?:it )?services|it managed services|msp\b|cloud (?:provider|hosting)|hosting company|web hosting|it services|it company|it firm|"
                 r"game (?:studio|developer)|video game|gaming company|app developer|platform company|subscription software|"
                 # the business said to be an app: "we're a B2C fitness app", "wir sind eine Fitness-App", "somos una app de citas"
                 # ("we're a gym with an app" is a gym)
                 r"(?:b2c|b2b|consumer|mobile|ios|android|subscription) apps?\b|"
                 r"(?:we'?re|we are|i run|we run|i'?m building|we'?re building|wir sind|nous sommes|on est|somos|siamo|we zijn|wij zijn)\s+"
                 r"(?:an?|eine?|une|un|una|uma|um|un'|een)\s*(?:(?!(?:with|for|and|that|who|using|on|in|mit|und|avec|et|con|y|com|e|met|en)\b)[\w-]+\s+){0,3}"
                 r"(?:[\w]+-)?(?:apps?|appli|application mobile|aplicaci(?:ó|o)n|aplicativo|applicazione)\b"),
)
_REST = (
    ("financial_services", r"(?<!food )(?<!blood )(?<!seed )(?<!milk )(?<!clothing )(?<!diaper )(?<!toy )bank|banking|credit union|insurance|insurer|insurance broker|brokerage firm|(?:wealth|asset|investment) (?:management|mgmt)|"
                           r"financial (?:services|advisor|adviser|advisory|planning|planner|planners|institution)|investment (?:firm|bank|company|management|advisor)|"
                           r"private equity|pe (?:firm|fund|house)|hedge fund|venture capital|vc firm|mortgage|lender|lending|loans?|credit card|fund manager|family office|"
                           r"wealth advisors?|ria\b|trading firm|forex|pension fund|microfinance|factoring|leasing company|"
                           # British and American mutual lenders: "a building society", "a savings and loan"
                           r"building societ(?:y|ies)|savings (?:and|&) loans?|savings bank|thrift (?:bank|institution)|mutual (?:bank|insurer)"),
    ("professional_services", r"(?<![\w-])ca (?:firm|practice)|chartered accountan\w+|accounting|legal services|consultants?|(?:accounting|accountancy|law|legal|tax|audit|consulting|architecture|architectural|engineering|cpa|bookkeeping|hr|payroll) (?:practice|firm|company|office|business|partnership|advisory|advisors?|services|studio|atelier)|tax consult\w*|law firm|legal (?:firm|practice|services)|lawyers?|attorneys?|solicitors?|barristers?|accounting firm|accountancy|accountants|cpa firm|cpas\b|"
                              r"bookkeep(?:ing|ers?)|tax (?:firm|advisors?|preparation|services)|consult(?:ancy|ancies|ing firm|ing company|ing business|ing practice|ants)|"
                              r"management consult\w*|it consult\w*|strategy consult\w*|hr consult\w*|hr (?:firm|services)|recruit(?:ment|ing) (?:agency|firm|company)|recruiters|"
                              r"staffing(?: agency| firm| company)?|headhunt\w*|executive search|architecture firm|architects|engineering (?:firm|consultancy)|"
                              r"audit(?:ing)? firm|advisory firm|translation (?:agency|services)|professional services|b2b services|outsourcing|bpo|"
                              r"payroll (?:services|company)|virtual assistant|coaching business|business coach|executive coach|cleaning (?:company|services|business)|"
                              r"facilities management|security services|notary|patent|ip firm|consulting|"
                              # guards for hire: "a private security company", "manned guarding"
                              r"private security|security (?:guards?|guarding|patrols?)|"
                              # services to premises like cleaning and guarding: "a pest control co", "an armed response & alarm company"
                              r"pest control|exterminators?|armed response|(?:security )?alarm (?:company|firm|business|monitoring|installers?|systems company)|(?:security|guarding) (?:company|firm|business|contractor)|manned guarding|"
                              # the trainees only a chartered accountant's practice has (India): "mostly CAs and article assistants"
                              r"article(?:d|ship)? (?:assistants|clerks|trainees)|"
                              # services at a death: "a family-run funeral home", "funeral directors", "undertakers"
                              r"funeral (?:home|homes|directors?|parlou?rs?|services?|business)|undertakers?|mortuar(?:y|ies)|crematori(?:um|a)"),
    ("marketing_advertising", r"(?:marketing|advertising|ad|ads|digital|creative|pr|media|branding|seo|ppc|social media|growth|content|design|web design|"
                              r"performance|influencer|email marketing|lead gen|lead generation|inbound|demand gen|b2b marketing|brand|communications?) agency|"
                              r"advertising|ad agency|agencies|marketing firm|marketing company|marketing consultancy|pr firm|public relations|media buying|"
                              r"(?:we'?re|we are|i run|i own|i have) an agency|an agency|agency owner|"
                              r"(?:\b(?:a|an|small|boutique|tiny|full[- ]service|independent|indie)|\d+[- ]?(?:person|people|ppl|staff|strong|man))\s+(?:(?!travel|staffing|recruit|real|estate|insurance|employment|talent|model|government|govt|gov|public|crown|council|county|municipal|city|regulatory|statutory|federal|state|nanny|temp|tour|booking|shipping|"
                              r"collection|debt|home care|care|nursing|translation|design|creative|web|branding|digital)[\w-]+ ){0,2}agency|our agency|my agency|marketing services"),
    ("healthcare", r"hospital|hospitals|clinic|clinics|medical|healthcare|health care|health ?tech|med ?tech|pharma(?:ceutical)?s?|biotech|life sciences|"
                   r"dental|dentist|dentistry|orthodont\w*|physio(?:therapy)?|chiropract\w*|therapy practice|therapists?|mental health|telehealth|telemedicine|"
                   r"senior care|elder care|home care|home health|nursing home|care home|assisted living|veterinary|vet clinic|vets?\b|optometr\w*|optician|"
                   r"pharmacy|pharmacies|doctors?|physicians?|surgery|surgical|med ?spa|medspa|wellness clinic|health system|healthcare provider|"
                   r"medical device|diagnostics|laboratory|labs?\b|ortho(?:pa)?edic\w*|orthotics?|prosthetics?|medical suppl(?:y|ies)|mobility (?:aids?|scooters?|equipment)|patients|practice management|aesthetics clinic|dermatolog\w*|cosmetic surgery|hearing aids?|rehab|"
                   # the public health service's bodies: "an NHS trust", "a health board", "an integrated care board"
                   r"nhs|(?:nhs |health |hospital |care )(?:trusts?|boards?)|integrated care (?:board|system)|ccg|health authority"),
    ("retail_ecommerce", r"e-?commerce|ecom\b|online (?:[a-z-]+ ){0,3}(?:store|shop|retailer|retail|boutique|business selling|marketplace)|web ?shop|webstore|retail(?:er|ers)?|"
                         r"(?:shopify|woocommerce|amazon|etsy|ebay)(?: plus)?(?:[- ](?:type|style|like|based))? (?:store|shop|seller|brand|business)|"
                         # what only a shop counts: its orders' average value, orders taken on a shop platform
                         r"e-com\b|(?:my|our) (?:[\w-]+ ){0,2}products? (?:website|site|web ?shop|store)|(?:average|avg\.?) order value|aov|orders (?:a|per|each) (?:day|week|month) (?:on|through|via) (?:shopify|woocommerce|etsy|amazon|ebay|bigcommerce|magento)|dtc|d2c|direct[- ]to[- ]consumer|consumer brand|"
                         r"brick and mortar|stores? (?:chain|locations)|chain of (?:stores|shops|boutiques)|(?:clothing|fashion|apparel|furniture|shoe|jewelry|jewellery|"
                         r"cosmetics|beauty|skincare|pet|toy|supplement|grocery|sporting goods|outdoor gear|electronics|gift|home decor|wine|coffee bean|candle|"
                         # goods sold again or worn: "a sneaker resale store", "a vintage clothing shop", "a streetwear store"
                         r"sneaker|trainer|streetwear|resale|consignment|vintage|second-?hand|pre-?owned|sneaker resale)s? (?:brand|store|shop|retailer|company|business|line|label|boutique)|"
                         r"(?:online |two-sided |b2c |peer-to-peer |p2p )?marketplace(?! (?:app|seller))(?: for| of| selling| where)|(?:book|hardware|convenience|liquor|pet|toy|gift|thrift|record|bike|bicycle|furniture|jewelry|jewellery|shoe|clothing|flower|garden|music|sports?|department) ?(?:store|shop)s?|bookstores?|bookshops?|florists?|"
                         r"supermarkets?|grocer(?:y|ies)|(?:we|i) sell (?:\w+ ){0,3}online|skus|"
                         # "we sell hiking gear", "we sell handmade candles": consumer goods sold are retail
                         r"(?:we|i) sell (?:[\w-]+ ){0,3}(?:gear|apparel|clothing|clothes|fashion|shoes|sneakers|trainers|boots|jewelry|jewellery|cosmetics|"
                         r"skincare|beauty products|supplements|vitamins|toys|gifts|homeware|home goods|furniture|candles|accessories|handbags|bags|"
                         r"watches|eyewear|sunglasses|lingerie|swimwear|outdoor equipment|pet supplies|pet food|baby products|bikes|e-?bikes|"
                         r"coffee|tea|snacks|wine|spirits|craft beer)\b(?! (?:machines?|equipment|software|systems?|solutions?|platforms?)\b)|"
                         r"sell (?:\w+ ){0,3}(?:on amazon|on etsy|on shopify|to consumers)|marketplace seller|"
                         r"amazon seller|fba|(?:car|auto|motorcycle|rv|boat) dealerships?|dealerships?|dropshipping|drop-?ship|shop owner|store owner|convenience stores?|department stores?|wholesale|wholesaler|distributor|b2c brand"),
    ("education", r"(?:we|i) (?:train|teach|tutor|educate)\b|universit(?:y|ies)|college|school|schools|academy|edu-?tech|e-?learning|online courses?|course creator|training (?:company|provider|business|center|centre)|"
                  r"tutoring|tutors?|bootcamp|coding school|language school|k-?12|higher ed(?:ucation)?|education(?:al)?|learning platform|lms\b|"
                  r"kindergarten|preschool|daycare|nursery school|driving school|test prep|edtech|teachers?|students|"
                  # coaching institutes and tuition centres (India, Africa), and childcare: "a coaching institute for JEE", "a childcare group"
                  r"(?:coaching|tuition|training|language|computer|education(?:al)?) (?:institutes?|classes|cent(?:er|re)s?)|child ?care|early (?:learning|childhood)(?: (?:cent(?:er|re)s?|education))?|cr(?:è|e)ches?|montessori"),
    ("real_estate", r"(?:buy|sell|rent|let|lease|find|list)(?: and (?:buy|sell|rent|let|find))? (?:homes|houses|property|properties|apartments|flats|real estate|condos)|real ?estate|realtors?|realty|property (?:management|managers?|developer|development|company|investor|investment)|properties|"
                    r"estate agen(?:t|cy|ts)|letting agen(?:t|cy)|brokerage|proptech|prop-?tech|homebuilders?|commercial property|apartments?|"
                    r"landlords?|mortgage broker|home sales|housing (?:association|developer)|coworking|co-working|reit\b|real-estate"),
    # "a nonprofit hospital" is a hospital: the noun after the adjective decides.
    ("nonprofit", r"(?:non[- ]?profit|not[- ]for[- ]profit)(?!\s+(?:[a-z-]+\s+)?(?:hospitals?|clinics?|health|healthcare|medical|schools?|universit(?:y|ies)|college|academy|hospice|(?<!food )(?<!blood )(?<!clothing )bank|credit union|insurer|housing))|food banks?|food pantry|soup kitchen|charity|charities|charitable|ngo|foundation|church|churches|ministry|501\(?c\)?|"
                  r"social enterprise|volunteer organi[sz]ation|association|membership organi[sz]ation|trade association|advocacy group|museum|think tank|nfp\b"),
    ("government", r"government|govt|gov\b|public sector|city council|municipal(?:ity)?|county|federal (?:agency|government)|state agency|"
                   r"local authority|council|ministry of|department of|agency of the|public administration|city of|town of|military|defen[cs]e department|police|"
                   r"public (?:agency|body|institution|authority)|state government|governmental"),
    ("logistics", r"logistics|freight|shipping (?:company|business|firm)|trucking|3pl|third[- ]party logistics|warehous(?:e|ing)|couriers?|"
                  r"supply chain|transport(?:ation)? (?:company|business|firm|services)|haulage|fleet|delivery (?:company|service|business)|"
                  r"last[- ]mile|moving company|movers|removals|forwarder|forwarding|fulfil?ment (?:center|centre|company|services)|cargo|shipping line|port operator|airline|rail"),
    ("hospitality", r"(?:events?|wedding|party|function) (?:venue|space|hall)|venue for (?:events|weddings|parties)|restaurants?|caf[eé]s?|coffee ?shops?|hotels?|motels?|bars?\b|(?<!\bla )(?<!\bde )(?<!\bdu )(?<!\ben )(?<!\bdes )(?<!\bnos )(?<!\bune )(?<!\bvos )(?<!\bl')(?<!\bd')pubs?\b|catering|caterer|hospitality|resorts?|b&b|bed and breakfast|"
                    r"bakery|bakeries|patisser(?:ie|ies)|cake (?:shop|bakery)|tea ?rooms?|ice[- ]cream (?:shop|parlou?r)|gelateria|bistro|diner|food truck|(?:micro-?|nano-?|craft )?brewer(?:y|ies)|craft brewers?|brew ?pubs?|tap ?rooms?|brewing (?:company|co)|"
                    r"cider(?:y|ies)|meader(?:y|ies)|coffee roast(?:er|ery|ers|eries)|roaster(?:y|ies)|craft beer (?:company|brand|maker)|nightclub|travel agency|tour operator|"
                    # tours sold to visitors: "we run kayak tours", "a walking tour company", "adventure tourism"
                    r"(?:kayak|canoe|boat|walking|food|wine|bike|cycling|guided|adventure|whale[- ]watching|fishing|sightseeing|city|day|river|safari|dive|diving|surf) (?:tours?|trips|charters?)|tour (?:company|business|guides?)|(?:we|i) (?:run|operate|offer) (?:\w+ ){0,2}tours\b|adventure (?:tourism|activities)|"
                    r"tourism|hostel|vacation rental|holiday (?:let|rental)s?|airbnb|guest ?house|inn\b|spa\b|event venue|wedding venue|venues?|"
                    r"pizzeria|steakhouse|gastropub|fast food|qsr|quick service|franchise restaurants?|food service|foodservice|takeaway|ghost kitchen|fitness studio|gym|gyms|yoga ?studios?|pilates ?studios?|yoga (?:school|centre|center|shala)|dance studios?|climbing (?:gym|wall|centre|center)s?|bouldering (?:gym|hall)s?|martial arts (?:school|studio|academy|gym)s?|crossfit (?:box|gym)s?|golf (?:course|club)s?|marinas?|country club|leisure (?:centre|center|park)|bowling alley|theme park|amusement park"),
    ("energy", r"energy|solar|renewables?|renewable energy|wind (?:farm|energy|power)|oil and gas|oil & gas|oil company|gas company|utilit(?:y|ies)|"
               r"power (?:company|plant|generation)|electricity (?:supplier|provider|retailer)|ev charging|battery storage|hydrogen|nuclear|geothermal|clean ?tech|heat pumps?|petroleum|mining"),
    ("telecom", r"telecoms?|telecommunications?|telco|isp\b|internet (?:service )?provider|mobile (?:network|operator|carrier)|carrier|broadband|"
                r"fiber (?:provider|network)|fibre|voip|phone company|cable company|wireless (?:carrier|provider)|mvno|satellite"),
    ("construction", r"construction|(?<!\d )(?<!\d)(?<!few )(?<!some )(?<!and )contractors?|builders?|building company|roofing|roofers?|plumb(?:ing|ers?)|hvac|electricians?|electrical contractor|"
                     # the trades in British, Irish and Australian slang: "we're sparkies", "brickies", "a tradie business"
                     r"sparkies|sparky|brickies|brickie|tradies?|tradesm[ae]n|bricklayers?|plasterers?|plastering|tilers?|glaziers?|"
                     r"remodel(?:ing|ling|ers?)|(?:kitchen|bath|bathroom|home|house|basement|attic|loft)s?(?: and (?:kitchen|bath|bathroom|home|basement)s?)? remodel(?:s|ing)?|renovation|"
                     # a trade said by its contracting: "electrical contracting", "a roofing contracting business"
                     r"(?:electrical|mechanical|plumbing|roofing|building|general|civil|drywall|painting|flooring|concrete|paving|landscaping|hvac|framing|insulation|"
                     r"glazing|fencing|excavation|demolition|masonry|carpentry|tiling|plastering|solar install\w*) contracting|contracting (?:business|company|firm|outfit)|"
                     r"(?:kitchen|bathroom|home|house) renos?|renos\b|home improvement|general contractor|civil engineering|homebuilding|concrete|carpentry|"
                     r"landscap(?:ing|ers?)|paving|excavation|flooring|painting (?:company|contractor)|kitchen fitters?|(?:kitchens?|bathrooms?)(?: and (?:kitchens?|bathrooms?))? (?:fitting|fitters?|install(?:s|ation|ations|er|ers))|joinery|scaffold\w*|masonry|demolition|fit-?out|architecture and construction"),
    ("agriculture", r"agricultur(?:e|al)|(?:we|i) (?:grow|farm|raise|harvest|cultivate|breed)\b|growers?|agri-?tech|ag-?tech|farms?|farming|farmers?|crops?|dairy|ranch(?:ing)?|livestock|vineyards?|orchards?|winer(?:y|ies)|wine (?:estates?|producers?|growers?|makers?)|winemak(?:ers?|ing)|viticulture|"
                    r"greenhouse|horticulture|agribusiness|fisheries|aquaculture|forestry|grain|poultry|cattle|seeds? company|fertili[sz]er|agronomy|"
                    # produce grown and sold on: "a kiwifruit exporter", "avocado growers", "a fruit packhouse"
                    r"(?:kiwi ?fruit|fruit|apples?|avocados?|citrus|berr(?:y|ies)|produce|vegetables?|nuts?|olives?|grapes?|flowers?|cut flowers) (?:exporters?|packers?|packhouses?|co-?ops?|cooperatives?)|kiwi ?fruit|packhouses?|"
                    # fish caught or farmed, bees kept, trees felled, produce packed where it is grown: "a fishing fleet",
                    # "oyster growers", "a beekeeping business", "a logging company", "a packing house for citrus"
                    r"fisher(?:y|ies|men|man)|fishing (?:company|business|fleet|boats?|vessels?|trawlers?|co-?ops?|cooperative|industry|operation)|commercial fishing|trawlers?|"
                    r"shellfish (?:farms?|growers?|harvesters?)|(?:oyster|mussel|salmon|fish|trout|shrimp|prawn) (?:farms?|farming|growers?|hatcher(?:y|ies))|"
                    r"beekeep(?:ing|ers?)|apiar(?:y|ies)|apiarists?|honey (?:producers?|farm)|logging (?:company|business|contractors?|operation)|"
                    r"packing ?houses?|pack ?houses?|(?:plant|tree|garden|wholesale) nurser(?:y|ies)|market garden(?:ing|ers?)?|smallholdings?|feedlots?|cattle stations?|sheep stations?|"
                    r"olive oil (?:producers?|mills?|press(?:es)?|estates?)|agricultural co-?op(?:erative)?s?"),
    ("media_entertainment", r"media (?:company|group|house|outlet|business)|publish(?:er|ers|ing)|newspapers?|magazines?|news (?:site|outlet|organi[sz]ation)|"
                            # a studio of sound or pictures: "a film studio", "recording studio" ("Studio Bianchi Architetti", "a
                            # yoga studio", "a design studio" make or teach other things)
                            r"film|films|movie|(?:film|movie|tv|television|recording|music|animation|production|photo|photography|video|sound|podcast|audio|broadcast|vfx|post-production) studios?|production company|(?:video|film|tv|photo|audio|music|content|post)[- ]production|music|record label|entertainment|broadcast(?:er|ing)|tv station|tv network|radio station|"
                            r"streaming (?:service|platform)|podcast (?:network|company)|podcasts?|esports|e-sports|theat(?:er|re)|concerts?|events company|"
                            r"ticketing|digital media|youtube channel|content creator|creators?|influencers?|animation|post-production|gaming|"
                            # those who photograph or film for a fee: "wedding photographer + videographer team"
                            r"photographers?|videographers?|photography (?:studio|business|company)|(?:wedding|portrait|event) (?:photography|videography|films?)"),
    # A distillery makes spirits it sells on (a brewery often pours its own: hospitality stays theirs; a winery grows grapes).
    ("manufacturing", r"garments? (?:exports?|exporters?|manufactur\w*|factory|factories|unit|units|maker|makers)|manufactur(?:e|er|ers|ing)\w*|factory|factories|plant|industrial|fabricat(?:ion|or)|machin(?:ing|ery)|assembly|oem|"
                      r"distiller(?:y|ies|s)|"
                      # goods named by what makes them: "auto parts maker", "furniture producer"
                      r"(?:parts|components?|equipment|furniture|machine(?:ry|s)?|tools?|cabinet(?:s|ry)?|kitchens?|packaging|textiles?|chemicals?|hardware|devices?|"
                      r"appliances?|batter(?:y|ies)|vehicles?|bikes?|bicycles?|toys?|shoes?|footwear|glass|paper|plastics?|steel|metal|windows?|doors?|boxes)[- ](?:maker|makers|producer|producers)|"
                      r"(?:we|i) (?:make|produce|build|manufacture|craft) (?:\w+ ){0,3}(?:parts|components|equipment|products|machines|furniture|packaging|chemicals|textiles|"
                      r"cabinets|cabinetry|kitchens|doors|windows|boxes|bottles|shoes|footwear|clothing|apparel|garments|toys|bikes|bicycles|tiles|bricks|"
                      r"cylinders|valves|pumps|motors|gears|gearboxes|bearings|engines|hydraulics|sensors|cables|springs|fasteners|screws|bolts|pipes|tubes|tanks|"
                      r"trailers|panels|molds|moulds|castings|forgings|enclosures|turbines|compressors|conveyors|filters|seals|gaskets|hoses|actuators|"
                      # craft and vehicles built: "we build aluminium workboats", "we make caravans"
                      r"\w*boats|ships|vessels|yachts|ferries|caravans|campervans|motorhomes|aircraft|drones|robots|machines|"
                      r"products|goods|materials|tools|devices|hardware)|producer of|cnc|metalwork|plastics|injection molding|packaging|chemicals?|textiles?|"
                      r"steel|automotive|aerospace|tier[- ]?[123] supplier|(?:auto|car|vehicle) parts (?:supplier|maker|manufacturer)|electronics (?:maker|manufacturer)|food (?:production|processing|manufacturer|producer)|beverage (?:company|producer)|"
                      r"consumer goods|cpg|fmcg|hardware company|"
                      # a food or drink brand makes what it sells in shops: "a cold-pressed juice brand", "hot sauce brand"
                      r"(?:juice|smoothie|snack|sauce|hot sauce|kombucha|soda|soft drinks?|drinks?|beverage|chocolate|confectionery|granola|cereal|protein bar|"
                      r"energy drink|sparkling water|gin|vodka|rum|whisk(?:e)?y|spirits|condiment|jam|honey|ice cream|frozen food|baby food|health food|food|biscuit|cookie|chips|crisps)s? brand|"
                      r"print(?:ing)? (?:company|shop|house)|printers|"
                      # wood sawn and worked: "a sawmill", "timber processing", "a woodworking shop"
                      r"saw ?mills?|lumber mills?|timber (?:mills?|processing|products|manufactur\w*)|wood (?:processing|products|manufactur\w*)|"
                      r"woodwork(?:ing|ers?|shop)?|wood ?shops?|pallets? (?:company|makers?|manufacturers?)|furniture makers?|cabinet ?makers?|woodturn\w*|"
                      # food processed from what farms and boats bring: "a meat packer", "a seafood processor", "a cannery"
                      r"meat (?:processing|processors?|packers?|packing|plants?)|meat-?packing|abattoirs?|slaughter ?houses?|"
                      r"(?:fish|seafood|poultry|dairy|fruit|vegetable) (?:processing|processors?|factor(?:y|ies)|plants?)|canner(?:y|ies)|canning (?:company|factory|plant)|"
                      r"(?:flour|rice|feed|sugar|paper|textile) mills?|creamer(?:y|ies)|cheese ?makers?|cheese-?making|co-?packers?|contract (?:packing|packers?)|bottling (?:plant|company)|"
                      # crafts that make goods: "a pottery", "a glassblowing studio", "a leather workshop"
                      r"potter(?:y|ies) (?:studio|business|workshop|company|brand|makers?)|(?:a|an|our|my|small|family|artisan) potter(?:y|ies)(?! (?:class|course|lesson)\w*)|ceramics? (?:studio|workshop|makers?|business|brand|company)|ceramicists?|glass ?blow\w*|blacksmith\w*|smithy|metalsmith\w*|"
                      r"silversmith(?:s|ing)|leather ?work\w*|leather goods (?:makers?|workshop|brand|company)|weaving (?:mill|studio|workshop)|tanner(?:y|ies)|saddlery|bookbind\w*|luthiers?|"
                      r"(?:handmade|hand-made|handcrafted|artisan(?:al)?) (?:[\w-]+ ){0,2}(?:makers?|workshop|manufacturer|producers?)"),
)
# The same descriptions in the other languages visitors write (issue 15), merged into the
# label's English pattern. German and Dutch join words ("Steuerberatungskanzlei",
# "accountantskantoor"), so their stems may follow other letters; a stem shared with
# another industry ("Reisebüro", "makelaarskantoor") is spelt out instead.
_LOCAL = {
    "fintech": r"zahlungsdienstleister|n(?:é|e)obanque|neobanco|banco digital|banca digitale",
    "software": r"software(?:firma|unternehmen|haus|hersteller|entwicklung|entwickler|bedrijf|huis|house|schmiede)|softwarehaus|systemhaus|it-(?:firma|unternehmen|dienstleister|systemhaus|bedrijf)|"
                r"(?:é|e)diteur de (?:logiciels?|saas)|(?:é|e)diteurs? de logiciels?|logiciels?|soci(?:é|e)t(?:é|e) (?:informatique|de logiciels?)|entreprise (?:informatique|de logiciels?)|startup (?:tech|saas|logicielle)|"
                r"(?:empresa|compa(?:ñ|n)(?:í|i)a|casa|f(?:á|a)brica) de (?:software|tecnolog(?:í|i)a|inform(?:á|a)tica)|desarroll(?:o|amos) (?:de )?software|startup tecnol(?:ó|o)gica|"
                r"(?:empresa|companhia|casa|f(?:á|a)brica) de (?:software|tecnologia|inform(?:á|a)tica)|desenvolv(?:imento|emos) (?:de )?software|"
                r"(?:azienda|societ(?:à|a)) (?:di )?(?:software|informatica)|sviluppo (?:di )?software|startup (?:tecnologica|tech)|softwarebedrijf|ict-bedrijf|it-bedrijf",
    "financial_services": r"banc(?:á|a)ri[oa]s?|bancaires?|bankengruppe|bankgruppe|bankhaus|bankinstitut|kreditinstitut|bankengroep|istituto di credito|cassa di risparmio|credito cooperativo|(?:é|e)tablissement de cr(?:é|e)dit|entidad (?:bancaria|financiera)|caixa econ(?:ó|o)mica|bausparkasse|raiffeisen\w*|genossenschaftsbank|spaarbank|"
                          r"finanzwesen|finanzbranche|finanzas|finan(?:ç|c)as|finanza|financi(?:ë|e)le sector|banque|banco|banca|bankwesen|versicherung\w*|\w*versicherungsmakler|assurances?|courtier en assurances?|mutuelle|seguros?|aseguradora|corredor(?:a)? de seguros|"
                          r"seguradora|corretora(?: de seguros)?|assicurazion[ei]|broker assicurativo|verzeker\w*|verm(?:ö|o)gensverwaltung|gestion de patrimoine|gesti(?:ó|o)n patrimonial|"
                          r"gest(?:ã|a)o de patrim(?:ô|o)nio|sparkasse|volksbank|caisse d'(?:é|e)pargne|caja de ahorros|cooperativa de cr(?:é|e)dito|hypotheek\w*|financi(?:ë|e)le dienstverlen\w*|"
                          r"finanzdienstleist\w*|services financiers|servicios financieros|servi(?:ç|c)os financeiros|servizi finanziari",
    "professional_services": r"(?:agence|agencia|ag(?:ê|e)ncia|agenzia) (?:de |di )?tradu(?:ction|cci(?:ó|o)n|(?:ç|c)(?:ã|a)o|zion[ei])s?|(?:ü|ue)bersetzungs(?:b(?:ü|ue)ro|agentur|dienst)|vertaalbureau|ingenieurb(?:ü|ue)ro|steuerb(?:ü|ue)ro|planungsb(?:ü|ue)ro|architekturb(?:ü|ue)ro|architekt(?:en|in)?|\w*steuerberat\w*|steuerkanzlei|\w*kanzlei|rechtsanw(?:ä|ae)lt\w*|anw(?:ä|ae)lte|"
                             r"wirtschaftspr(?:ü|ue)f\w*|treuh(?:a|ä)nd\w*|\w*buchhaltung\w*|buchhalter\w*|\w*beratung(?:sfirma|sunternehmen|sgesellschaft)?|unternehmensberater\w*|personalvermittlung|zeitarbeit\w*|(?:ü|ue)bersetzungsb(?:ü|ue)ro|notar\w*|"
                             r"cabinet (?:d'avocats?|comptable|d'expertise comptable|de conseil|d'architectes?|d'ing(?:é|e)nierie|de recrutement|d'audit|juridique)|avocats?|experts?-comptables?|"
                             r"expertise comptable|comptabilit(?:é|e)|soci(?:é|e)t(?:é|e) de conseil|conseil en (?:\w+ )?(?:gestion|strat(?:é|e)gie|management|rh)|bureau d'(?:é|e)tudes|agence de recrutement|"
                             r"notaires?|despacho(?: de abogados| contable| de arquitectura)?|bufete|abogad[oa]s|asesor(?:í|i)a|gestor(?:í|i)a|consultor(?:í|i)a|contabilidad|auditor(?:í|i)a|"
                             r"ingenier(?:í|i)a|estudio de arquitectura|arquitect[oa]s|escrit(?:ó|o)rio (?:de )?(?:advocacia|contabilidade|cont(?:á|a)bil|arquitetura|engenharia)|advogad[oa]s|advocacia|"
                             r"contabilidade|consultoria|assessoria|auditoria|engenharia|studio (?:legale|commercialist[ai]|notarile|tecnico|associato|professionale|(?:di|dei|degli|d') ?(?:commercialisti|commercialista|avvocati|architett[oi]|architettura|ingegneri|ingegneria|consulenza|consulenti|notai|revisori|paghe))|"
                             r"commercialist[ai]|avvocat[oi]|consulenza|societ(?:à|a) di consulenza|ingegneria|agenzia per il lavoro|accountantskantoor|administratiekantoor|advocatenkantoor|"
                             r"advocaten|advocaat|notariskantoor|notaris|adviesbureau|ingenieursbureau|architectenbureau|architecten|belastingadvies\w*|uitzendbureau|recruitmentbureau|"
                             r"werving en selectie|boekhoudkantoor|"
                             r"sicherheitsdienst\w*|wachdienst\w*|bewachungs\w*|s(?:é|e)curit(?:é|e) priv(?:é|e)e|soci(?:é|e)t(?:é|e) de (?:s(?:é|e)curit(?:é|e)|gardiennage)|gardiennage|"
                             r"seguridad privada|empresa de (?:seguridad|vigilancia)|vigilancia privada|seguran(?:ç|c)a privada|empresa de (?:seguran(?:ç|c)a|vigil(?:â|a)ncia)|"
                             r"vigilanza privata|istituto di vigilanza|beveiligingsbedrijf|bewakingsdienst|beveiligingsdienst|"
                             # pest control and alarm firms, and consulting engineers ("génie-conseil")
                             r"sch(?:ä|ae)dlingsbek(?:ä|ae)mpf\w*|d(?:é|e)ratisation|d(?:é|e)sinsectisation|antiparasitaire|control de plagas|fumigaci(?:ó|o)n|controle de pragas|dedetiza(?:ç|c)(?:ã|a)o|"
                             r"disinfestazion[ei]|ongediertebestrijding|plaagdierbeheersing|alarmanlagen\w*|t(?:é|e)l(?:é|e)surveillance|empresa de alarm(?:a|e)s|sistemi (?:di )?allarme|"
                             r"alarmsystemen|alarmcentrale|g(?:é|e)nie[- ]conseils?|ing(?:é|e)nieurs?[- ]conseils?|"
                             # funeral services: "Bestattungsinstitut", "pompes funèbres", "funeraria", "funerária", "onoranze funebri", "uitvaartonderneming"
                             r"bestattung\w*|bestatter\w*|pompes fun(?:è|e)bres|services? fun(?:é|e)raires?|funerar(?:i|í)as?|funer(?:á|a)rias?|servicios funerarios|"
                             r"onoranze funebri|agenzia funebre|impresa funebre|uitvaart\w*",
    "marketing_advertising": r"\w*(?:werbe|marketing|digital|kommunikations|media|seo|social-media-)agentur|agentur|agence (?:de )?(?:marketing|communication|pub(?:licit(?:é|e))?|web|digitale|seo|cr(?:é|e)ative|m(?:é|e)dia)|"
                             r"agencia (?:de )?(?:marketing|publicidad|comunicaci(?:ó|o)n|digital|creativa|medios|seo)|ag(?:ê|e)ncia (?:de )?(?:marketing|publicidade|comunica(?:ç|c)(?:ã|a)o|digital|criativa|seo)|"
                             r"agenzia (?:di )?(?:marketing|pubblicit(?:à|a)|comunicazione|digitale|creativa|web|seo)|reclamebureau|\w*marketingbureau|communicatiebureau|internetbureau|"
                             r"digitaal bureau|webbureau|mediabureau|online marketingbureau",
    "healthcare": r""
                  # opticians, as the English "optician" is: "ein Optiker", "un opticien", "una óptica", "un'ottica", "een opticien"
                  # ("fibra óptica" is a cable)
                  r"(?:augen)?optiker\w*|augenoptik\w*|opticiens?|(?<!fibra )(?<!fibre )(?:ó|o)pticas?(?! de fibra)|(?<!fibra )ottic[ao]|brillenwinkel|"
                  r"pharma(?:unternehmen|konzern|firma|industrie|hersteller)|pharmazeuti\w*|pharmaceutique|(?:industrie|laboratoire|groupe) pharmaceutique|farmac(?:é|e)utic[oa]s?|farmac(?:ê|e)utic[oa]s?|farmaceutic[oa]|farmaceutich[ei]|farmaceutisch\w*|farmaceut|"
                  r"dentallabor\w*|zahntechni\w*|orthop(?:ä|ae)dietechni\w*|laboratoire (?:dentaire|de proth(?:è|e)ses?)|proth(?:é|e)sistes? dentaires?|laboratorio (?:dental|odontot(?:é|e)cnico)|"
                  r"odontot(?:é|e)cnic\w*|pr(?:ó|o)tesis dental(?:es)?|laborat(?:ó|o)rio de pr(?:ó|o)tese\w*|pr(?:ó|o)tese dent(?:á|a)ria|tandtechni\w*|ortopedia|ortop(?:é|e)dic[oa]s?|"
                  r"gesundheit(?:swesen|sbranche|ssektor)?|(?:alten|kranken)pflege|pflege(?:branche|bereich|einrichtung\w*)|sant(?:é|e)|m(?:é|e)dical|sanidad|salud|sa(?:ú|u)de|sanitario|(?:in de |de )zorg|\w*zorg(?:sector|organisatie)|gezondheidszorg|ouderenzorg|thuiszorg|jeugdzorg|\w*arztpraxis|zahnarzt\w*|(?:zahn|tier)?(?:ä|ae)rzte\w*|physiotherap\w*|\w*klinik(?:en)?|krankenhaus|pflegedienst|pflegeheim|apotheke|tierarzt\w*|"
                  r"clinique|cabinet (?:m(?:é|e)dical|dentaire|de kin(?:é|e)\w*|v(?:é|e)t(?:é|e)rinaire|d'orthodontie)|dentistes?|m(?:é|e)decins?|h(?:ô|o)pital|pharmacie|v(?:é|e)t(?:é|e)rinaire|ehpad|"
                  r"kin(?:é|e)sith(?:é|e)rap\w*|ost(?:é|e)opath\w*|cl(?:í|i)nica|m(?:é|e)dic[oa]s|dentista|farmacia|farm(?:á|a)cia|veterin(?:á|a)ri[ao]|fisioterapia|odontolog\w*|consult(?:ó|o)rio|"
                  r"ospedale|studio (?:dentistico|medico|veterinario)|poliambulatorio|sanit(?:à|a)|tandarts\w*|huisarts\w*|fysiotherap\w*|ziekenhuis|apotheek|dierenarts\w*|zorginstelling|"
                  r"zorgverlener|kliniek|medisch centrum|"
                  # hospital groups: "ein Krankenhausverbund", "un groupe hospitalier", "un grupo hospitalario", "een ziekenhuisgroep"
                  r"krankenhaus\w*|klinik(?:verbund|gruppe|konzern|kette)\w*|groupe hospitalier|centre hospitalier|grupo hospitalar(?:io)?|rede hospitalar|gruppo ospedaliero|azienda ospedaliera|ziekenhuis\w*|"
                  # clinical laboratories: "laboratorio di analisi cliniche", "laboratoire d'analyses médicales"
                  r"analisi cliniche|laboratori[oa]? (?:di )?analisi|laboratoire d'analyses|analyses (?:de biologie )?m(?:é|e)dicales|biologie m(?:é|e)dicale|"
                  r"an(?:á|a)lisis cl(?:í|i)nicos|laboratorio cl(?:í|i)nico|an(?:á|a)lises cl(?:í|i)nicas|laborat(?:ó|o)rio de an(?:á|a)lises|laborat(?:ó|o)rio cl(?:í|i)nico|"
                  r"medizinische[ns]? labor\w*|labor f(?:ü|ue)r (?:medizinische|klinische|labor)\w*|labormedizin|laborpraxis|laborarzt\w*|klinisch(?:e)? laboratori(?:um|a)|medisch laboratorium|klinisch lab",
    "retail_ecommerce": r""
                        # the shops of a high street, as the English "florist" and "grocery" are: "un fleuriste", "una floristería",
                        # "uma floricultura", "un fioraio", "eine Metzgerei", "une boucherie", "una carnicería", "um talho", "een slagerij"
                        r"fleuristes?|florister(?:í|i)as?|flor(?:i|í)culturas?|fioraio|fioreria|fiorai|bloemist(?:en|erij)?|blumengesch(?:ä|ae)ft|floristik|"
                        r"metzgerei\w*|fleischerei\w*|boucheries?|charcuteries?|poissonneries?|fromageries?|(?:é|e)piceries?(?: fines?)?|"
                        r"carnicer(?:í|i)as?|charcuter(?:í|i)as?|pescader(?:í|i)as?|fruter(?:í|i)as?|a(?:ç|c)ougues?|talhos?|peixarias?|hortifrutis?|mercearias?|"
                        r"macellerie|macelleria|salumeri[ae]|pescheri[ae]|fruttivendol[oi]|slagerij\w*|viswinkels?|groenteboer|kaaswinkels?|"
                        r"(?:we'?re|we are|i'?m|i am|(?:i|we) (?:run|own|have))\s+(?:a|an)\s+(?:[\w-]+\s+)?butcher(?:s|'s)?(?: shop)?|butcher(?:'s)? shops?|butchery|fishmongers?|greengrocers?|delicatessen|"
                        r"(?:online|versand|internet)-?handel|grande distribu(?:tion|i(?:ç|c)(?:ã|a)o|zione)|gran distribuci(?:ó|o)n|lebensmitteleinzelhandel|commerce de d(?:é|e)tail|comercio minorista|com(?:é|e)rcio (?:varejista|a retalho)|commercio al dettaglio|online-?shop|onlineshop|\w*webshop|e-shop|einzelhandel|\w*h(?:ä|ae)ndler|boutique en ligne|vente en ligne|commerce en ligne|magasins?|boutique de|"
                        r"tienda(?:s)?|comercio electr(?:ó|o)nico|venta online|minorista|loja(?:s)?|varejo|com(?:é|e)rcio eletr(?:ô|o)nico|negozio|negozi|commercio elettronico|"
                        r"vendita online|webwinkel|winkels?|detailhandel|"
                        # distribution and wholesale: "un groupe de distribution", "on fait de la distribution alimentaire", "una distribuidora"
                        r"groupe de distribution|distribution alimentaire|(?:soci(?:é|e)t(?:é|e)|entreprise|pme) de distribution|distributeurs?|distribuidora|distributore|distribuzione (?:alimentare|organizzata)|"
                        r"gro(?:ß|ss)handel\w*|groothandel\w*|grossista|mayorista|atacadista|"
                        # "on vend des vêtements en ligne", "vendemos ropa online": selling online
                        r"(?:on vend|nous vendons|vendons|vendemos|vendiamo|wir verkaufen|verkaufen|we verkopen|verkopen)\s+(?:[\w'-]+\s+){0,3}"
                        r"(?:en ligne|online|on-line|in rete|op internet|im internet|por internet|pela internet)",
    "education": r"formaci(?:ó|o)n profesional|forma(?:ç|c)(?:ã|a)o profissional|formation professionnelle|formation continue|berufsbildung|beroepsonderwijs|(?:sector|sektor|settore|setor|secteur) (?:educativ[oa]|educacional|(?:é|e)ducatif|de (?:la )?(?:educaci(?:ó|o)n|educa(?:ç|c)(?:ã|a)o|formaci(?:ó|o)n)|de l'(?:é|e)ducation|dell'istruzione|della formazione)|bildung(?:swesen)?|erziehung|(?:é|e)ducation|enseignement(?: sup(?:é|e)rieur| priv(?:é|e)| secondaire)?|educaci(?:ó|o)n|ense(?:ñ|n)anza|educa(?:ç|c)(?:ã|a)o|ensino(?: superior)?|istruzione|educazione|insegnamento|(?:hoch|berufs|sprach|fahr)?schule|universit(?:ä|ae)t|bildungs\w*|weiterbildung|nachhilfe|akademie|(?:é|e)cole|universit(?:é|e)|organisme de formation|centre de formation|"
                 r"escuela|colegio|universidad|academia(?!s? de (?:gin(?:á|a)stica|muscula(?:ç|c)(?:ã|a)o|fitness|crossfit))|centro de formaci(?:ó|o)n|escola|faculdade|universidade|scuola|universit(?:à|a)|formazione|universiteit|hogeschool|opleidingen|"
                 r"opleidingsinstituut|onderwijs|bijles\w*|"
                 # childcare and tutoring: "eine Kita", "une crèche", "una guardería", "un asilo nido", "een kinderdagverblijf"
                 r"kitas?|kindertagesst(?:ä|ae)tte\w*|garderie|soutien scolaire|guarder(?:í|i)a|escuela infantil|creche|cursinho|asilo nido|doposcuola|kinderopvang|kinderdagverblijf|buitenschoolse opvang",
    # the trade in shorthand too: "une agence immo", "je bosse dans l'immo", "Immo-Büro"
    "real_estate": r"agence immo|(?:dans l'|de l'|l')immo|immo-?(?:b(?:ü|ue)ro|firma|branche|agentur)|immobiliario|imobili(?:á|a)rio|immobilien\w*|\w*makler|hausverwaltung|immobilier|immobili(?:è|e)re|promoteur immobilier|promotion immobili(?:è|e)re|inmobiliari[oa]s?|bienes ra(?:í|i)ces|promotora|"
                   r"imobili(?:á|a)ri[oa]s?|im(?:ó|o)veis|corretor(?:a)? de im(?:ó|o)veis|immobiliar[ei]|makelaar\w*|makelaardij|vastgoed\w*|woningcorporatie|projectontwikkel\w*",
    "nonprofit": r"verein|gemeinn(?:ü|ue)tzig\w*|stiftung|fondation|asociaci(?:ó|o)n|fundaci(?:ó|o)n|associa(?:ç|c)(?:ã|a)o|funda(?:ç|c)(?:ã|a)o|associazione|fondazione|onlus|stichting|"
                 r"vereniging|goede doel\w*",
    "government": r"secteur public|sector p(?:ú|u)blico|setor p(?:ú|u)blico|settore pubblico|publieke sector|beh(?:ö|oe)rde|stadtverwaltung|gemeindeverwaltung|ministerium|(?:ö|oe)ffentliche(?:r|n)? (?:dienst|verwaltung|sektor)|collectivit(?:é|e)|mairie|administration publique|"
                  r"minist(?:è|e)re|ayuntamiento|administraci(?:ó|o)n p(?:ú|u)blica|ministerio|prefeitura|administra(?:ç|c)(?:ã|a)o p(?:ú|u)blica|governo|comune di|pubblica amministrazione|"
                  r"ministero|gemeente|overheid|ministerie|provincie",
    "logistics": r"transportwesen|(?:dans|du secteur du) (?:le )?transport(?:s)?(?! (?:de|des|du) (?:personnes|voyageurs))|transporte|trasporti|spedition|logistik\w*|transportunternehmen|fuhrunternehmen|kurierdienst|logistique|transporteur|(?:entreprise|pme|soci(?:é|e)t(?:é|e)|groupe) de transports?|transports? (?:routiers?|frigorifiques?|de marchandises|de fret|express)|trasporto (?:merci|refrigerato)|transportista|empresa de transportes?|"
                 r"log(?:í|i)stica|mensajer(?:í|i)a|paqueter(?:í|i)a|transportadora|armaz(?:é|e)m|trasporti|spedizion\w*|corriere|logistiek\w*|transportbedrijf|vervoer(?:der|sbedrijf)|"
                 r"expediteur|koeriersdienst|distributiecentrum|"
                 # removals firms: "une entreprise de déménagement", "ein Umzugsunternehmen", "una ditta di traslochi"
                 r"(?:entreprise|soci(?:é|e)t(?:é|e)|sp(?:é|e)cialiste)s? d(?:e |u )d(?:é|e)m(?:é|e)nagements?|d(?:é|e)m(?:é|e)nageurs?|d(?:é|e)m(?:é|e)nagements? d'entreprises|"
                 r"umzugs(?:unternehmen|firma|spedition|service|dienst)|empresa de mudanzas|mudanzas|empresa de mudan(?:ç|c)as|(?:ditta|impresa|azienda) di traslochi|traslochi|"
                 r"verhuisbedrijf|verhuisfirma|verhuizers|\w*verhuizingen",
    "hospitality": r"cafeter(?:í|i)as?|pasteler(?:í|i)as?|confiter(?:í|i)as?|helader(?:í|i)as?|churrer(?:í|i)as?|p(?:â|a)tisseries?|salon de th(?:é|e)|glacier artisan|konditorei|caf(?:é|e)haus|eiscaf(?:é|e)|eisdiele|pastelarias?|confeitarias?|sorveterias?|gelatarias?|lanchonetes?|pasticceri[ae]|gelateri[ae]|caffetteri[ae]|banketbakkerij\w*|ijssalon|lunchroom|koffiehuis|"
                   r"location (?:per|di) (?:eventi|matrimoni|feste|cerimonie)|event-?location|hochzeitslocation|veranstaltungsort|"
                   r"salle (?:de r(?:é|e)ception|des f(?:ê|e)tes|de mariage)|lieu de r(?:é|e)ception|sal(?:ó|o)n de (?:eventos|bodas|celebraciones)|finca para bodas|"
                   r"espa(?:ç|c)o (?:de|para) eventos|quinta (?:de|para) (?:eventos|casamentos)|trouwlocatie|feestzaal|evenementenlocatie|gastgewerbe|tourismus\w*|touristik\w*|h(?:ô|o)tellerie|restauration|tourisme|turismo|hosteler(?:í|i)a|hotelaria|settore alberghiero|alberghier[oa]|toerisme|gastronomie|gastst(?:ä|ae)tte|hotellerie|ristorante|trattoria|osteria|albergo|agenzia (?:di )?viaggi|agriturismo|restaurante|hoteler(?:í|i)a|hosteler(?:í|i)a|"
                   r"agencia de viajes|ag(?:ê|e)ncia de viagens|pousada|h(?:ô|o)tel(?:lerie)?|g(?:î|i)tes?|agence de voyages?|reiseb(?:ü|ue)ro|horeca|brasserie|traiteur|eetcaf(?:é|e)|"
                   r"reisbureau|bakkerij|b(?:ä|ae)ckerei|boulangerie|panader(?:í|i)a|padaria|panetteria|ristorazione|"
                   # tours sold to visitors: "Kajaktouren", "des excursions en kayak", "escursioni guidate", "kanotochten"
                   r"kajaktouren|kanutouren|bootstouren|radtouren|stadtf(?:ü|ue)hrungen|excursions? (?:en (?:kayak|bateau|cano(?:ë|e)|mer)|guid(?:é|e)es)|visites guid(?:é|e)es|excursiones|"
                   r"tours en (?:kayak|barco|bici(?:cleta)?)|passeios (?:de barco|tur(?:í|i)sticos|de caiaque|de escuna)|escursioni|tour guidati|visite guidate|rondleidingen|kanotochten|boottochten|"
                   r"\w*brauerei|brauhaus|microbrasserie|brasserie artisanale|cervecer(?:í|i)a|cervejaria|birrifici[oa]|microbirrifici[oa]|\w*brouwerij|"
                   r"kaffeer(?:ö|oe)ster\w*|torr(?:é|e)facteur|torrefac(?:ción|cao|ção|tora)|torrefazione|koffiebranderij|"
                   # gyms, as the English "gym" and "fitness studio" are (the contract names no closer label)
                   # marinas: "ein Yachthafen", "un port de plaisance", "un puerto deportivo", "een jachthaven"
                   r"yachthafen|sportboothafen|ports? de plaisance|puertos? deportivos?|porto turistico|jachthaven\w*|"
                   r"fitnessstudio|fitness-?cent(?:er|re)|fitnesskette|salles? de (?:sport|fitness|musculation)|gimnasios?|centro de fitness|"
                   # the gym in European Portuguese ("um ginásio no Porto"); a gym for climbing is still one
                   r"gin(?:á|a)sios?|"
                   r"academias? de (?:gin(?:á|a)stica|muscula(?:ç|c)(?:ã|a)o|fitness|crossfit)|palestr[ae]|centri fitness|centro fitness|sportschool|sportscholen|"
                   # yoga, pilates, dance and climbing: studios of the same kind
                   r"yoga-?studio|pilates-?studio|tanzstudio|kletterhalle|boulderhalle|kampfsportschule|studio de (?:yoga|pilates|danse)|salle d'escalade|"
                   r"estudio de (?:yoga|pilates|baile|danza)|centro de yoga|roc(?:ó|o)dromo|est(?:ú|u)dio de (?:yoga|pilates|dan(?:ç|c)a)|gin(?:á|a)sio de escalada|"
                   r"studio di (?:yoga|pilates|danza)|centro yoga|palestra di arrampicata|yogaschool|klimhal|boulderhal",
    "energy": r"energie\w*|photovoltaik|stadtwerke|(?:é|e)nergie|solaire|photovolta(?:ï|i)que|energ(?:í|i)a|renovables|fotovoltaic\w*|rinnovabili|zonnepanelen|duurzame energie",
    "telecom": r"telekommunikation|telekom|t(?:é|e)l(?:é|e)com\w*|telecomunicaciones|operadora|telecomunica(?:ç|c)(?:õ|o)es|telecomunicazioni",
    "construction": r"\w*ger(?:ü|ue)st\w*|steigerbouw\w*|(?:é|e)chafaudage\w*|andamios?|andaimes?|ponteggi\w*|bau(?:unternehmen|firma|gewerbe|branche|betrieb|firma)|handwerk\w*|dachdecker\w*|elektriker|sanit(?:ä|ae)r\w*|installateur|schreinerei|tischlerei|zimmerei|malerbetrieb|"
                    r"btp|b(?:â|a)timent|entreprise de (?:b(?:â|a)timent|construction|travaux)|plombiers?|(?:é|e)lectricien|menuiserie|couvreur|ma(?:ç|c)onnerie|constructora|construcci(?:ó|o)n|"
                    r"reformas|fontaner(?:í|i)a|construtora|constru(?:ç|c)(?:ã|a)o|impresa edile|edilizia|edile|costruzioni|ristrutturazioni|bouwbedrijf|bouw(?!en(?![a-z]))|aannemer\w*|installatiebedrijf|"
                    r"loodgieter\w*|schildersbedrijf|dakdekker\w*|renovatie\w*|"
                    # carpenters, as "joinery", "Schreinerei" and "menuiserie" are: "carpintería", "carpintaria", "falegnameria", "timmerbedrijf"
                    r"carpinter(?:í|i)as?|carpinteros?|carpintarias?|carpinteiros?|falegnameri[ae]|falegnam[ei]|timmerbedrijf\w*|timmerwerk\w*|timmerm(?:a|e)n|charpent(?:e|ier|iers|erie)|holzbau\w*|houtbouw\w*|"
                    # fitting kitchens or bathrooms, the trade the English "kitchen fitting" names
                    r"k(?:ü|ue)chenmont(?:age|eur\w*)|badmontage|pose(?:ur|use)?s? de (?:cuisines?|salles? de bains?)|montaje de (?:cocinas|baños)|montadore?s? de cocinas|"
                    r"montaggio (?:di )?(?:cucine|bagni)|montatori? di cucine|keukenmont(?:age|eur\w*)|badkamermont(?:age|eur\w*)|montagem de (?:cozinhas|casas de banho)|montadore?s? de cozinhas",
    # growing said in a compound, the trade its last part: "bloembollenteelt", "een bloembollenkwekerij", "Spargelanbau", "Gärtnerei"
    "agriculture": r"\w+teelt|\w*kwekerij(?:en)?|kwekers?|\w+kwekers?|\w+anbau|\w*g(?:ä|ae)rtnerei(?:en)?|baumschule|landwirtschaft\w*|bauernhof|weingut|agricole|exploitation agricole|viticulture|viticole|vignoble|domaine (?:viticole|vinicole)|ch(?:â|a)teau viticole|"
                   r"almazaras?|aceite de oliva|oleificio|olio d'oliva|azeite|lagar|adegas?|cantina vinicola|(?<=\buna )cantina|wijngaard\w*|wijnhuis|wijnboer\w*|azienda (?:viti)?vinicola|vitivinicol[ao]|winzer(?:ei|in)?|weinbau\w*|weinkellerei|maison de vin|producteur de vins?|(?:bodega|empresa|casa|quinta) vin(?:í|i)cola|bodegas? de vinos?|produtor(?:a)? de vinhos?|productor(?:a)? de vinos?|wijnmakerij|wijnproducent|wijnbouw\w*|wijndomein|"
                   r"agricultura|granja|agropecuari[oa]|agroneg(?:ó|o)cio|fazenda|agricoltura|"
                   r"azienda agricola|vigneto|landbouw|boerderij|tuinbouw|veehouderij|akkerbouw|"
                   # fruit grown and exported, a family winery: "exportateur de fruits", "una bodega familiar", "fruitteler"
                   r"producteurs? de fruits|arboricult\w*|exportat(?:eur|rice)s? de fruits|exportadora de frutas|productor(?:a|es)? de frutas|frut(?:í|i)cola|produtor(?:a|es)? de frutas|"
                   r"hortifruti|ortofrutt\w*|produttor[ei] di frutta|obstbau\w*|obsthof|obstbauer\w*|fruitteel\w*|fruitteler\w*|fruitbedrijf|bodegas? (?:familiar(?:es)?|boutique)|"
                   # fishing, fish and bee farming, forestry, livestock, nurseries and produce packers, in each language: "Fischerei",
                   # "armement de pêche", "empresa pesquera", "empacadora de aguacate", "azienda ittica", "visserijbedrijf"
                   r"fischerei\w*|fischzucht\w*|aquakultur\w*|imkerei\w*|forstwirtschaft|forstbetrieb\w*|agrar(?:betrieb|genossenschaft|unternehmen|wirtschaft|handel)\w*|"
                   r"landwirtschaftliche genossenschaft|viehzucht|tierhaltung|milchvieh\w*|ackerbau\w*|gem(?:ü|ue)sebau\w*|oliven(?:ö|oe)l\w*|"
                   r"p(?:ê|e)cheries?|armement de p(?:ê|e)che|armateurs? (?:de|à la) p(?:ê|e)che|entreprise de p(?:ê|e)che|p(?:ê|e)che (?:artisanale|industrielle|c(?:ô|o)ti(?:è|e)re|professionnelle|en mer)|"
                   r"marins?-p(?:ê|e)cheurs?|p(?:ê|e)cheurs? professionnels?|ostr(?:é|e)icult\w*|conchylicult\w*|mytilicult\w*|piscicult\w*|aquacult\w*|apicult\w*|"
                   r"exploitation (?:foresti(?:è|e)re|laiti(?:è|e)re|fruiti(?:è|e)re|mara(?:î|i)ch(?:è|e)re)|sylvicult\w*|coop(?:é|e)rative (?:agricole|fruiti(?:è|e)re|laiti(?:è|e)re)|"
                   r"(?:é|e)rabli(?:è|e)res?|ac(?:é|e)ricult\w*|cabanes? (?:à|a) sucre|mara(?:î|i)ch(?:er|ers|age)|p(?:é|e)pini(?:è|e)re(?! d'entreprises)s?|(?:é|e)levage|(?:é|e)leveurs?|horticult\w*|station (?:de conditionnement|fruiti(?:è|e)re)|ol(?:é|e)icult\w*|huilerie|moulin (?:à|a) huile|"
                   r"pesqueras?|empresa de pesca|flota pesquera|pesca (?:artesanal|industrial|comercial|de altura|de bajura|costera|profesional|professionale|artigianale|industriale|costiera)|pescadores|"
                   r"acuicultura|piscifactor(?:í|i)as?|apicultura|apicultor(?:es|as?)?|empresa forestal|silvicultura|cooperativa agr(?:í|i)cola|agr(?:í|i)colas?|ganader(?:í|i)as?|ganaderos?|"
                   r"hort(?:í|i)colas?|horticultura|invernaderos?|viveros?|empacadoras?(?! de (?:carnes?|camar|mariscos|pescados?|alimentos))|empaque de (?:frutas?|aguacates?|hortalizas|verduras|c(?:í|i)tricos)|"
                   r"packing de (?:frutas?|paltas?|uvas|ar(?:á|a)ndanos|c(?:í|i)tricos)|finca (?:agr(?:í|i)cola|frutal|cafetalera|bananera)|cafetaler[oa]s?|aguacateros?|citr(?:í|i)colas?|olivareros?|oleicultura|"
                   r"pesqueiras?|aquicultura|aquacultura|piscicultura|empresa florestal|florestal|pecu(?:á|a)ri[ao]|pecuaristas?|viveiros?|"
                   r"central (?:fruteira|hortofrut(?:í|i)cola)|fruticultura|olivicultura|lagares? de azeite|"
                   r"impresa di pesca|azienda ittica|settore ittico|ittic[oa]|pescherecci(?:o)?|pescatori|acquacoltura|allevament[oi] ittic[oi]|mitilicoltura|apicoltura|apicoltor[ei]|"
                   r"azienda (?:forestale|zootecnica|apistica)|silvicoltura|cooperativa agricola|zootecni\w*|allevament[oi]|orticol[oa]|vivai(?:o)?|frantoi(?:o)?|olivicol\w*|"
                   r"visserij\w*|vissersbedrijf|vissers|kotter\w*|aquacultuur|imkerij\w*|imkers?|bosbouw\w*|agrarisch\w*|landbouwco(?:ö|o)peratie|\w+houderij|\w*pakstation",
    "media_entertainment": r"verlag|medienhaus|zeitung|filmproduktion|produktionsfirma|maison d'(?:é|e)dition|production audiovisuelle|productora|medios de comunicaci(?:ó|o)n|editora|produtora|"
                           r"casa editrice|editoria|produzione (?:video|cinematografica)|uitgeverij|omroep|productiehuis|"
                           r"fotograf(?:in|en)?|fotostudio|videograf(?:in|en)?|photographes?|vid(?:é|e)astes?|fot(?:ó|o)graf[oa]s?|vide(?:ó|o)graf[oa]s?|videomaker|fotograaf|trouwfotograaf|"
                           # a studio of sound or pictures: "studio fotografico", "Tonstudio", "estudio de grabación", "studio photo"
                           r"studio (?:fotografico|di registrazione|cinematografico|televisivo|di produzione|di animazione|photo|d'enregistrement|de cin(?:é|e)ma|d'animation)|"
                           r"estudio (?:de grabaci(?:ó|o)n|fotogr(?:á|a)fico|de cine|de animaci(?:ó|o)n)|est(?:ú|u)dio (?:de grava(?:ç|c)(?:ã|a)o|fotogr(?:á|a)fico|de anima(?:ç|c)(?:ã|a)o)|"
                           r"tonstudio|filmstudio|aufnahmestudio|opnamestudio",
    # printers and packaging makers: "eine Druckerei", "une imprimerie", "una imprenta", "uma gráfica", "una tipografia",
    # "stampa offset e digitale, cataloghi e imballaggi", "een drukkerij"
    # machines for farms or industry, the head noun first in the Romance languages: "maquinaria agrícola", "macchine agricole"
    "manufacturing": r"(?:saft|getr(?:ä|ae)nke|snack|schokoladen|saucen|so(?:ß|ss)en|m(?:ü|ue)sli|speiseeis|lebensmittel)marke|marque de (?:jus|boissons?|snacks?|chocolats?|sauces?|biscuits|glaces?|confitures?|condiments?)|"
                     r"marca de (?:zumos?|jugos?|sucos?|bebidas|snacks|chocolates?|salsas|molhos|galletas|biscoitos|helados|sorvetes|mermeladas|geleias)|"
                     r"marchio di (?:succhi|bevande|snack|cioccolat\w*|salse|biscotti|gelati|marmellate)|(?:sap|drank|dranken|snack|chocolade|saus|koek|ijs)merk|"
                     r"(?:maquinaria|m(?:á|a)quinas|macchine|machines|machinerie|maquinário|m(?:á|a)quinas) (?:agr(?:í|i)colas?|agricole|industriais|industriales|industriali|industrielles)|"
                     r"(?:land|bau|werkzeug|verpackungs)maschinen\w*|(?:landbouw|bouw)machines|"
                     r"\w*druckerei(?:en)?|imprimeries?|imprentas?|(?<=\buma )gr(?:á|a)fica|(?<=\bnuma )gr(?:á|a)fica|tipografi[ae]|stamperi[ae]|stampa (?:offset|digitale|tipografica)|drukkerij(?:en)?|"
                     r"offsetdruck|impression offset|impresi(?:ó|o)n offset|impress(?:ã|a)o offset|offsetdruk|"
                     r"verpackung(?:en|sherstell\w*|sindustrie)?|emballages?|embalajes?|embalagens?|imballagg(?:i|io)|verpakking(?:en|sindustrie)?|"
                     r"\w+zulieferer|kfz-zulieferer|zulieferbetrieb|(?:é|e)quipementiers?(?: automobiles?)?|sous-traitant (?:automobile|industriel|a(?:é|e)ronautique)|autopartes|autope(?:ç|c)as|proveedor(?:es)? (?:automotriz|de autopartes|de la automoci(?:ó|o)n)|fornitore (?:automotive|di componenti)|componentistica|toeleverancier\w*|"
                     r"maschinenbau\w*|\w*hersteller|fertigung|metallbau|industrie\w*|fabrik|usine|fabricant|industriel(?:le)?s?|fabrication|fabricante|f(?:á|a)brica|industria|"
                     r"industrial(?:es)?|manufactura|ind(?:ú|u)stria|fabbrica|produttore|manifattur\w*|macchinari|meccanica|industriali|fabrikant|fabriek|productiebedrijf|maakindustrie|"
                     r"metaalbewerking|produciamo|fabricamos|fabriceren|produzieren|produzimos|"
                     # goods produced, named after the word for production in the other languages ("production de sirop d'érable",
                     # "produzione di olio d'oliva", "Produktion von Ahornsirup"); a video, film, event or show produced is media
                     r"(?:production|produzione|producci(?:ó|o)n|produ(?:ç|c)(?:ã|a)o|produktion|productie)\s+(?:de|d'|du|des|di|del|della|dell'|dello|degli|delle|"
                     r"von|van|da|do|dos|das)\s*(?:l'|la |le |les |el |los |las |het |de )?(?!(?:vid|film|event|contenu|conte[nú]|music|m(?:ú|u)sic|podcast|spectacl|espect|"
                     r"spettacol|theat|th(?:é|e)(?:â|a)tr|teatr|tv|t(?:é|e)l(?:é|e)vis|radio|audio|pub|anunc|spot|fot|phot|documentari|werbe|lead|contenido|conte(?:ú|u)do)\w*)[^\W\d_]+|"
                     # garments and cloth made: "confección textil", "confecção de uniformes", "confezioni", "Textilindustrie"
                     r"confecci(?:ó|o)n|confecciones|confec(?:ç|c)(?:ã|a)o|confec(?:ç|c)(?:õ|o)es|confezion(?:e|i)|konfektion|bekleidungsindustrie|confectie\w*|"
                     r"confection (?:de|textile)|textil|t(?:ê|e)xtil|tessile|tessili|textiel\w*|textilindustrie|industrie textile|"
                     # food made and sold on: "un'azienda alimentare (salumi)", "agroalimentaire", "una empresa de alimentos"
                     r"azienda alimentare|salumific\w*|caseifici\w*|pastifici\w*|agro-?alimentaire|(?:empresa|industria) (?:alimentaria|de alimentos)|agroalimentari[oa]|"
                     r"ind(?:ú|u)stria (?:de alimentos|aliment(?:í|i)cia)|empresa aliment(?:í|i)cia|lebensmittelproduz\w*|lebensmittelindustrie|fleischwaren\w*|wurstwaren\w*|voedingsmiddelen\w*|voedselproducent\w*|vleeswaren\w*|"
                     # wood sawn and worked: "Sägewerk", "Holzverarbeitung, Schnittholz", "scierie", "aserradero", "serraria", "segheria", "zagerij"
                     r"s(?:ä|ae)gewerk\w*|holzverarbeit\w*|holzindustrie|schnittholz|holzwerk\w*|hobelwerk\w*|holzbearbeit\w*|m(?:ö|oe)beltischlerei\w*|"
                     r"scieries?|industrie du bois|transformation du bois|travail du bois|(?:é|e)b(?:é|e)nisteries?|(?:é|e)b(?:é|e)nistes?|"
                     r"aserraderos?|serrer(?:í|i)as?|industria (?:de la )?madera|maderer[ao]s?|transformaci(?:ó|o)n de (?:la )?madera|ebanister(?:í|i)as?|ebanistas?|"
                     r"serrarias?|serra(?:ç|c)(?:ã|a)o de madeiras?|madeireiras?|ind(?:ú|u)stria (?:madeireira|de madeira)|transforma(?:ç|c)(?:ã|a)o de madeira|marcenarias?|"
                     r"segheri[ae]|lavorazione del legno|industria del legno|mobilifici(?:o)?|ebanisteria|ebanisti|"
                     r"zagerij(?:en)?|houtzagerij\w*|houtbewerking\w*|houtindustrie|houtverwerk\w*|meubelmakerij\w*|meubelmakers?|"
                     # food processed from farms and boats: "Schlachthof", "Molkerei", "abattoir", "conserverie", "matadero", "empacadora
                     # de camarón", "laticínios", "mattatoio", "vleesverwerker"
                     r"schlachthof|schlachth(?:ö|oe)fe|schlachtbetrieb\w*|fleischverarbeit\w*|fischverarbeit\w*|lebensmittelverarbeit\w*|molkerei\w*|k(?:ä|ae)serei\w*|"
                     r"getreidem(?:ü|ue)hle\w*|m(?:ü|ue)hlenbetrieb\w*|konservenfabrik\w*|"
                     r"abattoirs?|transformation (?:alimentaire|de (?:la )?viande|du poisson|des produits de la mer|du lait|laiti(?:è|e)re)|conserveries?|salaisons?|laiteries?|minoteries?|meuneries?|"
                     r"mataderos?|procesadora de (?:alimentos|carnes?|pescados?|mariscos|l(?:á|a)cteos|frutas?)|industria c(?:á|a)rnica|conserveras?|envasadora de \w+|"
                     r"empacadora de (?:carnes?|camar(?:ó|o)n(?:es)?|mariscos|pescados?|alimentos)|l(?:á|a)cteos|queser(?:í|i)as?|harineras?|molino (?:harinero|arrocero)|"
                     r"matadouros?|frigor(?:í|i)ficos? de (?:carnes?|aves|su(?:í|i)nos)|processamento de (?:alimentos|carnes?|peixes?|pescado|leite)|conserveiras?|latic(?:í|i)nios?|queijarias?|"
                     r"mattatoi(?:o)?|trasformazione (?:alimentare|della carne|del pesce)|lavorazione (?:della carne|delle carni|del pesce|del latte)|conservifici(?:o)?|lattiero-?caseari\w*|"
                     r"slachterij(?:en)?|slachthui(?:s|zen)|vleesverwerk\w*|visverwerk\w*|voedselverwerk\w*|zuivelfabriek\w*|zuivelbedrijf|kaasmakerij\w*|meelfabriek\w*|maalderij\w*|conservenfabriek\w*|"
                     # crafts that make goods: "Töpferei", "poterie", "alfarería", "olaria", "laboratorio di ceramica", "pottenbakkerij"
                     r"t(?:ö|oe)pferei\w*|keramik(?:werkstatt|atelier|manufaktur|studio)\w*|\w+manufaktur|glasbl(?:ä|ae)ser\w*|kunstschmiede\w*|schmiede(?:betrieb|werkstatt)\w*|"
                     r"weberei\w*|gerberei\w*|lederwaren\w*|kunsthandwerk\w*|drechsler\w*|sattlerei\w*|buchbinderei\w*|geigenbau\w*|instrumentenbau\w*|"
                     r"poteries?|c(?:é|e)ramistes?|atelier de (?:c(?:é|e)ramique|poterie|tissage|maroquinerie|reliure|verre|forge|ferronnerie)|souffleurs? de verre|verreries?|ferronneries?|"
                     r"forgerons?|maroquineries?|tissages?|tanneries?|artisanat(?: d'art)?|lutherie|luthiers?|savonneries?|"
                     r"alfarer(?:í|i)as?|alfareros?|ceramistas?|taller de (?:cer(?:á|a)mica|alfarer(?:í|i)a|cuero|vidrio|tejidos?|forja|marroquiner(?:í|i)a)|herrer(?:í|i)as?|"
                     r"marroquiner(?:í|i)as?|curtiembres?|curtidur(?:í|i)as?|tejedur(?:í|i)as?|artesan(?:í|i)as?|vidrier(?:í|i)as?|luther(?:í|i)as?|jaboner(?:í|i)as?|"
                     r"olarias?|ateli(?:ê|e|er) de (?:cer(?:â|a)mica|couro|tecelagem|vidro)|ferrarias?|tecelagens?|curtumes?|artesanato|vidrarias?|marroquinarias?|saboarias?|"
                     r"ceramica artistica|laboratorio (?:di )?(?:ceramica|ceramiche|pelletteria|tessitura|oreficeria)|ceramist[ia]|vetrerie?|soffiatori di vetro|fucina|ferro battuto|"
                     r"pelletteri[ae]|conceri[ae]|tessitura|artigianato|liuteria|liutai(?:o)?|saponifici(?:o)?|"
                     r"pottenbakkerij\w*|keramiekatelier\w*|keramisten?|glasblazerij\w*|kunstsmederij\w*|smederij(?:en)?|edelsmederij\w*|weverij(?:en)?|leerlooierij\w*|leerbewerking|"
                     r"instrumentenbouw\w*|zeepmakerij\w*",
}
_FIRST_RES = tuple((label, lazy_compile(rf"\b(?:{p}|{_LOCAL[label]})(?:s|es)?(?![a-z])")) for label, p in _FIRST)
# German and Dutch plurals end in -e, -en, -er ("Pflegeheime", "Kliniken", "ziekenhuizen" aside).
_REST_RES = tuple((label, lazy_compile(rf"\b(?:(?:{p})(?:s|es)?|(?:{_LOCAL[label]})(?:s|es|e|en|n|er)?)(?![a-z])")) for label, p in _REST)


@cache
def _rest_prefilter() -> Prefilter:
    """Which of ``_REST_RES`` may match a text (built on first use: reading the patterns' needles takes a while)."""
    return Prefilter(pattern.pattern for _, pattern in _REST_RES)


# Descriptions that make a software company whatever industry it serves.
# "payroll software for construction firms": the software named for whom it serves is what the company makes.
_SOFTWARE_COMPANY = lazy_compile(r"\b(?:saas|s\.a\.a\.s|software (?:company|startup|vendor|house|business|firm|provider|developer|publisher)|(?:we|i) (?:build|make|develop|sell|write) (?:\w+ ){0,3}software|"
                                 r"software (?:for|built for|made for) (?:\w+ ){0,2}(?:firms|companies|businesses|teams|brands|agencies|practices|contractors|clinics|stores|shops|"
                                 r"schools|restaurants|retailers|manufacturers|professionals|smbs|smes|landlords|hotels|gyms|builders|dealers|dealerships)|"
                                 # the same in the other languages: "wir entwickeln Lohnsoftware für Baufirmen", "sviluppiamo un'app per ristoranti"
                                 r"[a-zäöüß]+software (?:für|voor|pour|para|per)\b|"
                                 r"(?:entwickeln|programmieren|vertreiben|verkaufen|bauen|ontwikkelen|maken|bouwen|verkopen|sviluppiamo|realizziamo|vendiamo|"
                                 r"desarrollamos|creamos|vendemos|desenvolvemos|criamos|(?:nous|on) (?:d(?:é|e)velopp|(?:é|e)dit|vend)(?:ons|e))"
                                 r"\s+(?:[\w-]+['\s]+){0,2}?(?:[a-zäöüß]*software|apps?|applis?|aplicativos?|logiciels?|gestionale|saas))(?![a-z])")


# One-word answers to "what industry are you in?" that mean nothing in other text.
_ANSWERS = {
    # one word that names a sector only as the answer ("Pflege" is also the upkeep of a website)
    "pflege": "healthcare", "zorg": "healthcare", "immo": "real_estate", "l'immo": "real_estate",
    "tech": "software", "technology": "software", "it": "software", "information technology": "software", "internet": "software",
    "finance": "financial_services", "financial": "financial_services", "legal": "professional_services", "law": "professional_services",
    "consulting": "professional_services", "recruiting": "professional_services", "recruitment": "professional_services",
    # consulting named alone, in the words that elsewhere ask for advice ("j'ai besoin de conseils", "ik wil advies")
    "conseil": "professional_services", "du conseil": "professional_services", "le conseil": "professional_services",
    "dans le conseil": "professional_services", "advies": "professional_services", "advieswerk": "professional_services",
    "beratung": "professional_services", "consultoría": "professional_services", "consultoria": "professional_services",
    "consulenza": "professional_services",
    "hr": "professional_services", "architecture": "professional_services", "travel": "hospitality", "tourism": "hospitality",
    "food": "hospitality", "food and beverage": "hospitality", "food & beverage": "hospitality", "beverages": "hospitality",
    "drinks": "hospitality", "beer": "hospitality", "craft beer": "hospitality", "wine": "hospitality", "brewing": "hospitality", "f&b": "hospitality", "fitness": "hospitality", "transportation": "logistics",
    "transport": "logistics", "shipping": "logistics", "media": "media_entertainment", "sports": "media_entertainment",
    "events": "media_entertainment", "marketing": "marketing_advertising", "pr": "marketing_advertising", "beauty": "retail_ecommerce",
    "fashion": "retail_ecommerce", "consumer goods": "manufacturing", "industrial": "manufacturing", "public": "government",
    # trades named alone: fishing, crafts ("pesca", "pêche", "Handwerk" is the building trades, "Kunsthandwerk" crafts)
    "fishing": "agriculture", "commercial fishing": "agriculture", "pesca": "agriculture", "pêche": "agriculture", "la pêche": "agriculture",
    "butcher": "retail_ecommerce", "butchers": "retail_ecommerce", "crafts": "manufacturing", "handicrafts": "manufacturing", "arts and crafts": "manufacturing", "woodworking": "manufacturing",
}


# A hedge said with a one-word answer ("je sais pas trop, conseil ?", "not sure, consulting I guess", "geen idee,
# advies denk ik"), in the seven languages: the answer is the word.
_HEDGE_BEFORE = lazy_compile(
    r"^(?:(?:not sure|i'?m not sure|no idea|dunno|i guess|i think|maybe|probably|um+|uh+|hmm+|er+m?|well|"
    r"keine ahnung|wei(?:ß|ss) nicht|ich wei(?:ß|ss) nicht|vielleicht|eher|wohl|"
    r"je (?:ne )?sais pas(?: trop)?|j'sais pas|chais pas|pas s(?:û|u)re?|euh+|bah|ben|je dirais|disons|genre|plut(?:ô|o)t|peut-(?:ê|e)tre|"
    r"no s(?:é|e)|ni idea|quiz(?:á|a)s?|tal vez|pues|n(?:ã|a)o sei|sei l(?:á|a)|talvez|acho que|non so|boh|forse|direi|"
    r"geen idee|weet (?:ik )?niet|misschien|eh+|nou)\W+)+")
_HEDGE_AFTER = lazy_compile(
    r"(?:\W+(?:i guess|i think|maybe|probably|ich glaube|glaube ich|denke ich|vielleicht|je pense|je crois|peut-(?:ê|e)tre|"
    r"creo|supongo|acho|eu acho|penso|credo|direi|denk ik|geloof ik|misschien))+\W*$")


# Outlets counted, with nothing said of what they sell: "nas 6 lojas", "dans 6 magasins", "en 6 tiendas", "in 6 negozi", "in
# 6 winkels", "across 6 stores", "in 6 Filialen": where the staff work (any chain has them), no trade. "6 lojas de roupa",
# "6 clothing stores" name what is sold.
_OUTLET = lazy_compile(r"(?:lojas?|magasins?|tiendas?|negozi|negozio|winkels?|stores?|shops?|filialen|filiale|branches|sucursales|filiais|punti vendita|vestigingen)")
_COUNTED_BEFORE = lazy_compile(
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a few|zwei|drei|vier|f(?:ü|ue)nf|sechs|sieben|acht|neun|zehn|mehrere|"
    r"deux|trois|quatre|cinq|sept|huit|neuf|dix|plusieurs|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|duas|tr(?:ê|e)s|quatro|sete|oito|"
    r"nove|dez|v(?:á|a)rias|due|tre|quattro|sei|sette|otto|dieci|diversi|twee|drie|vijf|zes|zeven|negen|tien|meerdere)\s+$")
_WHAT_IS_SOLD_AFTER = lazy_compile(r"\s+(?:de|d'|di|da|do|of|selling|que venden|que vendem|che vendono|voor|met|f(?:ü|ue)r|mit)\b")


def _counted_outlets(lower: str, m: re.Match[str]) -> bool:
    """Whether a trade's word is only outlets counted ("umas 120 pessoas nas 6 lojas"): no industry of its own."""
    return bool(_OUTLET.fullmatch(m.group(0)) and _COUNTED_BEFORE.search(lower, max(0, m.start() - 20), m.start())
                and not _WHAT_IS_SOLD_AFTER.match(lower, m.end()))


# "academia" alone, or of a sport, is a gym where Portuguese is written ("academia de música" stays a school).
_GYM_ACADEMIA = lazy_compile(r"academias?\b(?!\s+d[eoa]s?\s+(?!gin(?:á|a)stica|muscula(?:ç|c)(?:ã|a)o|fitness|crossfit|lutas?|jiu|boxe|artes marciais|pilates|dan(?:ç|c)a fitness)\w)")


# The head noun of a school or a training firm after the subject it teaches: "a software and data skills training
# institute", "a software testing academy", "a coding and AI bootcamp", "eine IT-Akademie", "une école de logiciels".
_TAUGHT_AFTER = lazy_compile(
    r"(?:(?:\s*(?:,|and|&|\+|und|et|y|e|en))?\s+(?!(?:for|f(?:ü|ue)r|pour|para|per|voor|to|with|mit|avec|con|com|met|in|at|by)\b)[\w-]+){0,5}?\s*(?:\s(?:skills?|training|teaching|tuition|education(?:al)?|learning|coaching|"
    r"schulungs?|weiterbildungs?|opleidings?|formation|formaci(?:ó|o)n|forma(?:ç|c)(?:ã|a)o|formazione))?"
    r"\s*(?:institutes?|institutions?|academy|academies|bootcamps?|schools?|colleges?|(?:training|tuition|learning) (?:cent(?:er|re)s?|company|provider|business|firm)|"
    r"akademie|schule|(?:é|e)cole|escuela|escola|scuola|academia|accademia|opleiding(?:en)?|opleidingsinstituut)\b")


# An answer at the industry question that names no trade but speaks of another question ("nothing fixed yet, depends on
# what you propose": the budget) or of nothing at all: no "other" line of work, which the visitor never said. As the
# rewrite into English leaves the seven languages, and their own words where it keeps them.
_NO_TRADE = lazy_compile(
    r"\b(?:nothing|nada|nichts|rien|niente|nulla|niets|depends?|depending|depende|dipende|h(?:ä|ae)ngt|d(?:é|e)pend\w*|hangt|"
    r"fixed|fijado|festgelegt|fix(?:é|e)|fissato|vastgelegd|definido|definito|decided|budget|presupuesto|or(?:ç|c)amento|"
    r"bilancio|begroting|propos\w*|propon\w*|angebot|voorstel|proposta|offer|quote)\b")


# An answer at the industry question that only counts the staff, as the rewrite into English leaves the seven languages
# ("about 12 people", "5 funcionários", "wir sind 15 Leute", "siamo in 6", "we zijn met z'n vijven"), a place where they
# are after it ("12 people in Berlin"): it states the company's size, no line of work, so no "other" one either.
_ONLY_A_HEAD_COUNT = lazy_compile(
    r"(?:(?:well|so|hmm|um|uh|ok|okay|oh|yeah|yes|no)\W+)?"
    r"(?:(?:we are|we'?re|we have|we'?ve got|we got|there are|i have|it'?s|its|about|around|roughly|approximately|approx\.?"
    r"|circa|ca\.?|~|just|only|maybe|like|nearly|almost|over|under|less than|more than|fewer than|currently|now|today)\s*)*"
    r"(?:\d[\d,.]*(?:\s*(?:-|–|to|or)\s*\d[\d,.]*)?|a dozen|a few|a handful(?: of)?)\s*"
    r"(?:(?:full[- ]time|part[- ]time|in[- ]house)\s+)?(?:people|persons?|employees?|staff|heads|workers|colleagues|of us|ftes?|members)?"
    r"(?:\s+(?:in total|total|all told|in all|including me|with me))?"
    r"(?:\s*,?\s*(?:in|based in|from)\s+(?P<place>[^\W\d_][\w' -]*))?\W*"
)


def _only_a_head_count(text: Text) -> bool:
    """Whether the message only counts the staff, in any of the seven languages (``_ONLY_A_HEAD_COUNT``)."""
    said = english.of(text, language(text.original).code).words.strip()
    m = _ONLY_A_HEAD_COUNT.fullmatch(said)
    return m is not None and (m.group("place") is None or places.is_place(m.group("place").strip()))


def industry(text: Text, field: str | None, *, persona_read: str | None = "unread") -> str | None:
    """The business's industry label, "other" for a description that fits none.

    ``persona_read`` is the text's persona when the caller has read it already (``nlu.extract`` does): reading it
    costs the most of any reader on a long run of punctuation, so a message's persona is read once."""
    who = persona(text) if persona_read == "unread" else persona_read
    lower = text.words  # an address's words ("priya@kestrel-labs.io") name no trade
    if who == "student":
        lower = without_study_topics(text, lower)  # nor does a student's thesis topic ("über SEO für Zahnarztpraxen")
    lower = without_how_they_came(lower)  # nor our ad or podcast the visitor saw ("j'ai vu votre pub", "heard you on the podcast")
    if who == "job_seeker":
        return None  # a job seeker's past trade or wished-for field ("I worked 5 years in hospitality") is no lead's industry
    if field == "industry":
        answer = re.sub(r"^\W*(?:we'?re in|we are in|in|it'?s|its|mostly|mainly)\s+|\W+$", "", lower.strip())
        if answer in _ANSWERS:
            return _ANSWERS[answer]
        unsure = _HEDGE_AFTER.sub("", _HEDGE_BEFORE.sub("", answer))
        if unsure != answer and unsure in _ANSWERS:
            return _ANSWERS[unsure]  # "je sais pas trop, conseil ?", "geen idee, advies denk ik": the trade, said unsure
    fallback = None
    m = _SOFTWARE_COMPANY.search(lower)
    if m and not _used_not_sold(lower, m.start()):
        return "software"
    for label, pattern in _FIRST_RES:
        for m in pattern.finditer(lower):
            if _used_not_sold(lower, m.start()) or _their_market(lower, m.start(), m.end()):
                continue
            if label == "software" and _TAUGHT_AFTER.match(lower, m.end()):
                continue  # "a software and data skills training institute": what it teaches; the institute is the business
            if _PRACTICE_AFTER.match(lower, m.end()):
                continue  # "a web3 legal practice", "a fintech law firm": the practice is the business, the tech its field
            if label == "software" and _GUARDS.search(lower):
                continue  # "a security company guarding factories": guards for hire, no software
            if label == "fintech" or field == "industry" or _describes_business(lower, m.start()):
                return label
            fallback = fallback or label
    best: tuple[int, str] | None = None
    # Most messages name no trade: the patterns that certainly find nothing in the text are not searched (nlu.prefilter).
    maybe = _rest_prefilter().maybe(lower)
    for index, (label, pattern) in enumerate(_REST_RES):
        if index not in maybe:
            continue
        m = next((m for m in pattern.finditer(lower) if not _their_market(lower, m.start(), m.end()) and not _name_ending(text.original, m)
                  and not _a_party_asking(lower, m.start(), m.end()) and not _SOUGHT.search(lower, max(0, m.start() - 40), m.start())
                  and not _counted_outlets(lower, m)), None)
        if m and (best is None or m.start() < best[0]):
            around = re.split(r"[.!?](?:\s|$)", lower[max(0, m.start() - 30): m.start()])[-1] + lower[m.start(): m.end()] + re.split(r"[.!?](?:\s|$)", lower[m.end(): m.end() + 12])[0]
            if label == "marketing_advertising" and field != "industry" and (
                    re.search(r"\b(?:hire|hires|hiring|need|needs|want|wants|looking for|looks for|find|recommend|an? agency to|with an agency|agency to|a new agency|"
                              r"research\w*|compar\w*|shortlist\w*|evaluat\w*|looking at|vetting|interview\w*)\b", around)
                    or _a_supplier(lower, m.start())):
                continue
            best = (m.start(), label)
            if (label not in ("manufacturing", "agriculture") and _MAKER_HEAD.match(lower, m.end())) or _MACHINERY_HEAD.match(lower, m.end()):
                best = (m.start(), "manufacturing")  # "a pharma packaging manufacturer" makes goods for pharma: the head noun decides
    unnamed = _unnamed_trade(lower, best)
    if unnamed:
        # "a dog grooming salon", "a beauty salon and nail bar", "Kfz-Werkstatt": a trade the labels do not name, said
        # of the visitor's own business before any label's description, has its nearest label or "other" (nlu.trades)
        return unnamed
    if best and best[1] == "hospitality" and _DRINK_MAKER.match(lower, best[0]) and (
            _SELLS_ON.search(lower) or _hospitality_as_market(lower)):
        # "a brewery ..., we mostly sell kegs to bars and restaurants", "eine Familienbrauerei ... und wollen mehr
        # Gastronomen erreichen": it makes what others pour
        return "manufacturing"
    if best and best[1] == "education" and _GYM_ACADEMIA.match(lower, best[0]) and language(text.original).code == "pt":
        return "hospitality"  # "uma rede de 3 academias em Curitiba": in Portuguese an academia is a gym, in Spanish a school
    if best:
        return best[1]
    if _CHARTERED_ACCOUNTANTS.search(text.original):
        return "professional_services"  # "mostly CAs and article assistants": India's chartered accountants, in capitals
    if fallback:
        return fallback
    if field == "industry":
        for label, pattern in _TRADES_ANSWERED:
            if pattern.search(lower):
                return label
    joined = _compound(lower)
    if joined:
        return joined
    slip = _misspelt_business(lower)
    if slip:
        return slip
    named = _FIRM_NAMED_BY_TRADE.search(text.original)
    if named:
        return _NAME_ENDINGS[named.group(1).lower()]
    if field == "industry" and re.search(r"[a-z]{3}", lower) and not re.search(
        r"\b(?:not sure|don'?t know|dunno|no idea|prefer not|rather not|n/a|none|skip|pass|idk)\b", lower
    ) and not _NO_TRADE.search(lower):
        if _only_a_head_count(text) or places.only_places(lower):
            return None  # "about 12 people", "5 funcionários", "Berlin": the size or the place, no line of work
        if knows_not(text) or _HEDGE_BEFORE.fullmatch(lower.strip() + " "):
            return None  # "je sais pas trop", "keine Ahnung": a hedge alone names no line of work
        # ("atendemos condomínios, restaurantes e indústrias": whom the firm serves is no near spelling of its own trade)
        return (None if _MARKET.search(lower) else _misspelt(lower)) or "other"
    return None


# Trades named alone in answer to "what does your company do?", words that elsewhere name a law, a move or a text to
# translate the visitor needs ("the new employment law", "notre déménagement", "a translation of our site").
_TRADES_ANSWERED = tuple((label, lazy_compile(pattern)) for label, pattern in (
    ("professional_services",
     # a law firm's practice area: "immigration law", "Arbeitsrecht", "droit de la famille", "derecho migratorio"
     r"\b(?:immigration|migration|employment|family|criminal|corporate|commercial|personal injury|patent|tax|property|estate|"
     r"litigation|insolvency|contract|labou?r|construction|maritime|medical|divorce|intellectual property|ip) law\b|"
     r"\b\w*(?:arbeits|familien|straf|steuer|miet|erb|wirtschafts|verkehrs|migrations|ausl(?:ä|ae)nder|einwanderungs|asyl|handels|"
     r"gesellschafts|medizin|vertrags|bau|insolvenz)recht\b|"
     r"\bdroit (?:de l'immigration|des (?:(?:é|e)trangers|affaires|soci(?:é|e)t(?:é|e)s|contrats)|de la famille|du travail|p(?:é|e)nal|fiscal|immobilier|commercial|social)\b|"
     r"\bderecho (?:migratorio|de extranjer(?:í|i)a|laboral|penal|fiscal|mercantil|de familia|civil|corporativo|inmobiliario)\b|\bextranjer(?:í|i)a\b|"
     r"\bdireito (?:de imigra(?:ç|c)(?:ã|a)o|migrat(?:ó|o)rio|do trabalho|trabalhista|penal|tribut(?:á|a)rio|de fam(?:í|i)lia|empresarial|imobili(?:á|a)rio)\b|"
     r"\bdiritto (?:dell'immigrazione|degli stranieri|del lavoro|penale|tributario|di famiglia|societario|commerciale|civile)\b|"
     r"\b(?:vreemdelingen|immigratie|migratie|arbeids|familie|straf|belasting|ondernemings|huur)recht\b|"
     # translation as a trade: "traduction technique", "Fachübersetzungen", "vertalingen"
     r"\b(?:(?:technical|legal|medical|certified|sworn|literary) )?translations?(?: and interpreting)?\b|\binterpret(?:ing|ation) services\b|"
     r"\b\w*(?:ü|ue)bersetzung(?:en)?\b|\btraductions?\b|\btraducci(?:ó|o)n(?:es)?\b|\btradu(?:ç|c)(?:ã|a)o|\btradu(?:ç|c)(?:õ|o)es\b|\btraduzion[ei]\b|\bvertaling(?:en)?\b|\bvertaalwerk\b|"
     # guards for hire: "private security, guarding and patrols"
     r"\bguarding\b"),
    ("logistics",
     # removals: "déménagement de bureaux", "Büroumzüge", "mudanças de escritórios", "kantoorverhuizingen"
     r"\b(?:office |house |home )?removals?\b|\bd(?:é|e)m(?:é|e)nagements?\b|\b\w*umz(?:ü|ue)ge?\b|\bmudanzas?\b|\bmudan(?:ç|c)as? de (?:escrit(?:ó|o)rios?|casas?|empresas?)\b|"
     r"\btraslochi\b|\bverhuizing(?:en)?\b|\b\w*verhuizingen\b"),
))


# A firm whose name ends on a word of its trade the tables read only with another word ("Corvane Health",
# "Northgate Capital", "Harlow Law"), said as the visitor's workplace: "VP Marketing at Corvane Health".
_NAME_ENDINGS = {"health": "healthcare", "care": "healthcare", "wellness": "healthcare", "capital": "financial_services",
                 "finance": "financial_services", "law": "professional_services", "foods": "manufacturing"}
_FIRM_NAMED_BY_TRADE = lazy_compile(
    r"\b(?:at|from|with|for|bei|chez|de|en|em|presso|bij)\s+(?:[A-Z][\w&'.-]*\s+){1,3}(" + "|".join(k.title() for k in _NAME_ENDINGS) + r")\b(?![ -][A-Z])")


# A supplier the visitor is looking for, or used, is not their trade: "Looking for a CRM consultant", "we need a lawyer",
# "we hired a photographer for our hotel",
# "wir suchen einen Berater", "buscamos un consultor", "on cherche un photographe".
_SOUGHT = lazy_compile(
    r"\b(?:looking for|look for|looks for|need|needs|hire|hired|hiring|want|find|finding|recommend|seeking|searching for|after|used|booked|paid|"
    r"suchen|brauchen|cherchons|cherche|recherchons|buscamos|busco|necesitamos|procuramos|precisamos|cerchiamo|cerco|zoeken|zoek)\s+"
    r"(?:(?:an?|the|some|one|another|new|good|eine[nm]?|ein|un|une|una|uma|um|un'|een|nieuwe?n?|neue[nm]?|nouvel(?:le)?|nuev[oa]|nov[oa]|nuov[oa])\s*)*(?:[\w-]+\s+)?$")
# The head noun of a maker of goods, a word or two after the trade the goods are for: "a pharma packaging manufacturer",
# "a medical device maker".
_MAKER_HEAD = lazy_compile(r"(?:[ -]+[\w-]+){0,2}?[ -]+(?:manufacturer|maker|producer|fabricator)s?\b")
# Machines for a trade are made or sold by a maker of goods, whatever the trade: "agricultural machinery".
_MACHINERY_HEAD = lazy_compile(r"[ -]+(?:machinery|machines)\b")


# Guards for hire, which a "security company" may also be: "guarding factories", "patrols and alarm response".
_GUARDS = lazy_compile(r"\b(?:guard(?:s|ing)?|patrols?|bouncers?|door supervisors?|security officers|private security|alarm response|"
                       r"sicherheitsdienst|bewachung|gardiennage|vigiles|guardias|vigilantes|vigilanza|bewaking|beveiligers)\b")

# A bank, insurer or accountant of the visitor's that asks or tells them something is a party to their business, not it:
# "our bank is asking for a new website", "unsere Bank verlangt", "notre banque nous demande", "la nostra banca ci chiede".
_A_PARTY_BEFORE = lazy_compile(
    r"\b(?:our|my|the|unsere?|meine?|die|notre|ma|mon|la|nuestro|nuestra|mi|el|o nosso|a nossa|il nostro|la nostra|la mia|il mio|onze|mijn|de)\s+$")
_A_PARTY_ASKS = lazy_compile(
    r"\s+(?:\w+\s+)?(?:(?:is|was|has been|keeps|kept) (?:asking|pushing|chasing|on at us)|asks|asked|wants|wanted|requires|required|insists|insisted|"
    r"told us|tells us|says|said|recommended|suggested|verlangt|will|m(?:ö|oe)chte|fordert|hat (?:uns )?(?:gesagt|empfohlen|verlangt)|"
    r"(?:nous )?(?:demande|exige|veut|a demand(?:é|e)|conseille|impose)|(?:nos )?(?:pide|pidi(?:ó|o)|exige|quiere|recomienda|recomend(?:ó|o))|"
    r"(?:nos )?(?:pede|pediu|exige|quer|recomendou)|(?:ci )?(?:chiede|ha chiesto|vuole|richiede|consiglia|impone)|"
    r"vraagt|vroeg|wil|eist|heeft gevraagd|raadt)\b")


def _a_party_asking(lower: str, start: int, end: int) -> bool:
    return bool(_A_PARTY_BEFORE.search(lower[max(0, start - 14): start]) and _A_PARTY_ASKS.match(lower, end))


# Chartered accountants as India writes them, "CAs": only in capitals with the plural's small s ("en cas de", "in CA" are not).
_CHARTERED_ACCOUNTANTS = lazy_compile(r"\bCAs\b")


# An agency the visitor paid, used or left is a supplier, not their business: "burned 30k on an agency",
# "our old agency", "30.000 € für eine Agentur ausgegeben", "avec une agence", "con un'agenzia", "aan een bureau".
_SUPPLIER_BEFORE = lazy_compile(
    r"\b(?:on|into|with|from|through|via|mit|avec|con|com|met|aan|door|(?:old|previous|former|last|current|existing|outside|external|"
    r"alten?|bisherigen?|ehemaligen?|ancienne|précédente|anterior|antigua|antiga|precedente|vecchia|vorige|oude|"
    r"another|other|andere[nmr]?|autre|otra|outra|altra|ander|vorherigen?|frühere[nmr]?|vorige|vorig))\s+"
    r"(?:(?:a|an|the|our|my|one|another|eine[mnr]?|ein|unsere[mnr]?|une|notre|una|uma|um|un'|un|nuestra|nossa|la|una|een|ons|onze|het)\s+)?(?:\w+\s+){0,2}$")
_SPENT = lazy_compile(
    r"\b(?:spent|spend|spending|paid|pay|paying|burned|burnt|wasted|blew|sank|sunk|poured|threw|invested|fired|dropped|left|ditched|used|hired|tried|"
    r"ausgegeben|bezahlt|gezahlt|investiert|dépensé|payé|gastamos|gasté|gastado|pagamos|pagado|gastei|gastámos|pagámos|"
    r"speso|pagato|spendiamo|uitgegeven|betaald|betalen|"
    # what an agency did to its client: "our agency just ghosted us", "unsere Agentur hat uns hängen lassen"
    r"ghosted|ghosting|flaked|vanished|disappeared|let us down|stopped (?:answering|responding|replying)|went (?:bust|quiet|silent|dark|under)|ripped us off|"
    r"(?:hat|haben) uns (?:hängen|haengen|sitzen|im stich) (?:ge)?lassen|(?:ist|sind) (?:abgetaucht|verschwunden)|nous a (?:lâchés?|lachés?|abandonnés?|plantés?)|a disparu|ne répond plus|"
    r"nos (?:dejó|dejo|abandonó|abandono) (?:tirados|colgados)?|desapareci(?:ó|o)|nos (?:deixou|abandonou)|sumiu|ci ha (?:mollato|abbandonato|lasciato)|(?:è|e) sparita|"
    r"heeft ons laten zitten|(?:is|zijn) verdwenen|reageert niet meer)\b")


_OURS = lazy_compile(r"\b(?:we'?re|we are|i'?m|i am|i run|i own|we run|wir sind|ich bin|nous sommes|on est|je suis|somos|soy|sou|siamo|sono|we zijn|ik ben)\b")


def _a_supplier(lower: str, start: int) -> bool:
    clause = re.split(r"[.!?;,](?:\s|$)", lower[max(0, start - 60): start])[-1]
    if _OURS.search(clause):
        return False  # "we're a digital agency": the visitor's own business
    after = re.split(r"[.!?;,](?:\s|$)", lower[start: start + 60])[0]
    return bool(_SUPPLIER_BEFORE.search(clause) or _SPENT.search(clause) or _SPENT.search(after))


# Whom the visitor sells to is their market, not their business: "B2B leads from bars and distributors", "we sell
# to hotels", "most of our clients are restaurants", "targeting hospitals".
_MARKET = lazy_compile(
    r"\b(?:(?:leads?|customers?|clients?|buyers?|accounts|prospects|orders|enquiries|inquiries|demand) (?:from|in|among|like|such as)|"
    r"(?:customers?|clients?|buyers?) (?:are|is|include)(?: mostly| mainly| mostly)?|"
    r"sell(?:s|ing)? (?:to|into)|(?:provid|offer|sell|suppl)\w*\s+(?:[\w-]+\s+){0,4}to|supply(?:ing)?|supplier to|serv(?:e|es|ing)|target(?:s|ing)?|reach(?:ing)?|win(?:ning)? (?:more )?|"
    # the same in the other languages: "unsere Kunden sind Hotels", "wir beliefern Gastronomen", "on vend aux restaurants"
    r"(?:kunden|klanten|clients|clientes|clienti|client(?:è|e)le)\s+(?:sind|zijn|sont|son|s(?:ã|a)o|sono|est|es|(?:é|è))|"
    r"beliefern|(?:verkaufen|liefern) an|(?:vend(?:ons|e|ent)?|fournissons|livrons) (?:aux|à|a)|(?:vendemos|suministramos|proveemos|servimos|fornecemos|atendemos) (?:a|para|aos|às)|atend(?:emos|e|em|o)\s|attendiamo\s|"
    r"(?:vendiamo|forniamo|serviamo) (?:a|ai|alle|agli)|(?:leveren|verkopen) aan|"
    # the goods named between: "on vend notre sirop aux épiceries fines", "le vendite alla ristorazione", "verkaufen unseren
    # Sirup an Feinkostläden", "vendemos nuestro café a restaurantes"
    r"(?:vend(?!or)\w*|verkauf\w*|liefer\w*|beliefer\w*|fourni\w*|livr\w*|suministr\w*|forne\w*|fornisc\w*|verkop\w*|lever\w*)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:aux|à|an|ai|alle|alla|agli|allo|all'|aos|às|para|aan|a)|"
    # contracts won from them, or guarding them: "más contratos con naves industriales", "guarding factories"
    r"(?:contracts?|contratos?|contrats?|contratti|auftr(?:ä|ae)ge|opdrachten) (?:with|from|con|com|avec|mit|von|met|van|bij|de|da|di)|"
    r"guard(?:s|ing)?|patrol(?:s|ling)?|cuidamos|vigilamos|protegemos|bewachen|surveillons|gardons|sorvegliamo|vigiliamo|bewaken|beveiligen)"
    r"\b[\w\s&,'-]*$")


# A maker of drinks (or coffee) that sells them on to bars, shops or distributors is a producer, not a place to go out.
_DRINK_MAKER = lazy_compile(r"(?:(?:micro-?|nano-?|craft )?brewer|brew|winer|cider|meader|roaster|coffee roast|\w*brauerei|cervec|cervej|birrifici|\w*brouwerij|microbrasserie|brasserie artisanale|"
                            r"koffiebrand|kaffeer(?:ö|oe)st|torr(?:é|e)fa)")


def _hospitality_as_market(lower: str) -> bool:
    """Whether bars, restaurants or hotels are named as the visitor's customers ("und wollen mehr Gastronomen erreichen",
    "our clients are cafés and hotels")."""
    return any(_their_market(lower, m.start(), m.end()) for m in _HOSPITALITY_TRADE.finditer(lower))


# Those who pour or serve drinks, named as customers in the seven languages.
_HOSPITALITY_TRADE = lazy_compile(
    r"\b(?:bars|bares|pubs|restaurants?|restaurantes|ristoranti|restos|caf(?:é|e)s|coffee ?shops|hot(?:e|é)ls?|hot(?:é|e)is|hoteles|alberghi|"
    r"gastronom\w*|horeca\w*|kneipen|kroegen|caf(?:é|e)zaken|h(?:ô|o)teliers|restaurateurs?|ristoratori|hosteler(?:í|i)a|hotelaria|hotellerie|"
    r"caterers|cafeter(?:í|i)as|pastelarias|bistros|brasseries|osterie|trattorie|taverns|wine bars|cocktail bars)\b")
_SELLS_ON = lazy_compile(
    r"\b(?:sell|sells|selling|supply|supplies|supplying|distribut\w*|ship|ships|shipping|wholesale|export\w*|"
    r"verkaufen|beliefern|liefern|vendons|vendemos|vendiamo|verkopen|leveren)\b[\w\s,&'-]{0,40}?"
    r"\b(?:kegs?|bottles?|cans?|cases?|pallets?|wholesale|bars|pubs|restaurants|retailers|shops|stores|supermarkets|distributors|"
    r"kneipen|gastronomie|handel|bars|restos?|cavistes|bares|restaurantes|tiendas|lojas|ristoranti|negozi|kroegen|horeca|winkels)\b"
)


# A practice of lawyers, accountants or advisers after a field of tech: "a web3 legal practice", "a crypto law firm",
# "eine Fintech-Kanzlei", "un cabinet d'avocats fintech" (the cabinet comes first there and is read first).
_PRACTICE_AFTER = lazy_compile(
    r"[\s-]+(?:[\w-]+\s+)?(?:(?:legal|law|accounting|accountancy|tax|audit)\s+(?:practice|firm|office|chambers|boutique)s?|lawyers|attorneys|solicitors|"
    r"accountants|kanzlei\w*|anw(?:ä|ae)lte|advocaten(?:kantoor)?|advocatenkantoor)\b")


_ONLY_ARTICLES = lazy_compile(r"(?:(?:a|an|the|our|my|small|little|local|tiny|boutique|independent|family[- ]run|family[- ]owned)\s+)+")


def _unnamed_trade(lower: str, best: tuple[int, str] | None) -> str | None:
    """The label of the first trade the labels do not name (``nlu.trades``) said of the visitor's own business, when it
    comes before the first label's description (or there is none): not their clients' ("we sell to hair salons"), not
    a supplier sought ("looking for a locksmith")."""
    for label, start, end in trades.unnamed(lower):
        if best is not None and start > best[0] and not _ONLY_ARTICLES.fullmatch(lower, best[0], start):
            return None  # (a label's word said first; but "a locum agency": the label's match opens on the article)
        if _their_market(lower, start, end) or _SOUGHT.search(lower, max(0, start - 40), start) or _a_supplier(lower, start):
            continue
        return label
    return None


def _name_ending(original: str, m: re.Match[str]) -> bool:
    """Whether a match is the capitalised last word of a firm's name ("Lumen Labs", "Harbor Labs"): what the firm is
    called, not a laboratory."""
    return m.group(0) in ("lab", "labs") and original[m.start(): m.start() + 1] == "L" and bool(
        re.search(r"[A-Z][\w&'-]*\s+$", original[max(0, m.start() - 30): m.start()]))


# The clients' sector said in the other languages: "clients industriels", "Kunden aus der Industrie", "clientes del sector
# sanitario", "clientes da área da saúde", "clienti nel settore manifatturiero", "klanten in de zorg".
_CLIENTS_OF = lazy_compile(
    r"\b(?:clients?|clientes?|clienti|kunden|neukunden|klanten|client(?:è|e)le)\s+(?:(?:aus|in|im|der|dem|den|de|du|des|del|dal|da|do|dos|das|nel|nella|nei|negli|"
    r"van|uit|en|dans|la|le|les|el|los|o|a|os|as|il|lo|gli|het|sector|secteur|setor|settore|sektor|(?:á|a)rea|branche|bereich|d')\s*)*$")
# "plus de demandes de devis d'entreprises industrielles", "quote requests from industrial companies": requests wanted
# FROM a sector name the clients' sector, as "clients industriels" does.
_REQUESTS_FROM = lazy_compile(
    r"\b(?:(?:quote |sales |price )?(?:requests?|enquiries|inquiries|leads)|demandes?(?: de (?:devis|prix))?|devis|\w*anfragen|solicitudes?(?: de presupuesto)?|"
    r"presupuestos|richieste(?: di preventivo)?|preventivi|(?:offerte)?aanvragen|pedidos(?: de or(?:ç|c)amento)?|or(?:ç|c)amentos)\s+"
    r"(?:from|von|aus|de|d'|des|du|da|dal|dalle|dagli|di|van|uit)\s*(?:(?:the|der|die|den|les|las|los|le|la|el|as|os|delle|degli|het)\s+)?"
    r"(?:(?:companies|firms|businesses|entreprises|soci(?:é|e)t(?:é|e)s|unternehmen|firmen|betrieben|empresas|aziende|imprese|bedrijven|ondernemingen)\s+)?$")
# "healthcare clients", "more hospitality customers": a sector said before the clients.
_CLIENTS_AFTER = lazy_compile(r"\s+(?:clients|customers|accounts|buyers)\b|"
                              # "meer horecazaken en kantoren als klant", "más bares como clientes", "plus d'hôtels comme clients"
                              r"(?:[\s,&]+(?!(?:we|wir|nous|on|wij|noi|nosotros|n(?:ó|o)s|with|for|mit|f(?:ü|ue)r|avec|pour|con|com|para|per|met|voor|has|have|hat|haben|a|ont|tiene|tem|ha|heeft)\b)[\w'-]+){0,4}?\s+(?:als|comme|como|come|as)\s+"
                              r"(?:(?:new|neue|nieuwe|nouveaux|nuevos|novos|nuovi)\s+)?(?:klant(?:en)?|kunden?|clients?|clientes?|clienti|customers?)\b")


# Customers wished for, the sector right after the wish: "we want more hotels", "wollen mehr Gastronomen erreichen",
# "willen meer horecazaken", "queremos más bares" ("more leads for our dental clinics" names the visitor's own).
_WISHED = lazy_compile(
    r"\b(?:want|wants|would like|'d like|need|looking for|get|getting|attract\w*|land|wollen|m(?:ö|oe)chten|brauchen|suchen|voulons|voudrions|cherchons|"
    r"queremos|buscamos|necesitamos|procuramos|precisamos|vogliamo|vorremmo|cerchiamo|willen|zoeken)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:more|mehr|plus d[e']|davantage d[e']|m(?:á|a)s|mais|pi(?:ù|u)|meer)\s*"
    r"(?:(?!(?:for|our|my|with|in|of|f(?:ü|ue)r|unsere?\w*|mit|pour|nos|notre|avec|para|nuestr\w+|noss\w+|con|com|per|nostr\w+|voor|onze|met|van)\b)[\w'-]+\s+){0,2}$")


# Clients listed after a colon or a dash: "more commercial leads - property managers, restaurants", "des leads B2B :
# épiceries fines, restos", "Kunden: Hotels, Kliniken", "clientes: restaurantes y hoteles".
_LISTED_CLIENTS = lazy_compile(
    r"\b(?:leads?|clients?|customers?|buyers?|prospects|accounts|contracts|kunden|neukunden|klanten|clientes?|clienti|client(?:è|e)le|"
    r"contratos?|contrats?|contratti|auftr(?:ä|ae)ge|opdrachten|\w*anfragen|demandes|richieste|solicitudes|pedidos)"
    r"(?:\s+(?!(?:we|i|wir|nous|on|wij|noi|n(?:ó|o)s)\b)[\w-]+){0,2}\s*(?::|\s[-–—])"
    # the list itself names no one of the visitor's own ("leads: we're a restaurant group" is the visitor)
    r"(?:(?!\b(?:we|we'?re|i|i'?m|our|my|wir|ich|unser\w*|nous|on|je|notre|somos|soy|nuestr\w*|sou|nosso|nossa|siamo|sono|nostr\w*|wij|we|ik|onze)\b)[^:–—.!?;])*$")


def _their_market(lower: str, start: int, end: int | None = None) -> bool:
    if _LISTED_CLIENTS.search(re.split(r"[.!?;](?:\s|$)", lower[max(0, start - 80): start])[-1]):
        return True
    clause = re.split(r"[.!?;:](?:\s|$)|\s[-–—]\s|\b(?:and|but) (?:we|i)\b", lower[max(0, start - 60): start])[-1]
    return bool(_MARKET.search(clause) or _WISHED.search(clause) or _CLIENTS_OF.search(clause) or _REQUESTS_FROM.search(clause) or (end is not None and _CLIENTS_AFTER.match(lower, end))
                or (end is not None and _for_whom(lower, clause, start, end)))


# Trades named in the plural after "for", whom the work is done for: "we build websites for hotels", "cleaning for
# offices, hotels and hospitals", "wir arbeiten für Hotels und Kliniken", "trabajamos para hoteles y restaurantes",
# "nous travaillons pour les hôtels", "lavoriamo per ristoranti e alberghi", "wij werken voor hotels"; or looked after:
# "betreuen Hotels und Praxen". Not one firm the visitor works for ("I work for a bank", "marketing lead for our
# clinics", "for 3 hotels in Lisbon": their employer).
_FOR_WHOM = lazy_compile(
    r"(?:\b(?:for|f(?:ü|ue)r|pour|para|per|voor)|\b(?:betreu\w*|bedienen|bedient|servimos|atendemos|assistiamo|accompagnons))\s+"
    r"(?!(?:a|an|one|our|my|un|une|una|uno|uma|um|ein|eine[mnr]?|een|onze|mijn|unsere?[mnr]?|meine?[mnr]?|notre|nos|mon|ma|nuestr\w+|mis?|noss\w+|minha|meu|nostr\w+|mi[oa]|\d+)\b)"
    r"(?:(?:the|die|les|des|los|las|os|as|i|gli|le|de|local|small|independent|large|big|other|many|all kinds of|all sorts of|lots of|"
    r"lokale|kleine|gro(?:ß|ss)e|petits?|grands?|peque(?:ñ|n)os|grandes|pequenos|piccoli|grandi|kleine|lokale)\s+)*"
    r"(?:(?:[\w'-]+\s+){0,2}[\w'-]+\s*(?:,|\band\b|&|\bor\b|\bund\b|\boder\b|\bet\b|\bou\b|\by\b|\bo\b|\be\b|\ben\b|\bof\b)\s*){0,4}$")
_PLURAL = lazy_compile(r"(?:s|x|i|en)$")
# (or the trade's word as an adjective before a plural head noun: "IT support for dental practices and law firms")
_SECTOR_AFTER = lazy_compile(r"\s+(?:sector|industry|branche|secteur|setor|settore|sektor|markt|market|space|vertical|[\w-]+(?:s|en))\b")


# The visitor saying what they do ("we", "wir", "nous", "somos", "lavoriamo"...); not asking what we do ("do you do SEO
# for lawyers?", "fazem sites para restaurantes?": the visitor is one of them).
_WE_DO = lazy_compile(
    r"\b(?:we|we'?re|i|i'?m|our|wir|ich|unser\w*|nous|on|je|notre|nos|somos|soy|nosotros|nuestr\w*|\w+amos|sou|n(?:ó|o)s|noss[oa]s?|\w+emos|"
    r"siamo|sono|noi|nostr[oaie]|\w+iamo|wij|ik|onze)\b")
_ASKING_YOU = lazy_compile(r"\b(?:you|u|ya|ye|ihr|euch|sie|vous|usted(?:es)?|voc(?:ê|e)s?|voi|jullie)\b|\?")


def _for_whom(lower: str, clause: str, start: int, end: int) -> bool:
    """Whether a trade's word is whom the visitor's work is done for (``_FOR_WHOM``), said in the plural or as a
    sector."""
    return bool(_FOR_WHOM.search(clause) and (_PLURAL.search(lower, start, end) or _SECTOR_AFTER.match(lower, end))
                and _WE_DO.search(clause) and not _ASKING_YOU.search(clause))


def _used_not_sold(lower: str, start: int) -> bool:
    before = lower[max(0, start - 50): start]
    return bool(re.search(r"\b(?:use|using|need|want|looking for|with|on|into|via|through|switch(?:ing)? to|migrat\w* to|move to|replace|integrate|our current|current|buy|buying|choose|choosing|pick|picking|evaluate|evaluating|"
                          # the same verbs in the other languages: "wir nutzen eine Lohnsoftware für unsere Baufirma"
                          r"nutzen|benutzen|verwenden|brauchen|suchen|utilisons|utilise|cherchons|cherche|usamos|utilizamos|buscamos|necesitamos|"
                          r"precisamos|procuramos|usiamo|utilizziamo|cerchiamo|gebruiken|zoeken|hebben nodig)\s+"
                          r"(?:a |an |the |our |new |some |any |better |eine |einen |ein |une |un |una |uma |um |een |un')?(?:\w+\s+)?$", before)
                or _CHANGED.search(before))


# Software changed or left is used too, its kind said in up to two words: "we're changing practice management
# software", "moving off our CRM software".
_CHANGED = lazy_compile(r"\b(?:chang(?:e|es|ed|ing)|replac(?:es|ed|ing)|moving (?:off|away from|from)|move (?:off|away from)|leaving|ditch(?:ing)?)\s+"
                        r"(?:(?:a|an|the|our|my|old|current|existing)\s+)?(?:[\w-]+\s+){0,2}$")


def _describes_business(lower: str, start: int) -> bool:
    before = lower[max(0, start - 50): start]
    return start < 3 or bool(re.search(r"\b(?:we'?re|we are|i'?m|i am|is|are|our|my|a|an|we|company|startup|business|as|at|for|run|own|founded|sell|build|make|develop|"
                                       r"wir|sind|ein|eine|einem|einer|bei|nous|on|sommes|une?|chez|somos|una?|en|sou|uma?|numa?|em|siamo|sono|uno|in|zijn|een|bij)\b[\w\s,'-]*$", before))


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
    "accountancy": "professional_services", "accountant": "professional_services", "architecture": "professional_services",
    "plumbing": "construction", "roofing": "construction", "landscaping": "construction", "bakery": "hospitality",
    "dentist": "healthcare", "pharmacy": "healthcare", "physiotherapy": "healthcare", "veterinary": "healthcare",
    "warehouse": "logistics", "freight": "logistics", "catering": "hospitality", "insurer": "financial_services",
}
# The noun a description of the business ends on ("a constrcution firm", "small acountancy practice"): the word
# before it is read for a typo of an industry's name, and so are the words after "we're a" ("were a resturant").
_BUSINESS_NOUN = lazy_compile(
    r"\b([a-z][a-z-]{4,})(?:\s+([a-z][a-z-]{4,}))?\s+(?:firm|company|business|practice|shop|place|agency|studio|store|startup|outfit|chain|group|office|contractor|co|ltd|inc|llc|"
    # the head noun misspelt too: "a reale state agncy", "a constrcution compnay"
    r"agncy|agancy|agensy|angency|compnay|comapny|compny|buisness|busines|bussiness|bizness)s?\b|"
    r"\b(?:we'?re|were|we are|we r|i'?m|i am|i run|i own|we run|we own)\s+(?:an?\s+)?(?:(?:small|little|local|family|tiny|big|large|mid-size)\s+)?([a-z][a-z-]{4,})(?:\s+([a-z][a-z-]{4,}))?\b|"
    # a message opening on what the business is: "family owned restaraunt, 30 covers"
    r"^\W*(?:an?\s+)?(?:(?:small|little|local|independent|family|family[- ](?:owned|run))\s+)*([a-z][a-z-]{4,})(?=\s*(?:[,.;!(-]|$|in\b|with\b))"
)


def _misspelt_business(lower: str) -> str | None:
    """An industry named with a typo where a description of the business is ("were a constrcution firm", "we're a
    resturant in Lyon"): one slip in a long word, no more."""
    for m in _BUSINESS_NOUN.finditer(lower):
        words = [w for w in m.groups() if w]
        # two words read as one name first: "reale state" is "real estate" with the space slipped
        for word in ([" ".join(words[:2])] if len(words) >= 2 else []) + words:
            if word in _KEYWORDS or len(word) < 6:
                continue
            # two slips in a word of ten letters or more ("restaraunt"), one in a shorter one
            hit = process.extractOne(word, _KEYWORDS.keys(), scorer=OSA.normalized_similarity, score_cutoff=0.79 if len(word) >= 10 else 0.85)
            if hit:
                return _KEYWORDS[hit[0]]
    return None


# German and Dutch name a business in one word: a field ("Sanitäts-", "Zahnarzt-", "Auto-") then what kind of place it
# is ("-haus", "-praxis", "-kanzlei", "-handel"). Read the parts, the head first: a practice of doctors is healthcare,
# a house or trade of goods is retail unless the field names health.
_COMPOUND_FIELDS = (
    ("healthcare", r"sanit(?:ä|ae)t(?:s)?|dental|zahntechnik|zahnarzt|zahn|(?:tier)?arzt|(?:tier)?(?:ä|ae)rzte|physio(?:therapie)?|ergo(?:therapie)?|logop(?:ä|ae)die|heilpraktiker|"
                   r"orthop(?:ä|ae)die(?:technik)?|(?:h(?:ö|oe)r)?ger(?:ä|ae)te?akustik|optik(?:er)?|augen|pflege|reha|medizin|tandarts|huisarts|fysio(?:therapie)?|dierenarts|apotheken?|"
                   r"gezondheids|zorg"),
    ("professional_services", r"steuer|anwalts|rechtsanwalts|notar|patentanwalts|wirtschaftspr(?:ü|ue)fungs|beratungs|advocaten|accountants|notaris|belasting"),
    ("construction", r"ger(?:ü|ue)st(?:bau)?|steiger(?:bouw)?|bau|dach|maler|elektro|sanit(?:ä|ae)r|heizungs|schreiner|tischler|zimmer|fliesen|garten(?:bau)?|bouw|schilders|loodgieters|installatie"),
    ("hospitality", r"reise|hotel|gast|caf(?:é|e)|wein|bier|brau|reis|eet"),
    ("retail_ecommerce", r"auto|möbel|moebel|mode|schuh|blumen|buch|spiel(?:waren)?|fahrrad|elektronik|computer|kleding|meubel|fiets|boeken|schoenen|bloemen"),
    ("logistics", r"transport|speditions|umzugs|kurier|logistik|verhuis|koeriers"),
)
_COMPOUND_HEADS = (
    ("practice", r"praxis|praxen|praktijk|klinik|kliniek|zentrum|centrum|labor|labore|laboratorium"),
    ("office", r"kanzlei|b(?:ü|ue)ro|kantoor|bureau"),
    ("shop", r"haus|h(?:ä|ae)user|handel|laden|l(?:ä|ae)den|gesch(?:ä|ae)ft|markt|winkel|zaak|handelaar|bedrijf|betrieb|firma|unternehmen"),
)
_COMPOUND = lazy_compile(
    # (a joining "-en-", "-s-" or "-n-" between the parts: "fietsenwinkel", "boekenwinkel", "Blumenladen", "Steuerkanzlei")
    r"\b(?P<field>" + "|".join(f"(?P<f{i}>{p})" for i, (_, p) in enumerate(_COMPOUND_FIELDS)) + r")(?:en|n|s|e)?-?"
    r"(?P<head>" + "|".join(f"(?P<h{i}>{p})" for i, (_, p) in enumerate(_COMPOUND_HEADS)) + r")(?:es|s|e|en|n)?\b"
)


def _compound(lower: str) -> str | None:
    """The industry of a one-word German or Dutch business ("Sanitätshaus", "Zahnarztpraxis", "Autohaus",
    "Steuerkanzlei", "tandartspraktijk", "Baufirma") read from its parts: the field decides, except that a shop's
    goods in a field that is not health are retail."""
    for m in _COMPOUND.finditer(lower):
        field = next(label for i, (label, _) in enumerate(_COMPOUND_FIELDS) if m.group(f"f{i}"))
        head = next(kind for i, (kind, _) in enumerate(_COMPOUND_HEADS) if m.group(f"h{i}"))
        if field == "retail_ecommerce" and head != "shop":
            continue  # "Autopraxis" is no word of a business: a field of goods names a shop or a trade only
        return field
    return None


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
