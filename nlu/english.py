"""A message in German, French, Spanish, Portuguese, Italian or Dutch, as the readers of figures read it.

The readers of money (``money``), heads (``headcount``), dates (``timing``)
and the stance around a figure (``stance``) understand English. Rather than
a second copy of each rule per language, a message in another language is
rewritten here, for them only, into the English words they know:

- numbers in words become digits, with text2num (``alpha2digit``: its own
  lexicons of the seven languages, "zwanzigtausend" -> 20000, "trente-cinq"
  -> 35); the approximate nouns it does not know ("une trentaine", "una
  ventina") and a scale word after digits ("80 mil", "1,5 Mio.") are read
  first, because text2num would split "80 mil" into "80 1000";
- month names come from babel's CLDR data for the language;
- the few words around a figure that say what it is (currency words,
  periods, "zwischen ... und", "höchstens", "wir sind", "letztes Jahr",
  "dès que possible", "fin", "Quartal") map to their English equivalent in
  the tables below. They are the function words of each language, not the
  words of any test: each line names a kind of phrase.

Only the readers of figures see the rewritten text; fields that quote the
visitor (titles, needs, names) read what was written. English, and any
language not listed, is returned as it is. The rewrite is cached per text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlu.patterns import lazy_compile
from nlu.text import Text

LANGUAGES = ("de", "fr", "es", "pt", "it", "nl")

# Indefinite articles: text2num would read them as "1" ("un budget" -> "1 budget"); they are "a".
_ARTICLES = {
    "de": "ein|eine|einen|einem|einer|eines", "fr": "un|une", "es": "un|una|uno|unos|unas", "pt": "um|uma|uns|umas",
    "it": "un|uno|una|un'", "nl": "een",
}

# "une trentaine", "una ventina", "una veintena": about that many (text2num reads only exact numbers).
_ABOUT_NOUNS = {
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
           "cinquantaine": 50, "soixantaine": 60, "centaine": 100},
    "es": {"decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30, "cuarentena": 40,
           "cincuentena": 50, "centena": 100},
    "pt": {"dezena": 10, "dúzia": 12, "quinzena": 15, "vintena": 20, "trintena": 30, "centena": 100},
    "it": {"decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30, "quarantina": 40,
           "cinquantina": 50, "sessantina": 60, "settantina": 70, "ottantina": 80, "novantina": 90, "centinaio": 100},
    "nl": {"vijftal": 5, "zestal": 6, "tiental": 10, "dozijn": 12, "vijftiental": 15, "twintigtal": 20,
           "dertigtal": 30, "veertigtal": 40, "vijftigtal": 50, "zestigtal": 60, "zeventigtal": 70, "tachtigtal": 80,
           "negentigtal": 90, "honderdtal": 100},
    "de": {"dutzend": 12},
}
_ABOUT_PLURALS = {
    "fr": {"dizaines": "dozens", "centaines": "hundreds", "milliers": "thousands"},
    "es": {"decenas": "dozens", "cientos": "hundreds", "centenares": "hundreds", "miles": "thousands"},
    "pt": {"dezenas": "dozens", "centenas": "hundreds", "milhares": "thousands"},
    "it": {"decine": "dozens", "centinaia": "hundreds", "migliaia": "thousands"},
    "nl": {"tientallen": "dozens", "honderden": "hundreds", "duizenden": "thousands"},
    "de": {"dutzende": "dozens", "hunderte": "hundreds", "tausende": "thousands"},
}

# A scale word after digits: "80 mil" (es, pt) is 80 thousand, "1,5 Mio." 1.5 million.
_SCALES = {
    "thousand": r"tausend|tsd\.?|mille|mila|duizend|k",
    "million": r"mio\.?|millionen|million|millions|millones|millón|millon|milhões|milhoes|milhão|milhao|milioni|milione|mln\.?|miljoen|mm",
    "billion": r"mrd\.?|milliarden|milliarde|milliards|milliard|mds?|bilhões|bilhoes|bilhão|bilhao|miliardi|miliardo|mld\.?|miljard|mil millones",
}
# Written as the suffixes the English reader knows and text2num leaves alone ("80k", "1,5mn").
_SUFFIX = {"thousand": "k", "million": "mn", "billion": "bn"}
_THOUSAND_MIL = {"es", "pt"}  # "mil" is a thousand there (and a million in English chat: "2 mil")

# Phrases, by language: "a | b => english". Longest first when matched; whole words only.
_PHRASES = {
    "de": """
        abgezogen | gestrichen | weggenommen | abgeknapst => taken off
        letzten monat | letzter monat | im letzten monat | vorigen monat | im vormonat | vergangenen monat | im vergangenen monat => last month
        letztes quartal | im letzten quartal | vergangenes quartal | im vergangenen quartal => last quarter
        rechnung | die rechnung => invoice
        durchschnittlicher auftrag | durchschnittlicher auftragswert | durchschnittlicher warenkorb | durchschnittliches projekt | durchschnittlicher vertrag => average deal
        an unsere aktuelle agentur | bei unserer aktuellen agentur | an unsere jetzige agentur | bei unserer jetzigen agentur | an die aktuelle agentur => to our current agency
        nicht teil des auftrags | nicht teil des projekts | nicht teil des umfangs | nicht im umfang | nicht im auftrag | außerhalb des auftrags | außerhalb des umfangs => not in scope
        wollten | wollten eigentlich | hatten geplant | hatten vor => wanted
        unsere produkte kosten | unsere artikel kosten | unsere preise liegen | unsere preise gehen | unsere leistungen kosten => our products cost
        wir verkaufen | verkaufen wir => we sell
        idealerweise | am liebsten | bevorzugt | vorzugsweise => ideally
        realistisch | realistisch gesehen | realistisch betrachtet | realistischerweise => realistically
        nur | bloß | bloss | lediglich => only
        seit | seitdem => since
        diesen sommer | im sommer dieses jahres => this summer
        diesen herbst => this autumn
        diesen winter => this winter
        dieses frühjahr | diesen frühling => this spring
        bald | demnächst | in kürze | in bälde => soon
        projekt für | projekt ab | projektstart für => project for
        naja | na ja | nun ja => well
        hier | bei uns hier => here
        keine eile | keine hektik | kein zeitdruck | kein stress | eilt nicht | es eilt nicht | hat keine eile | haben keine eile | nicht eilig | nicht dringend | ohne eile | ohne zeitdruck => no rush
        vielleicht | eventuell | evtl. | evtl | womöglich | möglicherweise => maybe
        vielleicht auch | eventuell auch | vielleicht sogar => maybe
        wahrscheinlich | vermutlich | voraussichtlich | wohl eher => probably
        gleich viel | genauso viel | das gleiche | dasselbe => the same
        konkurrenz | unsere konkurrenz | die konkurrenz | wettbewerber | mitbewerber | konkurrenten => competitors
        ja | jawohl | genau | klar | sicher | natürlich => yes
        nein | nee | nö | noch nicht => no
        starten | beginnen | anfangen | loslegen | umsetzen | durchstarten | launchen => start
        projektstart | projektbeginn | startschuss | starttermin | beginn im | beginn ab | beginn in | beginn am | beginn ist | beginn wäre => start
        wollen | möchten | würden gerne | würden gern | wollen gerne | planen => want
        fertig | startklar | online | live => ready
        ein | eine | einen | einem | einer | eines => a
        pro jahr | im jahr | jährlich | jaehrlich | pro anno | im jahr | jahresbudget => per year
        fürs jahr | für das jahr | für das ganze jahr | fürs ganze jahr | aufs jahr => for the year
        pro monat | im monat | monatlich | pro mon. | monatsbudget => per month
        pro quartal | im quartal | quartalsweise | vierteljährlich => per quarter
        pro woche | wöchentlich => per week
        einmalig | einmal | pauschal => one-time
        insgesamt | gesamt => in total
        euro | euros => euros
        franken | sfr. | sfr => francs
        pfund => pounds
        dollar | us-dollar => dollars
        kanadische dollar | kanadischen dollar | kanadische dollars | kanadischen dollars => canadian dollars
        australische dollar | australischen dollar | australische dollars | australischen dollars => australian dollars
        neuseeländische dollar | neuseeländischen dollar => new zealand dollars
        etwa | ca. | ca | circa | zirka | rund | ungefähr | ungefaehr | so um die | um die | grob | schätzungsweise | in etwa | mehr oder weniger => about
        davon sind schon verplant | davon sind bereits verplant | davon ist schon verplant | davon ist bereits verplant | davon sind schon gebunden | davon sind bereits gebunden | davon sind schon reserviert | davon sind bereits reserviert | sind schon verplant | sind bereits verplant | ist schon verplant | ist bereits verplant => of that is already committed
        wie viel kostet | wieviel kostet | wie viel kosten | was kostet | was kosten | was verlangt ihr | was nehmt ihr | wie teuer ist => how much is
        knapp | fast | beinahe => almost
        zwischen => between
        bis zu | bis maximal | nicht mehr als => up to
        höchstens | maximal | max. | maximum => max
        weniger als | unter => less than
        eher | vielmehr | eigentlich | besser gesagt | ich meinte | ich meine | korrektur | sorry => actually
        moment | moment mal | einen moment | warte | warte mal | warten sie | nein warte => wait
        aber | jedoch => but
        vorherige | vorherigen | frühere | früheren => previous
        kostete | kosteten | hat uns gekostet => cost us
        könnten | könnte | können | kann => could
        gehen | hochgehen | aufstocken => go
        es waren | es war | waren | war => was
        gekürzt | reduziert | gesenkt | zusammengestrichen => cut
        erhöht | aufgestockt => raised
        mehr als | über | ueber | oberhalb von => over
        mindestens | wenigstens | minimum => min
        ab => from
        kein budget | keinen etat | kein etat | kein geld | noch kein budget | noch keinen etat | kein eigenes budget => no budget
        haben kein budget | haben keinen etat | haben noch kein budget => have no budget
        budget | etat | werbebudget | marketingbudget => budget
        ausgeben | investieren | aufwenden => spend
        ausgegeben | bezahlt | gezahlt | investiert => spent
        umsatz | jahresumsatz | umsätze => revenue
        erwirtschaftet | an umsatz gemacht => revenue
        letztes jahr | letzten jahr | im letzten jahr | vergangenes jahr | im vorjahr | vorjahr => last year
        freigeben | genehmigen | freigabe | genehmigung | abzeichnen | unterschreiben | unterschreibt | unterschrift | genehmigt | gibt frei | abnicken | nickt ab | grünes licht | okay geben => approve
        geschäftsführung | geschäftsführer | vorstand | chef | chefin => ceo
        alles über | alles ab | alles was über => anything over
        leute | leuten | personen | menschen | köpfe | köpfen | kollegen | kolleginnen => people
        mitarbeiter | mitarbeitern | mitarbeiterinnen | mitarbeitende | mitarbeitenden | beschäftigte | beschäftigten | angestellte | angestellten | festangestellte => employees
        ich und mein partner | mein partner und ich | ich und mein geschäftspartner | mein geschäftspartner und ich | ich und meine partnerin | meine partnerin und ich | mein mitgründer und ich | ich und mein mitgründer => me and my partner
        meine frau und ich | ich und meine frau | meine ehefrau und ich | ich und meine ehefrau => me and my wife
        mein mann und ich | ich und mein mann | mein ehemann und ich | ich und mein ehemann => me and my husband
        mein bruder und ich | ich und mein bruder => me and my brother
        meine schwester und ich | ich und meine schwester => me and my sister
        mein sohn und ich | ich und mein sohn => me and my son
        meine tochter und ich | ich und meine tochter => me and my daughter
        mein vater und ich | ich und mein vater => me and my father
        meine mutter und ich | ich und meine mutter => me and my mother
        ich | mich => me
        heute | jetzt | mittlerweile | inzwischen => now
        derzeit | aktuell | zurzeit | momentan | im moment | in diesem moment => currently
        wir sind nicht | wir sind keine => we are not
        wir sind | sind wir => we are
        wir haben | haben wir => we have
        team von | team aus | team mit | mannschaft von => team of
        firma mit | unternehmen mit | betrieb mit | firma von | unternehmen von => company of
        so schnell wie möglich | so bald wie möglich | schnellstmöglich | baldmöglichst | möglichst bald | möglichst schnell | sofort | umgehend | schnellstens | zeitnah => asap
        nächste woche | nächsten woche | kommende woche | kommenden woche => next week
        nächsten monat | nächster monat | kommenden monat | kommender monat | im nächsten monat => next month
        fürs nächste jahr | für das nächste jahr | fürs kommende jahr | für das kommende jahr => for next year
        nächstes jahr | nächste jahr | nächsten jahres | im nächsten jahr | kommendes jahr | kommende jahr | kommenden jahres => next year
        dieses jahr | diesen jahres | dieses jahres => this year
        nächstes quartal | nächsten quartal | nächsten quartals | im nächsten quartal | kommendes quartal | kommenden quartals | kommenden quartal => next quarter
        dieses quartal | dieses quartals | diesen quartals | in diesem quartal => this quarter
        ende des jahres | jahresende | ende dieses jahres => end of year
        anfang des jahres | am anfang des jahres | zu beginn des jahres | beginn des jahres | jahresanfang | jahresbeginn | zum jahresanfang | zum jahresbeginn | anfang jahr => start of the year
        mitte des jahres | zur mitte des jahres | jahresmitte | zur jahresmitte | mitte jahr => middle of the year
        im laufe des jahres | im lauf des jahres | im laufe dieses jahres | im lauf dieses jahres => within the year
        im laufe des nächsten jahres | im lauf des nächsten jahres | im laufe des kommenden jahres => next year
        des nächsten jahres | des kommenden jahres | nächsten jahres | kommenden jahres => of next year
        des jahres => of the year
        anfang | anfangs | zu beginn | beginn => early
        ende | zum ende | am ende => end of
        mitte => mid
        bis zum | bis zur | bis spätestens | spätestens zum | spätestens zur | spätestens im | spätestens => by
        bis => by
        nicht vor | nicht bevor | frühestens | nicht früher als => not before
        vor => before
        nach => after
        nach den | nach der | nach dem => after the
        eine andere agentur | andere agentur | ein anderer dienstleister | eine andere firma => another agency
        angeboten | offeriert | veranschlagt => quoted
        ein angebot über | ein angebot von | angebot über | angebot von => a quote of
        ein angebot | das angebot | angebot => a quote
        gesehen => seen
        plz | postleitzahl => postal code
        innerhalb von | innerhalb | binnen => within
        in => in
        im => in
        des | der | dem | den => the
        wochen | woche => weeks
        tage | tagen | tag => days
        monate | monaten | monat => months
        jahre | jahren | jahr => years
        quartals | quartal => quarter
        frühjahr | frühling => spring
        sommer | sommers => summer
        sommerferien | sommerpause | sommerurlaub => summer
        ein paar tausend | paar tausend => a few thousand
        einige tausend | mehrere tausend | etliche tausend => several thousand
        ein paar => a few
        herbst | herbstes => autumn
        weihnachten => christmas
        ostern => easter
        keine ahnung | weiß nicht | weiss nicht | weiß ich nicht | weiss ich nicht | wissen wir es noch nicht | wissen wir das noch nicht | wissen wir es nicht | wissen wir das nicht | unklar | noch offen | noch unklar | steht noch nicht fest => not sure
        weiß ich noch nicht | weiss ich noch nicht | wissen wir noch nicht | wissen wir nicht | das wissen wir noch nicht | das weiß ich noch nicht => not sure
        hängt davon ab | hängt ganz davon ab | kommt drauf an | kommt darauf an | je nachdem | abhängig von | hängt ab von => depends
        nur umschauen | schauen uns nur um | schauen uns erst mal nur um | schauen uns erstmal nur um | informieren uns nur | informieren uns erst mal | erst mal nur informieren | nur informieren => just researching
        keine deadline | keine frist | keinen festen termin | kein fester termin | kein festes datum | keine feste frist | keine konkrete frist | keine feste deadline | kein konkreter termin | kein fixes datum | kein konkretes datum => no deadline
        oder => or
        für => for
        nichts => nothing
        keine zeit | keine kapazität | keine kapazitäten | keinen kopf dafür => no time
        wir haben keine zeit | haben wir keine zeit | ich habe keine zeit | habe ich keine zeit => we have no time
        gestartet | begonnen | angefangen | losgelegt => started
        nächstem jahr | nächsten jahr | dem nächsten jahr | kommendem jahr => next year
        können nicht | können wir nicht | kann nicht | kann ich nicht | werden nicht => cannot
        überschreiten | übersteigen => exceed
    """,
    "fr": """
        a retiré | a enlevé | a coupé | a rogné | ont retiré | ont enlevé | ont coupé => cut
        le mois dernier | du mois dernier | au mois dernier => last month
        le trimestre dernier | du trimestre dernier => last quarter
        facture | la facture => invoice
        panier moyen | contrat moyen | projet moyen | mission moyenne | ticket moyen | commande moyenne => average deal
        à notre agence actuelle | a notre agence actuelle | avec notre agence actuelle | à notre prestataire actuel | à l'agence actuelle => to our current agency
        ne font pas partie du périmètre | ne fait pas partie du périmètre | hors périmètre | hors du périmètre | hors scope | pas dans le périmètre => not in scope
        voulait | voulions | voulais | avions prévu de | avait prévu de => wanted
        nos produits coûtent | nos produits coutent | nos articles coûtent | nos prix vont | nos prix sont | nos prestations coûtent => our products cost
        nous vendons | on vend => we sell
        idéalement | de préférence | idéalement plutôt => ideally
        réalistement | pour être réaliste | soyons réalistes | de façon réaliste => realistically
        seulement | uniquement => only
        bientôt | prochainement | sous peu => soon
        projet pour | projet prévu pour | un projet pour | le projet pour | notre projet pour => project for
        depuis => since
        ici => here
        pas pressé | pas pressés | pas pressée | pas pressées | rien ne presse | ça ne presse pas | ca ne presse pas | pas d'urgence | aucune urgence | sans urgence | rien d'urgent | pas urgent | pas de rush | on n'est pas pressés | on est pas pressés | nous ne sommes pas pressés => no rush
        peut-être | peut être | éventuellement => maybe
        peut-être même => maybe
        probablement | sans doute => probably
        faire pareil | faire la même chose => do the same
        pareil | la même chose | autant => the same
        la concurrence | nos concurrents | concurrents | concurrent => competitors
        oui | ouais | bien sûr | tout à fait | exactement => yes
        non | pas encore => no
        commencer | démarrer | lancer | débuter => start
        démarrage | le démarrage | lancement | le lancement | mise en route | mise en place | coup d'envoi | début du projet | début de la mission | mise en ligne => start
        voudrait | voudrions | voudrais | souhaitons | souhaite | souhaiterions | aimerions | aimerait | voulons | veut | prévoyons | prévoit => want
        prêt | prêts | en ligne | opérationnel => ready
        un | une => a
        par an | par année | annuel | annuels | annuelle | annuellement | à l'année | l'an => per year
        pour l'année | pour toute l'année | sur l'année | sur toute l'année | pour l'an | sur un an => for the year
        par mois | mensuel | mensuels | mensuelle | mensuellement | au mois => per month
        par trimestre | trimestriel | trimestrielle => per quarter
        par semaine | hebdomadaire => per week
        une fois | ponctuel | ponctuellement | forfait => one-time
        au total | en tout | total => in total
        euro | euros | d'euros | d'euro => euros
        francs suisses | francs | chf => francs
        livres | livres sterling => pounds
        dollars | dollar => dollars
        dollars canadiens | dollar canadien => canadian dollars
        dollars australiens | dollar australien => australian dollars
        dollars néo-zélandais | dollar néo-zélandais => new zealand dollars
        environ | à peu près | a peu pres | approximativement | autour de | dans les | aux alentours de | quelque | grosso modo | plus ou moins => about
        sont déjà engagés | sont déjà réservés | sont déjà alloués | sont déjà affectés | est déjà engagé | est déjà réservé | est déjà alloué | est déjà affecté | dont déjà engagés => is already committed
        combien coûte | combien coute | combien ça coûte | combien ca coute | combien vous prenez | combien facturez-vous | c'est combien | quel est le prix de | quel prix pour => how much is
        près de | presque | pas loin de => almost
        entre => between
        jusqu'à | jusqu'a | pas plus de => up to
        au maximum | maximum | au plus | max | au max | tout au plus | au grand maximum | grand max => max
        moins de | en dessous de | au-dessous de => less than
        enfin | plutôt | ou plutôt | en fait | pardon | je veux dire | je voulais dire | en réalité => actually
        attendez | attends | non attendez | non attends => wait
        mais => but
        ancien prestataire | ancienne agence => previous agency
        coûtait | nous coûtait | coûtaient => cost us
        on peut monter à | on pourrait monter à | peut monter à | pourrait monter à | on peut aller jusqu'à | on pourrait aller jusqu'à | pourrait aller jusqu'à => could go to
        c'était | c'étaient | était | étaient => was
        a réduit à | ont réduit à | réduit à | ramené à | baissé à | a baissé à | coupé à => cut to
        augmenté à => raised to
        plus de | au-delà de | au delà de | au-dessus de | au dessus de | dépassant => over
        au minimum | minimum | au moins | minimum de => min
        à partir de => from
        pas de budget | aucun budget | pas encore de budget | pas vraiment de budget | sans budget | pas d'argent => no budget
        budget | enveloppe => budget
        dépenser | investir => spend
        dépensé | payé | investi | facturait | facturé | facturaient => spent
        chiffre d'affaires | c.a. | chiffre d'affaire => revenue
        notre ca | le ca | un ca | notre c.a => our revenue
        un devis à | un devis de | devis à | devis de | le devis était de => a quote of
        un devis | le devis | devis => a quote
        reçu | reçus | obtenu => received
        une autre agence | autre agence | un autre prestataire => another agency
        nous a proposé | nous ont proposé | nous a demandé | nous ont demandé | nous a facturé | nous facturait | nous a fait un devis de => quoted us
        code postal => postal code
        l'an dernier | l'année dernière | l'an passé | l'année passée => last year
        ancienne agence | ancien prestataire => old agency
        valider | approuver | validation | approbation | signer | signe | signature | valide | approuve | autorise | feu vert | le feu vert | l'accord | aval | autorisation => approve
        direction | pdg | dg | patron | patronne | gérant | gérante => ceo
        tout ce qui dépasse | tout au-delà de | tout ce qui est au-dessus de => anything over
        personnes | gens | personnes environ => people
        salariés | employés | collaborateurs | collaboratrices | salariées | employées | équivalents temps plein | etp => employees
        nous ne sommes pas | on n'est pas | on est pas => we are not
        nous sommes | on est | on est environ | nous sommes environ => we are
        on a | nous avons => we have
        équipe de | une équipe de => team of
        entreprise de | société de | pme de | boîte de | structure de => company of
        dès que possible | au plus vite | le plus tôt possible | le plus vite possible | immédiatement | tout de suite | rapidement | au plus tôt | urgent | urgence | sans tarder => asap
        la semaine prochaine | semaine prochaine => next week
        le mois prochain | mois prochain => next month
        l'année prochaine | l'an prochain | année prochaine => next year
        cette année => this year
        trimestre prochain | prochain trimestre | du prochain trimestre | du trimestre prochain => next quarter
        ce trimestre | de ce trimestre => this quarter
        fin d'année | la fin de l'année | fin de l'année => end of year
        début d'année | début de l'année | le début de l'année | début de l'an | commencement de l'année => start of the year
        milieu d'année | milieu de l'année | le milieu de l'année | mi-année | mi-an => middle of the year
        début de l'année prochaine | au début de l'année prochaine | début d'année prochaine | le début de l'année prochaine => early next year
        milieu de l'année prochaine | au milieu de l'année prochaine | le milieu de l'année prochaine => mid next year
        fin de l'année prochaine | à la fin de l'année prochaine | la fin de l'année prochaine | fin d'année prochaine => end of next year
        début | au début de | début de | en début de | courant => early
        fin | à la fin de | fin de | en fin de | d'ici la fin de => end of
        mi- | mi | milieu de | à la mi- | mi-parcours => mid
        avant | jusqu'à | jusqu'en | d'ici à => before
        après => after
        d'ici | dans les | sous => within
        dans => in
        en | au | à la | aux | à => in
        semaines | semaine => weeks
        jours | jour => days
        mois => months
        ans | années | année | an => years
        trimestre | trimestres => quarter
        semestre | semestres => half
        printemps => spring
        la rentrée | rentrée | à la rentrée => september
        pas avant => not before
        mon associé et moi | moi et mon associé | mon associée et moi | moi et mon associée | mon cofondateur et moi => me and my partner
        ma femme et moi | moi et ma femme | mon épouse et moi | moi et mon épouse | mon epouse et moi | moi et mon epouse => me and my wife
        mon mari et moi | moi et mon mari | mon époux et moi | moi et mon époux | mon epoux et moi | moi et mon epoux => me and my husband
        mon frère et moi | moi et mon frère | mon frere et moi | moi et mon frere => me and my brother
        ma sœur et moi | moi et ma sœur | ma soeur et moi | moi et ma soeur => me and my sister
        mon fils et moi | moi et mon fils => me and my son
        ma fille et moi | moi et ma fille => me and my daughter
        mon père et moi | moi et mon père | mon pere et moi | moi et mon pere => me and my father
        ma mère et moi | moi et ma mère | ma mere et moi | moi et ma mere => me and my mother
        moi => me
        aujourd'hui | maintenant => now
        actuellement => currently
        cet été => this summer
        cet hiver => this winter
        cet automne => this autumn
        ce printemps => this spring
        été => summer
        vacances d'été | grandes vacances => summer
        pâques => easter
        quelques => a few
        automne => autumn
        hiver => winter
        noël => christmas
        je ne sais pas | on ne sait pas | aucune idée | pas encore décidé | pas sûr | pas sûre | pas encore défini => not sure
        on ne sait pas encore | je ne sais pas encore | on ne le sait pas encore | nous ne savons pas encore => not sure
        ça dépend | ca dépend | ça dépendra | dépend de | dépendra de | selon votre prix | en fonction de => depends
        je me renseigne | on se renseigne | on regarde juste | juste pour voir | simple curiosité => just researching
        pas de date butoir | pas de deadline | pas de date limite | aucune échéance | pas d'échéance | sans échéance | pas de date précise | pas de date fixe | aucune date | pas de délai | aucun délai | aucune échéance précise => no deadline
        ou => or
        pour => for
        de => of
        rien => nothing
        pas le temps | pas de temps | pas la capacité | pas de capacité => no time
        on n'a pas le temps | on a pas le temps | nous n'avons pas le temps | nous avons pas le temps | je n'ai pas le temps | j'ai pas le temps => we have no time
        l'ont augmenté à | ont augmenté à | l'avons augmenté à | monté à | relevé à | augmenté jusqu'à | l'ont monté à => raised it to
        au plus tôt en | au plus tôt à | au plus tôt au | au plus tôt début | au plus tôt à partir de | pas plus tôt que => not before
        ne peut pas | ne peux pas | ne pouvons pas | ne pourra pas | ne pourrons pas | ne pourrait pas | on peut pas | on pourra pas => cannot
        rien ne se passe | rien ne se fera | rien ne bougera | rien ne commence | rien ne démarre | rien ne part => nothing happens
        dépasser | excéder => exceed
    """,
    "es": """
        recortó | quitó | recortaron | quitaron | nos quitó | nos recortó => cut
        el mes pasado | del mes pasado | mes pasado => last month
        el trimestre pasado | del trimestre pasado => last quarter
        la factura => the invoice
        ticket medio | ticket promedio | contrato medio | proyecto medio | pedido medio => average deal
        a nuestra agencia actual | con nuestra agencia actual | a nuestro proveedor actual | a la agencia actual => to our current agency
        no forman parte del alcance | no forma parte del alcance | fuera del alcance | fuera de alcance | fuera del proyecto => not in scope
        queríamos | queriamos | teníamos pensado | teniamos pensado => wanted
        será => will be
        nuestros productos cuestan | nuestros precios van | nuestros precios son | nuestros servicios cuestan => our products cost
        vendemos => we sell
        idealmente | preferiblemente | de preferencia | preferentemente => ideally
        este verano => this summer
        este otoño => this autumn
        este invierno => this winter
        esta primavera => this spring
        tan pronto como => as soon as
        pronto | próximamente | proximamente | en breve => soon
        proyecto para | un proyecto para | el proyecto para => project for
        aquí | aqui | acá => here
        sin prisa | sin prisas | no hay prisa | no tenemos prisa | no tengo prisa | no tengo ninguna prisa | no corre prisa | nada urgente | no es urgente | sin urgencia | con calma => no rush
        quizá | quizás | tal vez | a lo mejor => maybe
        probablemente | seguramente => probably
        hacer lo mismo => do the same
        lo mismo | la misma cantidad => the same
        la competencia | nuestra competencia | competencia | competidores | competidor => competitors
        sí | si | claro | por supuesto | exacto => yes
        todavía no | aún no => no
        empezar | comenzar | arrancar | iniciar | lanzar | empezamos | arrancamos => start
        inicio | el inicio | arranque | el arranque | comienzo | el comienzo | lanzamiento | el lanzamiento | puesta en marcha => start
        queremos | quisiéramos | nos gustaría | me gustaría | quiero | planeamos | necesitamos => want
        listo | lista | listos | en marcha | funcionando => ready
        un | una | uno => a
        al año | por año | anual | anuales | anualmente | cada año | al ano | por ano | cada ano => per year
        para el año | para todo el año | para el ano => for the year
        al mes | por mes | mensual | mensuales | mensualmente | cada mes | mensualidad => per month
        al trimestre | por trimestre | trimestral => per quarter
        a la semana | por semana | semanal => per week
        una vez | pago único | puntual => one-time
        en total | total => in total
        euro | euros => euros
        dólares | dolares | dólar | usd => dollars
        dólares canadienses | dolares canadienses | dólar canadiense | dolar canadiense => canadian dollars
        dólares australianos | dolares australianos | dólar australiano | dolar australiano => australian dollars
        dólares neozelandeses | dolares neozelandeses | dólar neozelandés => new zealand dollars
        libras => pounds
        pesos => pesos
        reales => reais
        unos | unas | aproximadamente | alrededor de | cerca de | más o menos | aprox. | aprox | sobre | en torno a | como => about
        ya están comprometidos | ya están asignados | ya están reservados | ya está comprometido | ya está asignado | ya está reservado | ya están destinados => is already committed
        cuánto cuesta | cuanto cuesta | cuánto cobran | cuanto cobran | cuánto cobráis | cuánto costaría | cuanto costaria | cuánto sale | qué precio tiene => how much is
        casi => almost
        entre => between
        hasta | no más de => up to
        máximo | como máximo | como mucho | máx. | max => max
        menos de | por debajo de => less than
        bueno | en realidad | mejor dicho | perdón | quiero decir | o sea | más bien | mas bien | o más bien => actually
        espera | espere | espérate | no espera => wait
        siendo realistas | siendo realista => realistically
        pero => but
        anterior agencia | agencia anterior => previous agency
        costaba | nos costaba | costaban => cost us
        podríamos llegar a | podemos llegar a | podría subir a | podríamos subir a | podemos subir a => could go to
        eran | era | fue => was
        lo recortaron a | recortaron a | lo bajaron a | lo redujeron a | redujeron a | recortado a | reducido a => cut to
        más de | por encima de | arriba de | superior a => over
        mínimo | como mínimo | al menos | por lo menos => min
        a partir de | desde => from
        sin presupuesto | no tenemos presupuesto | no hay presupuesto | todavía no tenemos presupuesto | aún no tenemos presupuesto | no tenemos dinero => no budget
        presupuesto | presupuestos => budget
        gastar | invertir => spend
        gastamos | gastado | pagamos | pagado | invertimos | invertido | nos cobraba | nos cobró => spent
        facturación | facturamos | ventas | ingresos | facturamos unos | facturamos como => revenue
        el año pasado | año pasado | el último año | el ano pasado | ano pasado => last year
        aprobar | aprueba | aprobación | firmar | lo firma | autoriza | lo aprueba | visto bueno | el visto bueno | autorización => approve
        dirección | director general | ceo | jefe | jefa | gerente => ceo
        todo lo que supere | todo lo que pase de | cualquier cosa de más de => anything over
        personas | gente => people
        empleados | trabajadores | colaboradores | empleadas | trabajadoras | colaboradoras => employees
        no somos => we are not
        somos => we are
        tenemos => we have
        equipo de => team of
        empresa de | compañía de | pyme de | agencia de => company of
        lo antes posible | cuanto antes | lo más pronto posible | lo más rápido posible | de inmediato | inmediatamente | ya mismo | urgente | lo más pronto => asap
        la semana que viene | la próxima semana | próxima semana => next week
        el mes que viene | el próximo mes | próximo mes => next month
        el año que viene | el próximo año | próximo año | del año que viene | del próximo año | año que viene => next year
        a principios del | principios del | a inicios del | inicios del | a comienzos del => early
        a finales del | finales del | a fines del | fines del | al final del => end of
        a mediados del | mediados del => mid
        mi socio y yo | yo y mi socio | mi socia y yo | yo y mi socia | mi cofundador y yo => me and my partner
        mi mujer y yo | yo y mi mujer | mi esposa y yo | yo y mi esposa => me and my wife
        mi marido y yo | yo y mi marido | mi esposo y yo | yo y mi esposo => me and my husband
        mi hermano y yo | yo y mi hermano => me and my brother
        mi hermana y yo | yo y mi hermana => me and my sister
        mi hijo y yo | yo y mi hijo => me and my son
        mi hija y yo | yo y mi hija => me and my daughter
        mi padre y yo | yo y mi padre => me and my father
        mi madre y yo | yo y mi madre => me and my mother
        yo => me
        hoy | ahora | hoy en día => now
        actualmente => currently
        solo | sólo => only
        solo estoy mirando | solo mirando | sólo mirando | solo estamos mirando | solo informándome | solo nos informamos | estoy mirando | estamos mirando | solo miro | sólo miro | solo miramos => just researching
        este año | este ano => this year
        el próximo trimestre | el trimestre que viene | próximo trimestre => next quarter
        este trimestre | de este trimestre => this quarter
        antes de que termine | antes de que acabe | antes de que finalice | antes de que se acabe | antes de que cierre => before the end of
        otra agencia | una otra agencia => another agency
        nos pidió | nos pidieron | nos ofreció | nos ofrecieron | nos cotizó | nos cotizaron | nos cobraba | nos cobraban => quoted us
        código postal => postal code
        a finales de año | fin de año | finales de año => end of year
        principios de año | principios del año | principio de año | principio del año | inicios de año | inicios del año | inicio de año | inicio del año | comienzos de año | comienzos del año | comienzo de año | comienzo del año => start of the year
        mediados de año | mediados del año | mitad de año | mitad del año => middle of the year
        a principios de año | a principios del año | a inicios de año | a inicios del año | a comienzos de año | a comienzos del año | al principio del año | al inicio del año | al comienzo del año => start of the year
        para principios de año | para principios del año | para inicios de año | para comienzos de año => by the start of the year
        a mediados de año | a mediados del año | a mitad de año | a mitad del año => middle of the year
        para mediados de año | para mediados del año | hacia mediados de año | hacia mediados del año => by the middle of the year
        principios del año que viene | a principios del año que viene | inicios del año que viene | a inicios del año que viene | comienzos del año que viene | a comienzos del año que viene => early next year
        mediados del año que viene | a mediados del año que viene | mitad del año que viene | a mitad del año que viene => mid next year
        finales del año que viene | a finales del año que viene | fines del año que viene | a fines del año que viene | final del año que viene | fin del año que viene => end of next year
        a principios de | principios de | inicios de | a inicios de | comienzos de | a comienzos de => early
        a finales de | finales de | fines de | a fines de | al final de | final de | fin de => end of
        a mediados de | mediados de => mid
        para finales de | para fines de => by end of
        para principios de => by early
        antes del | antes de la => before the
        no antes de | no antes del => not before
        antes de => before
        hasta => by
        después del | después de la | tras el | tras la => after the
        después de | tras => after
        dentro de => within
        en => in
        semanas | semana => weeks
        días | dia | día | dias => days
        meses | mes => months
        años | año => years
        trimestre | trimestres => quarter
        semestre | semestres => half
        primavera => spring
        verano => summer
        vacaciones de verano => summer
        semana santa | pascua => easter
        un par de => a couple of
        otoño => autumn
        invierno => winter
        navidad => christmas
        no sé | no lo sé | ni idea | todavía no sabemos | aún no lo sabemos | no estoy seguro | no estoy segura | por definir => not sure
        no tengo idea | no tenemos idea | no tengo la menor idea => not sure
        todavía no lo sabemos | todavía no lo sé | aún no sabemos | no lo sabemos | no sabemos | aún no lo sé => not sure
        depende | depende de | dependerá de | según vuestro precio | según su precio => depends
        solo estoy mirando | solo mirando | sólo mirando | solo estamos mirando | solo informándome | solo nos informamos => just researching
        sin fecha límite | sin plazo | no hay plazo | sin fecha fija | no tenemos fecha | sin fecha | sin plazo fijo | sin plazo definido | no hay fecha | ningún plazo => no deadline
        sino | sino que => but
        o => or
        para => for
        de => of
        nada => nothing
        no tenemos tiempo | no tengo tiempo | no hay tiempo | no tenemos capacidad => we have no time
        sin tiempo => no time
        lo subieron a | subieron a | lo aumentaron a | aumentaron a | lo subimos a | lo aumentamos a | lo han subido a | lo han aumentado a | subido a | aumentado a | lo ampliaron a | ampliado a | subió a | aumentó a => raised it to
        como muy pronto en | como muy pronto a | como pronto en | como muy pronto a partir de => not before
        no podemos | no puedo | no podremos | no podríamos | no vamos a poder | no se puede => cannot
        superar | exceder | sobrepasar | superar los | superar las | exceder los | sobrepasar los => exceed
    """,
    "pt": """
        cortou | tirou | cortaram | tiraram | nos cortou | nos tirou => cut
        o mês passado | do mês passado | no mês passado | mês passado => last month
        o trimestre passado | do trimestre passado | no trimestre passado => last quarter
        a fatura => the invoice
        ticket médio | contrato médio | projeto médio | pedido médio => average deal
        à nossa agência atual | a nossa agência atual | para a nossa agência atual | com a nossa agência atual | à agência atual | ao nosso fornecedor atual => to our current agency
        fora do escopo | não faz parte do escopo | não fazem parte do escopo | fora do projeto => not in scope
        queríamos | queriamos | pretendíamos | pretendiamos => wanted
        será => will be
        os nossos produtos custam | nossos produtos custam | os nossos preços vão | nossos preços vão | os nossos serviços custam | nossos serviços custam => our products cost
        vendemos => we sell
        idealmente | de preferência | preferencialmente => ideally
        este verão | neste verão | este verao => this summer
        este outono | neste outono => this autumn
        este inverno | neste inverno => this winter
        esta primavera | nesta primavera => this spring
        em breve | brevemente => soon
        projeto para | um projeto para | o projeto para | projecto para => project for
        bem | enfim => well
        aqui | cá => here
        sem pressa | não há pressa | nao ha pressa | não temos pressa | não tenho pressa | nao tenho pressa | nada urgente | não é urgente | nao e urgente | sem urgência | com calma => no rush
        talvez | quiçá | se calhar => maybe
        provavelmente => probably
        fazer o mesmo => do the same
        o mesmo | a mesma coisa | o mesmo valor => the same
        a concorrência | nossa concorrência | concorrência | concorrentes | concorrente => competitors
        sim | claro | com certeza | exato => yes
        não | nao | ainda não => no
        começar | iniciar | lançar | começamos | arrancar => start
        início | o início | arranque | o arranque | começo | o começo | lançamento | o lançamento | pontapé inicial | entrada em produção => start
        queremos | gostaríamos | quero | pretendemos | planejamos | precisamos => want
        pronto | pronta | prontos | no ar | funcionando => ready
        um | uma => a
        por ano | ao ano | anual | anuais | anualmente => per year
        para o ano | para o ano todo | para todo o ano => for the year
        por mês | por mes | ao mês | mensal | mensais | mensalmente | mensalidade => per month
        por trimestre | trimestral => per quarter
        por semana | semanal => per week
        uma vez | pagamento único | pontual => one-time
        no total | total => in total
        euro | euros => euros
        reais | real => reais
        dólares | dolares | dólar => dollars
        dólares canadenses | dolares canadenses | dólar canadense | dolar canadense => canadian dollars
        dólares australianos | dolares australianos | dólar australiano | dolar australiano => australian dollars
        dólares neozelandeses | dolares neozelandeses | dólar neozelandês => new zealand dollars
        libras => pounds
        uns | umas | cerca de | aproximadamente | por volta de | mais ou menos | em torno de | aprox. | aprox => about
        já estão comprometidos | já estão alocados | já estão reservados | já está comprometido | já está alocado | já está reservado | já foram alocados => is already committed
        quanto custa | quanto cobram | quanto vocês cobram | quanto custaria | quanto sai | qual o preço de | qual é o preço de => how much is
        quase => almost
        entre => between
        não mais que | não mais de => up to
        no máximo | máximo => max
        menos de | abaixo de => less than
        aliás | na verdade | quer dizer | desculpa | ou melhor | na real | mais para | mais tipo => actually
        espera | espere | peraí | pera aí | não espera => wait
        sendo realista | sendo realistas => realistically
        mas => but
        agência anterior | antiga agência => previous agency
        custava | nos custava | custavam => cost us
        podemos chegar a | poderíamos chegar a | pode chegar a | podemos ir até | poderíamos ir até => could go to
        eram | era | foi => was
        reduziram para | cortaram para | baixaram para | reduzido para | cortado para | reduziu para => cut to
        mais de | acima de => over
        no mínimo | mínimo | pelo menos => min
        a partir de => from
        sem orçamento | não temos orçamento | ainda não temos orçamento | não há orçamento | nenhum orçamento | sem verba | não temos verba => no budget
        orçamento | verba => budget
        gastar | investir => spend
        gastamos | gasto | pagamos | pago | investimos | investido | nos cobrava => spent
        faturamento | faturamos | receita | faturação | vendas => revenue
        no ano passado | ano passado => last year
        aprovar | aprovação | assinar | assina | assinatura | aprova | autoriza | autorização | luz verde | o aval | aval => approve
        diretoria | diretor geral | ceo | chefe | dono | dona => ceo
        tudo acima de | qualquer coisa acima de => anything over
        pessoas | gente => people
        funcionários | funcionarios | colaboradores | empregados | trabalhadores => employees
        funcionárias | funcionarias | colaboradoras | empregadas | trabalhadoras => employees
        não somos | nao somos => we are not
        somos => we are
        temos => we have
        equipe de | equipa de | time de => team of
        empresa de | agência de => company of
        o quanto antes | o mais rápido possível | o mais breve possível | o mais cedo possível | assim que possível | imediatamente | urgente | logo que possível => asap
        semana que vem | próxima semana => next week
        mês que vem | próximo mês => next month
        ano que vem | próximo ano => next year
        este ano => this year
        próximo trimestre => next quarter
        este trimestre | deste trimestre => this quarter
        fim do | fim da | final do | final da | no fim do | no final do | ao final do | ao fim do => end of the
        outra agência | uma outra agência => another agency
        nos pediu | nos pediram | nos cobrou | nos cobraram | pediu-nos | cobrou-nos | nos ofereceu | nos orçou => quoted us
        cep | código postal => postal code
        fim do ano | final do ano => end of year
        início do ano | inicio do ano | inícios do ano | começo do ano | comeco do ano | princípio do ano | principio do ano => start of the year
        meados do ano | metade do ano | meio do ano => middle of the year
        no início do ano | no inicio do ano | no começo do ano | no comeco do ano | no princípio do ano => start of the year
        até o início do ano | até ao início do ano | para o início do ano => by the start of the year
        em meados do ano | na metade do ano | no meio do ano => middle of the year
        até meados do ano | até a metade do ano => by the middle of the year
        início do ano que vem | no início do ano que vem | começo do ano que vem | no começo do ano que vem | inicio do ano que vem | no inicio do ano que vem => early next year
        meados do ano que vem | em meados do ano que vem | meio do ano que vem | no meio do ano que vem => mid next year
        fim do ano que vem | no fim do ano que vem | final do ano que vem | no final do ano que vem => end of next year
        início deste ano | no início deste ano | começo deste ano | no começo deste ano | inicio deste ano | no inicio deste ano => early this year
        deste ano | neste ano | desse ano | nesse ano => this year
        no início de | início de | começo de | no começo de => early
        no início do | início do | no começo do | começo do | no início da | início da => early
        páscoa => easter
        no fim de | fim de | no final de | final de | ao final de => end of
        em meados de | meados de => mid
        antes do | antes da => before the
        não antes de | não antes do | não antes da => not before
        antes de => before
        até => by
        depois do | depois da => after the
        depois de | após => after
        daqui a | dentro de => in
        em | no | na => in
        semanas | semana => weeks
        dias | dia => days
        meses | mês => months
        anos | ano => years
        trimestre | trimestres => quarter
        semestre | semestres => half
        primavera => spring
        verão => summer
        férias de verão => summer
        um par de | uns dois | umas duas => a couple of
        eu e meu sócio | eu e o meu sócio | eu e minha sócia | eu e a minha sócia | meu sócio e eu | eu e meu cofundador => me and my partner
        minha mulher e eu | eu e minha mulher | a minha mulher e eu | eu e a minha mulher | minha esposa e eu | eu e minha esposa | a minha esposa e eu | eu e a minha esposa => me and my wife
        meu marido e eu | eu e meu marido | o meu marido e eu | eu e o meu marido => me and my husband
        meu irmão e eu | eu e meu irmão | o meu irmão e eu | eu e o meu irmão => me and my brother
        minha irmã e eu | eu e minha irmã | a minha irmã e eu | eu e a minha irmã => me and my sister
        meu filho e eu | eu e meu filho | o meu filho e eu | eu e o meu filho => me and my son
        minha filha e eu | eu e minha filha | a minha filha e eu | eu e a minha filha => me and my daughter
        meu pai e eu | eu e meu pai | o meu pai e eu | eu e o meu pai => me and my father
        minha mãe e eu | eu e minha mãe | a minha mãe e eu | eu e a minha mãe => me and my mother
        eu => me
        hoje | agora => now
        atualmente => currently
        só | apenas | somente => only
        outono => autumn
        inverno => winter
        natal => christmas
        não sei | não sabemos | sem ideia | ainda não sei | não tenho certeza | a definir => not sure
        não faço ideia | não faço a mínima ideia | não faço a menor ideia | nem ideia | não tenho ideia => not sure
        ainda não sabemos | não sei ainda | não sabemos ainda | ainda não sabemos bem => not sure
        depende | depende de | vai depender de | dependendo de => depends
        vi | vimos | já vi | já vimos => saw
        noutro lado | noutro sítio | noutro site | em outro lugar | em outro site | noutra agência | em outra agência => elsewhere
        só pesquisando | só estou pesquisando | só olhando | só estou a ver | estou só a ver | só estou olhando | estou só olhando | estamos só pesquisando | estamos só a ver | só a ver | só a pesquisar | estamos a pesquisar | só a informar-nos => just researching
        sem prazo | não há prazo | sem data definida | não temos data | sem prazo definido | sem prazo fixo | sem data | nenhum prazo => no deadline
        ou => or
        para => for
        de => of
        nada => nothing
        não temos tempo | nao temos tempo | não tenho tempo | nao tenho tempo | não há tempo | nao ha tempo | não temos capacidade => we have no time
        sem tempo => no time
        pra => for
        aumentaram para | o aumentaram para | aumentou para | subiram para | subiu para | aumentado para | aumentamos para | subimos para | foi aumentado para | passou para | passaram para => raised it to
        no mínimo em | no mínimo a partir de | no mais cedo em | o mais cedo em => not before
        não podemos | nao podemos | não posso | nao posso | não poderemos | não vamos conseguir | não conseguimos | não dá para | nao da para => cannot
        ultrapassar | exceder => exceed
    """,
    "it": """
        ha tagliato | ha tolto | hanno tagliato | hanno tolto | ci ha tolto | ci ha tagliato => cut
        il mese scorso | del mese scorso | lo scorso mese | nel mese scorso => last month
        il trimestre scorso | lo scorso trimestre | del trimestre scorso => last quarter
        la fattura => the invoice
        contratto medio | scontrino medio | progetto medio | ordine medio | ticket medio => average deal
        alla nostra agenzia attuale | alla nostra attuale agenzia | con la nostra agenzia attuale | all'agenzia attuale | al nostro fornitore attuale => to our current agency
        fuori dal perimetro | fuori perimetro | fuori dallo scope | non rientra nel perimetro | non rientrano nel perimetro | non fa parte del progetto | non fanno parte del progetto => not in scope
        volevamo | volevo | pensavamo di => wanted
        sarà => will be
        i nostri prodotti costano | i nostri prezzi vanno | i nostri servizi costano | i nostri articoli costano => our products cost
        vendiamo => we sell
        idealmente | preferibilmente | possibilmente | di preferenza => ideally
        presto | a breve | tra poco | fra poco | prossimamente => soon
        progetto per | un progetto per | il progetto per => project for
        qui | qua => here
        nessuna fretta | senza fretta | non c'è fretta | non ce fretta | non abbiamo fretta | non ho fretta | non ho nessuna fretta | niente di urgente | non è urgente | non urgente | con calma => no rush
        forse | magari | eventualmente => maybe
        forse anche | magari anche => maybe
        probabilmente => probably
        fare lo stesso => do the same
        lo stesso | la stessa cifra => the same
        la concorrenza | concorrenza | concorrenti | i nostri concorrenti | concorrente => competitors
        sì | si | certo | certamente | esatto => yes
        non ancora => no
        non => not
        partire | iniziare | cominciare | avviare | lanciare | partiamo | iniziamo => start
        avvio | l'avvio | partenza | la partenza | lancio | il lancio | l'inizio | inizio lavori | inizio del progetto | messa in produzione => start
        vorremmo | vogliamo | vorrei | voglio | pensiamo di | prevediamo di | abbiamo bisogno => want
        pronto | pronti | online | operativo => ready
        un | uno | una | un' => a
        all'anno | l'anno | annuo | annui | annuale | annuali | annualmente | ogni anno | per anno => per year
        al mese | mensile | mensili | mensilmente | ogni mese | per mese => per month
        al trimestre | trimestrale => per quarter
        a settimana | settimanale => per week
        una tantum | una volta | forfait => one-time
        in totale | totale => in total
        euro => euros
        franchi => francs
        sterline => pounds
        dollari | dollaro => dollars
        dollari canadesi | dollaro canadese => canadian dollars
        dollari australiani | dollaro australiano => australian dollars
        dollari neozelandesi | dollaro neozelandese => new zealand dollars
        circa | più o meno | all'incirca | intorno a | intorno ai | sui | sulle | approssimativamente => about
        sono già impegnati | sono già stanziati | sono già allocati | sono già vincolati | è già impegnato | è già stanziato | è già allocato | di cui già impegnati => is already committed
        quanto costa | quanto costerebbe | quanto chiedete | quanto fate pagare | qual è il prezzo di | che prezzo ha => how much is
        quasi => almost
        tra | fra => in
        non più di => up to
        al massimo | massimo | max => max
        meno di | sotto i => less than
        anzi | in realtà | cioè | scusa | volevo dire | o meglio => actually
        aspetta | aspetti | un attimo => wait
        realisticamente => realistically
        ma | però => but
        agenzia precedente | vecchia agenzia => previous agency
        costava | ci costava | costavano => cost us
        potremmo arrivare a | possiamo arrivare a | potrebbe salire a | potremmo salire a | possiamo salire a => could go to
        erano | era => was
        ridotto a | tagliato a | abbassato a | l'hanno ridotto a | ridotto a | ridotti a => cut to
        più di | oltre | sopra i | sopra | al di sopra di | superiore a => over
        al minimo | minimo | almeno => min
        a partire da | da => from
        nessun budget | non abbiamo budget | non abbiamo ancora un budget | non abbiamo un budget | senza budget | budget zero => no budget
        budget => budget
        spendere | investire => spend
        speso | spesi | pagato | investito | abbiamo speso => spent
        fatturato | fatturiamo | ricavi | giro d'affari => revenue
        l'anno scorso | anno scorso | lo scorso anno => last year
        approvare | approvazione | firmare | firma | approva | autorizza | via libera | il via libera | benestare | autorizzazione | autorizzare => approve
        direzione | amministratore delegato | titolare | capo => ceo
        tutto ciò che supera | tutto sopra => anything over
        persone | gente => people
        dipendenti | collaboratori | addetti | lavoratori | collaboratrici | addette | lavoratrici | impiegate | impiegati => employees
        non siamo => we are not
        siamo in | siamo => we are
        abbiamo => we have
        squadra di | team di => team of
        azienda di | un'azienda di | società di | agenzia di => company of
        il prima possibile | al più presto | quanto prima | subito | immediatamente | urgente | appena possibile => asap
        la settimana prossima | settimana prossima | prossima settimana => next week
        il mese prossimo | mese prossimo | il prossimo mese | prossimo mese => next month
        l'anno prossimo | anno prossimo | il prossimo anno | prossimo anno => next year
        quest'anno => this year
        quest'estate | questa estate | quest'estate che viene => this summer
        quest'inverno | questo inverno => this winter
        quest'autunno | questo autunno => this autumn
        questa primavera => this spring
        prossimo trimestre | il prossimo trimestre | trimestre prossimo | il trimestre prossimo => next quarter
        questo trimestre | di questo trimestre => this quarter
        fine mese | fine del mese | fine di questo mese | entro fine mese | entro fine del mese | entro la fine del mese => end of the month
        un preventivo di | preventivo di | il preventivo era di => a quote of
        un preventivo | il preventivo | preventivo => a quote
        un'altra agenzia | altra agenzia => another agency
        ci ha chiesto | ci hanno chiesto | ci ha proposto | ci hanno proposto | ci ha fatto un preventivo di => quoted us
        cap | codice postale => postal code
        visto | abbiamo visto | ho visto => saw
        prossimo | prossima => next
        fine anno | fine dell'anno => end of year
        inizio anno | inizio dell'anno | inizio d'anno | inizi dell'anno | principio dell'anno => start of the year
        metà anno | metà dell'anno | metà d'anno | meta anno => middle of the year
        a inizio anno | ad inizio anno | a inizio dell'anno | ad inizio dell'anno | all'inizio dell'anno | all'inizio d'anno | agli inizi dell'anno => start of the year
        entro inizio anno | entro l'inizio dell'anno => by the start of the year
        a metà anno | a metà dell'anno | a metà d'anno | a meta anno => middle of the year
        entro metà anno | entro la metà dell'anno | entro metà dell'anno => by the middle of the year
        inizio anno prossimo | inizio dell'anno prossimo | all'inizio dell'anno prossimo | a inizio anno prossimo | ad inizio anno prossimo | agli inizi dell'anno prossimo => early next year
        metà anno prossimo | metà dell'anno prossimo | a metà dell'anno prossimo | a metà anno prossimo => mid next year
        fine anno prossimo | fine dell'anno prossimo | alla fine dell'anno prossimo | a fine anno prossimo => end of next year
        inizio | all'inizio di | a inizio | ad inizio | inizi di | primi di => early
        fine | entro la fine di | alla fine di | a fine | entro fine => end of
        metà | a metà => mid
        entro | fino a => by
        prima dell' | prima della | prima del | prima dello | prima dei | prima delle => before the
        prima di => before
        dopo => after
        in => in
        nel | nella => in
        settimane | settimana => weeks
        giorni | giorno => days
        mesi | mese => months
        anni | anno => years
        trimestre | trimestri => quarter
        semestre | semestri => half
        primavera => spring
        estate => summer
        vacanze estive | ferie estive | ferie d'agosto => summer
        pasqua => easter
        un paio di | un paio => a couple of
        io e il mio socio | il mio socio e io | io e la mia socia | io e il mio cofondatore => me and my partner
        mia moglie e io | io e mia moglie | mia moglie ed io | io ed mia moglie => me and my wife
        mio marito e io | io e mio marito | mio marito ed io | io ed mio marito => me and my husband
        mio fratello e io | io e mio fratello | mio fratello ed io | io ed mio fratello => me and my brother
        mia sorella e io | io e mia sorella | mia sorella ed io | io ed mia sorella => me and my sister
        mio figlio e io | io e mio figlio | mio figlio ed io | io ed mio figlio => me and my son
        mia figlia e io | io e mia figlia | mia figlia ed io | io ed mia figlia => me and my daughter
        mio padre e io | io e mio padre | mio padre ed io | io ed mio padre => me and my father
        mia madre e io | io e mia madre | mia madre ed io | io ed mia madre => me and my mother
        io => me
        oggi | ora | adesso => now
        attualmente => currently
        solo | soltanto => only
        dando un'occhiata | dare un'occhiata | do un'occhiata | un'occhiata => just researching
        autunno => autumn
        inverno => winter
        natale => christmas
        non lo so | non so | non sappiamo | nessuna idea | da definire | non sono sicuro | non sono sicura => not sure
        non ne ho idea | non ne ho la minima idea | non ho idea | non ne abbiamo idea => not sure
        non lo sappiamo | non lo sappiamo ancora | ancora non lo so | ancora non lo sappiamo | non lo so ancora => not sure
        dipende | dipende da | dipende dal | dipende dalla | dipenderà da | in base al vostro prezzo => depends
        stiamo solo guardando | sto solo guardando | guardo solo | guardiamo solo | solo un'occhiata | mi sto solo informando | ci stiamo solo informando | ci stiamo informando | solo per informarci | per informarci | ci informiamo | mi informo => just researching
        nessuna scadenza | senza scadenza | non c'è una scadenza | non abbiamo scadenze | nessuna data precisa | nessuna scadenza precisa | senza una scadenza | nessuna data => no deadline
        o => or
        per => for
        di | del | della | dell' => of
        niente | nulla => nothing
        non abbiamo tempo | non ho tempo | non c'è tempo | non ce tempo | non abbiamo la capacità => we have no time
        senza tempo => no time
        l'hanno alzato a | hanno alzato a | alzato a | l'hanno aumentato a | hanno aumentato a | aumentato a | l'abbiamo alzato a | l'abbiamo aumentato a | l'hanno portato a | è salito a | e salito a | alzato fino a | aumentato fino a => raised it to
        al più presto a | al più presto ad | al più presto in | al più presto da => not before
        non possiamo | non posso | non potremo | non potremmo | non si può => cannot
        superare | sforare | eccedere | superare i | superare gli | superare le | sforare i => exceed
    """,
    "nl": """
        afgehaald | eraf gehaald | geschrapt | afgeroomd => taken off
        vorige maand | afgelopen maand | van vorige maand => last month
        vorig kwartaal | afgelopen kwartaal => last quarter
        factuur | de factuur => invoice
        gemiddelde opdracht | gemiddelde order | gemiddeld project | gemiddelde orderwaarde | gemiddeld contract => average deal
        aan ons huidige bureau | aan ons huidig bureau | bij ons huidige bureau | aan onze huidige partner | aan ons huidige agency | aan het huidige bureau => to our current agency
        buiten de scope | valt buiten de opdracht | vallen buiten de opdracht | geen onderdeel van de opdracht | buiten de opdracht => not in scope
        wilden | wilde | waren van plan => wanted
        onze producten kosten | onze prijzen liggen | onze prijzen gaan | onze diensten kosten | onze artikelen kosten => our products cost
        wij verkopen | we verkopen | verkopen we => we sell
        liefst | het liefst | bij voorkeur | idealiter => ideally
        realistisch | realistisch gezien | realistisch bekeken => realistically
        slechts | alleen maar | enkel => only
        alleen ik | alleen mijzelf | alleen mezelf => only me
        sinds | sindsdien => since
        deze zomer => this summer
        dit najaar | deze herfst => this autumn
        deze winter => this winter
        dit voorjaar | deze lente => this spring
        binnenkort | spoedig | op korte termijn => soon
        project voor | een project voor | het project voor => project for
        nou ja | nouja => well
        hier => here
        geen haast | het heeft geen haast | heeft geen haast | geen spoed | niet dringend | niet urgent | geen stress | rustig aan => no rush
        misschien | eventueel | wellicht => maybe
        misschien ook | misschien zelfs => maybe
        waarschijnlijk | vermoedelijk => probably
        hetzelfde | evenveel | net zoveel => the same
        de concurrentie | concurrentie | concurrenten | onze concurrenten | concurrent => competitors
        ja | jazeker | zeker | klopt => yes
        nee | neen | nog niet => no
        starten | beginnen | opstarten | lanceren | live gaan => start
        aftrap | de aftrap | lancering | de lancering | opstart | de opstart | startdatum | begindatum | livegang => start
        willen | zouden graag | wil | graag | plannen | moeten => want
        klaar | online | live => ready
        een => a
        per jaar | jaarlijks | p.j. | per jaar ongeveer | op jaarbasis => per year
        voor het jaar | voor het hele jaar => for the year
        per maand | maandelijks | p.m. | in de maand => per month
        per kwartaal | elk kwartaal => per quarter
        per week | wekelijks => per week
        eenmalig => one-time
        in totaal | totaal => in total
        euro | euro's => euros
        dollar | dollars => dollars
        canadese dollar | canadese dollars => canadian dollars
        australische dollar | australische dollars => australian dollars
        nieuw-zeelandse dollar | nieuw-zeelandse dollars => new zealand dollars
        pond => pounds
        ongeveer | zo'n | rond de | rond | circa | ca. | omstreeks | ruwweg | grofweg | min of meer | meer of minder => about
        daarvan is al vastgelegd | daarvan is al gereserveerd | daarvan is al toegewezen | daarvan is al verplicht | daarvan ligt al vast | is al vastgelegd | is al gereserveerd | zijn al vastgelegd | zijn al gereserveerd => of that is already committed
        hoeveel kost | wat kost | wat kosten | wat vragen jullie | wat rekenen jullie | hoe duur is => how much is
        bijna => almost
        tussen | tussen de => between
        tot maximaal | niet meer dan => up to
        maximaal | hooguit | hoogstens | maximum | max => max
        minder dan | onder de => less than
        of eigenlijk | eigenlijk | sorry | ik bedoel | beter gezegd | nee wacht | eerder | of liever | liever gezegd => actually
        wacht | wacht even => wait
        maar => but
        vorige | vorig => previous
        kostte | kostten => cost us
        kunnen naar | zouden kunnen gaan naar | kan omhoog naar | kunnen omhoog naar | zou kunnen oplopen tot | kan oplopen tot => could go to
        waren => was
        verlaagd naar | teruggebracht naar | gekort tot | ingekort tot | verlaagd tot => cut to
        meer dan | boven de | boven => over
        minimaal | minstens | ten minste | minimum => min
        vanaf => from
        geen budget | nog geen budget | geen geld | nog geen geld => no budget
        budget => budget
        uitgeven | investeren | besteden => spend
        uitgegeven | betaald | geïnvesteerd | besteed => spent
        omzet | jaaromzet => revenue
        vorig jaar | afgelopen jaar => last year
        goedkeuren | goedkeuring | tekenen | akkoord | tekent | handtekening | keurt goed | groen licht | fiat | aftekenen => approve
        directie | directeur | baas | eigenaar => ceo
        alles boven | alles over => anything over
        mensen | personen | man => people
        medewerkers | werknemers | werkneemsters | medewerksters | fte | collega's => employees
        we zijn geen | wij zijn geen | we zijn niet | wij zijn niet => we are not
        we zijn | wij zijn | we zijn met | wij zijn met => we are
        we hebben | wij hebben => we have
        team van => team of
        bedrijf met | bedrijf van | bureau met | organisatie met => company of
        zo snel mogelijk | zo spoedig mogelijk | zsm | z.s.m. | meteen | direct | per direct | onmiddellijk | asap | dringend => asap
        volgende week => next week
        volgende maand | komende maand => next month
        volgend jaar | komend jaar | volgende jaar => next year
        dit jaar => this year
        volgend kwartaal | volgende kwartaal | komend kwartaal | komende kwartaal | het volgende kwartaal => next quarter
        dit kwartaal => this quarter
        einde van het | het einde van het | eind van het | einde van de | het einde van de | eind van de => end of the
        een ander bureau | ander bureau | een ander agentschap | een andere partij => another agency
        vroeg | vroegen | rekende | rekenden => charged
        geoffreerd | aangeboden | offreerde | offreerden => quoted
        een offerte van | offerte van | de offerte was => a quote of
        een offerte | de offerte | offerte => a quote
        gezien => seen
        eind van het jaar | einde van het jaar | eind dit jaar => end of year
        begin van het jaar | het begin van het jaar | start van het jaar => start of the year
        begin van dit jaar | het begin van dit jaar | aan het begin van dit jaar | begin dit jaar => early this year
        midden van het jaar | halverwege het jaar | medio van het jaar | half jaar door => middle of the year
        begin | begin van | aan het begin van => early
        eind | einde | eind van | aan het eind van | uiterlijk eind => end of
        half | midden | medio => mid
        niet voor | niet eerder dan | op z'n vroegst | ten vroegste => not before
        voor | tot => before
        na => after
        binnen => within
        over => in
        in => in
        weken | week => weeks
        dagen | dag => days
        maanden | maand => months
        jaren | jaar => years
        kwartaal | kwartalen => quarter
        halfjaar | helft => half
        lente | voorjaar => spring
        tegen de zomer => by summer
        tegen het voorjaar | tegen de lente => by spring
        tegen het najaar | tegen de herfst => by autumn
        tegen de winter => by winter
        tegen kerst => by christmas
        zomer => summer
        zomervakantie | bouwvak => summer
        pasen => easter
        uiterlijk | ten laatste | op z'n laatst | op zijn laatst => by
        een paar duizend => a few thousand
        enkele duizenden | een aantal duizenden => a few thousand
        een paar => a couple of
        herfst | najaar => autumn
        kerst => christmas
        ik en mijn compagnon | mijn compagnon en ik | ik en mijn partner | mijn partner en ik | ik en mijn zakenpartner => me and my partner
        mijn vrouw en ik | ik en mijn vrouw | mijn echtgenote en ik | ik en mijn echtgenote => me and my wife
        mijn man en ik | ik en mijn man | mijn echtgenoot en ik | ik en mijn echtgenoot => me and my husband
        mijn broer en ik | ik en mijn broer => me and my brother
        mijn zus en ik | ik en mijn zus | mijn zuster en ik | ik en mijn zuster => me and my sister
        mijn zoon en ik | ik en mijn zoon => me and my son
        mijn dochter en ik | ik en mijn dochter => me and my daughter
        mijn vader en ik | ik en mijn vader => me and my father
        mijn moeder en ik | ik en mijn moeder => me and my mother
        ik => me
        nu | vandaag => now
        momenteel | op dit moment => currently
        weet ik niet | geen idee | nog niet bekend | nog onduidelijk | weet niet | weten we het nog niet | weten we het niet | weten we nog niet | weten we niet => not sure
        weten we nog niet | dat weten we nog niet | weet ik nog niet | dat weet ik nog niet | weten we niet => not sure
        hangt ervan af | hangt af van | het hangt ervan af | afhankelijk van | hangt ervan af wat => depends
        aan het oriënteren | nog aan het oriënteren | oriënteren | aan het rondkijken | alleen oriënteren | we oriënteren ons | ik oriënteer me | even rondkijken | alleen rondkijken => just researching
        geen deadline | geen termijn | geen vaste datum | geen vaste deadline | geen harde deadline | geen vaste termijn | geen datum => no deadline
        of => or
        het | de => the
        niets => nothing
        geen tijd | geen capaciteit | geen ruimte => no time
        hebben we geen tijd | we hebben geen tijd | hebben wij geen tijd | heb ik geen tijd | ik heb geen tijd => we have no time
        hebben we | hebben wij => we have
        inmiddels => now
        begonnen | gestart | van start gegaan => started
        verhoogd naar | opgehoogd naar | verhoogd tot | opgehoogd tot | opgetrokken naar | opgetrokken tot => raised it to
        op zijn vroegst | op z'n vroegst | ten vroegste | niet eerder dan | niet vóór => not before
        kunnen niet | kunnen we niet | kan niet | kan ik niet => cannot
        overschrijden | te boven gaan => exceed
    """,
}

# "1. Quartal", "1er trimestre", "2º semestre", "2e kwartaal", "T1", "primer trimestre": quarters and halves.
_ORDINAL_WORDS = {
    "primer": 1, "primero": 1, "primera": 1, "primeiro": 1, "primo": 1, "premier": 1, "première": 1, "ersten": 1, "erste": 1,
    "eerste": 1, "segundo": 2, "segunda": 2, "secondo": 2, "second": 2, "deuxième": 2, "zweiten": 2, "zweite": 2,
    "tweede": 2, "tercer": 3, "tercero": 3, "terceiro": 3, "terzo": 3, "troisième": 3, "dritten": 3, "dritte": 3,
    "derde": 3, "cuarto": 4, "quarto": 4, "quatrième": 4, "vierten": 4, "vierte": 4, "vierde": 4,
    # the feminine and neuter forms ("la segunda mitad", "la seconde moitié", "a primeira metade", "das zweite Halbjahr")
    "primeira": 1, "prima": 1, "seconde": 2, "seconda": 2, "tercera": 3, "terceira": 3, "terza": 3,
    "cuarta": 4, "quarta": 4, "erstes": 1, "zweites": 2, "drittes": 3, "viertes": 4,
}
_ORDINAL = r"(?:(?P<n>[1-4])\s*(?:\.ᵉʳ|ᵉʳ|\.|ère|ème|eme|er|re|e|º|ª|°|o|a)?|(?P<w>" + "|".join(_ORDINAL_WORDS) + r"))"
_PERIOD_OF = re.compile(
    _ORDINAL + r"\s+(?P<unit>quarter|half|quartals?|trimestres?|kwartaal|halbjahr(?:es)?|jahreshälfte|hälfte|semestres?|helft|halfjaar|moitié|metà|mitad|metade)\b"
)
_SHORT_PERIOD = re.compile(r"\b(?:(?P<q>[tk])(?P<qn>[1-4])|(?P<s>s)(?P<sn>[12]))\b")



@lru_cache(maxsize=8)
def _phrases(lang: str) -> dict[str, list[tuple[str, str]]]:
    """The language's phrases by their first word, longest first.

    A dictionary, not one regular expression: an alternation of some
    hundreds of phrases takes seconds to compile and milliseconds to match.
    """
    table: dict[str, str] = {}
    for line in _PHRASES[lang].strip().splitlines():
        said, english = line.split("=>")
        for phrase in said.split("|"):
            table.setdefault(phrase.strip(), english.strip())
    for phrase, english in _months(lang).items():
        table.setdefault(phrase, english)
    by_first: dict[str, list[tuple[str, str]]] = {}
    for phrase in sorted(table, key=len, reverse=True):
        first = re.match(r"\w*", phrase).group(0)
        if first:
            by_first.setdefault(first, []).append((phrase, table[phrase]))
    return by_first


@lru_cache(maxsize=8)
def _months(lang: str) -> dict[str, str]:
    """Month names in the language (CLDR, through babel), full and abbreviated, to English ones."""
    from babel.dates import get_month_names

    english = get_month_names("wide", locale="en")
    names: dict[str, str] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=lang).items():
            name = name.lower().rstrip(".")
            # Short forms that are words too ("mar", "set", "ago", "out") are left out; full names are not.
            if width == "wide" or len(name) >= 4:
                names[name] = english[number].lower()
    # "a marzo", "im März", "en février": in that month (English needs the "in" to tell "march" and "may" apart).
    bare = list(names.items())  # one preposition per name: "fine marzo", not "fine metà inizio marzo"
    for preposition, said in _MONTH_PREPOSITIONS[lang].items():
        for name, month in bare:
            names[f"{preposition} {name}"] = f"{said} {month}"
    return names


_MONTH_PREPOSITIONS = {
    "de": {"im": "in", "in": "in", "bis": "by", "ab": "from", "vor": "before", "nach": "after", "seit": "since"},
    "fr": {"en": "in", "au mois de": "in", "d'ici": "by", "avant": "before", "après": "after", "dès": "from", "début": "early", "fin": "end of", "mi": "mid", "mi-": "mid"},
    "es": {"en": "in", "para": "by", "antes de": "before", "después de": "after", "desde": "from", "hasta": "by"},
    "pt": {"em": "in", "para": "by", "pra": "by", "antes de": "before", "depois de": "after", "até": "by", "a partir de": "from"},
    "it": {"a": "in", "ad": "in", "in": "in", "entro": "by", "per": "by", "prima di": "before", "dopo": "after", "da": "from", "fine": "end of", "inizio": "early", "metà": "mid"},
    "nl": {"in": "in", "per": "from", "voor": "before", "vóór": "before", "tegen": "by", "na": "after", "vanaf": "from", "eind": "end of", "begin": "early", "half": "mid", "medio": "mid"},
}


@lru_cache(maxsize=8)
def _day_month_pattern(lang: str) -> re.Pattern[str]:
    """A day of a month, with the word for "by" or "until" that may come before it ("bis zum 15. März",
    "hasta el 15 de marzo"): the readers of figures must see a date there, not "up to 15"."""
    from babel.dates import get_month_names

    names = {name.lower().rstrip(".") for width in ("wide", "abbreviated") for name in get_month_names(width, locale=lang).values()}
    months = "|".join(sorted((n for n in names if len(n) >= 3), key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\w'])(?P<by>bis zum|bis spätestens|bis|spätestens am|spätestens|hasta el|hasta|até o dia|até dia|até|fino al|fino a|entro il|"
        rf"tot en met|tot|tegen|uiterlijk|jusqu'au|d'ici le)\s+|(?<![\w'])(?P<on>am|vom|ab dem|ab)\s+)?\b(?P<day>[0-3]?\d)\.?(?P<month>\s+(?:de\s+|di\s+)?(?:{months})\b)"
    )


def _days_of_months(lower: str, lang: str) -> str:
    if not _DIGIT.search(lower):
        return lower
    return _day_month_pattern(lang).sub(lambda m: ("by " if m.group("by") else "on " if m.group("on") == "am" else "from " if m.group("on") else "") + m.group("day") + m.group("month"), lower)


@lru_cache(maxsize=8)
def _about_pattern(lang: str) -> re.Pattern[str]:
    words = "|".join(sorted([*_ABOUT_NOUNS.get(lang, {}), *_ABOUT_PLURALS.get(lang, {})], key=len, reverse=True))
    return re.compile(rf"(?:\b(?:une|una|uma|un|een|ein|eine|la|les|las|os|as)\s+)?\b(?P<noun>{words})\b(?:\s+(?:de|di|d'|del|van|von)\b\s*)?")


# "met z'n twintigen", "met zijn vieren": the twenty, the four of us (Dutch).
_WITH_THE_N_OF_US = lazy_compile(r"\bmet z(?:'|ij)n (\w+?)([bcdfghjklmnpqrstvwxz])?\2?(?:ën|en)\b")


def _the_n_of_us(lower: str) -> str:
    return _WITH_THE_N_OF_US.sub(lambda m: _unvoiced(m.group(1) + (m.group(2) or "")) + " mensen", lower)


def _unvoiced(stem: str) -> str:
    """The numeral a Dutch "-en" form was built on: "twaalv(en)" is twaalf, "elv(en)" elf (v and z voice before -en)."""
    return stem[:-1] + {"v": "f", "z": "s"}[stem[-1]] if stem[-1:] in ("v", "z") else stem


def _about_nouns(lower: str, lang: str) -> str:
    nouns = _ABOUT_NOUNS.get(lang, {})
    plurals = _ABOUT_PLURALS.get(lang, {})
    if not nouns and not plurals:
        return lower
    pattern = _about_pattern(lang)

    def swap(m: re.Match[str]) -> str:
        noun = m.group("noun")
        if noun in nouns:
            return f"about {nouns[noun]} "
        if noun in plurals:
            return plurals[noun] + " "
        return m.group(0)

    return pattern.sub(swap, lower)


@lru_cache(maxsize=8)
def _scale_after_digits(lang: str) -> re.Pattern[str]:
    # Longest scale first: "mil millones" (a billion) before "mil" (a thousand in es and pt).
    names = {"billion": _SCALES["billion"], "million": _SCALES["million"], "thousand": _SCALES["thousand"]}
    if lang in _THOUSAND_MIL:
        names["thousand"] += "|mil"
    alternatives = "|".join(f"(?P<{k}>{v})" for k, v in names.items())
    return re.compile(r"(?<=\d)\s?(?:" + alternatives + r")(?![\w])")


@lru_cache(maxsize=8)
def _decimal_comma(lang: str) -> bool:
    """Whether the language writes decimals with a comma (CLDR, through babel): "2,500 Mio." is 2.5 million there."""
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(lang) == ","


def _scales(lower: str, lang: str) -> str:
    def name(m: re.Match[str]) -> str:
        return _SUFFIX[next(k for k, v in m.groupdict().items() if v)]

    lower = _scale_after_digits(lang).sub(name, lower)
    if _decimal_comma(lang):
        # "3.000 millones" is three thousand millions there: "3000mn" (a dot groups thousands), before the comma
        # becomes the dot of a decimal
        lower = re.sub(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?=(?:mn|bn)\b)", r"\1\2", lower)
        # "2,500mn" -> "2.500mn", which the reader takes as 2.5 million
        lower = re.sub(r"(?<![\d.,])(\d{1,3}),(\d{3})(?=(?:mn|bn)\b)", r"\1.\2", lower)
    return lower


_AND = {"de": "und", "fr": "et", "es": "y", "pt": "e", "it": "e", "nl": "en"}


@lru_cache(maxsize=8)
def _conjunction(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w']){_AND[lang]}(?![\w'])")


@lru_cache(maxsize=8)
def _article_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{_ARTICLES[lang]})(?![\w'])")


# A range in words with its scale said once, after its top ("entre quarante et cinquante mille", "entre cuarenta y
# cincuenta mil", "entre quarenta e cinquenta mil", "tussen veertig en vijftig duizend", "zwischen vierzig und fünfzig
# Millionen"): text2num reads "40 and 50000"; the scale belongs to both ends. A top no bigger than its start is one
# number ("treinta y cinco mil", "vingt et un mille", "soixante et onze mille").
_RANGE_IN_WORDS = re.compile(
    r"(?<![\w-])(?P<a>[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?P<conj>et|à|a|y|o|ou|e|und|bis|oder|en|tot|of|and|to|or|in|up to)\s+"
    r"(?P<b>[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?P<scale>mille|mil|mila|tausend|duizend|thousand|millions?|millones|mill(?:ó|o)n|milioni|"
    r"milh(?:õ|o)es|milh(?:ã|a)o|millionen|million|miljoen)\b"
)


def _word_value(words: str, lang: str) -> int | None:
    from text_to_num import alpha2digit

    try:
        said = alpha2digit(words, lang, threshold=0).strip()
    except Exception:  # noqa: BLE001 - text2num fails on words it cannot read: then they are no number
        return None
    return int(said) if said.isdigit() else None


@lru_cache(maxsize=8192)
def number_word_value(word: str, lang: str) -> int | None:
    """The value of one number word in the language ("quarenta" in Portuguese is 40), None when it is none of its."""
    if lang not in LANGUAGES and lang != "en":
        return None
    return _word_value(word, lang)


def _scale_both_ends(lower: str, lang: str) -> str:
    """ "quarante et cinquante mille" as "quarante mille et cinquante mille": each end of a range in words at its scale."""
    def scaled(m: re.Match[str]) -> str:
        a, b = _word_value(m.group("a"), lang), _word_value(m.group("b"), lang)
        if a is None or b is None or not 0 < a < b < 1000:
            return m.group(0)
        # (the conjunction in English: text2num joins "quarante mille et cinquante" into one number)
        # ("à", "bis", "tot" are "in" and "up to" once the tables have read them: "vingt in trente mille")
        conj = {"to": "to", "à": "to", "a": "to", "bis": "to", "tot": "to", "in": "to", "up to": "to", "or": "or", "o": "or",
                "ou": "or", "oder": "or", "of": "or"}.get(m.group("conj"), "and")
        return f"{m.group('a')} {m.group('scale')} {conj} {m.group('b')} {m.group('scale')}"
    return _RANGE_IN_WORDS.sub(scaled, lower) if _RANGE_IN_WORDS.search(lower) else lower


# "drei bis viertausend", "drei- bis vierhunderttausend", "trois à quatre cent mille", "tre o quattromila", "drie tot
# vierduizend": a unit word, then a round top in words (one digit and its scale); the unit is at the top's whole scale
# (3000 to 4000, 300000 to 400000). "bis" before "viertausend" was read as "up to" and the unit alone as 3, and the
# German and Dutch suspended hyphen gave the unit only the last of the top's scales ("dreitausend").
_ROUND_TOP_RANGE = re.compile(
    r"(?<![\w-])(?P<a>[^\W\d_]+)(?:-?\s+(?P<conj>bis|oder|und|tot|of|en|à|a|ou|et|o|e|y|to|or|and)\s+|-(?=[^\W\d_]))"
    r"(?P<b>[^\W\d_]+(?:[\s-](?:cent|cents|mille|mil|mila|tausend|duizend|hundert|honderd|cento|millions?|millones|"
    r"milioni|milh(?:õ|o)es|miljoen))*)\b"
)
_OR_WORDS = frozenset({"oder", "of", "ou", "o", "or"})
_A_SCALE_WORD = re.compile(r"tausend|duizend|mil|cent|hundert|honderd|miljoen")


def _round_top_ranges(lower: str, lang: str) -> str:
    def scaled(m: re.Match[str]) -> str:
        if len(m.group("a")) > 8 or not _A_SCALE_WORD.search(m.group("b")):
            return m.group(0)  # (text2num is asked only of a top with a scale in it)
        a = _word_value(m.group("a"), lang)
        if a is None or not 1 <= a <= 8:
            return m.group(0)
        b = _word_value(m.group("b"), lang)
        if b is None or b < 100:
            return m.group(0)
        digits = str(b)
        lead, zeros = int(digits[0]), len(digits) - 1
        if digits[1:] != "0" * zeros or not a < lead:
            return m.group(0)
        conj = "or" if m.group("conj") in _OR_WORDS else "to"
        return f"{a * 10 ** zeros} {conj} {b}"
    return _ROUND_TOP_RANGE.sub(scaled, lower)


def _numbers(lower: str, lang: str) -> str:
    """Number words to digits, with text2num; articles are kept as words ("a")."""
    from text_to_num import alpha2digit

    hidden = _article_pattern(lang).sub("a", lower)  # the English article, which text2num reads as a word
    try:
        return alpha2digit(hidden, lang, threshold=0)
    except (ValueError, RuntimeError):  # never fail on visitor text: keep the words
        return hidden


def _periods_of_year(lower: str) -> str:
    def period(m: re.Match[str]) -> str:
        n = int(m.group("n")) if m.group("n") else _ORDINAL_WORDS[m.group("w")]
        unit = m.group("unit")
        if unit.startswith(("quarter", "quartal", "trimestre", "kwartaal")):
            return f"q{n}"
        return f"h{min(n, 2)}"

    lower = _PERIOD_OF.sub(period, lower)
    return _SHORT_PERIOD.sub(lambda m: f"q{m.group('qn')}" if m.group("q") else f"h{m.group('sn')}", lower)


# Where a word starts; an elided article before it ("d'environ", "l'anno") does not hide it.
_WORD_START = re.compile(r"(?<!\w)\w+")


def _words(lower: str, lang: str) -> str:
    by_first = _phrases(lang)
    out: list[str] = []
    done = 0
    for m in _WORD_START.finditer(lower):
        if m.start() < done:
            continue
        for phrase, english in by_first.get(m.group(0), ()):
            end = m.start() + len(phrase)
            # a phrase that ends in an elided article ("prima dell'") runs into the next word by design
            if lower.startswith(phrase, m.start()) and (phrase[-1] == "'" or not (end < len(lower) and (lower[end].isalnum() or lower[end] == "_"))):
                out += [lower[done: m.start()], english + " " if phrase[-1] == "'" else english]
                done = end
                break
    out.append(lower[done:])
    return "".join(out)


# "3 bis 5", "de 10 à 20", "dai 2.000 ai 3.000", "van 10 tot 20": a range between two figures. The words
# are read in every language at once: a short answer is often too short to tell its language ("de 20.000
# a 30.000 €" is Spanish or Portuguese) and none of these, between two figures, means anything else.
_RANGE_FROM = r"von|de|desde|da|dai|dal|dalla|dalle|dagli|van|vanaf"
_RANGE_TO = r"bis|à|a|ai|al|alla|alle|agli|hasta|até|tot"
_RANGE_BETWEEN = r"zwischen|zw\.|entre|tra|fra|tussen(?: de)?"
_RANGE_AND = r"und|et|y|e|en"
_FIGURE = r"(?:[$€£]\s*|r\$\s*|chf\s*)?\d[\d.,' \u00a0\u202f]*(?:k|mn|bn)?(?:\s*[$€£])?"
_NEXT_FIGURE = r"(?=(?:[$€£]\s*|r\$\s*|chf\s*)?\d)"
_ARTICLE = r"(?:(?:i|le|les|los|las|os|as|de|die|den|het|gli)\s+)?"
_BETWEEN = lazy_compile(rf"\b(?:{_RANGE_BETWEEN})\s+{_ARTICLE}({_FIGURE})\s+(?:{_RANGE_AND})\s+{_ARTICLE}{_NEXT_FIGURE}")
_FROM_TO = lazy_compile(rf"(?:\b(?:{_RANGE_FROM})\s+)?({_FIGURE})\s+(?:{_RANGE_TO})\s+{_NEXT_FIGURE}")
# In a message read as English the word before the first figure must say "from" too: "5 a 10" could be "5 a day".
_FROM_TO_STRICT = lazy_compile(rf"\b(?:{_RANGE_FROM})\s+({_FIGURE})\s+(?:{_RANGE_TO})\s+{_NEXT_FIGURE}")


_DIGIT = re.compile(r"\d")


def _ranges(lower: str, strict: bool = False) -> str:
    if not _DIGIT.search(lower):
        return lower
    lower = _BETWEEN.sub(lambda m: "between " + m.group(1).strip() + " and ", lower)
    return (_FROM_TO_STRICT if strict else _FROM_TO).sub(lambda m: m.group(1).strip() + " to ", lower)


# "nicht 200, eher 150", "pas 200 mais 150", "geen 200 maar 150": a figure said not to be the one (the English
# reader knows "not 200"). Read after the tables: "non" and "não" are "no" by then (Portuguese "no", "in the",
# is "in"), and Italian's "non" is already "not".
_NOT_FIGURE = {
    lang: re.compile(rf"(?<![\w'])(?:{words})(?=\s+(?:[$€£]\s*)?\d)")
    for lang, words in {"de": "nicht|keine", "fr": "pas|no", "es": "no", "pt": "no", "it": "non", "nl": "niet|geen"}.items()
}


# "bis zu 5.000", "hasta 20 mil", "até 10 mil": up to a figure; before a date the same words say "by".
_UP_TO = re.compile(
    r"(?<![\w'])(?:bis zu|bis|hasta|até|fino a|fino al|tot|jusqu'à|jusqu'a|jusqu'au)(?=\s*(?:[$€£]|r\$|chf|eur)?\s*\d|"
    # ... or a number of thousands in words, read into digits later ("fino a duemila", "bis zu zweitausend", "hasta dos mil")
    r"\s+(?:[^\W\d_]+[\s-]?)?(?:mila|mille|mil|tausend|duizend)\b)"
)


# "dieses Jahr die Hälfte", "este año el doble": a share of an amount said before, ending its clause
# (before a month "la metà" is the middle of it, and stays for the month tables).
_SHARES = lazy_compile(
    r"\b(?:(?P<half>die hälfte|halb so viel|la moitié|la mitad|a metade|metade|la metà)|"
    r"(?P<double>das doppelte|doppelt so viel|le double|el doble|o dobro|il doppio|het dubbele|dubbel zoveel))"
    r"(?=\s*(?:davon|de eso|disso|di quello|daarvan|de ça|de cela)?\s*(?:[.,;!?)]|$))"
)


# "vanaf 1.000 euro moet ...", "à partir de 5 000 €": from a sum of money on, which the English reader
# knows as "more than" (a threshold, or a budget's lower end); before a date ("a partir de 15 de março") they stay.
_FROM_SUM = lazy_compile(
    r"(?<![\w'])(?:vanaf|à partir de|a partir de|a partire da|a partire dai|ab)(?=\s*(?:(?:[$€£]|r\$|chf|eur)\s*\d|\d[\d.,' ]*\s*(?:[$€£]|k\b|mil\b|mila\b|euros?\b|eur\b|reais\b|franken\b)))"
)


# "entro la fine del trimestre" -> "by la end of of quarter", "tutto sopra i 5.000": an article of the language
# left after an English word of the tables. Before a figure it goes; before a word it is "the".
_ARTICLE_AFTER = lazy_compile(
    r"\b(anything over|over|more than|up to|under|less than|about|max|min|by|end of|early|mid|before|after|in|within|for)"
    r"((?:\s+(?:la|le|il|lo|i|gli|el|los|las|les|del|della|dello|dei|du|des|do|da|das|der|dem|den|het|o|os|of|the))+)\s+(?=[$€£]?\d|[^\W\d])"
)


_END_OF_PLURAL = lazy_compile(r"\b(end of (?:the )?(?:month|year|week|quarter))s\b")


# "2,5 ton", "een halve ton": Dutch counts sums of money in hundreds of thousands.
_TON = lazy_compile(r"(?:\b(?P<digits>\d+(?:[.,]\d+)?)|\b(?P<word>een halve|een|anderhalve|halve))\s+ton\b(?!\s+(?:\w+\s+)?(?:staal|zand|gewicht|vracht|co2))")


def _tons(m: re.Match[str]) -> str:
    if m.group("digits"):
        value = float(m.group("digits").replace(",", "."))
    else:
        value = {"een halve": 0.5, "halve": 0.5, "een": 1.0, "anderhalve": 1.5}[m.group("word")]
    return str(round(value * 100_000))


# "zwischen fünf- und zehntausend", "vijf- tot tienduizend": the first number shares the second's scale.
# "in der zweiten Januarwoche" ("2. januarwoche" once the numbers are read): the week of a month in one word, as the
# English reader knows it ("2. weeks of january").
_MONTH_WEEK = lazy_compile(
    r"\b(\d\.)\s*(januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember)woche\b")
# Staff in the shorthand of each language, after a figure: German "30 MA" (Mitarbeiter), Dutch "30 mdw" / "mw"
# (medewerkers), French "30 collabs", Spanish "30 empl.", Portuguese "30 func.", Italian "30 dip." (dipendenti): the
# English reader knows them as "employees". Only after a figure, and only in the language that writes them ("ma" is
# Italian "but", "mw" a megawatt in English).
_STAFF_SHORTHAND = {lang: lazy_compile(rf"(?<![\w.,])(\d[\d.,]*)\s*(?:{words})(?![\w])") for lang, words in {
    "de": r"ma|mas|ma'?s|mitarb\.?|mitarb(?:eiter)?innen",
    "fr": r"collabs?\.?|collab\.|coll\.|sal\.",
    "es": r"empl\.?|emp\.|trab\.|colab\.?|colabs",
    "pt": r"func\.?|funcs|colab\.?|colabs",
    "it": r"dip\.|dipend\.?|coll\.",
    "nl": r"mw|mdw\.?|mdws|medew\.?",
}.items()}
# "zweieinhalbtausend", "anderthalb Millionen", "tweeënhalfduizend", "anderhalf miljoen": two and a half (one and a
# half) before a scale, in one word or two, which text2num does not read: "2,5" and "1,5" the scale words then take.
_UNITS_HALF = {
    "de": ("ein zwei drei vier fünf sechs sieben acht neun zehn".split(), "einhalb", "anderthalb"),
    "nl": ("een twee drie vier vijf zes zeven acht negen tien".split(), "(?:ë|e)nhalf", "anderhalf"),
}
_HALVES = {lang: lazy_compile(rf"\b(?:(?P<n>{'|'.join(units)}){half}|(?P<one>{one}))(?:\s+|(?=tausend|duizend|$|[^\w]))")
           for lang, (units, half, one) in _UNITS_HALF.items()}


def _half(lang: str, m: re.Match[str]) -> str:
    n = 1 if m.group("one") else _UNITS_HALF[lang][0].index(m.group("n")) + 1
    return f"{n},5" + (" " if m.group(0)[-1:].isspace() or m.string[m.end(): m.end() + 1].isalpha() else "")


# "dois mil e meio", "dos mil y medio", "duemila e mezzo", "deux mille et demi" (read "2000 and meio"): the half of the
# scale added, 2500; "um milhão e meio" 1.5 million.
_AND_A_HALF = lazy_compile(r"\b(\d+)\s+and\s+(?:meio|meia|medio|media|mezzo|mezza|demi|demie|halb|half)\b")


def _and_a_half(m: re.Match[str]) -> str:
    n = int(m.group(1))
    scale = 1_000_000 if n % 1_000_000 == 0 else 1000 if n % 1000 == 0 else 0
    return str(n + scale // 2) if scale else m.group(0)


_SLANG_SCALE = lazy_compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(palos?|lucas|luca|luquitas)\b(?!\s+(?:de|del|of)\b)")
# "uns dois mil" is about two thousand, not "a couple of" a thousand (Portuguese "uns dois" before a scale).
_ABOUT_BEFORE_A_SCALE = lazy_compile(r"\b(?:uns|umas)\s+(?=\w+\s+(?:mil|milh(?:õ|o)es|milh(?:ã|a)o)\b)")
_DEPENDS_SPLIT = lazy_compile(r"\bh(?:ä|ae)ngt\s+(?:ganz\s+|stark\s+|auch\s+)?von\s+([^.,;!?]{1,40}?)\s+ab\b")
_GERMAN_MONTHS = {"januar": "january", "jänner": "january", "februar": "february", "feber": "february", "märz": "march",
                  "april": "april", "mai": "may", "juni": "june", "juli": "july", "august": "august",
                  "september": "september", "oktober": "october", "november": "november", "dezember": "december"}
_SUSPENDED = lazy_compile(r"\b(\w+)-\s+(und|oder|bis|tot|en|of)\s+(\w+?)(tausend|hundert|duizend|honderd)\b")


# "vor einem Jahr", "il y a deux ans", "hace un año", "há um ano", "dois anos atrás", "un anno fa", "een jaar geleden": a
# time counted back from now, which the English reader knows as "a year ago" and never takes for a time ahead (issue 14).
# Read after the tables and the number words: German "vor" is "before" by then ("before a years"), and German says
# "before" a time ahead with a noun ("vor dem Sommer"), never with a count; "nicht vor einem Jahr" ("not before") is ahead.
# French "il y a" and Portuguese "há" are also "there is": "il y a deux semaines de travail" counts work, not time gone.
_SPAN_BACK = (r"(?P<span>(?:(?:about|almost|over|more than|less than|nearly|only)\s+)?"
              r"(?:(?:\d+(?:[.,]\d+)?|a|a few|a couple of|several)\s+)?(?:days?|weeks?|months?|years?|quarters?))")
_AGO: dict[str, tuple[re.Pattern[str], ...]] = {
    lang: tuple(lazy_compile(pattern) for pattern in patterns)
    for lang, patterns in {
        "de": (rf"(?<!\bnot )\bbefore\s+{_SPAN_BACK}\b",),
        "fr": (rf"\b(?:il y a|y a|ça fait|ca fait|cela fait)\s+{_SPAN_BACK}\b(?!\s+of\b)",),
        "es": (rf"\bhace\s+{_SPAN_BACK}\b",),
        "pt": (rf"(?<![\w'])(?:há|faz)\s+{_SPAN_BACK}\b(?!\s+of\b)", rf"\b{_SPAN_BACK}\s+atr(?:á|a)s\b"),
        "it": (rf"\b{_SPAN_BACK}\s+fa\b",),
        "nl": (rf"\b{_SPAN_BACK}\s+geleden\b",),
    }.items()
}


# "letzten Sommer", "l'été dernier", "el verano pasado", "o verão passado", "la scorsa estate", "afgelopen voorjaar": a
# season or a month gone by, which the English reader knows as "last summer" (read as the next summer before).
_NAMED_TIME = (r"(?P<time>spring|summer|autumn|fall|winter|christmas|easter|january|february|march|april|may|june|july|august|"
               r"september|october|november|december)")
_LAST: dict[str, tuple[re.Pattern[str], ...]] = {
    lang: tuple(lazy_compile(pattern) for pattern in patterns)
    for lang, patterns in {
        "de": (rf"\b(?:letzten|letzter|letztes|vergangenen|vergangener|vergangenes|vorigen|voriger|voriges)\s+{_NAMED_TIME}\b",),
        "fr": (rf"\b{_NAMED_TIME}\s+(?:dernier|dernière|passé|passée)\b",),
        "es": (rf"\b{_NAMED_TIME}\s+(?:pasado|pasada)\b", rf"\b(?:pasado|pasada)\s+{_NAMED_TIME}\b"),
        "pt": (rf"\b{_NAMED_TIME}\s+(?:passado|passada)\b",),
        "it": (rf"\b{_NAMED_TIME}\s+(?:scorso|scorsa)\b", rf"\b(?:scorso|scorsa)\s+{_NAMED_TIME}\b"),
        "nl": (rf"\b(?:afgelopen|previous)\s+{_NAMED_TIME}\b",),
    }.items()
}


def _gone_by(lower: str, lang: str) -> str:
    """Times gone by said the language's way, as English says them: "a year ago", "last summer"."""
    for pattern in _AGO[lang]:
        lower = pattern.sub(lambda m: m.group("span") + " ago", lower)
    for pattern in _LAST[lang]:
        lower = pattern.sub(lambda m: "last " + m.group("time"), lower)
    return lower


