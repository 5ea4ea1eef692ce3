"""Need: what the visitor wants help with, as the default playbook's categories.

The summary keeps the visitor's own words (the clause that states the need,
or the whole answer to the need question) as plain text.
"""

from __future__ import annotations

import re
from functools import cache

from nlu import identity, personas, replies, tools
from nlu.attributes import Need
from nlu.patterns import lazy_compile
from nlu.prefilter import Prefilter
from nlu.text import Text

# Leads, enquiries, customers or patients said to be falling, in the seven languages ("leads are down by half", "new patient
# numbers have been dropping", "Die Anfragen sind eingebrochen", "le richieste sono calate"): a lead-generation need and
# its own cue, though no "need" or "more" is said. Costs or churn falling is none: only what brings business counts.
_BETWEEN = r"(?:\s+[\w'%-]+){0,6}?\s+"
_FEWER = (
    r"(?:leads|enquiries|inquiries|bookings|customers|clients|patients|patient numbers|sales|orders|referrals|new business|footfall|sign-?ups|pipeline|"
    r"reservations|admissions|enrol(?:l)?ments|students|members|calls)" + _BETWEEN +
    r"(?:down|dropping|dropped|declin(?:ed|ing)|falling|fallen|fell|dried up|drying up|slow(?:ed|ing)|dwindl(?:ed|ing)|plummet\w*|tank(?:ed|ing)|"
    r"shr(?:u|i)nk\w*|halved)|word of mouth[^?!]{0,60}?(?:dried up|drying up|slowed|slowing|stopped|not enough|isn'?t enough)|"
    r"(?:anfragen|auftr(?:ä|ae)ge|kunden|neukunden|buchungen|patienten|bestellungen|verk(?:ä|ae)ufe|anmeldungen)" + _BETWEEN +
    r"(?:eingebrochen|zur(?:ü|ue)ckgegangen|gesunken|weniger geworden|ausgeblieben|r(?:ü|ue)ckl(?:ä|ae)ufig|halbiert)|"
    r"(?:demandes|clients|commandes|r(?:é|e)servations|patients|ventes|inscriptions|contacts|prospects)" + _BETWEEN +
    r"(?:baiss(?:é|e)|baissent|chut(?:é|e)|diminu(?:é|e)|recul(?:é|e)|en baisse|en chute|tari(?:e|es)?|effondr(?:é|e)e?s?)|"
    r"(?:clientes|pedidos|ventas|reservas|pacientes|consultas|solicitudes|contactos|contatos|alumnos|alunos|inscripciones|vendas|or(?:ç|c)amentos)" + _BETWEEN +
    r"(?:ca(?:í|i)do|cayendo|bajado|bajando|disminuido|disminuyendo|en descenso|en ca(?:í|i)da|desplomado|ca(?:í|i)ram|caindo|diminu(?:í|i)ram|diminuindo|em queda|baixaram|despencaram)|"
    r"(?:clienti|richieste|ordini|vendite|prenotazioni|pazienti|contatti|iscrizioni|preventivi)" + _BETWEEN +
    r"(?:calat[ieoa]|in calo|diminuit[ieoa]|crollat[ieoa]|sces[ie]|dimezzat[ieoa])|"
    r"(?:klanten|aanvragen|orders|bestellingen|boekingen|pati(?:ë|e)nten|verkopen|offerteaanvragen)" + _BETWEEN +
    r"(?:gedaald|dalen|teruggelopen|lopen terug|ingezakt|opgedroogd|gehalveerd|minder geworden)"
)

# Campaigns on an ad platform, in the seven languages ("campaigns on Meta and Google", "le campagne su Meta e Google",
# "Kampagnen auf Google"): paid ads, where campaigns by email are not.
_AD_PLATFORM = r"(?:meta|google|facebook|fb|instagram|insta|linkedin|tiktok|bing|youtube|microsoft|pinterest|snapchat|amazon)\b"
_CAMPAIGNS_ON = (
    r"(?:campaigns?|kampagnen?|campagnes?|campa(?:ñ|n)as?|campanhas?|campagna|campagne)\s+"
    r"(?:on|in|across|auf|bei|sur|en|no|na|nos|nas|em|su|sul|op|via|di|de|do|da)\s+(?:el |la |o |a |le |il |het |de )?" + _AD_PLATFORM
)

# Money put into the ad platforms themselves, in the seven languages ("we put about $1.2M a year into Google and Meta",
# "wir stecken 5.000 € im Monat in Google und Meta", "invertimos 2.000 € al mes en Google y Meta"): ad spend, a paid-ads
# matter; said as a plain fact it is blanked with the rest of the current spend (``_SPEND_NOW``).
_SPEND_VERBS = (r"(?:spend|spending|spent|put|putting|invest|investing|invested|pour|pouring|sink|sinking|"
                r"stecken|investieren|geben|d(?:é|e)pens\w*|investi\w*|mett\w*|gast\w*|invert\w*|invest\w*|mete\w*|"
                r"spend\w*|investiam\w*|mettiam\w*|steken|investeren|besteden|geven)")
_INTO_PLATFORMS = (
    r"\b" + _SPEND_VERBS + r"\b(?:[^.!?;]|\.\d){0,60}?\b(?:on|into|in|across|auf|f(?:ü|ue)r|sur|dans|en|em|no|na|su|aan|op)\s+"
    r"(?:(?:the|der|die|le|la|el|o|a|il|het|de)\s+)?(?:google|meta|facebook|fb|instagram|linkedin|tiktok|bing|youtube)\b"
    r"(?:\s*(?:,|and|&|\+|und|et|y|e|en)\s*(?:google|meta|facebook|fb|instagram|linkedin|tiktok|bing|youtube)\b)*(?!\s+(?:reviews?|maps|business|my business|analytics|sheets))"
)

# Wanting to reach or attract buyers, distributors or students, in the seven languages ("reach distributors in
# Germany", "attirer plus d'étudiants", "Händler erreichen"); a person reached by phone or staff attracted is no buyer.
_BUYERS = (r"(?:buyers|importers|distributors|stockists|dealers|resellers|wholesalers|customers|clients|students|patients|"
           r"distributeurs|(?:é|e)tudiants|(?:é|e)l(?:è|e)ves|h(?:ä|ae)ndler|vertriebspartner|distributoren|studierende|estudiantes|alumnos|"
           r"distribuidores|revendedores|estudantes|alunos|distributori|rivenditori|studenti|dealers|studenten)")
_REACH = (
    r"(?:reach|attract|win over|attirer|toucher|atraer|atrair|attirare|raggiungere|llegar a|chegar a|aantrekken)\s+"
    r"(?:(?:more|new|overseas|international|foreign|plus de|plus d'|de nouveaux|des|m(?:á|a)s|nuevos|mais|novos|pi(?:ù|u)|nuovi|meer|nieuwe)\s*){0,2}"
    r"(?:[\w-]+\s+)?" + _BUYERS + r"|" + _BUYERS + r"(?:\s+[\w-]+){0,3}\s+(?:erreichen|gewinnen|bereiken|aantrekken|aan te trekken)"
)

# A CRM named with the work to do on it after the name or before it ("a HubSpot cleanup", "a Salesforce rebuild",
# "nettoyage de HubSpot", "HubSpot opschonen"), in the seven languages.
# recruitment and regional CRMs too: "moving off Bullhorn", "migrar do Ploomes"
_CRM_TOOLS = r"(?:salesforce|hubspot|pipedrive|zoho|dynamics|sugarcrm|freshsales|bullhorn|jobadder|insightly|bitrix24|vtiger|ploomes|agendor|rd station crm)"
_CRM_WORK = (
    _CRM_TOOLS + r"(?:[\s-]+crm)?[\s-]+(?:clean[- ]?up|cleanse|overhaul|rebuild|re-?build|audit|bereinigung|aufr(?:ä|ae)umen|opschonen|opschoning)|"
    r"(?:nettoyage|limpieza|limpeza|pulizia|refonte|reconstrucci(?:ó|o)n|reconstru(?:ç|c)(?:ã|a)o|migraci(?:ó|o)n|migra(?:ç|c)(?:ã|a)o|migrazione|opschoning)\s+"
    r"(?:(?:de|du|d'|do|da|di|del|della|dello|van|of|the|our|notre|nuestro|nosso|nostro)\s*){0,2}" + _CRM_TOOLS + r"|"
    # the work said as done to it, right after its name ("Salesforce cleaned up and hooked into Marketo", "HubSpot set up
    # properly", "Salesforce aufgeräumt und mit Marketo verbunden"): "Salesforce was cleaned up last year" has a "was" between
    + _CRM_TOOLS + r"\s+(?:cleaned|tidied|sorted|set up|fixed|hooked|integrated|connected|synced|linked|wired|migrated|configured|customi[sz]ed|rebuilt|overhauled|"
    r"aufger(?:ä|ae)umt|bereinigt|eingerichtet|integriert|verbunden|angebunden|opgeschoond|gekoppeld|ingericht)\b|"
    # ... or to be done, its verb before it: "hook Salesforce up to Marketo", "nettoyer Salesforce", "limpar o Salesforce", "ripulire Salesforce"
    r"(?:hook(?:ing)?(?: up)?|connect(?:ing)?|sync(?:ing)?|link(?:ing)?|wir(?:e|ing) up|tidy(?:ing)? up|sort(?:ing)? out|"
    r"bereinigen|verbinden|anbinden|einrichten|integrieren|nettoyer|ranger|connecter|configurer|int(?:é|e)grer|limpiar|conectar|configurar|integrar|ordenar|"
    r"limpar|arrumar|ripulire|sistemare|collegare|integrare|configurare|koppelen|inrichten|opschonen)\s+"
    r"(?:(?:le|la|notre|el|nuestro|o|a|nosso|il|lo|il nostro|het|de|onze|our|the|unser(?:e|en)?)\s+)?" + _CRM_TOOLS + r"|"
    + _CRM_TOOLS + r"\s+(?:bereinigen|aufr(?:ä|ae)umen|verbinden|anbinden|einrichten|integrieren|koppelen|inrichten)\b"
)

# Winning more customers of any kind, named by what they are, in the seven languages: "more clinics as clients", "sign up
# more restaurants", "get more dentists to use our lab", "mehr Praxen als Kunden gewinnen", "plus de cliniques comme
# clients", "que más dentistas usen nuestro laboratorio", "meer tandartsen ons lab laten gebruiken". Staff signed up or
# got to use a tool ("get more staff to use the CRM", "meer personeel werven") are no customers.
_STAFF = (r"(?:staff|employees|workers|hires|team members|colleagues|personnel|developers|engineers|reps|interns|mitarbeiter\w*|personal|fachkr(?:ä|ae)fte|"
          r"salari(?:é|e)s|employ(?:é|e)s|collaborateurs|personnel|empleados|trabajadores|funcion(?:á|a)rios|colaboradores|dipendenti|personale|"
          r"collaboratori|personeel|medewerkers|werknemers|collega'?s|"
          # nor is time, money or trust won ("mehr Zeit gewinnen", "gagner plus de temps")
          r"time|money|zeit|geld|vertrauen|temps|argent|tiempo|dinero|tempo|dinheiro|soldi|tijd|vertrouwen)\b")
_A_KIND = r"(?!" + _STAFF + r")[\w'-]+(?:\s+[\w'-]+){0,2}?"
_AS_CLIENTS = r"(?:clients?|customers?|accounts|patients|kunden|neukunden|klienten|mandanten|clientes?|clienti|klant(?:en)?|opdrachtgevers?)"
_WIN_MORE = (
    r"(?:more|mehr|plus de|davantage de|m(?:á|a)s|mais|pi(?:ù|u)|meer)\s+" + _A_KIND +
    r"\s+(?:as|als|comme|en tant que|como|come)\s+(?:(?:new|paying|regular|neue|nouveaux|nuevos|novos|nuovi|nieuwe)\s+)?" + _AS_CLIENTS + r"|"
    r"(?:sign(?:ing)? (?:up|on)|onboard(?:ing)?|win(?:ning)?|land(?:ing)?)\s+(?:more|new)\s+" + _A_KIND + r"(?=\s+(?:as|to|for|who|that|each|every|per|this|next)\b|\s*(?:[,.;!?]|$))|"
    r"(?:get|getting|bring|bringing|convince|convincing|persuade|persuading)\s+more\s+" + _A_KIND +
    r"\s+to\s+(?:buy|use|book|order|try|choose|pick|switch|sign up|come|visit|stock|sell|work with|partner with|join|subscribe|enrol+|register|call|refer)\b|"
    r"mehr\s+" + _A_KIND + r"\s+(?:(?:als \w+ )?(?:gewinnen|akquirieren|an land ziehen|an bord holen)|dazu (?:zu )?bringen)|"
    r"(?:signer|convaincre|amener|d(?:é|e)crocher|conqu(?:é|e)rir)\s+(?:plus de|davantage de|de nouveaux|de nouvelles)\s+" + _A_KIND + r"(?=\s|[,.;!?]|$)|"
    r"(?:captar|fichar|sumar|conquistar|conseguir que|lograr que|hacer que|fazer com que|conseguir|atrair)\s+(?:m(?:á|a)s|mais)\s+" + _A_KIND + r"(?=\s|[,.;!?]|$)|"
    r"(?:m(?:á|a)s|mais)\s+" + _A_KIND + r"\s+(?:usen|compren|reserven|contraten|elijan|trabajen con|prueben|usem|comprem|reservem|contratem|escolham|trabalhem com|experimentem)\b|"
    r"(?:acquisire|conquistare|portare a bordo|convincere)\s+pi(?:ù|u)\s+" + _A_KIND + r"(?=\s|[,.;!?]|$)|"
    r"pi(?:ù|u)\s+" + _A_KIND + r"\s+(?:usino|comprino|prenotino|scelgano|lavorino con|provino|a usare|a scegliere|a comprare)\b|"
    r"meer\s+" + _A_KIND + r"\s+(?:binnenhalen|binnen halen|werven|overtuigen|aan ons binden|(?:[\w'-]+\s+){0,3}?laten (?:gebruiken|kopen|boeken|bestellen|kiezen|proberen))"
)

