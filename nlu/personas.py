"""Persona: who the visitor is when that alone decides the lead.

Students, job seekers, competitors (other agencies) and vendors selling to us
are not buyers; existing customers belong with their account team.
"""

from __future__ import annotations

from nlu.patterns import lazy_compile
from nlu.text import Text

# (persona, said outright, said in a way that also fits a buyer). The second
# kind counts only when the visitor says nothing about wanting our help.
_PERSONAS = (
    ("existing_customer",
     r"(?:have|got) an account with you|billing (?:question|issue)|cancel (?:my|our) (?:subscription|contract|account|retainer|plan)|"
     r"(?:we'?re|we are|i'?m|i am) (?:already )?your (?:current |existing )?(?:customer|client)s?|(?:customer|client)s? (?:of yours )?already\b|"
     r"already (?:a |an )?(?:client|customer)s?\b|(?:we'?re|we are|i'?m|i am|as|been) (?:a |an )?(?:current|existing|long[- ]time|longtime|returning) (?:client|customer)s?|"
     r"^\W*(?:an? )?(?:current|existing) (?:client|customer)|(?:current|existing) (?:client|customer) here|"
     r"we(?:'re| are) (?:a |an )?(?:client|customer)s? (?:of yours|already)|(?:already|currently|have been|we'?ve been|been) (?:work|works|working)(?: together)? with (?:you|your)|"
     r"worked with you (?:before|previously|last year|in the past)|our (?:contract|retainer|account|invoice|campaign|project) with you|"
     r"been (?:a )?(?:client|customer)s? (?:of yours|for|since)|we'?ve been (?:a )?(?:client|customer)s?|support ticket|"
     r"(?:our|my) existing (?:contract|account|project|subscription|retainer|plan|campaign)|already (?:use|using|signed up with|work with) (?:you|your)|"
     r"you (?:already|currently) (?:run|manage|handle|do) our|your team (?:runs|manages|handles|built) our|login to (?:my|our) (?:account|dashboard)|"
     r"(?:my|our) (?:bill|invoice)\b|renew(?:al of|ing)? our (?:contract|retainer|plan|subscription)",
     r"(?:my|our) account manager|(?:my|our) (?:billing|subscription|retainer)\b"),
    ("student",
     r"just a student|student here|(?:i'?m|i am|im|we'?re|we are) (?:a |an |just a |currently a |still a )?(?:[\w-]+ )?(?:student|undergrad|grad student|phd (?:student|candidate)|master'?s student|mba student)s?\b|"
     r"student (?:project|research|assignment)|school (?:project|assignment|paper)|class (?:project|assignment)|"
     r"(?:my|our|a) (?:[\w'-]+ ){0,2}(?:thesis|dissertation|coursework|homework|capstone|research paper|term paper)|homework|coursework|"
     r"for (?:a|my|our) (?:class|course|uni|university|college|school|module|professor|lecturer|seminar)\b|university (?:project|assignment|research)|college (?:project|assignment)|"
     r"academic (?:research|project|purposes)|(?:doing|for|writing|on|finishing) (?:my|a|our) (?:phd|ph\.d\.?|masters?|master'?s|mba|bachelor'?s|degree|doctorate)|"
     r"for (?:my )?studies|research for (?:school|uni|university|college|class)|i'?m researching (?:for|as part of) (?:my|a) (?:degree|course|class)",
     r"^\W*(?:an? )?(?:[\w-]+ )?student\b|(?:my|an?) assignment"),
    ("job_seeker",
     r"^\W*(?:are you |r u |you |u )?(?:guys )?hiring\W*$|(?:any|have|got) (?:any )?(?:jobs|vacancies|openings)\b|looking for (?:a |an )?(?:new |full[- ]time |part[- ]time |junior |senior |entry[- ]level )?(?:[\w-]+ )?(?:job|role|position|internship)\b|jobs? (?:available|open)\b|(?:are|r) (?:you|u) (?:guys )?hiring|looking for (?:a |an )?(?:job|work|position|role|internship|employment|opportunit(?:y|ies) (?:to work|with you|at your))\b|(?:are|r) you (?:guys )?hiring|"
     r"(?:do|would|will|could|can) (?:you|u) (?:guys )?(?:ever )?(?:take on|take|accept|hire|offer|have room for|have (?:any )?(?:space|places?) for) (?:any |an? )?(?:[\w-]+ )?(?:interns?|internships?|trainees?|apprentices?|placements?|grads?|graduates)\b|"
     r"any (?:job )?(?:openings|vacancies)|job (?:opening|opportunit(?:y|ies)|application|vacanc(?:y|ies))s?|"
     # a follow-up that asks about work with us: "I'm not a company, just wanted to know about jobs"
     r"(?:know|ask|asking|hear|enquire|enquiring|inquire|inquiring|find out) about (?:any |your |open |the )?(?:jobs?|vacancies|openings|job openings|internships?|careers|working (?:for|with) you)\b|"
     r"(?:want|wanted|like|love|would like|hoping|here) to apply\b|(?:submit|send|attach|upload|share|forward) (?:you )?(?:my |our |a )?(?:resume|cv|résumé)|"
     r"(?:apply|applying) (?:for|to) (?:a |the |an |your )?(?:[\w-]+ ){0,3}(?:job|position|role|internship|opening|vacancy)|(?:my|a) (?:resume|cv|résumé) (?:to|for)|"
     r"(?:want|like|love|hoping|interested in|keen on|keen to) (?:to )?(?:work|working|intern|interning) (?:for|at) (?:you|your)|join your team|"
     r"(?:an?|any|for|looking for|apply(?:ing)? for|do you (?:offer|have)) internships?|"
     r"(?:i'?m|i am) (?:job hunting|unemployed|between jobs|looking for work|seeking employment)|job seeker|hire me\b|employment opportunit",
     # a careers page may be the buyer's own ("help with our careers page SEO")
     r"any (?:open )?positions|open (?:roles|positions) (?:on|in|at) your|careers? (?:page|opportunit)|"
     # "saw your job ad": a seeker's, unless the visitor wants something ("we need help writing job ads")
     r"job (?:posting|ad|advert|advertisement|listing)s?"),
    ("competitor",
     r"(?:we'?re|we are|i'?m|i am|i run|i own|we run) (?:also |too )?(?:a |an )?(?:[\w-]+ ){0,3}(?:agency|consultancy|consultant|marketing firm),? (?:too|as well|also|ourselves|like you(?:rs)?)|"
     r"(?:we'?re|we are|i'?m|i am|i run|i own|we run|as) (?:also |too )(?:a |an )?(?:[\w-]+ ){0,3}(?:agency|consultancy)|"
     r"(?:we|i) (?:also|too) (?:run|own|are|have|operate) (?:a |an )?(?:[\w-]+ ){0,3}(?:agency|consultancy)|"
     r"(?:we|i) (?:run|own|have|operate) (?:a |an |my own |our own )?(?:[\w-]+ ){0,3}(?:agency|consultancy) (?:myself|ourselves)|do you (?:do |offer |provide )?white[- ]label|fellow (?:[\w-]+ )?(?:agency|consultancy|marketer|agency owner)|"
     r"(?:we'?re|we are|i'?m|i am|i run|i own|from|at|with|for) (?:a |an )?(?:rival|competing|similar) (?:[\w-]+ )?(?:agency|consultancy|firm)|"
     r"(?:we(?:'re| are)|i'?m|i am) (?:basically |technically |kind of |sort of |actually |also |essentially |sorta |kinda )?(?:a |your |one of your )?competitors?\b|compete with you|"
     r"same (?:space|industry|business|line of work|services) as you|(?:agency|consultancy|firm|we'?re|we are|i'?m|i am)(?: [\w-]+){0,3} (?:in|from) the same (?:space|industry|business|field|line of work|niche)|"
     r"we (?:also )?do (?:the )?same (?:thing|services|work)|see (?:how|what) you (?:charge|price)|(?:your|you guys'?) pricing (?:for|to) (?:benchmark|compare)|"
     r"benchmark(?:ing)? (?:your|against you)|(?:i own|we are|we'?re|i run|i have) an agency like yours|we(?:'re| are) in the same business",
     r"white[- ]label(?:ing)? (?:partner|your|our)|agency like yours"),
    ("vendor",
     r"(?:sell|offer|pitch|introduce|show) you (?:our|my|a)\b|(?:perfect|great|ideal|useful|valuable|a great fit) for your (?:agency|team|clients|business|company)|(?:help|save) your agency|to (?:offer|pitch|introduce) (?:you )?(?:our|my)\b|(?:our|my) (?:tool|software|platform|product|service|solution|services) (?:can|could|would|will) (?:help )?(?:you|your)\b|"
     r"(?:would|might) you be interested in (?:our|my)|interested in (?:our|my) (?:services|tool|product|platform|solution|offering)|"
     r"(?:i'?m|i am) (?:reaching out|contacting you|writing) (?:to offer|to introduce|to pitch|to propose)|guest post(?:ing)?|sponsored post|(?:buy|sell(?:ing)?) (?:backlinks|links)|link exchange|"
     r"(?:offer|offering|provide|providing|sell|selling) (?:our )?(?:[\w-]+ ){0,3}(?:services|solutions|tools?|software|leads|data|lists|contacts|databases?|packages|audits|content|links|backlinks) to (?:you|(?:[\w-]+ )?agencies|your agency|your clients|agencies like yours)|"
     r"quick pitch|(?:can|could|may) (?:i|we) send (?:you )?(?:a|our|my) (?:quick |short |free )?demo|"
     r"demo of (?:our|my) (?:tool|product|platform|software)|(?:want|would you like|interested in|fancy|up for) a (?:quick |free )?demo\?|(?:can|could|may) (?:i|we) show you|let (?:me|us) show you|"
     r"book a demo with (?:us|me)|we(?:'re| are) a vendor|resell(?:er)? (?:our|my)|become (?:your|a) (?:supplier|vendor)|supplier for you|"
     r"(?:sell|offer|provide|supply)(?:s|ing)? (?:[^\s!?;]+ ){0,8}to (?:agencies|agency owners|marketers|marketing teams) like (?:yours|you)\b|"
     r"who (?:handles|manages|looks after|is in charge of|deals with|runs) (?:your )?(?:partnerships|partner(?:ship)? (?:deals|enquiries|inquiries)|procurement|purchasing|vendor relations)\b|"
     r"list(?:ing)? your (?:agency|company|business) on|advertise (?:on|with) (?:our|my)|lead lists? for sale|(?:sell|offer) you (?:leads|data|lists)|partnership (?:opportunit(?:y|ies)|proposal)",
     r"(?:our|my) (?:company|agency|team|startup|firm) (?:offers|provides|sells|builds|makes)|we (?:help|work with|partner with) agencies|(?:we|i) sell (?:a |an |our )?(?:[\w-]+ ){0,3}(?:tool|software|platform|app|service)"),
)
# The same, said outright in the other languages visitors write (issue 15): "soy estudiante",
# "meine Bachelorarbeit", "je cherche un stage", "cercate personale?", "ik zoek een stageplek".
# A buyer who serves students ("una academia con 400 estudiantes") or hires interns
# ("wir suchen Kunden, keine Praktikanten") says neither: the visitor is the subject.
_LOCAL = {
    "student": (
        # de
        r"ich bin (?:\w+ )?(?:student(?:in)?|sch(?:ü|ue)ler(?:in)?|studierende[rn]?)\b|ich studiere|(?:noch )?im studium\b|"
        r"(?:meine[rn]?|eine[rn]?) (?:\w+ )?(?:bachelorarbeit|masterarbeit|abschlussarbeit|hausarbeit|seminararbeit|studienarbeit|diplomarbeit|doktorarbeit|dissertation)|"
        r"f(?:ü|ue)r (?:die|meine) (?:uni|hochschule|schule|vorlesung)|(?:uni|studien|schul)-?projekt|"
        # the noun first, as a line opens: "étudiant en BTS", "estudiante de publicidad", "Studentin an der TU"
        r"^\W*(?:(?:é|e)tudiante?|estudiante|estudante|studente|studentessa|student(?:in|e)?) (?:en|de|di|der|in|an|aan|van|bij)\b|"
        # fr
        r"je suis (?:\w+ )?(?:(?:é|e)tudiant|(?:é|e)l(?:è|e)ve|lyc(?:é|e)en)|(?:mon|ma|un|une) (?:\w+ )?(?:m(?:é|e)moire|th(?:è|e)se)\b|"
        r"projet (?:de|d') ?(?:cours|classe|(?:é|e)cole|fin d'(?:é|e)tudes|groupe|master|licence)|pour (?:la fac|mon (?:cours|master|école|ecole)|un cours)|"
        # es, pt
        r"(?:mi|meu|minha|mon|ma|mein|meine|il mio|la mia|mijn) (?:trabajo|trabalho|travail|projet|progetto|proyecto|projeto|abschlussprojekt) (?:final|finale|de fin de \w+|de conclus(?:ã|a)o|de fin d'(?:é|e)tudes|di fine corso)|"
        r"soy (?:\w+ )?(?:estudiante|alumn[oa]|universitari[oa])|estoy estudiando|(?:para|de) (?:una|la|mi) (?:asignatura|materia|disciplina|cadeira)\b|sou (?:\w+ )?(?:estudante|alun[oa]|universit(?:á|a)ri[oa])|estou estudando|"
        r"(?:mi|mis|un|una|la|el|meu|minha|um|uma|o|a) (?:\w+ )?(?:tesis|tfg|tfm|trabajo de fin de (?:grado|m(?:á|a)ster)|tese|tcc|disserta(?:ç|c)(?:ã|a)o|monografia)\b|"
        r"(?:trabajo|proyecto|tarea|trabalho|projeto) (?:para|de|da|pra) (?:la |a |o )?(?:uni|universidad|facultad|clase|escuela|faculdade|universidade|escola|aula|curso)\b|"
        # it
        r"sono (?:un |uno |una )?(?:studente|studentessa|universitari[oa]|laureand[oa]|tesista)|laureand[oa]\b|(?:la|la mia|una) (?:\w+ )?(?:tesi|tesina)\b|tesi di laurea|"
        r"progetto (?:universitario|per l'universit(?:à|a)|per un esame|di gruppo)|per (?:l'universit(?:à|a)|un esame|il corso)|"
        # nl
        r"ik ben (?:\w+ )?(?:student|studente|scholier)\b|ik studeer|(?:mijn|een) (?:\w+ )?(?:scriptie|afstudeeropdracht|afstudeeronderzoek|afstudeerproject|werkstuk)|"
        r"voor (?:school|mijn studie|mijn opleiding|de uni)|"
        # "I study X at university" ("studio" alone is also an office, "estudio" a studio)
        r"(?:studio|estudio|estudo|j'(?:é|e)tudie) (?:[\w-]+ ){0,2}(?:all'universit(?:à|a)|all'uni|al politecnico|en la (?:universidad|uni|facultad)|"
        r"na (?:faculdade|universidade)|(?:à|a) la fac|(?:à|a) l'universit(?:é|e))"
    ),
    "job_seeker": (
        # de
        r"(?:ich )?suche (?:\w+ ){0,2}(?:job|arbeit|stelle|arbeitsstelle|praktikum|praktikumsplatz|ausbildung(?:splatz)?|werkstudentenstelle)\b|"
        r"(?:stellen|stellt) (?:ihr|sie) (?:gerade |noch )?(?:ein|leute ein)|(?:nach|wegen) (?:einer |freien |offenen )?(?:stellen?|jobs?|stellenangeboten|praktik\w*|ausbildungspl\w*)\s+(?:zu )?(?:fragen|erkundigen)|"
        r"stellenangebote?|(?:sucht ihr|suchen sie) (?:gerade |noch |aktuell |zurzeit )?(?:leute|mitarbeiter\w*|personal|verst(?:ä|ae)rkung|praktikant\w*)\b|offene stellen|(?:meine|eine) bewerbung|(?:mich )?bewerben|(?:meinen|mein) lebenslauf|"
        # fr
        r"je (?:cherche|recherche) (?:\w+ ){0,2}(?:stage|emploi|travail|job|alternance|poste)\b|(?:vous )?recrutez|recrutez-vous|(?:ma|une) candidature|"
        r"(?:en|à la|a la) recherche d'(?:un |une )?(?:emploi|stage|alternance|poste|travail|job)\b|"
        r"(?:à|a) procura de (?:um |uma )?(?:emprego|trabalho|est(?:á|a)gio|vaga)\b|"
        r"(?:vous )?embauchez|embauchez-vous|(?:savoir|demander) (?:si vous (?:avez|auriez) )?(?:des |un )?(?:postes? (?:ouverts?|disponibles?|(?:à|a) pourvoir)|offres? d'emploi|emplois?|stages?)\b|postes? (?:à|a) pourvoir|"
        r"(?:mon|le) cv\b|postuler|offres? d'emploi|entreprise d'accueil|(?:je suis|étudiant|etudiant) en alternance|"
        # "do you offer internships?" in each language
        r"(?:ofrecen|ofreces|ofrec(?:é|e)is|tienen|ten(?:é|e)is|hacen|oferecem|t(?:ê|e)m|proposez(?:-vous)?|prenez(?:-vous)?|bietet ihr|bieten sie|offrite|avete|bieden jullie|hebben jullie) (?:\w+ ){0,2}"
        r"(?:pr(?:á|a)cticas|pasant(?:í|i)as|est(?:á|a)gios?|stages?|stagiaires|alternances?|praktika|praktikumspl(?:ä|ae)tze|tirocini|stageplekken|stageplaatsen)\b|"
        # es, pt
        r"(?:busco|buscando|estoy buscando|procuro|procurando|estou procurando) (?:\w+ ){0,2}(?:trabajo|empleo|pr(?:á|a)cticas|pasant(?:í|i)a|emprego|trabalho|est(?:á|a)gio|vaga)\b|"
        r"(?:est(?:á|a)n|estão|estao) (?:contratando|buscando personal)|(?:mi|meu) (?:curr(?:í|i)cul(?:um|o)|cv)\b|(?:tienen|tenéis|hay|têm|tem|há) (?:\w+ )?(?:vacantes|vagas)[^.?!]{0,20}\?|(?:vacantes|vagas)(?: abiertas| abertas| de trabajo| de emprego)?\?|"
        r"postularme|(?:me )?candidatar|ofertas de (?:empleo|trabajo)|"
        # "solo quería saber de vacantes", "só queria saber de vagas", "¿contratan?", "vocês contratam?"
        r"(?:saber|preguntar|perguntar) (?:de|por|sobre|das|si hay|se h(?:á|a)|se (?:tem|t(?:ê|e)m)) (?:las |alguna |algunas |alguma |algumas |as )?(?:vacantes?|vagas?|ofertas de (?:empleo|trabajo)|empleo|emprego|oportunidades de (?:empleo|trabajo|emprego|trabalho))\b|"
        r"contratan(?: personal| gente)?\s*\?|est(?:á|a)is contratando|buscan personal\s*\?|contratam(?: pessoas| gente)?\s*\?|vagas de (?:emprego|trabalho|est(?:á|a)gio)|"
        # it
        r"(?:cerco|sto cercando) (?:\w+ ){0,2}(?:lavoro|impiego|stage|tirocinio|posto)\b|cercate (?:personale|collaboratori|stagisti)|assumete|(?:mi )?candidarmi|"
        r"(?:la mia|una) candidatura|(?:il mio) (?:curriculum|cv)\b|posizioni (?:aperte|lavorative|disponibili)|state assumendo|"
        r"(?:sapere|chiedere) (?:se (?:ci sono|avete) )?(?:delle |di |informazioni su )?(?:offerte di lavoro|opportunit(?:à|a) di lavoro|stage|tirocini?)\b|offerte di lavoro|cercate (?:qualcuno|gente)\b|"
        # nl
        r"(?:ik )?zoek (?:\w+ ){0,2}(?:werk|baan|stage|stageplek|stageplaats|bijbaan)\b|hebben jullie (?:nog )?(?:\w+ )?vacatures|zijn er (?:nog )?vacatures[^.?!]{0,20}\?|vacatures\?|nemen jullie (?:nog )?(?:mensen |personeel )?aan|zijn jullie (?:aan het )?(?:aannemen|werven)|(?:weten|vragen) of (?:er|jullie) (?:nog )?(?:vacatures|banen|stageplekken)|solliciter\w*|(?:mijn|een) sollicitatie|mijn cv\b"
    ),
}
_LOCAL["competitor"] = (
    # "we're an agency too", said in each of the other languages
    r"wir sind (?:auch|ebenfalls|selbst auch) (?:eine? )?(?:[\w-]+ )?(?:agentur|marketingagentur|werbeagentur|digitalagentur)\b|"
    r"(?:nous sommes|on est|je suis) (?:aussi|(?:é|e)galement) (?:une? )?(?:[\w-]+ )?agence\b|"
    r"(?:tambi(?:é|e)n|igualmente) somos (?:una )?agencia\b|somos (?:una )?agencia (?:tambi(?:é|e)n|como vosotros|como ustedes)\b|"
    r"tamb(?:é|e)m somos (?:uma )?ag(?:ê|e)ncia\b|somos (?:uma )?ag(?:ê|e)ncia (?:tamb(?:é|e)m|como voc(?:ê|e)s)\b|"
    r"siamo anche noi (?:un'?\s?)?agenzia|anche noi siamo (?:un'?\s?)?agenzia|"
    r"(?:wij|we) zijn (?:zelf )?ook een (?:[\w-]+)?bureau\b"
)
_LOCAL["vendor"] = (
    # "we sell X to agencies like yours", "who handles partnerships?", in each of the other languages
    r"(?:verkaufen|bieten|liefern) (?:[^\s!?;]+ ){0,8}(?:an|f(?:ü|ue)r) agenturen wie (?:ihre|eure|deine|sie|euch)\b|wer ist (?:bei (?:ihnen|euch) )?f(?:ü|ue)r (?:partnerschaften|kooperationen|den einkauf) zust(?:ä|ae)ndig|"
    r"(?:vendons|proposons|offrons|fournissons) (?:[^\s!?;]+ ){0,8}aux agences comme (?:la v(?:ô|o)tre|vous)|qui (?:s'occupe|g(?:è|e)re|est en charge) des (?:partenariats|achats)|"
    r"(?:vendemos|ofrecemos|proporcionamos) (?:[^\s!?;]+ ){0,8}a agencias como (?:la vuestra|la suya|ustedes|vosotros)|qui(?:é|e)n (?:lleva|gestiona|se encarga de) (?:las |los )?(?:alianzas|partnerships|colaboraciones|compras)|"
    r"(?:vendemos|oferecemos|fornecemos) (?:[^\s!?;]+ ){0,8}(?:para|a|(?:à|a)s) ag(?:ê|e)ncias como a (?:sua|vossa|de voc(?:ê|e)s)|quem (?:cuida|trata|(?:é|e) respons(?:á|a)vel) (?:das|pelas) parcerias|"
    r"(?:vendiamo|offriamo|forniamo) (?:[^\s!?;]+ ){0,8}(?:ad|a) agenzie come la vostra|chi si occupa (?:delle|di) (?:partnership|collaborazioni|acquisti)|"
    r"(?:verkopen|bieden|leveren) (?:[^\s!?;]+ ){0,8}aan bureaus (?:zoals|als) (?:het uwe|jullie|die van jullie)|wie gaat (?:er )?over (?:partnerships|samenwerkingen|partnerschappen|inkoop)"
)
_PERSONA_RES = tuple(
    (name, lazy_compile(rf"\b(?:{strong}{'|' + _LOCAL[name] if name in _LOCAL else ''})|^(?:{strong})"), lazy_compile(rf"\b(?:{weak})|^(?:{weak})"))
    for name, strong, weak in _PERSONAS
)
# Said by a buyer: "we need", "looking for help", a budget. Weak persona cues
# in such a text describe the visitor's own business, not a pitch to us.
_BUYING = lazy_compile(
    r"\b(?:need|needs|needed|want|wants|looking for (?:help|an agency|a partner|support)|help (?:us|with)|struggl\w*|improve|budget|"
    r"hire you|work with you|your services|can you|could you|quote|proposal from you|pricing|"
    # someone to do our marketing: "looking for someone to take over our linkedin ads", "outsourcing our SEO"
    r"looking for (?:someone|somebody|people|an? (?:[\w-]+ ){0,2}(?:agency|partner|team|freelancer|consultant|expert|specialist))|"
    r"(?:take over|run|manage|handle|redo|rebuild|revamp) (?:our|my)|outsourc\w*|"
    # the same in the other languages: "wir brauchen", "nous avons besoin", "necesitamos", "precisamos", "abbiamo bisogno", "nodig"
    r"brauchen|ben(?:ö|oe)tigen|suchen (?:hilfe|unterst(?:ü|ue)tzung|eine agentur)|besoin|cherchons (?:de l'aide|une agence)|necesitamos|buscamos (?:ayuda|una agencia)|"
    r"precisamos|procuramos (?:ajuda|uma ag(?:ê|e)ncia)|abbiamo bisogno|cerchiamo (?:aiuto|un'agenzia)|nodig|zoeken (?:hulp|een bureau))\b"
)
_NEGATED = lazy_compile(r"\b(?:not|no longer|never|isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:\w+\s+){0,2}$")


