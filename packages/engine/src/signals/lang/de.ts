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

/** German support cues, written for this project. */
export const DE_CUES: LanguageCues = {
  language: 'de',
  negators: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nichts', 'niemand', 'ohne', 'weder'],
  contrast: ['aber', 'jedoch', 'allerdings', 'sondern'],
  falseFriends: ['hell', 'also', 'bad', 'fast', 'gift', 'kind', 'war'],
  variants: germanSpellings,
  praiseWords: ['toll', 'klasse', 'wunderbar', 'spitze', 'großartig', 'perfekt', 'herrlich', 'fantastisch', 'genial', 'prima', 'super'],
  sincereAfterPraise: ['danke', 'vielen', 'dankeschön', 'es', 'das', 'funktioniert', 'klappt', 'läuft', 'jetzt', 'alles'],
  patterns: {
    frustration: [
      'frustriert|frustrierend|frustration|genervt|nervig|entnervt|verärgert|gereizt', 'die nase voll', 'reicht mir|uns', 'reicht es mir|uns', "langsam|jetzt reicht's|reichts", 'mir reicht es|das', 'es reicht', 'ich bin es leid',
      'am ende meiner geduld', 'meine geduld ist am ende',
    ],
    anger: [
      'inakzeptabel|unverschämt|unverschämtheit|frechheit|skandal|skandalös|lächerlich|peinlich|katastrophal|katastrophe|miserabel|unterirdisch|furchtbar|schrecklich|absurd|erbärmlich',
      'wütend|sauer|stinksauer|empört|verärgert', 'eine frechheit|zumutung|katastrophe', 'ich hasse',
    ],
    disappointment: ['enttäuscht|enttäuschend|enttäuschung|traurig', 'hätte mehr erwartet', 'nicht zufrieden|glücklich', 'schade', 'sehr schade'],
    confusion: ['verwirrt|verwirrend|ratlos', 'verstehe ich nicht', 'ich verstehe nicht|das|es', 'weiß nicht wie|wo|was|warum|ob', 'ergibt|macht keinen sinn', 'unklar'],
    worry: ['besorgt|beunruhigt|nervös|verzweifelt|gestresst|panisch'],
    praise: [
      'super|perfekt|toll|klasse|hervorragend|ausgezeichnet|großartig|genial|fantastisch|spitze|top|prima|wunderbar|exzellent',
      'funktioniert|läuft perfekt|super|einwandfrei|jetzt|wieder', 'jetzt funktioniert|läuft|klappt es|alles? wieder', 'klappt|funktioniert|läuft jetzt|wieder einwandfrei|perfekt', 'den|meinen tag gerettet', 'problem gelöst|behoben', 'ist|sind endlich? angekommen|eingegangen|eingetroffen|gutgeschrieben', 'zufrieden|glücklich|begeistert|froh',
      'sehr|super hilfreich|freundlich|schnell|kompetent', 'toller|super|guter|großartiger service|support|job|arbeit', 'alles gut|erledigt|klar', 'großes|ein lob', 'lob an|ans',
    ],
    gratitude: ['danke|dankeschön|thx|merci', 'vielen|herzlichen|besten|tausend|lieben|großen dank', 'ich bedanke mich', 'wir bedanken uns', 'dankbar'],
    repeatContact: [
      // The fault going on: "sie stürzt immer noch ab".,
      'immer noch ab|falsch|leer|kaputt|defekt|offline',
      'noch immer ab|falsch|leer|kaputt|defekt|offline',
      'schon wieder', 'wieder einmal', 'erneut', 'immer wieder', 'zum zweiten|dritten|vierten|fünften|x-ten|wiederholten mal', 'zweites|drittes|viertes|fünftes|zweite|dritte|vierte|fünfte mal', '#num mal',
      'zwei|drei|vier|fünf|mehrmals|mehrfach|etliche|x mal', 'zweimal|dreimal|viermal|fünfmal|x-mal', 'habe|hab|haben schon|bereits geschrieben|angerufen|gemeldet|erklärt|versucht|probiert',
      'schon|bereits gemeldet|versucht|probiert|geschrieben', 'schreibe|melde|frage ich|mich? nochmal|nochmals|erneut', 'immer noch nicht|kein|keine|kaputt|dasselbe|das', 'noch immer nicht|kein|keine',
      'niemand antwortet|meldet|hilft', 'dasselbe|das gleiche|gleiche problem|fehler', 'seit tagen|wochen|monaten',
    ],
    deadline: [
      'bis heute|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mittag|mitternacht|heute', 'vor|bis ende des|der tages|woche', 'innerhalb von? #num minuten|stunden|tagen',
      'in #num minuten|stunden|stunde|minute', 'deadline|frist', 'so schnell wie möglich', 'schnellstmöglich|umgehend|sofort|unverzüglich', 'bis spätestens',
      'präsentation|meeting|termin|demo|launch|hochzeit|flug|audit ist|beginnt morgen|heute', 'wir verlieren geld|kunden|umsatz', 'die kunden warten',
    ],
    urgent: ['dringend|dringlich|eilig|notfall|kritisch|asap', 'höchste priorität', 'es eilt', 'eilt'],
    notUrgent: [
      'nicht dringend|eilig|kritisch', 'nicht so dringend|eilig', 'keine eile', 'kein stress', 'eilt nicht', 'ist nicht eilig|dringend', 'wann immer sie|du zeit',
      'wenn sie|du zeit haben|hast', 'in ruhe', 'niedrige priorität', 'hat zeit',
    ],
    grudging: ['na gut', 'naja gut|okay|ok', 'meinetwegen', 'wenn es sein muss', 'dann eben', 'na schön', 'besser als nichts', 'nicht ideal', 'wenn es nicht anders geht', 'muss ich wohl', 'von mir aus'],
    sarcasm: ['danke für nichts', 'vielen dank für nichts', 'na toll', 'na super|prima|klasse', 'was für eine überraschung', 'wer hätte das gedacht'],
    sarcasmOverProblem: [
      // "Echt spitze" is also sincere praise ("Ihr Support ist echt spitze"): sarcasm only over a problem.
      'echt spitze', 'toll|super|klasse|prima|perfekt schon|noch wieder|ein', 'genau das was ich brauche|brauchte', 'danke fürs löschen|sperren|ignorieren', 'danke für das löschen|sperren|ignorieren'],
    churn: [
      'ich kündige', 'wir kündigen', 'kündige|kündigen ich|wir mein|meine|meinen|unser|unsere|unseren|das|den|die abo|abonnement|vertrag|konto|account|mitgliedschaft', 'kündige|kündigen|kündigt|kündigung mein|meine|meinen|unser|unsere|unseren|das|den|die abo|abonnement|vertrag|konto|account|mitgliedschaft',
      'werde|werden|will|möchte|wollen kündigen|wechseln', 'mein|meine|meinen|unser|unsere|unseren|das|den|die abo|abonnement|vertrag|konto|account|mitgliedschaft kündigen|beenden|auflösen', 'zur|zu der? konkurrenz', 'wechsle|wechsele|wechseln zu|zur|den anbieter|konkurrenz', 'anderen anbieter|dienstleister',
      // After a condition: "wenn das bis Freitag nicht läuft, bin ich weg".
      'bin ich weg', 'sind wir weg', 'kurz davor zu? kündigen|wechseln', 'überlege|überlegen ernsthaft? zu? kündigen|wechseln',
      'nie wieder', 'verlängere|verlängern nicht', 'nicht verlängern', 'einen kunden verloren', 'abo beenden|kündigen', 'vertrag beenden|kündigen',
    ],
    // Cancelling an appointment or a meeting is no churn threat: "Ich kündige meinen Termin am Montag".
    notChurn: [
      'ich|wir kündige|kündigen|storniere|stornieren|verschiebe|verschieben|sage|sagen meinen|unseren|den|die|das|unsere|unser termin|besprechung|meeting|anruf|telefonat|reservierung|buchung|flug|treffen',
      'kündige|kündigen|storniere|stornieren meinen|unseren|den|die|das|unsere|unser termin|besprechung|meeting|anruf|telefonat|reservierung|buchung|flug|treffen',
    ],
    humanRequest: [
      'mit einem|einer|ihrem|dem|jemandem? menschen|mensch|mitarbeiter|mitarbeiterin|vorgesetzten|verantwortlichen|manager|berater|beraterin|agenten|person sprechen|reden|telefonieren',
      'echten|echte|echter menschen|mensch|person|mitarbeiter', 'kein bot|roboter', 'keinen bot|roboter', 'verbinden sie mich', 'weiterleiten an|zu', 'eskalieren',
      'möchte|will einen|eine|mit menschen|mensch|mitarbeiter|vorgesetzten|manager',
    ],
    issueReport: [
      'funktioniert|geht|lädt|läuft|startet|synchronisiert|reagiert nicht mehr?', 'fehler|fehlermeldung|absturz|bug|kaputt|defekt|ausfall|störung|down',
      'stürzt|stürzte|stürzen ab', 'stürzt|stürzte|stürzen immer|ständig|dauernd|schon noch|wieder? ab', 'abgestürzt|abstürze', 'hängt|hängt sich auf', 'kann|können mich? nicht einloggen|anmelden|zahlen|bezahlen|herunterladen|öffnen|zugreifen', 'keinen zugriff',
      'doppelt abgebucht|berechnet|belastet', 'zweimal abgebucht|berechnet|belastet', 'nicht angekommen|geliefert|erhalten', 'ist|sind weg|verschwunden|gelöscht',
      'geht gar nichts', 'nichts geht|funktioniert',
      // A job that fails or stops partway: "der Export schlägt fehl", "bricht bei 80 % ab".
      // Separable verbs: "schlägt seit heute Morgen fehl" ends on "fehl", which says little else.
      'fehl', 'fehlgeschlagen', 'bricht|brechen|brach ab|immer|ständig|dauernd|bei|nach', 'abgebrochen', 'ist|sind leer|falsch',
    ],
    waiting: ['warte|warten immer noch|noch immer|seit', 'warte|warten seit #num? tagen|stunden|wochen', 'dauert ewig|ewigkeiten', 'dauert zu lange', 'immer noch nicht gelöst|behoben', 'wurde nie gelöst|behoben', 'wurde noch nicht gelöst|behoben'],
    courtesy: ['danke im voraus', 'vielen dank im voraus', 'vorab vielen dank', 'über hilfe würde ich mich freuen'],
    politeness: ['bitte|bitteschön', 'könnten|können sie|du', 'wenn möglich', 'mit freundlichen grüßen', 'lg|vg|mfg'],
    noProblem: ['keine probleme|fehler|beschwerden', 'ohne probleme|fehler|beanstandungen', 'kein problem|fehler', 'nicht schlimm|tragisch', 'halb so wild', 'kein ding'],
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