# "Paid" alone, for paid ads, joined to an organic channel in the seven languages ("SEO + paid", "paid and organic",
# "référencement naturel et payant", "SEO y pago", "SEO e pago", "SEO e a pagamento", "SEO en betaald"); never "paid" for
# money ("SEO, paid 3k for it", "paid in full", "we paid off the loan").
_ORGANIC = r"seo|organic|organique|naturel|org(?:á|a)nico|organico|organisch"
_PAID = r"paid|payant|pagad[oa]|pago|a pagamento|betaald|bezahlt"
_JOIN = r"\s*(?:and|&|\+|/|,|et|und|y|e|en)\s*"
_NOT_MONEY_AFTER = r"(?!\s*(?:\d|[$£€]|(?:for|in|off|out|us|them|him|her|it|up|back|per|a|an|the|by|via|with)\b))"
_PAID_BESIDE = rf"(?:{_ORGANIC}){_JOIN}(?:{_PAID}){_NOT_MONEY_AFTER}|(?:{_PAID}){_JOIN}(?:{_ORGANIC})"


_CATEGORIES = (
    ("lead_generation", _FEWER + r"|" + _REACH + r"|" + _WIN_MORE + r"|"
                        r"(?:get|push|bring|drive) (?:our |the )?(?:bookings|sales|enquiries|inquiries|orders|numbers|footfall|reservations) up|(?:bookings|enquiries|inquiries|reservations) up\b|leads?\b|lead[- ]?gen|leadgen|pipeline|prospects?|prospecting|demand[- ]?gen(?:eration)?|(?:to|help(?:ing)?(?: us)?) sell (?:a lot |much |far )?more(?: (?:abroad|overseas|internationally|in other countries|to other countries))?(?! online)\b|(?:to|help(?:ing)?(?: us)?) export more|grow (?:our )?exports|more (?:(?:new|regular|paying|qualified|local|repeat|returning|private|corporate) )?(?:[a-z-]+ )?(?:customers|clients|sales|business|deals|enquiries|inquiries|signups|sign-ups|bookings|reservations|orders|calls|demos|meetings|patients|students|buyers|users|members|memberships?|subscribers|walk-ins|foot traffic|footfall|enrol(?:l)?ments|admissions|pupils|learners|attendees|participants|"
                        r"sign ups|trials|downloads|installs|applications|applicants|donors|donations|volunteers|listings|mandates|contracts|tenants|guests|registrations|traffic that converts)|"
                        r"(?:find|get|need|want|more|new)\s+(?:more |new |overseas |international |foreign )?(?:buyers|importers|distributors|stockists|dealers|resellers|wholesalers)|new (?:customers|clients|business)|(?:customer|client) acquisition|acquire (?:customers|clients|users)|find (?:customers|clients)|get (?:customers|clients)|book(?:ed)? (?:more )?(?:meetings|demos|calls|appointments)|"
                        r"(?:more|mehr|plus de|m(?:á|a)s|mais|pi(?:ù|u)|meer) (?:people|ppl|folks|customers|clients|users|visitors|prospects|leute|gens|personnes|gente|pessoas|persone|mensen) (?:who |that |que |qui |die |che )?(?:booking|book|signing up|sign up|calling|call|buying|buy|enquiring|inquiring|requesting|getting in touch|reaching out|contacting|ordering|walking in|registering|applying|buchen|anrufen|kaufen|r(?:é|e)serv\w*|appel\w*|ach(?:è|e)t\w*|reserv\w*|llam\w*|compr\w*|lig\w*|prenot\w*|chiam\w*|boeken|bellen|kopen)\b|"
                        # more people through a local business's door: "more people in the taproom on weeknights", "mehr Leute im
                        # Lokal", "plus de monde au resto", "más gente en el bar", "più gente nel locale", "mais gente na loja",
                        # "meer mensen in de zaak", "more covers" ("we need more people" alone is hiring)
                        r"(?:more|mehr|plus de|m(?:á|a)s|mais|pi(?:ù|u)|meer) (?:people|ppl|folks|bodies|punters|diners|drinkers|leute|menschen|monde|gens|personnes|"
                        r"gente|personas|pessoas|persone|mensen) (?:(?:in|at|through|into|im|in der|in den|ins|au|dans (?:le|la|notre)|en (?:el|la|nuestro|nuestra)|en|"
                        r"nel|nella|al|alla|no|na|nos|nas|in de|in het|op het|bij)\s+)(?:the |our |my |unser(?:e|em|en)? |notre |nuestro |nuestra |nostro |nostra |nosso |nossa |onze |de |het )?"
                        r"(?:taproom|tap room|bar|pub|restaurant|resto|shop|store|venue|caf(?:é|e)|salon|studio|gym|doors?|place|premises|showroom|hotel|clinic|brewery|"
                        r"laden|lokal|gesch(?:ä|ae)ft|kneipe|boutique|magasin|salle|local|tienda|negocio|locale|ristorante|negozio|loja|estabelecimento|restaurante|zaak|winkel|kroeg)\b|"
                        r"more covers\b|"
                        # requests for a quote, as a trade's leads come: "want more quote requests", "más solicitudes de presupuesto"
                        r"(?:more|new|get|mehr|plus de|m(?:á|a)s|mais|pi(?:ù|u)|meer) (?:quote requests|requests for (?:a )?quotes?|quote enquiries|rfqs|estimate requests|"
                        r"solicitudes(?: de (?:presupuesto|cotizaci(?:ó|o)n|informaci(?:ó|o)n))?|presupuestos|cotizaciones|pedidos de (?:or(?:ç|c)amento|cota(?:ç|c)(?:ã|a)o)|or(?:ç|c)amentos)\b|"
                        r"appointments? setting|outbound|cold (?:email|calling|outreach)|abm|account[- ]based|sales opportunities|opportunities|inbound|mqls?|sqls?|conversions?|grow (?:our )?sales|sales growth|"
                        r"increase (?:our )?sales|boost (?:our )?sales|more revenue|grow revenue|enquiries|inquiries|signups|sign-ups|demo requests|fill (?:the|our) funnel|top of (?:the )?funnel|funnel|"
                        r"customer base|new markets?|go[- ]to[- ]market|gtm strategy|growth|grow the business|scale|scaling"),
    ("seo", r"(?:find|found|finding|see|seeing|discover|discovering|finds) us (?:online|on google|on the internet|on the web|when they search|in search)|(?:online|search|web) visibility|visible online|show up online|seo|s\.e\.o|search engine|organic (?:traffic|search|rankings?|visibility|growth|reach)|rank(?:ing|ings)?\b|google rankings?|rank (?:higher|better|on google)|first page|page one|page 1 of google|"
            r"show up (?:on|in) (?:google|search)|found on google|(?:traffic|visitors|visits|clicks)(?: \w+){0,4} from (?:google|bing|search|search engines)|(?:google|bing) traffic|"
            r"(?:rank|show up|appear|be found|come up)(?: \w+){0,3} (?:on|in) (?:google|bing|search results)|(?:be|get|getting|being) found (?:for|when)\b|"
            r"(?:show up|come up|pop up|appear) when (?:people|ppl|customers|clients|someone|anyone|folks|locals) (?:google|search|look)|"
            r"(?:rank|show up|come up|appear)(?:ing)? for (?=[\"'“‘«])|top \d+ (?:on|in|of) google|(?:#|number |no\.? ?)1 (?:on|in) google|(?:the )?top of google|first (?:on|in) google|"
            r"keywords?|backlinks?|link building|local search|google (?:my business|business profile|maps)|gmb|serps?|search visibility|search traffic|organic(?=\W*$|[,.;!?]|\s+(?:and|&|\+|or|growth|reach|results|presence|leads|visibility|listings?|rankings?)\b)|"
            # traffic lost to a search engine's update: "dropped 40% after the Google update", "hit by the core update"
            r"(?:google(?:'s)?|core|algorithm(?:ic)?|helpful content|search) (?:algorithm )?(?:update|change)"),
    ("paid_ads", _CAMPAIGNS_ON + r"|" + _INTO_PLATFORMS + r"|ppc|paid (?:linkedin|facebook|instagram|insta|tiktok|meta|google|youtube|twitter|x|pinterest|reddit|bing)|pay[- ]per[- ]click|paid (?:ads|advertising|media|search|social|campaigns?|traffic|acquisition|channels)|google ads|adwords|facebook ads|fb ads|meta ads|instagram ads|linkedin ads|tiktok ads|"
                 r"youtube ads|bing ads|microsoft ads|display ads|banner ads|retargeting|remarketing|boost(?:ed|ing)? (?:our |the |some )?posts|sponsored (?:posts|content)|sem\b|cpc|cpa|roas|cost per (?:lead|click|acquisition)|ad spend|ads?\b(?<!\bad(?= (?:aprile|agosto|ottobre|esempio|oggi|ora|ogni|un|una|uno|altri|altre|alcuni|alcune|inizio|essere|avere|anni|anno)\b))|advertising|adverts?|media buying|programmatic|sponsored|"
                 # "paid" said for paid ads beside the organic channels: "SEO + paid", "paid and organic", "organic/paid social"
                 + _PAID_BESIDE),
    ("social_media", r"social media|social\b|socials|instagram|insta\b|tiktok|tik tok|twitter|x\.com|facebook(?! ads)|linkedin(?! ads)|youtube(?! ads)|pinterest|snapchat|followers|community management|influencers?|"
                     r"engagement on|posting|posts|reels|smm|social presence|social channels|threads app"),
    ("content_marketing", r"content|blog(?:s|ging)?|articles?|copywriting|copy\b|writing|whitepapers?|white papers?|e-?books?|case stud(?:y|ies)|thought leadership|videos?|video marketing|podcasts?|webinars?|"
                          r"storytelling|editorial|infographics?|guides?|newsletters?(?= content)|content strategy|content calendar|brand (?:story|voice|messaging)|messaging|positioning|pr\b|press releases?"),
    ("email_marketing", r"e-?mail(?:s)? (?:marketing|campaigns?|newsletters?|sequences?|flows?|list|automation|blasts?|outreach)|newsletters?|e-?mail list|mailing list|drip (?:campaigns?|emails?|sequences?)|"
                        r"e-?mail nurtur\w*|edm|e-?blasts?|klaviyo flows|mailchimp campaigns|open rates?|click[- ]through rates? on (?:our )?e-?mails|subscribers|"
                        r"e-?mails?\b(?! address| me| us)|spam folder|deliverability|unsubscribes?|inbox placement"),
    ("marketing_automation", r"(?:help with|set ?up|setting up|build|fix|improve) (?:our |the |some |better )?(?:e-?mail |automated |klaviyo |mailchimp )?flows|marketing automation|automat(?:e|ed|ion|ing)|workflows?|nurtur(?:e|ing) (?:sequences?|flows?|campaigns?|tracks?)|lead nurturing|nurture|lead scoring|drip|sequences|triggers|"
                             r"marketo|pardot|hubspot (?:setup|workflows|implementation|onboarding|migration)|eloqua|activecampaign|journeys?|customer journeys?|lifecycle marketing|martech|integrations?"),
    ("crm", _CRM_WORK + r"|crms?|customer relationship management|" + _CRM_TOOLS + r" (?:needs|need|is due|requires) (?:a |an )?(?:good |proper |serious )?(?:clean(?:ing)?[- ]?up|cleaning|cleanup|tidy(?:ing)?(?: up)?|sorting out|fixing|overhaul|migrating|rebuild)|(?:implement\w*|set(?:ting)? up|migrat\w*|roll(?:ing)? out|customi[sz]\w*|configur\w*|clean(?:ing)? up|optimi[sz]\w*|fix\w*|admin\w*|integrat\w*|mov(?:e|ing)|switch\w*) (?:from |to |into |onto |off )?(?:our |the |a |new |of )?" + _CRM_TOOLS + r"|(?:from|off) " + _CRM_TOOLS + r" (?:to|onto|into) " + _CRM_TOOLS + r"|salesforce (?:implementation|setup|admin|migration|cleanup|clean-up)|hubspot crm|pipedrive|contact management|customer database|client database|"
            # a CRM moved to its new edition: "still on Salesforce Classic ... migrating to Lightning", "Migration auf Lightning"
            r"(?:salesforce )?classic to lightning|(?:migra\w*|umstieg|wechsel|mov(?:e|ing)|switch\w*|upgrad\w*|passage|passer|overstap)\s+(?:[\w']+\s+){0,2}?(?:salesforce\s+)?lightning|lightning (?:migration|transition|upgrade|rollout)|"
            # a CRM left, in the other languages: "migrar do Ploomes", "weg von Pipedrive", "quitter Salesforce", "overstappen van HubSpot"
            r"(?:migr(?:ar|er|ieren|eren|are|amos|ons|iamo)|wechsel\w*|umstieg|weg|sair|salir|quitter|lasciare|overstap\w*)\s+(?:(?:do|da|de|del|von|van|di|du|dal|from|off|uit)\s+)?(?:(?:o|a|el|la|le|il|lo|het|unserem|notre|nuestro|nosso|onze)\s+)?" + _CRM_TOOLS + r"|"
            r"hubspot (?:setup|implementation|onboarding|migration|rollout|roll-out)|sales pipeline management|pipeline management|deal tracking|crm (?:migration|setup|implementation|cleanup|clean-up)|lead management|lead routing|sales process|data hygiene|dedup(?:e|lication)|contact records"),
    ("website", r"(?:woocommerce|shopify|wix|squarespace|bigcommerce|magento|prestashop|shopware|webflow|wordpress|jimdo|godaddy) (?:store|shop|site|theme|website|webshop|rebuild|re-?build|build|migration|redesign|revamp|relaunch|replatform\w*|re-?platform\w*)|re-?platform\w*|(?:start|begin|started) sell(?:ing)? (?:\w+ ){0,2}online|sell(?:ing)? online|web ?site|webpage|web page|landing pages?|(?:donation|donate|giving|booking|product|sales|sign-?up|registration|contact|pricing|event|ticket|membership|services?|menu|careers?) pages?|web design|web ?dev(?:elopment)?|redesign|re-design|site\b|homepage|home page|wordpress|webflow|ux\b|ui\b|user experience|conversion rate|cro\b|"
                r"page speed|site speed|load(?:ing)? (?:time|speed)|mobile[- ]friendly|responsive|online store|ecommerce site|e-commerce site|shopify (?:store|site|theme)|domain|hosting|checkout|bounce rate"),
    ("analytics", r"where (?:our |the |all )?(?:leads|customers|clients|traffic|sales|signups|sign-ups|conversions|enquiries) (?:come|are coming|came) from|lead sources?|sources? of (?:our )?leads|analytics|tracking|track (?:our|what|where|leads|roi|conversions)|attribution|reporting|reports?\b|dashboards?|measure(?:ment)?|metrics|kpis?|data\b|insights|roi\b|return on|ga4|google analytics|"
                  r"what'?s working|what(?:'s| is) not working|which (?:campaigns?|channels?|ads?|marketing|posts?|keywords?|sources?) (?:(?:actually|really|truly|even) )?(?:work|works|are working|is working|perform|performs|drive|drives|bring|brings|convert|converts)|performance data|tag manager|gtm\b|visibility into|"
                  # the numbers to read, not the numbers had ("our Q3 numbers were rough": results, no analytics need)
                  r"numbers(?!\s+(?:were|are|was|is|have|has|had|look|looked|looking|went|dropped|dropping|fell|falling|down|up|tanked|rough|bad|poor|flat|suck|stink)\b)|conversion tracking|utm"),
)
# The same needs in the other languages visitors write (issue 15), merged into each category's pattern.
_LOCAL = {
    # selling more, at home or abroad ("vorremmo vendere di più all'estero", "mehr ins Ausland verkaufen"); more online is
    # the website's ("website" below), and both may be said
    # the phone wanted ringing with customers: "want the phones ringing again", "das Telefon soll wieder klingeln", "que le
    # téléphone sonne", "que suene el teléfono", "que o telefone toque", "che il telefono squilli", "dat de telefoon rinkelt"
    # outcomes of a sale counted as a target ("goal is 50 demos a month", "want 20 new patients a week"), wished for
    # ("want to get corporate team building bookings", "need more rentals"), or raised ("aumentar las inscripciones",
    # "augmenter nos réservations", "die Anmeldungen steigern", "aumentare le iscrizioni", "meer inschrijvingen"); contacts
    # of firms wanted ("ci servono contatti di aziende", "des contacts d'entreprises"): leads
    "lead_generation": r"(?:goal|target|aim|aiming|want|need|hoping for|looking for|get to|reach|hit|ziel|objectif|objetivo|meta|obiettivo|doel)\b[^.!?;\d]{0,25}?\d+\+?\s+(?:new\s+|more\s+|qualified\s+|extra\s+)?(?:demos|leads|bookings|appointments|enquiries|inquiries|sign-?ups|meetings|sales calls|patients|customers|clients|rentals|viewings|deals|termine|anfragen|rendez-vous|demandes|citas|reuniones|reuni(?:õ|o)es|appuntamenti|afspraken|aanvragen)\s+"
                       r"(?:a|per|each|every|/|pro|im|par|por|al|ao|all'|al|in de)\s*(?:day|week|month|quarter|mo|wk|tag|woche|monat|jour|semaine|mois|d(?:í|i)a|semana|mes|m(?:ê|e)s|giorno|settimana|mese|dag|maand)\b|"
                       r"(?:want|need|looking|trying|hoping|help(?: us)?|like)\s+(?:to\s+)?(?:get|win|land|attract|fill|bring in)\s+(?:more\s+)?(?:[\w-]+\s+){0,3}?(?:bookings|reservations|enquiries|inquiries|clients|customers|leads|rentals|tenants|viewings|students|enrol+ments)\b|"
                       r"more (?:[\w-]+ )?(?:rentals|lettings|viewings|move-ins|tours booked|quote requests|quotes requested)\b|"
                       r"(?:increase|grow|boost|raise|aumentar|incrementar|subir|augmenter|accro(?:î|i)tre|erh(?:ö|oe)hen|steigern|aumentare|incrementare|verhogen|vergroten)\s+"
                       r"(?:(?:the|our|las|los|nuestras|nuestros|as|os|nossas|nossos|les|nos|die|unsere|le|i|nostre|nostri|de|onze)\s+)?"
                       r"(?:inscri(?:pciones|(?:ç|c)(?:õ|o)es|ptions)|matr(?:í|i)culas|iscrizioni|anmeldungen|inschrijvingen|enrol+ments|admissions|registrations|sign-?ups|"
                       r"bookings|reservas|r(?:é|e)servations|prenotazioni|buchungen|reserveringen|leads|clientes|clients|kunden|klanten|clienti)\b|"
                       r"(?:anmeldungen|buchungen|anfragen|inschrijvingen|reserveringen|aanvragen|boekingen)\s+(?:(?:deutlich|weiter|flink|verder)\s+)?(?:steigern|erh(?:ö|oe)hen|verhogen|vergroten)\b|"
                       r"(?:contatti|contacts|contactos|contatos|kontakte|contacten)\s+(?:(?:di|da|d'|de|van|von|from|with|aus|con|com|met|mit)\s*)(?:(?:the|le|les|las|los|as|os|delle|degli|der|den|het)\s+)?"
                       r"(?:aziende|imprese|entreprises|soci(?:é|e)t(?:é|e)s|empresas|unternehmen|firmen|betrieben|bedrijven|businesses|companies|firms|clienti|clients|clientes|kunden|klanten|prospects|prospetti)\b|"
                       r"(?:phones?|telephones?) (?:(?:ringing|to ring|ring)(?: again| off the hook)?|off the hook)|(?:telefon|telefone|telefoon|tel(?:é|e)fono|t(?:é|e)l(?:é|e)phone)e?\s+"
                       r"(?:(?:soll|wieder|endlich|mehr|qui|recommence (?:à|a)|vuelva a|volte a|torni a|weer|gaat)\s+)*(?:klingel\w*|l(?:ä|ae)ute\w*|sonne\w*|suen[ae]\w*|son(?:ar|ando)|to(?:que|quem|car|cando)|squill\w*|rinkel\w*|rinkelen|overgaan)|"
                       r"(?:que|che|dat)\s+(?:(?:el|le|o|il|de)\s+)?(?:telefon\w*|t(?:é|e)l(?:é|e)phone)\s+(?:(?:vuelva a|volte a|torni a|weer|recommence (?:à|a))\s+)?(?:suene|sonne|sonar|toque|tocar|squilli|squillare|rinkelt|gaat)|"
                       r"mehr (?:ins ausland |im ausland |ins ausland hinein )?verkaufen|export\w* (?:steigern|ausbauen)|"
                       r"vendre (?:plus|davantage)(?: (?:(?:à|a) l'(?:é|e)tranger|(?:à|a) l'export|(?:à|a) l'international))?(?! en ligne)|"
                       r"vender (?:m(?:á|a)s|mais)(?: (?:en el extranjero|al extranjero|fuera|no exterior|no estrangeiro|para fora|l(?:á|a) fora))?(?! (?:en l(?:í|i)nea|online|por internet|pela internet))|"
                       r"vendere (?:di )?pi(?:ù|u)(?: all'estero| fuori)?(?! online)|"
                       r"mehr \w+(?:anfragen|kunden|auftr(?:ä|ae)ge|buchungen|anmeldungen)|mehr (?:neuen? |neuer )?(?:anfragen|kunden|kundschaft|mandanten|klienten|interessenten|k(?:ä|ae)ufer|leads|umsatz|auftr(?:ä|ae)ge|mandate|neukunden|verk(?:ä|ae)ufe|termine|kontakte|anmeldungen|buchungen|patienten|sch(?:ü|ue)ler|teilnehmer|mitglieder|g(?:ä|ae)ste|reservierungen|besucher)|neukunden\w*|kundengewinnung|leadgenerierung|anfragen|"
                       r"plus de (?:nouveaux |nouvelles )?(?:clients|client(?:è|e)le|acheteurs|prospects|leads|contacts|demandes|ventes|rendez-vous|devis|mandats|chantiers|contrats|missions)|plus (?:de |d')(?:nouveaux |nouvelles )?(?:inscriptions|r(?:é|e)servations|patients|(?:é|e)l(?:è|e)ves|adh(?:é|e)rents|membres|participants|visiteurs|commandes)|prospection|g(?:é|e)n(?:é|e)ration de (?:leads|prospects|contacts)|"
                       r"acquisition (?:de )?clients?|trouver (?:plus de |de nouveaux |des )?clients|nouveaux clients|"
                       r"m(?:á|a)s (?:nuev[oa]s )?(?:clientes|clientela|compradores|ventas|leads|encargos|captaciones|contratos|obras|contactos|prospectos|pedidos|citas|inscripciones|matr(?:í|i)culas|reservas|pacientes|alumnos|socios|hu(?:é|e)spedes|visitas)|clientes potenciales|captaci(?:ó|o)n de clientes|nuevos clientes|"
                       r"generaci(?:ó|o)n de (?:leads|clientes|contactos)|conseguir (?:m(?:á|a)s )?clientes|"
                       r"mais (?:nov[oa]s )?(?:clientes|clientela|compradores|vendas|leads|angaria(?:ç|c)(?:õ|o)es|encomendas|contratos|obras|contatos|pedidos|inscri(?:ç|c)(?:õ|o)es|matr(?:í|i)culas|reservas|pacientes|alunos|s(?:ó|o)cios|h(?:ó|o)spedes|agendamentos|marca(?:ç|c)(?:õ|o)es)|gerar (?:mais )?(?:leads|clientes|vendas|contatos)|novos clientes|capta(?:ç|c)(?:ã|a)o de clientes|gera(?:ç|c)(?:ã|a)o de leads|prospec(?:ç|c)(?:ã|a)o|"
                       r"pi(?:ù|u) (?:nuov[ie] )?(?:clienti|clientela|acquirenti|contatti|vendite|incarichi|mandati|commesse|contratti|lead|richieste|iscrizioni|iscritti|prenotazioni|pazienti|studenti|allievi|soci|ospiti|ordini)|nuovi clienti|contatti commerciali|acquisizione (?:di )?clienti|generazione (?:di )?(?:lead|contatti)|"
                       r"meer (?:nieuwe )?(?:klanten|cli(?:ë|e)nten|kopers|leads|aanvragen|[a-z]*opdrachten|klussen|omzet|verkopen|offerteaanvragen|afspraken|inschrijvingen|boekingen|reserveringen|pati(?:ë|e)nten|leerlingen|studenten|leden|gasten|bezoekers)|nieuwe klanten|klanten werven|leadgeneratie|aanvragen",
    "seo": r"suchmaschin\w*|platzierung|google-?ranking|ranking (?:bei|in) google|(?:bei|in|auf) google (?:gefunden|ranken|sichtbar\w*|oben|besser)|gefunden werden|sichtbarkeit|"
           r"r(?:é|e)f(?:é|e)rencement(?: naturel)?|visibilit(?:é|e)|premi(?:è|e)re page|moteurs? de recherche|"
           r"posicionamiento(?: web| en google| seo)?|posicionar(?:nos|se|la|lo)?(?: \w+)? en (?:google|buscadores)|buscadores|(?:aparecer|salir) (?:en|primero en) (?:google|las b(?:ú|u)squedas)|"
           r"aparecer (?:no|em|nas pesquisas d[oe]|nas buscas d[oe]) google|aparecer nas (?:pesquisas|buscas)|posicionamento|posicionar(?:-nos|-se)?(?: \w+)? n[oa] google|buscas|mecanismos de busca|motori di ricerca|posizionamento|posizionar(?:ci|si)(?: \w+)? su google|indicizzazione|visibilit(?:à|a)|"
           r"(?:mieux |bien )?r(?:é|e)f(?:é|e)renc(?:é|e)s?(?:es)? sur google|(?:bei|in|auf) google (?:\w+ )?ranken|"
           r"(?:comparire|apparire|uscire) su google|prima pagina (?:di|su) google|(?:bei|in) google (?:erscheinen|auftauchen)|appara(?:î|i)tre (?:sur|dans) google|"
           r"(?:bovenaan|hoger) in google|verschijnen in google|(?:ê|e)tre trouv(?:é|e)e?s?|(?:que )?nos encuentren|(?:ser|sermos) encontrad[oa]s|(?:essere|venire) trovat[ioae]|"
           r"gevonden worden|vindbaarheid|zoekmachine\w*|hoger in google|(?:beter|hoger) (?:gevonden|scoren) in google|"
           # not found on Google, said as the problem: "wir werden bei Google nicht gefunden", "on ne nous trouve pas sur Google",
           # "no aparecemos en Google", "ninguém nos encontra no Google", "non ci trovano su Google", "niemand vindt ons op Google"
           r"(?:bei|in|auf) google (?:nicht|kaum|schlecht|nirgends|nie|gar nicht) (?:gefunden|sichtbar\w*|zu finden)|(?:bei|in|auf) google findet uns (?:keiner|niemand|kaum jemand)|"
           r"(?:on ne nous trouve|personne ne nous trouve|on n'appara(?:î|i)t|nous n'apparaissons) (?:pas |jamais |plus )?(?:sur|dans) google|"
           r"(?:no aparecemos|nadie nos encuentra|no nos encuentran?) en google|(?:n(?:ã|a)o aparecemos|ningu(?:é|e)m nos encontra|n(?:ã|a)o nos encontram) no google|"
           r"(?:non ci trova(?:no)?|non appariamo|nessuno ci trova) su google|su google non ci trova\w*|"
           r"(?:niet|nauwelijks|slecht) gevonden (?:in|op|via) google|niemand vindt ons (?:op|in|via) google|(?:op|in) google (?:niet|nauwelijks) (?:te vinden|gevonden|zichtbaar)|"
           # traffic lost to a search engine's update: "nach dem Google-Update", "depuis la mise à jour de Google",
           # "tras la actualización de Google", "depois da atualização do Google", "dopo l'aggiornamento di Google"
           r"(?:google|core|algorithmus|algoritme)-?update|mise (?:à|a) jour (?:de l'algorithme )?(?:de )?google|"
           r"actualizaci(?:ó|o)n (?:del algoritmo )?de google|atualiza(?:ç|c)(?:ã|a)o (?:do algoritmo )?do google|"
           r"aggiornamento (?:dell'algoritmo )?di google",
    "paid_ads": r"(?:google-?|facebook-?|online-?|meta-?|linkedin-?)?anzeigen|werbung|werbeanzeigen|werbekampagne\w*|publicit(?:é|e)s?(?: en ligne| payantes?)?|(?:(?<=\bla )|(?<=\bde )|(?<=\bdu )|(?<=\ben )|(?<=\bdes )|(?<=\bnos )|(?<=\bune )|(?<=\bvos )|(?<=\bnotre )|(?<=\bvotre )|(?<=\bl')|(?<=\bd'))pubs?\b|annonces|"
                r"campagnes? (?:google|facebook|payantes?|sponsoris(?:é|e)es)|anuncios(?: pagados| de pago)?|publicidad(?: pagada| online)?|campa(?:ñ|n)as (?:de )?(?:google|pago|anuncios|publicidad)|"
                r"an(?:ú|u)ncios|tr(?:á|a)fego pago|m(?:í|i)dia paga|publicidade|annunci|pubblicit(?:à|a)|campagne (?:google|sponsorizzate|a pagamento)|campagne pubblicitarie|inserzioni|sponsorizzate|"
                r"advertenties|adverteren|betaalde (?:campagnes|advertenties)|"
                # paid traffic and paid media, and posts paid to be shown ("tráfego pago", "gestor de tráfego", "trafic payant",
                # "bezahlter Traffic", "medios pagados", "traffico a pagamento", "betaald verkeer", "boosted posts")
                r"bezahlte[rn]? (?:traffic|reichweite|medien|kan(?:ä|ae)le|kampagnen|suche)|paid[- ]?traffic|gesponserte (?:posts|beitr(?:ä|ae)ge|inhalte)|"
                r"trafic payant|m(?:é|e)dias? payants?|acquisition payante|r(?:é|e)f(?:é|e)rencement payant|(?:posts?|publications?|contenus?) sponsoris(?:é|e)s?|"
                r"tr(?:á|a)fico (?:pago|pagado|de pago)|medios (?:pagados|pagos|de pago)|(?:publicaciones|posts?|contenidos?) patrocinad[oa]s|"
                r"gest(?:ã|a)o de tr(?:á|a)fego|gestor(?:a)? de tr(?:á|a)fego|tr(?:á|a)fego (?:pago|patrocinado)|(?:posts?|publica(?:ç|c)(?:õ|o)es|conte(?:ú|u)dos?) patrocinad[oa]s|"
                r"impulsionamento|impulsionar (?:os |as |nossos |nossas )?(?:posts?|publica(?:ç|c)(?:õ|o)es|an(?:ú|u)ncios)|"
                r"traffico (?:a pagamento|pagato)|media a pagamento|(?:post|contenuti) sponsorizzati|sponsorizzazion[ei]|"
                r"betaald verkeer|betaalde (?:media|zoekresultaten|kanalen|posts)|gesponsorde (?:posts|berichten|content)|"
                # SEA, search-engine advertising as Europe names it, beside SEO or with its campaigns: "SEO et SEA", "SEA-Kampagnen"
                r"sea[- ](?:kampagne\w*|campagnes?|campa(?:ñ|n)as?|campanhas?|campagne|advertenties|anzeigen)|(?:campagnes?|kampagnen?|campa(?:ñ|n)as?|campanhas?|campagne) sea|(?:(?<=seo et )|(?<=seo und )|(?<=seo y )|(?<=seo e )|(?<=seo en )|(?<=seo & )|(?<=seo \+ )|(?<=seo/)|(?<=seo, )|(?<=seo and ))sea|sea\s*(?:et|und|y|e|en|&|\+|/|,)\s*seo",
    "social_media": r"soziale(?:n)? (?:medien|netzwerke)|social-media|r(?:é|e)seaux sociaux|redes sociales|redes sociais|m(?:í|i)dias sociais|sociale media|socials",
    "content_marketing": r"inhalte|blogartikel|texte|contenus?|r(?:é|e)daction|articles de blog|contenidos?|redacci(?:ó|o)n|conte(?:ú|u)dos?|contenuti|contenuto|"
                         r"redazione|teksten|blogs",
    "email_marketing": r"e-?mail-?marketing|e-?mailing|boletines|bolet(?:í|i)n|correos(?: electr(?:ó|o)nicos)?|e-?mails? (?:a|aos|para) (?:clientes|nossos)|mailings?|nieuwsbrie\w*|"
                       r"e-?mailcampagne\w*|infolettres?|courriels?|lettre d'information",
    "marketing_automation": r"automatisierung|automatisation|automatizaci(?:ó|o)n|automa(?:ç|c)(?:ã|a)o|automazione|automatisering|marketingautomat\w*|"
                            # the verb too: "automatiser nos relances par email", "Follow-ups automatisieren", "automatizar los seguimientos"
                            r"automatis(?:er|ons|ez|(?:é|e)e?s?)|automatisier(?:en|t|te|ten)?|automatiz(?:ar|amos|ado|ados|ada|adas)|automatizz(?:are|iamo|ato|ati|ata|ate)|automatiser(?:en|t|de)?",
    "crm": r"kundenverwaltung|kundendaten|gestion (?:de la )?relation client|gesti(?:ó|o)n de clientes|gest(?:ã|a)o de clientes|gestione (?:dei )?clienti|klantbeheer|klantenbestand",
    # an online shop wanted, built or launched: "want an online shop that actually works", "lancer une boutique en ligne",
    # "einen Onlineshop aufbauen", "montar una tienda online", "criar uma loja online", "aprire un negozio online", "een
    # webshop laten bouwen" ("we're an online shop" is the business, no need)
    "website": r"(?:want|need|build|launch|set up|start|open|create|get|lancer|cr(?:é|e)er|ouvrir|monter|montar|crear|abrir|lanzar|criar|lan(?:ç|c)ar|aprire|creare|lanciare|"
               r"quiero|queremos|necesitamos|quero|queremos|precisamos|vorrei|vogliamo|wollen|brauchen|willen|voulons|aimerions)\s+(?:[\w'-]+\s+){0,3}?"
               r"(?:online (?:shop|store)|e-?shop|web ?shop|online-?shop|boutique (?:en ligne|e-commerce)|tienda (?:online|en l(?:í|i)nea|virtual)|loja (?:online|virtual)|negozio (?:online|on-line)|e-?commerce (?:site|store|shop|website))\b|"
               r"(?:online-?shop|webshop)\s+(?:aufbauen|bauen|erstellen|laten bouwen|bouwen|opzetten)\b|"
               r"web corporativa|(?:sitio|site) (?:web )?(?:corporativo|institucional)|site (?:corporate|institutionnel|vitrine)|sito (?:web )?(?:aziendale|istituzionale|corporate)|"
               r"bedrijfswebsite|(?:firmen|unternehmens)-?(?:website|webseite|homepage)|(?:rehacer|renovar|redise(?:ñ|n)ar|actualizar|mejorar|cambiar|hacer) (?:la|nuestra) web\b|(?:ayuda|apoyo) (?:con|para) (?:la|nuestra) web\b|"
               # selling (more) online: "sell more online", "mehr online verkaufen", "vendre plus en ligne", "vender más online",
               # "vendere di più online", "meer online verkopen"
               r"sell (?:a lot )?more online|(?:mehr|besser) online verkaufen|vendre (?:plus|davantage|mieux) en ligne|vender (?:m(?:á|a)s|mais|mejor|melhor) (?:en l(?:í|i)nea|online|por internet|pela internet)|"
               r"vendere (?:di )?pi(?:ù|u) online|meer online verkopen|"
               r"vendre en ligne|online verkaufen|verkaufen online|vender (?:en l(?:í|i)nea|online|por internet)|vendere online|online verkopen|(?:nuestra|vuestra|mi|tu) web\b|nueva web\b|una web nueva\b|webseite|internetseite|internetauftritt|webauftritt|relaunch|site (?:internet|web)|refonte|p(?:á|a)gina web|sitio web|site novo|novo site|"
               r"sito(?: web| internet)?|sitio",
    # a clinical laboratory's analyses are what it sells ("laboratorio di analisi cliniche", "análises clínicas"), no need
    "analytics": r"auswertung\w*|kennzahlen|(?<!laboratoire d')(?<!medizinische )(?<!klinische )analys(?:en?|es)?(?![a-z])(?! (?:m(?:é|e)dicales|de biologie|cliniques))|rapports?|tableaux? de bord|suivi|mesure|informes?|anal(?:í|i)tica|m(?:é|e)tricas|relat(?:ó|o)rios?|"
                 r"(?<!laborat(?:ó|o)rio de )an(?:á|a)lise(?! cl(?:í|i)nica)|rapporti|reportistica|metriche|(?<!laboratorio di )(?<!laboratorio )analisi(?! (?:cliniche|mediche|del sangue|di laboratorio))|"
                 r"rapportage\w*|cijfers|meten|inzicht\w*",
}
_CATEGORY_RES = tuple((name, lazy_compile(rf"\b(?:{pattern}|{_LOCAL[name]})(?:s|es)?(?![a-z])")) for name, pattern in _CATEGORIES)


