import type { LanguageCues } from './language-cues.js'

/** "kündigen" is also typed "kundigen" and "kuendigen"; "Straße" also "Strasse". */
function germanSpellings(word: string): readonly string[] {
  const out = new Set<string>()
  const folded = word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
  if (folded !== word) out.add(folded)
  const plain = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss')
  if (plain !== word) out.add(plain)
  return [...out]
}

/**
 * Carriers, shops, banks and utilities a German-speaking customer leaves for by name ("ich wechsle zur
 * Telekom"): only after a verb of switching or buying elsewhere, so "bei der Telekom angerufen" stays neutral.
 */
const RIVALS = [
  'telekom', 'vodafone', 'o2', 'congstar', 'freenet', 'drillisch', 'winsim', 'fraenk', 'aldi', 'lidl', 'netcologne', 'swisscom', 'sunrise', 'salt', 'magenta', 'a1',
  'amazon', 'otto', 'zalando', 'ebay', 'mediamarkt', 'saturn', 'thomann', 'idealo', 'temu', 'shein', 'aboutyou',
  'sparkasse', 'postbank', 'ing', 'dkb', 'n26', 'comdirect', 'commerzbank', 'volksbank', 'consorsbank', 'revolut', 'c24', 'check24', 'tomorrow',
  'eon', 'vattenfall', 'lichtblick', 'eprimo', 'tibber', 'ostrom', 'naturstrom', 'netflix', 'spotify', 'dhl', 'hermes', 'dpd', 'ups',
].join('|')
// The contracts and accounts a customer ends: "mein Kundenkonto", "den Handyvertrag", "die Versicherung".
const CONTRACT = 'abo|abonnement|vertrag|konto|account|mitgliedschaft|kundenkonto|benutzerkonto|nutzerkonto|girokonto|tagesgeldkonto|depot|tarif|handyvertrag|mobilfunkvertrag|internetvertrag|dsl-vertrag|stromvertrag|gasvertrag|liefervertrag|versicherung|police|zugang|premium-abo|prime|kundenkarte|kreditkarte'
// The ones they switch away from: "den Anbieter wechseln", "ich wechsle die Bank".
const PROVIDER = 'anbieter|provider|netzbetreiber|stromanbieter|mobilfunkanbieter|internetanbieter|gasanbieter|energieanbieter|ökostromanbieter|telefonanbieter|handyanbieter|festnetzanbieter|dsl-anbieter|kabelanbieter|netzanbieter|mobilfunker|versorger|stromversorger|gasversorger|energieversorger|stromlieferant|gaslieferant|energielieferant|händler|versandhändler|shop|onlineshop|bank|hausbank|versicherung|krankenkasse|versicherer|lieferdienst|paketdienst|dienstleister'

// Round 54. The trades a customer takes their custom to elsewhere: the nursery, the garage, the dry cleaner, the streaming service.
const TRADE = 'kita|kita-platz|kindergarten|krippe|schule|werkstatt|autowerkstatt|reinigung|wäscherei|praxis|arzt|tierarzt|zahnarzt|friseur|studio|fitnessstudio|verein|laden|händler|anbieter|provider|dienst|streamingdienst|lieferdienst|paketdienst|hoster|netz|bank|versicherung|vermieter|lagerraum'

