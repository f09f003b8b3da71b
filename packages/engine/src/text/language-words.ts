/**
 * The function words that identify each Latin-script language, written for this project: frequent
 * words and support vocabulary that the other listed languages (English above all) do not use as
 * words of their own. "hi" is Hindi as customers type it in Latin letters ("mera order nahi aaya").
 * Languages the reader does not read (nl, pl, tr, …) are listed so their messages are not taken
 * for English or for a language it reads. Words every language types ("ok", "lol", "thx") are
 * no one's. English comes first: language guessing reads its votes by index 0.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the', 'and', 'is', 'it', 'you', 'this', 'that', 'my', 'with', 'for', 'have', 'not', 'was', 'are', 'what', 'your', 'but',
    'just', 'can', 'will', 'thanks', 'thank', 'please', 'i', "i'm", 'im', "don't", 'dont', "it's", 'its', "can't", "won't",
    "didn't", "doesn't", "isn't", "i've", "i'll", "you're", "that's", "there's", "we're", "they're", 'of', 'to', 'in', 'on', 'be',
    'get', 'got', 'how', 'why', 'all', 'so', 'we', 'they', 'there', 'been', 'would', 'should', 'could', 'when', 'from', 'about',
    'still', 'again', 'work', 'works', 'help', 'fine', 'great', 'good', 'yes', 'hi', 'hello', 'hey', 'lol', 'love', 'hate', 'time',
    'day', 'know', 'think', 'want', 'need', 'now', 'today', 'tomorrow', 'after', 'if', 'or', 'our', 'me', 'as', 'has', 'had',
    'did', 'does', 'were', 'at', 'by', 'up', 'out', 'any', 'some', 'since', 'than', 'then', 'which', 'who', 'she', 'he', 'his',
    'her', 'them', 'their', 'him', 'nothing', 'same', 'never', 'yesterday', 'problem', 'issue', 'order', 'account', 'refund',
    'working', 'broken', 'an', 'do', 'going', 'gonna', 'wanna', 'one', 'like', 'really', 'very', 'much', 'more', 'only', 'here',
    'back', 'see', 'new', 'happy', 'best', 'right', 'go', 'make', 'people', 'these', 'those', 'where', 'because', 'cannot',
    'sorry', 'awesome', 'nope', 'yeah', 'yep', 'pls', 'plz', 'asap', 'done', 'every', 'everything', 'someone', 'anyone', 'into',
    'over', 'off', 'too', 'well', 'way', 'thing', 'said', 'tonight', 'night', 'come', 'um', 'am',
  ],
  es: [
    // "Me parece…", "Il me faut…": shared with English, so it votes for all five.
    'me',
    'el', 'los', 'las', 'una', 'que', 'por', 'para', 'con', 'pero', 'muy', 'está', 'esta', 'es', 'mi', 'gracias', 'hola',
    'necesito', 'tengo', 'cuando', 'porque', 'también', 'ya', 'nada', 'todo', 'bien', 'sí', 'hoy', 'mañana', 'funciona', 'del',
    'al', 'lo', 'su', 'yo', 'tu', 'más', 'como', 'pedido', 'ayuda', 'y', 'hay', 'muchas', 'muchos', 'mucho', 'ahora', 'nunca',
    'siempre', 'otra', 'otro', 'vez', 'veces', 'quiero', 'puedo', 'pueden', 'puede', 'hacer', 'tiene', 'tienen', 'estoy', 'fue',
    'han', 'he', 'sin', 'sobre', 'desde', 'hasta', 'entre', 'donde', 'dónde', 'qué', 'cómo', 'cuándo', 'eso', 'esto', 'ese',
    'este', 'estos', 'estas', 'nos', 'les', 'le', 'mis', 'sus', 'tus', 'usted', 'ustedes', 'ser', 'estar', 'sigue', 'todavía',
    'aún', 'ayer', 'buenos', 'buenas', 'días', 'tardes', 'noches', 'vale', 'pues', 'así', 'solo', 'sólo', 'cuenta', 'hablar',
    'persona', 'quiere', 'dos', 'tres', 'cobraron', 'factura', 'reembolso', 'suscripción', 'llegado', 'llegó', 'ni', 'uno', 'unos',
    'unas', 'ella', 'él', 'ellos', 'nosotros', 'mí', 'ti', 'te', 'bueno', 'buena', 'mal', 'malo', 'jajaja', 'jaja', 'jajajaja',
    'q', 'xq', 'pq', 'tb', 'tmb', 'dia', 'día', 'gente', 'año', 'años', 'cada', 'hace', 'va', 'vamos', 'voy', 'dice', 'creo', 'de',
    'la', 'en', 'se', 'si', 'un', 'aquí', 'allí', 'entonces', 'nadie', 'algo', 'alguien', 'cosa', 'cosas', 'mejor', 'peor', 'tan',
    'tanto', 'sea', 'era', 'estaba', 'había', 'hemos', 'están', 'estás', 'eres', 'soy', 'somos', 'tenemos', 'mucha', 'poco',
    'nuevo', 'nueva', 'jajajajaja', 'jeje', 'vía', 'urgente', 'problema', 'pagar', 'cancelar', 'funcionar',
    'demora', 'entrega', 'cuánto', 'cuanto',
  ],
  fr: [
    // "Me parece…", "Il me faut…": shared with English, so it votes for all five.
    'me',
    'le', 'les', 'des', 'une', 'est', 'pas', 'pour', 'avec', 'mais', 'très', 'je', 'vous', 'nous', 'merci', 'bonjour', 'ça',
    'cette', 'mon', 'ma', 'mes', 'sur', 'dans', 'qui', 'que', 'aujourd', "aujourd'hui", 'fonctionne', 'marche', 'toujours',
    'encore', 'rien', 'bien', 'oui', 'du', 'au', 'aux', 'et', 'il', 'elle', 'commande', 'aide', "j'ai", "c'est", 'ce', 'cet',
    'ces', 'ne', 'ils', 'elles', 'leur', 'leurs', 'notre', 'votre', 'vos', 'nos', 'ta', 'tes', 'sa', 'ses', 'été', 'être', 'avoir',
    'fait', 'faire', 'peux', 'peut', 'pouvez', 'veux', 'voudrais', 'suis', 'sont', 'avez', 'avons', 'ont', 'déjà', 'moins', 'tout',
    'tous', 'toutes', 'toute', 'quand', 'comment', 'pourquoi', 'où', 'donc', 'alors', 'parce', 'aussi', 'beaucoup', 'trop', 'sans',
    'chez', 'vers', 'depuis', 'hier', 'demain', 'soir', 'bonsoir', 'salut', "d'accord", "n'est", "qu'il", "qu'on", "j'en", "m'a",
    "n'ai", "n'arrive", "l'application", 'moi', 'toi', 'lui', 'eux', 'y', 'en', 'se', 'sais', 'faut', 'mise', 'jour', 'fois',
    'abonnement', 'facture', 'remboursement', 'problème', 'erreur', 'réponse', 'compte', 'mdr', 'ptdr', 'là', 'ici', 'quoi', 'de',
    'la', 'si', 'tu', 'un', 'nouveau', 'nouvelle', 'quel', 'quelle', 'quels', 'veut', 'vont', 'comme', 'après', 'avant', 'peu',
    'sous', 'contre', 'selon', 'vraiment', 'juste', 'personne', 'chose', 'bah', 'ouais', 'voilà', 'voila', 'vient', 'fais', 'dit',
    'dire', 'faites', 'êtes', 'était', 'avait', 'sera', 'serait', 'aurait', 'pourrait', 'doit', 'dois', 'vas', 'cela', 'celui',
    'celle', 'ceux', 'dont', 'lorsque', 'puis', 'ainsi', 'jamais', 'aime', 'ou', 'bon', 'tant', 'pis', 'urgence', 'résilier',
  ],
  de: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'sie', 'wir', 'mit', 'für', 'aber', 'sehr', 'danke', 'bitte', 'hallo',
    'mein', 'meine', 'ein', 'eine', 'auf', 'dem', 'den', 'zu', 'noch', 'immer', 'schon', 'heute', 'morgen', 'funktioniert', 'geht',
    'kein', 'keine', 'wie', 'warum', 'auch', 'bestellung', 'hilfe', 'es', 'ja', 'des', 'einen', 'einem', 'einer', 'eines', 'sich',
    'sind', 'habe', 'haben', 'hat', 'hatte', 'wird', 'werden', 'wurde', 'kann', 'können', 'muss', 'müssen', 'soll', 'möchte',
    'wieder', 'nur', 'jetzt', 'mal', 'dann', 'wenn', 'weil', 'dass', 'oder', 'bei', 'beim', 'vom', 'zum', 'zur', 'nach', 'aus',
    'über', 'unter', 'seit', 'ohne', 'gegen', 'durch', 'bis', 'doch', 'nichts', 'alles', 'viel', 'vielen', 'dank', 'guten',
    'gestern', 'mir', 'mich', 'dir', 'dich', 'uns', 'euch', 'ihr', 'ihre', 'ihnen', 'sein', 'seine', 'unser', 'unsere', 'dein',
    'deine', 'wo', 'was', 'wer', 'kommt', 'gibt', 'bekomme', 'leider', 'bzw', 'schön', 'ganz', 'eigentlich', 'kündige', 'dringend',
    'fehler', 'hier', 'heut', 'ne', 'nix', 'nee', 'gerade', 'echt', 'oft', 'sowie', 'wegen', 'diese', 'dieser', 'dieses', 'diesen',
    'welche', 'an', 'im', 'am', 'halt', 'mehr', 'bin', 'bist', 'einfach', 'nie', 'ob', 'denn', 'jemand', 'etwas', 'wirklich',
    'sollte', 'würde', 'hätte', 'wäre', 'ab', 'vor', 'neue', 'neuen', 'alle', 'gerne', 'leute', 'endlich', 'wohl', 'stimmt',
    'macht', 'machen', 'gemacht', 'weiß', 'sagt', 'kommen', 'sehen', 'gehen', 'da', 'heißt', 'ihn', 'ihm', 'wieso', 'weshalb',
    'gleich', 'schade', 'eben', 'kündigen', 'funktionieren', 'in',
  ],
  it: [
    // "Me parece…", "Il me faut…": shared with English, so it votes for all five.
    'me',
    'il', 'lo', 'gli', 'della', 'che', 'non', 'per', 'con', 'ma', 'molto', 'sono', 'è', 'mio', 'mia', 'grazie', 'ciao', 'una', 'persona', 'parlare',
    'buongiorno', 'questo', 'questa', 'ancora', 'sempre', 'niente', 'bene', 'oggi', 'domani', 'funziona', 'perché', 'anche', 'del',
    'alla', 'ho', 'ordine', 'aiuto', 'e', 'un', 'di', 'da', 'dei', 'delle', 'degli', 'nel', 'nella', 'nei', 'sul', 'sulla', 'al',
    'alle', 'allo', 'dal', 'dalla', 'mi', 'ti', 'ci', 'vi', 'si', 'ne', 'io', 'tu', 'lui', 'lei', 'noi', 'voi', 'loro', 'suo',
    'sua', 'tuo', 'tua', 'nostro', 'vostro', 'hanno', 'abbiamo', 'avete', 'era', 'stato', 'stata', 'essere', 'fare', 'fatto',
    'può', 'posso', 'potete', 'vorrei', 'voglio', 'come', 'quando', 'dove', 'cosa', 'chi', 'quale', 'quindi', 'però', 'poi', 'già',
    'più', 'tutto', 'tutti', 'tutte', 'ogni', 'ieri', 'adesso', 'ora', 'nuovo', 'volta', 'volte', 'nessuna', 'nessun', 'riesco',
    'pagamento', 'abbonamento', 'fattura', 'rimborso', 'errore', 'problema', 'risposta', "l'ho", "c'è", "dell'", "un'", 'sì',
    'solo', 'qui', 'qua', 'fa', 'va', 'sta', 'sto', 'stai', 'siamo', 'siete', 'hai', 'dopo', 'prima', 'senza', 'tra', 'fra', 'cui',
    'la', 'se', 'le', 'o', 'ecco', 'altro', 'altra', 'contro', 'sarebbe', 'tanto', 'troppo', 'davvero', 'perchè', 'cmq', 'anzi',
    'quello', 'quella', 'questi', 'queste', 'nostra', 'vostra', 'stanno', 'vuole', 'deve', 'devo', 'urgente', 'disdico',
    'disdetta', 'funzionare', 'aiutarmi', 'quanto', 'quanta', 'quanti', 'quante',
    // "Pacco arrivato in perfette condizioni e pure in anticipo, grazie!" read as English: "in" is Italian's (and
    // German's) as much as English's, and a delivery's words are a support message's.
    'in', 'pacco', 'arrivato', 'arrivata', 'arrivati', 'consegna', 'spedizione', 'condizioni', 'ricevuto', 'ricevuta',
  ],
  pt: [
    // "Me parece…", "Il me faut…": shared with English, so it votes for all five.
    'me',
    'os', 'as', 'uma', 'que', 'não', 'para', 'com', 'mas', 'muito', 'está', 'é', 'meu', 'minha', 'obrigado', 'obrigada', 'olá',
    'oi', 'isso', 'esta', 'desse', 'dessa', 'cheio', 'trava', 'agradeço', 'resolvido', 'resolvida', 'imenso', 'valeu', 'demais', 'ainda', 'sempre', 'nada', 'bem', 'hoje', 'amanhã', 'funciona', 'porque', 'também', 'do', 'da', 'ao',
    'eu', 'você', 'pedido', 'ajuda', 'vc', 'tá', 'em', 'dos', 'das', 'aos', 'às', 'na', 'nos', 'nas', 'num', 'numa', 'pelo',
    'pela', 'pelos', 'pelas', 'um', 'uns', 'umas', 'seu', 'sua', 'seus', 'suas', 'meus', 'minhas', 'nosso', 'nossa', 'ele', 'ela',
    'eles', 'elas', 'vocês', 'voces', 'nós', 'mim', 'te', 'lhe', 'foi', 'são', 'tem', 'têm', 'ter', 'estou', 'estão', 'ser',
    'fazer', 'já', 'mais', 'quando', 'onde', 'como', 'quem', 'qual', 'então', 'agora', 'ontem', 'dia', 'vez', 'vezes', 'novo',
    'nova', 'tudo', 'todos', 'todas', 'sem', 'sobre', 'depois', 'antes', 'até', 'aqui', 'lá', 'muita', 'muitos', 'quero', 'posso',
    'podem', 'pode', 'consigo', 'tentei', 'assinatura', 'cobrado', 'cobrada', 'conta', 'atendente', 'reembolso', 'fatura', 'erro',
    'problema', 'resposta', 'kkk', 'kkkk', 'kkkkk', 'vcs', 'pra', 'né', 'tô', 'aí', 'isto', 'esse', 'essa', 'este', 'bom', 'boa',
    'obg', 'tbm', 'de', 'se', 'e', 'q', 'o', 'gente', 'melhor', 'noite', 'vai', 'vou', 'ver', 'gosto', 'deu', 'ja', 'oq', 'qto',
    'hein', 'mano', 'cara', 'fala', 'quê', 'nao', 'pq', 'ta', 'tava', 'nunca', 'mesmo', 'mesma', 'ninguém', 'alguém', 'coisa',
    'urgente', 'tento', 'pagar', 'cancelar', 'funcionar', 'atendimento',
    // "Quanto tempo demora a entrega para Lisboa?" read as English: its words are shared with Italian
    // and Spanish, where they vote too.
    'quanto', 'quanta', 'quantos', 'quantas', 'demora', 'entrega', 'prazo', 'custa',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'niet', 'ik', 'je', 'jij', 'wij', 'met', 'voor', 'maar', 'bedankt', 'mijn', 'nog', 'altijd',
    'vandaag', 'werkt', 'geen', 'waarom', 'ook', 'bestelling', 'hulp', 'dat', 'dit', 'wel', 'zijn', 'heb', 'hebben', 'heeft',
    'wordt', 'worden', 'kan', 'kunnen', 'moet', 'bent', 'jullie', 'onze', 'ons', 'naar', 'uit', 'bij', 'nu', 'niets', 'steeds',
    'graag', 'goed', 'dag', 'gisteren', 'aangekomen',
  ],
  hi: [
    'hai', 'hain', 'nahi', 'nahin', 'nhi', 'nai', 'kya', 'kyu', 'kyun', 'kyon', 'bhai', 'yaar', 'yar', 'mein', 'mera', 'meri',
    'mere', 'tera', 'teri', 'tere', 'aap', 'aapka', 'aapki', 'apka', 'apki', 'apna', 'apni', 'apne', 'karo', 'karna', 'karke',
    'kr', 'krna', 'raha', 'rahi', 'rahe', 'rha', 'rhi', 'gaya', 'gayi', 'gye', 'gya', 'tha', 'thi', 'bhi', 'aur', 'kuch', 'kuchh',
    'abhi', 'kab', 'kaise', 'kaisa', 'kaisi', 'accha', 'acha', 'achha', 'achcha', 'bahut', 'bohot', 'bahot', 'wala', 'wali',
    'wale', 'hoga', 'hogi', 'ji', 'ko', 'ka', 'ki', 'ke', 'woh', 'lekin', 'phir', 'fir', 'matlab', 'sirf', 'liye', 'diya', 'kiya',
    'hua', 'hui', 'dekho', 'chalo', 'pata', 'baat', 'paisa', 'paise', 'jaldi', 'aaj', 'kal', 'koi', 'kaun', 'kahan', 'yahan',
    'wahan', 'mujhe', 'tujhe', 'hum', 'tum', 'tumhe', 'unka', 'uska', 'iska', 'dhanyavad', 'dhanyavaad', 'dhanyawad', 'shukriya',
    'bakwas', 'bekar', 'bilkul', 'sahi', 'galat', 'bhejo', 'milega', 'mila', 'aaya', 'aayi', 'hota', 'hoti', 'hote', 'jata',
    'jati', 'sab', 'kar', 'ab', 'tak', 'se', 'hu', 'hoon', 'pr', 'par', 'toh', 'mai', 'mujh', 'kaha', 'kahin', 'hmara', 'hamara',
    'bada', 'jarur', 'zaroor', 'yaad', 'rhe', 'krte', 'jaya', 'kaam', 'vaala', 'ek', 'jaisi', 'jaisa', 'ap', 'kavi', 'aao', 'bna',
    'yha', 'abi', 'chata', 'milna', 'ho', 'ne', 'dil', 'pyar', 'pyaar', 'hamesha', 'sath', 'saath', 'jab', 'tab', 'agar', 'magar',
    'kyunki', 'isliye', 'wo', 'vo', 'ye', 'unko', 'inko', 'usko', 'isko', 'chahiye', 'sakta', 'sakte', 'sakti', 'lagta', 'lagti',
    'laga', 'dena', 'lena', 'din', 'raat', 'ghar', 'wahi', 'yahi', 'sabse', 'bohat', 'kro', 'kia', 'kyaa', 'pe', 'hamare',
    'humare', 'tumhara', 'aapke', 'apke', 'waise', 'aisa', 'aise', 'itna', 'kitna', 'kitne', 'bas', 'arre', 'arey',
  ],
  // Arabic typed in Latin letters and digits ("Arabizi": "3asabt gedan", "shokran, kolo tamam"), as
  // Egyptian, Levantine and Gulf customers chat; words Italian, Turkish, Hindi or English
  // also write ("bas", "bel", "tamam", "wala", "tab") are left out; "el", shared with Spanish, splits its vote.
  ar: [
    'el', 'ana', 'enta', 'inta', 'enti', 'inti', 'mesh', 'msh', 'mish', 'keda', 'kda', 'kida', 'elli', 'illi', 'bta3', 'beta3', 'bta3et',
    'ktir', 'kteer', 'ktiir', 'gedan', 'gdan', 'awi', 'awy', 'khalas', '5alas', 'ba2a', 'lessa', 'lesa', 'lissa', 'tany',
    '3shan', 'ashan', '3ashan', 'ya3ni', 'ya3ny', 'yaani', 'yalla', 'wallah', 'wallahi', 'shokran', 'shukran', 'shokrn',
    'mafeesh', 'mafish', 'ma3', 'ma3a', 'leh', 'lesh', 'leish', 'ezay', 'izzay', 'keef', 'kifak', 'kifik', 'dah', 'deh',
    'kamen', 'kaman', 'hayda', 'haida', 'hek', 'heik', 'shu', 'eish', 'weyn', 'howa', 'heya', 'e7na', 'ehna', 'ento',
    'mashy', 'mashi', 'kolo', 'kollo', 'kullu', 'fel', 'wel', 'lel', 'habibi', 'bdi', 'baddi', 'biddi', 'delwa2ty', 'dlwa2ty',
    'inshallah', 'insha2allah', 'nshallah', 'ahlan', 'marhaba', '3ala', '3la', '3and', '3ndi', '3andi', 'mumkin', 'momken',
    '7aga', '7ad', '7elw', 'lazem', 'lazim', '3ayez', '3ayz', '3awez', 'halla2', 'bokra', 'bukra', 'mabrouk', 'tislam', 'yeslamo',
  ],
  pl: [
    'nie', 'się', 'jest', 'że', 'na', 'jak', 'ale', 'czy', 'mój', 'moje', 'moja', 'jeszcze', 'dziękuję', 'dzięki', 'proszę',
    'działa', 'już', 'tak', 'nadal', 'dla', 'po', 'od', 'pomoc', 'zamówienie', 'mam', 'jestem', 'był', 'było', 'tylko', 'bardzo',
  ],
  tr: [
    'bir', 've', 'bu', 'için', 'ile', 'çok', 'ama', 'değil', 'yok', 'ne', 'hala', 'hâlâ', 'teşekkürler', 'teşekkür', 'ederim',
    'lütfen', 'merhaba', 'sipariş', 'siparişim', 'yardım', 'neden', 'nasıl', 'gibi', 'daha', 'şimdi', 'sen',
  ],
  sv: [
    'och', 'är', 'att', 'inte', 'jag', 'det', 'som', 'med', 'för', 'på', 'har', 'mitt', 'tack', 'hej', 'fungerar', 'fortfarande',
    'också', 'varför', 'hur', 'ingen', 'inget', 'beställning', 'hjälp', 'kan', 'vi', 'ni', 'den',
  ],
  id: [
    'yang', 'tidak', 'saya', 'ini', 'itu', 'dengan', 'untuk', 'sudah', 'belum', 'bisa', 'tolong', 'terima', 'kasih', 'pesanan',
    'masih', 'juga', 'karena', 'kenapa', 'bagaimana', 'kami', 'anda', 'akan', 'dari', 'ke', 'apa', 'gak', 'nggak', 'banget',
  ],
  tl: [
    'ang', 'ng', 'mga', 'hindi', 'ako', 'ko', 'mo', 'sa', 'ito', 'yung', 'naman', 'lang', 'po', 'salamat', 'pa', 'ba', 'kasi',
    'wala', 'talaga', 'kayo', 'niyo', 'nyo', 'siya', 'bakit', 'paano', 'ano', 'din', 'rin',
  ],
  ro: [
    'și', 'nu', 'este', 'că', 'pentru', 'cu', 'dar', 'foarte', 'mulțumesc', 'multumesc', 'vă', 'rog', 'încă', 'comanda', 'comandă',
    'ajutor', 'funcționează', 'sunt', 'mai', 'acum', 'pe',
  ],
}