@cache
def _category_prefilter() -> Prefilter:
    """Which of ``_CATEGORY_RES`` may match a text (built on first use: reading the patterns' needles takes a while)."""
    return Prefilter(pattern.pattern for _, pattern in _CATEGORY_RES)


# A category word said this way is not a need ("we use Salesforce as our CRM" is a
# tool, "ad agency" an industry), unless the visitor asks for help with it.
_NOT_A_NEED = lazy_compile(
    r"\bmore (?:[\w-]+ ){1,2}than (?:we|i) can (?:handle|manage|take|cope with)|"
    # more than the visitor can serve, in the other languages: "mehr Mandanten als wir bedienen können", "más clientes de los
    # que podemos atender", "mais clientes do que conseguimos atender", "più clienti di quanti ne possiamo gestire", "meer klanten dan we aankunnen"
    r"\bmehr (?:[\w-]+ ){1,2}als (?:wir|ich) (?:\w+ )?(?:bedienen|schaffen|bew(?:ä|ae)ltigen|stemmen|annehmen)|\bm(?:á|a)s (?:[\w-]+ ){1,2}de (?:los|las) que (?:podemos|puedo) (?:atender|gestionar|asumir)|"
    r"\bmais (?:[\w-]+ ){1,2}do que (?:conseguimos|podemos|consigo|posso) (?:atender|dar conta|gerir)|\bpi(?:ù|u) (?:[\w-]+ ){1,2}di quant[ie] (?:ne )?(?:possiamo|posso|riusciamo a) (?:gestire|servire|seguire)|"
    r"\bmeer (?:[\w-]+ ){1,2}dan (?:we|wij|ik) (?:aankunnen|aan kunnen|kunnen (?:bedienen|behappen|aan))|\bplus de (?:[\w-]+ ){1,2}que (?:nous ne pouvons|nous pouvons|on ne peut|on peut)|\btoo many (?:[\w-]+ ){1,2}|\b(?:my|the|our) (?:email|e-mail)(?: address)? is|\bemail me|\bemail at|\bemail:|\be-mail:|\be-?mail(?:[- ]?(?:address|adresse|adres|adresse))?\s*(?:[:=-]|'s|is|ist|est|es|é|è|e)?\s*(?=[^\s@]+@)|\bcontact me|@|\bad agency|\badvertising agency|"
    # More customers said to ask for something, or lost: they are had already ("more clients are asking for video", "immer mehr
    # Kunden fragen nach", "de plus en plus de clients demandent", "we lost more clients than we won"), no lead-generation need
    r"\b(?:more|mehr|plus de|m(?:á|a)s|mais|pi(?:ù|u)|meer) (?:[\w-]+ ){0,2}?(?:customers|clients|patients|users|buyers|kunden|mandanten|klienten|kundschaft|clientes|clientela|pacientes|clienti|pazienti|klanten|cli(?:ë|e)nten|pati(?:ë|e)nten) "
    r"(?:(?:are|have|keep|now|started|also|auch|now|ook|nous|nos|ci|ons|uns)\s+)*(?:asking|requesting|demanding|want|wanting|ask|request|expect|expecting|"
    r"fragen|verlangen|erwarten|demandent|veulent|r(?:é|e)clament|exigent|attendent|piden|quieren|exigen|solicitan|pedem|querem|exigem|solicitam|"
    r"chiedono|vogliono|richiedono|pretendono|vragen|verwachten|eisen)\b|"
    r"\b(?:lost|lose|losing|verloren|perdu|perdi(?:do|mos)|perdemos|perso|persi)\s+(?:more|mehr|plus de|m(?:á|a)s|mais|pi(?:ù|u)|meer) (?:[\w-]+ ){1,2}?(?:than|als|que|de (?:los|las) que|do que|di quant[ie]|dan)\b|"
    r"\b(?:more|mehr|plus de|m(?:á|a)s|mais|pi(?:ù|u)|meer) (?:[\w-]+ ){1,2}?(?:verloren als|perdu(?:s|es)? que)\b|"
    # "sono AD", "soy el AD": the managing director in shorthand, no advert
    r"\b(?:sono|soy|sou|je suis|ich bin|bin|ik ben|i'?m)\s+(?:(?:el|la|o|a|il|der|die|le|the)\s+|l')?ad\b|"
    # the Portuguese "without": "sem orçamento definido", "sem pressa" (no SEM)
    r"\bsem(?= (?:o|a|os|as|um|uma|nenhum\w*|qualquer|or(?:ç|c)amento|verba|prazo|pressa|dinheiro|tempo|ideia|resultados?|definir|saber|problema|d(?:ú|u)vida|data)\b)|"
    # ... nor before a service it goes without: "sem anúncios, só SEO", "sem tráfego pago"
    r"\bsem(?= (?:an(?:ú|u)ncios|tr(?:á|a)fego|publicidade|m(?:í|i)dia|campanhas?|site|loja|redes|e-?mails?|newsletters?|conte(?:ú|u)dos?|blog|automa(?:ç|c)(?:ã|a)o|crm|seo)\b)|"
    r"\bgrowth (?:lead|manager|marketing manager|director)|\bhead of growth\b|\bvp (?:of )?growth|\bleads? (?:the|a|our)\b|\bi lead\b|\bteam lead\b|\blead (?:generation )?(?:agency|company)\b"
)
# The visitor's own contact detail asked about: why the bot wants it, in the seven languages ("why do you need my email?",
# "Brauchen Sie wirklich meine E-Mail?", "pourquoi mon e-mail ?", "¿para qué necesitan mi correo?", "por que precisam do
# meu e-mail?", "perché vi serve la mia email?", "waarom hebben jullie mijn e-mail nodig?"). "My email" closes its noun
# phrase there ("my email list is a mess" and "help with our email" still name email marketing), and the sentence asks why or
# whether it is needed.
_MY = (r"(?:my|mein(?:e|en|er)?|mon|ma|mes|mi|mis|(?:o |do |d[oa] )?meu|(?:a |da )?minha|(?:la |il |i |le )?mi[oae]|miei|mijn)")
_MY_DETAIL = (r"(?:e-?mail(?:[- ]?(?:address|adresse|adres|adresa))?|mail(?:adresse|adres)?|adresse (?:e-?)?mail|courriel|correo(?: electr(?:ó|o)nico)?|"
              r"phone(?: number)?|(?:mobile|cell)(?: number)?|number|telefon(?:nummer)?|handy(?:nummer)?|num(?:é|e)ro(?: de t(?:é|e)l(?:é|e)phone| de tel(?:é|e)fono| de telefone)?|"
              r"t(?:é|e)l(?:é|e)phone|tel(?:é|e)fono|telefone|celular|cellulare|telefoonnummer|nummer|budget|presupuesto|or(?:ç|c)amento|"
              r"(?:full |last )?name|nachname|nom|nombre|nome|naam|(?:contact )?details|(?:kontakt)?daten|donn(?:é|e)es|coordonn(?:é|e)es|datos|dados|dati|gegevens)")