/** German support cues, written for this project. */
export const DE_CUES: LanguageCues = {
  language: 'de',
  negators: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nichts', 'niemand', 'ohne', 'weder'],
  contrast: ['aber', 'jedoch', 'allerdings', 'sondern'],
  falseFriends: ['hell', 'also', 'bad', 'fast', 'gift', 'kind', 'war'],
  variants: germanSpellings,
  questionWords: ['wie', 'wann', 'wo', 'wohin', 'woher', 'welche', 'welcher', 'welches', 'welchen', 'was', 'wer', 'wieviel', 'kann', 'können', 'könnten', 'könnte', 'gibt', 'ist', 'sind', 'habt', 'haben', 'hat', 'bieten', 'muss', 'darf', 'soll', 'werden',
    // Round 63: a conditional asks as a question word does ("Wenn ich bis Freitag kündige, …?").
    'wenn', 'falls', 'bis', 'ab'],
  greetings: ['hallo', 'guten', 'tag', 'morgen', 'abend', 'servus', 'moin', 'grüß', 'gott', 'liebe', 'lieber', 'liebes', 'team', 'zusammen', 'hi', 'hey'],
  praiseWords: ['toll', 'klasse', 'wunderbar', 'spitze', 'großartig', 'perfekt', 'herrlich', 'fantastisch', 'genial', 'prima', 'super', 'bravo'],
  sincereAfterPraise: ['danke', 'vielen', 'dankeschön', 'es', 'das', 'funktioniert', 'klappt', 'läuft', 'jetzt', 'alles'],
  patterns: {
    frustration: [
      // Round 122. Asked who thought of it: "Wer hat sich eigentlich ausgedacht, dass…".
      'wer hat sich eigentlich|das|sowas ausgedacht', 'wer hat sich das eigentlich ausgedacht', 'wie oft muss man|ich eigentlich|denn|noch',
      // Round 119. Asked what it is for, or the year it must be: "Wozu gibt es eigentlich eine Sendungsverfolgung", "Wir leben ja auch noch im Jahr 1995".
      'wozu gibt es eigentlich|überhaupt|denn', 'leben ja auch noch im jahr', 'leben wir noch im jahr',
      // Round 103. Austrian exasperation: "Geh bitte, wieso …".
      'geh bitte',
      // Round 73. An unexpected charge questioned: "Warum wird mir eine Gebühr zusätzlich berechnet?", "wieso wurde uns das doppelt abgebucht?"
      'warum|wieso|weshalb wird|werden|wurde|wurden|ist|sind mir|uns *? *? *? *? *? *? *? *? €|euro|eur|chf|franken? *? zusätzlich|extra|doppelt|nochmal|nochmals|plötzlich|trotzdem berechnet|abgebucht|verrechnet|belastet|kassiert|verlangt|aufgeschlagen',
      // Round 73. The trip made for nothing: "Wir sind umsonst aus Linz angereist", "vergeblich hingefahren".
      'umsonst|vergeblich|vergebens * *? *? angereist|hingefahren|hergefahren|hergekommen|gefahren|gekommen|erschienen|angefahren|aufgestanden|gewartet',
      // Round 71. How can that get through, asked of the company: "Wie kann sowas durch die Qualitätskontrolle gehen?", "wie konnte so etwas passieren".
      'wie kann|konnte|können|konnten sowas|soetwas|sowat * *? *? *? passieren|gehen|durchgehen|durchrutschen|vorkommen|übersehen|rausgehen|geschehen|verschickt|ausgeliefert|geliefert|verkauft',
      'wie kann|konnte|können|konnten so etwas *? *? *? *? passieren|durchgehen|durchrutschen|vorkommen|übersehen|rausgehen|geschehen|verschickt|ausgeliefert|geliefert|verkauft',
      'wo war|ist|bleibt eure|ihre|die qualitätskontrolle|qualitätsprüfung|endkontrolle',
      // Round 71. Cannot plan or work like this: "So kann man nicht planen", "so können wir nicht arbeiten", "damit kann ich nichts planen".
      'so|damit kann|können man|ich|wir doch|einfach|echt|ja|überhaupt? nicht|nichts|kaum|unmöglich planen|arbeiten|weiterarbeiten|wirtschaften|leben|disponieren|rechnen',
      'so|damit lässt|laesst sich nicht|nichts|kaum planen|arbeiten',
      // Round 54. Paying for nothing, no fun any more: "Wofür zahle ich eigentlich?", "So macht das keinen Spaß".
      'wofür|wozu zahle|bezahle|zahlen|bezahlen ich|wir', 'macht das|es keinen spaß|spass', 'macht keinen spaß|spass mehr',
      // Round 56. What must not happen, said of the company's trade: "So etwas darf bei einem Lieferdienst nicht passieren".
      'sowas|das|so|dies darf|dürfte * *? *? *? nicht|nie passieren|vorkommen', 'so etwas|was darf|dürfte * *? *? *? nicht|nie passieren|vorkommen',
      'darf|dürfte einfach|doch|echt|wirklich|eigentlich nicht|nie passieren|vorkommen',
      // Disbelief at a bill or a claim: "das kann doch nicht stimmen", "das kann ja wohl nicht sein".
      'kann|könnte doch|ja|echt|wohl|unmöglich wohl|doch? nicht|nie stimmen|sein|richtig|wahr',
      // Left with the wrong thing: "Was soll ich jetzt damit?".
      'was soll|sollen ich|wir|man jetzt|nun|denn|bitte? damit ?|??|???|?!|!?|!|!!|.|...',
      // Asked of the company, not for information: "wie soll jemand mit Vollzeitjob da überhaupt durchkommen?".
      "wie soll|sollen|sollte man|ich|jemand|wir|einer|unsereins * *? *? *? überhaupt",
      // At the end of their wits: "Ich weiß ehrlich nicht, wie ich das machen soll", "ich weiß nicht mehr weiter"; "das kostet mich Nerven".
      'weiß|weiss|wissen ehrlich|langsam|echt|bald nicht mehr? wie|was|weiter', 'weiß|weiss|wissen nicht mehr weiter', 'kostet|kostete|kosten|gekostet mich|uns nerven', 'kostet|kostete|kosten|gekostet mich|uns * *? nerven', 'den letzten nerv',
      'bin|sind echt|total|so|völlig|richtig? bedient',
      'äußerst|sehr|total|absolut|höchst|zutiefst unzufrieden|verärgert',
      'angfressn|angfressen|ang\'fressen',
      'zipft|zipfts',
      'großem|grossem|größtem|tiefem unmut|ärger|unverständnis',
      'schnauze|nase gestrichen? voll',
      'hässig|haessig|angefressen|stinkig|sauer|grantig|narrisch|zwider',
      'zipft|nervt|ärgert|aergert|stinkt mich|mir echt|total|voll? an',
      'zipft mich',
      'großem|grossem ärger',
      'was soll das', 'keiner sagt was', 'nöd|nicht normal',
      'is|ist ja? wirklich? ein|a witz',
      'ist ja wirklich ein|a witz', 'ist ein witz', 'so geht das nicht', 'unverschämt|unverschaemt',
      'es nervt', 'nervt extrem|total|mich|gewaltig', 'genervt|nervig',
      'mich nervt|nerven', 'nervt mich|uns|total|echt|so',
      'ärgerlich', 'ärgere|ärgert mich|uns',
      'frustriert|frustrierend|frustration|genervt|nervig|entnervt|verärgert|gereizt', 'die nase voll', 'reicht mir|uns', 'reicht es mir|uns', "langsam|jetzt reicht's|reichts", 'mir reicht es|das', 'es reicht', 'ich bin es leid',
      'am ende meiner geduld', 'meine geduld ist am ende', "mir|uns reicht's|reichts",
      // Disbelief: "Das darf doch nicht wahr sein!", "das gibt's doch nicht", "ich fasse es nicht".
      'nicht wahr sein', "gibt's|gibts doch|ja nicht", 'gibt es doch|ja nicht', 'ich fasse|fass es|das nicht', 'ich glaub|glaube mein schwein pfeift', 'echt jetzt ?|?!|!|??|!!',
      'drehe|dreh gleich|noch|bald durch', 'zum kotzen|heulen|verzweifeln|verrücktwerden|mäusemelken', 'was soll der mist|quatsch|unsinn|blödsinn|scheiß|käse', 'ich könnte|kann nur? noch? schreien|kotzen|heulen',
    ],
    anger: [
      'unmöglich|unverschämt|unverschämtheit|frechheit',
      'inakzeptabel|unverschämt|unverschämtheit|frechheit|skandal|skandalös|lächerlich|peinlich|katastrophal|katastrophe|miserabel|unterirdisch|furchtbar|schrecklich|absurd|erbärmlich',
      'wütend|sauer|stinksauer|empört|verärgert', 'eine frechheit|zumutung|katastrophe', 'ich hasse',
      // "Das ist doch ein Witz", "was für ein Saftladen", "ich fühle mich verarscht".
      'ist doch|ja|echt|wohl ein witz|scherz', 'das ist ein witz|scherz', 'ein schlechter witz', 'saftladen|sauladen|drecksladen|chaosladen|verarsche|verarscht|verarschen|abzocke|abzocker|zumutung|sauerei|dreistigkeit|unverfroren',
      'seid|sind ja|doch|echt|wirklich unmöglich', 'platzt mir|uns gleich? der kragen',
    ],
    disappointment: [
      // "Für den Preis echt daneben": poor, not beside ("daneben" alone is a place).
      'echt|total|völlig|voll|ziemlich|absolut|komplett|richtig daneben',
      'enttäuscht|enttäuschend|enttäuschung|traurig', 
      // A result refused, as English "not what I ordered": "nicht das, was ich bestellt habe".
      'nicht das|dasselbe was ich|wir bestellt|gekauft|bezahlt|gebucht|bestellten|bezahlten', 'hätte mehr erwartet', 'nicht zufrieden|glücklich', 'schade', 'sehr schade'],
    confusion: ['verwirrt|verwirrend|ratlos', 'verstehe ich nicht', 'ich verstehe nicht|das|es', 'weiß nicht wie|wo|was|warum|ob', 'ergibt|macht keinen sinn', 'unklar'],
    worry: ['besorgt|beunruhigt|nervös|verzweifelt|gestresst|panisch'],
    praise: [
      // Round 131. "So geht Kundenservice!"
      'so geht kundenservice|service|kundendienst',
      // Round 128. Service as it should be, worth its weight, more than asked: "So stelle ich mir Kundendienst vor.", "Ihr seid Gold wert.", "ohne dass ich fragen musste".
      'so stelle ich mir * *? vor', 'gold wert', 'ohne dass ich fragen|nachfragen musste',
      // Round 103. "Kurzes Lob:", "ein großes Lob an den Fahrer".
      'kurzes|großes|grosses|dickes|ein lob',
      'jetzt klappt|funktioniert|geht alles', 'zeit genommen',
      'viel zeit für mich|uns genommen',
      'jetzt ist alles klar', 'jetzt verstehe ich es|alles', 'ging ja? echt|wirklich|super|sehr? fix|schnell',
      'wieder freigeschaltet|entsperrt|aktiv|erreichbar|online',
      'ist|sind das|der|die problem|fehler|bug|probleme|fehler weg|behoben|gelöst|verschwunden',
      'problem|fehler ist|sind weg|behoben|gelöst|verschwunden',
      'stimmt jetzt|wieder|endlich', 'stress|ärger|zeit erspart', 'in #num minuten|stunden? gelöst|behoben|erledigt', 'in fünf|zehn|zwei|drei minuten gelöst|behoben|erledigt',
      'sich wirklich|viel|extra|so? zeit',
      // Round 56. Accommodating and without red tape: "sehr kulant", "unkomplizierte Erstattung", "schneller als gedacht".
      'kulant|kulanter|kulante|kulanten|kulanz|unbürokratisch|unbürokratische|unbürokratischen|unkompliziert|unkomplizierte|unkomplizierten',
      'schneller|besser|einfacher als gedacht|erwartet|erhofft',
      'super|perfekt|toll|klasse|hervorragend|ausgezeichnet|großartig|genial|fantastisch|spitze|top|prima|wunderbar|exzellent',
      'funktioniert|läuft perfekt|super|einwandfrei|jetzt|wieder', 'jetzt funktioniert|läuft|klappt es|alles? wieder', 'klappt|funktioniert|läuft jetzt|wieder einwandfrei|perfekt', 'den|meinen tag gerettet', 'problem gelöst|behoben', 'ist|sind endlich? angekommen|eingegangen|eingetroffen|gutgeschrieben', 'zufrieden|glücklich|begeistert|froh',
      'sehr|super hilfreich|freundlich|schnell|kompetent', 'toller|super|guter|großartiger service|support|job|arbeit', 'alles gut|erledigt|klar', 'großes|ein lob', 'lob an|ans',
    ],
    gratitude: [
      // Round 122. Thanks told by what the help made possible: "Das vergesse ich Ihnen nie", "hat ihm wohl das Leben gerettet".
      'das vergesse ich ihnen|dir|euch nie|nicht', 'das vergessen wir ihnen|dir|euch nie|nicht', 'hat ihm|ihr|uns|mir wohl? das leben gerettet', 'ohne ihre|deine|eure umbuchung|hilfe|zusage|unterstützung wäre|hätte', 'chapeau ,|!|.',
      // Round 119. Thanks told by what the help made possible: "Das vergessen wir Ihnen nicht", "eine große Last abgenommen".
      'das vergessen wir|ich ihnen|dir|euch nicht|nie', 'last abgenommen', 'schlafen|schläft endlich|wieder durch', 'hat es möglich gemacht', 'dank ihnen|ihrer|ihres|dir|euch',
      // Round 116 (the twenty-fourth session). Thanks told by what it meant: "Das bedeutet mir viel", "wieder ruhig geschlafen", "nicht selbstverständlich".
      'das bedeutet|bedeutete mir|uns viel|sehr|unglaublich|wahnsinnig|enorm', 'das ist|war nicht selbstverständlich', 'dass das nicht selbstverständlich', 'wieder ruhig geschlafen|schlafen', 'sie haben|hast mir|uns den tag|abend|urlaub|hals gerettet', 'sie haben mich|uns gerettet', 'ein großes lob an', 'hut ab', 'tausend dank',
      // Round 113. Thanks told as credit given: "Das rechnen wir Ihnen hoch an", "ich weiß sehr zu schätzen", "weiterempfehlen".
      'rechnen|rechne wir|ich ihnen|dir|euch hoch an', 'weiß|weiss sehr? zu schätzen|schaetzen', 'werde|würde|wuerde|kann|können sie|euch|dich definitiv|gerne|gern|jedem|allen|bestimmt|sicher? weiterempfehlen', 'empfehle|empfehlen sie|euch gerne|gern|jedem|allen? weiter',
      // Round 110. Thanks told as what the help saved: "hat uns den ganzen Urlaub gerettet".
      'hat|haben uns|mir den|die|das ganzen|ganze? urlaub|tag|abend|hochzeit|reise|wochenende gerettet',
      // Round 103. Thanks passed on: "Bitte richten Sie ihm meinen Dank aus."
      'meinen|unseren herzlichen|besten|großen|grossen? dank', 'richten sie ihm|ihr|dem|der|den * *? meinen|unseren|liebe dank|grüße|grüsse aus',
      // Round 73. Thanks of the South and the Alps: "Vergelt's Gott", "Merci vielmals", "Danke vielmals", "ein großes Dankeschön".
      "vergelt's|vergelts|vergelt gott|'s", 'vergeltsgott', 'merci|danke vielmals|vielmal|viumau|villmol', 'ein|einen großes|riesiges|herzliches|dickes|ganz|großen|riesigen|dicken dankeschön|danke|dank',
      'bedanken', 'danke|dankeschön|thx|merci', 'vielen|herzlichen|besten|tausend|lieben|großen dank', 'ich bedanke mich', 'wir bedanken uns', 'dankbar'],
    repeatContact: [
      // Round 110. Calls no longer counted: "ich zähle meine Anrufe nicht mehr".
      'zähle|zaehle meine|die anrufe|nachrichten|mails|e-mails|beschwerden nicht mehr', 'aufgehört|aufgehoert zu zählen|zaehlen',
      // The fault back after a fix: "synchronisiert wieder nicht", "geht schon wieder nicht".
      'wieder nicht|nich|nimmer',
      // A count of complaints made: "Dritte Beschwerde", "drei Tickets" ("zwei Mails" is as often two addresses).
      'zweite|dritte|vierte|fünfte|x-te|zweiter|dritter|vierter|zweites|drittes|viertes beschwerde|reklamation|anfrage|meldung|ticket|nachfrage',
      '#num|zwei|drei|vier|fünf|mehrere tickets|beschwerden|reklamationen|nachfragen',
      'wie oft muss ich denn? noch anrufen|schreiben|nachfragen',
      'schon|bereits eine|zwei|mehrere e-mail|e-mails|mail|mails geschickt|geschrieben',
      // The fault going on: "sie stürzt immer noch ab".,
      'immer noch ab|falsch|leer|kaputt|defekt|offline',
      'noch immer ab|falsch|leer|kaputt|defekt|offline',
      'schon wieder', 'wieder einmal', 'erneut', 'immer wieder', 'zum zweiten|dritten|vierten|fünften|x-ten|wiederholten mal', 'zweites|drittes|viertes|fünftes|zweite|dritte|vierte|fünfte mal', '#num mal',
      'zwei|drei|vier|fünf|mehrmals|mehrfach|etliche|x mal', 'zweimal|dreimal|viermal|fünfmal|x-mal', 'habe|hab|haben schon|bereits geschrieben|angerufen|gemeldet|erklärt|versucht|probiert',
      'schon|bereits gemeldet|versucht|probiert|geschrieben', 'schreibe|melde|frage ich|mich? nochmal|nochmals|erneut', 'immer noch nicht|kein|keine|kaputt|dasselbe|das', 'noch immer nicht|kein|keine',
      'niemand antwortet|meldet|hilft', 'dasselbe|das gleiche|gleiche problem|fehler', 'seit tagen|wochen|monaten',
      // Nobody got back: "niemand hat sich gemeldet", "keiner geht ran", "keine Antwort".
      'niemand|keiner|keine hat|hatte|wollte|konnte sich|mich|uns|mir? gemeldet|zurückgerufen|geantwortet|reagiert|gekümmert|geholfen|bescheid|angerufen|zurückgemeldet|informiert|benachrichtigt',
      'niemand|keiner meldet|antwortet|hilft|reagiert|kümmert|ruft|nimmt|geht|fühlt', 'geht|ging|nimmt|nahm keiner|niemand ran|dran|ab', 'sich nie|nicht gemeldet|zurückgemeldet|gekümmert', 'nie|nicht zurückgerufen|geantwortet|reagiert|zurückgemeldet',
      'keine|keinerlei antwort|reaktion|rückmeldung|rückruf', 'ohne antwort|reaktion|rückmeldung|rückruf',
    ],
    deadline: [
      'bis heute|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mittag|mitternacht|heute', 'vor|bis ende des|der tages|woche', 'innerhalb von? #num minuten|stunden|tagen',
      'in #num minuten|stunden|stunde|minute', 'deadline|frist', 'so schnell wie möglich', 'schnellstmöglich|umgehend|sofort|unverzüglich', 'bis spätestens',
      'präsentation|meeting|termin|demo|launch|hochzeit|flug|audit ist|beginnt morgen|heute', 'wir verlieren geld|kunden|umsatz', 'die kunden warten',
    ],
    urgent: ['dringend|dringlich|eilig|notfall|kritisch|asap', 'höchste priorität', 'es eilt', 'eilt'],
    notUrgent: [
      // Round 64. No hurry, as people say it: "es eilt überhaupt nicht", Swiss "es isch nöd dringend", "ohne
      // Zeitdruck", "lassen Sie sich ruhig Zeit", "bei Gelegenheit" (urgency 0.81 and 0.31 before).
      'eilt|pressiert überhaupt|gar|absolut|wirklich|echt? nicht|nöd|nid|ned|net', 'isch|is|ist nöd|nid|ned|net|nicht dringend|eilig|pressant', 'nöd|nid|ned|net dringend|eilig|pressant',
      'pressiert|pressierts nicht|nöd|nid|ned|net', 'keine|kei|ohne große? eile|hektik|hetze|zeitdruck', 'kein|ohne zeitdruck|druck', 'lassen|lassed sie sich ruhig|gerne|gern? zeit', 'lass|lasst dir|euch ruhig|gerne|gern? zeit', 'bei gelegenheit', 'wenn es ihnen|euch|dir passt',
      'nicht dringend|eilig|kritisch', 'nicht so dringend|eilig', 'keine eile', 'kein stress', 'eilt nicht', 'ist nicht eilig|dringend', 'wann immer sie|du zeit',
      'wenn sie|du zeit haben|hast', 'in ruhe', 'niedrige priorität', 'hat zeit',
    ],
    grudging: ['na gut', 'naja gut|okay|ok', 'meinetwegen', 'wenn es sein muss', 'dann eben', 'na schön', 'besser als nichts', 'nicht ideal', 'wenn es nicht anders geht', 'muss ich wohl', 'von mir aus'],
    sarcasm: [
      // Round 119. Service praised with a sneer's "really": "Super Service, wirklich:".
      'super|toller|klasse|spitzen service|kundenservice|support wirklich :|.|!','danke für nichts', 'vielen dank für nichts', 'na toll', 'na super|prima|klasse', 'was für eine überraschung', 'wer hätte das gedacht'],
    sarcasmOverProblem: [
      // "Echt spitze" is also sincere praise ("Ihr Support ist echt spitze"): sarcasm only over a problem.
      // Thanks and praise for the harm, closing the message: "Danke auch.", "Toll gemacht."
      'danke|dankeschön auch .|!|...', 'toll gemacht|hingekriegt|hinbekommen',
            'echt spitze', 'toll|super|klasse|prima|perfekt schon|noch wieder|ein', 'genau das was ich brauche|brauchte', 'danke fürs löschen|sperren|ignorieren', 'danke für das löschen|sperren|ignorieren'],
    fixThanked: [
      // Round 134. The fault named as put right: "der Fehler ist behoben", "das Problem wurde gelöst".
      'fehler|problem|probleme|bug|störung|stoerung|sperre ist|sind|wurde|wurden behoben|gelöst|geloest|repariert|weg|beseitigt',
      // Round 56. A refund or replacement for what was missing or broken: "Erstattung der 27,40 € für die fehlenden Artikel".
      'erstattung|rückerstattung|gutschrift|ersatz|nachlieferung|austausch|umtausch|geld für|der|des die|den|das|meine|meinen|meiner? fehlenden|fehlende|defekten|defekte|beschädigten|beschädigte|kaputten|kaputte|falschen|falsche',
      'erstattung|rückerstattung|gutschrift der|von|über #num #num? €|euro|eur|chf? für die|den|das|meine|meinen|meiner fehlenden|fehlende|defekten|defekte|beschädigten|beschädigte|kaputten|kaputte|falschen|falsche',
      // What would have gone wrong without them is no fault: "ohne Ihre Hilfe hätte ich den Termin nie geschafft".
      'ohne ihre|eure|deine|ihren|euren|deinen|ihr|euer|dein hilfe|mühe|einsatz|unterstützung|geduld|engagement hätte|hätten|wäre|wären',
      'ohne sie|euch|dich hätte|hätten|wäre|wären',
      // Reaching the fault the help averted: "ohne Sie hätte ich die Unterlagen nie rechtzeitig bekommen".
      'ohne ihre|eure|deine|ihren|euren|deinen|ihr|euer|dein|sie|euch|dich hilfe|mühe|einsatz|unterstützung|geduld|engagement? hätte|hätten|wäre|wären * *? *? *? *? *? *? nie|nicht|kaum|niemals *?',
    ],
    churn: [
      // Round 131. The switch or the notice already written: "Der Wechselantrag ist halb ausgefüllt", "Mein Kündigungsschreiben liegt schon im Umschlag".
      'wechselantrag|wechselformular|kündigungsschreiben|kündigungsbrief|kuendigungsschreiben',
      // Round 122 (the twenty-fourth session). Leaving told by its steps: the new bank's switching service waiting, the subscription sent back, the app deleted.
      'kontowechselservice|kontowechsel|wechselservice meiner|der neuen', 'abo|abonnement|vertrag geht zurück|zurueck', 'app fliegt vom handy|telefon', 'fliegt die app vom handy',
      // Round 119 (the twenty-fourth session). Leaving told by its steps: the porting code asked for, the router sent back.
      'portierungscode|portierungsnummer|rufnummernmitnahme|wechselcode', 'rücksendung|zurücksendung des|der router|routers|receiver|receivers|modem|modems|box|geräts', 'router|receiver|modem zurücksenden|zurückschicken',
      // Round 113. The notice and its confirmation: "Die Kündigungsbestätigung hätte ich dann gern".
      'kündigung|kündigungsbestätigung|kuendigung|kündigen|kuendigen',
      // Round 110. Leaving under way: the number taken to the new provider, the earliest way out of the contract.
      'rufnummernmitnahme|rufnummernportierung|portierung', 'beim|zum|einem neuen anbieter|provider', 'aus dem vertrag herauskomme|herauskommen|rauskomme|rauskommen|raus', 'frühestens kündigen|raus|heraus',
      // Round 75. Looking for another, in dialect ("suchen ma uns a andere Wohnung", "schaun mia uns um a anders Studio"); booking elsewhere with the subject first, the resolve said before "woanders" ("Wir buchen für die Feier nächstes Jahr definitiv woanders"; "ich kaufe sonst nie woanders" is loyalty).
      `such|suach|suche|suchen|suchn|schaun|schauen|schau ma|mia|mir|wir|ich uns|mi|mich|ins|eich? um? a|an|ane|oa|oan|eine|einen|ne|nen|n|ein andere|andre|anderne|anderen|andern|anders|anderes ${TRADE}|wohnung|firma|agentur|hausverwaltung|verwaltung|handwerker|hotel|unterkunft|caterer|lieferant|dienstleister|kanzlei|praxis|schule|kita|werkstatt|versicherung|anbieter|bank|vermieter|hausarzt|hoster|gärtner|putzfirma|reinigungsfirma|umzugsfirma|fahrschule`, 'ich|wir|mia|ma bestelle|bestell|bestellen|kaufe|kauf|kaufen|buche|buch|buchen|feiere|feiern|tanke|tanken|miete|mieten|reserviere|reservieren|fliege|fliegen|übernachte|übernachten|gehe|gehen * *? *? *? *? *? definitiv|sicher|bestimmt|garantiert|lieber|künftig|zukünftig|dann|halt|eben|einfach|jetzt|sofort|nur|fix|gleich woanders|anderswo|woandershin|woanderst', 'definitiv|sicherlich|garantiert|fix|künftig|zukünftig woanders|anderswo|woandershin',
      // Round 73. Switching now, with the adverb in between: "Ich wechsel jetzt den Stromanbieter", "wir wechseln sofort die Bank".
      `wechsel|wechsle|wechsele|wechseln|wechselt ich|wir? jetzt|dann|halt|eben|sofort|endgültig|definitiv|morgen|einfach|nun|also den|die|meinen|meine|unseren|unsere ${PROVIDER}`,
      // Round 73. Cancel it and pay me back, as one demand: "Storniert den Auftrag und überweist mir die Anzahlung zurück".
      'storniert|stornieren|storniere|kündigt|kündigen|annulliert|annullieren * *? *? *? und|dann überweist|überweisen|erstattet|erstatten|zahlt|zahlen|gebt|geben|schickt|schicken|bucht|buchen',
      // Round 54. Looking round for another place, switching to another service, not using yours again:
      // "wir schauen uns nach einem anderen Platz um", "wechsel ich zu nem anderen Streamingdienst", "ich werde Ihre Reinigung nicht mehr nutzen".
      `schaue|schau|schauen|sehe|seh|sehen|gucke|guck|gucken ich|wir? mich|uns schon|jetzt|bereits|nun|halt|dann|eben? nach einem|einer|nem|ner anderen|anderer|andern platz|${TRADE}`,
      `wechsel|wechsle|wechsele|wechseln|geh|gehe|gehen|zieh|ziehe|ziehen ich|wir? dann|jetzt|halt|eben|lieber|sofort? zu|zum|zur nem|ner|einem|einer anderen|anderem|andern ${TRADE}`,
      'werde|werden|will|wollen ihre|eure|deine|ihren|euren|deinen * *? nicht|nie|keinesfalls mehr|wieder nutzen|benutzen|beauftragen|buchen|besuchen|aufsuchen',
      'das war mein|unser letzter|letztes|letzte besuch|auftrag|aufenthalt|flug|termin|einkauf|mal * ihrer|ihrem|ihnen|eurer|eurem|euch|dieser|diesem',
      // A contract named by any compound, then ended: "meine Hausratversicherung zum nächstmöglichen Termin zu kündigen" (a meeting is notChurn).
      'mein|meine|meinen|unser|unsere|unseren * *? *? *? *? zu kündigen|beenden|auflösen',
      // Getting it from another maker or school: "ich hol mir eins von nem anderen Hersteller", "ich meld mich woanders an".
      'hol|hole|holen|kauf|kaufe|kaufen|nehm|nehme|nehmen|bestell|bestelle|geh|gehe|meld|melde|buch|buche ich|wir? mir|uns|mich|dann|jetzt|halt|eben? * *? *? *? von|bei|zu|zur|zum nem|ner|einem|einer|einen|n anderen|andren|anderem|andern hersteller|marke|firma|anbieter|laden|geschäft|händler|shop|fahrschule|schule|studio|verein|werkstatt|praxis',
      'meld|melde|melden|anmelden ich|wir? mich|uns *? *? woanders|anderswo',
      // The contract dissolved with "with you" between, in the infinitive a formal letter uses: "mein Konto bei Ihnen aufzulösen".
      `mein|meine|meinen|unser|unsere|unseren|das|den|die ${CONTRACT} bei|mit ihnen|euch|dir aufzulösen|abzumelden|kündigen|auflösen|beenden|schließen|löschen`, `mein|meine|meinen|unser|unsere|unseren|das|den|die ${CONTRACT} bei|mit ihnen|euch|dir zu kündigen|beenden|schließen|löschen`,
      // Already cancelled: "ich hab meine Bahncard gekündigt", "wir haben den Vertrag schon gekündigt" (a meeting or appointment is notChurn).
      `hab|habe|haben|hat ich|wir? mein|meine|meinen|unser|unsere|unseren|das|den|die ${CONTRACT}|bahncard|jahresabo|monatsabo|abonnement|mitgliedschaft|jahreskarte|dauerauftrag|lastschrift * *? gekündigt`, `hab|habe|haben|hat ich|wir? mein|meine|meinen|unser|unsere|unseren|das|den|die ${CONTRACT}|bahncard|jahresabo|monatsabo|abonnement|mitgliedschaft|jahreskarte gekündigt`,
      // Only elsewhere from now on, whichever preposition: "nur noch über einen anderen Paketdienst".
      'nur|ausschließlich noch? über|via|bei|mit einen|einem|einer|eine anderen|anderem|andere|anderes',
      // Elsewhere from now on, whatever stands between: "ich bestell ab jetzt woanders", "kaufe künftig lieber anderswo".
      // (The words between are adverbs of time and resolve: "ich kaufe sonst nie woanders" is loyalty.)
      'bestelle|bestell|bestellen|kaufe|kauf|kaufen|buche|buch|buchen|miete|mieten|tanke|tank|hole|hol ich|wir? ab|ab|jetzt|sofort|künftig|zukünftig|nun|dann|halt|eben|lieber|nur|noch|einfach|gleich|direkt|definitiv|bestimmt|ganz? jetzt|sofort|künftig|nun|dann|halt|eben|lieber|nur|noch|einfach|gleich|direkt? jetzt|sofort|lieber|nur|halt|eben|einfach? woanders|anderswo|woandershin',
      // Compounds no contract list holds: "kündige das Jahresabo", "das Hosting-Paket" (a meeting is notChurn).
      'kündige|kündig ich|wir? das|den|die|mein|meinen|meine|unser|unseren|unsere *',
      // The domain or the number moved away: "die Domain zieh ich um", "ich ziehe meine Domains zu einem anderen Hoster um".
      'domain|domains|website|webseite|rufnummer|depot zieh|ziehe|ziehen ich|wir um|weg',
      'zieh|ziehe|ziehen ich|wir? die|den|das|meine|meinen|mein|unsere|unser domain|domains|website|webseite|rufnummer|depot * *? *? *? um',
      // Another provider named by its trade: "bei einer anderen Versandapotheke", "zu einem anderen Hoster".
      'bei|zu|zum|zur einem|einer|einen anderen|andere|anderes hoster|webhoster|hosting-anbieter|versandapotheke|onlineapotheke|online-apotheke|lieferdienst|onlineshop|shop|autovermietung|fluggesellschaft|airline|mobilfunkanbieter|stromanbieter|händler',
      // Not again, with the verb first: "Bei Ihnen bestelle ich nichts mehr", "da kaufe ich nie wieder".
      "bestelle|bestell|bestellen|kaufe|kauf|kaufen|buche|buch|buchen|fliege|flieg|fliegen ich|wir nichts|nie|nix|niemals mehr|wieder bei|hier|dort|da|etwas|was|irgendwas|online|.|!", "ich|wir bestelle|bestell|bestellen|kaufe|kauf|kaufen|buche|buch|buchen|fliege|flieg|fliegen nichts|nie|nix|niemals mehr|wieder bei|hier|dort|da|etwas|was|irgendwas|online|.|!", "nie|niemals|nichts mehr|wieder bei ihnen|euch|dir|dort|hier bestellen|kaufen|buchen|fliegen",
      // Elsewhere, however many words in between: "dann bestell ich halt ab jetzt woanders".
      "bestelle|bestell|bestellen|kaufe|kauf|kaufen|buche|buch|buchen|tanke|tank|hole|hol ich|wir * *? *? woanders|anderswo|woandershin",
      // The account deleted or dissolved, colloquial and compound: "ich lösch mein konto", "löse ich mein Girokonto auf".
      "ich|wir lösch|loesch|lösche|loesche|löschen mein|meinen|unser|unseren|das konto|account|kundenkonto|profil|abo|benutzerkonto", "lösch|loesch ich|wir mein|meinen|unser|unseren|das konto|account|kundenkonto|profil|abo|benutzerkonto", "löse|loese|lösen ich|wir mein|meinen|unser|unseren * *? *? *? auf", "ich|wir löse|loese|lösen mein|meinen|unser|unseren * *? *? *? auf", "deinstalliere|deinstallier|lösche|lösch ich|wir? eure|ihre app",
      'storniere|stornieren ich|wir die|meine|unsere ganze? bestellung|buchung',
      'löse|lösen|loese ich|wir mein|meinen|unser konto|account|vertrag',
      'zu einem|einer anderen|anderem netz|anbieter|provider|bank',
      'verlängere|verlängern ich|wir nicht',
      'gehe|geh|gehen ich|wir? in ein|eine|einen anderes|andere|anderen',
      'kaufe|buche|bestelle ich? * *? *? *? in|bei einem|einer anderen|anderes|andere',
      'ich|wir löse|lösen|loese mein|meinen|unser|unseren konto|account|vertrag|abo auf',
      'lösche|kündige|loesche ich mein|meinen abo|konto|account|vertrag', 'ich lösche|kündige|loesche mein|meinen abo|konto|account|vertrag',
      'bestelle|kaufe|buche|bestellen|kaufen|buchen ich|wir? ab? sofort|künftig|jetzt|dann|nur|lieber? woanders',
      'vertrag|wartungsvertrag|abo|abonnement|mitgliedschaft|konto|account kündigen',
      'kündig|kündige i|ich des|das ganze',
      'wechsle|wechsel|wechseln|wechsele ich|wir * * *? *? den|die|das versicherer|versicherung|anbieter|bank|praxis|apotheke|firma|krankenkasse|schule|klinik',
      // "wechsle ich die Apotheke", "die Praxis wechseln", "nehme ich künftig eine andere Firma", "geh ich in eine andere Ordination", "meld ich mich ab und geh woandershin".
      'wechsle|wechsel|wechseln|wächsle|wechsele|wechselt ich|wir? die|den|das|d|zur|zum? praxis|apotheke|versicherer|versicherung|firma|schule|sprachschule|anbieter|bank|klinik|tierarzt|tierärztin|zahnarzt|zahnärztin|händler|vermieter|ordination|agentur|werkstatt|leasingfirma|umzugsfirma|kasse|krankenkasse',
      'die|den|das|d praxis|apotheke|versicherer|versicherung|firma|schule|sprachschule|anbieter|bank|klinik|tierarzt|zahnarzt|händler|ordination|agentur|werkstatt|leasingfirma|krankenkasse wechseln|wechsle|wechsel|wächsle',
      'eine|einen|einem|einer|ein andere|anderen|anderes|andere|andri praxis|apotheke|versicherer|versicherung|firma|schule|sprachschule|anbieter|bank|klinik|tierarzt|tierarztpraxis|zahnarzt|zahnarztpraxis|händler|ordination|agentur|werkstatt|leasingfirma|umzugsfirma|krankenkasse|kasse',
      'woandershin', 'geh|gehe|gehen|gehn woanders', 'meld|melde|melden ich|wir mich|uns ab',
      'den|meinen|das wartungsvertrag|vertrag|abo|abonnement|konto zu kündigen',
      'wechsle|wechseln|wechsel jetzt? den anbieter|provider|tarif',
      'storniere|kündige den|das|meinen|mein wartungsvertrag|vertrag|abo|abonnement|mitgliedschaft',
      'mein|meinen konto|account|vertrag bei ihnen|euch auflösen|kündigen|schließen',
      'storniere|kündige ich den|das|meinen|mein wartungsvertrag|vertrag|abo|abonnement|konto|mitgliedschaft', 'sicher|bestimmt|garantiert woanders',
      'nur noch mit|bei einem|einer anderen|anderem',
      'ich storniere|kündige das|mein|meinen abo|abonnement|vertrag|konto', 'mein|meinen konto|account|vertrag bei ihnen|euch zu schließen|kündigen|auflösen',
      'überlege|überlegen ernsthaft? den anbieter|provider|vertrag zu? wechseln|kündigen', 'den anbieter|provider zu wechseln', 'löse|lösche ich mein|meinen konto|account|vertrag auf', 'künftig|zukünftig|dann woanders einkaufen|bestellen|kaufen', 'woanders einkaufen|bestellen|kaufen',
      'such|suche|suchen ich|wir mir|uns eben|halt|dann|jetzt? ein|eine|einen anderes|andere|anderen|neues|neue|neuen',
      'wechsel|wechsle|wechsele|wechseln ich|wir halt|eben|dann|jetzt den|die anbieter|bank|provider|versicherung|vertrag', 'ich bin|sind weg', 'abo|vertrag|konto|account ist|wird gekündigt',
      'mein|meine|meinen|unser|unsere|unseren|das|den|die abo|abonnement|vertrag|konto|account|kundenkonto|mitgliedschaft aufzulösen|abzumelden', 'beende|beenden ich|wir mein|meine|meinen|unser|unsere|unseren|das|den|die abo|abonnement|vertrag|konto|account|kundenkonto|mitgliedschaft', 'kündigung zum|zur monatsende|jahresende|nächstmöglichen|nächsten', 'dann eben|halt kündigung',
      'kündige|kündigen ich|wir', 'lösche|löschen ich|wir? mein|meinen|unser|unseren|das konto|account|kundenkonto', 'kündigung meines|meiner|unseres|unserer abos|abonnements|vertrags|vertrages|kontos|mitgliedschaft',
      'ich kündige', 'wir kündigen', 'kündige|kündigen ich|wir mein|meine|meinen|unser|unsere|unseren|das|den|die abo|abonnement|vertrag|konto|account|mitgliedschaft', 'kündige|kündigen|kündigt|kündigung mein|meine|meinen|unser|unsere|unseren|das|den|die abo|abonnement|vertrag|konto|account|mitgliedschaft',
      'werde|werden|will|möchte|wollen kündigen|wechseln', 'mein|meine|meinen|unser|unsere|unseren|das|den|die abo|abonnement|vertrag|konto|account|mitgliedschaft kündigen|beenden|auflösen', 'zur|zu der? konkurrenz', 'wechsle|wechsele|wechseln zu|zur|den anbieter|konkurrenz', 'anderen anbieter|dienstleister',
      // After a condition: "wenn das bis Freitag nicht läuft, bin ich weg".
      'bin ich weg', 'sind wir weg', 'kurz davor zu? kündigen|wechseln', 'überlege|überlegen ernsthaft? zu? kündigen|wechseln',
      'nie wieder', 'verlängere|verlängern nicht', 'nicht verlängern', 'einen kunden verloren', 'abo beenden|kündigen', 'vertrag beenden|kündigen',
      // "Ich sehe mich gezwungen, mein Kundenkonto zu kündigen", "den Handyvertrag fristlos kündigen".
      `mein|meine|meinen|unser|unsere|unseren|das|den|die ${CONTRACT} zu? kündigen|beenden|auflösen|schließen|löschen`, `mein|meine|meinen|unser|unsere|unseren|das|den|die ${CONTRACT} fristlos|fristgerecht|außerordentlich|sofort|umgehend|hiermit zu? kündigen`,
      `kündige|kündigen ich|wir mein|meine|meinen|unser|unsere|unseren|das|den|die ${CONTRACT}`, `kündige|kündigen|kündigt|kündigung mein|meine|meinen|unser|unsere|unseren|das|den|die ${CONTRACT}`, 'kündige|kündigen hiermit|fristlos|fristgerecht|außerordentlich|sofort',
      'hiermit kündige|kündigen ich|wir', 'fristlose|fristgerechte|außerordentliche kündigung', 'fristlos|außerordentlich kündigen|kündige|gekündigt', 'kündigung einreichen|schicken|zuschicken|senden|aussprechen|einreiche|schicke',
      'gezwungen zu? kündigen|wechseln', 'beabsichtige|beabsichtigen|gedenke|plane|planen zu? kündigen|wechseln', 'bleibt mir|uns nur|nichts die? kündigung',
      // Switching away: "ich wechsel zur Telekom", "wir wechseln den Anbieter", "ich wechsle die Bank".
      `wechsel|wechsle|wechsele|wechseln|wechselt|wechselst|umsteigen|steige|steigen zu|zur|zum|auf ${RIVALS}|konkurrenz|mitbewerber|wettbewerber|anbieter`,
      `wechsel|wechsle|wechsele|wechseln|wechselt|wechselst|gewechselt ich|wir? den|die|meinen|meine|unseren|unsere ${PROVIDER}`, `${PROVIDER} wechseln|wechsle|wechsel|wechsele`,
      `zu|zur|zum einem|einer? anderen|neuen|günstigeren ${PROVIDER}`, 'zur|zu|bei der|einem|einer? konkurrenz|mitbewerber|wettbewerber|konkurrenten',
      // Buying elsewhere from now on: "ich bestell nur noch bei der Konkurrenz", "ab jetzt kaufe ich woanders".
      `nur noch bei ${RIVALS}`, `ab jetzt|sofort|heute|nun bei|zu|zur ${RIVALS}`, 'bestelle|bestell|bestellen|kaufe|kauf|kaufen|buche|buch|buchen ich|wir? jetzt|nun|künftig|lieber|dann|halt|eben? woanders|anderswo',
      'nur noch woanders|anderswo', 'bestelle|bestell|kaufe|kauf|buche|buch nicht|nie mehr bei|hier|dort|was|etwas|irgendwas', 'werde|will|werden|wollen nicht|nie mehr bei euch|ihnen|hier|dort',
      'das war definitiv|endgültig? das|mein|meine|unser|unsere letzte|letzter|letztes mal|bestellung|einkauf|buchung|kauf', 'die längste zeit kunde|kundin|kunden', 'ich bin raus', 'wir sind raus',
      'ihr|sie verliert|verlieren einen kunden|kundin', 'sucht|suchen euch|sie einen neuen kunden|kundin',
    ],
    // Cancelling an appointment or a meeting is no churn threat: "Ich kündige meinen Termin am Montag".
    notChurn: [
      // Round 64. A notice for a neutral reason is a formal request, not a threat: "kündige ich meinen Vertrag wegen
      // Umzugs ins Ausland" (frustration 0.84 before). "Wenn das bis Freitag nicht läuft, kündige ich" names none and
      // stays churn, and so does a notice given with no reason ("Hiermit kündige ich … fristgerecht.", round 6).
      'kündige|kündigen|kündigung|künde|künden *? *? *? *? *? *? wegen|aufgrund|infolge eines|meines|unseres? umzug|umzugs|umzuges|wohnortwechsel|wohnortwechsels|auslandsaufenthalt|auslandsaufenthalts|todesfall|todesfalls|ruhestand|renteneintritt',
      'kündige|kündigen|kündigung|künde|künden *? *? *? *? *? *? da|weil ich|wir * *? nicht mehr brauche|brauchen|benötige|benötigen|nutze|nutzen',
      // An appointment ended in a letter's infinitive is no contract: "meinen Termin am Montag zu kündigen".
      'termin|termine|meeting|besuch|reservierung|tisch|buchung|kurstermin * *? *? *? zu kündigen|beenden|auflösen',
      'ich|wir kündige|kündigen|storniere|stornieren|verschiebe|verschieben|sage|sagen meinen|unseren|den|die|das|unsere|unser termin|besprechung|meeting|anruf|telefonat|reservierung|buchung|flug|treffen',
      'kündige|kündigen|storniere|stornieren meinen|unseren|den|die|das|unsere|unser termin|besprechung|meeting|anruf|telefonat|reservierung|buchung|flug|treffen',
      // Changing a detail, not the provider: "ich wechsle das Passwort", "den Tarif beim selben Anbieter wechseln".
      'wechsel|wechsle|wechsele|wechseln das|die|den|mein|meine|meinen passwort|kennwort|pin|zahlungsmethode|zahlungsart|adresse|lieferadresse|tarif|gerät|handy|sim|sim-karte|e-mail|email|benutzername|farbe|größe',
      'beim|innerhalb selben|gleichen anbieter', 'bei dem selben|gleichen anbieter',
      // Comparing, not leaving: "im Vergleich zur Konkurrenz", "besser als bei der Konkurrenz".
      'vergleich zur|zu|mit der? konkurrenz|mitbewerbern|wettbewerbern', 'besser|günstiger|schneller|billiger|freundlicher als die|bei der? konkurrenz|mitbewerber|wettbewerber',
    ],
    // The state defended against a charge is no praise: "Reinigung berechnet, obwohl der Wagen tadellos war".
    notPraise: [
      'obwohl|obgleich|wobei * *? *? *? einwandfrei|tadellos|makellos|sauber|blitzsauber|perfekt|intakt|unbeschädigt|neuwertig|picobello',
    ],
    humanRequest: [
      'mit einem|einer|ihrem|dem|jemandem? menschen|mensch|mitarbeiter|mitarbeiterin|vorgesetzten|verantwortlichen|manager|berater|beraterin|agenten|person sprechen|reden|telefonieren',
      'echten|echte|echter menschen|mensch|person|mitarbeiter', 'kein bot|roboter', 'keinen bot|roboter', 'verbinden sie mich', 'weiterleiten an|zu', 'eskalieren',
      'möchte|will einen|eine|mit menschen|mensch|mitarbeiter|vorgesetzten|manager',
    ],
    issueReport: [
      // Round 73. A fee charged on top that was never shown: "eine Gebühr ... zusätzlich berechnet, die nirgends angegeben war".
      'gebühr|gebühren|aufpreis|zuschlag|kosten|betrag|servicegebühr|bearbeitungsgebühr *? *? *? *? €|euro|eur|chf|franken? zusätzlich|extra|einfach|nachträglich berechnet|verlangt|abgebucht|belastet|kassiert|aufgeschlagen|verrechnet',
      'nirgends|nirgendwo|nirgendwo|nicht angegeben|ausgewiesen|erwähnt|vermerkt|angekündigt|aufgeführt|ersichtlich|ausgeschildert|stand|standen',
      // Round 71. A tear, a scratch, a stain on it: "mit einem Riss im Bezug", "mit einer Delle", "Fleck auf dem Stoff".
      'mit einem|einer|mehreren|zwei|vielen|deutlichen|großen|tiefen riss|rissen|kratzer|kratzern|fleck|flecken|loch|löchern|delle|dellen|beule|beulen|sprung|macke|macken|schaden|defekt',
      'riss|risse|kratzer|fleck|flecken|loch|löcher|delle|sprung|macke|macken im|in|am|auf bezug|stoff|leder|polster|glas|display|bildschirm|lack|rahmen|deckel|gehäuse|sitz|sitzfläche|rückenlehne|der|dem|den|die',
      // Round 71. Colours faded or off: "die Farben sind völlig verfälscht", "ausgeblichen", "die Drucke sind total blass".
      'verfälscht|verfälschte|verfälschten|ausgeblichen|ausgeblichene|ausgebleicht|verblasst|verblasste|verblassten|farbstichig|verwaschen|farbverfälscht|verschwommen|unscharf|verpixelt',
      'farben|farbe|druck|drucke|abzüge|fotos|bilder sind|ist|waren|war völlig|total|komplett|ganz|viel zu? falsch|blass|flau|grünstichig|rotstichig|blaustichig|anders',
      // Sound and picture faulty: "der Ton war total übersteuert", "das Bild ruckelt".
      'übersteuert|verzerrt|rauscht|knistert|ruckelt|ruckelte|flackert|flackerte|flimmert|scheppert',
      // A sum that cannot be right: "die Rechnung kann nicht stimmen".
      'rechnung|abrechnung|nachzahlung|betrag|summe|abschlag kann|könnte nicht|unmöglich stimmen|richtig',
      // The crash with words between its halves: "stürzt jedes Mal ab", "schmiert beim Bezahlen ab".
      'stürzt|stürzte|stürzen|schmiert|schmierte * *? *? ab',
      // Something else came in place of what was ordered: "Lachs statt der bestellten Box".
      'statt|anstatt|anstelle der|des|dem|den|meiner|meines|meinem|meinen|einer|eines bestellten|bestellte|bestelltem|gewünschten|georderten|gekauften|bezahlten',
      // Down for a while, said of the service: "der Online-Kurs ist seit gestern nicht erreichbar" ("ich bin nicht
      // erreichbar" is none, nor is a question of opening hours: "ist der Kurs am Wochenende nicht verfügbar?").
      'kurs|online-kurs|seite|website|webseite|server|plattform|app|portal|dienst|shop|onlineshop|hotline|kundenservice ist|sind|war|waren seit * *? nicht|nie erreichbar|verfügbar|abrufbar|aufrufbar|online',
      'kurs|online-kurs|seite|website|webseite|server|plattform|app|portal|dienst|shop|onlineshop|hotline|kundenservice ist|sind|war|waren schon|wieder|immer|ständig|dauernd|erneut|gerade|heute|mal wieder|noch|mal? nicht|nie erreichbar|verfügbar|abrufbar|aufrufbar|online',
      // Hard to reach: "nur werktags bis 17 Uhr erreichbar", "nie erreichbar", "kaum zu erreichen".
      "kaum|schlecht|nie|niemals|schwer|nirgends erreichbar", "kaum|nie|niemals|schwer zu erreichen", "nur werktags|wochentags|vormittags|montags * *? *? erreichbar",
      // Shrugged off, and the room cold: "an der Rezeption zuckt man nur mit den Schultern", "wir frieren".
      'zuckt|zucken|zuckte|zuckten * *? *? mit den|der schultern|achseln', 'mit den|der schultern|achseln gezuckt|zucken|zuckt|zuckte', 'schulterzucken|achselzucken', 'wir|ich frieren|friere|froren|fror',
      // Flooded: "die Küche stand unter Wasser".
      'stand|steht|stehen|standen|stehe unter wasser', 'wasser läuft|lief|tritt|trat|tropft aus',
      'ausfällt|ausfallt', 'fällt|fallt ständig|immer|jeden? aus',
      'nie|keine eine? antwort bekommen|erhalten',
      'funktioniert|geht|lädt|läuft|startet|synchronisiert|reagiert nicht mehr?', 'fehler|fehlermeldung|absturz|bug|kaputt|defekt|ausfall|störung|down',
      'stürzt|stürzte|stürzen ab', 'stürzt|stürzte|stürzen immer|ständig|dauernd|schon noch|wieder? ab', 'abgestürzt|abstürze', 'hängt|hängt sich auf', 'kann|können mich? nicht einloggen|anmelden|zahlen|bezahlen|herunterladen|öffnen|zugreifen', 'keinen zugriff',
      'doppelt abgebucht|berechnet|belastet', 'zweimal abgebucht|berechnet|belastet', 'nicht angekommen|geliefert|erhalten', 'ist|sind weg|verschwunden|gelöscht',
      'geht gar nichts', 'nichts geht|funktioniert',
      // A job that fails or stops partway: "der Export schlägt fehl", "bricht bei 80 % ab".
      // Separable verbs: "schlägt seit heute Morgen fehl" ends on "fehl", which says little else.
      // Hardware and deliveries: "die Waschmaschine leckt", "kam beschädigt an", "es fehlt die Hälfte".
      'leckt|tropft|undicht|beschädigt|zerkratzt|zerbrochen|gesprungen', 'fehlt|fehlen|fehlte die|der|das|ein|eine|etwas? hälfte|teil|teile|artikel|zubehör|ware|betrag|geld|schraube|kabel|stück|stücke|packung',
      'fehl', 'fehlgeschlagen', 'bricht|brechen|brach ab|immer|ständig|dauernd|bei|nach', 'abgebrochen', 'ist|sind leer|falsch',
      // Put off or cancelled: "nicht pünktlich", "schon wieder verschoben", "Flug gestrichen".
      'nicht|nie|selten|kaum pünktlich|rechtzeitig', 'kurzfristig|einfach|ständig|mehrfach|erneut|wieder|dauernd|immer verschoben|abgesagt|storniert|gestrichen|annulliert|verlegt',
      'lieferung|liefertermin|termin|zustellung|flug|zug|reparatur|installation|montage|anschluss|freischaltung|auszahlung|erstattung|rückerstattung|fahrt|verbindung|veranstaltung|kurs|bestellung|buchung|reservierung wurde|wurden|ist|sind * *? *? verschoben|abgesagt|storniert|gestrichen|annulliert|ausgefallen',
      'flug|zug|termin|liefertermin|fahrt|verbindung|kurs|veranstaltung|reparatur|anschlusszug|anschlussflug storniert|gestrichen|annulliert|abgesagt|ausgefallen', 'ausgefallen',
      // Damaged, soaked, crushed, leaking, dirty, spoiled: "der Karton war völlig durchnässt", "das Essen kam kalt an".
      'durchnässt|durchgeweicht|durchweicht|aufgeweicht|zerdrückt|zerquetscht|eingedrückt|eingedellt|verbeult|verbogen|zerrissen|eingerissen|aufgerissen|zerfetzt|zersplittert|geplatzt|verschmutzt|verdreckt|dreckig|fleckig|befleckt|verfärbt|verschimmelt|schimmelig|vergammelt|verdorben|ungenießbar|matschig|zerbrochene|zerbrochenen|zerkratzte|zerkratzten|beschädigte|beschädigten|beschädigtes|beschädigter|defekte|defekten|defektes|defekter|kaputte|kaputten|kaputtes|kaputter',
      'beschädigung|beschädigungen|transportschaden|transportschäden|wasserschaden|kaputtgegangen|zerkratzt', 'eine|einen|mehrere|tiefe|tiefen|große|großen|dicke|dicken delle|dellen|kratzer|riss|risse|sprung|beule|beulen|fleck|flecken|loch|löcher',
      'ist|war|sind|waren|kam|kamen völlig|total|komplett|ganz|klatsch|pitsch? nass|feucht|durchnässt|kalt|eiskalt|lauwarm|schmutzig|dreckig', 'kam|kamen nass|feucht|kalt|eiskalt|lauwarm|schmutzig|dreckig|kaputt|defekt|zerbrochen|beschädigt|offen|geöffnet|zerdrückt|verbeult|leer',
      'flasche|flaschen|flüssigkeit|inhalt|shampoo|öl|tinte|akku|batterie|waschmittel|saft|milch|packung|verpackung|tüte|dose|glas ist|war|sind|waren|komplett|völlig|total? ausgelaufen|undicht|zerbrochen|gerissen|geplatzt',
      'essen|pizza|speisen|suppe|burger|pommes|gericht|kaffee|menü|lieferung|bestellung war|kam|ist|waren|kamen völlig|total|komplett|ganz|schon|nur|bereits|eiskalt? kalt|lauwarm|matschig|verbrannt|roh|versalzen|ungenießbar|verdorben|durchgeweicht',
      // Wrong or missing: "die falsche Größe geschickt", "die Größe ist auch falsch", "die Rechnung stimmt nicht", "es fehlen zwei Artikel".
      'falsche|falschen|falscher|falsches artikel|größe|farbe|produkt|ware|menge|anzahl|betrag|rechnung|paket|teil|modell|gerät|lieferung|sendung|buch|schuhe|ersatzteil|tarif|summe|abrechnung geliefert|geschickt|bekommen|erhalten|zugeschickt|gesendet|verschickt|berechnet|abgebucht|zugestellt',
      'falsche|falschen|falscher|falsches artikel|größe|farbe|produkt|ware|menge|anzahl|teil|modell|gerät|lieferung|sendung * geliefert|geschickt|bekommen|erhalten|zugeschickt|gesendet|verschickt|zugestellt',
      'ist|sind|war|waren auch|leider|komplett|völlig|total|wieder|schon falsch|fehlerhaft', 'falsch geliefert|berechnet|abgerechnet|abgebucht|zugestellt|verschickt|geschickt|etikettiert|ausgestellt',
      'rechnung|betrag|größe|farbe|menge|anzahl|summe|abrechnung|lieferung|adresse|bestellung|stückzahl stimmt|stimmen|stimmte|stimmten nicht|hinten|überhaupt|schon? nicht', 'fehlerhafte|fehlerhaften|fehlerhafter rechnung|abrechnung|lieferung|ware|artikel|buchung|abbuchung',
      'unvollständig|unvollständige|unvollständigen', 'nicht vollständig|komplett geliefert|angekommen|da', 'nur die hälfte|teil|teile', 'fehlende|fehlenden|fehlender artikel|teile|teil|ware|schrauben|zubehör|lieferung|betrag|position|positionen|packung',
      'fehlen|fehlt|fehlte|fehlten #num|zwei|drei|vier|fünf|mehrere|einige|ganze|teile|artikel|sachen|produkte',
      // Cancelled without a word, nobody came: "ohne Vorwarnung storniert", "der Techniker ist nicht gekommen", "Termin nicht eingehalten".
      'ohne vorwarnung|ankündigung|vorankündigung|erklärung|begründung|bescheid|rückmeldung|benachrichtigung|info|information|grund|absprache|rücksprache',
      // Round 56. Not even an apology; frozen food thawed on the way: "ohne Entschuldigung", "die Tiefkühlware war angetaut".
      'ohne|keine|keinerlei jede|ein? entschuldigung', 'nicht mal|einmal|einmal eine? entschuldigung',
      'angetaut|angetaute|aufgetaut|aufgetaute|angetautes|geschmolzen|geschmolzene',
      // Charged twice or too much, paid for nothing, no refund: "zu viel berechnet", "versteckte Gebühren", "bezahlt und nichts bekommen".
      'zu viel berechnet|abgebucht|bezahlt|verlangt|kassiert|abgerechnet', 'zuviel berechnet|abgebucht|bezahlt|verlangt|kassiert|abgerechnet', 'doppelt|zweimal bezahlt|abgerechnet|kassiert|gebucht|berechnet|abgebucht',
      'rechnung|betrag|abrechnung|abbuchung|nachzahlung|gebühr|gebühren|kosten|abschlag|beitrag ist|sind|war|waren viel|deutlich|plötzlich|auf? zu|doppelt|einmal? hoch|verdoppelt|falsch|fehlerhaft', 'viel|deutlich|völlig zu hoch',
      'hat|haben sich verdoppelt|verdreifacht', 'doppelt|dreimal so hoch|teuer', 'zwei|drei mal bezahlt|abgebucht|berechnet|kassiert|belastet|abgerechnet', 'nummer|nummern|größe|größen zu klein|groß|eng|weit|kurz|lang', 'rechnung|abschlag|preis|beitrag|gebühr|kosten|betrag|miete * *? *? verdoppelt|verdreifacht',
      // ("Gibt es versteckte Kosten?" asks before buying: the fee counts once charged.)
      'zusätzliche|versteckte|unerwartete|unerklärliche|unbekannte|überhöhte|ungerechtfertigte|unberechtigte|zusätzlichen|versteckten|unerwarteten|überhöhten|unberechtigten gebühr|gebühren|kosten|abbuchung|abbuchungen|belastung|zahlung|rechnung *? *? *? berechnet|abgebucht|verlangt|erhoben|belastet|kassiert|aufgeschlagen|abgezogen|eingezogen|aufgetaucht|auf|bezahlen|gezahlt|bezahlt',
      'ungerechtfertigte|unberechtigte|unerklärliche|unberechtigten|unerklärlichen gebühr|gebühren|kosten|abbuchung|abbuchungen|belastung|zahlung',
      'bezahlt|abgebucht|kassiert|überwiesen aber|und|obwohl * *? *? nicht|nichts|kein|keine|keinen',
      'keine|keinerlei erstattung|rückerstattung|gutschrift|entschädigung|lösung|info|information|erklärung', 'ohne erstattung|lösung',
      // Out of service: "kein Internet", "kein Netz", "Stromausfall", "die Zahlung wird abgelehnt", "ich kann mich nicht mehr einloggen".
      // ("Ich habe kein Internet zu Hause und möchte einen Vertrag" asks to buy: the outage ends there, or goes on "mehr", "seit".)
      'kein|keinen internet|netz|empfang|signal|strom|wlan|wifi|netzempfang|handyempfang|mobilfunknetz|warmwasser|gas|ton|bild|telefon|festnetz|fernsehen|zugang|zugriff mehr|seit|wieder|schon|.|!|und|kein|keinen|oder|aber|!!', 'stromausfall|netzausfall|internetausfall|funkloch|totalausfall|netzstörung|störungen|verbindungsabbruch|verbindungsabbrüche',
      'zahlung|karte|kreditkarte|überweisung|lastschrift|transaktion|bezahlung|kartenzahlung wird|wurde|ist|immer abgelehnt|storniert|fehlgeschlagen',
      'lässt|ließ|lassen sich nicht|nie|gar * *? einschalten|öffnen|starten|laden|aufladen|installieren|bezahlen|aktivieren|abschließen|schließen|verbinden|koppeln|einloggen|anmelden|buchen|drucken|herunterladen|hochladen|speichern',
      'kann|können|konnte|konnten mich|uns? nicht|nie|kaum mehr|länger? einloggen|anmelden|zahlen|bezahlen|herunterladen|öffnen|zugreifen|telefonieren|surfen|streamen|bestellen|buchen|drucken|überweisen',
      // Could not help, hung up, fobbed off: "hat einfach aufgelegt", "wusste auch nicht weiter".
      'hat|haben|hatte|hatten|einfach|mir|mich|uns|wurde|dann|sofort|direkt|kommentarlos|wortlos|gleich aufgelegt', 'abgewimmelt|vertröstet|hingehalten|abgespeist|ignoriert', 'konnte|konnten|kann|können mir|uns auch|leider? nicht|nie weiterhelfen|helfen', 'wusste|wussten auch|selbst|wieder? nicht weiter|bescheid', 'wusste|wussten von nichts',
      // Staff rude or clueless: "die Mitarbeiterin war sehr unfreundlich".
      'unfreundlich|unhöflich|inkompetent|unfähig|respektlos|herablassend|patzig|pampig|ahnungslos|unprofessionell|unfreundliche|unfreundlichen|unhöfliche|inkompetente|inkompetenten',
    ],
    waiting: [
      // Promised by a date now past: "sollte gestern kommen", "sollten nach drei Tagen da sein, jetzt ist es über eine Woche".
      'sollte|sollten|hätte|hätten|müsste|müssten gestern|vorgestern|letzte|letzten|letztes|schon|bereits|längst|eigentlich *? *? *? kommen|ankommen|da|eintreffen|geliefert|zugestellt|fertig|vorliegen|gutgeschrieben|erstattet|eingehen|sein',
      'sollte|sollten nach|in|innerhalb #num|einem|einer|zwei|drei|vier|fünf|sechs|sieben|zehn|vierzehn * *? da|fertig|vorliegen|geliefert|zugestellt|gutgeschrieben|erstattet|sein|kommen|ankommen',
      // Stuck somewhere for days: "liegt seit vier Tagen im Verteilzentrum", "hängt seit einer Woche beim Zoll".
      'liegt|liegen|lag|steht|stehen|hängt|hängen|steckt|stecken sie|es|er|das|die|der|mein|meine? seit #num|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|vierzehn|tagen|wochen|tag|woche',
      // Still not there by now: "bis heute nicht auf meinem Konto eingegangen", "bis dato keine Antwort".
      'bis heute|dato nicht|nie|kein|keine|keinen|nichts eingegangen|angekommen|gutgeschrieben|erstattet|gekommen|erhalten|geliefert|zugestellt|bearbeitet|überwiesen|zurückgezahlt|passiert|antwort|rückmeldung|erstattung|gutschrift',
      'bis heute|dato nicht|nie * *? *? *? eingegangen|angekommen|gutgeschrieben|erstattet|gekommen|erhalten|geliefert|zugestellt|bearbeitet|überwiesen|zurückgezahlt',
      // Charged for what was never ordered: "ein Datenpaket, das ich nie gebucht habe".
      'ich|wir nie|niemals|gar nicht? gebucht|bestellt|abgeschlossen|beauftragt|aktiviert|angefordert|abonniert|autorisiert|freigegeben',
      // Staff who let it happen: "keiner vom Personal hat reagiert".
      'niemand|keiner vom|von personal|team|mitarbeitern|den|der * *? hat|hatte|haben|hätte reagiert|geholfen|sich|bescheid|etwas|was',
      // Time it costs and the wait for help: "das kostet mich den halben Tag", "frühestens in zwölf Tagen einen Termin".
      'kostet|kostete|gekostet|kosten mich|uns den|einen|einen? halben|ganzen tag|vormittag|nachmittag|abend|urlaubstag', 'kostet|kostete|gekostet|kosten mich|uns #num|zwei|drei|vier|fünf|stunden|tage',
      'frühestens in #num|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|fünfzehn|zwanzig|dreißig tagen|wochen|monaten', 'frühestens nächste|übernächste|ende woche|monat|kw', 'termin|termine|techniker|monteur erst in #num|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|zwölf|vierzehn tagen|wochen|monaten', 'termin|termine|techniker|monteur erst nächste|übernächste|ende woche|monat',
      // Round 56. The wait sat out in the waiting room or the queue: "70 Minuten im Wartezimmer sitzen".
      '#num|eine|einer|zwei|drei|vier|fünf|zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|neunzig|halbe|ganze|geschlagene|mehrere stunde|stunden|minuten im|in wartezimmer|warteraum|wartebereich|wartesaal|warteschlange|schlange|foyer|flur|gang',
      'in der warteschleife', 'warteschleife','warte|warten immer noch|noch immer|seit', 'warte|warten seit #num? tagen|stunden|wochen', 'dauert ewig|ewigkeiten', 'dauert zu lange', 'immer noch nicht gelöst|behoben', 'wurde nie gelöst|behoben', 'wurde noch nicht gelöst|behoben',
      // The wait counted: "eine Stunde in der Leitung gewartet", "den ganzen Tag umsonst gewartet".
      '#num|eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|neunzig|halbe|ganze|geschlagene|mehrere|einige|viele stunde|stunden|minuten|tage|wochen gewartet|vergeblich|umsonst',
      'ganzen|halben tag|vormittag|nachmittag|morgen umsonst|vergeblich? gewartet', 'umsonst|vergeblich gewartet', 'hänge|hängen|hing|hingen * *? *? *? in der leitung|warteschleife',
      // Late and put off: "zwei Wochen zu spät", "drei Stunden Verspätung", "kam verspätet an", "wurde schon wieder verschoben"
      // ("die verspätete Antwort" a customer apologises for is none; "ohne Verspätung", "nicht zu spät" are taken back below).
      // ("Ist es zu spät, um…" asks, "damit wir nicht zu spät kommen" plans: "zu spät" counts after what came or how late.)
      'kam|kamen|kommt|kommen|war|waren|ist|sind|wurde|wurden|viel|deutlich|wieder|immer|schon|erneut|leider|einfach|auch|total|völlig|komplett|mal|erst|stunde|stunden|tag|tage|tagen|woche|wochen|minuten|monat|monate|geliefert|zugestellt|angekommen|eingetroffen|geantwortet|reagiert|informiert|benachrichtigt|bescheid|storniert|abgesagt|gemeldet|paket|lieferung|bestellung|sendung|zug|bus|flug|techniker|handwerker|fahrer|kurier|post|ware|essen|antwort|rückmeldung|erstattung zu spät',
      '#num|eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|dreißig|vierzig|fünfzig|halbe|mehrere|einige|viele stunde|stunden|minuten|tage|tagen|woche|wochen verspätung|verzögerung|verzug',
      'mit * *? verspätung|verzögerung', 'verspätung von #num|einer|einem|zwei|drei|vier|fünf|sechs|mehreren|über', 'ist|sind|war|waren|wurde|wurden|kam|kamen|kommt|kommen|hat|hatte|hatten|haben verspätet|verspätung|verzögert',
      'verspätet|verzögert angekommen|geliefert|eingetroffen|zugestellt|ausgeliefert|gestartet|abgefahren|losgefahren|gelandet|an|ein', 'verspätete|verspäteten|verzögerte|verzögerten lieferung|zustellung|auslieferung|sendung|paket|flug|zug|abflug|ankunft|abfahrt|bahn',
      'verspätet|verspätete|verspäten|verzögert|verzögerte|verzögern sich', 'sich * *? verspätet|verzögert', 'lieferverzögerung|lieferverzögerungen|lieferverzug|überfällig',
      // Nobody came, nothing refunded: "der Techniker ist nicht gekommen", "Geld nie zurückbekommen".
      'nicht|nie|niemand|keiner gekommen|erschienen|aufgetaucht|vorbeigekommen', 'niemand|keiner ist|kam|war gekommen|erschienen|aufgetaucht|vorbeigekommen|da', 'nicht eingehalten',
      'techniker|monteur|handwerker|fahrer|kurier|bote|zusteller|paketbote|paketdienst|lieferant|lieferdienst|servicetechniker|mitarbeiter kam|kamen|ist|sind|war|waren nicht|nie|gar|einfach nicht? gekommen|erschienen|aufgetaucht|da',
      'uns|mich versetzt', 'anschluss|anschlusszug|anschlussflug|weiterflug verpasst',
      'erstattung|rückerstattung|gutschrift|auszahlung|rückzahlung ist|sind|steht|stehen|noch * *? *? *? ausstehend|offen|aus',
      'nicht|nie zurückbekommen|erstattet|zurückerstattet|zurücküberwiesen|gutgeschrieben|zurückgezahlt'],
    courtesy: ['danke im voraus', 'vielen dank im voraus', 'vorab vielen dank', 'über hilfe würde ich mich freuen'],
    politeness: ['bitte|bitteschön', 'könnten|können sie|du', 'wenn möglich', 'mit freundlichen grüßen', 'lg|vg|mfg'],
    // Round 63. Greetings: "Moin", "Servus", "Grüezi mitenand", "Guten Morgen zusammen". Not the formal salutations of a letter ("Sehr geehrte", "Estimado equipo",
    // "السادة الكرام", "आदरणीय महोदय"): they open formal complaints and thanks as often, and the pull of a greeting
    // took four such messages of the written kinds to neutral.
    greeting: [
      'hallo|hi|hey|servus|moin|moinsen|grüezi|grüessech|hoi|salü|sali|tach|huhu|hallöchen|griaß|grüß|grüss|gruss|hallihallo',
      'guten|schönen|gute morgen|tag|abend', 'guten|schönen|gute morgen|tag|abend zusammen|allerseits|miteinander|mitenand', 'moin moin',
      'hallo|hi|hey|servus|moin|grüezi|hoi|tach|huhu|hallöchen zusammen|mitenand|miteinander|allerseits|team|leute|alle|ihr|liebes', 'grüß|grüss|griaß|gruss gott|euch|dich|di|sie',
      'ich hoffe es geht ihnen|euch|dir gut', 'einen schönen guten morgen|tag|abend',
    ],
    // Round 63. A question announced, a request made or the topic named: "ich hätte eine Frage", "ich schreibe wegen", "ich möchte meinen Termin verschieben".
    request: [
      // Round 64. The customer's own slip, to be put right, is a request, not a fault: "hab mich vertippt", "mein Fehler".
      'hab|habe|hatte|haben mich|uns *? *? *? vertippt|verschrieben|verklickt|vertan', 'mich|uns vertippt|verschrieben|verklickt', 'mein|unser fehler', 'mir ist ein tippfehler|zahlendreher|fehler',
      'ich|i|wir habe|hab|hätte|hätt|haben|hätten noch|mal|da|dazu? eine|ne|a|ein|einige|zwei|mehrere? kurze|kleine|allgemeine|schnelle? frage|fragen|frag|anliegen|bitte|anfrage',
      'kurze|kleine|schnelle|allgemeine frage|fragen|frag|anfrage', 'eine|ne frage|anfrage zu|zur|zum|bezüglich|wegen|an|betreffend|zu',
      'ich|wir schreibe|schreiben|melde|melden|wende|wenden|kontaktiere|kontaktieren ihnen|euch|dir|mich|uns? wegen|bezüglich|zu|zum|zur|aufgrund|im|in|betreffend|betreffs|weil|da|mit|an|heute|mit',
      'ich|wir möchte|möchten|wollte|wollten|würde|würden|hätte|hätten|tät gern|gerne|bitte|mal|einmal? wissen|fragen|nachfragen|erfragen|bestellen|buchen|reservieren|ändern|verschieben|anmelden|abmelden|umbuchen|stornieren|absagen|verlegen',
      'ist|wäre es möglich', 'mein name ist', 'hier spricht|schreibt',
    ],
    // The topic named alone ("bezüglich …", "بشأن …"): a request's pull where nothing is wrong, but no
    // question announced (tweets say "about …" of the news).
    topic: [
      'bezüglich|betreffend|betreffs|betrifft', 'es geht um',
    ],
    // Money or access back, and a fix that holds: "das Geld ist schon wieder auf meinem Konto", "es läuft schon wieder einwandfrei".
    worksAgain: [
      // Round 128. Back again, all of it: "jetzt sind alle wieder da".
      'alle|alles wieder da',
      'hat|es hat funktioniert|geklappt',
      'komme|kommen wieder in mein|meinen|das|unser konto|account|app|profil',
      'zahlung|betrag|geld|erstattung|gutschrift ist|sind heute|gestern|jetzt|nun|bereits|schon? eingegangen|angekommen|gutgeschrieben',
      'schon|bereits wieder auf meinem|dem|unserem|meiner konto|girokonto|karte|kreditkarte .|!|!!|gutgeschrieben|eingegangen|angekommen|zurück|verbucht|danke|dankeschön|vielen|super|toll|perfekt|prima',
      'schon|bereits wieder gutgeschrieben|erstattet|freigeschaltet|entsperrt|online|erreichbar|verfügbar|zurückgebucht',
      'funktioniert|läuft|klappt|geht schon|bereits wieder .|!|!!|einwandfrei|super|prima|problemlos|danke|perfekt|tadellos|top|reibungslos',
      'danke|dankeschön|dank nochmal|nochmals|erneut',
      // Better again: "Sie ist wieder zu Hause und frisst schon wieder", "wieder gesund", "wieder fit".
      'wieder zu|zuhause hause|daheim', 'wieder zuhause|daheim|gesund|fit|munter|wohlauf|da', 'frisst|isst|trinkt|spielt|schläft|atmet|bellt|miaut|schnurrt|rennt|springt|tobt|lacht|läuft|geht schon|bereits? wieder .|!|,|und|gassi|herum|rum|normal|ganz|wie|so|richtig|fröhlich|munter|putzmunter|gut|selbst|alleine|allein', 'frisst|isst|trinkt|spielt|schläft|atmet|bellt|miaut|schnurrt|rennt|springt|tobt|lacht schon|bereits wieder',
    ],
    noProblem: [
      // Not a single fault: "ohne einen einzigen Fehler", "kein einziges Problem".
      'ohne|kein|keinen|keine einen|ein|eine? einzigen|einziges|einzige fehler|problem|probleme|kratzer|ausfall|aussetzer',
      // Back after the outage: "der Server lief nach dem Ausfall nach 20 Minuten wieder".
      'lief|läuft|funktionierte|funktioniert|klappte|klappt nach dem|der ausfall|störung|absturz|panne|unterbrechung * *? *? wieder',
      // On time and whole: "diesmal nicht zu spät", "ohne Verspätung", "nichts kaputt", "nicht beschädigt".
      'nicht|nie zu spät', 'ohne|keine|keinerlei verspätung|verspätungen|verzögerung|verzögerungen|beschädigung|beschädigungen|schäden|kratzer|mängel|ausfälle', 'nicht|nie verspätet|verzögert|beschädigt|kaputt|defekt|zerbrochen|zerkratzt|nass|kalt|falsch|ausgefallen',
      'nichts kaputt|beschädigt|zerbrochen|gefehlt|falsch|ausgelaufen|verschoben', 'nicht kaputt gegangen', 'nicht kaputtgegangen', 'nichts ist|war kaputt|beschädigt|zerbrochen|falsch',
      'keine|keinen|keinerlei antwort|rückmeldung|erstattung nötig|notwendig|erforderlich', 'kein internet|strom|netz|zugang * nötig|notwendig|erforderlich',
      'keine probleme|fehler|beschwerden', 'ohne probleme|fehler|beanstandungen', 'kein problem|fehler', 'nicht schlimm|tragisch', 'halb so wild', 'kein ding'],
    profanity: ['scheiße|scheiss|scheiß|mist|verdammt|verdammte|kacke|arsch|arschloch|fick|ficken|wtf|verfluchte|drecks|dreck'],
    hedge: ['bin mir nicht sicher', 'nicht sicher ob|wie', 'vielleicht', 'wie kann|muss|soll ich', 'wie ändere|lösche|exportiere|finde|bekomme|aktiviere|deaktiviere|ändert|löscht|exportiert man|ich', 'wo finde|kann ich', 'ist das normal', 'eine idee', 'gibt es eine möglichkeit'],
    acknowledgement: [
      'alles klar', 'mach ich', 'verstanden',
      'ich aktualisiere|probiere|teste|installiere|starte|prüfe es|das|gerade|jetzt|mal',
      'aktualisiere|probiere|teste|installiere gerade|jetzt|mal',
      'wird gemacht',
    ],
  },
}
