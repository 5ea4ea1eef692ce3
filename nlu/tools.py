"""Tech stack: the tools a visitor names, as the contract's snake-case names.

Exact aliases are matched first ("SFDC", "GA4", "MS Dynamics", "hub spot");
what is left is compared with rapidfuzz so "salesfroce" and "hubspt" still
count. Product names that are everyday words ("Square", "Slack", "Excel",
"Monday") count only when capitalised, answered to the tech-stack question,
or said with a cue such as "we use".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from nlu import stance
from nlu.text import Text

# canonical name -> aliases (lower case, besides the canonical name spelled with spaces)
CATALOGUE: dict[str, tuple[str, ...]] = {
    # CRM
    "salesforce": ("salesforce", "sales force", "sfdc", "salesforce.com", "sf crm", "salesforce crm", "sales cloud", "service cloud"),
    "hubspot": ("hubspot", "hub spot", "hubspot crm", "hubspot marketing hub", "hubspot sales hub", "hs crm", "hubspot.com"),
    "pipedrive": ("pipedrive", "pipe drive"),
    "zoho": ("zoho", "zoho crm", "zoho one", "zoho books"),
    "microsoft_dynamics": ("microsoft dynamics", "ms dynamics", "dynamics 365", "dynamics crm", "d365", "dynamics", "msd crm", "microsoft dynamics 365", "dynamics nav", "navision", "dynamics gp", "business central"),
    "zendesk": ("zendesk", "zendesk sell"),
    "freshsales": ("freshsales", "freshworks", "freshworks crm"),
    "freshdesk": ("freshdesk",),
    "close": ("close.com", "close crm", "close.io"),
    "copper": ("copper crm", "prosperworks"),
    "insightly": ("insightly",),
    "sugarcrm": ("sugarcrm", "sugar crm"),
    "keap": ("keap", "infusionsoft"),
    "monday": ("monday.com", "monday crm", "monday sales crm"),
    "attio": ("attio",),
    "nutshell": ("nutshell crm",),
    "highlevel": ("gohighlevel", "go high level", "highlevel", "ghl"),
    "bitrix24": ("bitrix24", "bitrix"),
    "vtiger": ("vtiger",),
    "capsule": ("capsule crm",),
    "agilecrm": ("agile crm",),
    "streak": ("streak crm",),
    # recruitment agencies' CRMs, and Brazil's and Latin America's own
    "bullhorn": ("bullhorn", "bullhorn ats", "bullhorn crm"),
    "jobadder": ("jobadder", "job adder"),
    "vincere": ("vincere.io", "vincere crm"),
    "ploomes": ("ploomes",),
    "agendor": ("agendor",),
    "intercom": ("intercom",),
    "gong": ("gong.io", "gong"),
    "outreach": ("outreach.io", "outreach"),
    "salesloft": ("salesloft", "sales loft"),
    "apollo": ("apollo.io", "apollo"),
    "zoominfo": ("zoominfo", "zoom info"),
    "linkedin_sales_navigator": ("sales navigator", "linkedin sales navigator", "sales nav"),
    # marketing automation and email
    "marketo": ("marketo", "adobe marketo", "marketo engage"),
    "pardot": ("pardot", "account engagement", "marketing cloud account engagement"),
    "salesforce_marketing_cloud": ("salesforce marketing cloud", "sfmc", "exacttarget", "exact target"),
    "eloqua": ("eloqua", "oracle eloqua"),
    "rd_station": ("rd station", "rdstation", "rd station marketing", "rd station crm", "resultados digitais"),
    "activecampaign": ("activecampaign", "active campaign"),
    "act_on": ("act-on", "acton", "act on software"),
    "mailchimp": ("mailchimp", "mail chimp", "mailchimps"),
    "klaviyo": ("klaviyo", "klavio", "klavyio"),
    "constant_contact": ("constant contact",),
    "campaign_monitor": ("campaign monitor",),
    "sendgrid": ("sendgrid", "send grid"),
    "brevo": ("brevo", "sendinblue", "send in blue"),
    "convertkit": ("convertkit", "convert kit", "kit.com"),
    "mailerlite": ("mailerlite", "mailer lite"),
    "drip": ("drip.com", "drip email"),
    "omnisend": ("omnisend",),
    "iterable": ("iterable",),
    "braze": ("braze",),
    "customer_io": ("customer.io", "customerio"),
    "getresponse": ("getresponse", "get response"),
    "aweber": ("aweber",),
    "lemlist": ("lemlist",),
    "mailgun": ("mailgun",),
    "hootsuite": ("hootsuite",),
    "buffer": ("buffer app", "buffer.com"),
    "sprout_social": ("sprout social", "sproutsocial"),
    "later": ("later.com",),
    "semrush": ("semrush", "sem rush"),
    "ahrefs": ("ahrefs", "a hrefs"),
    "moz": ("moz pro", "moz.com"),
    "unbounce": ("unbounce",),
    "instapage": ("instapage",),
    "leadpages": ("leadpages",),
    "clickfunnels": ("clickfunnels", "click funnels"),
    "typeform": ("typeform",),
    "calendly": ("calendly",),
    "hotjar": ("hotjar", "hot jar"),
    "optimizely": ("optimizely",),
    "canva": ("canva",),
    "adobe_creative_cloud": ("adobe creative cloud", "creative cloud", "photoshop", "illustrator", "indesign"),
    "google_ads": ("google ads", "adwords", "google adwords", "gads"),
    "facebook_ads": ("facebook ads", "meta ads", "fb ads", "facebook ads manager", "meta business suite"),
    "linkedin_ads": ("linkedin ads", "linkedin campaign manager"),
    "6sense": ("6sense", "6 sense", "sixsense"),
    "demandbase": ("demandbase",),
    "clearbit": ("clearbit",),
    "drift": ("drift chat", "drift.com", "salesloft drift", "drift"),
    "adobe_experience_manager": ("aem", "adobe experience manager"),
    "adobe_analytics": ("adobe analytics", "omniture", "sitecatalyst"),
    # analytics and data
    "google_analytics": ("google analytics", "ga", "ga4", "ga 4", "universal analytics", "google analytic", "googel analytics", "g analytics"),
    "google_tag_manager": ("google tag manager", "gtm", "tag manager"),
    "looker": ("looker", "looker studio", "data studio", "google data studio"),
    "tableau": ("tableau",),
    "power_bi": ("power bi", "powerbi", "power-bi", "pbi"),
    "mixpanel": ("mixpanel", "mix panel"),
    "amplitude": ("amplitude analytics",),
    "segment": ("segment.com", "segment.io", "twilio segment", "segment"),
    "heap": ("heap analytics", "heap.io"),
    "matomo": ("matomo", "piwik"),
    "snowflake": ("snowflake",),
    "bigquery": ("bigquery", "big query"),
    "databricks": ("databricks",),
    "fivetran": ("fivetran",),
    "search_console": ("search console", "google search console", "gsc"),
    "excel": ("excel", "ms excel", "microsoft excel", "spreadsheets", "spreadsheet", "xls", "xlsx"),
    "google_sheets": ("google sheets", "gsheets", "google spreadsheets", "g sheets"),
    "airtable": ("airtable", "air table"),
    "notion": ("notion",),
    # ERP and accounting
    "sap": ("sap", "sap s/4hana", "s/4hana", "s4hana", "sap business one", "sap b1", "sap erp", "sap crm", "sap hana"),
    "oracle": ("oracle", "oracle erp", "oracle cloud", "oracle fusion", "jd edwards", "jde", "peoplesoft"),
    "netsuite": ("netsuite", "net suite", "oracle netsuite"),
    "workday": ("workday",),
    "odoo": ("odoo", "openerp"),
    "epicor": ("epicor",),
    "sage": ("sage", "sage 50", "sage 100", "sage intacct", "sage accounting", "sage x3", "intacct"),
    "infor": ("infor", "infor m3", "infor ln"),
    "acumatica": ("acumatica",),
    "quickbooks": ("quickbooks", "quick books", "qbo", "quickbooks online", "qb online", "intuit quickbooks", "quickbook", "qb desktop"),
    "xero": ("xero",),
    "freshbooks": ("freshbooks", "fresh books"),
    "wave": ("wave accounting", "waveapps"),
    "myob": ("myob",),
    "zoho_books": (),
    "datev": ("datev",),
    "lexoffice": ("lexoffice",),
    # the markets' own ERP and accounting: German, French, Spanish, Brazilian, Italian, Dutch and Belgian
    "lexware": ("lexware",),
    "sevdesk": ("sevdesk",),
    "weclapp": ("weclapp",),
    "sellsy": ("sellsy",),
    "axonaut": ("axonaut",),
    "pennylane": ("pennylane",),
    "holded": ("holded",),
    "totvs": ("totvs", "protheus"),
    "omie": ("omie erp",),
    "conta_azul": ("conta azul", "contaazul"),
    "bling": ("bling erp",),
    "teamsystem": ("teamsystem",),
    "fatture_in_cloud": ("fatture in cloud", "fattureincloud"),
    "danea": ("danea", "easyfatt", "danea easyfatt"),
    "exact_online": ("exact online", "exact globe"),
    "moneybird": ("moneybird",),
    "afas": ("afas", "afas profit"),
    "twinfield": ("twinfield",),
    "teamleader": ("teamleader", "teamleader focus"),
    "tally": ("tally erp", "tallyprime", "tally prime"),
    "bill_com": ("bill.com",),
    "expensify": ("expensify",),
    "gusto": ("gusto",),
    "adp": ("adp",),
    "bamboohr": ("bamboohr", "bamboo hr"),
    # payments
    "stripe": ("stripe",),
    "paypal": ("paypal", "pay pal"),
    "square": ("square", "square pos", "squareup", "square payments"),
    "adyen": ("adyen",),
    "braintree": ("braintree",),
    "klarna": ("klarna",),
    "afterpay": ("afterpay",),
    "authorize_net": ("authorize.net", "authorize net"),
    "worldpay": ("worldpay",),
    "mollie": ("mollie",),
    "razorpay": ("razorpay",),
    "chargebee": ("chargebee",),
    "recurly": ("recurly",),
    "paddle": ("paddle.com",),
    "gocardless": ("gocardless", "go cardless"),
    "clover": ("clover pos",),
    "toast": ("toast pos",),
    "lightspeed": ("lightspeed", "lightspeed pos"),
    "sumup": ("sumup",),
    "apple_pay": ("apple pay",),
    # e-commerce and websites
    "shopify": ("shopify", "shopify plus", "shopfiy", "shoppify"),
    "shopware": ("shopware",),
    "jtl": ("jtl-wawi", "jtl wawi", "jtl-shop", "jtl shop"),
    "nuvemshop": ("nuvemshop", "tiendanube", "tienda nube"),
    "vtex": ("vtex",),
    "woocommerce": ("woocommerce", "woo commerce", "woo"),
    "magento": ("magento", "adobe commerce"),
    "bigcommerce": ("bigcommerce", "big commerce"),
    "salesforce_commerce_cloud": ("salesforce commerce cloud", "commerce cloud", "demandware", "sfcc"),
    "prestashop": ("prestashop",),
    "wix": ("wix", "wix.com"),
    "squarespace": ("squarespace", "square space"),
    "wordpress": ("wordpress", "word press", "wp", "wordpress.com", "wp engine"),
    "webflow": ("webflow", "web flow"),
    "drupal": ("drupal",),
    "joomla": ("joomla",),
    "hubspot_cms": ("hubspot cms", "cms hub"),
    "contentful": ("contentful",),
    "sitecore": ("sitecore",),
    "amazon_seller_central": ("seller central", "amazon seller central"),
    "etsy": ("etsy",),
    "ebay": ("ebay",),
    "gorgias": ("gorgias",),
    "recharge": ("recharge payments", "rechargeapps"),
    "yotpo": ("yotpo",),
    "kajabi": ("kajabi",),
    "teachable": ("teachable",),
    "thinkific": ("thinkific",),
    "substack": ("substack",),
    "beehiiv": ("beehiiv",),
    "godaddy": ("godaddy", "go daddy"),
    "framer": ("framer.com",),
    "elementor": ("elementor",),
    "agorapulse": ("agorapulse",),
    "google_business_profile": ("google business profile", "google my business", "gmb"),
    "rippling": ("rippling",),
    "deel": ("deel",),
    "brex": ("brex",),
    "ramp": ("ramp.com",),
    # collaboration, automation and service
    "slack": ("slack",),
    "microsoft_teams": ("microsoft teams", "ms teams", "teams"),
    "zoom": ("zoom",),
    "asana": ("asana",),
    "trello": ("trello",),
    "jira": ("jira",),
    "clickup": ("clickup", "click up"),
    "servicenow": ("servicenow", "service now"),
    "google_workspace": ("google workspace", "g suite", "gsuite"),
    "microsoft_365": ("microsoft 365", "office 365", "o365", "m365"),
    "outlook": ("outlook",),
    "gmail": ("gmail",),
    "twilio": ("twilio",),
    "aircall": ("aircall",),
    "ringcentral": ("ringcentral", "ring central"),
    "docusign": ("docusign", "docu sign"),
    "zapier": ("zapier",),
    "make": ("make.com", "integromat"),
    "figma": ("figma",),
    "miro": ("miro",),
    "loom": ("loom",),
    "aws": ("aws", "amazon web services"),
    "azure": ("azure", "microsoft azure"),
    "google_cloud": ("google cloud", "gcp"),
    "github": ("github",),
    "cloudflare": ("cloudflare",),
    "pandadoc": ("pandadoc",),
    # practice-management and booking systems of the trades visitors come from
    "vetport": ("vetport",),
    "ezyvet": ("ezyvet", "ezy vet"),
    "provet_cloud": ("provet cloud", "provet"),
    "dentrix": ("dentrix",),
    # law firms' practice management
    "clio": ("clio", "clio manage", "clio grow"),
    "mycase": ("mycase",),
    "practicepanther": ("practicepanther", "practice panther"),
    "actionstep": ("actionstep",),
    "dentally": ("dentally",),
    "cliniko": ("cliniko",),
    "jane_app": ("jane app", "janeapp"),
    "simplepractice": ("simplepractice",),
    "doctolib": ("doctolib",),
    "doctoralia": ("doctoralia", "miodottore"),
    "mindbody": ("mindbody",),
    "glofox": ("glofox",),
    "fresha": ("fresha",),
    "phorest": ("phorest",),
    "vagaro": ("vagaro",),
    "booksy": ("booksy",),
    "planity": ("planity",),
    "treatwell": ("treatwell",),
    "opentable": ("opentable",),
    "thefork": ("thefork", "lafourchette", "eltenedor"),
    "resdiary": ("resdiary",),
    "servicetitan": ("servicetitan",),
    "housecall_pro": ("housecall pro", "housecallpro"),
    "procore": ("procore",),
    "buildertrend": ("buildertrend",),
    "appfolio": ("appfolio",),
    "buildium": ("buildium",),
}
# Everyday words (or names) that are also product names.
_WORD_LIKE = {"square", "slack", "excel", "zoom", "notion", "drift", "sage", "gusto", "workday", "wave", "oracle", "apollo",
              "woo", "wp", "dynamics", "intercom", "segment", "later", "buffer", "close", "copper", "toast", "clover",
              "paddle", "braze", "heap", "streak", "lightspeed", "tally", "infor", "spreadsheets", "spreadsheet",
              "outlook", "gmail", "tag manager", "gtm", "ghl", "jde", "adp", "aem", "pbi", "gads", "gsc", "qbo", "d365", "sfdc",
              "xls", "xlsx", "keap", "sap", "canva", "etsy", "ebay", "stripe", "xero", "outreach", "gong"}
_CAPS_OR_CUE = {"clio", "loom", "miro", "make", "deel", "square", "slack", "excel", "zoom", "notion", "drift", "sage", "gusto", "workday", "wave", "oracle", "apollo",
                "woo", "dynamics", "intercom", "segment", "later", "buffer", "close", "copper", "toast", "clover", "paddle",
                "braze", "heap", "streak", "lightspeed", "tally", "infor", "outlook", "spreadsheets", "spreadsheet"}
# Products named after a word a visitor uses in its plain sense even right after "and" or "use"
# ("cold calling and outreach"): only the capitalised name, mid-sentence, is the product.
_CAPS_ONLY = {"outreach", "gong", "teams", "segment"}
# Two capitals that are a product only in a list of tools ("GA, GTM, Hotjar"), not Georgia or "general availability".
_UPPER_ONLY = {"ga": "GA"}
_PLACE_CUE = re.compile(r"\b(?:based|located|offices?|hq|live|living|we'?re|i'?m)\b[\w\s]*$")
_CUE = re.compile(
    r"\b(?:use|uses|using|used|on|with|via|in|run|running|have|has|got|switching to|switch to|moved to|migrating to|"
    r"migrated to|tools?:?|stack:?|stack is|crm is|crm:|plus|and|&|\+|,|/|run on|live in|built on|built with|hosted on|"
    r"integrate with|integration with|connected to|synced? (?:to|with)|also|paying for|pay for|subscription to|licen[cs]es? for)\W*$"
)
_STOP = {
    "customer", "customers", "market", "markets", "marketer", "marketers", "marketing", "shopping", "shopper", "sales", "force", "spot", "zones",
    "several", "serve", "stripes", "stipe", "salesman", "hubs", "quick", "books", "zero", "hero", "wix", "square",
    "klaviyo", "excellent", "excel", "paypal", "slacking", "woman", "women", "notion", "notice", "motion", "mailing",
    "emails", "workday", "workdays", "payroll", "salary", "google", "analytics", "analytic", "marketing's", "marked",
    "ahead", "heard", "table", "tables", "sheets", "sheet", "teams", "team", "zoho", "outreach", "asana", "sana",
    "jira", "trello", "stripe", "shoppy", "shopify", "mailchimp", "salesforces", "pardon", "pardons",
    "market's", "hubby", "shop", "shops", "magenta", "magnet", "magneto", "sap", "sage", "saga", "wave", "waves",
    "bigger", "closer", "closed", "xerox", "segments", "latter", "letter", "later", "buffers", "copper",
}


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern[str], dict[str, str], list[str]]:
    alias_to_tool: dict[str, str] = {}
    for tool, aliases in CATALOGUE.items():
        names = (tool.replace("_", " "),) if "_" in tool or not aliases else ()
        for alias in (*names, *aliases):
            alias_to_tool.setdefault(alias, tool)
    ordered = sorted(alias_to_tool, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w]|\.\w)")
    fuzzy_names = [a for a in ordered if len(a) >= 6 and a not in _WORD_LIKE]
    return pattern, alias_to_tool, fuzzy_names


@lru_cache(maxsize=1)
def one_word_names() -> frozenset[str]:
    """Every one-word alias of every tool ("hubspot", "sfdc"), lower case."""
    return frozenset(alias for alias in _index()[1] if re.fullmatch(r"[^\W\d_]+", alias))


@lru_cache(maxsize=1)
def _buckets() -> dict[str, list[str]]:
    """Fuzzy candidates by first letter: misspellings rarely change the first one."""
    buckets: dict[str, list[str]] = {}
    for name in _index()[2]:
        buckets.setdefault(name[0], []).append(name)
    return buckets


# Real words of the seven languages one edit from a word the readers know, tools' names among them (made by
# ``data/build_typos.py``): "convertit" ("un site qui convertit mieux"), "converta", "converteert" are a verb, no
# misspelt ConvertKit.
_NEAR_WORDS = Path(__file__).resolve().parent / "data" / "near_words.txt"


@lru_cache(maxsize=1)
def _real_words() -> frozenset[str]:
    return frozenset(_NEAR_WORDS.read_text(encoding="utf-8").split())


@lru_cache(maxsize=8192)
def _fuzzy(word: str) -> str | None:
    """The tool a misspelt word most likely names ("salesfroce"), if any; a real word of the visitor's languages is none."""
    if len(word) < 6 or word in _STOP or word.split(" ")[0] in _STOP or word in _real_words():
        return None
    names = _buckets().get(word[0])
    if not names:
        return None
    hit = process.extractOne(word, names, scorer=OSA.normalized_similarity, score_cutoff=0.85)
    return _index()[1][hit[0]] if hit else None