_WHY_ASKED = (r"(?:why|what for|what do you need|what(?:'s| is) \w+ for|do you (?:really |actually |even |still )?(?:need|want|require)|"
              r"necessary|needed|required|mandatory|have to (?:give|share|provide)|must i|"
              r"warum|wozu|wof(?:ü|ue)r|weshalb|wieso|brauchen sie|braucht ihr|brauchst du|n(?:ö|oe)tig|notwendig|muss ich|"
              r"pourquoi|(?:à|a) quoi|besoin|faut-il|n(?:é|e)cessaire|obligatoire|dois-je|"
              r"por ?qu(?:é|e)|para qu(?:é|e)|pra qu(?:ê|e)|necesit\w*|necesari[oa]|obligatori[oa]|tengo que|precis\w*|necess(?:á|a)ri[oa]|obrigat(?:ó|o)ri[oa]|tenho que|"
              r"perch(?:é|e)|a (?:che )?cosa|serv(?:e|ono)|bisogno|necessari[oa]|obbligatori[oa]|devo|"
              r"waarom|waarvoor|nodig|verplicht|moet ik)")
_MY_DETAIL_ASKED = lazy_compile(
    rf"\b{_MY}\s+{_MY_DETAIL}(?![\w-])(?!\s+(?!(?:for|für|fuer|pour|para|per|voor|nodig|really|exactly|then|wirklich|vraiment|realmente|davvero|echt|"
    rf"and|or|und|oder|et|ou|y|o|e|en|of)\b)[^\W\d_])")
