import type { LanguageCues } from './language-cues.js'

/**
 * Hindi support cues, written for this project: in Devanagari and as customers type it in Latin
 * letters ("phir se", "nahi aaya"). The tokenizer leaves the danda ("।") on the word before it.
 */
export const HI_CUES: LanguageCues = {
  language: 'hi',
  negators: ['नहीं', 'नही', 'न', 'मत', 'कभी', 'बिना', 'nahi', 'nahin', 'nhi', 'nai', 'mat', 'na', 'bina'],
  contrast: ['लेकिन', 'मगर', 'किंतु', 'lekin', 'magar'],
  glued: ['।', '॥'],
  patterns: {
    frustration: [
      'परेशान|तंग|निराश', 'तंग आ गया|गई|गए', 'परेशान हो गया|गई|गए|हूँ|हूं|हैं', 'परेशान|pareshan|preshan|tang|frustrate|frustrated',
      'tang aa gaya|gayi|gaye', 'pak gaya|gayi|gaye', 'bas ho gaya|gayi', 'dimag kharab',
    ],
    anger: [
      'अस्वीकार्य|बकवास|बेकार|शर्मनाक|घटिया|बेहूदा|गुस्सा|नाराज़|नाराज', 'bakwas|bakwaas|bekar|bekaar|ghatiya|ghtiya|sharmnak|gussa|naraz|naaraz', 'हद है', 'हद हो गई', 'had hai', 'had ho gayi',
    ],
    disappointment: ['निराश|दुखी|उदास', 'nirash|niraash|dukhi|udaas', 'उम्मीद नहीं थी', 'ummeed|umeed nahi thi', 'संतुष्ट नहीं', 'santusht|khush nahi|nahin|nhi'],
    confusion: ['समझ नहीं आ|आया|आता रहा?', 'samajh|samaj nahi|nhi aa|aaya|aata raha|rha?', 'कैसे करूँ|करूं|करें', 'kaise karu|karun|kare'],
    worry: ['चिंतित|चिंता|घबराया|घबराई', 'tension|chinta|ghabra'],
    praise: [
      'बढ़िया|शानदार|बेहतरीन|उत्तम|कमाल|ज़बरदस्त|जबरदस्त', 'बहुत अच्छा|अच्छी', 'सब ठीक है|हो', 'सब ठीक चल रहा|रही है', 'सब ठीक से चल रहा|रही है', 'आपने बहुत मदद की', 'sab sahi|badhiya hai|ho', 'sab sahi|badhiya chal raha|rahi hai', 'ठीक हो गया|गई', 'sab theek|thik|thick hai|ho', 'sab theek|thik chal raha|rahi hai', 'theek|thik ho gaya|gayi|gya', 'badhiya|badiya|shandar|shaandaar|behtareen|kamaal|kamal|zabardast|mast',
      'बहुत अच्छी|अच्छा सेवा|सर्विस|काम', 'bahut|bohot|bahot accha|acha|achha|achhi|acchi', 'अब काम कर रहा है', 'ab kaam kar raha|rahi hai', 'समस्या हल|सुलझ हो? गई', 'problem solve|hal ho gayi|gaya',
      'खुश|संतुष्ट', 'khush|santusht',
    ],
    gratitude: ['धन्यवाद|शुक्रिया|आभार', 'dhanyavad|dhanyavaad|dhanyawad|shukriya|shukria|thx', 'बहुत धन्यवाद|शुक्रिया', 'आपका धन्यवाद|शुक्रिया'],
    repeatContact: [
      'फिर से', 'फिरसे', 'दोबारा|दुबारा', 'बार बार', 'बार-बार', 'कितनी बार', 'दूसरी|तीसरी|चौथी|पांचवी बार', '#num बार', 'कई बार', 'पहले भी|ही बताया|कहा|शिकायत|कोशिश|संपर्क',
      'अभी तक नहीं', 'अब भी नहीं', 'अभी भी वही|नहीं', 'अभी|अब भी फेल|फ़ेल|खराब|ख़राब|बंद|अटका|अटकी|डाउन', 'वही समस्या|दिक्कत|प्रॉब्लम|एरर', 'कोई जवाब नहीं',
      'phir|fir se', 'firse|phirse', 'dobara|dubara', 'baar baar', 'kitni baar|bar', 'kai baar|bar', 'doosri|dusri|teesri|tisri|chauthi baar|bar', '#num baar|bar',
      'pehle bhi|hi bataya|kaha|complaint|try', 'abhi tak nahi|nhi|nahin', 'ab|abhi bhi same|wahi|nahi|nhi|fail|kharab|band|atka|atki|down', 'wahi problem|issue|error', 'koi jawab|reply|response nahi|nhi',
    ],
    deadline: [
      'आज ही|तक', 'कल तक', 'कल सुबह|शाम|दोपहर तक', 'आज शाम|रात तक', 'जल्दी से जल्दी', 'तुरंत|फ़ौरन|फौरन', 'अभी के अभी', '#num मिनट|घंटे में', 'समय सीमा', 'डेडलाइन',
      'aaj hi|tak', 'kal tak', 'kal subah|sham|shaam|dopahar tak', 'aaj sham|shaam|raat tak', 'jaldi se jaldi', 'turant|fauran|foran', 'abhi ke abhi', '#num minute|ghante|ghanton me|mein', 'deadline',
    ],
    urgent: ['ज़रूरी|जरूरी|अत्यावश्यक|अर्जेंट|आपातकाल', 'jaruri|zaruri|zaroori|jaroori|urgent|emergency', 'बहुत जरूरी|ज़रूरी'],
    notUrgent: [
      'जल्दी नहीं है', 'कोई जल्दी नहीं', 'जरूरी|ज़रूरी नहीं है?', 'आराम से', 'जब समय मिले|हो', 'jaldi nahi|nhi|nahin hai?', 'koi jaldi nahi|nhi', 'jaruri|zaruri|urgent nahi|nhi|nahin hai?',
      'aaram se', 'jab time mile|ho',
    ],
    grudging: ['ठीक है चलो', 'चलो ठीक है', 'कोई बात नहीं', 'क्या कर सकते हैं', 'chalo theek|thik hai', 'theek|thik hai chalo', 'kya kar sakte hai|hain', 'jaisa aap kahen|kaho'],
    sarcasm: ['वाह क्या सर्विस|सेवा है', 'बहुत बढ़िया सर्विस|सेवा', 'कुछ नहीं के लिए धन्यवाद', 'wah|waah kya service|seva hai', 'thanks for nothing'],
    sarcasmOverProblem: ['वाह|waah|wah', 'क्या बात है', 'kya baat hai'],
    churn: [
      'सदस्यता|सब्सक्रिप्शन|अकाउंट|खाता रद्द|बंद कर|करूँगा|करूंगा|करूँगी|करूंगी|दूंगा|दूँगा', 'रद्द कर दूंगा|दूँगा|दूंगी|दूँगी', 'कनेक्शन|सर्विस|प्लान|सिम बंद|रद्द करवा|कर दूंगा|दूँगा|दूंगी|दूँगी|देंगे', 'दूसरी कंपनी', 'कभी नहीं खरीदूंगा|खरीदूँगा',
      'subscription|account cancel|band|bandh kar|karunga|karungi|karwa|dunga|dungi', 'cancel kar dunga|dungi|denge', 'connection|plan|service|sim band|bandh|cancel karwa|karva|kar dunga|dungi|denge', 'dusri|doosri company|app|service', 'kabhi nahi|nhi kharidunga|lunga',
    ],
    humanRequest: [
      'किसी इंसान|व्यक्ति|मैनेजर|अधिकारी|एजेंट से बात', 'इंसान से', 'असली इंसान|व्यक्ति', 'मैनेजर|सुपरवाइजर से बात',
      'kisi insaan|insan|manager|agent|banda|bande se baat', 'insaan|insan|manager|supervisor se baat', 'asli insaan|insan', 'bot nahi|nhi',
    ],
    issueReport: [
      'काम नहीं कर रहा|रही|रहे|करता|करती', 'नहीं चल रहा|रही', 'नहीं आया|आई|मिला|मिली|हुआ|हुई', 'खराब|ख़राब|बंद हो|हो गया|गई', 'बंद हो जाता|जाती', 'एरर|गड़बड़|दिक्कत|समस्या|प्रॉब्लम',
      'दो बार पैसे कट|कटे|कटा', 'लॉगिन नहीं', 'फेल|फ़ेल हो रहा|रही|गया|गई|जाता|जाती', 'सर्वर|साइट|ऐप डाउन', 'सिस्टम|ऐप|साइट|सर्वर|इंटरनेट|नेट|पेमेंट बंद|डाउन|ख़राब|खराब है|हैं|पड़ा', 'kaam nahi|nhi kar raha|rahi|karta|karti', 'nahi|nhi chal raha|rahi', 'nahi|nhi aaya|aayi|aya|mila|mili|hua|hui',
      'kharab|kharaab|band ho gaya|gayi|gya', 'dikkat|gadbad|samasya', 'do baar|bar paise|paisa kat|kate|kata', 'login nahi|nhi ho', 'fail|failed ho raha|rahi|gaya|gayi|gya|jata|jati', 'server|site|app down',
    ],
    waiting: ['कब से इंतज़ार|इंतजार', 'कोई जवाब|रिप्लाई नहीं दे रहा|रही|रहे|देता|देते', 'koi jawab|reply nahi|nhi de raha|rahe|rahi', 'इंतज़ार|इंतजार कर रहा|रही|रहे', 'बहुत देर', 'kab se wait|intezaar|intjar', 'wait kar raha|rahi|rahe', 'bahut|bohot der'],
    courtesy: ['पहले से धन्यवाद', 'advance mein|me thanks|dhanyavad'],
    politeness: ['कृपया|कृप्या|प्लीज़|प्लीज', 'kripya|plz|pls|please', 'आप मदद कर सकते हैं', 'मदद कर सकते|सकती हैं', 'madad kar sakte|sakti'],
    noProblem: ['कोई समस्या|दिक्कत|प्रॉब्लम नहीं', 'koi problem|dikkat|samasya nahi|nhi'],
    profanity: ['साला|साले|कमीने|बकवास|चूतिया|भाड़', 'saala|sala|saale|kamine|chutiya|bhaad|bhad'],
    hedge: ['शायद', 'पता नहीं', 'कैसे करें|करूँ|करूं|बदलूं|बदलूँ|बदलें', 'shayad', 'pata nahi|nhi', 'kaise kare|karu|karun|karein|badlu|badlun|badle'],
  },
}