# A short word one letter from a tool's name is as often a word of the visitor's language ("agendar" is Portuguese and
# Spanish for "to schedule", one letter from Agendor; "hubspit" is no word): written in lower case, it is read as the
# tool only where a tool is expected, at the tech-stack question or after a word of use ("we use agendar").
_SHORT_MISSPELLING = 7
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|my|our|um|uma|un|una|une|ein|eine|einen|een|il|lo|la|le|el|o|os|as|los|las|les|der|die|das|het|"
                           r"mi|mon|ma|meu|minha|mio|mia|mijn|mein|meine)\b")


def _misspelt_here(text: Text, start: int, word: str, field: str | None) -> bool:
    """Whether ``word`` at ``start``, one typo from a tool's name, may be read as that tool there."""
    if len(word) > _SHORT_MISSPELLING or " " in word:
        return True
    if field == "tech_stack":
        # (but a verb with its object is no tool even there: "Dá para agendar uma ligação?")
        return not _OBJECT_AFTER.match(text.lower, start + len(word))
    if text.original[start: start + 1].isupper():
        return True
    return bool(_CUE.search(text.lower[max(0, start - 25): start]))


# "my gmail is sam@...", "outlook addy: ...": a mail service named as the visitor's address, not a tool the company runs.
_MAIL_SERVICES = frozenset({"gmail", "outlook", "hotmail", "yahoo mail", "icloud", "protonmail", "proton mail"})
_ADDRESS_AFTER = re.compile(r"\s*(?:(?:e-?mail|mail|address|addy|account|acct)\s*)?(?:is|=|:|-)?\s*[\w.+-]+@[\w-]+\.")