_ASKED_WHY = lazy_compile(rf"(?:^|[^\w])(?:{_WHY_ASKED})(?![\w])")


def _own_details_asked_about(lower: str) -> str:
    """``lower`` with the visitor's own contact detail blanked in each sentence that asks why it is wanted: the sentence
    is a question about the data, which names no need."""
    out = lower
    for sentence in re.finditer(r"[^.!?\n]+[.!?\n]*", lower):
        said = sentence.group(0)
        if not (_ASKED_WHY.search(said) and ("?" in said or _ASKED_WHY.match(said.lstrip(" ¿¡")))):
            continue
        for m in _MY_DETAIL_ASKED.finditer(said):
            start, end = sentence.start() + m.start(), sentence.start() + m.end()
            out = out[:start] + " " * (end - start) + out[end:]
    return out


_NEED_CUES = lazy_compile(
    r"\b(?:" + _FEWER + r"|do you (?:do|offer|provide|handle|build|make|help)|can you|could you|how much|what do you charge|costs?|quote|pricing|prices?|estimate|from (?:19|20)\d\d|(?:von|aus|de|del|dal|da|uit|van) (?:19|20)\d\d|(?<!thanks )(?<!thank you )for (?:the|a|our) (?:new|full|whole|complete) (?:[\w-]+ (?:&|and|\+) )?(?:web ?site|site)\b|need|needs|needed|want|wanting|looking for|looking to|help|improve|fix|better|more|increase|boost|grow|struggl\w*|problem|issue|"
    r"terrible|bad|poor|weak|not working|isn'?t working|aren'?t working|doesn'?t work|broken|outdated|old|slow|redo|revamp|overhaul|launch|build|"
    r"set up|setup|implement|migrate|clean up|strategy|wants|needing|replatform\w*|re-platform\w*|relaunch\w*|rebuild\w*|revamp\w*|redesign\w*|refondre|refondu|"
    r"support|audit|scale|optimi[sz]e|hoping|goal|interested|focus|priority|challenge|lack|low|no|"
    # a tender or request for proposals is work wanted: "picking up the website tender", "Ausschreibung für die Website"
    r"tenders?|rfps?|rfqs?|request for (?:proposals?|quotes?|quotations?)|ausschreibung\w*|appels? d'offres|licitaci(?:ó|o)n|licita(?:ç|c)(?:ã|a)o|gara d'appalto|bando di gara|aanbesteding\w*|"
    # sent to find someone for it: "my MD asked me to find someone for a new website", "encontrar a alguien para"
    r"(?:to|asked me to|been asked to) find (?:someone|somebody|an? (?:agency|partner|freelancer|company|firm|vendor|provider|developer|designer|consultant|team))|"
    r"encontrar (?:a )?(?:alguien|algu(?:é|e)m)|"
    r"built (?:back )?in (?:19|20)\d\d|dinosaur|prehistoric|invisible|unknown|ancient|dated|ugly|sucks?|awful|clunky|embarrassing|mess|messy|crap|crappy|trash|garbage|rubbish|junk|a joke|horrible|rebuild|refresh|moderni[sz]e|dry|nobody|nothing|zero|"
    r"don'?t|doesn'?t|isn'?t|aren'?t|can'?t|hasn'?t|haven'?t|wasn'?t|weren'?t|won'?t|keep(?:ing)? up|kept up|never|stuck|flat|declin\w*|drop\w*|dead|useless|wasting|waste|burning|expensive|get|generate|drive|start|"
    # the same cues in the other languages visitors write (issue 15)
    r"ziel|objectif|objetivo|obiettivo|doel|lancer|lanzar|lan(?:ç|c)ar|lanciare|lanceren|ne (?:marche|fonctionne|donne) (?:pas|rien)|funktioniert nicht|no funciona|n(?:ã|a)o funciona|non funziona|werkt niet|sans r(?:é|e)sultat|ohne erfolg|sin resultado|sem resultado|senza risultat[io]|zonder resultaat|"
    r"brauche[n]?|ben(?:ö|oe)tigen|wollen|m(?:ö|oe)chten|suchen|mehr|besser\w*|verbessern|hilfe|neue[nrs]?|bringen nichts|"
    r"besoin|voulons|veut|veux|cherch\w*|plus|meilleur\w*|am(?:é|e)liorer|aide|nouveau|nouvelle|refonte|trouver|g(?:é|e)rer|"
    # "outdated", "old-fashioned", "to redo" in the other languages: "Unsere Website ist völlig veraltet", "Website moet opnieuw"
    r"veraltet|altmodisch|erneuer\w*|(?:ü|ue)berarbeit\w*|obsol(?:è|e)te|vieillot\w*|d(?:é|e)mod(?:é|e)e?|refaire|anticuad[oa]|desactualizad[oa]|rehacer|renovar|"
    r"desatualizad[oa]|ultrapassad[oa]|refazer|refeit[oa]|datat[oa]|vecchi[oa]|obsolet[oa]|superat[oa]|verouderd|ouderwets|gedateerd|opnieuw|vernieuw\w*|"
    r"necesit\w*|queremos|quiero|buscamos|m(?:á|a)s|mejor\w*|mejorar|ayuda|nuev[oa]s?|conseguir|"
    r"precis\w*|quero|mais|melhor\w*|melhorar|ajuda|nov[oa]s?|gerar|aparecer|"
    r"vorremmo|vogliamo|voglio|serve|servono|bisogno|cerchiamo|pi(?:ù|u)|miglior\w*|aiuto|nuov[oa]|rifare|"
    r"willen|wil|zoeken|nodig|meer|beter\w*|verbeteren|hulp|nieuwe?)\b"
)


