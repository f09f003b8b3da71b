import type { LanguageCues } from './language-cues.js'

// Devanagari letters with a nukta, written as one code point ("ज़", U+095B) or as the letter and the
// nukta sign (U+091C U+093C); many type the letter without it ("मजाक").
const NUKTA = '\u093c'
const PRECOMPOSED: readonly [string, string][] = [
  ['\u0958', '\u0915'], ['\u0959', '\u0916'], ['\u095a', '\u0917'], ['\u095b', '\u091c'], ['\u095c', '\u0921'], ['\u095d', '\u0922'], ['\u095e', '\u092b'], ['\u095f', '\u092f'],
]

/** "मज़ाक" is also typed "मज़ाक" (one code point) and "मजाक"; "हूँ" also "हूं". */
function hindiSpellings(word: string): readonly string[] {
  if (!/[\u0900-\u097f]/.test(word)) return []
  let decomposed = word
  for (const [one, base] of PRECOMPOSED) decomposed = decomposed.split(one).join(base + NUKTA)
  let composed = decomposed
  for (const [one, base] of PRECOMPOSED) composed = composed.split(base + NUKTA).join(one)
  const bare = decomposed.split(NUKTA).join('')
  const out = new Set<string>()
  for (const w of [decomposed, composed, bare]) {
    out.add(w)
    out.add(w.replace(/\u0901/g, '\u0902'))
    out.add(w.replace(/\u0902/g, '\u0901'))
  }
  out.delete(word)
  return [...out]
}

// Carriers, shops and banks a customer leaves for by name, in Latin letters and in Devanagari: only
// before a postposition and a verb of moving ("Jio pe port kara lunga", "Airtel mein shift ho jaunga").
const RIVALS = 'jio|airtel|vi|vodafone|idea|bsnl|amazon|flipkart|myntra|meesho|ajio|nykaa|swiggy|zomato|blinkit|zepto|bigbasket|paytm|phonepe|gpay|hdfc|icici|sbi|axis|kotak|ola|uber|rapido|netflix|hotstar|competitor|competition'
const RIVALS_DEVANAGARI = 'जियो|एयरटेल|वोडाफोन|आइडिया|बीएसएनएल|अमेज़न|अमेजन|फ्लिपकार्ट|मिंत्रा|मीशो|स्विगी|ज़ोमैटो|जोमैटो|पेटीएम|फोनपे'
// Moving there, said ahead or as it happens ("shift ho jaunga", "switch kar rahi hu", "chala jaunga"):
// "Airtel mein port kar liya" is a move already made, often to the company written to.
const MOVE = 'shift|switch|port|move'
const MOVE_DEVANAGARI = 'शिफ्ट|स्विच|पोर्ट'
const GO = 'jaunga|jaungi|jaenge|jayenge|jaaunga|jaaungi'
const GO_DEVANAGARI = 'जाऊंगा|जाऊँगा|जाऊंगी|जाऊँगी|जाएंगे|जायेंगे'
const DO = 'karunga|karungi|karenge|karwaunga|karwaungi|karaunga|karaungi'
// What is closed or cancelled: "account delete kar rahi hu", "सिम पोर्ट करा लूँगा".
const ACCOUNT = 'account|acc|a/c|subscription|membership|plan|connection|sim|number|prime|id|khata|policy|insurance|bima'

// Round 54. The local businesses a customer takes their custom to instead, in Devanagari and in Latin letters.
const LOCAL_HI = 'गैराज|गेराज|क्रेच|स्कूल|दुकान|क्लिनिक|अस्पताल|हॉस्पिटल|डॉक्टर|बैंक|कंपनी|सर्विस|लॉन्ड्री|धोबी|ड्राई|जिम|सैलून|पार्लर|एजेंसी|साइट|वेबसाइट|ऐप|मैकेनिक|वर्कशॉप|शोरूम|डीलर|कोचिंग|ट्यूशन|प्लेटफॉर्म|जगह|गोदाम|प्लेस्कूल|डेकेयर'
const LOCAL_RO = 'garage|creche|school|dukaan|dukan|shop|clinic|hospital|doctor|bank|company|service|laundry|dhobi|drycleaner|gym|salon|parlour|agency|site|website|app|mechanic|workshop|showroom|dealer|coaching|tuition|platform|jagah|storage|godown|playschool|daycare'
// First person, now or next: "kar rahi hu", "kar dunga", "karwa lunga".
const WILL = 'rahi|raha|dungi|dunga|denge|doongi|doonga|lungi|lunga|lenge|luga|lugi'
const WILL_DEVANAGARI = 'रहा|रही|दूंगा|दूँगा|दूंगी|दूँगी|देंगे|लूंगा|लूँगा|लूंगी|लूँगी|लेंगे'

/**
 * Hindi support cues, written for this project: in Devanagari and as customers type it in Latin
 * letters ("phir se", "nahi aaya"). The tokenizer leaves the danda ("।") on the word before it.
 */