# "GA" is Google Analytics or Georgia by the words around it: the tool's own words after it ("GA shows", "GA tracking is
# broken", "GA and GTM"), or a verb of using or setting up before it ("we use GA", "just set up GA"); a word of place
# before it ("in GA", "based in GA", "Atlanta, GA") is the state unless the tool's words follow.
_GA_TOOL_AFTER = re.compile(
    r"\s*(?:4\b|(?:account|property|properties|tracking|data|dashboards?|reports?|reporting|tags?|code|events?|goals?|conversions?|numbers|stats|"
    r"shows?|showed|says|said|tells|told)\b|is (?:set up|installed|broken|tracking|not|wrong|showing)\b|isn'?t\b|doesn'?t\b|"
    r"(?:and|&|\+|,|/)\s*(?:gtm|tag manager|google tag manager|hotjar|search console|gsc|looker|semrush|ahrefs|ga4|mixpanel|clarity)\b)", re.I)
_GA_TOOL_BEFORE = re.compile(
    r"\b(?:use|uses|using|used|via|with|set up|setup|setting up|install|installed|installing|our|my|have|has|had|check|checked|checking|connect|connected|"
    r"nutzen|verwenden|utilisons|utilise|usamos|utilizamos|usiamo|gebruiken|(?:data|numbers|stats|traffic|tracking|events|conversions|goals|reports?|sessions) in)\s+$|\b(?:gtm|hotjar|search console|gsc|semrush|ahrefs|looker)\s*(?:and|&|\+|,|/)\s*$", re.I)