def buying(text: Text) -> bool:
    """Whether the visitor says they want something from us ("we need", "help with", a budget)."""
    return _BUYING.search(text.lower) is not None


def persona(text: Text) -> str | None:
    """The persona the text reveals, if any; the first one said wins."""
    lower = text.lower
    buying = _BUYING.search(lower) is not None
    best: tuple[int, str] | None = None
    for name, strong, weak in _PERSONA_RES:
        for pattern in (strong,) if buying else (strong, weak):
            m = pattern.search(lower)
            if m and not _NEGATED.search(lower[max(0, m.start() - 25): m.start()]):
                if best is None or m.start() < best[0]:
                    best = (m.start(), name)
    return best[1] if best else None


# A piece of study and the words that open its topic: "my dissertation on X", "meine Bachelorarbeit über X", "mon
# mémoire porte sur X", "mi TFG sobre X", "meu TCC sobre X", "la tesi sulla X", "mijn scriptie over X".
_STUDY_TOPIC = lazy_compile(
    # the act of writing it is part of the piece ("I'm writing a thesis on X"): "writing" alone reads as a content need
    r"\b(?:(?:writing|drafting|doing|working on|finishing|schreibe|verfasse|r(?:é|e)dige|(?:é|e)cris|escribiendo|escribo|redactando|"
    r"escrevendo|escrevo|redigindo|scrivendo|scrivo|schrijf|werk aan)\s+(?:[\w']+\s+){0,2}?)?"
    r"(?:thesis|dissertation|(?:research|term|academic|school|class|seminar|final) (?:paper|project)|(?:a|my|our|the) paper|essay|coursework|capstone|assignment|"
    r"trabajo (?:final|de fin de \w+|de investigaci(?:ó|o)n)|proyecto final|trabalho (?:final|de conclus(?:ã|a)o)|travail de fin d'(?:é|e)tudes|tfe|projet de fin d'(?:é|e)tudes|"
    r"bachelorarbeit|masterarbeit|abschlussarbeit|hausarbeit|seminararbeit|studienarbeit|diplomarbeit|doktorarbeit|m(?:é|e)moire|th(?:è|e)se|"
    r"tesis|tesina|tfg|tfm|trabajo de fin de (?:grado|m(?:á|a)ster)|tese|tcc|disserta(?:ç|c)(?:ã|a)o|monografia|tesi|scriptie|afstudeer\w+|werkstuk|"
    # a student's research or project ("una ricerca sulla SEO", "onderzoek naar e-mailmarketing"): only read for a student
    r"research|study|project|ricerca|progetto|onderzoek|project|recherche|projet|investigaci(?:ó|o)n|proyecto|pesquisa|projeto|investiga(?:ç|c)(?:ã|a)o|forschung|projekt|studie)\b"
    r"(?:[\s-]+(?:[\w'-]+\s+){0,3}?)"
    r"(?:on|about|into|looks? at|(?:focus(?:es|ed)?|focussing|focusing) on|covers?|(?:topic|subject) is|über|zum thema|zu|zur|zum|sur|porte sur|concernant|"
    r"naar|sobre|acerca de|trata (?:sobre|de)|(?:es|é|va) sobre|parle de|geht um|handelt von|parla di|su|sul|sull[oa']?|sui|sugli|sulle|riguarda|over|gaat over)\b"
    r"[^.!?;\n]*"
)