export const HI_CUES: LanguageCues = {
  language: 'hi',
  negators: ['नहीं', 'नही', 'न', 'मत', 'कभी', 'बिना', 'nahi', 'nahin', 'nhi', 'nai', 'mat', 'na', 'bina'],
  contrast: ['लेकिन', 'मगर', 'किंतु', 'lekin', 'magar'],
  glued: ['।', '॥'],
  variants: hindiSpellings,
  questionWords: ['क्या', 'कैसे', 'कब', 'कहाँ', 'कहां', 'कितना', 'कितने', 'कितनी', 'कौन', 'कौनसा', 'कौनसी', 'किस', 'किसे', 'kya', 'kaise', 'kab', 'kahan', 'kahaan', 'kitna', 'kitne', 'kitni', 'kaun', 'kaunsa', 'kaunsi', 'kis',
    // Round 63: a conditional question asks ("अगर मैं EMI जल्दी बंद कर दूँ तो कोई फीस लगती है?").
    'अगर', 'agar', 'agr'],
  questionWordsAnywhere: true,
  greetings: ['नमस्ते', 'नमस्कार', 'प्रणाम', 'namaste', 'namaskar', 'hello', 'hi', 'ji', 'जी', 'sir', 'सर', 'bhai', 'भाई', 'team'],
  // Round 110: "वाह" and "badhiya" over a quoted promise are the praise turned ("वाह, \"दस मिनट में डिलीवरी\"…").
  praiseWords: ['वाह', 'waah', 'wah', 'badhiya', 'बढ़िया', 'shabash', 'शाबाश', 'kamaal', 'कमाल'],
  patterns: {
    frustration: [
      // Round 122. Asked whether anything works: "क्या आपके ऐप में कोई ऐसा बटन भी है जो सच में काम करता हो?", "बेहद झुंझलाहट".
      'जो सच में काम करता|करती हो', 'झुंझलाहट|झल्लाहट', 'jo sach mein kaam karta|karti ho',
      // Round 119. Asked as disbelief or a demand to be told: "Koi explain karega?", "के चक्कर लगाने पड़ते हैं?".
      'koi explain|samjhayega|batayega karega', 'koi samjhayega|batayega', 'चक्कर लगाने पड़ते|पड़', 'chakkar lagane padte|pad',
      // Round 71. What was the money for: "Itne paise kis liye diye?", "paisa kis baat ka liya", "इतने पैसे किस लिए दिए".
      'paise|paisa|pese|paisay|rupaye|rupees|fees|charge|charges kis|kahe|kaahe liye|lie|baat|cheez ke|ka|ki? diye|diya|de|dete|liye|lie|liya|le|lete|bhare|bhara|lagaye|kaate|kate',
      'पैसे|पैसा|रुपये|फीस|चार्ज किस|काहे लिए|बात के|का? दिए|दिया|लिए|लिया|भरे|भरा|काटे',
      // Round 54. No point paying for it: "premium lene ka koi fayda nahi", "कोई फायदा नहीं".
      'koi fayda|faida|fyda|faayda nahi|nhi|nahin', 'कोई फायदा|फ़ायदा नहीं',
      // Shamed before guests or family: "बहुत शर्मिंदगी हुई", "beizzati ho gayi".
      'शर्मिंदगी|शर्मिंदा|बेइज्जती|बेइज़्ज़ती',
      'sharmindagi|sharmindgi|sharminda|beizzati|beizzti|bezzati',
      // "यह क्या तरीका है?", "ye kya tarika hai": what way of doing business is this ("पासवर्ड बदलने का क्या तरीका है?" asks the way).
      'यह|ये|इसका क्या तरीका|तरीक़ा', 'ye|yeh|yah|iska kya tarika|tareeka|tareka',
      // Manners missing, said of staff: "bilkul tameez nahi hai", "बदतमीज़ी से बात की".
      'tameez|tamiz|tamij|tameej nahi|nhi', 'तमीज़|तमीज|तहज़ीब नहीं', 'badtameezi|badtamizi|batamizi|badtameez|badtamiz|batameez|rudely|rude', 'बदतमीज़ी|बदतमीजी|बदतमीज़|बदतमीज|बदसलूकी',
      // Had enough: "बहुत हो गया", "bas bahut ho gaya".
      "बहुत हो गया|गयी|गई", "अब|बस बहुत हो|हुआ गया", "bahut|bohot|bohat|bhot ho gaya|gya", "ab|bas bahut|bohot|bohat ho|hua gaya|gya",
      // Not even something this simple: "Itna simple kaam bhi sahi nahi hota?".
      "itna|itni|itne simple|aasan|asaan|chhota|chota|basic|sa|si * *? bhi sahi|theek|thik|dhang|dhong nahi|nhi|na", "इतना|इतनी|इतने सिंपल|आसान|छोटा|छोटी|सा|सी * *? भी सही|ठीक|ढंग नहीं|ना",
      // At a loss after the fault: "समझ नहीं आ रहा क्या करूँ", "Kya karein samajh nahi aa raha" (longer than the confusion inside it).
      'समझ नहीं आ|आता रहा|रही? क्या|अब करूँ|करूं|करें|करु', 'क्या|अब करूँ|करूं|करें|करु समझ नहीं आ|आता रहा|रही', 'अब क्या करूँ|करूं|करें',
      'samajh|samaj|smjh nahi|nhi aa|aata raha|rha|rahi? kya|ab karu|karun|karoon|karein|kare|karen', 'kya|ab karu|karun|karoon|karein|kare|karen samajh|samaj|smjh nahi|nhi aa|aata raha|rha|rahi', 'ab kya karu|karun|karoon|karein|karen',
      // Worn out waiting: "प्लेटफॉर्म पर बैठे-बैठे थक गए हैं", "wait karte karte thak gaye".
      'thak gaya|gayi|gaye|gye|gya', 'बैठे-बैठे|इंतज़ार|इंतजार करते-करते|करते थक',
      'सब्र खत्म|ख़त्म',
      'bahut|bohot bura laga|lagta',
      'bura laga',
      // Trouble had, not trouble denied: "बहुत परेशानी है", "परेशानी हो रही है"; "कोई परेशानी नहीं आई" (the negator after it) is none.
      'बहुत|बड़ी|इतनी|काफी|काफ़ी|भारी|सारी|बेहद|ज़्यादा|ज्यादा|कितनी परेशानी|दिक्कत|झंझट|दिक्कतें|परेशानियां', 'परेशानी|दिक्कत|झंझट|दिक्कतें|परेशानियां हो|है|हैं|हुई|होती|उठानी|उठा|झेलनी|झेल|झेली|में|से|की|का|के|!|।|.',
      'थक गया|गई|चुका|चुकी|गये|गए|गयी|चुके',
      'irritate|irritated|pareshaan|pareshan ho raha|rahi|rha|rhi|gaya|gayi',
      'chhoh|chho aa',
      'असंतुष्ट|नाराज़|नाराज|परेशान|क्रोधित|निराश',
      'bahut|kaafi|ekdum naraz|naraaz|pareshan|gussa|frustrated',
      'खराब अनुभव', 'ye|yeh haal',
      // Round 56. "इतने पैसे देकर ये हाल?", a night spent suffering, the mood spoiled: "तड़पते रहे", "pura mood kharab".
      'ये|यह हाल', 'तड़पते|तड़पता|तड़पती रहे|रहा|रही|रह', 'tadapte|tadpte|tadapta|tadapti rahe|raha|rahi|rhe', 'mood|मूड kharab|kharaab|khrab|ख़राब|खराब|off|ऑफ',
      'बर्दाश्त के बाहर', 'कैसी सर्विस|सेवा',
      'इतने पैसे किस लिए', 'बेकार',
      'बिल्कुल गलत',
      'pagal kar diya|rakha',
      'निराशाजनक|निराश',
      'hadd|had ho gayi|gai|gyi',
      'परेशान|तंग|निराश', 'तंग आ गया|गई|गए', 'परेशान हो गया|गई|गए|हूँ|हूं|हैं', 'परेशान|pareshan|preshan|pareshaan|preshaan|tang|frustrate|frustrated', 'bahut|bohot|bahot|bohat|kaafi|kafi|ekdum pareshaan|pareshan|preshan|preshaan|tang|dukhi|naraz|naraaz|gussa|thak',
      'tang aa gaya|gayi|gaye', 'pak gaya|gayi|gaye', 'bas ho gaya|gayi', 'dimag kharab',
      // "दिमाग़ ख़राब कर दिया", "थक चुका हूँ", "परेशान करके रखा है".
      'दिमाग़ ख़राब', 'थक चुका|चुकी|चुके', 'परेशान कर|करके रखा|दिया|दिए', 'त्रस्त|आजिज़',
      'thak chuka|chuki|chuke', 'pareshan|preshan kar|karke rakha|diya|diye', 'aajiz',
    ],
    anger: [
      // "ये क्या मज़ाक है", "तमाशा बना रखा है" (as English "is a joke"), "बेवकूफ़ समझ रखा है", "शर्म नहीं आती".
      'क्या मज़ाक|तमाशा|ड्रामा|बकवास है|चल|बना|लगा', 'मज़ाक|तमाशा बना|बनाया|बना',
      'kya mazak|mazaak|majak|majaak|tamasha|drama hai|chal|bana|laga', 'mazak|mazaak|majak|majaak|tamasha bana|banaya|bana',
      'बेवकूफ़|उल्लू|पागल बना|बनाया|बनाते|समझ|समझा|समझते|समझ', 'शर्म नहीं आती', 'धोखा|लुटेरे|ठग|ठगी|धोखेबाज़',
      'bewakoof|bevkoof|bewkoof|bevakoof|ullu|pagal bana|banaya|banate|samajh|samjh|samajhte|samjha|samjhte', 'sharam|sharm nahi|nhi aati', 'dhokha|lutere|thag|thagi|dhokebaaz|dhokhebaaz',
      // Round 56. Rubbish and robbery, said of the service or the bill: "kya faltu scene hai", "ye kya loot hai?".
      'kya|ekdum|ekdam|bilkul|bahut|itna|itni faltu|faaltu|faltoo', 'faltu|faaltu|faltoo scene|service|app|company|plan|network|cheez|kaam|system|hai',
      'क्या|एकदम|बिल्कुल|बहुत|इतना|इतनी फालतू|फ़ालतू', 'फालतू|फ़ालतू सर्विस|सेवा|ऐप|कंपनी|चीज़|काम|सिस्टम|है',
      'kya|khuli|sidhi|seedhi loot|lut|lootmaar|daketi|dakaiti', 'loot|lootmaar macha|machi|machayi|mchi|rakhi|rakha',
      'क्या|खुली|सीधी लूट|लूटमार|डकैती', 'लूट|लूटमार मचा|मचाई|मची|रखी',
      'अस्वीकार्य|बकवास|बेकार|शर्मनाक|घटिया|बेहूदा|गुस्सा|नाराज़|नाराज', 'bakwas|bakwaas|bekar|bekaar|ghatiya|ghtiya|sharmnak|gussa|naraz|naaraz', 'हद है', 'हद हो गई', 'had hai', 'had ho gayi',
    ],
    disappointment: [
      // Round 54. It hurt: "बहुत बुरा लगा", "bahut bura laga".
      'बुरा लगा|लगता|लग', 'bura laga|lagta|lga',
      // Round 56. The pleasure of it gone: "पढ़ने का मज़ा ही ख़त्म", "saara maza kharab".
      'मज़ा|मजा ही|भी? ख़त्म|खत्म|किरकिरा|खराब|ख़राब|बिगड़|बिगाड़', 'maza|mazaa|mza|mazza hi|bhi? khatam|khatm|kharab|kharaab|kirkira',
      'निराश|दुखी|उदास', 'nirash|niraash|dukhi|udaas', // What was not expected of them, said of the bad ("ऐसी सर्विस की उम्मीद नहीं थी", "aapse ye ummeed nahi thi");
      // said of the good ("इतनी अच्छी सर्विस की उम्मीद नहीं थी") it is praise.
      'ऐसी|ऐसा|ऐसे|ये|यह * *? *? की|का|के|से उम्मीद|उमीद नहीं थी|था', 'आपसे|तुमसे|आपकी|आपके * *? *? उम्मीद|उमीद नहीं थी|था', 'आपसे|तुमसे|ऐसी|ऐसा|ऐसे ये|यह|ऐसी|ऐसा|इतनी|इतना? उम्मीद|उमीद नहीं थी|था',
      'बेकार|खराब|ख़राब|घटिया|बुरी|बुरा|गंदी|गंदा|लापरवाही|धोखे * *? की|का|के? उम्मीद|उमीद नहीं थी|था',
      'aisi|aisa|aise|ye|yeh * *? *? ki|ka|ke|se ummeed|umeed|umid nahi|nhi thi|tha', 'aapse|tumse|aapki|aapke * *? *? ummeed|umeed|umid nahi|nhi thi|tha', 'aapse|tumse|aisi|aisa|aise ye|yeh|aisi|aisa|itni|itna? ummeed|umeed|umid nahi|nhi thi|tha',
      'bakwas|bakwaas|kharab|kharaab|ghatiya|buri|bura|bekar|bekaar|gandi|ganda|laparwahi|lapparwahi|dhokhe * *? ki|ka|ke? ummeed|umeed|umid nahi|nhi thi|tha', 'संतुष्ट नहीं', 'santusht|khush nahi|nahin|nhi'],
    confusion: ['समझ नहीं आ|आया|आता रहा?', 'samajh|samaj nahi|nhi aa|aaya|aata raha|rha?', 'कैसे करूँ|करूं|करें', 'kaise karu|karun|kare'],
    worry: ['चिंतित|चिंता|घबराया|घबराई', 'tension|chinta|ghabra'],
    praise: [
      // Round 131. Coming back here, good as new: "Next time bhi yahin aaunga", "ekdum nayi jaisi chal rahi hai".
      'yahin|yahi|idhar aaunga|aaungi|aayenge|aaenge', 'nayi|naya|nai jaisi|jaisa|jesi chal|lag|ho',
      // Round 128. Service rare these days, a stay that went well, done in a day: "ऐसी सेवा आजकल कहाँ मिलती है", "Stay bahut accha raha", "ek din me … aa gaya".
      'ऐसी सेवा|सर्विस आजकल|कहाँ|कहां', 'bahut|bohot|bahot accha|acha|achha raha|rahi', 'ek din me|mein * *? *? aa|ho gaya|gya',
      // Helped with patience: "बड़े धैर्य से", "bahut pyaar se samjhaya".
      'बड़े|बहुत|पूरे|बड़ी धैर्य|सब्र|प्यार|इत्मीनान|शांति से', 'bade|bahut|bohot|pure|badi dhairya|sabr|pyaar|pyar|itminan|shanti se',
      // Better than hoped: "Itni achhi service ki ummeed nahi thi", "इतनी जल्दी मदद की उम्मीद नहीं थी".
      'achhi|acchi|achha|accha|acha|badhiya|badiya|jaldi|fast|tez|shandar|shaandaar|behtareen|zabardast|mast|sundar * *? ki|ka|ke|se? ummeed|umeed|umid nahi|nhi thi|tha', 'achhi|acchi|achha|accha|badhiya|jaldi|fast|tez ummeed|umeed|umid se zyada|jyada|behtar',
      'अच्छी|अच्छा|अच्छे|बढ़िया|जल्दी|तेज़|तेज|शानदार|बेहतरीन|ज़बरदस्त|जबरदस्त|सुंदर * *? की|का|के|से? उम्मीद|उमीद नहीं थी|था', 'उम्मीद से बढ़कर|ज़्यादा|ज्यादा|बेहतर|अच्छा|अच्छी',
      'फिर से ठीक|चालू',
      'itne patience|pyaar|aaram se',
      'समस्या|परेशानी|दिक्कत सुलझा|सुलझाई|सुलझ दी|गई|दिया',
      'ab sab clear hai|ho', 'sab samjhaya|samjha',
      'समस्या|परेशानी|दिक्कत हल|ठीक|दूर कर? दी|की|हो',
      'हल करने|कर|हो के? लिए|दी|दिया|गई|गया',
      'खाते में आ गया|गयी|गई', 'मिल गया|गयी|गई',
      'अब खुल|चल|आ|हो गया|गयी|गई', 'खुल गया|गयी|गई',
      'accha|achha|acha|badhiya|badiya|bahut kaam|service|sevice',
      'बढ़िया|शानदार|बेहतरीन|उत्तम|कमाल|ज़बरदस्त|जबरदस्त', 'बहुत अच्छा|अच्छी', 'सब ठीक है|हो', 'सब ठीक चल रहा|रही है', 'सब ठीक से चल रहा|रही है', 'आपने बहुत मदद की', 'sab sahi|badhiya hai|ho', 'sab sahi|badhiya chal raha|rahi hai', 'ठीक हो गया|गई', 'sab theek|thik|thick hai|ho', 'sab theek|thik chal raha|rahi hai', 'theek|thik ho gaya|gayi|gya', 'badhiya|badiya|shandar|shaandaar|behtareen|kamaal|kamal|zabardast|mast',
      'बहुत अच्छी|अच्छा सेवा|सर्विस|काम', 'bahut|bohot|bahot accha|acha|achha|achhi|acchi', 'अब काम कर रहा है', 'ab kaam kar raha|rahi hai', 'समस्या हल|सुलझ हो? गई', 'problem solve|hal ho gayi|gaya',
      'खुश|संतुष्ट', 'khush|santusht',
    ],
    gratitude: [
      // Round 122. Thanks told by what it meant: "Ghar me sab aapko duaayein de rahe hain".
      'duaayein|duaaein|duayen|duaen|dua de|dete', 'दुआएं|दुआएँ|दुआ दे|देते',
      // Round 116 (the twenty-fourth session). Thanks told by what it meant: "हृदय से आभारी", "आपकी टीम को सलाम", "din bana diya", "kabhi nahi bhoolungi".
      'हृदय|दिल से आभारी|धन्यवाद|शुक्रिया', 'तहे दिल से', 'आभारी हूँ|हूं|हैं', 'को सलाम', 'दिन बना दिया', 'din bana diya|diya', 'kabhi nahi bhoolunga|bhoolungi|bhulunga|bhulungi|bhoolenge', 'कभी नहीं भूलूंगा|भूलूंगी|भूलेंगे', 'सब निपट गया', 'sab nipat gaya',
      'बहुत प्यार|धैर्य से समझाया|समझाई|सुनी', 'bahut pyaar|pyar se samjhaya', 'aapne sach mein', 'आपने सच में',
      // Round 113. A blessing: "Bhagwan aapka bhala kare".
      'bhagwan|bhagvan aapka|apka bhala kare|kare', 'भगवान आपका भला करे|करें',
      // Round 110. Thanks told as what the help made possible: "sab aapki wajah se", "काबिल-ए-तारीफ़".
      'aapki|aapke wajah|waja se', 'आपकी|आपके वजह से', 'काबिल-ए-तारीफ़|काबिल-ए-तारीफ|kabil-e-tareef', 'theek kar gaya|gayi|diya', 'pahuncha diya|di',
      'धन्यवाद|शुक्रिया|आभार', 'dhanyavad|dhanyavaad|dhanyawad|shukriya|shukria|thx', 'बहुत धन्यवाद|शुक्रिया', 'आपका धन्यवाद|शुक्रिया',
      // Round 103. English thanks written in Devanagari: "थैंक यू", "थैंक्यू".
      'थैंक|थेंक यू|यु', 'थैंक्स|थैंक्यू|थेंक्यू',
    ],
    repeatContact: [
      // Nobody there to tell or hear: "कोई बताने वाला नहीं है", "koi sunne wala nahi".
      'कोई बताने|सुनने|देखने|पूछने|सुनवाई वाला|वाली नहीं', 'koi batane|sunne|dekhne|puchne|poochne wala|wali|vala nahi|nhi',
      // The phone not picked up: "बेचने वाला फ़ोन नहीं उठा रहा", "koi call nahi uthata".
      'फ़ोन|फोन|कॉल नहीं|ना उठा|उठाता|उठाते|उठाया|उठाती|उठाई|उठाए', 'phone|call|fone nahi|nhi|na utha|uthata|uthate|uthaya|uthati|uthai|uthaye',
      // A count of tickets: "3 ticket khol chuka hu", "तीन शिकायतें".
      '#num|do|teen|char|chaar|paanch ticket|tickets|complaint|complaints|shikayat|shikayatein', '#num|दो|तीन|चार|पांच|पाँच टिकट|शिकायत|शिकायतें|कंप्लेंट',
      // Still not, with the thing named between: "अभी तक नंबर नहीं आया", "ab tak wapas nahi aaye".
      'अभी|अब|आज तक * *? नहीं|ना आया|आई|आए|आये|मिला|मिली|मिले|हुआ|हुई|हुए|पहुंचा|पहुँचा|पहुंची|पहुँची|लौटा|लौटे|लौटाया|दिया|दी|भेजा|भेजी|बना|बनी|खुला|खुली|चला|चली|उठाया', 'abhi|ab|aaj tak * *? nahi|nhi|nahin aaya|aayi|aaye|aya|mila|mili|mile|hua|hui|hue|pahuncha|pahunchi|lauta|laute|bheja|bheji|diya|di|khula|chala|chali', 'ab|aaj tak nahi|nhi|nahin',
      // "तीन बार शिकायत की", "do baar call kiya": a count of tries (not "एक बार", once).
      'दो|तीन|चार|पांच|पाँच|छह|सात|आठ|दस|बीस|कितनी|अनेक बार', 'do|teen|char|chaar|paanch|panch|das|bees|kitni|anek baar|bar|baari', 'पहले|pehle|pahle bhi|hi दो|तीन|चार|do|teen|char बार|baar|bar', 'पहले|pehle|pahle bhi|hi #num बार|baar|bar',
      '2nd|3rd|4th|5th|10th|second|third|fourth|fifth|tenth time|baar|bar',
      'फिर से', 'फिरसे', 'दोबारा|दुबारा', 'बार बार', 'बार-बार', 'कितनी बार', 'दूसरी|तीसरी|चौथी|पांचवी बार', '#num बार', 'कई बार', 'पहले भी|ही बताया|कहा|शिकायत|कोशिश|संपर्क',
      'अभी तक नहीं', 'अब भी नहीं', 'अभी भी वही|नहीं', 'अभी|अब भी फेल|फ़ेल|खराब|ख़राब|बंद|अटका|अटकी|डाउन', 'वही समस्या|दिक्कत|प्रॉब्लम|एरर', 'कोई जवाब नहीं',
      'phir|fir se', 'firse|phirse', 'dobara|dubara', 'baar baar', 'kitni baar|bar', 'kai baar|bar', 'doosri|dusri|teesri|tisri|chauthi baar|bar', '#num baar|bar',
      'pehle bhi|hi bataya|kaha|complaint|try', 'abhi tak nahi|nhi|nahin', 'ab|abhi bhi same|wahi|nahi|nhi|fail|kharab|band|atka|atki|down', 'wahi problem|issue|error', 'koi jawab|reply|response nahi|nhi',
      // Nobody got back: "किसी ने कॉल बैक नहीं किया", "kisi ne phone nahi uthaya", "किसी ने नहीं बताया".
      'किसी|kisi ने|ne कॉल|call|फोन|फ़ोन|phone|जवाब|jawab|reply|रिप्लाई|response|मदद|madad|help|contact|संपर्क|वापस|wapas|ध्यान|dhyan *? *? *? नहीं|nahi|nhi|na', 'किसी|kisi ने|ne नहीं|nahi|nhi बताया|बताई|कहा|किया|दिया|उठाया|सुना|bataya|batai|kaha|kiya|diya|uthaya|suna',
    ],
    deadline: [
      'आज ही|तक', 'कल तक', 'कल सुबह|शाम|दोपहर तक', 'आज शाम|रात तक', 'जल्दी से जल्दी', 'तुरंत|फ़ौरन|फौरन', 'अभी के अभी', '#num मिनट|घंटे में', 'समय सीमा', 'डेडलाइन',
      'aaj hi|tak', 'kal tak', 'kal subah|sham|shaam|dopahar tak', 'aaj sham|shaam|raat tak', 'jaldi se jaldi', 'turant|fauran|foran', 'abhi ke abhi', '#num minute|ghante|ghanton me|mein', 'deadline',
    ],
    urgent: ['ज़रूरी|जरूरी|अत्यावश्यक|अर्जेंट|आपातकाल', 'jaruri|zaruri|zaroori|jaroori|urgent|emergency', 'बहुत जरूरी|ज़रूरी'],
    notUrgent: [
      // Round 64. No hurry: "अर्जेंट नहीं है", "कोई जल्दबाज़ी नहीं", "अपना समय लीजिए", "फ़ुर्सत से" (urgency 0.8 before).
      'अर्जेंट|अरजेंट|urgent नहीं|नही|nahi|nhi|nahin है?', 'कोई जल्दबाज़ी|जल्दबाजी|हड़बड़ी|हडबडी नहीं|नही', 'जल्दबाज़ी|जल्दबाजी की? ज़रूरत|जरूरत नहीं', 'अपना|अपने समय|टाइम लीजिए|लें|लो|ले', 'फ़ुर्सत|फुर्सत से|में',
      'koi jaldbazi|jaldbaazi|hadbadi nahi|nhi', 'apna time|samay lo|lijiye|le|lein', 'fursat se|mein|me',
      // Urgent then, said of what was done: "माँ के लिए बहुत ज़रूरी थी" (the need is over).
      'ज़रूरी|जरूरी|अर्जेंट थी|था|थे', 'zaruri|zaroori|jaruri|jaroori|urgent thi|tha|the',
      'जल्दी नहीं है', 'कोई जल्दी नहीं', 'जरूरी|ज़रूरी नहीं है?', 'आराम से', 'जब समय मिले|हो', 'jaldi nahi|nhi|nahin hai?', 'koi jaldi nahi|nhi', 'jaruri|zaruri|urgent nahi|nhi|nahin hai?',
      'aaram se', 'jab time mile|ho',
    ],
    grudging: ['ठीक है चलो', 'चलो ठीक है', 'कोई बात नहीं', 'क्या कर सकते हैं', 'chalo theek|thik hai', 'theek|thik hai chalo', 'kya kar sakte hai|hain', 'jaisa aap kahen|kaho'],
    sarcasm: ['वाह क्या सर्विस|सेवा है', 'बहुत बढ़िया सर्विस|सेवा', 'कुछ नहीं के लिए धन्यवाद', 'wah|waah kya service|seva hai', 'thanks for nothing'],
    sarcasmOverProblem: ['वाह|waah|wah', 'क्या बात है', 'kya baat hai',
      // Round 73. Disbelief tossed at the trouble: "staff ne bola adjust kar lo. Seriously?", "सच में?"
      'seriously|sachi|sachme|sachmuch|really ?|??|!?|???|?!', 'sach|सच में|me|mein ?|??|!?|?!'],
    churn: [
      // Round 131. The renewal to be forgotten: "Membership renewal ka to is baar aap log bhool hi jao".
      'renewal * *? *? *? bhool|bhul jao|jaiye|jaao',
      // Round 128. Another provider's connection, another airline, the squad gone to another game: "केबल वाले से कनेक्शन ले लूँगा", "dusri airline se hi travel karunga", "dusre game pe shift ho gaye".
      'कनेक्शन ले लूँगा|लूंगा|लेंगे|लूँगी|लूंगी', 'dusri|doosri|dusre|doosre airline|airlines|game|app se|pe|par hi? travel|shift|khelunga|khelenge', 'wahi|vahi khelunga|khelungi',
      // Round 122 (the twenty-fourth session). Leaving told by its steps: the subscription cancelled, the router returned.
      'subscription|plan|account|connection cancel|band karo|kardo', 'subscription|plan|account|connection cancel|band kar do|dijiye', 'राउटर लौटा|वापस', 'आख़िरी|आखिरी ईमेल|मेल|बार है',
      // Round 119 (the twenty-fourth session). Leaving told by its steps: the number being ported, the new provider's SIM.
      'port hone ka wait|intezaar|intezar', 'number port karwa|kara raha|rahi|rahe|dunga|dungi|lunga|lungi', 'naye|naya|nayi provider|company|network ka|ki|ke sim|connection|plan', 'नंबर पोर्ट करवा|करा रहा|रही|रहे|दूंगा|दूंगी|लूंगा|लूंगी', 'पोर्ट होने का इंतज़ार|इंतजार',
      // Round 113. "Port karwane ka form kahan milega".
      'port karwane|karane|karvane|karwaane',
      // Round 110. Porting the number away: "port karne ke liye UPC code".
      'port karne|karna|karwana|karwa|karaunga|karungi|karwaunga|karwaungi', 'upc code', 'port out',
      // Round 75. The agency or the institute changed, as a household says it: "हम एजेंसी बदल देंगे", "कोचिंग बदल लेंगे".
      'गैराज|गेराज|क्रेच|स्कूल|दुकान|क्लिनिक|अस्पताल|हॉस्पिटल|डॉक्टर|बैंक|कंपनी|लॉन्ड्री|धोबी|जिम|सैलून|पार्लर|एजेंसी|मैकेनिक|वर्कशॉप|शोरूम|डीलर|कोचिंग|ट्यूशन|गोदाम|प्लेस्कूल|डेकेयर|प्रदाता|कॉलेज|अकादमी|हॉस्टल|इंस्टीट्यूट|संस्थान|डीटीएच|ब्रॉडबैंड बदल रहा|रही|दूंगा|दूँगा|दूंगी|दूँगी|देंगे|लूंगा|लूँगा|लूंगी|लूँगी|लेंगे', 'गैराज|गेराज|क्रेच|स्कूल|दुकान|क्लिनिक|अस्पताल|हॉस्पिटल|डॉक्टर|बैंक|कंपनी|लॉन्ड्री|धोबी|जिम|सैलून|पार्लर|एजेंसी|मैकेनिक|वर्कशॉप|शोरूम|डीलर|कोचिंग|ट्यूशन|गोदाम|प्लेस्कूल|डेकेयर|प्रदाता|कॉलेज|अकादमी|इंस्टीट्यूट|संस्थान बदलनी|बदलना पड़ेगी|पड़ेगा|पडेगी|पडेगा', `garage|creche|school|dukaan|dukan|clinic|hospital|doctor|bank|company|laundry|dhobi|gym|salon|parlour|agency|mechanic|workshop|showroom|dealer|coaching|tuition|playschool|daycare|institute|college|academy|provider badal|badl|change ${WILL}`,
      // Round 73. Learning, getting it done or bought elsewhere: "मैं कहीं और सीख लूँगी", "kahin aur se silwa lenge", "दूसरी जगह दिखा लेंगे".
      'कहीं|कही और से? सीख|पढ़|दिखा|दिखवा|सिलवा|करा|करवा|ले|खरीद|बनवा|ठीक लूँगा|लूँगी|लूंगा|लूंगी|लेंगे|लेंगी',
      'दूसरी|दूसरे|दूसरा जगह|दुकान|डॉक्टर|स्कूल|टेलर|दर्जी से सीख|पढ़|दिखा|दिखवा|सिलवा|करा|करवा|ले|खरीद|बनवा|ठीक लूँगा|लूँगी|लूंगा|लूंगी|लेंगे|लेंगी',
      'kahin|kahi|dusri|doosri aur|jagah se? seekh|sikh|padh|dikha|dikhwa|silwa|kara|karwa|karva|le|kharid|khareed|banwa|theek|thik lunga|lungi|lenge|loonga|loongi|lungi|lu',
      // Round 71. Ended, and off elsewhere: "membership khatam, doosri jagah shift ho raha hu", "plan band karke dusri company se lunga".
      'khatam|khatm|khtm|band|cancel|chhod|chod|chhodke|chodke|chhodkar|chodkar *? *? dusri|doosri|dosri|dusre|doosre|dusra|doosra|kisi|koi jagah|jgah|jageh|company|gym|space|centre|center|provider|dukaan|dukan|shop|network|bank|app|service|wale|vale *? *? shift|switch|move|port|chala|chali|chale|jaunga|jaungi|jaenge|jayenge|lunga|lungi|lenge',
      'ab|abse|aage se? dusri|doosri|dosri|dusre|doosre|kisi aur? company|gym|provider|dukaan|dukan|shop|network|bank|app|service se|pe|par|mein|me? shift|switch|move|port|jaunga|jaungi|jaenge|jayenge|lunga|lungi|lenge',
      'खत्म|ख़त्म|बंद|कैंसल|छोड़|छोड़के|छोड़कर *? *? दूसरी|दूसरे|दूसरा|किसी जगह|कंपनी|जिम|दुकान|प्रोवाइडर|नेटवर्क|बैंक *? *? शिफ्ट|स्विच|जाऊँगा|जाऊंगा|जाऊँगी|जाऊंगी|जाएँगे|जायेंगे|चला|चली',
      // Round 54. The contract to be cancelled, politely: "कृपया मेरा अनुबंध रद्द करें".
      'अनुबंध|कॉन्ट्रैक्ट|कांट्रैक्ट|पॉलिसी|सदस्यता|मेंबरशिप|सब्सक्रिप्शन|खाता|अकाउंट|कनेक्शन|प्लान रद्द|बंद|समाप्त|खत्म|कैंसल|कैंसिल करें|करे|करो|कीजिए|कीजिये|करिए|करिये|करवाएँ|कराएँ',
      // Another garage, crèche or shop named, and going or sending there: "किसी और गैराज में जाऊँगा", "दूसरे क्रेच में डाल देंगे", "kisi aur dhobi se dhulwaunga".
      `किसी|दूसरे|दूसरी|दूसरा|अन्य और? ${LOCAL_HI} *? में|से|पर|पे|के|की जाऊँगा|जाऊँगी|जाएँगे|जाएँगी|जायेंगे|डाल|डालेंगे|डालूँगा|डालूँगी|भेजूँगा|भेजूँगी|भेजेंगे|दिखाऊँगा|दिखाऊँगी|दिखाएँगे|करवाऊँगा|करवाऊँगी|करवाएँगे|कराऊँगा|कराऊँगी`,
      `kisi|dusre|doosre|dusri|doosri|dusra|doosra aur? ${LOCAL_RO} *? me|mein|se|pe|par|ke jaunga|jaungi|jayenge|jaenge|daal|dalenge|daalenge|bhejunga|bhejungi|bhejenge|dikhaunga|dikhaungi|karwaunga|karwaungi|dhulwaunga|dhulwaungi`,
      // Never again from this site or shop: "ab kabhi is site se ticket nahi lunga".
      'kabhi|kbhi|dobara|dubara is|iss|yahan|yaha|aapke|apke|aapki|apki|tumhare|tumhari * se * *? nahi|nhi|na lunga|lungi|lenge|kharidunga|kharidungi|khareedunga|khareedungi|kharidenge|mangwaunga|mangwaungi|karunga|karungi|karenge',
      'कभी|दोबारा|दुबारा इस|आपके|आपकी|आपका * से * *? नहीं|ना लूँगा|लूँगी|लेंगे|खरीदूँगा|खरीदूँगी|खरीदेंगे|मंगवाऊँगा|मंगवाऊँगी|करूँगा|करूँगी|करेंगे',
      // Elsewhere from now on: "ab se kahin aur", "अब से कहीं और".
      'ab|abse|aage se? kahin|kahi aur', 'अब|आगे से? कहीं और',
      // The unit or the room emptied and left: "unit khali karke chala jaunga", "कमरा खाली कर दूँगा".
      'khali|khaali karke|krke chala|chali|chale jaunga|jaungi|jayenge|jaenge', 'khali|khaali kar dunga|dungi|denge',
      'खाली करके चला|चली|चले जाऊँगा|जाऊँगी|जाएँगे', 'खाली कर दूँगा|दूँगी|देंगे',
      // The membership or contract ended: "सदस्यता समाप्त कर देंगे", "कॉन्ट्रैक्ट खत्म करके", "membership khatam kar dunga".
      'सदस्यता|मेंबरशिप|सब्सक्रिप्शन|कॉन्ट्रैक्ट|कांट्रैक्ट|अनुबंध|खाता|अकाउंट|प्लान|कनेक्शन समाप्त|खत्म|ख़त्म|रद्द|कैंसल कर|करके|करवा|करा|करवाके',
      'subscription|membership|contract|account|plan|connection khatam|khatm|band|cancel|radd kar|karke|karwa|karwake|kara|karunga|dunga|denge',
      // Going to someone else: "किसी और कंपनी से काम करवाऊँगा", "kisi aur company se lunga".
      'किसी|दूसरी|दूसरे और? कंपनी|प्रोवाइडर|ब्रांड|दुकान|वेंडर|एजेंसी|डीलर|वाले|वालों से * *? करवाऊँगा|करवाऊंगी|करवाएँगे|लूँगा|लूँगी|लेंगे|खरीदूँगा|खरीदूँगी|खरीदेंगे|लगवाऊँगा|लगवाएँगे|मँगवाऊँगा',
      'kisi|dusri|doosri|dusre|doosre aur? company|brand|provider|dukaan|shop|vendor|agency|dealer|wale|walon se * *? lunga|lungi|lenge|karwaunga|karwaungi|karwayenge|kharidunga|kharidungi|kharidenge|lagwaunga|mangwaunga',
      // The next one from another brand or shop: "agli gaadi kisi aur brand ki lunga", "dusri company se lenge".
      'kisi|koi aur brand|company|network|bank|dukaan|shop|app|showroom ki|ka|ke|se|me|mein lunga|lungi|lenge|kharidunga|kharidungi|kharidenge', 'dusri|dusre|doosri|doosre brand|company|network|bank|dukaan|shop|app|showroom ki|ka|ke|se|me|mein lunga|lungi|lenge|kharidunga|kharidungi|kharidenge', 'kisi|koi aur brand|company|network|bank|dukaan|shop|app|showroom lunga|lungi|lenge|kharidunga|kharidungi|kharidenge',
      'किसी|दूसरी|दूसरे और? ब्रांड|कंपनी|दुकान|नेटवर्क|बैंक की|का|के|से लूंगा|लूँगा|लूंगी|लेंगे|खरीदूंगा|खरीदूँगा|खरीदेंगे',
      // Moving to another one, as it happens: "dusre hosting pe shift kar raha hu", "दूसरे बैंक में स्विच कर रहा हूँ".
      // (The provider named: "dusre din pe shift" is a delivery put off.)
      'dusre|doosre|dusri|doosri|dusra|doosra|kisi aur? hosting|provider|company|bank|network|app|platform|site|website|operator|service|broadband|isp|sim|connection|courier pe|par|per|mein|me shift|switch|move|port|migrate',
      'दूसरे|दूसरी|दूसरा|किसी और? होस्टिंग|प्रोवाइडर|कंपनी|बैंक|नेटवर्क|ऐप|प्लेटफॉर्म|प्लेटफ़ॉर्म|साइट|वेबसाइट|ऑपरेटर|सर्विस|ब्रॉडबैंड|सिम|कनेक्शन पे|पर|में शिफ्ट|स्विच|पोर्ट|माइग्रेट',
      // Leaving the service named, as it happens: "main ye platform chhod raha hu".
      'platform|app|service|company|site|website|bank|network|sim|connection|subscription|course|aapko|apko|aapki|aapka chhod|chod|chhodh raha|rahi|rahe|rha|rhi|diya|di|denge|dunga|dungi',
      'प्लेटफॉर्म|प्लेटफ़ॉर्म|ऐप|सर्विस|सेवा|कंपनी|साइट|वेबसाइट|बैंक|नेटवर्क|सिम|कनेक्शन|आपको|आपकी|आपका छोड़|छोड रहा|रही|रहे|दिया|दी|दूंगा|दूँगा|दूंगी|दूँगी|देंगे',
      // Never again from you, words between: "kabhi aapka course nahi lunga".
      'kabhi|dobara|dubara * *? *? nahi|nhi|na lunga|lungi|lenge|kharidunga|kharidungi|khareedunga|khareedungi|kharidenge|mangwaunga|mangwaungi',
      'कभी|दोबारा|दुबारा * *? *? नहीं|ना लूंगा|लूँगा|लूंगी|लूँगी|लेंगे|खरीदूंगा|खरीदूँगा|खरीदूंगी|खरीदूँगी|खरीदेंगे|मंगवाऊंगा|मंगवाऊँगा|मंगवाऊंगी',
      // Not with you again, adverbs stacked: "aapki airline se dobara kabhi travel nahi karunga".
      "se * *? travel|safar|yatra|order|shopping|booking|kharidari nahi|nhi|na karunga|karungi|karenge|karuga|karugi",
      // Somewhere else next time: "agli baar se kisi aur site se kharidungi".
      "kisi|dusri|doosri|dusre|doosre aur? site|company|jagah|dukaan|dukan|app|website|store|platform|shop se kharidunga|kharidungi|khareedunga|khareedungi|kharidenge|lunga|lungi|lenge|mangwaunga|mangwaungi|order", "किसी|दूसरी|दूसरे और? साइट|कंपनी|जगह|दुकान|ऐप|वेबसाइट|स्टोर से खरीदूंगा|खरीदूँगा|खरीदूंगी|खरीदूँगी|लूंगा|लूँगा|लूंगी|मंगवाऊंगा|मंगवाऊंगी",
      // The connection to cancel: "मुझे कनेक्शन कैंसिल करना है", "अकाउंट बंद करवाना है".
      "कनेक्शन|अकाउंट|खाता|सब्सक्रिप्शन|सदस्यता|मेंबरशिप|पॉलिसी कैंसिल|कैंसल|बंद|रद्द|क्लोज करना|करवाना|कराना", "connection|account|subscription|membership|policy cancel|band|bandh|close karna|karwana|karana",
      'रिचार्ज नहीं करवाऊँगा|करवाऊंगा|कराऊँगा|कराऊंगा|करवाऊँगी',
      'दूसरा|दूसरी कनेक्शन|ऑपरेटर|नेटवर्क|कंपनी ले|लूँगा|लूंगा',
      'रद्द|बंद करने पर विचार|सोच',
      'subscription|account|plan|membership cancel|band|delete|bandh',
      'dusra|doosra|dusri|doosri|dusre|doosre agency|company|app|site|bank|shop|provider|network|connection',
      'दूसरी|दूसरे|दूसरा site|app|website|company|कंपनी|दुकान|साइट|ऐप',
      'app|ऐप uninstall|delete|डिलीट',
      'किसी अन्य|दूसरी|दूसरे|दूसरा * *? क्लिनिक|कंपनी|बैंक|स्कूल|फार्मेसी|दुकान|अस्पताल|बीमा|डॉक्टर|संस्थान|एजेंसी',
      'अन्य|दूसरी|दूसरे|दूसरा क्लिनिक|कंपनी|बैंक|स्कूल|फार्मेसी|दुकान|अस्पताल|बीमा|डॉक्टर|संस्थान|एजेंसी',
      'कंपनी|बैंक|क्लिनिक|स्कूल|फार्मेसी|डॉक्टर|प्रदाता|सेवा|कोचिंग|ट्यूशन|कॉलेज|अस्पताल|अकादमी|हॉस्टल|इंस्टीट्यूट|संस्थान|डीटीएच|ब्रॉडबैंड|जिम बदल दूँगा|दूंगा|दूँगी|दूंगी|लूँगा|लूंगा|लूँगी|लूंगी|देंगे|लेंगे',
      'अनुबंध|कॉन्ट्रैक्ट|पॉलिसी रद्द|बंद कर',
      // "pharmacy badal dunga", "kisi aur company ko", "I'm going to a different clinic", "join another institute", "chhod dunga".
      'pharmacy|clinic|company|bank|school|institute|agency|dentist|doctor|insurance|provider|network|operator|gym|coworking|coaching|tuition|tution|academy|college|classes|hostel|pg|dth|broadband|wifi|cable|courier|hospital|salon|parlour|vendor|seller badal|change dunga|dungi|denge|lunga|lungi|karunga|karungi|kar',
      'kisi|dusri|doosri|dusre|doosre aur? company|clinic|pharmacy|bank|school|institute|agency|dentist|doctor|insurance|provider|network|operator|gym',
      'different|another|other clinic|company|pharmacy|bank|school|institute|agency|dentist|doctor|insurer|provider|network|operator|gym',
      'chhod|chod|chhodh dunga|dungi|denge',
      'kabhi nahi|nhi khareedunga|kharidunga|khareedungi|kharidungi|lunga|lungi',
      'कुछ नहीं खरीदूँगा|खरीदूंगा|खरीदूँगी|खरीदूंगी',
      'account|app hi? delete kar dunga|dungi|denge', 'port out', 'se mangwa|mangwaunga lunga|lungi',
      'shift ho jaunga|jaungi|jayenge|jaaunga',
      'कॉन्ट्रैक्ट|अनुबंध|सब्सक्रिप्शन|प्लान रद्द|कैंसल करने|कर',
      'bank|company|provider|network|sim change kar lunga|lungi|lenge|dunga|dungi',
      'कभी कुछ? नहीं खरीदूँगा|खरीदूंगा|खरीदूँगी|खरीदूंगी|लूँगा|लूंगा',
      'se travel|order|shopping|booking nahi karunga|karungi|karenge', 'se kabhi|dobara|dubara|phir|fir? travel|safar|yatra|order|shopping|booking|kharidari nahi|nhi|na karunga|karungi|karenge|karuga|karugi',
      // Not with you again, in Devanagari: "अब से मैं आपकी एयरलाइन से यात्रा नहीं करूँगा".
      'से कभी|दोबारा|दुबारा|फिर? यात्रा|सफर|सफ़र|ऑर्डर|आर्डर|खरीदारी|शॉपिंग|बुकिंग नहीं|ना करूँगा|करूंगा|करूँगी|करूंगी|करेंगे',
      // Nothing bought here again: "ab is site se kuch nahi mangwaunga".
      'kuch|kuchh|kabhi|ab|aage|dobara|dubara|phir|fir nahi|nhi|na mangwaunga|mangwaungi|mangaunga|mangaungi|kharidunga|kharidungi|khareedunga|khareedungi|mangwayenge|mangayenge|mangwaenge|kharidenge|khareedenge',
      'se|yahan|yaha|idhar kuch|kuchh nahi|nhi|na lunga|lungi|lenge|order|mangwaunga|mangwaungi|kharidunga|kharidungi',
      'कुछ|कभी|दोबारा|दुबारा|अब|फिर नहीं|ना मंगवाऊंगा|मंगवाऊँगा|मंगवाऊंगी|मंगवाऊँगी|मंगाऊंगा|मंगाऊँगा|खरीदूंगा|खरीदूँगा|खरीदूंगी|खरीदूँगी|मंगवाएंगे|खरीदेंगे',
      // Another connection put in: "अब मैं दूसरा DTH लगवा रहा हूँ", "dusra broadband lagwa liya".
      'दूसरा|दूसरी|दूसरे|किसी और? dth|डीटीएच|कनेक्शन|connection|ब्रॉडबैंड|broadband|वाईफाई|wifi|केबल|cable|ऑपरेटर|कंपनी|company|provider|प्रोवाइडर|नेटवर्क लगवाऊंगा|लगवाऊँगा|लगवाऊंगी|लगवाएंगे|लगवाया|लगवाई|लूंगा|लूँगा|लूंगी|लेंगे|लिया|ली', 'दूसरा|दूसरी|दूसरे|किसी और? dth|डीटीएच|कनेक्शन|connection|ब्रॉडबैंड|broadband|वाईफाई|wifi|केबल|cable|ऑपरेटर|कंपनी|company|provider|प्रोवाइडर|नेटवर्क लगवा|ले|करवा रहा|रही|रहे|लिया|ली|लूंगा|लूँगा|लूंगी|लेंगे|चुका|चुकी|दिया',
      'dusra|doosra|dusri|doosri|dusre|doosre|kisi aur? dth|connection|broadband|wifi|cable|operator|network|provider lagwaunga|lagwaungi|lagwayenge|lagwaya|lunga|lungi|lenge|liya|li', 'dusra|doosra|dusri|doosri|dusre|doosre|kisi aur? dth|connection|broadband|wifi|cable|operator|network|provider lagwa|le|karwa raha|rahi|rahe|rha|rhi|liya|li|lunga|lungi|lenge|chuka|chuki|diya', 'switch to another|a', 'delete the app', 'खाता|अकाउंट|कनेक्शन बंद करके|करवा',
      'पॉलिसी|अकाउंट|खाता|सब्सक्रिप्शन कैंसल|बंद कर रही|रहा|दूंगी|दूंगा|दो', 'service|app use nahi karunga|karungi|karenge',
      'account|khata close|band kar do|dijiye|dena|dijie',
      'switch kar lunga|lungi|lenge|dunga',
      'dusri|doosri|dusre|doosre site|company|jagah|dukaan|app|website se le|kharid|khareed lunga|lungi|lenge|loonga', 'kabhi shopping|order|kharidari|purchase nahi karunga|karungi|karenge',
      'account|khata hi? band kar|karwa dunga|dungi|denge',
      'dusra|doosra|dusri|doosri app|network|company|bank|sim use|istemal karunga|karungi|karenge',
      'dusre|doosre|dusri|doosri bank|company|network|app|jagah mein|me|se|par', 'account|khata khol|band lunga|lungi|kar|karwa',
      'dusra|doosra|dusri|doosri network|company|bank|app|sim|provider|operator le|lelunga|lunga|lungi',
      'कटवा दूँगा|दूंगा|दूँगी|दूंगी|देंगे', 'रिन्यू|renew नहीं|nahi करवाऊँगा|करवाऊंगा|करूँगा|करूंगा|करेंगे|karunga|karwaunga|karenge',
      'se order|kharidari|shopping|booking nahi|nhi|nahin karunga|karungi|karenge',
      'सदस्यता|सब्सक्रिप्शन|अकाउंट|खाता रद्द|बंद कर|करूँगा|करूंगा|करूँगी|करूंगी|दूंगा|दूँगा', 'रद्द कर दूंगा|दूँगा|दूंगी|दूँगी', 'कनेक्शन|सर्विस|प्लान|सिम बंद|रद्द करवा|कर दूंगा|दूँगा|दूंगी|दूँगी|देंगे', 'दूसरी कंपनी', 'कभी नहीं खरीदूंगा|खरीदूँगा',
      'subscription|account cancel|band|bandh kar|karunga|karungi|karwa|dunga|dungi', 'cancel kar dunga|dungi|denge', 'connection|plan|service|sim band|bandh|cancel karwa|karva|kar dunga|dungi|denge', 'dusri|doosri company|app|service', 'kabhi nahi|nhi kharidunga|lunga',
      // Closing or deleting the account: "account delete kar rahi hu", "connection band karwa raha hu".
      `${ACCOUNT} delete|close|deactivate|cancel|band|bandh|unsubscribe|port kar|karke|karwa|karva|kara ${WILL}`,
      `${ACCOUNT} delete|close|deactivate|cancel|band|bandh|port karunga|karungi|karenge|karwaunga|karwaungi|karaunga|karaungi|karwa|karvaunga|karungaa`,
      `अकाउंट|खाता|सब्सक्रिप्शन|मेंबरशिप|कनेक्शन|सिम|नंबर|प्लान डिलीट|बंद|रद्द|कैंसल|क्लोज|पोर्ट कर|करवा|करा ${WILL_DEVANAGARI}`,
      'अकाउंट|खाता|सब्सक्रिप्शन|मेंबरशिप|कनेक्शन|सिम|नंबर|प्लान डिलीट|बंद|रद्द|कैंसल|क्लोज|पोर्ट करूंगा|करूँगा|करूंगी|करूँगी|करेंगे|करवाऊंगा|करवाऊँगा|करवाऊंगी|कराऊंगा',
      // Porting out and leaving for a rival: "Jio pe port kara lunga", "Airtel mein shift ho jaunga".
      `port kara|karwa|karva|kar|karwaa ${WILL}`, 'port karunga|karungi|karwaunga|karwaungi|karaunga|karaungi|karenge|karwa|karwana|karana',
      `पोर्ट करा|करवा|कर ${WILL_DEVANAGARI}`, 'पोर्ट करवाऊंगा|करवाऊँगा|कराऊंगा|कराऊँगा|करूंगा|करूँगा|करूंगी|करूँगी|करवा',
      `${RIVALS} pe|par|mein|me|mai|main|ko ${MOVE} kar|karwa|karva|kara|ho ${WILL}|${GO}`, `${RIVALS} pe|par|mein|me|mai|main|ko ${MOVE} ${DO}|${GO}`,
      `${RIVALS} pe|par|mein|me|mai|main|ko chala|chali|chale|hi ${GO}`, `${RIVALS} ki taraf ${MOVE} ${DO}|${GO}`,
      `${RIVALS_DEVANAGARI} पे|पर|में|को ${MOVE_DEVANAGARI} कर|करवा|करा|हो ${WILL_DEVANAGARI}|${GO_DEVANAGARI}`, `${RIVALS_DEVANAGARI} पे|पर|में|को चला|चली|चले|ही ${GO_DEVANAGARI}`,
      `kisi|dusre|doosre|dusri|doosri network|bank|operator|company|platform|provider|site|website pe|par|mein|me|mai ${MOVE} kar|karwa|ho ${WILL}|${GO}`,
      `kisi|dusre|doosre|dusri|doosri network|bank|operator|company|platform|provider|site|website pe|par|mein|me|mai ${MOVE} ${DO}|${GO}`,
      `kisi aur|dusre|doosre network|bank|operator|company|platform|provider pe|par|mein|me|mai ${MOVE} kar|karwa|ho ${WILL}|${GO}`,
      // ("दूसरी कंपनी" alone is already a threat, above.)
      `दूसरे|दूसरी|किसी नेटवर्क|बैंक|ऑपरेटर|प्लेटफॉर्म|प्लेटफ़ॉर्म पर|पे|में ${MOVE_DEVANAGARI} कर|करवा|हो ${WILL_DEVANAGARI}|${GO_DEVANAGARI}`,
      `दूसरे|दूसरी|किसी नेटवर्क|बैंक|ऑपरेटर|प्लेटफॉर्म|प्लेटफ़ॉर्म पर|पे|में चला|चली|चले ${GO_DEVANAGARI}`,
      // Never again: "never ordering again", "dobara order nahi karunga", "आपकी सर्विस छोड़ दूँगा".
      'never ordering|buying|shopping|using|booking|order|buy|shop|use|book again', 'never again',
      'dobara|dubara|kabhi|phir|fir nahi|nhi|na kharidunga|kharidungi|lunga|lungi|mangaunga|mangaungi|mangwaunga|mangwaungi|aaunga|aaungi|aunga',
      'dobara|dubara|kabhi nahi|nhi|na order|use|istemal|recharge karunga|karungi|karenge|karuga|karugi', 'dobara|dubara|kabhi order|use|istemal|recharge nahi|nhi|na karunga|karungi|karenge|karuga|karugi',
      'दोबारा|दुबारा|कभी ऑर्डर|आर्डर|इस्तेमाल|रिचार्ज नहीं|ना करूंगा|करूँगा|करूंगी|करूँगी|करेंगे', 'दोबारा|दुबारा|कभी नहीं|ना खरीदूंगा|खरीदूँगा|खरीदूंगी|खरीदूँगी|मंगाऊंगा|मंगाऊँगा|मंगवाऊंगा|लूंगा|लूँगा|लूंगी|लूँगी|आऊंगा|आऊँगा',
      'दोबारा|दुबारा|कभी नहीं|ना ऑर्डर|आर्डर|इस्तेमाल|रिचार्ज करूंगा|करूँगा|करूंगी|करूँगी|करेंगे',
      `app|service|company|bank|network|plan|subscription|aapko|tumko|aapki|aapka|tumhari|tumhara chhod|chod|chhor|chor|chhodh ${WILL}`, `ऐप|सर्विस|कंपनी|बैंक|नेटवर्क|आपको|आपकी|आपका|तुम्हारी छोड़|छोड ${WILL_DEVANAGARI}`,
      'ek customer|grahak kho|ganwa diya|diye|doge|denge',
      // Round 56. Another system bought, another airline flown, elsewhere next: "हम दूसरा सिस्टम ले लेंगे", "dusri airline se udunga", "kahin aur le lungi".
      'दूसरा|दूसरी|दूसरे|किसी और? सिस्टम|सॉफ्टवेयर|सॉफ़्टवेयर|टूल|प्लेटफॉर्म|प्रोवाइडर|वेंडर ले|लगवा|खरीद|ख़रीद लेंगे|लूँगा|लूँगी',
      'dusra|doosra|dusri|doosri|dusre|doosre|kisi aur? system|software|tool|platform|provider|vendor le|lagwa|kharid|khareed lenge|lunga|lungi|loonga',
      'dusri|doosri|dusre|doosre|kisi aur? airline|airlines|company|bank|network|operator se udunga|udungi|udenge|fly|travel|safar|yatra',
      'दूसरी|दूसरे|किसी और? एयरलाइन|एयरलाइंस|कंपनी से उड़ूँगा|उड़ूँगी|उड़ेंगे|सफ़र|सफर|यात्रा',
      'kahin|kahi aur se? le|kara|karwa|karva|kharid|khareed|bana|banwa lunga|lungi|lenge|loonga', 'कहीं और से? ले|करा|करवा|खरीद|बनवा लूँगा|लूँगी|लेंगे', 'एक ग्राहक|कस्टमर खो|गंवा दिया|दोगे|देंगे',
    ],
    humanRequest: [
      'किसी इंसान|व्यक्ति|मैनेजर|अधिकारी|एजेंट से बात', 'इंसान से', 'असली इंसान|व्यक्ति', 'मैनेजर|सुपरवाइजर से बात',
      'kisi insaan|insan|manager|agent|banda|bande se baat', 'insaan|insan|manager|supervisor se baat', 'asli insaan|insan', 'bot nahi|nhi',
    ],
    issueReport: [
      // Round 75. Work left half done, the place left in a mess: "आधा काम छोड़ के चले गए", "kaam adhura chhod gaye", "पूरा घर बिखरा पड़ा है".
      'आधा|अधूरा|आधे|अधूरे|आधी|अधूरी काम|कार्य|फिटिंग|मरम्मत|रिपेयर|इंस्टॉलेशन|पेंट|पुताई *? *? छोड़|छोड़कर|छोड़के|छोड़|छोड|छोडकर|छोडके', 'छोड़|छोड़कर|छोड़के|छोड|छोडकर|छोडके के|कर? चले|भाग|निकल गए|गये', 'बिखरा|बिखरी|बिखरे|फैला|फैली|फैले|गंदा|गंदी|गंदे पड़ा|पड़ी|पड़े|पडा|पडी|पडे|छोड़|छोड', 'adha|aadha|adhe|aadhe|adhura|adhoora|adhuri|adhoori kaam|kam|work *? *? chhod|chod|chhodke|chodke|chhodkar|chodkar|chhod|chod', 'kaam|kam adhura|adhoora|adha|aadha|adhuri chhod|chod|chhodke|chodke|chhodkar|chodkar',
      // Round 73. Sent something else entirely: "colour bilkul alag bhej diya", "एकदम अलग रंग भेज दिया".
      'bilkul|ekdum|ekdam|poora|pura|puri|sab alag|galat|dusra|dusri|different bhej|bheja|bheji|de|aa|aaya|aayi|dikha|bana|bna diya|di|diye|gaya|gayi|hai|tha',
      'बिलकुल|बिल्कुल|एकदम|पूरा|पूरी|सब अलग|गलत|ग़लत|दूसरा|दूसरी *? भेज|भेजा|भेजी|दे|आ|आया|आई|बना *? दिया|दी|दिए|गया|गई|है|था',
      // What was booked or ordered was something else: "बुकिंग कुछ और थी", "order kuch aur tha".
      'बुकिंग|ऑर्डर|आर्डर|बुक|मंगाया|मँगाया|मंगवाया कुछ और था|थी|थे', 'booking|order|book|mangaya|manga kuch|kuchh aur tha|thi|the',
      // Round 73. Charged double, refused the receipt: "दोगुने पैसे ले लिए", "रसीद माँगी तो मना कर दिया", "bill manga toh mana kar diya".
      'दोगुने|दुगने|दुगुने|डबल|तिगुने|ज़्यादा|ज्यादा पैसे|रुपये|रुपए|चार्ज ले|वसूल|लगा|काट लिए|लिया|लिये|दिए|दिया|दिये', 'दोगुने|दुगने|दुगुने|डबल|तिगुने|ज़्यादा|ज्यादा पैसे|रुपये|रुपए|चार्ज वसूले|वसूला|काटे|काटा',
      'double|dugne|doguna|dogune|tigune|zyada|jyada|jada paise|rupaye|rupees|charge le|vasool|wasool|laga|kaat liye|liya|diye|diya|liye|kar', 'double|dugne|doguna|dogune|tigune|zyada|jyada|jada paise|rupaye|rupees|charge vasoole|vasoola|wasoole|kaate|kaata|lagaye|lagaya',
      'माँगी|मांगी|माँगा|मांगा|माँगे|मांगे|पूछा|बोला तो|पर मना|इनकार|इंकार कर', 'maangi|mangi|manga|maanga|pucha|poocha|bola to|toh|par mana|inkaar|inkar|refuse kar',
      // Round 73. Out in the hall or the room: "Cinema hall mein AC band tha", "kamre ka pankha kharab tha".
      'ac|a.c|pankha|fan|light|lights|bijli|lift|wifi|wi-fi|geyser|cooler|heater|projector|screen band|bandh|kharab|kharaab|khraab tha|thi|the|pada|padi|pade|mila|mili',
      'एसी|पंखा|लाइट|बिजली|लिफ्ट|वाईफाई|गीज़र|गीजर|कूलर|हीटर बंद|खराब|ख़राब था|थी|थे|पड़ा|पड़ी|मिला|मिली',
      // Round 73. Told to put up with it: "staff ne bola adjust kar lo", "बोले एडजस्ट कर लीजिए".
      'ne|unhone|usne|staff|manager|waiter|guard|wale|wala|wali bola|boli|bole|kaha|keh|kehte|kehne adjust|manage kar|karo|karlo|kijiye|kariye lo|lijiye|lijie|lena?', 'ने|उन्होंने|उसने|वाले|वाला|वाली बोला|बोली|बोले|कहा|कहते एडजस्ट|मैनेज कर|करो|कीजिए|कीजिये लो|लीजिए|लीजिये?',
      // Round 71. Broke within days of buying: "2 hafte mein hi pani leak karne lagi", "10 din me hi kharab ho gaya".
      'hafte|hafton|hafta|din|dino|dinon|mahine|mahino|week|weeks|days|month mein|me|main hi *? *? *? kharab|kharaab|khrab|leak|tapakne|toot|tut|tuti|tuta|bigad|bigda|bigdi|jam|awaaz|aawaz|shor|fat|phat',
      'हफ्ते|हफ़्ते|दिन|दिनों|महीने में ही *? *? *? खराब|ख़राब|लीक|टूट|बिगड़|टपकने',
      // Round 54. Fake, ruined, unfit, shutting off: "टिकट नकली निकला", "रंग खराब कर दिया", "पहनने लायक नहीं", "band ho jata hai".
      'नकली|फर्जी|फ़र्जी निकला|निकली|निकले', 'nakli|fake|farzi nikla|nikli|nikle',
      'खराब|ख़राब|बर्बाद कर दिया|दी|दिए|डाला|डाली', 'kharab|kharaab|barbaad|barbad kar diya|di|diye|dala|dali',
      'पहनने|इस्तेमाल|खाने|चलाने|रहने लायक नहीं', 'pehenne|pahanne|istemal|khane|chalane|rehne layak|laayak|lyk nahi|nhi',
      'band ho jata|jaata|jati|jaati|jaate|jaa',
      // Will not connect or open, Hinglish: "connect hi nahi ho raha"; late and cold: "late bheja", "thanda tha".
      'connect|chal|khul|load|login|sync|install|download|pair|charge|on hi? nahi|nhi|nai ho|hota|hua|hui|raha|rahi|rha|rhi',
      'late bheja|bheji|bheje|aaya|aayi|aaye|pahuncha|pahunchi|diya|di|deliver',
      'thanda|thandi tha|thi|aaya|aayi|mila|mili|khana',
      // Paper jams and work stuck: "पेपर जाम दिखा देता है", "काम अटका पड़ा है".
      'पेपर|कागज|कागज़ जाम|फँस|फँसा|फँसता',
      'जाम दिखा|दिखाता|दिखाती|हो|होता|होती',
      'अटका|अटकी|अटके पड़ा|पड़ी|पड़े|हुआ|हुई|हुए',
      // Far above the usual bill: "normally 1500 aata hai", "हर महीने 1500 आता है".
      'normally|usually|generally|aamtaur|hamesha|har #num aata|aati|aate|hota|hoti', 'normally|usually|generally|aamtaur|hamesha to|toh? #num|sirf aata|aati|hota',
      // Written or sent wrong: "नाम ही गलत लिखा है", "galat bill bheja".
      'गलत|ग़लत लिखा|लिखी|लिख|छापा|छपा|भेजा|भेजी|डाला|चढ़ाया', 'galat likha|likhi|bheja|bheji|daala|dala|chhapa',
      // Not arrived yet: "अभी तक आया नहीं", "abhi tak nahi aaya".
      'अभी तक|तक आया|आई|पहुंचा|पहुँचा|मिला नहीं', 'abhi|ab tak aaya|aayi|mila|pahucha nahi|nhi',
      // It does not even start: "चालू ही नहीं हो रहा", "on hi nahi ho raha".
      'चालू|ऑन|स्टार्ट|शुरू ही|भी? नहीं|ना हो|होता|हुआ|होती|हुई', 'chalu|chaalu|on|start hi|bhi? nahi|nhi|na ho|hota|hua|hoti|hui',
      // The bill doubled: "बिजली बिल दोगुना आया है", "bill double aaya".
      "दोगुना|दुगना|दुगुना|दोगुने|तिगुना|डबल आया|आ|आई|आए", "double|dugna|doguna|dogna|tiguna aaya|aya|aa|aayi",
      // Promised and never came: "हर बार बोलकर भी नहीं आता".
      "बोलकर|कहकर भी नहीं आता|आया|आते|आई|आती", "bolkar|kehkar|bolke|kehke bhi nahi|nhi aata|aaya|aate|aayi",
      // Out, broken, and nobody answering: "दो घंटे से लाइट नहीं है", "कोई फोन नहीं उठा रहा", "AC kharab hai", "reception wale sun hi nahi rahe".
      'लाइट|light|करंट|current|गैस|gas|वाईफाई|wifi|टीवी|tv नहीं|nahi|nhi है|hai|आ|aa|चल|chal|मिल', 'kharab|kharaab|khrab|ख़राब|खराब है|hai|hain|हैं|pada|padi|पड़ा|पड़ी|nikla|nikli|निकला|निकली|था|थी|थे|tha|thi|the',
      // Round 56. The stream stalling, an extra charge put on: "har 2 min buffer kar raha hai", "extra data charge laga".
      'buffer|buffering|buffr|atak|atakta|atakti kar|ho raha|rahi|rha|rhi|rahe|hota|hoti|jata|jati', 'बफर|बफ़र|बफरिंग|अटक कर|हो रहा|रही|रहे|होता|होती|जाता|जाती',
      'extra|hidden|एक्स्ट्रा|अतिरिक्त * charge|charges|चार्ज|fee|fees|फीस laga|lagaya|lagaye|लगा|लगाया|लगाए|kat|kaat|cut|jod|add|काट|कट|जोड़',
      'कोई फोन|कॉल|call|phone|फ़ोन नहीं|nahi|nhi उठा|उठाता|उठाती|उठाते|उठाया|utha|uthata|uthati|uthate|uthaya', 'koi uthata|uthati|uthate|utha|uthaata hi? nahi|nhi|na', 'कोई उठाता|उठाती|उठाते|उठा ही? नहीं|ना',
      'sun|sunte|sunta|sunti|sunne hi? nahi|nhi rahe|raha|rahi|rhe|rha|hai|hain|wala|wale', 'सुन|सुनते|सुनता|सुनती ही? नहीं रहे|रहा|रही|हैं|है', 'koi sunta|sunti|sunne|sun nahi|nhi|wala', 'कोई सुनता|सुनती|सुनने|सुन नहीं|वाला',
      'neend nahi|nhi aayi|aai|aa|hui', 'नींद नहीं|ना आई|आयी|हुई', 'raat bhar|bhr so nahi|nhi paya|paye|payi|sake', 'रात भर सो नहीं पाया|पाए|पाई|पाये|सके',
      // Late, and no word given: "ट्रेन 5 घंटे लेट है", "कोई जानकारी नहीं दी जा रही".
      '#num|दो|तीन|चार|पांच|पाँच|कई घंटे|घंटा|दिन लेट|देर|देरी', '#num|do|teen|char|paanch|kai ghante|ghanta|din late|der|deri', 'कोई जानकारी|सूचना|अपडेट|ख़बर|खबर|जवाब नहीं', 'koi jankari|jaankari|suchna|update|khabar|information|info nahi|nhi',
      // Money taken for nothing, a machine that stopped: "paise account se kat gaye", "ठंडा करना बंद कर दिया", "खाना खराब हो रहा है".
      'paise|paisa|amount|rupaye|rupees|balance * *? kat|kate|cut|deduct gaye|gaya|ho|liye', 'पैसे|पैसा|रकम|राशि * *? कट गए|गये|गया|लिए', 'करना|करनी|चलना बंद कर दिया|दी|हो', 'karna|karni|chalna band kar|ho diya|di|gaya|gayi', 'खराब|ख़राब हो रहा|रही|रहे', 'kharab|kharaab ho raha|rahi|rahe',
      'होल्ड पर',
      'चार्ज|पैसे काट लिया|लिए|लिये|काटा|कटा',
      'hang ho jata|jaata|gaya|raha|jati',
      'काम नहीं कर रहा|रही|रहे|करता|करती', 'नहीं चल रहा|रही', 'नहीं आया|आई|मिला|मिली|हुआ|हुई', 'खराब|ख़राब|बंद हो|हो गया|गई', 'बंद हो जाता|जाती', 'एरर|गड़बड़|दिक्कत|समस्या|प्रॉब्लम',
      'दो बार पैसे कट|कटे|कटा', 'लॉगिन नहीं', 'नेटवर्क|इंटरनेट|नेट|सिग्नल|बिजली|पानी नहीं है|आ|चल|मिल', 'network|internet|net|signal|bijli|paani|pani nahi|nhi hai|aa|chal|mil',
      'टूटा|टूटी|टूटे हुआ|हुई|हुए|आया|आई|मिला|मिली|निकला|निकली', 'toota|tuta|tooti|tuti|toote|tute hua|hui|huye|aaya|aayi|mila|mili|nikla|nikli', 'डैमेज|damage|damaged|defective|खराब निकला|निकली|आया|आई', 'फेल|फ़ेल हो रहा|रही|गया|गई|जाता|जाती', 'सर्वर|साइट|ऐप डाउन', 'सिस्टम|ऐप|साइट|सर्वर|इंटरनेट|नेट|पेमेंट बंद|डाउन|ख़राब|खराब है|हैं|पड़ा', 'kaam nahi|nhi kar raha|rahi|karta|karti', 'nahi|nhi chal raha|rahi', 'nahi|nhi aaya|aayi|aya|mila|mili|hua|hui',
      'kharab|kharaab|band ho gaya|gayi|gya', 'dikkat|gadbad|samasya', 'do baar|bar paise|paisa kat|kate|kata', 'login nahi|nhi ho', 'fail|failed ho raha|rahi|gaya|gayi|gya|jata|jati', 'server|site|app down',
      // Put off or cancelled without a word: "डिलीवरी टाल दी गई", "फ्लाइट कैंसल हो गई", "बिना बताए", "कनेक्टिंग फ्लाइट छूट गई".
      'टाल|टाला|टाली दी|दिया|दिए|गई|गया|गयी', 'कैंसल|कैंसिल|रद्द|cancel|cancelled|canceled|postpone|postponed|reschedule|rescheduled|टाल हो|ho गई|गया|गए|गयी|gayi|gaya|gaye|gya|gyi', 'कैंसल|कैंसिल|रद्द|cancel|cancelled|canceled|postpone|postponed|टाल कर|kar दी|दिया|di|diya गई|गया|गयी|gayi|gaya|gya',
      'फ्लाइट|ट्रेन|flight|train|डिलीवरी|delivery|appointment|अपॉइंटमेंट|visit|विज़िट|installation|इंस्टॉलेशन कैंसल|कैंसिल|रद्द|cancel|cancelled|canceled|postpone|postponed',
      'बिना|bina किसी|kisi? बताए|बताये|बताया|सूचना|जानकारी|वजह|कारण|bataye|batae|bataaye|bataya|suchna|wajah|vajah|karan|reason|notice|inform|information|informed',
      'फ्लाइट|ट्रेन|बस|कनेक्शन|flight|train|bus|connection|connecting छूट|chhut|chhoot|chut|miss गई|गया|गयी|gayi|gaya|ho|hui|हो',
      // Damaged, soaked, crushed, leaking, dirty, spoiled: "डिब्बा भीगा हुआ था", "पिचका हुआ", "खाना ठंडा आया", "बोतल लीक हो रही थी".
      'भीगा|भीगी|भीगे|गीला|गीली|गीले|पिचका|पिचकी|पिचके|फटा|फटी|फटे|दरार|चटका|चटकी|खरोंच|खरोंचें|स्क्रैच|डेंट|गंदा|गंदी|गंदे|दाग|धब्बे|धब्बा|सड़ा|सड़ी|सड़े|बासी|एक्सपायर्ड|एक्सपायरी|लीक|टपक|टपकता|टपकती|अधूरा|अधूरी|अधूरे|गायब|ग़ायब|मिसिंग',
      'pichka|pichki|pichke|phata|phati|phate|fata|fati|fate|daraar|darar|kharonch|scratch|scratches|crack|cracked|dent|dented|ganda|gandi|gande|daag|dhabba|dhabbe|sadela|sadeli|basi|baasi|expired|leak|leaking|leakage|tapak|tapakta|geela|geeli|gila|gili|bhiga|bhigi|bheega|bheegi|adhura|adhuri|adhure|incomplete|gayab|missing',
      'sada|sadi|sade|jala|jali|jale hua|hui|hue|tha|thi|the', 'जला|जली|जले हुआ|हुई|हुए|था|थी|थे', 'टूट|toot|tut गया|गई|गए|गयी|gaya|gayi|gaye|gya|gyi',
      'खाना|पिज़्ज़ा|पिज्जा|बर्गर|चाय|कॉफी|ऑर्डर|khana|pizza|burger|chai|coffee|order|food * *? ठंडा|ठंडी|ठंडे|thanda|thandi|thande|जला|जली|कच्चा|कच्ची|kaccha|kachcha|kachchi|kacchi|बासी|basi|baasi|सड़ा|सड़ी',
      // Wrong or missing: "गलत प्रोडक्ट", "साइज़ भी गलत है", "अमाउंट मैच नहीं कर रहा", "दो आइटम कम थे".
      'गलत|ग़लत|galat|glat|wrong प्रोडक्ट|product|आइटम|item|साइज़|साइज|size|रंग|कलर|color|colour|rang|सामान|saman|samaan|ऑर्डर|order|बिल|bill|अमाउंट|amount|चार्ज|charge|पार्सल|parcel|मॉडल|model|पैकेट|packet|डिलीवरी|delivery|चीज़|चीज|cheez|रकम|राशि|quantity|मात्रा|नंबर',
      'साइज़|साइज|size|बिल|bill|अमाउंट|amount|रंग|कलर|color|colour|प्रोडक्ट|product|item|आइटम|order|ऑर्डर|rang|रकम|राशि भी|bhi? गलत|ग़लत|galat|glat|wrong', 'मैच|match नहीं|nahi|nhi कर|kar|हो|ho|हुआ|hua|करता|karta|करती|karti',
      '#num|एक|दो|तीन|कुछ|ek|do|teen|kuch आइटम|item|items|सामान|चीज़ें|चीजें|पीस|piece|pieces|packet|पैकेट|saman|samaan *? कम|kam|गायब|gayab|missing',
      // Charged extra or twice: "एक्स्ट्रा चार्ज लगा दिया", "बिल बहुत ज़्यादा आया", "double charge".
      // ("kya extra charge lagega?" asks before buying: the charge counts once put on.)
      'एक्स्ट्रा|extra|अतिरिक्त|हिडन|hidden|छुपे|छुपा|chhupe चार्ज|charge|charges|फीस|fees|fee|पैसे|paise लगा|लगाया|लगाए|laga|lagaya|lagaye|काट|kaat|kat|ले|le|लिया|liya|लिए|liye|जोड़|jod|add|ऐड|कट|cut|deduct', 'बिल|bill * *? ज़्यादा|ज्यादा|jyada|zyada|ziyada|डबल|double|दोगुना|doguna|dugna', 'double|डबल charge|चार्ज|payment|पेमेंट|deduct|कट|kat|cut',
      // Out of service, calls cut: "नेटवर्क भी नहीं है", "ऐप क्रैश हो रहा", "फोन काट दिया".
      'नेटवर्क|इंटरनेट|नेट|सिग्नल|बिजली|पानी|वाईफाई|network|internet|net|signal|bijli|paani|pani|wifi भी|bhi नहीं|nahi|nhi', 'क्रैश|crash|crashes|crashing हो|ho|kar|कर', 'पेमेंट|payment decline|declined|रिजेक्ट|reject|rejected|फेल|fail|failed',
      'फोन|कॉल|call|phone|line|लाइन|फ़ोन काट|kaat|kat|cut|disconnect|डिस्कनेक्ट दिया|दी|diya|di|kar|कर', 'फोन|कॉल|call|phone|फ़ोन कट|kat|cut गया|गई|gaya|gayi|ho',
      // Could not help, rude: "मदद नहीं कर पाया", "koi madad nahi ki", "स्टाफ बहुत बदतमीज़ था".
      'मदद|help|madad|सहायता नहीं|nahi|nhi कर|kar|की|ki|मिली|mili|मिला|दी|di', 'को|ko कुछ|kuch भी|bhi? पता|pata नहीं|nahi|nhi|na',
      'बदतमीज़|बदतमीज|बदतमीज़ी|बदतमीजी|रूड|rude|badtameez|badtamiz|badtameezi|badtamizi|बेअदब|असभ्य|अभद्र|बदसलूकी|badsaluki|नालायक|nalayak|निकम्मे|निकम्मा|nikamme|nikamma|incompetent|unprofessional', 'बुरा|खराब|ख़राब|bura|kharab व्यवहार|बर्ताव|bartav|behaviour|behavior|vyavhar|suluk|सुलूक',
    ],
    waiting: [
      // Round 73. Made to wait, and not even a sorry: "6:15 tak wait karwaya", "सॉरी भी नहीं बोला".
      'wait|intezaar|intezar|intzaar|intjar karwaya|karaya|karvaya|karwaye|karwate|karwa|kara', 'इंतज़ार|इंतजार|वेट करवाया|कराया|करवाए|करवाते|करवा|करा',
      'sorry|maafi|mafi|maafee|apology tak|bhi nahi|nhi|na bola|boli|bole|kaha|maangi|mangi|maanga', 'सॉरी|माफ़ी|माफी|माफ़ी तक|भी नहीं|ना बोला|बोली|बोले|कहा|माँगी|मांगी',
      // Round 56. Hours stood outside or in line: "ek ghanta bahar khade rahe", "दो घंटे लाइन में खड़े रहे".
      'ghanta|ghante|ghanton * *? *? khade|khada|khadi|baithe|baitha|baithi rahe|raha|rahi|rhe|rha|rhi', 'घंटा|घंटे|घंटों * *? *? खड़े|खड़ा|खड़ी|बैठे|बैठा|बैठी रहे|रहा|रही',
      // Trying for an hour: "1 ghante se try kar raha hoon".
      'ghante|ghanton|ghanta|din|dino|dinon se try|koshish|wait|intezaar|intzaar kar',
      // Money not back, words between: "रिफंड तीन हफ्ते बाद भी नहीं आया", "refund abhi tak nahi mila".
      'रिफंड|पैसे|पैसा|रकम|राशि * *? *? *? *? नहीं|ना आया|आए|आये|आई|मिला|मिले|मिली|लौटा|लौटाया|लौटाए|लौटे',
      'refund|paise|paisa|raqam|amount * *? *? *? *? nahi|nhi|na aaya|aya|aaye|aye|mila|mile|lauta|lautaya|laute|aayi|ayi',
      // Not even after the time: "तीन हफ्ते बाद भी नहीं", "10 din baad bhi nahi".
      'हफ्ते|हफ़्ते|दिन|महीने|महीना|घंटे|सप्ताह बाद भी * *? *? नहीं|ना', 'hafte|din|mahine|mahina|ghante|hafta baad|bad bhi * *? *? nahi|nhi|na',
      // The wait counted: "दो घंटे से लाइट नहीं है", "order 10 din se shipped dikha raha hai", "2 बज गए अभी तक नंबर नहीं आया".
      'घंटे|घंटों|दिन|दिनों|हफ्ते|हफ़्ते|हफ्तों|महीने|महीनों से * *? नहीं|बंद|खराब|ख़राब|अटका|अटकी|पेंडिंग|लेट|इंतज़ार|इंतजार', 'din|dino|dinon|ghante|ghanton|hafte|hafton|mahine|mahino se * *? *? nahi|nhi|band|kharab|atka|atki|pending|late|dikha|dikh|shipped|processing|wait|intezaar|intjar',
      'बज गए|गये|चुके अभी|अब|लेकिन|पर|फिर तक|भी|कोई|नहीं', 'baj gaye|gye|chuke abhi|ab|lekin|par|phir|fir tak|bhi|koi|nahi|nhi',
      'कोई जवाब|रिप्लाई|रिस्पॉन्स भी नहीं दे|मिला|मिल|आया', 'koi jawab|reply|response bhi nahi|nhi de|mila|mil|aaya', 'सुबह|कल|परसों|हफ्ते|हफ़्ते से नेटवर्क|इंटरनेट|नेट|सिग्नल|बिजली|पानी नहीं','कब से इंतज़ार|इंतजार', 'कोई जवाब|रिप्लाई नहीं दे रहा|रही|रहे|देता|देते', 'koi jawab|reply nahi|nhi de raha|rahe|rahi', 'इंतज़ार|इंतजार कर रहा|रही|रहे', 'बहुत देर', 'kab se wait|intezaar|intjar', 'wait kar raha|rahi|rahe', 'bahut|bohot der',
      // Late: "देर से आया", "फ्लाइट लेट हो गई", "दो हफ्ते देर से", "late aaya" ("मैं लेट आऊंगा" is the customer's own; "लेट नहीं हुआ" is taken back below).
      'लेट|late आया|आई|आए|आये|है|हैं|था|थी|थे|पहुंचा|पहुँचा|पहुंची|पहुँची|मिला|मिली|डिलीवर|चल|चली|aaya|aayi|aaye|aya|hai|tha|thi|the|pahuncha|pahunchi|mila|mili|deliver|chal|chali',
      'लेट|late हो|ho गया|गई|गए|गयी|चुका|चुकी|रहा|रही|रहे|gaya|gayi|gaye|gya|gyi|chuka|chuki|raha|rahi|rahe|rha|rhi', 'देर|देरी|der|deri से|se आया|आई|आए|आये|पहुंचा|पहुंची|पहुँचा|पहुँची|मिला|मिली|डिलीवर|हुआ|हुई|aaya|aayi|aaye|aya|pahuncha|pahunchi|mila|mili|deliver|hua|hui',
      '#num|एक|दो|तीन|चार|पांच|पाँच|कई हफ्ते|हफ़्ते|हफ्ता|सप्ताह|महीने|महीना|मिनट|घंटे|घंटा|दिन लेट|देर|देरी|late', '#num|ek|do|teen|char|paanch|kai hafte|hafta|mahine|mahina|minute|mins|week|weeks|days|day|hours|hour|ghante|ghanta|din late|der|deri|let',
      // Nobody came, hours on hold: "टेक्नीशियन आया ही नहीं", "कोई नहीं आया", "hold pe raha", "पूरा दिन इंतज़ार करता रहा".
      'आया|आई|आए|आये|aaya|aayi|aaye|aya ही|hi नहीं|nahi|nhi|na', 'कोई|koi नहीं|nahi|nhi आया|आई|aaya|aya|aayi', 'रिफंड|refund|पैसे|paise वापस|wapas|vapas नहीं|nahi|nhi', 'hold pe|par',
      '#num|एक|दो|आधा|आधे|पूरा|पूरे|ek|do|aadha|aadhe|pura|poora|poore|pure घंटे|घंटा|घंटों|दिन|ghante|ghanta|din * *? इंतज़ार|इंतजार|wait|intezaar|intezar|होल्ड|hold|लाइन|line'],
    courtesy: ['पहले से धन्यवाद', 'advance mein|me thanks|dhanyavad'],
    politeness: ['कृपया|कृप्या|प्लीज़|प्लीज', 'kripya|plz|pls|please', 'आप मदद कर सकते हैं', 'मदद कर सकते|सकती हैं', 'madad kar sakte|sakti'],
    // Round 63. Greetings: "namaste ji", "hello sir", "शुभ संध्या". Not the formal salutations of a letter ("Sehr geehrte", "Estimado equipo",
    // "السادة الكرام", "आदरणीय महोदय"): they open formal complaints and thanks as often, and the pull of a greeting
    // took four such messages of the written kinds to neutral.
    notChurn: [
      // Round 64. A cancellation given its date is a formal request, not a threat: "अगले महीने से अपना सब्सक्रिप्शन बंद
      // करवाना चाहता हूँ" (frustration 0.79 before). "कनेक्शन कैंसल करके दूसरी कंपनी ले लूँगा" names none and stays churn.
      'अगले|अगली|आगामी|आने महीने|माह|तारीख|साल|वर्ष|वाले से * *? *? *? *? रद्द|बंद|समाप्त|कैंसल|कैंसिल',
      'रद्द|बंद|समाप्त|कैंसल|कैंसिल * *? *? अगले|अगली|आगामी महीने|माह|तारीख|साल|वर्ष से',
      'agle|agli mahine|month|mahene se * *? *? *? band|cancel|khatam',
    ],
    greeting: [
      'नमस्ते|नमस्कार|प्रणाम|सुप्रभात|हैलो|हेलो|हाय', 'नमस्ते|नमस्कार|प्रणाम|हैलो|हेलो जी|सर|मैडम|टीम|भैया|दीदी', 'राम राम', 'शुभ प्रभात|संध्या|दोपहर|रात्रि|दिन',
      'namaste|namaskar|namaskaar|pranam|pranaam|hello|hey|helo|hlo', 'namaste|namaskar|namaskaar|pranam|hello|hi|hey|helo|hii|hlo ji|sir|madam|mam|maam|team|bhaiya|bhai|didi|sirji|everyone|all', 'good morning|afternoon|evening', 'ram ram',
      'aap|ap kaise|kese|kaisi hain|hai|ho', 'आप कैसे|कैसी हैं|है|हो', 'umeed|ummid|ummeed|asha hai aap|ap theek|thik|achhe|acche|ache',
    ],
    // Round 63. A question announced, a request made or the topic named: "ek sawaal hai", "मेरा एक सवाल है", "जानकारी चाहिए थी", "ke baare mein".
    request: [
      // Round 64. The customer's own slip, to be put right: "मैंने गलत पता डाल दिया", "maine galti se".
      'मैंने|मैने गलत|ग़लत|गलती|ग़लती', 'maine|mene|maine galat|galti', 'मेरी गलती|ग़लती', 'meri galti',
      'मेरा|मेरी|हमारा|हमारी|मुझे एक? छोटा|छोटी? सा|सी? सवाल|प्रश्न|क्वेरी|जानकारी', 'एक छोटा|छोटी? सा|सी? सवाल|प्रश्न|क्वेरी|जानकारी|बात|जानकारियां',
      'जानकारी|सूचना चाहिए|चाहिये|चाहता|चाहती|चाहते|लेनी', 'पूछना|जानना|पता चाहता|चाहती|चाहते|था|थी|है|हूँ|हूं', 'ek chhota|chota|chhoti|choti|chhote? sa|si? sawaal|sawal|savaal|question|query|doubt|jaankari|jankari|info|baat', 'mera|meri|humara|hamara|hamari|humari|mujhe ek? chhota|chota|chhoti|choti? sa|si? sawaal|sawal|question|query|doubt|jaankari|jankari',
      'sawaal|sawal|savaal|question|query|doubt thi|tha|hai|he|h|hain', 'puchna|poochna|puchhna|janna|jaanna tha|thi|hai|chahta|chahti|chahte', 'jaankari|jankari|information|info|details chahiye|chahie|chaiye|chahiye|leni|thi|chahta|chahti',
      'mera|मेरा naam|नाम',
    ],
    // The topic named alone ("bezüglich …", "بشأن …"): a request's pull where nothing is wrong, but no
    // question announced (tweets say "about …" of the news).
    topic: [
      'के बारे|संबंध|सम्बन्ध|विषय|सिलसिले में', 'बारे में', 'ke baare|bare|baarey|barey|sambandh mein|me|main|mai',
    ],
    // Thanks for help given at once: the trouble named and the speed belong to the help.
    fixThanked: [
      // Put right after the fault: "फ्लाइट कैंसल होने के बाद आपने तुरंत"; and arriving on time thanks to it: "समय पर पहुँच गए".
      'कैंसल|रद्द|खराब|ख़राब|लेट|बंद|फेल होने के बाद आपने|आप|आपकी|तुरंत|फौरन|फ़ौरन',
      'समय|टाइम|वक्त|वक़्त पर|पे * *? पहुँच|पहुँचे|पहुँचा|पहुँची|मिल|मिला|मिली',
      'time|samay|waqt pe|par * *? pahunch|pahuch|pahunche|pahuche|mil|mila|mili',
      // Help arranged at once, past tense: "तुरंत डॉक्टर का इंतज़ाम करवाया", "turant naya card bhej diya" (an order to fix it now is no fix).
      'तुरंत|तुरन्त|फौरन|फ़ौरन|जल्दी * *? *? इंतज़ाम|इंतजाम|व्यवस्था|बंदोबस्त करवाया|करवाई|कराया|कराई|किया|की|करवा|करा',
      'turant|fauran|jaldi * *? *? intezaam|intezam|intjam|arrangement|replace|refund karwaya|karwa|kar|kiya|karaya',
    ],
    noProblem: [
      // Solved, said in one word after it ("समस्या नहीं सुलझाई" has the negator between): "मेरी समस्या सुलझाई".
      'समस्या|परेशानी|दिक्कत सुलझाई|सुलझाया|सुलझाईं|सुलझवाई',
      // On time and whole: "लेट नहीं हुआ", "बिना किसी देरी के", "कुछ नहीं टूटा".
      'लेट|देर|देरी|late|der|deri नहीं|nahi|nhi|na हुआ|हुई|हुए|हुयी|आया|आई|आए|hua|hui|hue|aaya|aayi|hota|होता', 'बिना|bina किसी|kisi? देरी|देर|deri|der|नुकसान|damage|टूट-फूट|nuksan',
      'नहीं|nahi|nhi|na टूटा|टूटी|टूटे|फटा|फटी|भीगा|भीगी|गीला|गीली|toota|tuta|tooti|tuti|phata|fata|bhiga|geela|gila|ठंडा|thanda|गायब|gayab|लीक|leak',
      'dard|takleef|taklif|problem|dikkat nahi|nhi hua|hui|hota',
      'समस्या|परेशानी|दिक्कत सुलझा|सुलझाई|सुलझ दी|गई|दिया',
      'समस्या|परेशानी|दिक्कत *? *? हल करने|कर|की|हो',
      'समस्या|परेशानी|दिक्कत हल|ठीक|दूर कर? दी|की|हो',
      'bina kisi dikkat|pareshani|problem|issue|dikat', 'बिना किसी दिक्कत|परेशानी|समस्या',
      'समस्या|दिक्कत|परेशानी|problem|issue हल|ठीक|दूर|solve|theek|hal कर|हो|kar|ho दी|दिया|गई|गया|di|diya|gayi|gaya','कोई समस्या|दिक्कत|प्रॉब्लम|परेशानी|झंझट|तकलीफ|तकलीफ़|दिक्कतें|परेशानियां नहीं|ना', 'koi problem|dikkat|samasya|pareshani|pareshaani|takleef|taklif|jhanjhat|issue|dikat|tension nahi|nhi|na'],
    // Round 56. Back again after the fix, with "phir se": "account phir se active ho gaya", "फिर से चालू हो गया".
    worksAgain: [
      // Round 73. Recovered, told with "again": "phir se khane laga", "dobara khelne lagi", "फिर से खाना खाने लगा".
      'phir|fir|phirse|firse|dobara|dubara se? khane|khelne|chalne|daudne|dodne|sone|peene|saans|bhaunkne|hasne|muskurane|khana|khel|chal|daud|khaa|kha|khel|so lag|laga|lagi|lage|raha|rahi|rhe|rha|rhi|lagaa',
      'फिर|फिरसे|दोबारा|दुबारा से? खाने|खेलने|चलने|दौड़ने|सोने|पीने|भौंकने|हँसने|हंसने|मुस्कुराने|खाना|खेल|चल|दौड़|खा लगा|लगी|लगे|रहा|रही|रहे',
      'phir|fir se active|chalu|chaalu|shuru|theek|thik|on|live|available|kaam ho|kar|karne gaya|gayi|gya|gyi|gaye|laga|lagi|lage',
      'phirse|firse|dobara|dubara active|chalu|chaalu|shuru|theek|thik|on|live|available|kaam ho|kar|karne gaya|gayi|gya|gyi|gaye|laga|lagi|lage',
      'फिर से चालू|ठीक|एक्टिव|सक्रिय|शुरू|ऑन|काम हो|कर|करने गया|गई|गयी|गए|लगा|लगी|लगे', 'फिरसे|दोबारा|दुबारा चालू|ठीक|एक्टिव|सक्रिय|शुरू|ऑन|काम हो|कर|करने गया|गई|गयी|गए|लगा|लगी|लगे',
    ],
    profanity: ['साला|साले|कमीने|बकवास|चूतिया|भाड़', 'saala|sala|saale|kamine|chutiya|bhaad|bhad'],
    hedge: ['शायद', 'पता नहीं', 'कैसे करें|करूँ|करूं|बदलूं|बदलूँ|बदलें', 'shayad', 'pata nahi|nhi', 'kaise kare|karu|karun|karein|badlu|badlun|badle'],
  },
}