def ga_is_the_tool(original: str, start: int, end: int) -> bool:
    """Whether the capitals "GA" at ``start:end`` name Google Analytics rather than Georgia."""
    return bool(_GA_TOOL_AFTER.match(original, end) or _GA_TOOL_BEFORE.search(original[max(0, start - 30): start]))


def _allowed(text: Text, start: int, end: int, alias: str, field: str | None) -> bool:
    if alias in _MAIL_SERVICES and _ADDRESS_AFTER.match(text.lower, end):
        return False
    if alias == "ga" and text.original[start:end] == "GA" and field != "tech_stack" and (
            ga_is_the_tool(text.original, start, end) or _PLACE_CUE.search(text.lower[max(0, start - 30): start])
            or re.search(r"\b(?:in|from|out of|near|across|throughout)\s+$", text.lower[max(0, start - 14): start])):
        return ga_is_the_tool(text.original, start, end)
    if alias in _UPPER_ONLY:
        return text.original[start:end] == _UPPER_ONLY[alias] and (
            field == "tech_stack" or bool(re.search(r"\b(?:use|uses|using|via|in|with)\s+$", text.lower[max(0, start - 12): start]) and not _PLACE_CUE.search(text.lower[max(0, start - 30): start]))
        )
    if alias in _CAPS_ONLY:
        written = text.original[start:end]
        if field == "tech_stack" and (written[:1].isupper() or re.fullmatch(r"\W*" + alias + r"(?:\.io)?\W*", text.lower)):
            return True
        return written[:1].isupper() and start > 0 and not re.search(r"[.!?:]\s*$|^\W*$", text.original[:start])
    if alias not in _CAPS_OR_CUE:
        return True
    written = text.original[start:end]
    if field == "tech_stack":
        return True
    if written[:1].isupper() and start > 0 and not re.search(r"[.!?]\s*$", text.original[:start]):
        return True
    return bool(_CUE.search(text.lower[max(0, start - 25): start]))