def _drop_article(m: re.Match[str]) -> str:
    rest = m.string[m.end():]
    return m.group(1) + (" " if rest[:1].isdigit() or rest[:1] in "$€£" else " the ")


# "más 3", "mais 3", "più 3" before a figure: "plus" (the French "plus" and the German and Dutch "plus" are English
# already; "más de 50" was "over 50" before this is read).
_PLUS_BEFORE_FIGURE = {lang: re.compile(rf"\b(?:{word})\s+(?=\d)") for lang, word in
                       {"es": "más", "pt": "mais", "it": "più|piu"}.items()}


# "sie haben es auf 11.000 erhöht", "ze hebben het budget naar 11.000 verhoogd": the verb of a change at the end, after
# its figure, is put before it ("raised it to 11.000") as the other languages say it.
_RAISED_AT_THE_END = {
    "de": lazy_compile(rf"\bauf\s+({_FIGURE}(?:\s*(?:euro|eur|franken|chf))?)\s+(?:erhöht|aufgestockt|angehoben|hochgesetzt|raised)\b"),
    "nl": lazy_compile(rf"\b(?:naar|tot)\s+({_FIGURE}(?:\s*(?:euro|eur))?)\s+(?:verhoogd|opgehoogd|opgetrokken)\b"),
}


# A season's word that is also a verb's: "a été" (has been), "n'ont jamais été", "avoir été" are no summer, as "l'été",
# "cet été" are; Portuguese "eles verão" / "vocês verão" (they will see) is no "verão" (summer). The auxiliary (or the
# pronoun) says which; adverbs may stand between it and the participle ("a toujours été", "n'a pas encore été").
_BEEN = {
    "fr": lazy_compile(
        r"\b(?P<aux>ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aurais|aurait|aurions|auriez|auraient|aurai|"
        r"auras|aura|aurons|aurez|auront|aie|ait|ayons|ayez|aient|ayant|avoir)"
        r"(?P<mid>(?:\s+(?:pas|jamais|déjà|toujours|bien|vraiment|très|trop|plus|beaucoup|souvent|assez|aussi|encore|"
        r"tout|tous|rarement|peut-être|sans doute|vite|déjà))*)\s+été\b"),
    "pt": lazy_compile(r"\b(?P<aux>eles|elas|vocês|voces|vcs|vós|os senhores|as senhoras)(?P<mid>(?:\s+(?:não|nao|já|ja|logo|também|tambem))*)\s+verão\b"),
}
_AUX_ENGLISH = {
    **dict.fromkeys("ai as a avons avez ont aie ait ayons ayez aient".split(), "has"),
    **dict.fromkeys("avais avait avions aviez avaient".split(), "had"),
    **dict.fromkeys("aurais aurait aurions auriez auraient aurai auras aura aurons aurez auront".split(), "would have"),
    "avoir": "have", "ayant": "having",
}


