import type { PolarityLexicon } from './polarity-lexicon.js'

/**
 * Hindi polarity words, written for this project (see PolarityLexicon). Hindi tweets are mostly
 * romanised Hindi and Hinglish, so each word is listed in its common Latin spellings and in
 * Devanagari (with and without the nukta where people often drop it). English words are left to
 * the English model.
 */
export const HI_POLARITY: PolarityLexicon = {
  strongPositive: [
    // splendid, tremendous, wonderful, matchless
    'shandar', 'shaandaar', 'shandaar', 'shaandar', 'शानदार',
    'zabardast', 'jabardast', 'zabardust', 'jabardust', 'zabardasth', 'jabardasth', 'zbrdst', 'ज़बरदस्त', 'जबरदस्त',
    'kamaal', 'kamaaal', 'कमाल',
    'lajawab', 'lajawaab', 'laajawab', 'laajawaab', 'लाजवाब',
    'behtareen', 'behtarin', 'behtreen', 'bahetreen', 'behatreen', 'बेहतरीन',
    'badhiya', 'badiya', 'badhia', 'badia', 'badhiyaa', 'badiyaa', 'बढ़िया', 'बढिया',
    'bemisaal', 'bemisal', 'बेमिसाल', 'atulya', 'अतुल्य',
    'anmol', 'अनमोल', 'nayab', 'nayaab', 'नायाब',
    'adbhut', 'adbhoot', 'अद्भुत',
    // excellent, best (formal)
    'uttam', 'उत्तम', 'utkrisht', 'utkrasht', 'utkrusht', 'उत्कृष्ट',
    'sarvashreshth', 'sarvshreshth', 'sarvashresth', 'सर्वश्रेष्ठ', 'shreshth', 'shresth', 'श्रेष्ठ',
    'sarvottam', 'सर्वोत्तम',
    // slang: awesome, killer, blockbuster, value for money
    'jhakaas', 'jhakas', 'jhakkas', 'झकास',
    'dhansu', 'dhaansu', 'dhasu', 'धांसू', 'धाँसू',
    'faadu', 'phaadu', 'fadu', 'phadu', 'फाड़ू',
    'gazab', 'ghazab', 'gajab', 'gajjab', 'gazzab', 'ग़ज़ब', 'गजब',
    'dhamakedar', 'dhamakedaar', 'धमाकेदार',
    'paisavasool', 'paisa-vasool', 'paisawasool', 'paisa-wasool', 'पैसा-वसूल',
    // love, bravo
    'pyaar', 'pyar', 'प्यार', 'mohabbat', 'muhabbat', 'mohobbat', 'मोहब्बत', 'मुहब्बत', 'प्रेम',
    'shabash', 'shaabash', 'shabaash', 'shaabaash', 'शाबाश',
  ],
  positive: [
    // good, better, fine quality
    'accha', 'acha', 'achha', 'achchha', 'acchha', 'achcha', 'achaa', 'achhaa', 'acchaa',
    'acchi', 'achi', 'achhi', 'achchhi', 'achchi', 'acche', 'ache', 'achhe', 'achchhe', 'achche', 'acchhe',
    'अच्छा', 'अच्छी', 'अच्छे', 'achai', 'acchai', 'achhai', 'अच्छाई',
    'behtar', 'bahtar', 'बेहतर', 'umda', 'umdaa', 'उम्दा', 'sahi', 'sahee', 'सही',
    // slang: cool, great, fun
    'mast', 'mastt', 'मस्त', 'bindaas', 'bindas', 'बिंदास', 'kadak', 'कड़क', 'chakachak', 'chaka-chak', 'चकाचक',
    'dhamaal', 'dhamal', 'धमाल', 'masti', 'मस्ती', 'jalwa', 'जलवा',
    'dumdaar', 'damdar', 'dumdar', 'damdaar', 'दमदार', 'jaandaar', 'jaandar', 'jandar', 'जानदार',
    'wah', 'waah', 'wahh', 'waahh', 'vah', 'वाह',
    // beautiful, lovely, cute, attractive
    'sundar', 'sundr', 'सुंदर', 'सुन्दर', 'sundarta', 'सुंदरता',
    'khoobsurat', 'khubsurat', 'khoobsoorat', 'khubsoorat', 'खूबसूरत', 'ख़ूबसूरत',
    'haseen', 'hasin', 'हसीन',
    'pyaara', 'pyara', 'pyaari', 'pyari', 'pyaare', 'pyare', 'प्यारा', 'प्यारी', 'प्यारे',
    'manmohak', 'मनमोहक', 'aakarshak', 'akarshak', 'आकर्षक', 'lubhavna', 'लुभावना',
    // tasty, sweet, fun
    'meetha', 'mitha', 'meethi', 'mithi', 'मीठा', 'मीठी',
    'swadisht', 'swaadisht', 'swadist', 'स्वादिष्ट', 'lazeez', 'lajeez', 'lazeej', 'लज़ीज़', 'लजीज',
    'mazedaar', 'mazedar', 'majedar', 'majedaar', 'मज़ेदार', 'मजेदार',
    'maza', 'mazaa', 'maja', 'majaa', 'mazza', 'maze', 'maje', 'मज़ा', 'मजा', 'मज़े', 'मजे',
    // thanks, gratitude
    'dhanyavad', 'dhanyawad', 'dhanyavaad', 'dhanyawaad', 'dhanywad', 'dhanyvad', 'धन्यवाद',
    'shukriya', 'shukria', 'sukriya', 'shukriyaa', 'shukriyah', 'शुक्रिया',
    'aabhar', 'abhar', 'आभार', 'aabhari', 'abhari', 'आभारी', 'shukraguzar', 'शुक्रगुज़ार', 'शुक्रगुजार',
    'shukr', 'shukar', 'शुक्र', 'dhanya', 'धन्य',
    // congratulations, wishes, blessings
    'badhai', 'badhaai', 'badhayi', 'बधाई', 'badhaiyan', 'badhaiyaan', 'बधाइयाँ', 'बधाइयां',
    'mubarak', 'mubaarak', 'मुबारक', 'mubarakbad', 'mubarakbaad', 'मुबारकबाद',
    'shubhkamnaye', 'shubhkamnayein', 'shubhkamnaen', 'shubhkamna', 'शुभकामनाएं', 'शुभकामनाएँ', 'शुभकामना',
    'shubh', 'शुभ', 'mangalmay', 'मंगलमय',
    'ashirwad', 'aashirwad', 'ashirvad', 'aashirvad', 'आशीर्वाद',
    'dua', 'duaa', 'duayen', 'दुआ', 'दुआएं',
    'mashallah', 'mashaallah', 'subhanallah', 'alhamdulillah',
    'naman', 'नमन',
    // happy, pleased, satisfied, relief
    'khush', 'khus', 'khushh', 'खुश', 'ख़ुश', 'khushi', 'khushii', 'खुशी', 'ख़ुशी',
    'khushiyan', 'khushiyaan', 'खुशियाँ', 'खुशियां',
    'prasann', 'प्रसन्न', 'santusht', 'संतुष्ट',
    'sukh', 'सुख', 'sukhad', 'सुखद', 'sukoon', 'sukun', 'सुकून', 'raahat', 'राहत',
    'khushhaal', 'khushhal', 'खुशहाल', 'muskurahat', 'मुस्कुराहट',
    // like, favourite, praise
    'pasand', 'pasnd', 'पसंद', 'pasandida', 'pasandeeda', 'पसंदीदा',
    'tareef', 'tarif', 'taarif', 'taareef', 'तारीफ़', 'तारीफ',
    'prashansa', 'प्रशंसा', 'prashansniya', 'प्रशंसनीय', 'sarahniya', 'sarahneeya', 'सराहनीय', 'sarahna', 'सराहना',
    // good qualities of people and staff
    'kabil', 'kaabil', 'काबिल', 'hoshiyar', 'hoshiar', 'होशियार', 'samajhdar', 'samajhdaar', 'समझदार',
    'imaandar', 'imandar', 'imaandaar', 'imandaar', 'ईमानदार', 'sachha', 'saccha', 'sachcha', 'सच्चा',
    'wafadar', 'vafadar', 'wafadaar', 'वफ़ादार', 'वफादार', 'mehnati', 'mehanti', 'मेहनती',
    'madadgar', 'madadgaar', 'मददगार', 'dayalu', 'दयालु', 'nek', 'नेक',
    'vinamra', 'विनम्र', 'sabhya', 'सभ्य', 'shaleen', 'शालीन',
    'mahaan', 'mahan', 'महान', 'farishta', 'farishtaa', 'फ़रिश्ता', 'फरिश्ता', 'masiha', 'maseeha', 'मसीहा',
    // good qualities of products and service: accurate, easy, comfortable, affordable, sturdy, useful
    'sateek', 'satik', 'सटीक', 'asaan', 'aasaan', 'आसान', 'saral', 'सरल',
    'aaramdayak', 'aramdayak', 'आरामदायक', 'suvidhajanak', 'सुविधाजनक',
    'kifayati', 'kifayti', 'किफ़ायती', 'किफायती',
    'mazboot', 'majboot', 'mazbut', 'majbut', 'मज़बूत', 'मजबूत', 'tikau', 'टिकाऊ',
    'upyogi', 'upyogee', 'उपयोगी',
    'faydemand', 'faaydemand', 'fayademand', 'फायदेमंद', 'फ़ायदेमंद',
    'fayda', 'faida', 'faayda', 'फायदा', 'फ़ायदा', 'labhdayak', 'लाभदायक', 'labh', 'लाभ',
    'bharosemand', 'भरोसेमंद', 'vishwasniya', 'विश्वसनीय', 'bharosa', 'bharosaa', 'भरोसा',
    'surakshit', 'सुरक्षित',
    // success, winning, progress, pride, respect
    'safal', 'सफल', 'safalta', 'सफलता',
    'kamyab', 'kaamyab', 'kamiyab', 'kaamyaab', 'कामयाब', 'kamyabi', 'kaamyabi', 'कामयाबी',
    'jeet', 'jeete', 'जीत', 'जीते',
    'tarakki', 'taraqqi', 'तरक्की', 'तरक़्क़ी',
    'garv', 'garva', 'गर्व', 'garvit', 'गर्वित', 'naaz', 'नाज़', 'नाज', 'gauravshali', 'गौरवशाली',
    'izzat', 'ijjat', 'इज़्ज़त', 'इज्जत', 'samman', 'sammaan', 'सम्मान',
    'sakaratmak', 'सकारात्मक', 'prernadayak', 'प्रेरणादायक',
    'utsah', 'utsaah', 'उत्साह', 'utsahit', 'उत्साहित',
    'ummeed', 'umeed', 'ummid', 'umid', 'उम्मीद',
    // affection, luck, magic
    'dosti', 'दोस्ती', 'jaanu', 'ishq', 'इश्क', 'इश्क़',
    'khushkismat', 'खुशकिस्मत', 'khushnaseeb', 'khushnasib', 'खुशनसीब', 'bhagyashali', 'भाग्यशाली',
    'saubhagya', 'सौभाग्य', 'kismatwala', 'kismatwale',
    'chamatkar', 'chamatkaar', 'चमत्कार', 'jaadui', 'jadui', 'जादुई',
    // laughter
    'haha', 'hahaha', 'hahah', 'hehe', 'hehehe', 'hihi', 'हाहा', 'हाहाहा',
  ],
  negative: [
    // bad, worse, dirty, wrong
    'kharab', 'kharaab', 'khrab', 'ख़राब', 'खराब', 'kharabi', 'kharaabi', 'ख़राबी', 'खराबी',
    'bura', 'buri', 'bure', 'buraa', 'बुरा', 'बुरी', 'बुरे', 'burai', 'buraai', 'बुराई',
    'badtar', 'बदतर',
    'ganda', 'gandi', 'gande', 'गंदा', 'गंदी', 'गंदे', 'gandagi', 'gandgi', 'गंदगी',
    'galat', 'galt', 'ghalat', 'गलत', 'ग़लत', 'galti', 'galati', 'ghalti', 'गलती', 'ग़लती',
    // broken, spoiled, stuck, missing
    'tuta', 'toota', 'tuti', 'tooti', 'tute', 'toote', 'टूटा', 'टूटी', 'टूटे',
    'bigda', 'bigdi', 'bigde', 'bigad', 'बिगड़ा', 'बिगड़ी', 'बिगड़',
    'atka', 'atki', 'atke', 'atak', 'अटका', 'अटकी', 'अटके',
    'phasa', 'fasa', 'phansa', 'fansa', 'फंसा', 'फँसा',
    'gayab', 'gaayab', 'ghayab', 'ग़ायब', 'गायब', 'lapata', 'laapata', 'लापता',
    // delay, waiting, complaint, problem, hassle
    'deri', 'देरी', 'intezaar', 'intezar', 'intzar', 'intjar', 'intazar', 'इंतज़ार', 'इंतजार',
    'shikayat', 'shikaayat', 'शिकायत',
    'dikkat', 'dikkt', 'dikat', 'दिक्कत', 'dikkatein', 'dikkaten', 'दिक्कतें',
    'samasya', 'samsya', 'समस्या', 'समस्याएं', 'समस्याएँ',
    'pareshani', 'pareshaani', 'preshani', 'परेशानी', 'pareshaniyan', 'परेशानियां',
    'pareshan', 'pareshaan', 'preshan', 'परेशान',
    'mushkil', 'muskil', 'मुश्किल', 'takleef', 'taklif', 'तकलीफ़', 'तकलीफ',
    'gadbad', 'gadbadi', 'garbar', 'गड़बड़', 'गड़बड़ी',
    'jhanjhat', 'jhanjat', 'झंझट', 'jhamela', 'झमेला', 'lafda', 'lafde', 'लफड़ा',
    // loss, defeat, failure
    'nuksan', 'nuksaan', 'nuqsan', 'नुकसान', 'नुक़सान', 'ghaata', 'घाटा', 'haar', 'हार',
    'asafal', 'असफल', 'asafalta', 'असफलता',
    'nakam', 'naakam', 'naakaam', 'नाकाम', 'nakami', 'naakami', 'नाकामी',
    // expensive, slow, fake
    'mehnga', 'mehenga', 'mahenga', 'mehanga', 'mehngi', 'mehengi', 'mahengi', 'mehnge', 'mehenge',
    'महंगा', 'महँगा', 'महंगी', 'महंगे', 'mehngai', 'mehengai', 'mahangai', 'mehangai', 'महंगाई',
    'dheema', 'dhima', 'dheemi', 'dhimi', 'धीमा', 'धीमी', 'sust', 'सुस्त',
    'nakli', 'naqli', 'नकली',
    // give back (the money), cancelled, penalty, ignored, careless, shirking, lazy
    'lautao', 'lautaiye', 'lotao', 'लौटाओ', 'लौटाइए',
    'radd', 'रद्द', 'jurmana', 'jurmaana', 'जुर्माना',
    'nazarandaz', 'nazarandaaz', 'najarandaz', 'नज़रअंदाज़', 'नजरअंदाज',
    'laparwah', 'laparwaah', 'laparvah', 'लापरवाह', 'laparwahi', 'laparvahi', 'laparwaahi', 'लापरवाही',
    'kamchor', 'कामचोर', 'aalsi', 'alsi', 'आलसी',
    // sad, pain, tears, anger, insult, disappointment, regret, shame
    'dukh', 'दुख', 'दुःख', 'dukhi', 'दुखी', 'dukhad', 'दुखद',
    'udaas', 'udas', 'उदास', 'rona', 'रोना', 'aansu', 'ansu', 'आंसू', 'आँसू', 'dard', 'दर्द',
    'gussa', 'ghussa', 'gusse', 'गुस्सा', 'naraz', 'naraaz', 'naraj', 'नाराज़', 'नाराज',
    'bezzati', 'beizzati', 'bejjati', 'beijjati', 'बेइज़्ज़ती', 'बेइज्जती',
    'nirasha', 'niraasha', 'निराशा', 'nirash', 'niraash', 'निराश', 'nirashajanak', 'निराशाजनक',
    'mayoos', 'mayus', 'मायूस', 'afsos', 'afsoos', 'अफ़सोस', 'अफसोस', 'afsosnaak', 'afsosnak', 'अफ़सोसनाक',
    'pachtava', 'pachhtava', 'पछतावा', 'pachtaoge', 'पछताओगे',
    'sharm', 'sharam', 'शर्म', 'sharminda', 'शर्मिंदा', 'sharmindagi', 'शर्मिंदगी',
    'maafi', 'mafi', 'माफ़ी', 'माफी',
    // worry, fear, tiredness, boredom
    'chinta', 'चिंता', 'chintit', 'चिंतित', 'ghabrahat', 'घबराहट',
    'darawna', 'daravna', 'डरावना', 'khauf', 'ख़ौफ़', 'खौफ',
    'thaka', 'thaki', 'thake', 'थका', 'थकी', 'thakaan', 'थकान', 'pakau', 'pakaau', 'पकाऊ',
    // smelly, stale, garbage, bitter, bland, ugly, lacking, weak
    'badbu', 'badboo', 'बदबू', 'basi', 'baasi', 'बासी', 'kachra', 'kachara', 'कचरा', 'kooda', 'कूड़ा', 'raddi', 'रद्दी',
    'kadwa', 'kadvi', 'कड़वा', 'कड़वी', 'pheeka', 'phika', 'feeka', 'fika', 'फीका',
    'bhadda', 'bhaddi', 'भद्दा', 'भद्दी', 'badsurat', 'बदसूरत',
    'kami', 'कमी', 'kamzor', 'kamjor', 'कमज़ोर', 'कमजोर',
    // illness, death, violence, accidents, trouble
    'bimar', 'beemar', 'बीमार', 'bimari', 'beemari', 'बीमारी',
    'maut', 'मौत', 'nidhan', 'निधन', 'shok', 'शोक', 'shraddhanjali', 'श्रद्धांजलि',
    'hinsa', 'हिंसा', 'danga', 'dange', 'दंगा', 'दंगे', 'jhagda', 'jhagra', 'jhagada', 'झगड़ा',
    'ladai', 'ladaai', 'लड़ाई', 'marpeet', 'maarpeet', 'मारपीट',
    'hadsa', 'haadsa', 'हादसा', 'durghatna', 'दुर्घटना', 'ghayal', 'घायल', 'jhatka', 'झटका',
    'aafat', 'afat', 'आफ़त', 'आफत', 'musibat', 'museebat', 'मुसीबत', 'sankat', 'संकट',
    'bhayankar', 'भयंकर',
    'durbhagya', 'दुर्भाग्य', 'durbhagyapurn', 'दुर्भाग्यपूर्ण', 'badkismat', 'badkismati', 'बदकिस्मत',
    'kambakht', 'कमबख्त', 'कमबख़्त',
    // interjections and curses: damn, yuck, go to hell
    'dhat', 'dhatt', 'धत', 'chhi', 'chhee', 'छी', 'thoo', 'थू',
    'bhaad', 'भाड़', 'jahannum', 'jahannam', 'जहन्नुम', 'narak', 'नरक',
    // lies, rumours, drama, hypocrisy
    'jhooth', 'jhoot', 'jhuth', 'jhut', 'झूठ',
    'jhootha', 'jhoota', 'jhutha', 'jhuta', 'jhoothe', 'jhuthe', 'jhoothi', 'jhuthi', 'झूठा', 'झूठे', 'झूठी',
    'afwah', 'afwaah', 'अफवाह', 'अफ़वाह',
    'nautanki', 'नौटंकी', 'jumla', 'jumle', 'जुमला', 'जुमले', 'pakhand', 'paakhand', 'पाखंड', 'pakhandi', 'पाखंडी',
    'herapheri', 'hera-pheri', 'हेराफेरी', 'fareb', 'फरेब', 'फ़रेब', 'chaalbaaz', 'chalbaz', 'चालबाज़', 'चालबाज',
    'bakchodi', 'बकचोदी', 'bhasad', 'भसड़',
    // mild insults: fool, idiot, boor, sycophant, arrogant, greedy, selfish, coward ...
    'ullu', 'उल्लू', 'gadha', 'gadhe', 'गधा', 'गधे', 'murkh', 'moorkh', 'मूर्ख',
    'gawar', 'ganwar', 'gawaar', 'गंवार', 'गँवार',
    'bewakoof', 'bewkoof', 'bevakoof', 'bewakuf', 'bevkoof', 'bewkuf', 'बेवकूफ', 'बेवकूफ़',
    'bewakoofi', 'bewkoofi', 'बेवकूफी',
    'chamcha', 'chamche', 'चमचा', 'चमचे', 'andhbhakt', 'अंधभक्त',
    'ghamandi', 'घमंडी', 'ghamand', 'घमंड', 'kanjoos', 'kanjus', 'कंजूस', 'lalchi', 'laalchi', 'लालची',
    'swarthi', 'स्वार्थी', 'matlabi', 'मतलबी',
    'fattu', 'phattu', 'फट्टू', 'chichora', 'chhichhora', 'छिछोरा', 'kaayar', 'kayar', 'कायर', 'darpok', 'डरपोक',
    'paapi', 'papi', 'पापी', 'paap', 'पाप', 'shaitan', 'shaitaan', 'शैतान', 'rakshas', 'राक्षस',
    'chidchida', 'चिड़चिड़ा', 'bewda', 'bevda', 'बेवड़ा', 'tharki', 'ठरकी', 'bhikhari', 'bhikari', 'भिखारी',
    'saala', 'sala', 'saale', 'साला', 'साले', 'suar', 'suwar', 'सुअर', 'सूअर',
    // helpless, forced, unemployment, poverty
    'lachar', 'laachaar', 'लाचार', 'bebas', 'बेबस', 'majboor', 'majbur', 'मजबूर', 'majboori', 'majburi', 'मजबूरी',
    'zabardasti', 'jabardasti', 'ज़बरदस्ती', 'जबरदस्ती',
    'berozgari', 'berozgaari', 'बेरोज़गारी', 'बेरोजगारी', 'garibi', 'gareebi', 'गरीबी',
    // condemnation, threats, abuse, disrepute, betrayal, oppression, theft
    'ninda', 'निंदा', 'dhamki', 'धमकी', 'gaali', 'गाली', 'badnaam', 'badnam', 'बदनाम', 'kalank', 'कलंक',
    'bewafa', 'bewafaa', 'बेवफ़ा', 'बेवफा', 'bewafai', 'बेवफाई',
    'zaalim', 'zalim', 'jalim', 'ज़ालिम', 'जालिम', 'zulm', 'julm', 'ज़ुल्म', 'जुल्म',
    'chori', 'चोरी',
  ],
  strongNegative: [
    // rubbish, lousy, useless, worthless
    'bakwas', 'bakwaas', 'bakvas', 'bakvaas', 'bakwass', 'bkwas', 'बकवास',
    'ghatiya', 'ghatia', 'ghatiyaa', 'ghtiya', 'घटिया',
    'bekar', 'bekaar', 'bekkar', 'बेकार',
    'faltu', 'faaltu', 'phaltu', 'फालतू', 'फ़ालतू',
    'wahiyat', 'wahiyaat', 'vahiyat', 'वाहियात',
    'nikamma', 'nikamme', 'nikammi', 'nikama', 'निकम्मा', 'निकम्मे', 'निकम्मी',
    'nalayak', 'nalaayak', 'naalayak', 'naalaayak', 'नालायक',
    // horrible, disgusting, hate, shameful, shameless
    'bhayanak', 'bhayaanak', 'bhyanak', 'भयानक',
    'ghinona', 'ghinauna', 'ghinoni', 'ghinauni', 'ghinone', 'घिनौना', 'घिनौनी', 'घिनौने',
    'ghrina', 'घृणा', 'nafrat', 'nafarat', 'नफरत', 'नफ़रत',
    'sharmnak', 'sharmnaak', 'sharamnak', 'sharamnaak', 'शर्मनाक',
    'besharam', 'besharm', 'बेशर्म', 'besharmi', 'बेशर्मी',
    // ruined, destroyed
    'barbaad', 'barbad', 'बर्बाद', 'barbaadi', 'barbadi', 'बर्बादी', 'tabah', 'tabaah', 'तबाह',
    // cheating, fraud, fake, theft, robbery, swindle, scam, corruption, bribery, rigging
    'dhokha', 'dhoka', 'dhokhaa', 'dhokhe', 'dhoke', 'धोखा', 'धोखे',
    'dhokhebaaz', 'dhokhebaz', 'dhokebaz', 'dhokebaaz', 'धोखेबाज़', 'धोखेबाज',
    'dhokhadhadi', 'dhokhadhari', 'dhokadhadi', 'धोखाधड़ी',
    'farzi', 'farji', 'फर्जी', 'फ़र्ज़ी',
    'chor', 'चोर', 'loot', 'लूट', 'loota', 'looti', 'लूटा',
    'lootera', 'lutera', 'lootere', 'lutere', 'लुटेरा', 'लुटेरे',
    'thag', 'ठग', 'thagi', 'ठगी', 'thaga', 'thage', 'ठगा',
    'ghotala', 'ghotaala', 'घोटाला', 'ghotale', 'घोटाले', 'ghapla', 'घपला',
    'bhrasht', 'bhrast', 'भ्रष्ट', 'bhrashtachar', 'bhrashtachaar', 'bhrastachar', 'भ्रष्टाचार',
    'bhrashtachari', 'भ्रष्टाचारी',
    'jaalsaaz', 'jalsaz', 'जालसाज़', 'जालसाज', 'jaalsaazi', 'jalsazi', 'जालसाजी',
    'rishwat', 'रिश्वत', 'ghooskhor', 'ghuskhor', 'घूसखोर', 'dhandhli', 'dhandhali', 'धांधली',
    'makkar', 'मक्कार', 'beimaan', 'beiman', 'बेईमान', 'beimaani', 'beimani', 'बेईमानी',
    // traitor, hypocrite, rude, ignorant, vile
    'dagabaaz', 'dagabaz', 'दगाबाज़', 'दगाबाज', 'dogla', 'dogle', 'दोगला', 'दोगले',
    'gaddar', 'gaddaar', 'गद्दार', 'ग़द्दार', 'deshdrohi', 'देशद्रोही',
    'badtameez', 'badtamiz', 'बदतमीज़', 'बदतमीज', 'badtameezi', 'badtamizi', 'बदतमीज़ी', 'बदतमीजी',
    'jaahil', 'jahil', 'जाहिल', 'neech', 'नीच',
    // condemnable, damn it, jinxed
    'nindniya', 'निंदनीय', 'lanat', 'laanat', 'लानत', 'dhikkar', 'dhikkaar', 'धिक्कार', 'manhoos', 'manhus', 'मनहूस',
    // atrocity, murder, rape, terrorism
    'atyachar', 'atyachaar', 'अत्याचार', 'hatya', 'हत्या', 'balatkar', 'balaatkar', 'बलात्कार', 'balatkari', 'बलात्कारी',
    'aatanki', 'aatankwadi', 'atankwadi', 'आतंकी', 'आतंकवादी',
    // swear words and slurs
    'kamina', 'kameena', 'kamine', 'kameene', 'kaminey', 'kameeni', 'कमीना', 'कमीने', 'कमीनी',
    'harami', 'haraami', 'हरामी', 'haramkhor', 'haraamkhor', 'हरामखोर',
    'haramzada', 'haramzaade', 'haramjada', 'हरामज़ादा', 'हरामजादा', 'हरामजादे',
    'chutiya', 'chutiye', 'chutia', 'chootiya', 'chutiyapa', 'chutiyapanti', 'चूतिया', 'चुतिया', 'chodu',
    'bc', 'mc', 'bsdk', 'bkl', 'mkc', 'bhosdike', 'bhosadike', 'bhosdi', 'bhosdiwale', 'भोसड़ीके',
    'behenchod', 'behnchod', 'bhenchod', 'benchod', 'bhanchod', 'बहनचोद',
    'madarchod', 'maderchod', 'madarchood', 'मादरचोद',
    'gaandu', 'gandu', 'गांडू', 'gaand', 'गांड',
    'lawda', 'lauda', 'lavda', 'lodu', 'lund', 'लौड़ा', 'लंड', 'लोडू', 'jhaatu', 'jhatu', 'झाटू',
    'tatti', 'टट्टी', 'randi', 'रंडी', 'kutiya', 'कुतिया', 'kutte', 'kuttey', 'कुत्ते',
  ],
  // Greetings and acknowledgements: neither word counts where they stand together.
  neutralPairs: ['shubh prabhat', 'shubh ratri', 'शुभ प्रभात', 'शुभ रात्रि'],
}