# Products of a family also name the family when their name says it: "Salesforce Marketing Cloud" is Salesforce,
# "Pardot" or "ExactTarget" alone name no Salesforce (only what is named enters the stack, issue 14).
FAMILIES = {
    "salesforce_marketing_cloud": "salesforce", "salesforce_commerce_cloud": "salesforce", "pardot": "salesforce",
    "hubspot_cms": "hubspot", "zoho_books": "zoho",
}


# Ad channels are asked for as often as they are run: "we want to run Google Ads", or the channel named in answer to
# "what do you need help with?", is a need, not a tool the company has. They are its stack only when said to be in use.
_CHANNELS = frozenset({"google_ads", "facebook_ads", "linkedin_ads"})
_IN_USE = re.compile(
    r"\b(?:already|currently|at the moment|right now|we(?:'re| are)? (?:use|using|running|run|spend(?:ing)?|on)|(?:i|we)(?:'ve| have) (?:been )?(?:using|running)|"
    r"using|we have|our (?:\w+ )?(?:accounts?|campaigns?)|in-house|ourselves|was|were|used to|tried|have tried|"
    # the same in the other languages: "wir schalten schon", "on fait déjà", "ya hacemos", "já fazemos", "già facciamo", "we draaien al"
    r"schon|bereits|aktuell|derzeit|momentan|nutzen|schalten wir|laufen|d(?:é|e)j(?:à|a)|actuellement|en ce moment|utilisons|ya|actualmente|"
    r"usamos|hacemos|j(?:á|a)|atualmente|fazemos|rodamos|gi(?:à|a)|attualmente|usiamo|facciamo|momenteel|gebruiken|draaien|doen al)\b"
)
_WANTED = re.compile(
    r"\b(?:want|wants|wanna|need|needs|help|looking|interested|start|starting|launch|set up|setup|try|explore|get into|thinking|"
    r"considering|planning|would like|'d like|like to|hoping|ask about|about|someone to|agency|manage|quote|with|"
    # wanted in the other languages: "wir wollen LinkedIn Ads schalten", "on aimerait lancer", "queremos probar", "queremos começar",
    # "vorremmo provare", "we willen starten met"
    r"wollen|m(?:ö|oe)chten|w(?:ü|ue)rden gerne?|brauchen|planen|starten|testen|hilfe|voulons|veut|voudrions|aimerions|aimerait|"
    r"besoin|lancer|essayer|tester|queremos|quisi(?:é|e)ramos|necesitamos|gustar(?:í|i)a|empezar|probar|lanzar|ayuda|quer(?:í|i)amos|"
    r"precisamos|gostar(?:í|i)amos|come(?:ç|c)ar|testar|ajuda|vogliamo|vorremmo|abbiamo bisogno|iniziare|provare|lanciare|aiuto|"
    r"willen|zouden graag|hebben .{0,10}nodig|beginnen|proberen|hulp)\b"
)