# The service named by its trade's own name ("a retainer for demand gen", "250.000 euro per la lead generation"): a need
# with no other cue, where "leads" or "pipeline" alone need one. The same name before "agency" is a kind of firm.
_SERVICE_NAMED = lazy_compile(r"\b(?:demand[- ]?gen(?:eration)?|lead[- ]?gen(?:eration)?|leadgen)\b(?!\s+(?:agency|agencies|company|firm|business|shop|specialists?|agentur|agence|agencia|ag(?:ê|e)ncia|agenzia|bureau))")


# "without paying for ads", "sin pagar anuncios", "ohne Werbung": a category said as what the visitor wants to do without.
_WITHOUT = lazy_compile(r"\b(?:without|w/o|sin|sans|ohne|sem|senza|zonder)\s+(?:(?:paying|pagar|payer|bezahlte?n?|pagare|betalen|te|for|de|des|por|per|voor|any|more|extra|fuer|für)\s+){0,3}$")
# A service refused or left out, in the seven languages: "we don't want ads", "no email marketing please, just SEO",
# "kein SEO, nur Anzeigen", "pas de pub, juste du référencement", "nada de anuncios", "niente newsletter, solo SEO",
# "geen advertenties, alleen SEO", "everything except social". Said with a verb of not wanting it is refused anyway;
# "Y, not X" sets X aside by itself; a bare "no X" opening a clause only with a word that sets it aside ("please", "just Y", "instead"), since it
# more often says what is lacking ("no website yet", "kein SEO bisher", "pas de site") and that is a need.
_REFUSING = (
    r"(?:do not|don'?t|dont|does not|doesn'?t|won'?t|wouldn'?t|will not|never)\s+(?:really\s+)?(?:need|want|care about)|"
    r"not (?:interested in|looking for|after|keen on|into|considering)|no (?:interest in|need for)|rather not|"
    r"except(?: for)?|excluding|rather than|instead of|anything but|everything but|"
    r"(?:brauchen|wollen|m(?:ö|oe)chten|ben(?:ö|oe)tigen|suchen)\s+(?:wir|ich)?\s*(?:kein\w*|nicht)|kein interesse an|au(?:ß|ss)er|(?:an)?statt|anstelle von|"
    r"pas besoin d[e']|(?:ne )?(?:voulons|veut|veux|cherchons|cherche|souhaitons|souhaite) pas d[e']|pas int(?:é|e)ress(?:é|e)e?s? par|sauf|hormis|(?:à|a) part|plut(?:ô|o)t que|au lieu d[e']|"
    r"no (?:necesitamos|necesito|queremos|quiero|buscamos|nos interesa|me interesa|hace falta)|excepto|salvo|en vez de|en lugar de|"
    r"non (?:ci |mi )?(?:serve|servono|vogliamo|voglio|cerchiamo|interessa|abbiamo bisogno d[i'])|tranne|eccetto|invece d[i']|anzich(?:é|e)|"
    r"n(?:ã|a)o (?:precisamos|preciso|queremos|quero|procuramos|nos interessa|me interessa)|exceto|em vez d[e']|ao inv(?:é|e)s d[e']|"
    r"(?:willen|hoeven|zoeken|wil|hoef)\s+(?:we|wij|ik)?\s*(?:geen|niet)|geen interesse in|behalve|in plaats van"
)
_BARE_NO = r"no|not|kein(?:e|en|er)?|pas de|pas d'|nada de|niente|nessun[oa]?|non|n(?:ã|a)o|geen|niet"
# the words a refusing verb may have before the service: "don't want to spend any more on ads", "non vogliamo più la newsletter"
_GAP = (r"(?:to|do|doing|any|more|anymore|a|an|the|our|new|paid|extra|of|with|some|on|in|into|spend(?:ing)?|invest(?:ing)?|money|focus(?:ing)?|"
        r"kein\w*|eine?[nm]?|die|das|den|dem|mehr|plus|de|d'|du|des|la|le|les|el|los|las|un|une|una|uno|um|uma|il|lo|gli|o|os|as|het|een|"
        r"m(?:á|a)s|mais|pi(?:ù|u)|meer|nuestr\w*|notre|nos|unser\w*|onze|nostr\w*|noss\w*)")
_FILLER = r"(?:more|any|paid|extra|mehr|weitere[ns]?|plus|m(?:á|a)s|mais|pi(?:ù|u)|meer|de|d'|du|des|del|la|el|le|les|o|a|os|as|il|lo|gli|the)"
_REFUSED_BEFORE = lazy_compile(
    rf"(?:(?P<verb>\b(?:{_REFUSING}))(?:\s+{_GAP}){{0,4}}|(?P<contrast>\w[^,;]*[,;]\s*(?:not|nicht|pas|non|niet|n(?:ã|a)o)(?:\s+{_FILLER}){{0,2}})"
    rf"|(?P<bare>(?:^|[,;:(/+&]|\b(?:and|also|so|und|auch|et|y|e|en|ok|okay)\b)\s*(?:{_BARE_NO})(?:\s+{_FILLER}){{0,2}}))\s*$")
# what sets a bare "no X" aside as refused: a please or a thanks, or another thing said to be the only one wanted
_SET_ASIDE = lazy_compile(
    r"\b(?:please|pls|thanks|thank you|bitte|danke|merci|s'il (?:te|vous) pla(?:î|i)t|por favor|gracias|per favore|grazie|obrigad[oa]|alsjeblieft|alstublieft|graag|bedankt|"
    r"just|only|instead|rather|nur|sondern|lieber|stattdessen|juste|seulement|uniquement|plut(?:ô|o)t|solo|s(?:ó|o)lo|solamente|sino|m(?:á|a)s bien|s(?:ó|o)|apenas|somente|"
    r"soltanto|solamente|piuttosto|alleen|enkel|liever|thx|ty)\b|\bno,? thanks\b")
# ... unless the clause says it lacks it for now ("no website yet", "noch kein SEO", "pas encore de site")
_LACKING = lazy_compile(r"\b(?:yet|at all|though|whatsoever|so far|currently|right now|noch|bisher|encore|todav(?:í|i)a|a(?:ú|u)n|ainda|ancora|finora|nog|coming in)\b")
# ... or is said after it: "email marketing, no thanks", "SEO not needed", "Werbung brauchen wir nicht", "la pub, pas besoin"
_REFUSED_AFTER = lazy_compile(
    r"^(?:\s+(?:is|are|ist|sind|est|sont|es|son|(?:é|e)|s(?:ã|a)o|(?:è|e)|sono|is|zijn))?[\s,:-]*"
    r"(?:not (?:needed|necessary|wanted|required|for us|a priority)|no,? thanks|no need|nicht (?:n(?:ö|oe)tig|notwendig|gew(?:ü|ue)nscht|gewollt)|brauchen wir nicht|"
    r"pas (?:besoin|n(?:é|e)cessaire|pour nous)|on n'en veut pas|non merci|no (?:hace falta|es necesari[oa]|lo necesitamos|la necesitamos|(?:nos|me) interesan?|gracias)|"
    r"n(?:ã|a)o (?:(?:é|e) (?:necess(?:á|a)ri[oa]|preciso)|precisamos|obrigad[oa]|nos interessa)|non (?:serve|ci serve|(?:è|e) necessari[oa]|ci interessa|grazie)|"
    r"niet (?:nodig|gewenst)|hoeft niet|hebben we niet nodig|nee,? dank\w*)\b")


_DOING = lazy_compile(r"(?!advertising|marketing)[a-z]+ing\b|found\b|visible\b|seen\b")


def _refused(masked: str, start: int, end: int) -> bool:
    """Whether the category said at ``start``..``end`` is a service the visitor refuses or leaves out (``_REFUSING``)."""
    sentence_start = max(masked.rfind(c, 0, start) for c in ".!?\n") + 1
    found = _REFUSED_BEFORE.search(masked[sentence_start:start])  # (its "^" is the sentence's opening)
    if found and not found.group("verb") and re.search(r"\bnot\s*$", found.group(0)) and _DOING.match(masked, start):
        return False  # "our site is ok, not ranking on google": a thing not happening, which is the need
    if found and found.group("verb"):
        return True
    sentence_end = min([i for i in (masked.find(c, end) for c in ".!?\n") if i >= 0] or [len(masked)])
    sentence = masked[sentence_start:sentence_end]
    clause_end = min([i for i in (masked.find(c, end) for c in ",;:.!?\n") if i >= 0] or [len(masked)])
    if found and (found.group("contrast") or _SET_ASIDE.search(sentence)) and not _LACKING.search(masked, sentence_start + found.start(), clause_end):
        return True
    return _REFUSED_AFTER.match(masked[end:sentence_end]) is not None


# "15k for the rebrand + site", "5k on a new website": what an amount is for is a need.
# "budget for a website is about 1500 quid", "Budget für die neue Website": what a budget is said to be for, too.
# "15 and 25k USD set aside for a new site", "8,000 EUR allocated to a new site": a sum kept for a thing names it too.
_MONEY_FOR = lazy_compile(r"(?:\d\s*k?|thousand|grand|pounds|euros?|dollars|bucks|quid)\s+(?:(?:usd|eur|gbp|aud|cad|nzd|chf|sgd|inr)\s+)?"
                          r"(?:(?:set aside|put aside|put by|earmarked|allocated|budgeted|reserved|ring-?fenced|saved(?: up)?)\s+)?"
                          r"(?:(?:tops|max|maximum|at most|or so|ish|total|all in|all-in|in total)\s+)?(?:for|on|to)\s+(?:the|a|an|our|a new|new)\b|"
                          r"\b(?:set aside|put aside|earmarked|allocated|budgeted|ring-?fenced)\s+(?:about |around |roughly |some )?(?:[$€£]\s*)?\d[\d.,]*\s*(?:k|grand|thousand)?\s+"
                          r"(?:(?:usd|eur|gbp|dollars|euros|pounds)\s+)?(?:for|to)\s+(?:the|a|an|our|a new|new)\b|"
                          r"\bbudget\s+(?:for|on|f(?:ü|ue)r|pour|para|per|voor)\s+(?:the|a|an|our|a new|new|die|den|das|eine[nm]?|unsere[nm]?|le|la|un|une|notre|el|los|una|nuestra|o|um|uma|nosso|nossa|il|lo|un|una|il nostro|de|het|een|onze)\b|"
                          r"\b(?:presupuesto|or(?:ç|c)amento)\s+para\b")


