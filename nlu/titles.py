"""Authority: the visitor's job title, its seniority and their part in the decision.

Titles are read for the visitor only: "our CEO signs off" names somebody
else's title and says the visitor is an influencer, not a C-level.
"""

from __future__ import annotations

import re

from nlu.attributes import Authority
from nlu.text import Text

_LEVELS = (
    ("vp", r"\b(?:s\.?v\.?p|e\.?v\.?p|a\.?v\.?p|v\.?p|vice[- ]president|vice[- ]pres|vicepresident|vice president)\b\.?"),
    ("c_level", r"\b(?:c[efmtoriadps]o|chro|cxo|cgo|cbo|cco|cco|ciso|cvo|chief [a-z&-]+(?: [a-z&-]+){0,3} officer|chief executive|chief [a-z]+|"
                r"gesch(?:ä|ae)ftsf(?:ü|ue)hr(?:er|erin|ung)|inhaber(?:in)?|vorstand(?:svorsitzender)?|gr(?:ü|ue)nder(?:in)?|pdg|directeur g(?:é|e)n(?:é|e)ral|directrice g(?:é|e)n(?:é|e)rale|"
    r"g(?:é|e)rante?|fondat(?:eur|rice)|director general|directora general|gerente general|due(?:ñ|n)[oa]|propietari[oa]|fundador(?:a)?|"
    r"amministratore delegato|titolare|eigenaar|oprichter|algemeen directeur|"
    r"co-?founders?|founders?|founding partner|co-?owner|(?<!product )(?<!process )(?<!account )(?<!budget )(?<!home )(?<!project )(?<!data )(?<!content )(?<!channel )(?<!page )(?<!business process )owner|"
                r"proprietor|(?<!vice )(?<!vice-)(?<!vice)president|managing director|managing partner|general partner|"
                r"(?:senior |equity |name |named |founding |managing )?partners?(?= at| in| of|$|,|\.| and| here)|principal(?! (?:engineer|consultant|designer|architect|scientist|analyst|developer|product|pm|researcher|writer|strategist|data))|"
                r"chair(?:man|woman|person)?|board member|exec(?:utive|\.)? director|sole trader|self[- ]employed|"
                r"the boss|big boss|head honcho|solopreneur|entrepreneur|i own|i run (?:the|my|our|a) (?:company|business|agency|firm|shop|store|practice|studio|restaurant|clinic|startup|place)|"
                r"my (?:own )?(?:company|business|startup|firm|agency|practice)\b(?! is)|run my own|i started (?:the|this|our) (?:company|business)|started the company|business owner|small business owner)\b"),
    ("director", r"\b(?:(?:dept\.?|department|division|unit|practice|section|office) head\b|directeur|directrice|direktor(?:in)?|directora?(?= de| of)|jefe de|jefa de|"
                 r"[a-zäöü]*leiter(?:in)?|leiter(?:in)? [a-zäöü]+|responsable (?:du |de |des )?(?:marketing|commercial|ventes)|(?:senior |sr\.? |associate |assoc\.? |group |global |regional |executive |creative |art |managing )?director|dir\b\.?|"
                 r"head(?! of state)(?= of)|(?:marketing|sales|growth|digital|product|brand|content|ops|operations|finance|it|hr|people|engineering|design|seo|ecommerce|e-commerce|technology|tech|data|customer success|partnerships|comms|communications|demand gen|revenue|business development|strategy|creative|media|paid media|performance|commercial|partnerships|events|innovation|community|procurement|purchasing|admin)\s+head\b|"
                 r"i head up|i lead (?:the )?(?:marketing|sales|growth|digital|product|brand|content|operations|ops|it|finance)(?! team)|general manager|\bgm\b|i run (?:the )?(?:marketing|sales|growth|digital|ops|operations|it|finance|hr)(?: department| dept| function| org)?)"),
    ("manager", r"\b(?:(?:senior |sr\.? |assistant |asst\.? |associate |junior |jr\.? )?(?:manager|manger|mgr|mngr|managr)\b\.?|team ?lead(?:er)?|supervisor|"
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
_LEVEL_RES = tuple((name, re.compile(pattern)) for name, pattern in _LEVELS)
_ORDER = {"c_level": 0, "vp": 1, "director": 2, "manager": 3, "individual_contributor": 4}
_OTHERS = re.compile(
    r"(?:\b(?:my|our|their|his|her|your|the company'?s|with|to|from|by|ask|asking|tell|convince|ping|cc|loop in|report to|reports to|reporting to|under|for)\s+(?:(?:new|current|direct|own|line|company|boss,?|manager,?|the)\s+)?"
    r"(?:[a-z]+\s+)?$)"
)
_SELF = re.compile(r"\b(?:i'?m|i am|im|i work as|working as|my (?:title|role|position|job title|job) is|as (?:a|an|the)|i'?m the|i am the|title:|role:|me:|currently|i was|i serve as|serving as|i'm a|i'm an|i'm one of the|i'm one of)\s+(?:(?:a|an|the|one of the|currently|just|also|actually|basically)\s+)*(?:[a-z-]+\s+){0,4}$")

_DECIDES = re.compile(
    r"\b(?:i (?:sign|make|approve|decide|authori[sz]e|control|hold|own|call|green[- ]?light)(?: off| the| all| on| our)?\b(?! to)(?! need)|"
    r"i'?m (?:the |a |one of the |1 of the )?(?:final |main |key |primary |sole |ultimate )?(?:decision[- ]?maker|approver|signer|signatory|budget holder|budget owner|one who decides|one who signs|person who signs|person who decides)|"
    r"final (?:say|decision|call|sign[- ]?off|approval|word)(?: is| sits| rests| lies)? (?:mine|with me|on me|is me)|my (?:decision|call)\b|"
    r"it'?s (?:my|all my) (?:call|decision|budget)|(?<!not )up to me|i call the shots|buck stops with me|i have (?:the )?(?:final say|final word|authority|budget authority|sign[- ]?off|signing authority|full authority|purchasing authority|the budget|budget)|"
    r"i can (?:sign|approve|make the (?:final )?(?:decision|call)|decide|authori[sz]e|green[- ]?light)|i'?ll (?:be )?(?:the one )?(?:deciding|signing|approving|making the (?:final )?(?:call|decision))|"
    r"(?:i|me) makes? the (?:final )?(?:call|decision)|decision'?s? (?:is )?mine|i sign off|i approve|i decide|i hold the purse|holds? the purse strings|"
    r"(?:the )?(?:budget|decision|call|final say|sign[- ]?off|money)(?:'s| is) (?:all |ultimately )?mine|i make the decisions|i make decisions|decision maker here|i'?m the decider|my budget|my sign[- ]?off|i am the decision maker|i own the budget|i own the decision|"
    r"(?:me|i) and my (?:co-?founder|cofounder|partner|business partner) (?:decide|make|sign|approve)|we(?: both| two)? decide|i have the say|i'll sign)"
)
_INFLUENCES = re.compile(
    r"\b(?:(?:need|needs|require|requires|get|getting|have to get|must get|would need|will need|i'?ll need|need to get|needs to get)\s+(?:(?:final|the|a|an|formal|official|board|ceo|cfo|coo|owner'?s?|management|exec|executive|committee|boss'?s?|manager'?s?|partner|legal|finance|procurement|leadership|their|his|her|my|our|[a-z]+'s)\s+){0,2}(?:sign[- ]?off|approval|buy[- ]?in|the ok|ok|okay|go[- ]ahead|green light|a yes|blessing|permission|agreement|sign off)|"
    r"sign[- ]?off from|approval from|approved by|signed off by|(?:has|have) to be approved|needs? to be approved|"
    r"(?:(?:my|our|the)\s+)?(?:boss|ceo|cfo|cmo|coo|cto|cro|manager|director|vp|founder|co-?founder|owner|board|president|md|gm|partners?|head of [a-z]+|leadership|leadership team|management|execs?|exec team|executive team|committee|superior|supervisor|higher[- ]ups?|team|senior team|c-suite|managing director|line manager|finance team|finance|procurement|legal|marketing director|sales director|investors?)\s+"
    r"(?:(?:who|that|is the (?:one|person) (?:who|that)|are the (?:ones|people) (?:who|that))\s+)?(?:(?:would|will|usually|ultimately|always|then|has to|have to|needs to|need to|gets to|makes|make)\s+)?(?:decides?|approves?|signs?(?: off)?|makes? the (?:final )?(?:call|decision)|has (?:the )?(?:final|last)|have (?:the )?(?:final|last)|holds? the budget|owns? the budget|controls? the budget|calls? the shots|gives? the final|will decide|would decide|decision|decides|sign-off|signoff|approval|okays?|makes decisions|is the decision|are the decision)|"
    r"(?:i|i'll|i will|i'd|i would|i can|i make)\s+(?:(?:then|just|probably|likely)\s+)?(?:recommend|present|pitch|propose|report back|take (?:it|this) to|bring (?:it|this) to|run (?:it|this) by|pass (?:it|this) (?:on|along)|shortlist|make a recommendation|put together a recommendation|influence|make the case|share (?:it|this) with|forward|build the business case)|"
    r"(?:my|our|the) (?:boss|manager|ceo|director|owner|founder|cmo|vp|md|gm|head of \w+) (?:wants|asked|needs|told me|would like|is asking)|"
    r"run (?:it|this) (?:by|past)|i report (?:directly )?to|reporting (?:directly )?to (?:my|our|the)|not (?:the|my|a|really the) (?:final )?(?:decision[- ]?maker|final decision|one who decides|call|decision)|not (?:my|entirely my|solely my) (?:call|decision)|not up to me|"
    r"i don'?t (?:decide|make the (?:final )?(?:decision|call)|have the final|sign|have (?:sign[- ]?off|budget authority|the authority|authority))|can'?t (?:sign|approve|decide) (?:on my own|alone|myself|this)|"
    r"part of the (?:decision|buying|evaluation)|involved in the (?:decision|process)|decision (?:is |will be )?made by|(?:buying |decision |steering |evaluation )?committee|"
    r"above my pay ?grade|(?:researching|gathering info|doing research|looking|collecting (?:info|quotes|options)|shortlisting|comparing)(?: [\w-]+){0,3} (?:on behalf of|for) (?:my|our|the) (?:boss|manager|ceo|team|director|founder|owner)|"
    r"on behalf of (?:my|our|the) (?:boss|manager|ceo|director|founder|owner)|(?:my boss|my manager|the ceo|my ceo|the owner) asked me|asked me to (?:look|research|find|reach out|check)|"
    r"(?:final say|decision|final decision|final call|budget) (?:is|sits|rests|lies) with (?:my|our|the)|i have (?:a |some )?(?:say|input|influence)|i influence|i advise|"
    r"we decide (?:together|as a team|jointly)|jointly|shared decision|group decision|team decision|together with (?:my|our)|consensus|i recommend|i'?m (?:an? )?influencer|"
    r"i make recommendations|i'?ll have to (?:check|ask|talk) with|need to (?:check|talk|ask|consult) (?:with )?(?:my|our|the)|have to (?:check|talk|ask|consult) (?:with )?(?:my|our|the)|"
    r"i'?m the (?:one|person) researching|i scout|i'?m scouting|i evaluate|evaluating options for)"
)
_USES = re.compile(
    r"\b(?:i'?(?:ll| will| would|'d) (?:be )?(?:the one )?(?:using|use|running|operating|working with|hands[- ]on)|end[- ]?user|"
    r"i'?m the (?:one|person) (?:who'?ll|who will|that will|that'?ll|who would) (?:use|run|manage|operate|work)|day[- ]to[- ]day|hands[- ]on user|"
    r"i'?d be the (?:main |primary )?user|i (?:just |only )?(?:use|run) (?:it|the tools?|the system)|i'?ll be (?:the )?(?:main |primary )?(?:user|operator|admin))\b"
)
_ROLE_UNKNOWN = re.compile(r"\b(?:not sure who (?:decides|signs|approves)|don'?t know who (?:decides|signs|approves)|unclear who)")
# Phrases that say the seniority without naming a job title ("I own the business").
_NOT_A_TITLE = re.compile(r"(?:i |i'|my |run |the |in charge|responsible|just |member|on the|individual|started|self|sole|business owner|small business)")
_SENIORITY_ROLE = {
    "c_level": "decision_maker", "vp": "decision_maker", "director": "influencer",
    "manager": "influencer", "individual_contributor": "user",
}
_FUNCTIONS = (
    r"digital|marketing|mktg|sales|growth|product|brand|content|demand|gen|generation|revenue|business|development|"
    r"partnerships?|customer|success|communications|comms|pr|e-?commerce|seo|social|media|performance|finance|financial|"
    r"hr|people|it|technology|tech|engineering|eng|strategy|data|analytics|experience|cx|creative|design|web|online|field|"
    r"events?|community|crm|martech|revops|operations|ops|procurement|purchasing|office|accounts?|key|channel|inside|"
    r"enterprise|paid|acquisition|lifecycle|retention|email|campaign|programs?|project|information|security|human|"
    r"resources|legal|commercial|insights|research|innovation|transformation|solutions|b2b|b2c|inbound|outbound|"
    r"partner|client|services|service|support|emea|apac|latam|dach|uk|us|eu|na|americas|europe|nordics|north|south|"
    r"east|west|america"
)
_TITLE_WORDS = re.compile(
    r"(?:(?:senior|sr\.?|junior|jr\.?|associate|assistant|deputy|acting|interim|lead|principal|chief|executive|"
    rf"group|global|regional|international|national|area|district|general|managing|founding|co|{_FUNCTIONS}|the|&|and)\s+)*$"
)
_TITLE_TAIL = re.compile(
    r"^(?:\s+(?:of|for)\s+(?:the\s+)?(?:[a-z&-]+)(?:\s+(?:and|&)\s+(?!(?:i|we|my|our|you|he|she|they|it|the|so|but|also)\b)[a-z-]+)?"
    rf"(?:\s+(?:{_FUNCTIONS}))?|,?(?:\s+(?:{_FUNCTIONS})(?![a-z])){{1,3}})?"
)


def _is_others(lower: str, start: int) -> bool:
    before = lower[max(0, start - 40): start]
    return bool(_OTHERS.search(before)) and not _SELF.search(before)


def _title(text: Text, start: int, end: int) -> str:
    lower = text.lower
    head = _TITLE_WORDS.search(lower[max(0, start - 80): start])
    if head:
        start = start - (len(lower[max(0, start - 80): start]) - head.start())
    tail = _TITLE_TAIL.match(lower[end: end + 60])
    if tail and not re.match(r"\s+(?:of|for)\s+(?:the\s+)?(?:a|an|my|our|company|business|firm|team|startup|[0-9])\b", lower[end: end + 20]):
        end += tail.end()
    title = text.original[start:end].strip(" ,.-&")
    title = re.sub(r"^(?:the|a|an|and|&)\s+", "", title, flags=re.I)
    return title[:120]


_HEAD_GAP = re.compile(r"\s+(?:(?!(?:at|for|in|with|and|but|of|to|from|the|my|our|i|who|which|that|here)\b)[a-z][a-z.-]*\s+){0,3}")
_SHORT_IC = ("ic", "dev", "rep", "ae", "pm", "ea", "pa", "exec", "jr", "admin", "associate", "agent", "student", "employee", "editor", "junior")


_CLAUSE_LEAD = re.compile(r"\W*(?:(?:hi|hello|hey|hiya|ok|okay|so|well|yes|yeah)\W+)*(?:(?!(?:need|needs|hire|hiring|looking|want|wants|seeking|find|recruit\w*|a|an|our|the|my|your|with|to|for|no|not)\b)[a-z&'-]+\W+){0,4}")


def _introduces(text: Text, start: int) -> bool:
    """Whether a title at ``start`` is how the visitor introduces themself ("CMO at ...", "I'm the CMO")."""
    lower = text.lower
    if _SELF.search(lower[max(0, start - 40): start]):
        return True
    clause_start = text.clause_at(start)[0]
    return _CLAUSE_LEAD.fullmatch(lower[clause_start:start]) is not None


def seniority_of(text: Text, field: str | None = None) -> tuple[str, int, int] | None:
    """The visitor's own seniority and where the title that says it is.

    The first title the visitor gives for themself counts; within one title
    the head noun decides ("junior account manager" is a manager).
    """
    lower = text.lower
    found: list[tuple[int, int, str, int]] = []
    for name, pattern in _LEVEL_RES:
        for m in pattern.finditer(lower):
            if lower.startswith("'s", m.end()) or lower.startswith("s'", m.end()):
                continue
            if _is_others(lower, m.start()) or re.search(r"\b(?:not|no longer|never|n't)\s+(?:a |an |the |really )?$", lower[max(0, m.start() - 20): m.start()]):
                continue
            if name == "c_level" and m.group(0) in ("cdo", "cso", "cpo") and not text.original[m.start(): m.end()].isupper() and not _SELF.search(lower[max(0, m.start() - 40): m.start()]):
                continue
            if name == "individual_contributor" and m.group(0) in _SHORT_IC and field != "authority" and not _SELF.search(lower[max(0, m.start() - 40): m.start()]):
                continue
            if field != "authority" and not _introduces(text, m.start()):
                continue
            found.append((m.start(), _ORDER[name], name, m.end()))
    if not found:
        return None
    found.sort()
    best = found[0]
    for other in found[1:]:
        if other[0] >= best[3] and _HEAD_GAP.fullmatch(" " + lower[best[3]: other[0]]):
            best = other
        elif other[0] >= best[3]:
            break
    return best[2], best[0], best[3]


def authority(text: Text, field: str | None) -> Authority | None:
    """Title, seniority and role, or nothing when the text says none of them."""
    lower = text.lower
    found = seniority_of(text, field)
    role = None
    if _ROLE_UNKNOWN.search(lower):
        role = "unknown"
    elif _DECIDES.search(lower) and not re.search(r"\b(?:not|n't|never)\s+(?:\w+\s+){0,2}(?:the\s+)?decision", lower):
        role = "decision_maker"
    elif _INFLUENCES.search(lower):
        role = "influencer"
    elif _USES.search(lower):
        role = "user"
    if found is None and role is None:
        return None
    seniority = found[0] if found else "unknown"
    title = None
    if found and not _NOT_A_TITLE.match(lower[found[1]: found[2]]):
        title = _title(text, found[1], found[2])
    if role is None:
        role = _SENIORITY_ROLE.get(seniority, "unknown")
    return Authority(title=title or None, seniority=seniority, role=role)