def _been(m: re.Match[str]) -> str:
    aux = m.group("aux")
    if aux in _AUX_ENGLISH:
        return f"{_AUX_ENGLISH[aux]}{m.group('mid')} been"
    return f"{aux}{m.group('mid')} will see"


@lru_cache(maxsize=256)
def _rewrite(original: str, lang: str) -> str:
    lower = Text.of(original).lower
    if lang == "de":  # "hängt von eurem Preis ab": the verb split round what it depends on, before "ab" is "from"
        lower = _DEPENDS_SPLIT.sub(r"depends on \1", lower)
    lower = _round_top_ranges(lower, lang)
    if lang in ("de", "nl"):
        lower = _SUSPENDED.sub(r"\1\4 \2 \3\4", lower)
    lower = _SHARES.sub(lambda m: "half" if m.group("half") else "double", lower)
    lower = _about_nouns(lower, lang)
    if lang == "nl":
        lower = _the_n_of_us(lower)
    if lang == "nl":
        lower = _TON.sub(_tons, lower)
    if lang in _HALVES:
        lower = _HALVES[lang].sub(lambda m: _half(lang, m), lower)
    if lang == "pt":
        lower = _ABOUT_BEFORE_A_SCALE.sub("cerca de ", lower)
    lower = _scales(lower, lang)
    if lang in _RAISED_AT_THE_END:
        lower = _RAISED_AT_THE_END[lang].sub(lambda m: "raised it to " + m.group(1).strip(), lower)
    lower = _days_of_months(lower, lang)
    lower = _ranges(lower)
    lower = _UP_TO.sub("up to", lower)
    lower = _FROM_SUM.sub("more than", lower)
    # Phrases before number words: "il prima possibile" is "asap", not "the 1st possible".
    if lang in _BEEN:  # before the tables read "été" and "verão" as the season
        lower = _BEEN[lang].sub(_been, lower)
    # "la segunda mitad", "die zweite Hälfte", "la seconda metà": a half or a quarter named before the tables read its
    # noun as another word ("mitad" is "middle", "metà" "mid"); again after the number words, for "2ª metà" in digits.
    lower = _periods_of_year(lower)
    lower = _words(lower, lang)
    lower = _NOT_FIGURE[lang].sub("not", lower)
    if lang in ("fr", "it"):  # "dopo l'estate": an elided article left before a word the tables read
        lower = re.sub(r"\b(?:l|d|dell|all|nell|dall|sull|qu|c|j|n|s)'(?=[a-z])", " ", lower)
    lower = _ARTICLE_AFTER.sub(_drop_article, lower)
    # "entro fine anno", "no final do mês": the tables give the plural the words take after a figure ("3 anni").
    lower = _END_OF_PLURAL.sub(r"\1", lower)
    lower = _scale_both_ends(lower, lang)
    lower = _numbers(lower, lang)
    lower = _STAFF_SHORTHAND[lang].sub(r"\1 employees", lower)
    if lang == "de":
        lower = _MONTH_WEEK.sub(lambda m: f"{m.group(1)} weeks of {_GERMAN_MONTHS[m.group(2)]}", lower)
    if lang in _PLUS_BEFORE_FIGURE:  # "mi mujer y yo más 3 empleados": the figure is added to what was counted before it
        lower = _PLUS_BEFORE_FIGURE[lang].sub("plus ", lower)
    # "somos 8 y tenemos ...": "and" after the number words are read ("treinta y cinco" is 35 first).
    lower = _conjunction(lang).sub("and", lower)
    lower = _AND_A_HALF.sub(_and_a_half, lower)
    if lang == "es":  # "unos dos palos por mes" (Río de la Plata: millions), "50 lucas" (thousands), once the numbers are digits
        lower = _SLANG_SCALE.sub(lambda m: m.group(1) + ("mn" if m.group(2).startswith("palo") else "k"), lower)
    lower = _periods_of_year(lower)
    lower = _gone_by(lower, lang)
    lower = _VAGUE_THOUSANDS.sub("a few thousand", _SEVERAL_THOUSANDS.sub("several thousand", lower))
    if lang == "nl":
        lower = _DUTCH_OR_SO.sub(lambda m: f"about {m['n']} {_DUTCH_SPAN[m['span']]}", lower)
    return re.sub(r"[ \t]{2,}", " ", lower)