# "Where could we help?" "nothing": an empty need, which the playbook's no-need rule reads.
# "Not sure" said first, then a reason that names nothing wanted ("honestly not sure, our agency just ghosted us",
# "keine Ahnung, die alte Agentur ist weg"): the visitor does not know the need yet.
_UNSURE_FIRST = lazy_compile(
    r"\W*(?:(?:honestly|tbh|to be honest|truthfully|erm+|um+|uh+|well|ehrlich gesagt|franchement|sinceramente|onestamente|eerlijk gezegd)\W+)?"
    r"(?:(?:i'?m |we'?re |i am |we are )?not (?:really |totally |entirely )?sure|unsure|no idea|no clue|dunno|(?:i |we )?don'?t (?:really )?know|idk|"
    r"keine ahnung|wei(?:ß|ss) (?:ich )?(?:es )?nicht|aucune id(?:é|e)e|je ne sais pas|pas s(?:û|u)re?|no (?:lo )?s(?:é|e)|ni idea|n(?:ã|a)o sei|non (?:lo )?so|"
    r"geen idee|weet ik niet|geen flauw idee)(?:\s+(?:tbh|honestly|really|yet|lol|ehrlich gesagt|franchement|la verdad|sinceramente|onestamente|eerlijk gezegd))?\s*(?:[,.;:!—–-]|$)")
_NO_NEED = lazy_compile(
    r"\W*(?:no|nope|none|nothing|nothing really|nothing at all|not really|no need|"
    r"(?:we|i) (?:don'?t|do not) need (?:anything|any help|help|you)|not interested|we'?re (?:all )?good|all good)\W*"
)


# "just browsing", "nur am schauen", "je regarde juste": a visitor looking around names no need, in the seven languages.
_BROWSING = lazy_compile(
    r"\W*(?:(?:(?:i'?m|i am|we'?re|we are)\s+)?(?:just|only|simply|merely|mostly|really just)?\s*(?:browsing|looking around|looking|having a (?:quick )?look(?: around)?|"
    r"taking a (?:quick )?look(?: around)?|checking (?:you|things|it) out|poking around|nosing around|curious|window shopping)(?: (?:for now|at the moment|right now|really|around))?|"
    r"(?:ich )?(?:schaue?|gucke?|sehe) (?:mich )?(?:nur|blo(?:ß|ss)) (?:mal )?(?:um|so|rum)?|(?:nur|blo(?:ß|ss)) (?:am )?(?:schauen|gucken|umschauen|umsehen|st(?:ö|oe)bern|informieren)|"
    r"(?:je )?(?:regarde|jette un (?:coup d['’])?(?:œ|oe)il|me renseigne|fais un tour)(?: (?:juste|seulement|simplement|un peu))*|(?:juste|seulement|simplement) (?:pour )?(?:regarder|voir|jeter un (?:coup d['’])?(?:œ|oe)il|curieux|curieuse)|"
    r"(?:s(?:ó|o)lo|solamente|nada m(?:á|a)s)\s+(?:estoy\s+)?(?:mirando|curioseando|echando un vistazo|viendo)|(?:estoy\s+)?(?:mirando|curioseando|echando un vistazo)(?: nada m(?:á|a)s| s(?:ó|o)lo)?|"
    r"(?:s(?:ó|o)|apenas)\s+(?:estou\s+)?(?:a\s+)?(?:ver|olhando|espiando|dando uma olhada|dar uma vista de olhos)|(?:estou\s+)?(?:s(?:ó|o)\s+)?(?:a\s+)?(?:dar uma olhada|dando uma olhada)|"
    r"(?:sto\s+)?(?:solo|soltanto|solamente)\s+(?:sto\s+)?(?:guardando|dando un'?\s?occhiata|curiosando)|(?:do|sto dando) (?:solo )?un'?\s?occhiata|"
    r"(?:ik\s+)?(?:kijk|kijken)\s+(?:alleen|gewoon|maar)?\s*(?:even\s+)?(?:rond|wat rond)|(?:alleen|gewoon) (?:even )?(?:rondkijken|kijken|aan het kijken|orienteren|ori(?:ë|e)nteren)"
    r")\W*"
)


# A tool the visitor uses, named with its category ("we use zoho crm", "wir nutzen HubSpot CRM", "usiamo HubSpot come CRM"),
# and what it spends now on a channel ("we spend about 1.5k a month on facebook ads now"): facts about the business, not a
# need, unless the same sentence says something is wrong or wanted.
_TOOL_IN_USE = lazy_compile(
    r"\b(?:(?:we|i)(?:'re| are| am|'m)?\s+(?:currently |already |still |mostly |mainly )?(?:use|using|run|running|on|have)|"
    r"wir (?:nutzen|verwenden|benutzen|arbeiten mit)|on utilise|nous utilisons|j'utilise|(?:usamos|utilizamos|trabajamos con)|"
    r"(?:usiamo|utilizziamo|lavoriamo con)|(?:we|wij) (?:gebruiken|werken met))\s+(?:(?:o|a|os|el|la|le|il|lo|het|de|the|der|die|das|den)\s+)?(?P<tool>[\w.-]+(?:\s+[\w.-]+)??)"
    r"(?:\s+(?:crm|(?:as|als|comme|como|come) (?:our |a |the |notre |nuestro |il nostro |onze )?crm|for (?:our )?(?:crm|e-?mails?|newsletters?|email marketing|analytics)))?"
)
# "our CRM is Salesforce", "CRM: HubSpot", "we run everything through HubSpot CRM", "our website is on WordPress".
_TOOL_IS = lazy_compile(
    r"\b(?:(?:our|my|the) (?:crm|e-?mail(?: tool| platform| provider)?|analytics|newsletter tool|automation(?: tool)?|website|site|shop|store|cms)"
    r"(?: system| platform| tool)? (?:is built on|is built with|is on|runs on|lives in|sits in|is)|^\W*(?:crm|e-?mail|website|site|cms)\s*:|"
    r"(?:run|runs|do|manage|handle) (?:everything|it all|all of it|all our \w+|our \w+) (?:through|on|in|with))\s+(?P<tool>[\w.-]+(?:\s+[\w.-]+)??)(?:\s+crm)?(?=\W|$)"
)
_SPEND_NOW = lazy_compile(
    r"(?:" + _INTO_PLATFORMS + r"|"
    r"\b(?:we|i)(?:'re| are| am|'m)?\s+(?:currently |already |now )?(?:spend|spending|pay|paying|put|putting)\b(?:[^.!?;]|\.\d)*?\b(?:on|into|for)\s+(?:[\w-]+\s+){0,2}?(?:ads|adwords|ppc|advertising|campaigns?)\b(?:\s+(?:now|currently|at the moment|right now))?|"
    # the same in the present tense of the other languages: "wir geben 2.000 € im Monat für Google Ads aus", "on dépense 1500 € par mois en pub"
    r"\bwir (?:geben|investieren|zahlen|stecken)\b(?:[^.!?;]|\.\d)*?\b(?:f(?:ü|ue)r|in)\s+(?:[\w-]+\s+){0,2}?(?:anzeigen|werbung|ads|kampagnen)\b(?:\s+aus)?|"
    r"\b(?:on|nous) (?:d(?:é|e)pense|d(?:é|e)pensons|investit|investissons|met|mettons|paie|payons)\b(?:[^.!?;]|\.\d)*?\b(?:en|dans|sur|pour)\s+(?:[\w-]+\s+){0,2}?(?:pub|publicit(?:é|e)s?|annonces|ads|campagnes)\b|"
    r"\b(?:gastamos|invertimos|pagamos|investimos|metemos)\b(?:[^.!?;]|\.\d)*?\b(?:en|em|no|na|para|com)\s+(?:[\w-]+\s+){0,2}?(?:an(?:u|ú)ncios|publicidad|publicidade|ads|campa(?:ñ|nh)as)\b|"
    r"\b(?:spendiamo|investiamo|paghiamo)\b(?:[^.!?;]|\.\d)*?\b(?:in|su|per)\s+(?:[\w-]+\s+){0,2}?(?:annunci|pubblicit(?:à|a)|ads|campagne)\b|"
    r"\b(?:we|wij) (?:geven|besteden|investeren|betalen)\b(?:[^.!?;]|\.\d)*?\b(?:aan|in|voor)\s+(?:[\w-]+\s+){0,2}?(?:advertenties|ads|campagnes)\b(?:\s+uit)?)"
    # the channel said after the ads ("en pub facebook", "anuncios de Instagram", "advertenties op Facebook")
    r"(?:\s+(?:de|do|no|na|on|op|auf|bei|en|sur|di|su|in|im)?\s*(?:google|facebook|fb|instagram|insta|linkedin|meta|tiktok|youtube|bing)(?:\s+ads)?\b)?"
)
# Who the visitor is, said as a message's opening: "we are ...", "I'm ...", "wir sind ...", "on est ...", "siamo ...".
_SELF_DESCRIPTION = lazy_compile(
    r"^\W*(?:(?:ok|okay|so|well|hi|hello|hey|hallo|bonjour|hola|ol[aá]|ciao|hoi)\W+)?(?:we are|we'?re|i'?m|i am|im|it'?s|this is|my name|wir sind|ich bin|nous sommes|on est|je suis|c'est|"
    r"somos|soy|sou|siamo|sono|wij zijn|we zijn|ik ben|het is)\b"
)


_CONJUNCTION = lazy_compile(r"\b(?:and|und|et|y|e|but|aber|mais|pero|mas|ma|maar|so|also)\b")
_HEADS = lazy_compile(r"\W*(?:approx\.?|about|around|ca\.?|~|circa|environ|unos|cerca de|circa)?\s*\d+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\W*")
_CAPITALISED = lazy_compile(r"\W*[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w&'’.-]*|&|and|of))*\W*")


def _facts_only(text: Text, masked: str) -> bool:
    """Whether every clause of the text states who the visitor is and nothing else: a short self-description ("we're a
    dental practice in Leeds", "I'm Rahul"), a head count ("8 profs"), a name in capitals ("Harbour Physio"), or what was
    blanked as a tool in use. "we're a small hotel, occupancy is down" says a need in its second clause."""
    for start, end in text.clauses:
        said = text.original[start:end].strip()
        if not masked[start:end].strip() or not said:
            continue
        if _SELF_DESCRIPTION.match(said.lower()) and not _CONJUNCTION.search(said.lower()):
            continue
        if _HEADS.fullmatch(said) or _CAPITALISED.fullmatch(said):
            continue
        return False
    return True


# More tools listed after the first ("we use Salesforce and Marketo", "wir nutzen Salesforce und Marketo"): in use too.
_MORE_TOOLS = lazy_compile(r"\s*(?:,|and|&|\+|und|et|y|e|en)\s*(?:(?:o|a|os|el|la|le|il|lo|het|de|the|der|die|das|den)\s+)?(?P<one>[\w.-]+)(?P<two>\s+[\w.-]+)?")


def _tools_listed_end(masked: str, end: int) -> int:
    """Where a list of tools in use that begins before ``end`` ends: each further item must itself be a tool."""
    while more := _MORE_TOOLS.match(masked, end):
        if tools.tech_stack(Text.of(more.group("one")), "tech_stack"):
            end = more.end("one")
        elif more.group("two") and tools.tech_stack(Text.of(more.group("one") + more.group("two")), "tech_stack"):
            end = more.end("two")
        else:
            break
    return end


def _facts_blanked(text: Text, masked: str) -> str:
    """``masked`` with a tool said to be in use and current spend blanked, where their sentence says no need."""
    for pattern in (_TOOL_IN_USE, _TOOL_IS, _SPEND_NOW):
        for m in pattern.finditer(masked):
            if pattern is not _SPEND_NOW and not tools.tech_stack(Text.of(m.group("tool")), "tech_stack"):
                continue
            start, end = m.start(), m.end() if pattern is _SPEND_NOW else _tools_listed_end(masked, m.end())
            sentence = re.search(r"[^.!?]*$", masked[:start]).start(), end + len(re.match(r"[^.!?]*", masked[end:]).group(0))
            rest = masked[sentence[0]: start] + " " + masked[end: sentence[1]]
            if _NEED_CUES.search(rest):
                continue  # "we use zoho crm but it's a mess", "... and need help setting up workflows"
            masked = masked[:start] + " " * (end - start) + masked[end:]
    return masked


def _firm(text: Text, field: str | None) -> str | None:
    """The visitor's firm as ``nlu.identity`` reads it from the message (a tool's name is none: "Google Analytics")."""
    firm = identity.company(text, "company" if field == "company" else None)
    return None if not firm or len(firm) < 3 or tools.tech_stack(Text.of(firm), None) else firm


def _blanked(text: Text, masked: str, firm: str | None) -> str:
    """``masked`` with every mention of the firm blanked."""
    if firm is None or len(masked) != len(text.original):
        return masked
    for m in re.finditer(re.escape(firm), text.original):
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    return masked