def study_topics(text: Text) -> list[tuple[int, int]]:
    """Spans naming what a student's thesis, dissertation or paper is about: its topic, not the visitor's need or trade.

    Only a student's: a buyer's "white paper on SEO" is a piece of content they may want."""
    if persona(text) != "student":
        return []
    return [m.span() for m in _STUDY_TOPIC.finditer(text.lower)]


def without_study_topics(text: Text, words: str) -> str:
    """``words`` (a same-length copy of the text) with a student's study topics blanked out."""
    for start, end in study_topics(text):
        words = words[:start] + " " * (end - start) + words[end:]
    return words


# How the visitor came to us: our post, ad, email or article they saw, with what it was about and where ("saw your post on
# linkedin", "got your email about a free audit", "Ihren Beitrag auf LinkedIn", "vuestro anuncio en Instagram"), or us
# found on Google. Its channel and topic are ours, not a need of theirs. A possessive, up to two words, the thing, then
# up to five words that are not the start of the next statement ("and we need ...").
_OURS_SEEN = (
    r"(?:your|ur|yr|ihr(?:en|e|er|em)?|eur(?:en|e|er|em)?|deine?[nrm]?|votre|vos|ton|ta|tes|vuestr[oa]s?|vosso|vossa|seu|sua|teu|tua|"
    # the Spanish "su"/"tu" only after seeing or receiving it ("vi su anuncio"): "su" is also the Italian "on" ("su Instagram")
    r"(?:vi|vimos|recib(?:í|i)|recibimos|le(?:í|i)|he visto|hemos visto|he recibido|hemos recibido)\s+(?:su|sus|tu|tus)|"
    r"(?:il |la |i |le |l')?vostr[oaie]|(?:il |la )?tu[oa]|jullie|uw|jouw)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:post|posts|ad|ads|advert|e-?mails?|mail|newsletters?|articles?|blog(?: post)?|videos?|webinars?|podcasts?|episode|talk|case study|guide|e-?book|message|dm|inmail|"
    r"beitrag|anzeige|werbung|nachricht|artikel|publication|annonce|pub|publicit(?:é|e)|courriel|infolettre|vid(?:é|e)o|webinaire|"
    r"publicaci(?:ó|o)n|anuncio|correo|bolet(?:í|i)n|art(?:í|i)culo|v(?:í|i)deo|mensaje|publica(?:ç|c)(?:ã|a)o|an(?:ú|u)ncio|artigo|mensagem|"
    r"pubblicazione|annuncio|inserzione|articolo|messaggio|pubblicit(?:à|a)|bericht|advertentie|nieuwsbrief|artikel)"
)
_CAME_BY = lazy_compile(
    rf"\b(?:{_OURS_SEEN})\b(?:\s+(?:(?!(?:and|but|so|we|i|our|my|because|which|und|wir|et|nous|y|e|wij|ons|onze)\b)[\w'-]+)){{0,5}}|"
    r"\b(?:found|find|came across|discovered|heard (?:about|of)|saw|seen|heard|met) (?:you|u|your (?:agency|company|firm|team))(?: guys)? (?:on|via|through|in|from|at) (?:(?!(?:and|but|so|we|i|our|my)\b)[\w-]+\s*){0,5}|"
    r"\b(?:a |my |our )?(?:friend|colleague|client|partner|someone|contact) (?:recommended|referred|mentioned|told me about) (?:you|your (?:agency|company|firm|team))(?: guys)?|"
    r"\b(?:got|received) (?:a |an |the )?(?:[\w-]+ )?(?:flyer|leaflet|letter|postcard|call|email|mail|message) from you(?: guys)?(?: (?:in|about|on|re) (?:(?!(?:and|but|so|we|i|our|my)\b)[\w-]+\s*){0,3})?|"
    r"\b(?:euch|sie|dich) (?:über|bei|auf|via|in) (?:google|linkedin|instagram|facebook)(?: gefunden)?|vous ai trouv(?:é|e)s? (?:sur|via|dans) \w+|"
    r"(?:os|los|las|te|le) (?:encontr(?:é|e)|vi|conoc(?:í|i)) (?:en|por|a trav(?:é|e)s de) \w+|encontrei (?:vocês|voces|vos|-vos) (?:no|na|pelo|pela) \w+|"
    r"vi ho (?:trovat[oi]|vist[oi]|conosciut[oi]) (?:su|tramite|via|in) \w+|(?:jullie|u) (?:via|op) \w+ gevonden"
)


def without_how_they_came(words: str) -> str:
    """``words`` (a lower-case copy of the text) with how the visitor came to us blanked out: our post, ad, email or
    podcast they saw ("saw your post on linkedin", "j'ai vu votre pub sur Facebook"), us found or recommended. Its
    channel and topic are ours, not the visitor's need or trade."""
    return _CAME_BY.sub(lambda m: " " * len(m.group(0)), words)
