import { type LanguageCues, withoutAccents } from './language-cues.js'

/**
 * Carriers, banks and shops a Portuguese-speaking customer leaves for by name ("mudar pra Vivo", "vou
 * pro Mercado Livre"): only after a verb of moving, so "liguei pra Vivo" stays neutral.
 */
const RIVALS = [
  'vivo', 'claro', 'tim', 'oi', 'algar', 'sky', 'meo', 'vodafone', 'nowo', 'digi', 'uzo', 'moche', 'woo',
  'nubank', 'itaú', 'bradesco', 'santander', 'c6', 'picpay', 'pagbank', 'pagseguro', 'mercadopago', 'btg', 'sicredi', 'sicoob', 'millennium', 'cgd', 'novobanco', 'activobank', 'revolut', 'moey',
  'amazon', 'shopee', 'magalu', 'americanas', 'aliexpress', 'shein', 'temu', 'kabum', 'netshoes', 'worten', 'fnac',
  'ifood', 'rappi', 'netflix', 'spotify', 'edp', 'galp', 'endesa', 'iberdrola',
].join('|')
// "vou pra", "mudar pro", "passo para a": a move, in the persons and tenses people write.
const MOVE = 'vou|vamos|mudar|mudo|mudarei|mudaremos|mudando|trocar|troco|trocarei|trocando|passar|passo|passarei|passando|ir|indo|irei|migrar|migro|migrarei|migrando|migramos|migraremos|mudamos|trocamos|passamos|portar|porto|portarei'
const TO = 'pra|pro|para|prá'
// What a customer moves to when they name no one: "outra operadora", "outro banco".
const ELSEWHERE = 'operadora|empresa|banco|fornecedor|loja|companhia|seguradora|provedor|plataforma|marca|concorrente|hospedagem|hosting|provedora|locadora|aplicativo|app|serviço|farmácia|clínica|academia|escola|corretora|financeira|distribuidora'
// The contracts a customer ends: "rescindir o contrato", "cancelar minha linha".
const CONTRACT = 'assinatura|conta|contrato|plano|serviço|linha|internet|fibra|pacote|combo|seguro|cadastro|tv|adesão'