# Dutch says "about six weeks" as "een week of zes" ("a week or six" once rewritten), and the span may be a
# diminutive ("een maandje of twee"): the English "about 6 weeks" the reader of times knows, not one week.
_DUTCH_OR_SO = re.compile(r"\ba (?P<span>days?|weeks?|months?|years?|dagje|weekje|maandje|jaartje) or (?P<n>\d+)\b")
_DUTCH_SPAN = {"day": "days", "days": "days", "dagje": "days", "week": "weeks", "weeks": "weeks", "weekje": "weeks",
               "month": "months", "months": "months", "maandje": "months", "year": "years", "years": "years", "jaartje": "years"}


# Some thousands said the languages' way, as the rewrite leaves them ("quelques milliers", "unos miles", "alguns
# milhares", "qualche migliaio", "plusieurs milliers"): English's "a few thousand" and "several thousand", which the
# reader of figures knows (``numbers.VAGUE``); a bare "thousands" was no figure, and "paar 1000" the 1000 alone.
_VAGUE_THOUSANDS = re.compile(r"\b(?:(?:a few|a couple of|about|some|alguns|algumas|uns|umas|alcune|enkele)\s+thousands|"
                              r"qualche migliaio|qualche mille)\b")
_SEVERAL_THOUSANDS = re.compile(r"\b(?:several|plusieurs|v(?:á|a)ri[oa]s|diverse|diversi|mehrere|verscheidene)\s+thousands\b")