def _asked_for(text: Text, start: int, field: str | None) -> bool:
    """Whether an ad channel named at ``start`` is wanted rather than run."""
    clause_start = text.clause_at(start)[0]
    before = text.lower[clause_start:start]
    if _IN_USE.search(before):
        return False
    # "is 3k a month enough for google ads?": a channel asked about
    asked = text.lower[: stance.sentence_at(text, start)[1]].rstrip().endswith("?")
    return field == "need" or asked or bool(_WANTED.search(before))


# A tool given up is no longer the company's: "we cancelled Mailchimp", "used to use Salesforce", "Dejamos de usar
# Mailchimp", "on a résilié Mailchimp"; or, after it, "... but cancelled it", "Mailchimp haben wir gekündigt",
# "we hebben Mailchimp opgezegd" (read up to the next tool named, so "wir nutzen HubSpot und haben Mailchimp gekündigt"
# keeps HubSpot).
_GIVEN_UP_BEFORE = re.compile(
    r"\b(?:cancel+ed|dropped|ditched|binned|scrapped|dumped|quit|got rid of|gave up(?: on)?|stopped using|stopped paying for|no longer (?:use|using|on|pay for)|"
    r"used to (?:use|have|run|be on)|moved (?:off|away from)|churned from|left|switched (?:away )?from|moved from|migrated (?:away )?from|changed from|went from|"
    # what was used once, in the other languages' past: "früher", "on utilisait", "usábamos", "usavamo", "gebruikten vroeger"
    r"fr(?:ü|ue)her(?: (?:hatten|nutzten|verwendeten|benutzten) wir)?|nutzten|(?:on )?utilisait|utilisions|us(?:á|a)bamos|utiliz(?:á|a)bamos|us(?:á|a)vamos|utiliz(?:á|a)vamos|usavamo|utilizzavamo|gebruikten(?: vroeger)?|vroeger|"
    r"gek(?:ü|ue)ndigt|abgeschafft|r(?:é|e)sili(?:é|e)|abandonn(?:é|e)|n'utilis\w* plus|dejamos de usar|dejamos de pagar|ya no usamos|cancelamos|"
    r"deix(?:a|á)mos de usar|j(?:á|a) n(?:ã|a)o usamos|cancel(?:a|á)mos|abbiamo disdetto|disdetto|non usiamo pi(?:ù|u)|smesso di usare|gestopt met|opgezegd)\s+"
    r"(?:(?:our|the|my|using|o|a|el|la|il|lo|het|de|unser(?:en)?|notre|nuestro|nosso)\s+)?$"
)
_GIVEN_UP_AFTER = re.compile(
    r"^[^.!?;]*?(?:\b(?:cancel+ed|dropped|ditched|binned|scrapped|dumped|quit|got rid of|gave up on|stopped using|stopped paying for)\s+"
    r"(?:it|them|that|the (?:subscription|account|plan)|our (?:subscription|account|plan))\b|"
    r"\b(?:gek(?:ü|ue)ndigt|abgeschafft|abbestellt|nicht mehr(?! als)|r(?:é|e)sili(?:é|e)|cancelad[oa]|dado de baja|disdett[oa]|opgezegd|stopgezet|niet meer(?! dan))\b)"
)