/** Portuguese support cues (Brazil and Portugal), written for this project. */
// Round 73. What a pet, a person or a machine does again once well: "já tá brincando de novo", "voltou a comer outra vez".
const RECOVERED = 'brincando|comendo|andando|correndo|caminhando|respirando|dormindo|bebendo|latindo|miando|pulando|nadando|sorrindo|enxergando|ouvindo|funcionando|brinca|come|corre|caminha|respira|dorme|bebe|late|mia|pula|sorri|enxerga|ouve|funciona|brincar|comer|andar|correr|caminhar|respirar|dormir|beber|latir|miar|pular|nadar|sorrir|enxergar|ouvir'
export const PT_CUES: LanguageCues = {
  language: 'pt',
  negators: ['não', 'nao', 'nunca', 'jamais', 'nada', 'ninguém', 'nenhum', 'nenhuma', 'nem', 'sem'],
  contrast: ['mas', 'porém', 'contudo', 'entretanto'],
  notNegators: ['no'],
  variants: withoutAccents,
  questionWords: ['qual', 'quais', 'como', 'quando', 'onde', 'quanto', 'quanta', 'quantos', 'quantas', 'quem', 'posso', 'podemos', 'podem', 'poderiam', 'pode', 'é', 'tem', 'têm', 'existe', 'vocês', 'aceitam', 'fazem', 'preciso', 'dá', 'há',
    // Round 63: a yes/no question keeps the statement's order ("O ginásio tem aulas…?", "O que…"), a conditional asks too ("Se eu cancelar…, pago?").
    'o', 'a', 'os', 'as', 'se', 'consigo', 'vocês', 'eu', 'até', 'para', 'pra'],
  greetings: ['olá', 'oi', 'bom', 'boa', 'dia', 'tarde', 'noite', 'prezados', 'prezado', 'prezada', 'equipe', 'pessoal'],
  praiseWords: ['ótimo', 'ótima', 'perfeito', 'perfeita', 'maravilha', 'maravilhoso', 'excelente', 'fantástico', 'sensacional', 'show', 'genial', 'beleza', 'top', 'adorei', 'parabéns', 'impecável'],
  sincereAfterPraise: ['obrigado', 'obrigada', 'valeu', 'brigado', 'funcionou', 'funciona', 'agora', 'tudo', 'deu', 'resolvido', 'resolveu'],
  patterns: {
    frustration: [
      // Round 152. Said as an exclamation after the trouble: "… e depois a chamada cai. Que irritação."
      'que irritação|irritacao|raiva|chatice|canseira .|!|!!|...',
      // Round 122. Asked to be told why: "Alguém me explica porque é que…".
      'alguém|alguem me explica porque|porquê|como', 'alguém|alguem me explica por que',
      // Round 119. Asked as disbelief: "Sério que pra mudar o e-mail eu preciso ir numa agência?".
      'sério|serio que pra|para|eu|a', 'estamos em que ano', 'em que ano estamos',
      // "Não há direito." (European: it isn't right), said of what was done to the customer.
      'não há|ha direito .|!|!!|...', 'isto|isso não se faz .|!|!!|...',
      // Round 71. What was the money for: "Pra quê paguei a mais então?", "para que é que paguei o expresso?", "paguei pra nada".
      'pra|para|pa quê é? que? paguei|pagámos|pagamos|gastei',
      'paguei|pagámos|pagamos pra|para nada',
      'paguei|pagámos|pagamos|gastei pra|para quê ?|??|?!',
      // Round 54. Paying for nothing, asked of the company: "Para que pago 25 euros por mês?", "pra que tô pagando?".
      'para|pra que|quê eu|nós? pago|pagamos', 'para|pra que|quê estou|tô|to|estamos pagando',
      // Round 56. Paid good money for this: "Paguei R$ 497 por isso?", "pagamos 80 euros por isto".
      'paguei|pagamos|pagando|pagar #num|r|€|$ #num|$|€|reais|euros|contos *? por isso|isto',
      // Disbelief and manners missing: "como assim??", "como é possível", "falta de educação".
      'como assim ?|??|???|?!|!?|!', 'como é|e possível|possivel', 'falta de educação|educacao|profissionalismo|consideração', 'foi|foram|é|são extremamente|muito|super|bem? grosso|grossa|grossos|grosseiro|grosseira|mal-educado|mal-educada|estúpido|estúpida',
      // At a loss after trying: "Não sei mais o que fazer", "já não sei o que fazer".
      'não|nao sei mais o que|oque fazer', 'já|ja não|nao sei mais? o que|oque fazer', 'não|nao sei mais a quem recorrer|reclamar', 'não aguento mais|esperar',
      'me irrita|irrita-me muito|imenso',
      'me irrita',
      'estou com raiva|ódio',
      'assim não|nao dá|da',
      'perdi a paciência|paciencia',
      'retado|retada|pistola', 'puto|puta da vida',
      'profunda|grande|total insatisfação|insatisfacao|indignação|indignacao',
      'aborrecido|aborrecida|aborrecidos|chateado|chateada|irritado|irritada|revoltado|revoltada',
      'perdi a|o manhã|dia|tarde', 'me sinto enganado|enganada',
      'não|nao pode ser', 'insatisfeito|insatisfeita|insatisfeitos', 'passei vergonha', 'insuportável|insuportavel',
      'saco cheio',
      'frustrado|frustrada|frustrados|frustrante|frustração|farto|farta|fartos|irritado|irritada|irritante|chateado|chateada|cansado|cansada|estressado',
      'de saco cheio', 'não aguento|suporto mais', 'perdendo a paciência',
      // "Cansei", "só pode ser brincadeira", "que raiva", "não é possível que…".
      'cansei|cansamos', 'só pode ser brincadeira|piada|sacanagem', 'é|tá|ta|está|estão de brincadeira|sacanagem', 'que raiva|ódio|saco|droga|inferno|canseira|novela', 'não é possível que|!|?!',
      'não acredito|creio !|?|?!|nisso', 'tô|to|estou|estamos revoltado|revoltada|puto|puta|pistola|bolado|bolada|indignado|indignada', 'cheio|cheia|farto|farta disso|dessa|desse',
      'isso|isto é|e uma? piada|brincadeira|palhaçada|sacanagem|zoeira', 'haja paciência',
    ],
    anger: [
      // Round 73. A bill out of all proportion: "a conta veio com um valor completamente disparatado", "um preço exorbitante".
      'valor|valores|conta|fatura|factura|boleto|mensalidade|cobrança|preço|preços|montante|quantia|tarifa *? *? disparatado|disparatada|disparatados|exorbitante|exorbitantes|astronómico|astronômico|astronómica|astronômica|surreal|absurdo|absurda|abusivo|abusiva|incompreensível',
      'inaceitável|absurdo|absurda|vergonhoso|vergonhosa|ridículo|ridícula|lamentável|péssimo|péssima|horrível|terrível|patético|lixo|desastre|palhaçada|descaso',
      'furioso|furiosa|revoltado|revoltada|indignado|indignada|bravo|brava|puto|puta', 'uma vergonha', 'odeio',
      // "Isto é inadmissível", "uma falta de respeito", "é o cúmulo", "que vergonha".
      'inadmissível|revoltante|vergonhoso|desrespeito|sacanagem|cúmulo|pouca-vergonha|incompetência|incompetentes|golpistas|safados|enganação|roubalheira',
      'falta de respeito|consideração', 'pouca vergonha', 'que vergonha', 'cara de pau', 'vergonha alheia', 'um roubo|descaso|desrespeito|absurdo|lixo',
    ],
    disappointment: [
      'decepcionado|decepcionada|decepcionante|decepção|desapontado|desapontada|triste', 'esperava mais|melhor',
      'não estou|estamos satisfeito|satisfeita|satisfeitos|contente|feliz', 'que pena',
      // A result refused, as English "not what I ordered": "não é o que eu pedi".
      'não é|era|são|eram o|a|os|as|isso|isto que eu? pedi|pedimos|comprei|compramos|encomendei|encomendamos|paguei|pagamos|contratei',
    ],
    confusion: ['confuso|confusa', 'estou|estamos perdido|perdida|perdidos', 'não entendo|entendi|compreendo', 'não sei como|onde|porque|se|o', 'não faz sentido', 'não está claro'],
    worry: ['preocupado|preocupada|preocupados|nervoso|nervosa|desesperado|desesperada|aflito|aflita|ansioso|ansiosa'],
    praise: [
      // Round 131. Small gestures that count, full marks: "Pequenos gestos que fazem toda a diferença", "nota mil pra equipe".
      'fazem|faz|fez toda a diferença|diferenca', 'nota mil|dez pra|para|à|a',
      // Round 128. Back for sure, a tireless team, relief: "Voltaremos de certeza.", "A equipa foi incansável.", "Que alívio."
      'voltaremos|voltarei|voltamos de|com certeza', 'foi|foram incansável|incansáveis|incansaveis|incansavel', 'que alívio|alivio',
      // Helped with patience and care: "me explicou tudo com muita paciência".
      'com muita|toda|tanta|bastante|enorme paciência|calma|atenção|gentileza|educação|simpatia|dedicação|carinho',
      'explicou|explicaram|explicaste tudo|direitinho|certinho',
      // Arrived right after all: "chegou tudo certinho", "veio tudo perfeito".
      'chegou|chegaram|veio|vieram|saiu|ficou|ficaram tudo? certinho|direitinho|perfeito|perfeitinho|perfeitos|certinhos',
      'foram|foi uns|uma|um queridos|queridas|querido|querida|amores|amor|anjos|anjo',
      'a agilidade|rapidez',
      'agora entendi|compreendi', 'entendi tudo', 'ficou tudo? claro', 'pela paciência|atenção|ajuda',
      'excelente|perfeito|perfeita|ótimo|ótima|maravilhoso|maravilhosa|incrível|fantástico|fantástica|sensacional', 'show de bola',
      'funciona|funcionou perfeitamente|perfeito|bem', 'já funciona|funcionou', 'problema resolvido|solucionado', 'resolveu|resolveram|resolveram|solucionou o|meu|nosso problema', 'adorei|amei|adoro',
      'satisfeito|satisfeita|satisfeitos|contente|feliz', 'muito|super atencioso|atenciosa|atenciosos|prestativo|prestativa|rápido|rápidos|útil',
      'ótimo|excelente|bom atendimento|trabalho|serviço', 'tudo resolvido|certo|ok', 'nota dez|10|mil', 'funcionando direitinho|certinho|perfeitamente', 'vocês|vcs|você|vc são|é demais|feras|incríveis|top',
    ],
    gratitude: [
      // Round 122 (the twenty-fourth session). Thanks told by what it meant: "Vocês não imaginam o alívio", "Foram incansáveis", "Fiquei até emocionada".
      'não|nao imaginam|imagina o alívio|alivio', 'foram|são|sao incansáveis|incansaveis', 'fiquei até|ate emocionada|emocionado', 'fiquei emocionada|emocionado',
      // Round 119. Thanks told by what the help made possible: "Nem sei como retribuir", "Voltei a dormir tranquila".
      'nem sei como retribuir|agradecer', 'voltei|voltamos a dormir tranquilo|tranquila|tranquilos', 'família|familia inteira|toda ainda fala|comenta', 'porque vocês|voces recuperaram|consertaram|resolveram|vieram|salvaram', 'porque o vosso|seu técnico|tecnico|atendente|agente veio|conseguiu|resolveu|recuperou',
      // Round 116 (the twenty-fourth session). Thanks told by what it meant: "Nem sei o que dizer", "Isso vale muito", "Que diferença faz um atendimento assim".
      'nem sei o que dizer|falar', 'não|nao tenho palavras', 'sem palavras .|!|,', 'isso|isto vale muito|ouro', 'que diferença faz um|uma atendimento|atendente|pessoa', 'nunca vou esquecer', 'não|nao vou esquecer', 'jamais vou esquecer',
      'vocês|você|voces|voce me|nos salvaram|salvou', 'fez|fizeram|ganharam|ganhou o meu|meu|nosso dia|semana|mês|ano', 'todo|toda orgulhoso|orgulhosa', 'vocês|voces são|sao demais|incríveis|incriveis',
      // Round 113. "Vou recomendar-vos", "Não tem preço", "merece um aumento", "salvaram minhas férias".
      'recomendar-vos|recomendá-los|recomendar vocês|voces', 'não|nao tem preço|preco', 'merece um aumento', 'salvaram|salvou minhas|minha|meu|as|o férias|ferias|viagem|dia|casamento',
      // Round 110. Thanks told as what the help made possible: "chorou de alegria", "vou contar pra todo mundo".
      'chorou|chorei|choramos de alegria', 'vou contar pra|para todo mundo|toda a gente como', 'graças a vocês|você|voces|voce|ti', 'salvaram|salvou o meu|minha|nosso|nossa dia|viagem|casamento|natal',
      'obrigadíssima|obrigadíssimo|obrigadissima|obrigadissimo', 
      // Round 73. Thanks left on record: "queria deixar um agradecimento", "gostaria de registrar meu agradecimento", "o meu muito obrigado".
      'deixar|deixo|registrar|registar|registro|registo|expressar|manifestar|fazer|mandar|enviar|dar um|o|meu|nosso|os|meus|nossos|nosso|sincero|sinceros|especial|grande|enorme agradecimento|agradecimentos',
      'meu|nosso|o|um agradecimento|agradecimentos especial|sincero|sinceros|enorme|imenso|profundo|a|ao|à|aos|às|pela|pelo|por',
      // Thanks said big or small, or as a wish: "obrigadão", "quero agradecer", "Deus te abençoe".
      'obrigadão|obrigadona|obrigadinho|obrigadinha|brigadão|brigadinho|brigadinha', 'agradecer|agradecê-los|agradecê-lo|agradecê-la|agradecer-lhes', 'deus abençoe|abençoa', 'deus te|lhe|os|vos|o|a abençoe|abençoa', 'obrigado|obrigada|obrigados|obg|brigado|brigada|valeu|grato|grata|gratos', 'muito obrigado|obrigada', 'agradeço|agradecemos', 'agradeço|agradecemos|agradeco'],
    repeatContact: [
      // Round 110. Lost count of the calls.
      'perdi a conta das|de ligações|ligacoes|vezes|reclamações|reclamacoes|mensagens|chamadas',
      // The seller gone, as nobody getting back is: "o vendedor desapareceu", "a loja sumiu".
      'vendedor|vendedora|anunciante|lojista|loja|entregador|técnico sumiu|desapareceu|sumiram|desapareceram',
      // A count of complaints made: "abri três chamados", "4 protocolos" ("dois e-mails" is as often two addresses).
      '#num|dois|duas|três|quatro|cinco|seis|vários|várias chamados|reclamações|protocolos|tickets|ligações|queixas',
      // The count of messages sent: "Quarta mensagem sem resposta", "é o terceiro e-mail que mando".
      'segunda|segundo|terceira|terceiro|quarta|quarto|quinta|quinto|sexta|sexto|décima|décimo|enésima|enésimo mensagem|mensagens|reclamação|ligação|e-mail|email|chamado|contato|protocolo',
      // Still not done: "a escola ainda não liberou o boletim".
      'ainda não liberou|liberaram|enviou|enviaram|mandou|mandaram|devolveu|devolveram|pagou|pagaram|depositou|creditou|entregou|entregaram|estornou|estornaram|reembolsou|corrigiu|corrigiram|consertou|consertaram|apareceu|veio|vieram|ligou|ligaram|retornou|retornaram',
      // The fault going on: "continua fechando", "ainda trava".,
      'continua|continuam fechando|dando|travando',
      'ainda trava|travam|fecha|fecham|cai|caem',
      'de novo', 'outra vez', 'novamente', 'mais uma vez', 'segunda|terceira|quarta|quinta vez', '#num vezes', 'duas|três|quatro|cinco|várias|muitas|mil vezes',
      'já tentei|tentamos|reclamei|reclamamos|liguei|ligamos|expliquei|falei|mandei|enviei|abri|reportei', 'já entrei em contato',
      'continua|continuam sem funcionar|resposta|solução', 'continua|continuam com|dando o? erro|problema|falha', 'continua|continuam travando|caindo|falhando|igual',
      'ainda não funciona|funcionam|chegou|resolveram|responderam', 'ainda não tive|recebi|obtive resposta|retorno', 'ainda sem resposta|retorno|solução', 'até agora nada|nenhuma|nenhum|sem', 'ninguém me|nos responde|respondeu|ajuda|ajudou', 'o mesmo problema|erro de sempre',
      'há|faz dias|semanas|meses',
      // Round 73. Nobody able to say what happened, as nobody explaining is (Spanish "nadie supo"): "ninguém soube explicar", "ninguém sabe dizer".
      'ninguém|ninguem soube|sabia|conseguiu|quis explicar|dizer|informar|justificar',
      // Nobody got back: "ninguém me retornou", "nunca me responderam", "não atendem", "sem resposta".
      'ninguém me|nos retornou|retorna|ligou|liga|atendeu|atende|avisou|explicou|procurou|deu|informou', 'ninguém atendeu|atende|retornou|retorna|ligou|liga|respondeu|responde|explicou|avisou|resolveu|resolve',
      'nunca me|nos responderam|respondeu|retornaram|retornou|ligaram|ligou|atenderam|deram', 'não me|nos responderam|retornaram|ligaram|atenderam|respondem|retornam|atendem|avisaram|informaram', 'não atendem|respondem|retornam|atende|retorna', 'sem resposta|retorno|contato',
    ],
    deadline: [
      'antes de|do amanhã|hoje|segunda|terça|quarta|quinta|sexta|sábado|domingo|meio-dia|meia-noite', 'para|pra hoje|amanhã',
      'até segunda|terça|quarta|quinta|sexta|sábado|domingo', 'até amanhã cedo', 'até amanhã de|à manhã|tarde|noite', 'até as|às #num',
      'em|dentro de? #num minutos|horas|hora|minuto', 'prazo|prazos final|limite|termina|acaba|vence', 'último|ultimo prazo', 'data limite', 'o quanto antes', 'o mais rápido possível', 'imediatamente', 'agora mesmo',
      'apresentação|reunião|demo|lançamento|casamento|voo|auditoria é|será|começa amanhã|hoje', 'perdendo dinheiro|clientes|vendas', 'os clientes estão esperando',
    ],
    urgent: ['urgente|urgentemente|urgência|emergência|asap|prioritário', 'prioridade máxima'],
    notUrgent: [
      // Round 64. No hurry, in Brazil and Portugal: "não tenho pressa", "não há pressa", "sem stress", "no vosso tempo", "quando der".
      'não tenho|temos|há|tem nenhuma? pressa|urgência', 'sem nenhuma|qualquer pressa|urgência', 'sem stress|estresse', 'no seu|vosso|teu tempo', 'quando der|puderes|puder|for possível', 'fiquem|fique à vontade',
      // A fix told with its time is praise of speed, not a deadline: "servidor de volta em 15 minutos".
      'volta|resolvido|resolvida|resolveram|resolveu|resolverem|consertado|consertada|consertaram|consertou|consertarem|voltou|voltaram|restabelecido|restabelecida|normalizado|normalizada|trocaram|trocou|trocarem|responderam|respondeu|responderem|atenderam|atenderem|chegou|chegaram|entregaram|entregou *? *? em #num|poucos|uns minutos|minuto|horas|hora',
      'não é|tem nada? urgente|pressa|urgência', 'sem pressa|urgência', 'nada urgente', 'quando puder|puderem|tiver|tiverem tempo?', 'com calma', 'baixa prioridade', 'não precisa ter pressa',
    ],
    grudging: [
      'tudo bem|certo|ok fazer o quê', 'tá|ta|está|esta bom fazer o quê', 'fazer o quê', 'que remédio', 'se não tem|há outro|outra jeito|opção|forma|alternativa', 'é o que tem', 'não é o ideal',
      'melhor que nada', 'vou ter que aceitar', 'vou ter que me conformar', 'ok|tá|ta|bom|enfim|é paciência', 'paciência né|então', 'paciência vou|vamos esperar|aguardar', 'vou esperar então|né', 'ok então', 'tá bom então', 'enfim',
    ],
    sarcasm: [
      // Round 122. Paying for the fault, loved: "Adorei pagar por internet de 500 mega pra ficar olhando a bolinha girar.".
      'adorei|adoro|amei|amo pagar * * *? *? pra|para ficar|ver|esperar|receber','claro claro', 'que surpresa', 'obrigado|obrigada por nada', 'muito obrigado|obrigada por nada', 'belo|ótimo atendimento|serviço|suporte hein'],
    sarcasmOverProblem: [
      // Round 122. Congratulations on a fault: "Parabéns pelo novo sistema de senhas, agora nem eu consigo entrar".
      'parabéns|parabens pelo|pela novo|nova',
      // Round 119. Love for the wait: "Adorei esperar o técnico das 8h às 18h".
      'adorei|adoro|amei|amo esperar|pagar|ficar|receber|ligar',
      'ótimo|perfeito|maravilha|excelente mais|outro|outra', 'era só o que faltava',
      // "Que maravilha, mais um dia sem internet": said over a problem it is not pleased.
      'que maravilha|beleza|lindo|bonito', 'exatamente o que eu precisava',
      'obrigado|obrigada por apagar|perder|cobrar|ignorar|travar',
    ],
    churn: [
      // Round 131. Shopping at the rival from now on: "A partir de agora faço as compras no concorrente".
      'no|na|pelo|pela concorrente|concorrência|concorrencia', 'com o|a concorrente|concorrência|concorrencia',
      // Round 128. The next booking with another chain: "Na próxima viagem a gente fecha com outra rede."
      'fecha|fechamos|fechar|fecho com outra|outro rede|empresa|hotel|operadora|companhia|banco',
      // Round 119 (the twenty-fourth session). Leaving told by its steps: signed up with the rival, the decoder returned.
      'cadastro na concorrente|concorrência|concorrencia', 'cadastro com a concorrente|concorrência|concorrencia', 'devolvo|devolver|entrego|entregar o|os decodificador|decodificadores|modem|roteador|aparelho|equipamento|equipamentos',
      // Round 113. Leaving looked into: "o que preciso para fazer a portabilidade", "pedi uma simulação a outra seguradora".
      'para|pra fazer a? portabilidade', 'outra|outras seguradora|seguradoras|operadora|operadoras', 'trocou|troquei|trocar de plano|operadora|seguradora|banco',
      // Round 110. Asking how to leave: the porting, when the loyalty term ends.
      'como faço|faco|fazer a? portabilidade', 'quando acaba|termina o|a período|periodo|prazo de? fidelização|fidelizacao|fidelidade', 'quando acaba|termina a|o? minha|meu fidelização|fidelizacao|fidelidade|contrato', 'minha|a fidelidade|fidelização|fidelizacao acaba|termina',
      // Round 103. Porting the number away: "faço portabilidade pra outra operadora".
      'faço|faco|vou|farei fazer? portabilidade', 'portabilidade pra|para outra operadora',
      // Round 56. Not to be counted on as a customer: "não contem mais comigo", "podem esquecer-me como cliente".
      'não|nao contem|conte|contes|contam mais? comigo|conosco|connosco',
      // Round 54. The child or the money taken out of there, not leaving things with you again: "a gente vai tirar nosso filho daí",
      // "não volto a deixar cá roupa".
      'tirar|tiro|tiramos|tirarei|tiraremos o|a|os|as? nosso|nossa|meu|minha|nossos|nossas|meus|minhas? filho|filha|filhos|filhas|criança|crianças|miúdo|miúda|menino|menina|bebê|bebé|carro|dinheiro daí|dai|daqui|dessa|desta|desse|deste',
      'não|nunca volto|voltarei|voltamos|voltaremos a deixar|levar|trazer|mandar|meter|pôr|matricular|alugar|reservar',
      // Leaving a school or an association: "vou trancar a matrícula", "vou me desligar da associação", "procurar outra."
      'trancar|tranco|trancarei|trancamos|cancelar|cancelo a|minha matrícula|matricula|inscrição|inscricao',
      'me desligar|desligo|desfiliar|desfilio|desassociar|desassocio|descadastrar|descadastro da|do|dessa|desse',
      'desligar|desfiliar|desassociar da|do associação|associacao|clube|sindicato|cooperativa|academia|plano|programa',
      'procurar|procuro|procurarei|buscar|busco outra|outro .|!|!!',
      // Cancelled already, said as done: "Cancelei a assinatura", "encerrei minha conta".
      `cancelei|encerrei|rescindi|cancelamos|encerramos|rescindimos a|o|minha|meu|nossa|nosso ${CONTRACT}`,
      // Never again, renting and booking too: "nunca mais alugo com vocês", "não alugo mais aqui".
      'nunca mais alugo|alugarei|alugamos|reservo|reservarei|viajo|viajarei|encomendo|encomendarei|assino|contrato|contratarei|pego', 'não|nao alugo|alugamos|alugarei mais|nunca',
      'vou|vamos|irei|iremos|fico|ficarei com a|o concorrência|concorrencia|concorrente|concorrentes',
      // Elsewhere from now on: "compro noutra loja", "peço em outro app".
      'compro|comprarei|compramos|compraremos|peço|pedirei|pedimos|encomendo|encomendarei|alugo|alugarei|reservo|reservarei noutra|noutro loja|lugar|site|sítio|farmácia|plataforma|aplicativo|app|locadora|empresa|supermercado|mercado|sítio',
      'compro|comprarei|compramos|compraremos|peço|pedirei|pedimos|encomendo|encomendarei|alugo|alugarei|reservo|reservarei em|numa|num|na|no|com|pela|pelo outra|outro loja|lugar|site|sítio|farmácia|plataforma|aplicativo|app|locadora|empresa|supermercado|mercado',
      // Changing supplier, in the infinitive too: "pretendo mudar de comercializador".
      "mudar|trocar|mudando|trocando|mudaremos|trocaremos|mudarei|trocarei de comercializador|comercializadora|fornecedor|fornecedora|operador|operadora|provedor|seguradora|banco|companhia|distribuidora",
      // Not again with you: "Não voo mais com vocês", "não compro mais aí", "não volto a comprar".
      "não|nao voo|viajo|compro|peço|peco|reservo|encomendo|volto|voamos|viajamos|compramos|pedimos mais com|na|no|convosco|nessa|nesta|nesse|neste|aqui|aí|ai|nunca", "não|nao compro|compramos|encomendo|encomendamos mais nada", "não|nao voarei|viajarei|comprarei|pedirei|voltarei|reservarei|encomendarei|voaremos|viajaremos|compraremos|voltaremos mais|nunca", "não|nao volto|voltarei|voltamos|voltaremos a voar|viajar|comprar|pedir|encomendar|reservar|contratar",
      // Another service used instead: "Vou usar outro app de delivery", "usarei outra operadora".
      "vou|vamos|irei|iremos usar|utilizar|contratar|assinar|baixar|instalar outro|outra app|aplicativo|aplicação|banco|operadora|operador|serviço|empresa|fornecedor|plataforma|site|loja|companhia|provedor|seguradora|comercializador", "usarei|utilizarei|contratarei|usaremos|contrataremos outro|outra app|aplicativo|aplicação|banco|operadora|operador|serviço|empresa|fornecedor|plataforma|site|loja|companhia|provedor|seguradora|comercializador",
      // Moving the child to another school: "vamos transferir ela de escola", "vou tirar meu filho da escola".
      'transferir|transfiro|transferimos|transferiremos|transferirei|mudar|mudo|mudamos|mudaremos|mudarei|trocar|troco|trocamos|trocaremos|trocarei ela|ele|eles|elas|meu|minha|nosso|nossa|os|as filho|filha|filhos|filhas? de escola|colégio|colegio|creche|faculdade|curso|escolinha|clínica|academia',
      'transferi-la|transferi-lo|transferi-los|mudá-la|mudá-lo|trocá-la|trocá-lo de escola|colégio|colegio|creche|faculdade|curso|escolinha|clínica|academia',
      'tirar|tiro|tiramos|tirarei|tiraremos|tirá-la|tirá-lo ela|ele|eles|elas|meu|minha|nosso|nossa|os|as? filho|filha|filhos|filhas? da|do escola|colégio|colegio|creche|faculdade|curso|escolinha|academia',
      'matricular|matriculo|matriculamos|matricularei|matricularemos|colocar|coloco|colocamos|colocarei|colocaremos ela|ele|eles|elas|meu|minha|nosso|nossa|os|as? filho|filha|filhos|filhas? em|noutra|noutro outra|outro escola|colégio|colegio|creche|faculdade|escolinha|academia',
      // The contract ended as it is said: "Tô cancelando a assinatura", "estamos saindo da operadora".
      'tô|to|estou|estamos|tamo|tamos cancelando|encerrando|rescindindo tudo|isso|agora|hoje|já',
      'vou encerrar|cancelar a|o minha|meu conta|assinatura|contrato|plano',
      'cancelo|cancelarei a|o compra|pedido|encomenda|reserva',
      'em encerrar|cancelar a|o subscrição|assinatura|conta|contrato|plano',
      'em encerrar|cancelar a|o minha|meu conta|subscrição|assinatura|contrato|plano',
      'portabilidade do meu|do número|numero para outra|outro operadora|operador',
      'encerro|encerrarei|encerramos a|o? minha|meu|nossa conta|assinatura|contrato|plano',
      'mudo|mudarei|mudamos de comercializador|fornecedor|operadora|operador|banco|seguradora|ginásio|ginasio',
      'cancelo|cancelarei de vez a|o inscrição|inscricao|contrato|assinatura|plano',
      'vou para|pra outro|outra ginásio|ginasio|banco|loja|operadora|empresa',
      'deixarei|deixo de ser cliente', 'vou deixar de ser cliente',
      'solicitarei|peço|peco o cancelamento', 'vou solicitar o cancelamento',
      'apago|apagarei|desinstalo o app|aplicativo|aplicação', 'vou apagar|desinstalar o app|aplicativo|aplicação',
      // "vou desinstalar" said alone ("vou desinstalar e instalar de novo" is trying, notChurn).
      'vou|vamos|irei desinstalar|desinstalá-lo|desinstalá-la|desinstalar-lo', 'vou|vamos apagar|deletar|excluir esse|este|essa|esta|o|a app|aplicativo|aplicação|joguinho|jogo',
      'pedir|comprar|pedirei|comprarei pelo|no|do concorrente|concorrência|concorrencia',
      'saio|sair|saímos|sairei do|da banco|operadora|empresa|loja|plano|app|aplicativo|academia', 'vou sair do|da banco|operadora|empresa|loja|plano|app|aplicativo|academia',
      'cancelo|cancelar tudo', 'vou cancelar tudo',
      'compro|comprar em|noutro|num outro|outra lugar|loja|site|sítio', 'comprar|compro na|da|pra|para concorrência|concorrencia', 'na|pra|para a? concorrência|concorrencia',
      // "a gente muda de farmácia", "mudo de empresa", "vou procurar outro consultório", "para outra clínica", "anulo a inscrição".
      'mudar|mudo|muda|mudamos|mudaremos|mudarei|trocar|troco|trocamos|trocarei|mudando|trocando de farmácia|farmacia|empresa|clínica|clinica|seguradora|consultório|consultorio|escola|colégio|colegio|creche|faculdade|escolinha|universidade|banco|operadora|fornecedor|companhia|agência|agencia|dentista|veterinário|veterinario|ginásio|academia|loja|plataforma|serviço|servico|oficina|locadora|transportadora|seguro',
      'vou|vamos|irei|passo|passarei|levo|levarei|transferirei|transfiro|mudo|mudarei * *? *? *? *? para|pra|a|noutra|noutro outro|outra farmácia|farmacia|empresa|clínica|clinica|seguradora|consultório|consultorio|escola|banco|operadora|fornecedor|companhia|agência|agencia|dentista|veterinário|veterinario|academia|loja|plataforma|oficina|locadora|transportadora',
      'procurar|procuro|procuramos|vou|vamos|busco outro|outra farmácia|farmacia|empresa|clínica|clinica|seguradora|consultório|consultorio|escola|banco|operadora|fornecedor|companhia|agência|agencia|dentista|veterinário|veterinario|academia|loja|oficina|locadora',
      'anulo|cancelo|anularei|cancelarei a|o inscrição|inscricao|matrícula|matricula|contrato|seguro|assinatura',
      'mudar|trocar de operador|convênio|convenio',
      'cancelo|cancelar|cancelarei a|o|minha|meu mensalidade|assinatura|conta|plano|contrato', 'nunca mais voo|compro|peço|volto|uso', 'passar a usar outra|outro companhia|empresa|operadora|banco', 'trocar|mudar de plano|operadora', 'avaliando|pensando|considerando trocar|mudar|cancelar',
      'trocar|mudar de fornecedora|fornecedor|operadora|banco|empresa|provedor|seguradora',
      'migrar|mudar|trocar pra|para a? concorrência',
      'não|nao renovo|renovarei|renovo',
      'vou|vamos cancelar|sair|desistir', 'vou|vamos trocar de operadora|banco|empresa|plano',
      // "Vou cancelar" alone is also a meeting or an order ("vou cancelar a reunião"): the threat names what goes.
      'vou|vamos cancelar|encerrar tudo|isso', 'quero|queremos cancelar|encerrar', 'cancelar|cancelo|cancelarei|encerrar|encerro minha|meu|a|o|nossa|nosso assinatura|conta|contrato|plano|serviço',
      'vou|vamos para a? concorrência|concorrente', 'ir|indo|vou|vamos pra|para a? concorrência|concorrente', 'procurar|procurarei outra|outro empresa|fornecedor|serviço|operadora|alternativa|banco',
      'nunca mais compro|uso|volto|contrato', 'não vou|vamos renovar', 'não renovarei|renovaremos', 'perderam|perdeu um|o|mais um? cliente', 'mudar|trocar de operadora|empresa|fornecedor|serviço|banco',
      // Leaving for a rival by name: "mudar pra Vivo", "vou pro Mercado Livre", "vou para a Claro".
      `${MOVE} ${TO} a|o? ${RIVALS}`, `${MOVE} ${TO} a|o? mercado livre|pago`, `${MOVE} ${TO} a|o? casas bahia`, `${MOVE} ${TO} outra|outro ${ELSEWHERE}`,
      `${MOVE} ${TO} a|o concorrência|concorrente`, `${MOVE} de operadora|banco|fornecedor|provedor|seguradora|companhia`, `trocar|troco|trocarei|trocando|trocamos pela|pelo a|o? ${RIVALS}|concorrência|concorrente`,
      'mudar|mudo|mudarei|trocar|troco|trocarei|trocamos|mudamos de operadora|fornecedor|banco|provedor|seguradora|companhia',
      // Ending the contract: "vou rescindir o contrato", "cancelar minha linha", "excluir minha conta".
      'rescindir|rescindo|rescindirei|rescindimos|rescindiremos|rescisão o|meu|nosso|do|de|da? contrato|contratos|assinatura|plano', `cancelar|cancelo|cancelarei|cancelamos|encerrar|encerro|encerrarei|cancelando|encerrando|rescindindo minha|meu|a|o|nossa|nosso ${CONTRACT}`,
      'fechar|fecho|fecharei|fechamos|excluir|excluo|excluirei|apagar|apago|deletar|deleto minha|meu|a|o|nossa|nosso conta|contas|cadastro|perfil', 'portar|porto|portarei|portando meu|o|nosso? número|numero|chip|linha pra|para|pro|pela',
      // The last purchase announced: "última vez que compro com vocês", "não compro mais aqui".
      'última|ultima vez que eu? compro|peço|uso|contrato|compramos|pedimos|assino|viajo|confio|compro', 'nunca mais peço|pedirei|comprarei|usarei|voltarei|assino|confio|compraremos',
      'não compro|peço|volto|uso|compramos|pedimos mais com|aqui|nessa|nesta|nada|nunca', 'não volto|voltarei|voltaremos mais|nunca', 'não volto|voltarei|voltaremos a comprar|pedir|usar|contratar|confiar',
      'não vou|vamos voltar|comprar|pedir mais', 'vocês|vcs perderam|perdem um|uma? cliente', 'vão|vai perder um|uma? cliente', 'perderam|perdem um|uma cliente|freguês|freguesa',
      'procurar|procurarei|procuro outra|outro loja|seguradora|provedor|plataforma|companhia', 'levar|levo|levarei meu|o|nosso dinheiro|negócio|salário pra|para|pro outro|outra|a|o',
    ],
    notChurn: [
      // Round 64. A cancellation dated or for a neutral reason is a formal request, not a threat: "cancelar a minha
      // assinatura a partir do próximo mês", "por motivo de mudança". "Vou cancelar a subscrição." after complaints stays churn.
      'cancelar|cancelamento|rescindir|rescisão|encerrar|encerramento *? *? *? *? *? *? a|com partir|efeito|data',
      'cancelar|cancelamento|rescindir|rescisão|encerrar|encerramento *? *? *? *? *? *? por|devido motivo? a|de? mudança|mudanca|falecimento|aposentadoria|reforma',
      // Uninstalling to reinstall or to try: "vou desinstalar e instalar de novo".
      'desinstalar|desinstalei|desinstalo|apagar|apaguei *? *? *? e|pra|para|depois reinstalar|instalar|baixar|tentar|testar|ver|instalei|reinstalei|instalo|reinstalo|baixo',
      'desinstalar|desinstalei|desinstalo|apagar|apaguei *? *? e|pra|para|depois o|a|de instalar|instalei|baixar|baixei|reinstalar|tentar|testar|ver',
      // Comparing, not leaving: "melhor que a concorrência", "mais barato que na concorrência".
      'que a|o|na|no concorrência|concorrente|concorrentes',
      'cancelar|cancelo|cancelamos|cancelarei a|o|minha|meu|nossa|nosso|essa|esse reunião|consulta|ligação|chamada|visita|reserva|voo|agendamento'],
    // The state defended against a charge is no praise: "cobraram a limpeza, mesmo o carro estando perfeito".
    notPraise: [
      'embora|apesar|mesmo|sendo * *? *? *? estava|estavam|era|eram|estando|ficou|devolvi|devolvemos|entreguei|entregamos impecável|impecáveis|perfeito|perfeita|perfeitos|perfeitas|limpo|limpa|limpos|intacto|intacta|novo|nova|novinho|novinha',
    ],
    humanRequest: [
      'falar com um|uma|o|a|alguém? atendente|humano|humana|pessoa|supervisor|supervisora|gerente|responsável|operador|operadora|agente',
      'falar com alguém', 'pessoa real', 'pessoa de verdade', 'atendimento humano', 'não um|uma bot|robô|máquina', 'me transfira|transfere|passa para|pra um|uma|o|a? atendente|supervisor|gerente|humano',
      'escalar|escalem este|esse|o|meu? caso|chamado|ticket|problema',
    ],
    issueReport: [
      // Round 75. No apology even: "e nem pediram desculpa", "sem sequer pedir desculpas", "nem um pedido de desculpa".
      'nem|sem|nunca|sequer pediram|pediu|pedir|pedem|pede|pediram-me|se desculparam|desculpou|desculpa|desculpas|perdão|perdao', 'nem|sem|sequer um|uma? pedido|pedidos de desculpa|desculpas|perdão|perdao', 'riscaram|riscou|riscado|riscada|arranharam|arranhou|arranhado|arranhada|amassaram|amassou|lascaram|lascou|mancharam|manchou|estragaram|estragou|partiram|partiu|quebraram|quebrou|danificaram|danificou o|a|os|as|meu|minha|nosso|nossa|me|nos *? *? chão|piso|soalho|parede|paredes|móvel|movel|móveis|moveis|porta|portas|mesa|sofá|sofa|carro|parquet|azulejo|azulejos|bancada|armário|armario|espelho|janela|portão|portao|teto|rodapé|rodape',
      // Round 71. Charged twice, European Portuguese with the pronoun after: "cobraram-me duas vezes", "debitaram-nos em dobro".
      'cobraram-me|cobrou-me|cobraram-nos|cobrou-nos|debitaram-me|debitou-me|debitaram-nos|descontaram-me|descontou-me|faturaram-me|facturaram-me|cobram-me|cobra-me duas|três vezes',
      'cobraram-me|cobrou-me|cobraram-nos|cobrou-nos|debitaram-me|debitou-me|debitaram-nos|descontaram-me|descontou-me|faturaram-me|facturaram-me|cobram-me|cobra-me em|a dobro|mais',
      'cobraram-me|cobrou-me|cobraram-nos|cobrou-nos|debitaram-me|debitou-me|faturaram-me|facturaram-me * *? *? *? duas|três vezes',
      // Round 71. An explanation of a charge demanded: "Expliquem-me isto", "expliquem-me esta cobrança".
      'expliquem-me|explique-me|expliquem-nos|explique-nos|explica-me isto|isso|lá',
      'expliquem-me|explique-me|expliquem-nos|explique-nos|explica-me|expliquem|expliquem-lhe esta|essa|este|esse|a|o cobrança|cobranças|taxa|débito|fatura|factura|valor|despesa',
      // Round 71. Colours faded, prints spoiled: "as cores completamente desbotadas", "fotos manchadas".
      'desbotado|desbotada|desbotados|desbotadas|desbotou|desbotaram|descolorido|descolorida|descoloridos|descoloridas|esbatido|esbatida|esbatidos|esbatidas|manchado|manchada|manchados|manchadas|desfocado|desfocada|desfocadas|desfocados|amarelado|amarelada|amareladas|amarelados',
      'cores|cor|impressão|fotos|fotografias|imagens|estampa completamente|totalmente|muito|bem|todas|todos? erradas|errada|apagadas|apagada|alteradas|esbatidas',
      // Round 56. Part of the show or the trip lost: "perdi metade da apresentação", "perdemos o início do jogo".
      'perdi|perdemos metade|parte|início|inicio|começo|comeco do|da|dos|das',
      'perdi|perdemos o|a início|inicio|começo|comeco|metade do|da',
      // A bill far above the usual: "veio 600, sendo que normalmente vem 200", "o dobro do mês passado".
      'normalmente|geralmente|sempre|costuma vem|vinha|é|era|fica|ficava|dá|dava|pago|pagamos|pagava|pagávamos|vir|ser|dar', 'dobro|triplo do|que o? mês|normal|habitual|anterior|passado|costume|sempre',
      // One thing came in place of what was ordered: "veio frango no lugar do tofu", "mandaram um azul em vez do preto".
      'veio|vieram|chegou|chegaram|mandaram|enviaram|entregaram|recebi|recebemos * *? *? *? no|em lugar|vez do|da|dos|das|de',
      // Not fit for what it is for: "não dá pra comer", "não dá para usar".
      'não|nao dá|da pra|para comer|beber|usar|vestir|ligar|abrir',
      // The bill doubled: "a conta veio o dobro do normal", "veio o triplo".
      "veio|vem|vieram|chegou|chegaram|ficou|cobrou|cobraram o|no dobro|triplo", "o dobro|triplo do|da normal|habitual|costume|anterior",
      // Late, and no word given: "voo atrasou cinco horas", "ninguém deu nenhuma explicação", "ninguém na secretaria sabe explicar".
      'atrasou|atrasado|atrasada|atrasaram|atrasados #num|uma|duas|três|quatro|cinco|seis|sete|oito|várias|muitas horas|hora|dias|dia|semanas|minutos',
      '#num|duas|três|quatro|cinco|seis|várias|muitas horas|dias|semanas|minutos de atraso|espera',
      'nenhuma explicação|satisfação|resposta|informação|desculpa|justificativa|previsão|posição|solução', 'nenhum aviso|retorno|posicionamento|comunicado', 'sem aviso|avisar|explicação|justificativa|previsão',
      'ninguém * *? *? sabe|soube|consegue|conseguiu|quis|quer explicar|informar|responder|resolver|dizer|ajudar', 'ninguém sabe|soube|consegue|conseguiu explicar|informar|responder|resolver|dizer|ajudar', 'ninguém avisou|informou|explicou|comunicou|falou|disse|deu nada|coisa|satisfação|explicação',
      // A machine that stopped its job: "parou de gelar", "parou de ligar".
      'parou|pararam de gelar|esfriar|ligar|esquentar|aquecer|lavar|centrifugar|girar|imprimir|rodar|abrir|conectar|enviar|receber|carregar|tocar|cair',
      'não funciona|funcionam|carrega|carregam|abre|abrem|sincroniza|conecta|responde|chegou|aparece|salva|liga|entra',
      'parou|pararam de funcionar|sincronizar|carregar|responder|chegar', 'erro|erros|falha|falhas|falhou|travado|travada|travando|trava|bug|quebrado|quebrada|quebrou|quebraram', 'fora do ar', 'sem internet|sinal|serviço|conexão|acesso|luz',
      'não chegou|chegaram|carregou|funcionou', 'não consigo|conseguimos entrar|acessar|logar|pagar|baixar|ver|usar|conectar', 'fui|fomos cobrado|cobrada|cobrados duas vezes', 'fui|fomos cobrado|cobrada|cobrados em dobro', 'fui|fomos cobrado|cobrada|cobrados a mais',
      'cobrança duplicada|indevida', 'cobrança em dobro', 'me|nos cobraram duas vezes', 'me|nos cobraram em dobro', 'me|nos cobraram a mais', 'caiu|travou|fechou', 'fecha sozinho', 'sumiram|apagou|apagaram|perdi|perdemos meus|os|todos|nossos',
      // Put off or cancelled: "a entrega foi adiada", "cancelaram meu voo", "perdemos a conexão".
      'foi|foram|tinha|tinham adiado|adiada|adiados|adiadas|remarcado|remarcada|desmarcado|desmarcada',
      // ("O meu voo para o Funchal foi cancelado e… arranjaram-me lugar" tells a fix: the cancellation counts said of the trip itself.)
      'voo|voos|trem|comboio|ônibus|autocarro|entrega|consulta|visita|instalação|reparo|aula|evento|pedido|reserva|viagem foi|foram|está|tinha|tinham sido? cancelado|cancelada|cancelados|canceladas|suspenso|suspensa', 'adiaram|remarcaram|cancelaram|desmarcaram|suspenderam',
      'voo|voos|trem|comboio|ônibus|autocarro|entrega|consulta|visita|instalação|reparo|aula|evento cancelado|cancelada|adiado|adiada|atrasado|atrasada|suspenso|suspensa', 'perdi|perdemos|perdeu|perderam a|o|minha|meu|nossa|nosso conexão|voo|trem|comboio|consulta|escala|ligação',
      // Damaged, soaked, crushed, leaking, dirty, spoiled: "a caixa veio amassada e rasgada", "a comida chegou fria", "o frasco vazou".
      'danificado|danificada|danificados|danificadas|estragado|estragada|estragados|estragadas|amassado|amassada|amassados|amassadas|encharcado|encharcada|encharcados|encharcadas|molhado|molhada|molhados|molhadas|trincado|trincada|trincados|rachado|rachada|rachados|rasgado|rasgada|rasgados|rasgadas|riscado|riscada|riscados|sujo|suja|sujos|sujas|manchado|manchada|manchados|manchadas|mofado|mofada|embolorado|embolorada|podre|podres|azedo|azeda|defeituoso|defeituosa|defeituosos|defeituosas|avariado|avariada|quebrados|quebradas|furado|furada|esmagado|esmagada|amolgado|amolgada|estilhaçado|estilhaçada|empenado|empenada|deformado|deformada|violado|violada|vazado|vazada|alagado|alagada|enferrujado|enferrujada|intragável',
      'vazou|vazando|vaza|vazam|vazaram|vazamento|vazamentos|infiltração|goteira|goteiras',
      // Round 73. Torn, burst or hurt: "voltou da creche com a coleira arrebentada", "a mala veio rompida", "o cão voltou machucado".
      'arrebentado|arrebentada|arrebentados|arrebentadas|arrebentou|rebentado|rebentada|rebentados|rebentadas|rompido|rompida|rompidos|rompidas|estourado|estourada|estourados|estouradas|descosido|descosida|lascado|lascada|lascados|lascadas',
      'voltou|voltaram|veio|vieram|chegou|chegaram|devolveram|devolvido|devolvida|saiu|saíram * *? *? machucado|machucada|machucados|machucadas|ferido|ferida|feridos|feridas|magoado|magoada|mancando|sangrando|doente|assustado|assustada',
      'comida|pizza|prato|pratos|lanche|hambúrguer|batata|batatas|carne|frango|café|pedido|marmita|sopa|arroz|massa veio|vieram|chegou|chegaram|estava|estavam|está|tá|ficou completamente|totalmente|muito|bem|toda|todo|super? fria|frio|frias|frios|gelada|gelado|crua|cru|crus|cruas|queimada|queimado|queimados|murcha|murcho|azeda|azedo|estragada|estragado|mole|intragável',
      'chegou|chegaram|veio|vieram|entregue|entregues|recebi|recebemos frio|fria|frios|frias|aberto|aberta|abertos|violado|violada|vazio|vazia|quebrado|quebrada|danificado|danificada|amassado|amassada|molhado|molhada|usado|usada|errado|errada|incompleto|incompleta|sujo|suja|vencido|vencida|estragado|estragada|trocado|trocada|faltando|defeituoso|defeituosa|rasgado|rasgada',
      'carne|frango|peixe|hambúrguer crua|cru|crus|cruas', 'comida|produto|leite|iogurte|alimento|alimentos|mercadoria veio|chegou|está|estava|estão vencido|vencida|vencidos|vencidas|estragado|estragada|podre|azedo|azeda',
      // Wrong or missing: "o produto errado", "recebi a cor errada", "a fatura está errada", "o valor não bate", "faltaram dois itens".
      'produto|tamanho|cor|item|modelo|pedido|pacote|número|quantidade|valor|endereço|fatura|conta|cobrança|peça|versão|prato|sabor|numeração errado|errada|trocado|trocada|incorreto|incorreta', 'produtos|itens|tamanhos|cores|pedidos|peças|valores errados|erradas|trocados|trocadas|incorretos|incorretas',
      'está|estão|veio|vieram|tá|vem|continua|continuam toda|todo|completamente? errada|errado|errados|erradas|incorreta|incorreto', 'não bate|batem|confere|conferem|corresponde|correspondem',
      'não é|era o|a|os|as que eu? pedi|comprei|encomendei|paguei|pedimos|compramos', 'me|nos mandaram|enviaram|entregaram|deram outro|outra|outros|outras',
      'faltou|faltaram|falta|faltam|faltando #num|um|uma|dois|duas|três|itens|item|peça|peças|produto|produtos|parte|metade|o|a|os|as|acessórios', 'incompleto|incompleta|incompletos|incompletas',
      // Charged twice or too much, paid for nothing: "fui cobrado em dobro", "taxa extra", "a fatura veio muito mais alta".
      'cobraram|cobrou|debitaram|debitou|descontaram|descontou duas vezes', 'cobraram|cobrou|debitaram|debitou|descontaram|descontou em dobro', 'cobraram|cobrou|debitaram|debitou|descontaram|descontou a mais', 'cobraram|cobrou|debitaram|debitou|descontaram|descontou indevidamente|errado',
      // ("Tem alguma taxa extra?" asks before buying: an extra fee counts once charged.)
      'cobrança|cobranças|taxa|taxas|tarifa|tarifas|encargo|encargos indevida|indevidas|indevido|abusiva|abusivas|abusivo|desconhecida|desconhecidas',
      'cobraram|cobrou|cobrando|colocaram|botaram|incluíram|lançaram|adicionaram|aplicaram|debitaram|meteram uma|um|umas|uns? taxa|taxas|tarifa|tarifas|cobrança|encargo|encargos|multa|valor',
      'fatura|conta|boleto|mensalidade|valor|cobrança dobrou|triplicou|disparou|explodiu', 'fatura|conta|boleto|mensalidade veio|vieram|chegou|está|tá muito|bem|super? mais|alta|alto|altíssima|absurda|abusiva', 'paguei|pagamos|pago|cobraram|debitaram * *? e|mas não|nada|nunca|nenhum|nenhuma',
      // Out of service: "sem água", "não tem internet", "falta de luz", "o pagamento é recusado".
      'sem água|energia|rede|telefone|linha|wi-fi|wifi|tv|cobertura|gás', 'não tem|tenho|temos|há|tá|está pegando|chegando? internet|sinal|luz|água|energia|rede|wi-fi|wifi|linha', 'falta|queda|quedas|corte|cortes|oscilação de|da luz|energia|internet|sinal|água|conexão|rede',
      'pagamento|cartão|pix|transferência|compra|transação é|foi|está|sendo|vem? recusado|recusada|negado|negada|rejeitado|rejeitada', 'desligou|desliga|desligando|reinicia|reiniciou sozinho|sozinha|sozinhos',
      // Hung up on, could not help, rude: "desligou na minha cara", "não soube me ajudar", "muito grossa".
      'desligou|desligaram na|o|a minha|telefone|ligação|chamada|cara', 'não soube|souberam|sabia|sabiam|conseguiu|conseguiram|quis|quiseram me|nos? ajudar|resolver|explicar|informar|responder|dizer',
      'grosseiro|grosseira|grosseiros|mal-educado|mal-educada|mal-educados|rude|rudes|arrogante|arrogantes|antipático|antipática|incompetente|incompetentes|despreparado|despreparada|despreparados|desrespeitoso|desrespeitosa|debochado|debochada|ríspido|ríspida', 'mal educado|educada|educados|atendido|atendida|atendidos',
      // "sal grosso" is coarse salt: rude only said of someone.
      'foi|é|era|foram|são|muito|super|bem|tão grosso|grossa|grossos|grossas',
    ],
    waiting: [
      // Round 71. Express paid, late anyway: "paguei o frete expresso e chegou depois de 15 dias".
      'paguei|pagamos|pagámos|pago * *? frete|envio|entrega|portes expresso|expressa|rápido|urgente|prioritário * *? *? *? *? chegou|chegaram|veio|vieram|entregaram|entregue|demorou|levou depois|após|só de? #num|duas|três|quase|mais|uma',
      // Round 56. Time stood in the queue: "fiquei uma hora na fila", "passamos duas horas na bicha".
      'fiquei|ficamos|esperei|esperamos|passei|passamos #num|uma|meia|duas|três|quatro|quase|mais hora|horas|minutos na|numa|em fila|bicha',
      'fiquei|ficamos|esperei|esperamos|passei|passamos mais de|que #num|uma|meia|duas|três|quatro hora|horas|minutos na|numa|em fila|bicha',
      // Promised by a date now past: "deviam estar disponíveis ontem e ainda nada", "era pra chegar segunda".
      'deviam|devia|deveria|deveriam|era|eram pra|para? estar|chegar|ficar|ser|sair * *? *? ontem|anteontem|segunda|terça|quarta|quinta|sexta|sábado|domingo|semana|passada|passado',
      // Still not paid back after the date: "ainda não foi creditado após um mês", "prometido em até 7 dias".
      'ainda não|nada foi|foram creditado|creditada|devolvido|devolvida|estornado|estornada|reembolsado|pago|paga|depositado', 'e ainda nada', 'até agora nada', 'nada ainda|até',
      'ainda estou|estamos esperando', 'estou|estamos esperando há|faz', 'esperando há|faz #num? dias|horas|semanas', 'esperando até agora|hoje', 'demora|demorando|demorou uma eternidade|demais', 'não resolveram|resolveu|solucionaram', 'nada foi resolvido',
      // Late: "chegou atrasado", "o voo atrasou", "com atraso", "está atrasado há uma semana" ("vou chegar atrasado", "a demora na resposta" are none).
      'chegou|chegaram|chega|chegam|veio|vieram|entregue|entregues|entregaram|entregou|saiu|saíram|está|estão|estava|estavam|continua|segue|ficou|pedido|encomenda|pacote|entrega|voo|trem|ônibus|comboio|autocarro atrasado|atrasada|atrasados|atrasadas',
      'atrasou|atrasaram|atrasando', 'atrasa|atrasam sempre|muito|toda|todo|de|novamente', 'com atraso|atrasos|demora', 'com muito|um|grande|enorme atraso', 'está|estão|encontra|continua em atraso',
      'chegou|chegaram|veio|vieram|entregue|entregaram|entregou|respondeu|responderam|avisaram|ligaram|retornaram muito|bem|super? tarde|tardíssimo',
      // Nobody came, nothing received or refunded, hours on hold: "o técnico não apareceu", "ainda não recebi o reembolso", "uma hora esperando no telefone".
      'não apareceu|apareceram|veio|vieram|compareceu|compareceram', 'nunca apareceu|veio|vieram|chegou|chegaram|compareceu', 'ninguém apareceu|veio|compareceu', 'me|nos deu|deram um|o bolo',
      'ainda não recebi|recebemos|caiu', 'esperando|aguardando o|a|meu|minha|pelo|pela|os|as|meus|minhas * *? há|faz|desde', 'não recebi|recebemos o|a|meu|minha|nenhum|nenhuma|nada', 'nunca recebi|recebemos', 'não me|nos devolveram|reembolsaram|estornaram|pagaram|devolveu|reembolsou|estornou', 'sem reembolso|estorno',
      'hora|horas|minutos|manhã|tarde|dia|dias|semanas esperando|aguardando|pendurado|pendurada', 'hora|horas|minutos|manhã|tarde na|no espera|linha|telefone', 'esperando|esperei|esperamos|aguardando|aguardei|aguardamos * *? hora|horas|minutos|dias|semanas|meses|dia|tarde|manhã'],
    courtesy: ['desde já agradeço|obrigado|obrigada', 'agradeço desde já', 'obrigado|obrigada desde já', 'qualquer ajuda é bem-vinda'],
    politeness: ['por favor', 'pfv|pf|porfavor', 'poderiam|poderia|podem|pode me|nos ajudar', 'se possível', 'gentileza'],
    // Round 63. Greetings: "oi gente", "e aí", "boa tarde". Not the formal salutations of a letter ("Sehr geehrte", "Estimado equipo",
    // "السادة الكرام", "आदरणीय महोदय"): they open formal complaints and thanks as often, and the pull of a greeting
    // took four such messages of the written kinds to neutral.
    greeting: [
      'olá|ola|oi|oie|oii|opa|eae|eai|salve|alô|alo|hello', 'bom dia|tarde|noite', 'boa tarde|noite|dia', 'e aí|ai', 'olá|oi|bom|boa pessoal|gente|equipe|equipa|a|todos',
      'espero que esteja|estejam|estejas|estejam todos bem',
    ],
    // Round 63. A question announced, a request made or the topic named: "tenho uma dúvida", "venho pedir", "gostaria de saber", "queria marcar".
    request: [
      // Round 64. The customer's own slip, to be put right: "me enganei", "digitei o número errado", "coloquei por engano".
      'me enganei', 'digitei|escrevi|coloquei|pus|inseri|indiquei|preenchi * *? *? errado|errada|erro', 'digitei|escrevi|coloquei|pus|inseri|indiquei|preenchi * *? *? por engano|erro', 'foi erro|engano meu', 'culpa minha',
      'tenho|teria|tinha|temos|tínhamos uma|umas|duas|algumas|outra? pequena|rápida|breve? dúvida|dúvidas|duvida|duvidas|duvidinha|pergunta|perguntas|perguntinha|questão|questões|consulta|solicitação',
      'uma|pequena|rápida|breve dúvida|duvida|pergunta|questão|duvidinha|perguntinha sobre|com|em|acerca|relativa|quanto|referente|no|na|do|da',
      'venho|escrevo|escrevemos|contacto|contato|entro|entramos por|para|sobre|a|pedir|solicitar|perguntar|informar|saber|em|relativamente|devido|porque|referente',
      'gostaria|gostava|gostaríamos|queria|quero|queríamos|precisava|preciso|precisaria de|saber|pedir|solicitar|perguntar|informação|informações|alterar|mudar|marcar|remarcar|cancelar|agendar|reservar|incluir|atualizar|trocar',
      'seria possível', 'meu nome é', 'me chamo', 'aqui é|fala',
    ],
    // The topic named alone ("bezüglich …", "بشأن …"): a request's pull where nothing is wrong, but no
    // question announced (tweets say "about …" of the news).
    topic: [
      'em relação|referência a|ao|à|aos|às', 'relativamente a|ao|à|aos|às', 'a respeito de|do|da|dos|das',
    ],
    noProblem: [
      // Round 134. The fault named as put right: "o bug foi corrigido", "o problema já está resolvido".
      'bug|bugs|problema|problemas|erro|erros|defeito|falha|pane já|ja? foi|está|esta|ficou resolvido|resolvida|corrigido|corrigida|consertado|consertada|arrumado|arrumada|solucionado|solucionada',
      // Round 73. Thanks to whoever mended it: "agradecimento ao técnico que consertou o vazamento", "obrigado por arrumar o chuveiro".
      'agradecimento|agradecimentos|obrigado|obrigada|agradeço|agradecemos|agradecer * *? *? *? *? *? *? consertou|consertaram|arrumou|arrumaram|reparou|repararam|resolveu|resolveram|solucionou|solucionaram|trocou|trocaram|substituiu|substituíram|religou|religaram|desentupiu|desentupiram|eliminou|tapou o|a|os|as|nosso|nossa|meu|minha|nossos|nossas|meus|minhas * *?',
      'obrigado|obrigada|agradeço|agradecemos|agradecimento|agradecimentos por|pelo|pela consertar|consertarem|arrumar|arrumarem|reparar|repararem|resolver|resolverem|trocar|trocarem|conserto|reparo|reparação|troca|substituição o|a|os|as|do|da|dos|das|de|nosso|nossa|meu|minha * *?',
      // Round 56. The fault the help kept away: "sem ele teríamos ficado sem luz", "senão teria ficado sem internet".
      'teríamos|teria|teriam ficado|passado|estado sem', 'teríamos|teria|teriam|íamos|ia ficar sem',
      // Round 54. Money in the account just right is no fall: "caiu certinho na conta".
      'caiu|caíram|cai certinho|certinha|direitinho|rapidinho',
      // Nothing scratched or broken: "nenhum móvel riscado", "nenhuma peça quebrada".
      'nenhum|nenhuma * *? riscado|riscada|quebrado|quebrada|danificado|danificada|amassado|amassada|faltando|arranhado|arranhada|molhado|molhada',
      'não|nao quebrou|partiu|estragou|riscou|faltou nada',
      // On time and whole: "não atrasou", "sem atraso", "nada quebrou", "não veio quebrado".
      'não|nao atrasou|atrasaram|atrasa', 'não|nao chegou|chegaram|veio|vieram|está|estava|estão atrasado|atrasada|tarde|quebrado|quebrada|danificado|danificada|aberto|aberta|molhado|molhada|frio|fria|errado|errada|amassado|amassada',
      'sem atraso|atrasos|demora|danos|avarias|estragos|defeito|defeitos|arranhões', 'nenhum atraso|dano|estrago|defeito|arranhão', 'nada quebrou|estragou|faltou|amassou|vazou|molhou|quebrado|danificado|estragado',
      // Money arriving: "O reembolso caiu hoje" ("o sistema de pagamento caiu" is an outage).
      'reembolso|estorno|dinheiro|pix já|ja? caiu|entrou', 'sem problema|problemas|erro|erros|reclamação|reclamações', 'não tenho|temos|há nenhum? problema|problemas|reclamação|reclamações', 'não tem problema', 'tudo bem|tranquilo sem pressa', 'não se preocupe', 'de boa'],
    worksAgain: [
      // Round 131. Playing and using again: "ja to jogando de novo".
      'to|tô|estou|estamos|tamo|tamos jogando|usando|vendo|assistindo|trabalhando|conectado|conectada|online de novo', 'to|tô|estou|estamos|tamo|tamos jogando|usando|vendo|assistindo|trabalhando|conectado|conectada|online outra vez', 'consigo|consegui|conseguimos|posso|podemos jogar|usar|ver|entrar|acessar|assistir|trabalhar * *? *? de novo', 'consigo|consegui|conseguimos|posso|podemos jogar|usar|ver|entrar|acessar|assistir|trabalhar * *? *? outra vez',
      // Round 128. Water back in two hours: "às dez já tínhamos água outra vez".
      'já|ja tínhamos|tinhamos|temos água|agua|luz|internet|net|sinal outra vez', 'já|ja tínhamos|tinhamos|temos água|agua|luz|internet|net|sinal de novo',
      // Round 73. Recovered, told with "again": "ele já tá brincando de novo", "já come outra vez", "voltou a andar de novo".
      `${RECOVERED} bem|normalmente|sozinho|sozinha|direitinho? de novo|novamente`, `${RECOVERED} bem|normalmente|sozinho|sozinha|direitinho? outra vez`,
      // Round 63. Instalments are no second contact: "parcelar em 3 vezes no cartão", "até 10 vezes sem juros".
      'em|até #num vezes',
      // Installing again is a step tried, not a second contact: "vou desinstalar e instalar de novo".
      'instalar|instalei|instalo|reinstalar|reinstalei|baixar|baixei|baixo *? *? de novo|novamente',
      'consegui|conseguimos acessar|entrar|logar * *? de novo|novamente',
      'consegui|conseguimos acessar|entrar|logar de novo|novamente',
      'consegui|conseguimos entrar|acessar|logar no|na|em * de novo',
      'funciona|funcionar|funcionou|funcionando|voltou tudo? de novo', 'funciona|funcionar|funcionou|funcionando|voltou tudo? outra vez', 'funciona|funcionar|funcionou|funcionando|voltou tudo? novamente',
      'voltou a funcionar', 'voltou a funcionar de novo', 'voltou a funcionar novamente|outra',
      // Thanks said again is no repeat contact either: "obrigado mais uma vez pela ajuda".
      'obrigado|obrigada|agradeço mais uma vez', 'obrigado|obrigada|agradeço de novo', 'obrigado|obrigada|agradeço novamente', 'obrigado|obrigada|agradeço outra vez',
    ],
    profanity: ['merda|porra|caralho|droga|puta|bosta|pqp|vsf|fdp|foda|poha|krl'],
    hedge: ['não tenho|estou certeza|certo|certa', 'talvez', 'como faço|posso|consigo', 'onde encontro|acho|fica', 'é normal|possível', 'alguma ideia', 'tem algum jeito|como'],
    acknowledgement: [
      'ok|okay|beleza|certo|tá atualizando|testando|reiniciando|instalando|tentando',
      'vou atualizar|testar|reiniciar|instalar|tentar agora?',
      'atualizando|testando|reiniciando|instalando agora|aqui',
      'combinado',
      'entendi',
    ],
  },
}