def of(text: Text, lang: str = "en") -> Text:
    """The text the readers of figures read: ``text`` itself in English, a rewrite in the others."""
    if lang not in LANGUAGES:
        # Ranges said the other languages' way in a message too short to tell its language.
        ranged = _english_ranges(text.lower) if lang == "en" else None
        return text if ranged is None else ranged
    rewritten = _rewritten(text.original, lang)
    return text if rewritten is None else rewritten


@lru_cache(maxsize=256)
def _english_ranges(lower: str) -> Text | None:
    # Five readers ask for the same message: one rewrite, or None when there is nothing to rewrite.
    ranged = _ranges(lower, strict=True)
    return None if ranged == lower else Text.of(ranged)


@lru_cache(maxsize=256)
def _rewritten(original: str, lang: str) -> Text | None:
    # Five readers ask for the same message's rewrite: one Text (and its clauses) serves them all.
    rewritten = _rewrite(original, lang)
    return None if rewritten == Text.of(original).lower else Text.of(rewritten)


@lru_cache(maxsize=8)
def _telling_phrases(lang: str) -> frozenset[str]:
    """The language's phrases that an English message could not contain: not an English
    function word (scikit-learn's list), not the English they stand for ("budget", "in"),
    and, for one word, not a word of any English phrase of the tables ("online", "total")."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    english_words = {word for phrases in _phrases(lang).values() for _, english in phrases for word in english.split()}
    telling = set()
    for phrases in _phrases(lang).values():
        for phrase, english in phrases:
            words = phrase.split()
            if phrase == english or phrase in ENGLISH_STOP_WORDS or len(phrase) < 2:
                continue
            if len(words) == 1 and ((len(phrase) < 4 and phrase.isascii()) or phrase in english_words or phrase in _ENGLISH_TOO):
                continue  # a short plain word ("im", "ab", "io") is too often a shorthand or a code; "sí", "só" are not
            telling.add(phrase)
    return frozenset(telling)


@lru_cache(maxsize=8)
def _own_words(lang: str) -> frozenset[str]:
    """The approximate nouns and scale words the rewrite reads ("una trentina", "30 mila", "zwanzig tausend")."""
    return frozenset((*_ABOUT_NOUNS.get(lang, {}), *_ABOUT_PLURALS.get(lang, {}), *_OWN_SCALES.get(lang, ())))


# Scale words only one language of the seven writes ("mil" is also English chat for a million: not here).
_OWN_SCALES = {"de": ("tausend", "tsd", "millionen", "milliarden"), "fr": ("mille", "milliards"), "es": ("millones", "millón"),
               "pt": ("milhões", "milhão"), "it": ("mila", "milioni", "miliardi"), "nl": ("duizend", "miljoen", "miljard")}


# Words of the tables that English chat uses too, as loanwords or shorthand.
_ENGLISH_TOO = frozenset("""
    online live max maximum minimum min total urgent direction personal budget euro euros franc francs dollar dollars
    chef ca circa pro per ok team start via plan final manager marketing sales fix mix solo fast also hand will
    pronto presto bald