def _given_up(lower: str, start: int, end: int, limit: int) -> bool:
    """Whether the tool named at ``start:end`` is said to be given up; ``limit`` is where the next tool is named."""
    return bool(_GIVEN_UP_BEFORE.search(lower[max(0, start - 40): start]) or _GIVEN_UP_AFTER.match(lower[end:limit]))


def tech_stack(text: Text, field: str | None) -> tuple[str, ...]:
    """Every tool named, in the order named, each once (an ad channel asked for is a need, not one of them)."""
    pattern, alias_to_tool, _ = _index()
    lower = text.lower
    found: list[tuple[int, str]] = []
    covered: list[tuple[int, int]] = []
    listed: list[tuple[int, int, str]] = []
    named: dict[int, str] = {}
    for m in pattern.finditer(lower):
        alias = m.group(0)
        if not _allowed(text, m.start(), m.end(), alias, field):
            if alias in _CAPS_ONLY and field == "tech_stack":
                listed.append((m.start(), m.end(), alias))
            continue
        if alias == "oracle" and re.match(r"\s+(?:netsuite|eloqua)", lower[m.end():]):
            continue
        found.append((m.start(), alias_to_tool[alias]))
        covered.append((m.start(), m.end()))
        named[m.start()] = alias
    for m in re.finditer(r"[a-z][a-z0-9.]{4,}(?:\s[a-z][a-z0-9]{2,})?", lower):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        for candidate in (m.group(0), m.group(0).split(" ")[0]):
            tool = _fuzzy(candidate.strip("."))
            if tool and not _misspelt_here(text, m.start(), candidate.strip("."), field):
                continue
            if tool:
                found.append((m.start(), tool))
                covered.append((m.start(), m.end()))
                break
    # Answering "which tools?", a lower-case "outreach" between tools already named is the product.
    for start, _end, alias in listed:
        in_list = re.search(r"(?:,|\+|&|/|\band)\s*$", lower[max(0, start - 6): start])
        if found and in_list:
            found.append((start, alias_to_tool[alias]))
    found.sort()
    ends = {start: end for start, end in covered}
    found = [(start, tool) for i, (start, tool) in enumerate(found)
             if not _given_up(lower, start, ends.get(start, start), found[i + 1][0] if i + 1 < len(found) else len(lower))]
    if field != "tech_stack":
        found = [(start, tool) for start, tool in found if tool not in _CHANNELS or not _asked_for(text, start, field)]
    tools = [tool for _, tool in found]
    tools += [FAMILIES[tool] for start, tool in found if tool in FAMILIES and FAMILIES[tool] in named.get(start, "").replace(" ", "")]
    return tuple(dict.fromkeys(tools))