# What joins the clause naming the firm to the need said after it: "We're Acme Analytics and we need ...", "Wir sind die
# Acme GmbH und brauchen ...", "A nossa empresa é a Acme e precisamos ...".
_AND_AFTER_FIRM = lazy_compile(r"(?i)[\s,;:.!-]*(?:(?:and|und|et|y|e|en|so|also|donc|así que|quindi|dus)\s+)?")


def _after_the_firm(summary: str, firm: str | None) -> str:
    """The summary from after the clause that names the firm, when the need is said after it ("We're Acme Analytics
    and we need help with our website" -> "we need help with our website")."""
    at = summary.find(firm) if firm else -1
    if at < 0:
        return summary
    rest = summary[at + len(firm):]
    rest = rest[_AND_AFTER_FIRM.match(rest).end():]
    return rest if re.search(r"[^\W\d_]{3}", rest) and (_NEED_CUES.search(rest.lower()) or any(p.search(rest.lower()) for _, p in _CATEGORY_RES)) else summary


def _cued(text: Text, masked: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``masked`` (between ``start`` and ``end``) says something is wrong or wanted; "no" before a capitalised
    word is the Portuguese "in the" ("uma padaria no Porto"), no cue."""
    return any(m.group(0) != "no" or not re.match(r"\s+[A-ZÀ-Þ]", text.original[m.end():])
               for m in _NEED_CUES.finditer(masked, start, len(masked) if end is None else end))


_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl")
# Said not to be known ("n/a" is no "n", a bare no, either): no need stored, and the question may be asked again.
_UNKNOWN = lazy_compile(r"\W*(?:not sure|don'?t know|dunno|no idea|idk|n/a)\W*")


def _bare_reply(text: Text) -> str | None:
    """"yes" or "no" for an answer made only of a bare yes, ok or no of any of the seven languages, as ``nlu.replies``
    reads one: the whole reply first ("d'accord", "nope, all good", "não, tudo bem"), then clause by clause with its
    filling words ("yes maybe", "hmm, not sure", "sim, claro", "no, thanks"); None for anything more. Each clause is
    three words at most, so "yes, a new logo" or "no, we need signage" says a need."""
    if whole := replies.bare_reply(text):
        return whole
    answers = set()
    for start, end in text.clauses:
        clause = text.original[start:end].strip()
        if not clause:
            continue
        if len(clause.split()) > 3:
            return None
        said = next((a for lang in _LANGUAGES if (a := replies.yes_or_no(clause, lang=lang))), None)
        if said is not None:
            answers.add(said)
        elif not replies.only_filling(clause):
            return None  # words of its own ("no, we need signage"), where "no, thanks" or "sí, gracias" has only fillers
    if "no" in answers and "yes" not in answers:
        return "no"
    return "yes" if answers else None


def need(text: Text, field: str | None, *, persona: str | None = "unread") -> Need | None:
    """Categories named and the visitor's words for them.

    ``persona`` is the text's persona when the caller has read it already (``nlu.extract`` does): reading it costs
    the most of any reader on a long run of punctuation, so a message's persona is read once."""
    lower = text.lower
    who = personas.persona(text) if persona == "unread" else persona
    if who in ("competitor", "vendor") and not personas.buying(text):
        return None  # another agency's or a vendor's own services ("we charge our clients for SEO"), no need of theirs
    categories: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    masked = _NOT_A_NEED.sub(lambda m: " " * len(m.group(0)), lower)
    # "why do you need my email?": a question about the visitor's own data, no email-marketing need
    unasked = masked
    masked = _own_details_asked_about(masked)
    asked_about_data = masked != unasked
    # Then the addresses (``Text.words``), blanked after: "email me at jo@..." is no email-marketing need because an
    # address follows "email", which the pattern above reads.
    masked = "".join(" " if w == " " else c for c, w in zip(masked, text.words))
    # A student's thesis topic ("my dissertation on marketing automation") is what they study, not what they need.
    studied = personas.without_study_topics(text, masked) if who == "student" else masked
    a_student_topic = studied != masked
    # How the visitor came to us names no need either ("saw your post on linkedin").
    masked = personas.without_how_they_came(studied)
    masked = _facts_blanked(text, masked)
    came_by = masked != studied
    # The visitor's firm named in the message is no need ("I'm Jane from Acme Analytics, we need help with our website",
    # "somos Growth Marketing Lab, necesitamos una web"): its name's words are blanked, what it is called says nothing
    # wanted. (A tool named so is read as a tool: "Google Analytics" is no firm.)
    firm = _firm(text, field)
    masked = _blanked(text, masked, firm)
    cued = _NEED_CUES.search(lower) is not None or _MONEY_FOR.search(lower) is not None
    refused: list[tuple[int, int]] = []
    # Most messages name few categories: the patterns that certainly find nothing in the text are not searched (nlu.prefilter).
    maybe = _category_prefilter().maybe(masked)
    for index, (name, pattern) in enumerate(_CATEGORY_RES):
        if index not in maybe:
            continue
        for m in pattern.finditer(masked):
            if _WITHOUT.search(lower, max(0, m.start() - 30), m.start()):
                continue  # "sin pagar anuncios", "without paying for ads": what the visitor wants to do without
            if _refused(masked, m.start(), m.end()):
                refused.append(text.clause_at(m.start()))  # (its words stay in the summary: "mostly SEO, not ads")
                continue  # "no email marketing please, just SEO", "we don't want ads": a service refused
            if field not in (None, "need") and not cued:
                break
            if field is None and name in ("lead_generation", "analytics", "website", "content_marketing") and not cued and not (
                    name == "lead_generation" and _SERVICE_NAMED.search(masked)):
                break
            categories.append((m.start(), name))
            spans.append(text.clause_at(m.start()))
            break
    if not categories:
        if asked_about_data:
            return None  # "Brauchen Sie wirklich meine E-Mail?" at any question: the visitor asks about their data, no need said
        if a_student_topic:
            return None  # what remains of a student's message ("could I interview someone?") names no need either
        if field == "need" and len(lower.split()) <= 8 and _ANOTHER_FIELD.search(lower) and not _cued_beyond_another_field(lower):
            return None  # "honestly no idea on budget yet", "not before March": an answer about another question, no need
        if came_by and not _NEED_CUES.search(masked):
            return None  # "saw your post on linkedin", "we use zoho crm" at the need question: how they came, a tool, no need
        if field == "need" and not _UNKNOWN.fullmatch(lower) and (answer := _bare_reply(text)):
            return Need() if answer == "no" else None  # "no", "nee", "não": no need; "yes", "sure", "oui", "jawel": none said
        if field == "need" and not _cued(text, masked) and _facts_only(text, masked):
            return None  # "we are Paws & Claws Vet Clinic", "Harbour Physio", "I'm Rahul, we're 12": who the visitor is, no need said
        if field == "need" and _NO_NEED.fullmatch(lower):
            return Need()
        if _BROWSING.fullmatch(lower):
            return None  # "just browsing" states no need: nothing is stored, and the question may be asked again
        unsure = _UNSURE_FIRST.match(lower)
        if field == "need" and unsure and not _cued(text, masked, unsure.end()):
            return None  # "honestly not sure, our agency just ghosted us": the visitor does not know yet, and says why
        if field == "need" and re.search(r"[a-z]{3}", lower) and not _UNKNOWN.fullmatch(lower):
            # from the first clause that says something is wanted or wrong: "We're a nonprofit, food bank in Detroit. we
            # need volunteers and donors" keeps the need, not the facts before it
            summary = _summary(text, None, _need_starts(text, masked, len(lower)))
            return Need(summary=summary, categories=()) if summary else None
        return None
    categories.sort()
    summary = _after_the_firm(_summary(text, spans + refused if field != "need" else None, _need_starts(text, masked, categories[0][0]) if field == "need" else 0), firm)
    if not summary:
        return None  # the words that named a category were contact details or a greeting: no need said
    return Need(summary=summary, categories=tuple(dict.fromkeys(name for _, name in categories)))


# An answer to the need question that speaks of another question only, in the seven languages: the budget ("no idea on
# budget yet", "keine Ahnung beim Budget", "pas de budget pour l'instant"), or a time alone ("not before March", "erst
# ab April", "pas avant mars", "no antes de marzo", "só em abril", "non prima di marzo", "pas na de zomer").
_MONTHS = (r"jan\w*|feb\w*|mar(?:ch|s|zo|ço|co|\b)\w*|m(?:ä|ae)rz|maart|apr\w*|avr\w*|abr\w*|may|mai|mayo|maio|maggio|mei|jun\w*|juin|giugno|"
           r"jul\w*|juil\w*|luglio|aug\w*|ao[uû]t|agosto|sep\w*|set\w*|oct\w*|okt\w*|out\w*|ott\w*|nov\w*|dec\w*|dez\w*|d[eé]c\w*|dic\w*|"
           r"q[1-4]|summer|sommer|(?:l')?(?:é|e)t(?:é|e)|verano|ver(?:ã|a)o|estate|zomer|next (?:year|month|quarter)|n(?:ä|ae)chste[ns]? (?:jahr|monat)")
_ANOTHER_FIELD = lazy_compile(
    r"\b(?:budget|budgets|presupuesto|or(?:ç|c)amento|bilancio|begroting|etat)\b|"
    r"^\W*(?:not|nicht|erst|pas|no|n(?:ã|a)o|s(?:ó|o)|non|niet|pas|only|just)?\s*(?:before|after|until|from|by|in|vor|nach|ab|bis|avant|apr(?:è|e)s|d(?:è|e)s|"
    r"antes de|despu(?:é|e)s de|a partir de|em|depois de|prima di|dopo|da|voor|na|vanaf)\s+(?:(?:the|der|dem|le|la|el|o|a|il|de|het)\s+)?(?:" + _MONTHS + r")\W*$")


def _cued_beyond_another_field(lower: str) -> bool:
    """Whether the answer, its words of budget and time taken out, still says something is wrong or wanted."""
    rest = _ANOTHER_FIELD.sub(" ", _NOT_A_NEED.sub(" ", lower))
    rest = re.sub(r"\b(?:no idea|not sure|keine ahnung|pas de|aucune id(?:é|e)e|ni idea|no (?:lo )?s(?:é|e)|n(?:ã|a)o sei|non so|geen idee|no|not|nicht|noch|yet|"
                  r"set|fixed|defined|decided|pour l'instant|todav(?:í|i)a|ainda|ancora|nog|honestly|tbh|on|for|the|beim|f(?:ü|ue)r|das|sur|le|el|o|il|het|de)\b", " ", rest)
    return bool(_NEED_CUES.search(rest)) or any(p.search(rest) for _, p in _CATEGORY_RES)


def _need_starts(text: Text, masked: str, first: int) -> int:
    """Where the need begins in an answer to the need question: at the first clause that names a category or says
    something is wrong or wanted, so facts said before it ("on est une école de langues à Lyon, 8 profs, on voudrait
    plus d'inscriptions") are not part of it."""
    for start, end in text.clauses:
        if start <= first < end or _cued(text, masked, start, end):
            return start
    return 0


def _summary(text: Text, spans: list[tuple[int, int]] | None, start: int = 0) -> str:
    if spans:
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        contrast = _CONTRAST_AFTER.match(text.original, end)
        if contrast:
            # "Our site gets traffic but nobody fills in the quote form": the problem is said after the "but", kept with it
            end = contrast.end()
        summary = text.original[start:end]
    else:
        summary = text.original[start:]
    # The need in the visitor's words, but not their contact details or greeting: the summary travels
    # to Slack and CRMs as a "Need" line, where an address would be personal data out of place.
    kept = "".join(c for c in re.findall(r"[^,;]*[,;]?\s*", summary) if not _NOT_NEED_WORDS.fullmatch(c.strip(" ,;.")))
    return _JOINED_ON.sub("", re.sub(r"\s+", " ", kept).strip(" ,.;"))[:500]


# The "and" a need's clause was joined on to the facts before it ("..., et on voudrait refaire notre site"): the summary
# starts at the need. Not Dutch "en", which is also the Spanish and French "in" ("En Madrid queremos ...").
_JOINED_ON = lazy_compile(r"(?i)^(?:and|und|et|y|e|ed)\s+(?=\S)")


# A clause opened by "but" right after the need's, in the seven languages, up to the end of its sentence.
_CONTRAST_AFTER = lazy_compile(r"(?i)\s*,?\s*(?:but|though|however|yet|aber|doch|mais|pero|sin embargo|mas|por[ée]m|ma|per[òo]|maar)\b[^.!?;\n]*")


_NOT_NEED_WORDS = lazy_compile(
    r"(?i)(?:hi|hello|hey|good (?:morning|afternoon|evening)|(?:(?:my|our) )?(?:e-?mail|address) (?:is|:)?\s*\S+@\S+|"
    r"(?:i'?m|this is|it'?s)?\s*\S+@\S+|\S+@\S+ here)(?:\s+(?:there|all|team))?"
)