""".split())


@lru_cache(maxsize=1)
def _telling_by_start() -> dict[tuple[str, ...], tuple[tuple[str, str, int], ...]]:
    """Every language's telling phrases and own words by their first word, or first two words when they
    have more, longest first: one dictionary, so an English message costs two look-ups per word."""
    table: dict[tuple[str, ...], set[tuple[str, str, int]]] = {}
    for lang in LANGUAGES:
        for phrase in (*_telling_phrases(lang), *_own_words(lang)):
            words = re.findall(r"\w+", phrase)
            if words:
                table.setdefault(tuple(words[:2]), set()).add((phrase, lang, len(phrase.split())))
    return {start: tuple(sorted(rows, key=lambda row: -len(row[0]))) for start, rows in table.items()}


def evidence(lower: str) -> dict[str, int]:
    """How many words of ``lower`` each language's own phrases cover ("al mes" 2 for es, "somos" 1 for es and pt).

    For a message too short for the detector: the words the readers of figures
    would rewrite are the ones its language changes, so they are the evidence
    that matters. Phrases English shares ("in", "budget", "online") count for none.
    """
    table = _telling_by_start()
    found: dict[str, int] = {}
    done: dict[str, int] = {}
    words = list(_WORD_START.finditer(lower))
    for i, m in enumerate(words):
        first = m.group(0)
        rows = table.get((first, words[i + 1].group(0)), ()) if i + 1 < len(words) else ()
        rows += table.get((first,), ())
        at = m.start()
        for phrase, lang, count in rows:  # each language's longest phrase here counts once
            if at < done.get(lang, 0):
                continue
            end = at + len(phrase)
            if lower.startswith(phrase, at) and not (end < len(lower) and (lower[end].isalnum() or lower[end] == "_")):
                found[lang] = found.get(lang, 0) + count
                done[lang] = end
    return found
