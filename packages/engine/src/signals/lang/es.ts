import { type LanguageCues, withoutAccents } from './language-cues.js'

/**
 * Shops, carriers, banks and utilities a Spanish-speaking customer leaves for by name ("me voy a
 * Amazon", "me paso a Movistar"): only after a verb of moving, so "compré en Amazon" stays neutral.
 */
const RIVALS = [
  'amazon', 'aliexpress', 'shein', 'temu', 'ebay', 'walmart', 'coppel', 'falabella', 'ripley', 'carrefour', 'pccomponentes', 'mediamarkt', 'zara',
  'movistar', 'vodafone', 'orange', 'yoigo', 'jazztel', 'masmóvil', 'digi', 'lowi', 'pepephone', 'simyo', 'o2', 'telcel', 'claro', 'telmex', 'totalplay', 'izzi', 'megacable', 'entel', 'tigo',
  'santander', 'bbva', 'caixabank', 'bankinter', 'sabadell', 'ing', 'openbank', 'revolut', 'n26', 'nubank', 'banorte', 'banamex', 'unicaja', 'abanca',
  'iberdrola', 'endesa', 'naturgy', 'repsol', 'holaluz', 'totalenergies',
  'netflix', 'hbo', 'spotify', 'disney', 'uber', 'cabify', 'didi', 'glovo', 'rappi',
].join('|')
// "Me voy a", "nos pasamos con", "me cambiaré a": a move, in the persons and tenses people write.
const MOVE = 'voy|vamos|paso|pasamos|cambio|cambiamos|largo|largamos|iré|iremos|pasaré|pasaremos|cambiaré|cambiaremos|porto|portamos|portaré'
// What a customer moves to when they name no one: another company, bank, shop, carrier.
const ELSEWHERE = 'compañía|compañia|compania|empresa|proveedor|operador|operadora|banco|aseguradora|tienda|plataforma|marca|distribuidora|comercializadora|eléctrica|programa|software|servicio|hosting|hospedaje|app|aplicación|entidad|gestoría|farmacia|academia|gimnasio|supermercado|arrendadora|agencia'
// Round 54. The local businesses a customer takes their custom from: the nursery, the dry cleaner, the garage.
const LOCAL = 'jardín|guardería|colegio|escuela|academia|tintorería|lavandería|peluquería|gimnasio|taller|mecánico|clínica|veterinaria|veterinario|dentista|consultorio|farmacia|gestoría|trastero|bodega|guardamuebles|concesionario'
// What "cambiar de" churns from ("cambiar de banco"); "cambiar de tienda de recogida" is an errand.
const PROVIDER = 'compañía|compañia|compania|proveedor|operador|operadora|banco|aseguradora|comercializadora|eléctrica'

// Round 73. What a pet, a person or a machine does again once well: "ya come otra vez", "ya está jugando de nuevo".
const RECOVERED = 'come|comen|camina|caminan|juega|juegan|duerme|duermen|respira|bebe|corre|salta|ladra|maúlla|maulla|ronronea|sonríe|sonrie|ve|oye|escucha|enciende|prende|arranca|funciona|comer|caminar|jugar|dormir|respirar|beber|correr|saltar|ladrar|maullar|ronronear|sonreír|sonreir|comiendo|caminando|jugando|durmiendo|respirando|bebiendo|corriendo|saltando|ladrando|maullando|ronroneando|sonriendo'

/** Spanish support cues, written for this project. */
export const ES_CUES: LanguageCues = {
  language: 'es',
  negators: ['no', 'nunca', 'jamás', 'nada', 'nadie', 'ningún', 'ninguna', 'ninguno', 'ni', 'sin', 'tampoco'],
  contrast: ['pero'],
  variants: withoutAccents,
  questionWords: ['qué', 'cuál', 'cuáles', 'cómo', 'cuándo', 'dónde', 'cuánto', 'cuánta', 'cuántos', 'cuántas', 'quién', 'puedo', 'podemos', 'pueden', 'podrían', 'podría', 'puede', 'hay', 'es', 'está', 'tienen', 'tiene', 'se', 'me', 'existe', 'aceptan', 'hacen',
    // Round 63: a conditional asks as a question word does ("Si cancelo antes de…, ¿me cobran?").
    'si', 'hasta', 'desde', 'para', 'con'],
  greetings: ['hola', 'buenos', 'buenas', 'días', 'tardes', 'noches', 'saludos', 'estimados', 'estimado', 'estimada', 'equipo'],
  praiseWords: ['genial', 'perfecto', 'perfecta', 'fantástico', 'fantástica', 'estupendo', 'estupenda', 'maravilloso', 'maravillosa', 'excelente', 'buenísimo', 'espectacular', 'impecable', 'bravo', 'brillante'],
  sincereAfterPraise: ['gracias', 'muchas', 'mil', 'muchísimas', 'ya', 'funciona', 'funcionó', 'resuelto', 'solucionado', 'todo', 'eso'],
  patterns: {
    frustration: [
      // Round 128. Kept waiting for hours: "Nos tuvieron cinco horas sentados".
      'nos|me tuvieron * *? horas|días|dias',
      // Round 119. Asked as disbelief: "¿De verdad hace falta llamar a tres departamentos…?".
      'de verdad hace|tengo|hay falta|que', 'en serio hace|tengo|hay falta|que',
      // Round 103. "Es increíble que tenga que pedir cita con tres semanas de antelación."
      'es increíble|increible|inaudito|indignante que tenga|tengamos|haya|tengan que',
      // Round 75. A formal letter's displeasure, owned: "manifiesto mi malestar", "expreso nuestro descontento", "dejo constancia de mi disconformidad" (the disagreement only with the verb: "¿cómo presento mi disconformidad?" asks).
      'mi|nuestro|nuestra malestar|descontento|indignación|indignacion|disgusto', 'manifestar|manifiesto|manifestamos|expresar|expreso|expresamos|hacer|hago|hacemos|dejar|dejo|dejamos|trasladar|traslado|trasladamos * *? *? malestar|descontento|disconformidad|inconformidad|indignación|indignacion|insatisfacción|insatisfaccion|disgusto',
      // Indignation at how long or how much: "es increíble lo que tardan", "increíble lo que cobran".
      'increíble|increible|inaudito|impresentable lo que|cuanto|cuánto tarda|tardan|tardó|tardaron|demora|demoran|cuesta|cobran|cobra|tarde',
      'ya no sé|se qué|que más|mas tocar|probar|intentar|hacerle',
      // Disbelief after the fault: "¿Cómo es posible?", "cómo puede ser".
      'cómo|como es posible', 'cómo|como puede ser',
      // "Me cansé", "ya nos cansamos": had enough.
      "me|nos cansé|canse|cansamos|hartamos|aburrí|aburri|aburrimos",
      // Cheated, as the customer feels it: "me siento completamente engañado", "nos sentimos estafados".
      'siento|sentimos|sentí|sentido|quedé|quedamos completamente|totalmente|muy|bastante? engañado|engañada|engañados|engañadas|estafado|estafada|estafados|timado|timada|ninguneado|ninguneada|defraudado|defraudada|burlado|burlada|ignorado|ignorada|abandonado|abandonada|estafadas|timados|timadas|ninguneados|defraudados|burlados|ignorados|ignoradas|abandonados',
      'se me está|esta acabando la paciencia',
      'muy|bastante|totalmente descontento|descontenta|molesto|molesta',
      'cabreado|cabreada|cabreadísimo|cabreadísima|cabreadisimo|mamado|mamada|emputado|emputada|encabronado|encabronada',
      'ya no sé|se qué|que más|mas hacer',
      'qué|que pesadez|fastidio|lata|rollo',
      'vaya tela',
      'me frustra|frustran|frustró',
      'me|ya harté|harte|hartó|harto',
      're|muy|bien caliente|calientes|podrido|podrida',
      'nadie me da bola',
      'qué|que arrechera|arrecho|arrecha',
      'arrechera',
      'gran|mucho|profundo|enorme malestar',
      'disgustado|disgustada|disgustados|disgustadas',
      'profundamente|muy|bastante molesto|molesta|disgustado|disgustada|indignado|indignada',
      'echo humo', 'echando humo',
      'falta de respeto',
      'qué|que asco', 'hagan caso', 'nadie revisa',
      'me parece fatal|horrible|vergonzoso|indignante|lamentable|inaceptable',
      'me tiene|tienen frito|frita|harto|harta|negro|negra', 'hasta las narices',
      'frustrado|frustrada|frustrados|frustrante|frustración|desesperante|fastidiado|fastidiada',
      // Round 56. Fed up, said as a state ("estoy harto", "harta de esperar"): "harto" alone is "a lot" in Chile
      // ("les agradezco harto", "me gustó harto").
      'estoy|estamos|está|están|estás|estaba|estábamos|ando|andamos|quedé|quedamos|ya|re|muy|tan|totalmente|completamente|bastante harto|harta|hartos|hartas',
      'harto|harta|hartos|hartas de|del|d|con|ya|estoy|estamos|ando|andamos|quedé', 'qué|que|q harto|harta|hartos|hartas estoy|estamos|ando|andamos|de|del|d|ya|me|!|!!',
      // Paid good money for this: "pagué 140 € por esto", "¿y por esto pagamos 50 euros?".
      'pagué|pague|pagamos|pagando|pagar #num|€|$ #num|€|$|euros|pesos|dólares|dolares|soles? por esto|eso',
      'por esto pagué|pague|pagamos|pago|pagando #num|€|$',
      'cansado|cansada|cansados|cansadas de', 'me tiene|tienen|tenéis harto|harta|hartos|loco|loca', 'ya no aguanto|soporto', 'estoy perdiendo la paciencia',
      'molesto|molesta|molestos|irritado|irritada',
      // Disbelief at what happened: "¡No puede ser!", "no me lo puedo creer", "estoy hasta las narices".
      'no puede ser que|posible|!?|?!|!|!!|!!!|.|...', 'no me lo puedo|podía creer', 'no me lo creo', 'hasta las narices|pelotas', 'hasta el gorro|moño', 'hasta la coronilla|madre',
      'me estoy|están volviendo loco|loca', 'esto es de locos', 'qué|que impotencia|rabia|coraje|desesperación', 'me da rabia|coraje', 'ya estoy cansado|cansada|harto|harta',
    ],
    anger: [
      // Round 73. Treated badly, said as a reproach: "no hace falta tratar así a la gente", "esas no son formas de tratar a un cliente".
      'no hace|hacía|hacia falta tratar|hablar|contestar|responder|gritar así|asi|de|con|mal|a',
      'no son|es formas|forma|maneras|manera de tratar|hablar|contestar|responder|atender',
      'esas|esa no son|es formas|forma|maneras|manera',
      'no se trata|habla|contesta|responde así|asi a la|a los|a las|a un|a una|a nadie|a la gente|a sus',
      // Round 54: "es inadmisible", "una tomada de pelo" (Rioplatense), "qué falta de seriedad".
      'inadmisible|intolerable|impresentable', 'tomada de pelo', 'falta de seriedad|profesionalidad|profesionalismo|formalidad|compromiso',
      'inaceptable|indignante|vergonzoso|vergonzosa|lamentable|pésimo|pésima|patético|patética|ridículo|ridícula|nefasto|nefasta|basura|horrible|terrible|desastre',
      'enojado|enojada|enfadado|enfadada|furioso|furiosa|indignado|indignada|cabreado|cabreada|molestísimo', 'una vergüenza', 'odio',
      // "Es el colmo", "una tomadura de pelo", "no hay derecho", "qué poca vergüenza".
      'el colmo', 'tomadura de pelo', 'nos|me están|estáis|están tomando el pelo', 'me|nos toman|tomáis el pelo', 'no hay derecho', 'qué|que poca vergüenza|seriedad',
      'qué|que vergüenza|barbaridad|desfachatez', 'una burla|estafa', 'falta de respeto', 'es un robo|chiste|timo', 'sinvergüenzas|estafadores|incompetentes',
    ],
    disappointment: [
      'decepcionado|decepcionada|decepcionados|decepcionante|decepción|desilusionado|desilusionada|triste',
      'esperaba más|mejor', 'no estoy|estamos contento|contenta|contentos|satisfecho|satisfecha|satisfechos', 'qué|que lástima',
      // Round 71. "Qué pena" is a pity said of something ("qué pena que no funcione", "¡Qué pena!"), not the Colombian
      // apology "qué pena molestarle", "qué pena con usted", which opens thanks as often: the pity is what comes after it.
      'qué|que pena que|me|nos|da|de|lo|tan|tener|haber|ver|y|pero|porque|!|.|?|...|…|!!|!!!',
      // A result refused, as English "not what I ordered": "no es lo que pedí".
      'no es|era|son|eran lo|el|la|los|las que pedí|pedimos|compré|compramos|encargué|encargamos|pagué|pagamos|contraté',
    ],
    confusion: [
      'confundido|confundida|confuso|confusa', 'estoy|estamos|me siento perdido|perdida|perdidos', 'no entiendo|comprendo|entendemos', 'no sé|sabemos cómo|qué|dónde|por',
      'no tiene sentido', 'no me queda claro', 'no está claro',
    ],
    worry: ['preocupado|preocupada|preocupados|nervioso|nerviosa|desesperado|desesperada|angustiado|angustiada|estresado|estresada'],
    praise: [
      // Round 131. A weight lifted, a lovely gesture, full marks: "Me quitaron un peso de encima", "qué detallazo", "Un diez el soporte".
      'quitaron|quitasteis|quitaste|quitó un peso de encima', 'detallazo|detallazos', 'un diez el|la|para|al',
      // Round 128. "Así da gusto.", on time, and the family happy: "El técnico llegó puntual", "Mi hija feliz, y yo más."
      'así|asi da gusto', 'llegó|llego|llegaron puntual|puntuales', 'feliz y yo más|mas',
      // Round 75. Thanks for what was found or recovered: "gracias por encontrar mi reserva", "les agradezco por recuperar mis fotos".
      'gracias|agradezco|agradecemos|agradecido|agradecida|agradecidos * *? *? por|de encontrar|encontrarme|recuperar|recuperarme|localizar|localizarme|rescatar|hallar|aparecer|encontrarla|encontrarlo|encontrarlas|encontrarlos|recuperarla|recuperarlo|localizarla|localizarlo',
      // Round 75. Relief after a scare, in thanks: "pensé que la había perdido", "qué alivio", "creí que se había cancelado".
      'pensé|pense|creí|crei|creía|creia|pensaba|pensamos|creímos|creimos que la|lo|las|los|se|me|nos? había|habia|habíamos|habiamos|habían|habian perdido|borrado|cancelado|anulado|desaparecido|extraviado|olvidado', 'qué|que alivio',
      // Round 73. "Ustedes son lo máximo", "sois los mejores", "eres un sol": the team praised as people.
      'son|sois|eres|fueron|fuisteis|fuiste lo máximo|maximo|máximos',
      'son|sois|eres|fueron|fuisteis|fuiste unos|unas|un|una soles|sol|genios|genias|genio|genia|cracks|crack|ángeles|angeles|ángel|angel|capos|capas|capo|amores|amor|maquinas|máquinas|máquina|maquina',
      // "Quedó brutal", "salió bestial": slang for great, said of the result.
      'quedó|quedo|quedaron|salió|salio|salieron|quedamos brutal|brutales|bestial|bestiales|genial|geniales|espectacular|espectaculares|perfecto|perfecta|perfectos|increíble|divino|divina',
      'ustedes|vosotros|vosotras|usted|tú|tu son|sois|eres|es lo|los|las|el|la|unos|unas|un|una máximo|maximo|mejor|mejores|grandes|geniales|increíbles|increibles|top|divinos|divinas',
      'me|nos resolvió|resolvieron|solucionó|solucionaron el|mi|nuestro problema',
      'un crack|una crack|unos cracks',
      'de diez',
      'por fin pude|puedo|funciona|llegó|llego',
      'excelente|perfecto|perfecta|genial|increíble|maravilloso|maravillosa|estupendo|estupenda|fantástico|fantástica|buenísimo|buenísima|espectacular',
      'funciona|funcionó perfectamente|perfecto|genial', 'funciona|funcionó de maravilla', 'ya funciona|funcionó', 'problema resuelto|solucionado', 'me|nos resolvieron|solucionaron|arreglaron el|mi|la|todo',
      'me encanta|encantó|encantan', 'contento|contenta|contentos|satisfecho|satisfecha|satisfechos|feliz|encantado|encantada',
      'muy|súper|super amable|amables|útil|atentos|atenta|atento|rápido|rápidos', 'buen|gran|excelente trabajo|servicio|atención', 'todo resuelto|perfecto|solucionado',
    ],
    gratitude: [
      // Round 122 (the twenty-fourth session). Thanks told by what it meant: "Eso no se olvida", "Está orgullosísimo".
      'eso|esto no se olvida', 'orgullosísimo|orgullosisimo|orgullosísima|orgullosisima', 'llegué|llegue|llegamos a tiempo * *? *? porque ustedes|usted|vosotros',
      // Round 119. Thanks told by what the help spared: "Sin su equipo habríamos perdido las ventas del mes".
      'sin su|vuestro|tu|ustedes equipo|ayuda habríamos|hubiéramos|habría|hubiera perdido', 'gracias a su|vuestro|tu|ustedes equipo|ayuda|agente|técnico|asesora|asesor',
      // Round 116 (the twenty-fourth session). Thanks told by what it meant: "No tengo palabras", "Eso no tiene precio", "Hoy por fin duermo tranquila".
      'no tengo palabras', 'sin palabras .|!|,', 'eso|esto no tiene precio', 'no sé|se cómo|como agradecer|agradecerles|agradecerte|agradeceros', 'me|nos salvaron|salvasteis|salvaste|salvó|han|has el|la|mi|las|los? día|dia|vida|viaje|boda|navidad|semana|pellejo',
      'por fin duermo|dormiré|dormimos tranquilo|tranquila|tranquilos', 'nunca lo|la|os|les olvidaré|olvidaremos', 'no lo|la|os|les olvidaré|olvidaremos', 'qué|que diferencia hace un|una atención|asesor|asesora|persona', 'con una paciencia infinita|enorme|increíble', 'se tomó|tomaron el tiempo de',
      // Round 113. "Os debo una", "Usted es un sol", "No saben lo que eso significa".
      'os|les|te debo una', 'usted es|eres un sol', 'no saben|sabéis|sabeis lo que eso|esto significa',
      // Round 110. Thanks told as what the help made possible: "ojalá todos trabajaran así", "les escribo para agradecer".
      'ojalá|ojala todos trabajaran|atendieran|fueran así|asi', 'escribo|escribimos para agradecer|agradecerles|agradecerle', 'me lo|la|los dejaste|dejó|dejaron arreglado|arreglada|solucionado|resuelto',
      // Round 103. "me salvaron", "me salvaste la vida".
      'me salvaron|salvaste|salvó|salvo|han|has salvado',
      // Round 75. Formal thanks: "quisiera expresar mi más sincero agradecimiento", "nuestra gratitud al equipo".
      'mi|nuestro|nuestros|mis más|mas? sincero|sinceros|profundo|profundos|enorme|sentido|eterno|especial|infinito agradecimiento|agradecimientos', 'expresar|expreso|expresamos|manifestar|manifiesto|transmitir|transmito|hacer|hago llegar? mi|nuestro|nuestra|mis * *? agradecimiento|agradecimientos|gratitud', 'mi|nuestra|toda|eterna|profunda|sincera gratitud',
      'agradecerle|agradecerte|agradecerles|agradeceros', 'gracias|grax|thx', 'muchas|muchísimas|mil gracias', 'gracias mil', 'les|le|te lo? agradezco|agradecemos', 'agradezco|agradecemos|agradecí mucho|muchísimo|muchisimo|enormemente|infinitamente|profundamente|sinceramente|harto', 'agradecido|agradecida|agradecidos|agradecidas', 'quería|queria|quiero|queríamos agradecer|agradecerle|agradecerles', 'mi agradecimiento|agradecimientos'],
    repeatContact: [
      // Round 110. Lost count of the calls: "he perdido la cuenta de las veces que he llamado".
      'perdido|perdí|perdi la cuenta de las|mis veces|llamadas|correos|mensajes|reclamos|reclamaciones',
      // Round 75. The calls counted: "tercera llamada", "¿cuántas veces tengo que llamar?" (not "la segunda visita prevista", a plan).
      'segunda|tercera|cuarta|quinta|sexta|enésima|enesima llamada|reclamación|reclamacion|queja', 'segundo|tercer|cuarto|quinto|sexto|enésimo|enesimo reclamo', 'cuántas|cuantas veces tengo|tenemos|hay|debo|debemos|voy|vamos que|a llamar|escribir|decir|decirles|repetir|pedir|reclamar|explicar|insistir|venir',
      // A count of complaints made: "3 tickets abiertos", "cuatro reclamaciones" ("dos correos" is as often two addresses).
      '#num|dos|tres|cuatro|cinco|seis|varios|varias|múltiples tickets|reclamos|reclamaciones|incidencias|quejas|llamadas',
      // The fault going on: "sigue cerrándose", "se sigue cayendo".,
      'sigue|siguen cerrándose|cayéndose|colgándose|bloqueándose|trabándose|apareciendo|dando|sin',
      'se sigue|siguen cerrando|cayendo|colgando|bloqueando|trabando',
      'otra vez', 'de nuevo', 'una y otra vez', 'nuevamente', 'segunda|tercera|cuarta|quinta|enésima vez', '#num veces', 'dos|tres|cuatro|cinco|varias|muchas|mil veces',
      'ya lo|les|te? escribí|reporté|expliqué|dije|pregunté|intenté|probé|llamé|había', 'ya he|hemos escrito|reportado|llamado|explicado|probado|intentado|contactado',
      'sigue|siguen|sigo sin funcionar|respuesta|solución|poder', 'sigue|siguen fallando|igual|roto|rota|caído|caída', 'sigo esperando',
      'todavía|aún no funciona|funcionan|llega|llegó|responden|contestan', 'nadie me|nos responde|contesta|ayuda|ha', 'el mismo problema|error de siempre',
      'desde hace días|semanas|meses', 'lleva|llevamos|llevo días|semanas|meses',
      // Nobody got back: "nadie me devolvió la llamada", "nunca me respondieron", "no contestan", "sin respuesta".
      'nadie me|nos avisó|avisa|informó|informa|explicó|explica|dijo|dice|llamó|llama|devolvió|devuelve|contestó|atendió|atiende|ayudó|respondió|resolvió|resuelve|hizo|hace|da|dio|solucionó|soluciona',
      'nadie contesta|responde|atiende|coge|cogió|contestó|respondió|atendió|sabe|supo|ayuda|ayudó|llamó|vino|apareció|avisó|informó', 'nunca me|nos respondieron|contestaron|llamaron|devolvieron|respondió|contestó|llamó|escribieron|avisaron|atendieron|dijeron',
      'no me|nos respondieron|contestaron|llamaron|respondió|contestó|llamó|responden|contestan|atienden|atendieron|atendió|avisaron|avisó|informaron|informó', 'no me|nos han|ha respondido|contestado|llamado|avisado|informado|atendido',
      'no contestan|responden|atienden|cogen|cogieron|contestaron|respondieron|atendieron|contesta|responde|atiende|coge', 'no me|nos dan|dieron|daban respuesta|solución|contestación|noticias', 'no me|nos han|ha dado respuesta|solución|contestación|noticias', 'sin respuesta|contestación',
    ],
    deadline: [
      'antes de|del mañana|hoy|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mediodía|medianoche', 'para hoy|mañana|esta',
      // A time of day: "antes de las 5", "para las 3", "a más tardar el lunes".
      'antes de las|la #num', 'para las|la #num', 'a más tardar',
      'en|dentro de? #num minutos|horas|hora|minuto', 'fecha límite|tope', 'lo antes posible', 'cuanto antes', 'de inmediato', 'ahora mismo', 'ya mismo',
      'presentación|reunión|demo|lanzamiento|boda|vuelo|auditoría es|será|empieza mañana|hoy|esta', 'perdiendo dinero|clientes|ventas', 'los clientes están esperando',
    ],
    urgent: ['urgente|urgentemente|urge|urgencia|emergencia|asap|prioritario', 'máxima prioridad'],
    notUrgent: [
      // Round 64. No hurry, in the forms of the regions: "no corre prisa", "sin afán", "tómense su tiempo", "cuando les venga bien".
      'no corre|hay|tengo|tenemos ninguna? prisa|apuro|afán|urgencia', 'sin ninguna|ningún? prisa|apuro|afán|urgencia', 'tómense|tómese|tómate|tómenselo|tomen|toma|tomaos|tome el|su|tu|todo tiempo', 'cuando les|le|te|os venga|vaya|quede bien|cómodo',
      'no es|hay|corre nada? urgente|prisa|apuro|urgencia', 'no|sin prisa|prisas|apuro|urgencia', 'nada urgente', 'cuando puedan|puedas|tengan|tengas tiempo?',
      'con calma', 'no hay apuro', 'baja prioridad',
      // A fix told with its time is praise of speed, not a deadline: "me resolvieron el problema en 5 minutos".
      'resolvieron|solucionaron|arreglaron|respondieron|contestaron|atendieron *? *? *? en #num minutos|minuto|horas|hora',
    ],
    grudging: [
      'bueno|vale|ok|bien supongo', 'supongo que está|esta|estará bien|sirve|vale', 'qué|que remedio', 'si no hay otra opción|manera|forma|alternativa', 'ni modo',
      'en fin', 'qué|que le vamos a hacer', 'qué|que se le va a hacer', 'qué|que le voy a hacer', 'no me|nos queda otra', 'no es lo ideal', 'peor es nada', 'me tendré|tocará que? conformar', 'tendré|tocará que? conformarme', 'habrá que conformarse', 'si no queda otra',
    ],
    sarcasm: [
      // Round 122. Paying for a fault, praised: "Qué bonito es pagar fibra «ultrarrápida» para ver los vídeos en 240p.".
      'qué|que bonito|lindo|maravilloso|bello es pagar|esperar|llamar','sí|si claro', 'qué|que sorpresa', 'gracias por nada', 'muchas gracias por nada', 'menudo|vaya servicio|soporte', 'lo que me faltaba'],
    sarcasmOverProblem: [
      // Round 75. Disbelief over a problem: "¿En serio? Tercer día sin agua", "en serio, otra vez".
      'en serio ?|!|?!|!?|!!|...|…|otra|otro|tercer|tercera|segundo|segunda',
      'genial|perfecto|fantástico|maravilloso|estupendo otra|otro|más', 'justo lo que necesitaba|necesitábamos',
      // "Qué maravilla, otra vez sin servicio": said over a problem it is not pleased.
      'qué|que maravilla|bonito|lindo',
      'gracias por borrar|perder|cobrarme|romper|ignorarme|ignorarnos',
    ],
    churn: [
      // Round 152. An account opened elsewhere: "Ya estoy viendo abrir una cuenta en otro banco."
      'abrir|abro|abriré|abrirme una cuenta en otro|otra banco|entidad|sitio|lado',
      // Round 131. Quotes already taken from another: "ya cotizamos con otro hotel".
      'cotizamos|cotizando|cotizo|cotizamos|cotizé|cotice con otro|otra|la',
      // Round 128. The rival's app already on the phone, the way out asked for, friends gone ahead: "Ya bajé la app de la competencia", "¿Cómo se tramita la baja?", "Mis compas ya se pasaron a otro juego".
      'app|aplicación|aplicacion de la competencia', 'tramita|tramitar|tramito|solicita|solicitar la baja', 'se pasaron|pasamos|pasé|pase a otro|otra juego|app|compañía|compania|servicio|banco|plataforma',
      // Round 119 (the twenty-fourth session). Leaving told by its steps: the porting asked for, the modem returned, the funds moved.
      'pido|solicito|pedir|solicitar|pedí|solicité la portabilidad', 'cómo|como|dónde|donde devuelvo|devolver|entrego|entregar el|los módem|modem|router|decodificador|deco|equipo|equipos', 'traspaso|traslado de mis fondos|ahorros a|al', 'traspaso|traslado de mi cuenta|línea|linea|número|numero a|al', 'otra afp|compañía|compania|operadora',
      // Round 113. Leaving looked into: "qué necesito para hacer la portabilidad", "estoy valorando otras aseguradoras", "mi contrato vence en junio".
      'hacer|pedir|solicitar|tramitar la portabilidad', 'viendo|valorando|mirando|buscando|considerando seriamente? otras|otra opciones|alternativas|aseguradoras|compañías|companias|empresas|operadoras|aseguradora|compañía|compania|operadora', 'mi|el contrato vence|termina|acaba',
      // Round 110. Asking how to leave: the porting procedure, when the tie-in ends, an account opened elsewhere.
      'procedimiento|trámite|tramite|código|codigo|proceso para|de la? portabilidad', 'hasta cuándo|cuando tengo|tenemos|dura la? permanencia', 'cuándo|cuando termina|acaba|vence mi|la|nuestra permanencia', 'abierto|abrí|abri|abro una? cuenta en otro|otra banco|entidad',
      // Round 75. The order called off, the money back demanded: "anulo el encargo y que me devuelvan el dinero", "cancelo la reserva y me devuelven lo pagado".
      'anulo|cancelo|anularé|anulare|cancelaré|cancelare|anulamos|cancelamos|anularemos|cancelaremos el|la|mi|nuestro|nuestra|todo|los|las encargo|pedido|contrato|compra|orden|obra|trabajo|servicio|instalación|instalacion|encargos|pedidos', 'anulo|cancelo|anularé|cancelaré|anulamos|cancelamos|anulen|cancelen|anulad|cancelad * *? *? y|e que? me|nos devuelvan|devolváis|devolvais|devuelven|reembolsen|reembolséis|abonen|reintegren',
      // Round 73. The last order announced: "será nuestro último pedido con su imprenta", "considérenlo mi última compra".
      'será|sera|sido|consideren|considérenlo|considerenlo|tómenlo|tomenlo|tomen como|este|esta? nuestro|nuestra|mi|el|la último|ultimo|última|ultima pedido|encargo|compra|orden|reserva|contrato|trabajo',
      'será|sera|sido la|nuestra|mi última|ultima vez|compra|reserva que',
      // Round 54. A local business left for another of its trade: "me toca buscar otro jardín", "me llevo la ropa a otra tintorería".
      `buscar|busco|buscaré|buscare|buscamos|buscaremos|buscando otro|otra ${LOCAL}`,
      `llevo|llevaré|llevare|llevamos|llevaremos|mando|mandaré|mandamos|traslado|trasladaré * *? *? a|con|en otro|otra ${LOCAL}`,
      // Another brand or elsewhere, with words between: "me compro otra marca", "me compro otra en otro lado", "me inscribo en otro lado".
      'compro|compraré|comprare|pido|pediré|pedire|cambio|cambiaré|cambiare|paso|pasaré|pasare|elijo a? otra|otro marca|modelo|fabricante',
      'compro|compraré|comprare|pido|pediré|pedire|inscribo|inscribiré|anoto|anotaré|contrato|contrataré|llevo|llevaré|voy|iré * *? *? en|a|por|con otro|otra lado|sitio|lugar|parte|academia|autoescuela|escuela|taller',
      // Moving over as it happens, with what is moved: "estoy migrando a otro hosting", "paso todo a otra plataforma".
      `migro|migrando|migraré|migramos|migraremos|migrar|migrarme|mudando|pasando|pasándome|cambiando|cambiándome|moviendo|trasladando todo|todos|mi|mis|nuestra|nuestro|nuestras|nuestros|la|el|los|las? *? a|al|hacia|con otro|otra ${ELSEWHERE}`,
      // Every account closed at once: "cancelaré todas mis cuentas", "cierro mis tarjetas con ustedes".
      'cancelar|cancelaré|cancelo|cancelamos|cancelaremos|cerrar|cerraré|cierro|cerramos|cerraremos|anular|anularé|anulo todas|todos? mis|nuestras|nuestros cuentas|tarjetas|suscripciones|contratos|seguros|pólizas|líneas|productos',
      // Never again, renting and booking too: "nunca más alquilo con ustedes".
      'nunca|jamás más alquilo|alquilaré|alquilamos|alquilaremos|reservo|reservaré|viajo|viajaré|vuelo|volaré|contrato|contrataré|compro|compraré|pido|pediré|uso|usaré',
      'no vuelvo|volveré|volvemos|volveremos a alquilar|alquilarles|rentar|rentarles|contratarles',
      // Elsewhere from now on: "compro en otra parte", "alquilaré con otra empresa".
      'compro|compraré|compramos|pido|pediré|pedimos|alquilo|alquilaré|alquilamos|reservo|reservaré|contrato|contrataré en|con|a otro|otra parte|lado|tienda|empresa|compañía|agencia|plataforma|proveedor|arrendadora|web',
      // Asking for the cancellation in so many words: "quiero la baja", "solicito mi baja", "exijo la baja".
      "quiero|queremos|pido|pedimos|solicito|solicitamos|exijo|exigimos|tramito|tramitaré|tramitamos|gestiono|gestionaré la|mi|nuestra baja", "quiero|queremos|voy|vamos|necesito a? darme|darnos de baja",
      'me voy|vamos a otro|otra hotel|tienda|banco|gimnasio|compañía|compania|operador',
      'dejaré|dejare de usar|utilizar su|sus|el|la servicio|servicios|app|aplicación|tarjeta', 'voy a dejar de usar|utilizar',
      'mi número|numero a otro|otra operador|operadora|compañía|compania',
      'cancelar mi|la póliza|poliza|suscripción|suscripcion|cuenta|contrato',
      'contratar con otra|otro aseguradora|compañía|compania|empresa|proveedor|banco',
      'pido|pediré|pedire|compro|compraré por|a|en la competencia',
      'borro|borraré|borrare|desinstalo la app|aplicación|aplicacion',
      'vuelo|compro|reservo|viajo|voy con|en otra|otro aerolínea|aerolinea|compañía|compania|empresa|tienda|banco|operador',
      'cancelo|cancelaré|cancelare la|mi tarjeta|cuenta|suscripción|suscripcion',
      'me|nos salgo|salimos|saldré',
      'compro|compraré|compramos en|a otro|otra lugar|sitio|tienda|página|pagina',
      // Changing the kind of provider: "me cambio de farmacia", "cambiaré de aseguradora", "me voy a otro consultorio", "me inscribo en otra academia".
      'cambiar|cambio|cambiaré|cambiare|cambiamos|cambiaremos|cambiaría|cambiaria|cambie de clínica|clinica|farmacia|aseguradora|arrendadora|compañía|compania|empresa|consultorio|academia|escuela|colegio|instituto|universidad|guardería|banco|proveedor|operador|operadora|agencia|dentista|veterinario|veterinaria|gimnasio|seguro|taller|ticketera|coworking|inmobiliaria',
      'voy|vamos|iré|ire|paso|pasaré|pasare|llevo|llevaré|llevare|llevamos|llevaremos|inscribo|inscribiré|inscribimos|inscribiremos|matriculo|matricularé|matriculamos|matricularemos|apunto|apuntaré|apuntamos|cambio|cambiaré a|con|en otro|otra clínica|clinica|farmacia|aseguradora|arrendadora|compañía|compania|empresa|consultorio|academia|escuela|colegio|instituto|universidad|guardería|banco|proveedor|operador|operadora|agencia|dentista|veterinario|veterinaria|gimnasio|taller|ticketera|coworking|inmobiliaria',
      'buscar|busco|buscaré|buscare|buscamos otro|otra clínica|clinica|farmacia|aseguradora|compañía|compania|empresa|consultorio|academia|escuela|banco|proveedor|operador|agencia|dentista|veterinario|taller',
      'última|ultima vez que vuelo|viajo|pido|reservo|uso|contrato', 'no renuevo|renovamos',
      'dejo su|vuestro|tu servicio|compañía|compania',
      'ofertas de otra|otro compañía|compania|operador|operadora|empresa|banco', 'a punto de cancelar|darme|irme|cambiarme', 'me cambio esta|la semana',
      'doy|damos|daré|dare de baja', 'me paso|pasaré|pasare|cambio al|a la? streaming|competencia', 'portar|portarme|cambiarme|irme a otra|otro compania|compañía|operador|operadora|empresa', 'no vuelvo|volveré|volvere a volar|comprar|pedir|reservar|viajar', 'no os|les|te compro|pido nada más|mas',
      'cambiarme|cambiarnos de farmacia|clínica|clinica|gimnasio|aseguradora|seguro|operador|compañía|banco',
      'planteando|pensando|considerando cancelarlo|cancelar|irme|cambiarme|darme', 'no volver a comprar|pedir|contratar|reservar|usar',
      'borrar|borro|cerrar|cierro|eliminar|elimino la|mi cuenta', 'me borro|largo', 'última|ultima oportunidad antes',
      'no pienso|vuelvo|volveré|volvere volver? a comprar|pedir|contratar|reservar|usar',
      // Never again, in the verbs of using: "No pienso volver a volar con ustedes", "jamás volveré a alojarme aquí", "no pensamos seguir con ustedes".
      'no pienso|pensamos|vuelvo|volvemos|volveré|volveremos|volvería|volveríamos volver? a volar|viajar|confiar|pisar|utilizar|alojarme|alojarnos|hospedarme|hospedarnos|elegirlos|elegirles|elegir|escogerlos|matricular|inscribir|llevar|renovar|contratarles|contratarlos|comprarles|pedirles',
      'nunca|jamás volveré|volveremos|vuelvo|volvemos a comprar|pedir|contratar|reservar|usar|volar|viajar|confiar|pisar|utilizar|alojarme|alojarnos|hospedarme|elegir',
      'no pienso|pensamos|voy|vamos|quiero|queremos a? seguir|continuar con ustedes|vosotros', 'no pienso|pensamos|voy|vamos|quiero|queremos a? seguir|continuar con esta|este|su|vuestra|vuestro compañía|compania|empresa|banco|operador|operadora|aseguradora|proveedor|gimnasio|colegio|seguro|servicio|aerolínea',
      // Not renewing it: "no la renovaré", "no lo vamos a renovar".
      'no la|lo|las|los|le|les renovaré|renovaremos|renovaría|renovaríamos|renuevo|renovamos', 'no la|lo|las|los voy|vamos a renovar', 'no pienso|pensamos renovarla|renovarlo|renovar',
      // Moving the child or the pet elsewhere: "lo cambiamos de centro", "la sacamos del colegio".
      'lo|la|los|las|le|les cambio|cambiamos|cambiaré|cambiaremos|paso|pasamos|pasaré|pasaremos de colegio|centro|escuela|instituto|guardería|academia|universidad|clínica|médico|hospital|residencia|veterinario',
      'lo|la|los|las|le|les saco|sacamos|sacaré|sacaremos del colegio|instituto|club|gimnasio|programa|curso', 'lo|la|los|las|le|les saco|sacamos|sacaré|sacaremos de la escuela|academia|guardería|universidad|residencia',
      // "Si sigue así me paso a otra": another one, named before ("otra app", "otro banco"), at the end of the clause.
      'me|nos paso|pasamos|pasaré|pasaremos|cambio|cambiamos|cambiaré|cambiaremos|voy|vamos|iré|iremos a|con otra|otro .|!|!!|...|y|en|ya|sin|directamente|definitivamente|mañana|hoy|eh',
      // Uninstalling it ("voy a desinstalar la app") is not uninstalling to reinstall (notChurn).
      'voy|vamos a desinstalar|borrar la|esta|esa|su app|aplicación|aplicacion', 'voy|vamos a desinstalarla|borrarla',
      'voy|vamos a cancelar|darme|darnos|irme|irnos', 'voy|vamos a cambiarme|cambiarnos de|a la|otra|otro? proveedor|empresa|compañía|servicio|competencia', 'me|nos cambio|cambiamos a|de proveedor|empresa|compañía|servicio', 'me|nos cambio|cambiamos a otra|otro proveedor|empresa|compañía|compania|servicio|operador|operadora|banco',
      'cancelar|cancelaré|cancelo|cancelamos|cancelaremos|cancelando mi|la|el|nuestra|nuestro suscripción|cuenta|contrato|servicio|plan|membresía|abono',
      'darme|darnos de baja', 'me|nos doy|damos de baja', 'me|nos voy|vamos con|a la? competencia', 'me|nos cambio|cambiamos|paso|pasamos a|con la? competencia', 'buscar|buscaré|buscaremos otro|otra proveedor|empresa|servicio|alternativa|opción',
      'no volveré|volveremos a comprar|usar|contratar', 'nunca más compro|uso|contrato|vuelvo', 'perdieron|han perdido un|a un? cliente',
      'no voy|vamos a renovar', 'no renovaré|renovaremos', 'me voy a la competencia',
      // Leaving for a rival by name: "me voy a Amazon", "nos pasamos a Movistar", "me cambio a Mercado Libre".
      `me|nos ${MOVE} a|al|con|para ${RIVALS}`, `me|nos ${MOVE} a|con|para mercado libre|pago`, `irme|irnos|pasarme|pasarnos|cambiarme|cambiarnos|portarme|portarnos a|con ${RIVALS}`,
      `me|nos ${MOVE} a|con la competencia`, `me|nos ${MOVE} a|con otra|otro ${ELSEWHERE}`, `irme|irnos|pasarme|pasarnos|cambiarme|cambiarnos a|con la competencia`,
      `irme|irnos|pasarme|pasarnos|cambiarme|cambiarnos a|con otra|otro ${ELSEWHERE}`, 'me|nos voy|vamos|iré|iremos a otra|otro parte|lado|sitio',
      `me|nos cambio|cambiamos|cambiaré|cambiaremos de ${PROVIDER}`, `cambiarme|cambiarnos|cambiar de ${PROVIDER}`,
      'me|nos llevo|llevamos|llevaré|llevaremos mi|nuestro|nuestra|el|la dinero|negocio|cuenta|nómina|ahorros|hipoteca a|con otra|otro|otra|la|otros',
      // "Última vez que compro aquí", "no vuelvo a pedir", "nunca más les compro": the last purchase announced.
      'última vez que les|os|le? compro|pido|uso|contrato|reservo|viajo|pago|confío|compramos|pedimos', 'última compra que les|os? hago',
      'no vuelvo|volvemos a comprar|pedir|usar|contratar|confiar|reservar|viajar', 'no les|os|le vuelvo|volvemos|volveré a comprar|pedir|contratar',
      'no volveré|volveremos a pedir|confiar|reservar|viajar', 'nunca|jamás más les|os|le compro|pido|contrato|compraré|pediré',
      'nunca|jamás más pido|compraré|pediré|usaré|contrataré|reservo|reservaré', 'no me|nos vuelven|volverán a ver',
      // Closing the account, ending the contract: "cierro mi cuenta", "rescindo el contrato", "doy de baja la línea".
      'cerrar|cierro|cerraré|cerramos|cerraremos mi|la|nuestra|mis|las|nuestras cuenta|cuentas', 'eliminar|borrar|eliminaré|borraré|elimino|borro mi|nuestra cuenta|perfil',
      'rescindir|rescindo|rescindiré|rescindimos|rescindiremos el|mi|nuestro|este? contrato', 'dar|doy|daré|damos|daremos de baja mi|nuestra|nuestro|la|el línea|linea|cuenta|suscripción|servicio|contrato|plan|seguro|póliza|fibra',
      'me|nos veo|vemos|veré obligado|obligada|obligados a cancelar|irme|cambiarme|darme|rescindir|buscar',
    ],
    notChurn: [
      // Round 64. A cancellation given its date or a neutral reason is a formal request, not a threat: "solicito la baja
      // del servicio a partir del próximo mes", "doy de baja la línea por mudanza" (frustration 0.79 before). "Si no me
      // devuelven la plata, doy de baja todo" names neither and stays churn.
      'baja|cancelar|cancelo|cancelación|cancelacion|rescindir|rescindo|rescisión *? *? *? *? *? *? a|con partir|efecto|efectos|fecha',
      'baja|cancelar|cancelo|cancelación|cancelacion|rescindir|rescindo|rescisión *? *? *? *? *? *? por|debido|motivo a|de? mudanza|traslado|fallecimiento|jubilación|jubilacion',
      'baja|cancelar|cancelo|cancelación|cancelacion *? *? *? *? *? *? porque|pues|ya no lo|la|los|las? uso|usamos|utilizo|necesito|necesitamos|necesitaré',
      // Uninstalling to reinstall or to try: "desinstalé la app y la volví a instalar".
      'desinstalar|desinstalé|desinstalo|desinstalarla|desinstalamos|borrar|borré|borrarla *? *? y|para|e la|lo? reinstalar|reinstalarla|instalar|instalarla|volver|volví|vuelvo|reinstalé|instalé|probar|ver|bajar|descargar',
      // Changing a seat, a topic or a size is no move: "me paso a otro asiento".
      'otro|otra asiento|tema|pantalla|sección|página|habitación|cuarto|vuelo|día|fecha|hora|talla|color|modelo|plan|tarifa|número|método|tarjeta|dirección|correo',
      'cancelar|cancelo|cancelamos|cancelaré la|el|mi|nuestra|nuestro|esta|este reunión|cita|llamada|visita|junta|reserva|reservación|vuelo|turno',
      // A trip or an errand: "me voy a ir de vacaciones", "voy a irme a casa".
      'irme|irnos de vacaciones|viaje|compras|paseo', 'irme|irnos a casa|dormir|comer',
    ],
    // The state defended against a charge is no praise: "me cobraron la limpieza aunque el coche estaba perfecto".
    notPraise: [
      'increíble|increible lo que|cuanto|cuánto tarda|tardan|tardó|tardaron|demora|demoran|cuesta|cobran|cobra',
      // Round 103. "Es increíble que tenga que pedir cita con tres semanas de antelación."
      'increíble|increible|inaudito que tenga|tengamos|haya|tengan que',
      'aunque|pese|siendo * *? *? estaba|estaban|era|eran|quedó|quedaron|dejé|dejamos|devolví|devolvimos|entregué|entregamos impecable|impecables|perfecto|perfecta|perfectos|perfectas|limpio|limpia|limpios|intacto|intacta|nuevo|nueva|impoluto|impoluta',
    ],
    humanRequest: [
      'hablar|comunicarme|contactar con|a un|una? persona|humano|humana|agente|supervisor|supervisora|gerente|encargado|encargada|responsable|asesor|asesora|operador|operadora',
      'hablar con alguien', 'persona real|humana', 'un|una humano|humana|persona real', 'no un|una bot|robot|máquina',
      'pásame|páseme|comuníqueme|comunícame con un|una|el|la? supervisor|gerente|humano|persona|encargado|agente', 'escalar|escalen|escale este|el|mi? caso|ticket|problema|reclamo',
    ],
    issueReport: [
      // Round 152. The wrong item and the errand on top: "Me mandaron unas zapatillas del 38 cuando pedí el 41, y ahora encima tengo que ir yo a correos".
      'encima tengo|tenemos que', 'cuando pedí|pedimos el|la|un|una|unos|unas', 'tengo|tenemos que ir * *? a devolverlo|devolverla|devolverlos|devolverlas',
      // Round 75. Refused service, no reason given: "se negó a atenderme", "se negaron a devolverme el dinero".
      'se|me|nos negó|nego|negaron|niega|niegan|negaba|negaban a atenderme|atendernos|atender|ayudarme|ayudarnos|devolverme|devolvernos|darme|darnos|recibirme|recibirnos|cambiarme|cambiar|reembolsar|reembolsarme|aceptar|aceptarme|escucharme|dejarme|explicar|explicarme',
      // Round 73. Rude, in Spain's word: "fue bastante borde", "un camarero muy borde" ("el borde de la mesa" is an edge).
      'fue|fueron|es|son|estuvo|estuvieron|era|eran|muy|bastante|súper|super|tan|algo|poco|demasiado|super borde|bordes',
      // Round 71. Charged for what was not done: "me cobró una limpieza que no me hizo", "me cobraron un servicio que nunca usé".
      'cobró|cobro|cobraron|cobran|cobra|cobrado|facturó|facturaron|facturado|cargó|cargaron * *? *? *? que|lo no|nunca me|nos|se? hizo|hicieron|dio|dieron|prestó|prestaron|usé|use|usamos|pedí|pedi|pedimos|contraté|contratamos|consumí|consumimos|recibí|recibimos|hicimos|hice|realizó|realizaron',
      // Round 71. An explanation of a charge demanded: "explíquenme este cobro", "que alguien me explique este cargo".
      'explíquenme|expliquenme|explíqueme|expliqueme|explícame|explicame|explíquennos|expliquennos|explique|expliquen este|esta|estos|estas|ese|esa|esos|el|la|los cobro|cargo|cobros|cargos|importe|recibo|factura|monto|recargo|recargos',
      // Doing it on its own: "se encienden solas", "se apaga solo", "se desconecta sola".
      'se enciende|encienden|prende|prenden|apaga|apagan|reinicia|reinician|desconecta|desconectan|activa|activan sola|solas|solo|solos',
      // A bill a multiple of the usual: "casi el doble que el mes pasado", "el triple de lo normal", "el recibo de luz carísimo".
      'doble|triple|cuádruple que|de|del el|lo? mes|normal|habitual|siempre|antes|usual|anterior|pasado|otros', 'recibo|factura|boleta|cobro * *? *? carísimo|carísima|altísimo|altísima|elevadísimo|elevadísima|disparado|disparada',
      // Cut off without a word: "nos cortaron el agua sin avisar", "sin previo aviso".
      'sin avisar|avisarnos|avisarme|aviso|notificar|notificación|previo|explicación|explicaciones',
      // Ordered one thing, another came: "pedí unas botas y me llegaron unas sandalias".
      'pedí|pedimos|compré|compramos|encargué * *? *? *? *? *? y|pero me|nos? llegó|llegaron|mandaron|enviaron|trajeron|vino|vinieron|entregaron un|una|unos|unas|otro|otra|otros|otras',
      // Ordered without it, came with it: "pedí una pizza sin cebolla y llegó llena de cebolla".
      "llegó|llego|vino|llegaron|vinieron|venía|venia|venían|trajeron|mandaron lleno|llena|llenos|llenas|repleto|repleta|cubierto|cubierta de", "pedí|pedi|pedimos|pido|encargué|encargue * *? *? sin * *? y|pero llegó|llego|vino|venía|trajeron|mandaron|llegaron|vinieron",
      // Late, and nothing given: "vuelo retrasado 6 horas", "ni un vaso de agua nos dieron", "ni una disculpa".
      'retrasado|retrasada|retrasó|retrasaron|demorado|demorada|demoró|atrasado|atrasada|atrasó #num|una|dos|tres|cuatro|cinco|seis|siete|ocho|varias|muchas horas|hora|días|día|semanas|minutos',
      '#num|dos|tres|cuatro|cinco|seis|siete|ocho|varias|muchas horas|días|semanas|minutos de retraso|atraso|demora|espera',
      'ni un|una vaso|gota|botella|disculpa|explicación|respuesta|mensaje|aviso|llamada|solución|compensación|café|bocadillo|vale',
      'sin avisar|aviso|explicación|previo|disculpas',
      'no me|nos dejó|dejaron|deja|dejan dormir|descansar|trabajar',
      'no hay|había nada que hacer', 'no me|nos dan|dieron|ofrecen|ofrecieron ninguna|nada|ni solución|explicación|alternativa|compensación',
      'cada dos por tres', 'se corta|cae|cuelga cada',
      'no funciona|funcionan|carga|cargan|abre|abren|sirve|sincroniza|conecta|responde|llega|llegó|aparece|guarda|arranca',
      'dejó|dejaron de funcionar|sincronizar|cargar|llegar|responder', 'ha|han dejado de funcionar|sincronizar|cargar|llegar|responder', 'error|errores|fallo|falla|fallas|falló|caído|caída|bloqueado|bloqueada|roto|rota|colgado',
      'no ha|han llegado|funcionado|cargado', 'no me deja|dejan entrar|acceder|iniciar|pagar', 'me|nos cobraron dos veces', 'me|nos cobraron doble', 'me|nos cobraron de más',
      'cobro|cargo doble|duplicado|indebido', 'no puedo|podemos entrar|acceder|iniciar|conectarme|pagar|descargar|ver|usar', 'se cae|cayó|bloquea|bloqueó|cierra|cerró|cuelga|colgó',
      'no me|nos llegó|llega|llegan|llegaron', 'se borraron|borró|perdieron|perdió mis|los|todos|nuestros',
      'sin servicio|internet|señal|conexión|luz|acceso', 'ya no funciona|sirve|carga|abre',
      // Damaged, soaked, crushed, leaking, dirty, spoiled: "la caja llegó aplastada", "la comida llegó fría", "el frasco se derramó".
      'dañado|dañada|dañados|dañadas|estropeado|estropeada|estropeados|estropeadas|abollado|abollada|abollados|aplastado|aplastada|aplastados|aplastadas|empapado|empapada|empapados|empapadas|mojado|mojada|mojados|mojadas|rotos|rotas|rajado|rajada|agrietado|agrietada|quebrado|quebrada|desgarrado|desgarrada|rasgado|rasgada|sucio|sucia|sucios|sucias|manchado|manchada|manchados|manchadas|podrido|podrida|podridos|derramado|derramada|rayado|rayada|rayados|defectuoso|defectuosa|defectuosos|defectuosas|averiado|averiada|golpeado|golpeada|deformado|deformada|descosido|descosida|agujereado|agujereada|incomible|intragable|desperfecto|desperfectos',
      'se ha|han roto|derramado|estropeado|dañado|mojado|podrido|averiado', 'se rompió|rompieron|derramó|derramaron|rajó|estropeó|estropearon|ha estropeado|dañó|dañaron|manchó|mancharon|mojó|mojaron|pudrió|averió|averiaron|quemó|descompuso|descompusieron',
      'llegó|llegaron|vino|vinieron|venía|venían|está|están|estaba|estaban caducado|caducada|caducados|caducadas|podrido|podrida|podridos|abierto|abierta|abiertos|vacío|vacía|usado|usada|incompleto|incompleta|golpeado|golpeada',
      // ("La cerveza está fría" is as it should be: cold said of what came, or of the food below.)
      'llegó|llegaron|vino|vinieron|venía|venían fría|frío|fríos|frías|cruda|crudo|quemada|quemado', 'en mal estado',
      'comida|pizza|hamburguesa|sopa|plato|platos|café|arroz|pasta|patatas|papas|pollo|carne|comidas|pedido|menú llegó|llegaron|vino|vinieron|estaba|estaban|está|están|venía|venían completamente|totalmente|muy|bien? fría|frío|fríos|frías|helada|helado|cruda|crudo|quemada|quemado|crudos|podrida|incomible|aguada|recocida|pasada',
      'un|mucho|muchísimo|gran|enorme|tremendo|otro|nuevo retraso|atraso|demora',
      'gotea|gotean|goteando|goteaba|fuga|fugas', 'pierde|pierden|perdía agua|aceite|gas|líquido',
      // Wrong or missing: "me llegó el color equivocado", "la talla incorrecta", "no es lo que pedí", "faltan dos artículos".
      'producto|talla|color|artículo|pedido|paquete|modelo|tamaño|cantidad|importe|cargo|dirección|factura|número|prenda|libro|pieza|repuesto|recibo|cobro|tarifa equivocado|equivocada|incorrecto|incorrecta|erróneo|errónea|distinto|distinta|diferente',
      'productos|tallas|colores|artículos|pedidos|paquetes|modelos|prendas|piezas|cargos|cobros|importes equivocados|equivocadas|incorrectos|incorrectas|erróneos|erróneas|distintos|distintas',
      'no es|era|son|eran lo|el|la|los|las que pedí|pedimos|compré|compramos|encargué|encargamos|pagué|pagamos', 'me|nos mandaron|enviaron|trajeron|entregaron|dieron otro|otra|otros|otras producto|talla|color|modelo|artículo|cosa|pedido|paquete|cosas|productos|tamaño',
      'factura|cobro|cargo|importe|recibo|cuenta|cuota está|estaba|viene|vino|es|llegó mal|equivocada|equivocado|incorrecta|incorrecto|errónea|erróneo', 'mal cobrado|cobrada|cobrados|facturado|facturada|calculado|calculada|cobrado',
      'falta|faltan|faltaba|faltaban|faltó|faltaron #num|un|una|dos|tres|cuatro|varios|varias|algunos|algunas|piezas|pieza|artículos|artículo|productos|producto|accesorios|cosas|el|la|los|las|la|unidades',
      'incompleto|incompleta|incompletos|incompletas', 'no venía|venían|vino|vinieron|traía|traían|incluía|incluían el|la|los|las|ningún|ninguna',
      // Cancelled on them: "me cancelaron el vuelo", "vuelo cancelado", "perdimos la conexión".
      'me|nos cancelaron|anularon|suspendieron|cancelan|anulan|aplazaron|pospusieron|reprogramaron', 'me|nos han|ha cancelado|anulado|suspendido|aplazado|pospuesto',
      'vuelo|vuelos|tren|trenes|autobús|bus|entrega|pedido|envío|paquete|cita|reparación|instalación|visita|reserva|viaje cancelado|cancelada|cancelados|anulado|anulada|suspendido|suspendida|aplazado|aplazada|pospuesto|pospuesta',
      'aplazaron|pospusieron|reprogramaron', 'perdimos|perdí|perdió|perdieron|perdido la|el|mi|nuestra|nuestro conexión|vuelo|tren|enlace|cita|escala|transbordo|autobús',
      // Charged twice or too much, paid for nothing: "me han cobrado dos veces", "la factura es más alta de lo normal", "comisiones ocultas".
      'me|nos han|ha cobrado|cargado dos veces', 'me|nos han|ha cobrado|cargado de más', 'me|nos han|ha cobrado|cargado el doble', 'me|nos han|ha cobrado|cargado doble|demás|indebidamente|mal',
      'me|nos cobraron|cargaron|cobran|cargan|cobró|cargó el doble', 'me|nos cobraron|cargaron|cobran|cargan|cobró|cargó doble|demás|indebidamente|mal', 'me|nos cobran|cargan|cobró|cargó dos veces', 'me|nos cobran|cargan|cobró|cargó de más',
      'más alta|alto|cara|caro de lo normal|habitual|acordado|pactado|contratado', 'factura|recibo|cuota|importe|mensualidad|tarifa|precio se? ha duplicado|disparado|triplicado', 'factura|recibo|cuota|importe|mensualidad|tarifa|precio se duplicó|disparó|triplicó',
      'factura|recibo|cobro|cargo|cuota excesiva|excesivo|abusiva|abusivo|desorbitada|desorbitado|inflada|inflado',
      // ("¿Hay gastos adicionales?" asks before buying: an extra fee counts once charged.)
      'comisión|comisiones|cargo|cargos|cobro|cobros|recargo|recargos indebido|indebidos|indebida|desconocido|desconocidos|duplicado|duplicados',
      'cobraron|cobrado|cobran|cobró|cargaron|cargado|cargan|aplicaron|aplicado|añadieron|añadido|metieron|pusieron|puesto|sumaron|incluyeron *? *? comisión|comisiones|cargo|cargos|cobro|recargo|recargos|gasto|gastos|tarifa|multa|penalización|suplemento',
      'cargo|cargos|cobro|cobros que no reconozco|reconocemos|autoricé|autorizamos', 'pagué|pagamos|pagado|cobraron|cobrado|cobró y|pero no|nunca|nada|sin|ni',
      // Out of service: "no tengo internet", "sin cobertura", "corte de luz", "el pago no pasa", "tarjeta rechazada".
      'no hay|tengo|tenemos|tiene|tienen internet|señal|luz|agua|conexión|línea|cobertura|servicio|gas|red|wifi|tono|calefacción', 'sin cobertura|red|línea|tono|wifi|agua|gas|calefacción|electricidad|corriente',
      'se fue|va|cortó|corta la luz|señal|conexión|internet|línea|corriente|electricidad|agua', 'cortaron|cortan la|el luz|señal|conexión|internet|línea|corriente|electricidad|agua|servicio|gas', 'corte|cortes de luz|internet|agua|suministro|señal|servicio|línea|corriente|conexión', 'apagón|apagones',
      'pago|tarjeta|transferencia|compra|transacción no pasa|pasó|pasan|procesa|procesó|funciona|funcionó|sale|salió', 'pago|tarjeta|transferencia|compra|transacción no se procesa|procesó|realiza|realizó|completa|completó', 'pago|pagos|tarjeta|transacción|compra|transferencia|operación rechazado|rechazada|denegado|denegada|fallido|fallida',
      'me|nos rechaza|rechazan|rechazó|rechazaron|deniega|denegó|deniegan el|la|mi pago|tarjeta|transacción|compra|transferencia',
      // Hung up on, could not help, rude: "me colgó", "no supo ayudarme", "muy grosero".
      'me|nos colgó|colgaron|cuelgan|cuelga', 'me|nos han|ha colgado', 'no supo|supieron|sabía|sabían|sabe|saben ayudarme|ayudarnos|resolver|responder|responderme|explicar|explicarme|decirme|decirnos|darme|qué|nada|cómo|solucionar',
      'no me|nos pudieron|pudo|pueden|puede|supo ayudar|resolver|solucionar|dar|explicar|atender', 'me|nos dejaron|dejó plantado|plantada|plantados|tirado|tirada|tirados|colgado|colgada',
      'grosero|grosera|groseros|groseras|maleducado|maleducada|maleducados|antipático|antipática|antipáticos|prepotente|prepotentes|incompetente|inútil|inútiles|desagradable|irrespetuoso|irrespetuosa|despectivo|despectiva|déspota',
      'mal atendido|atendida|atendidos|atendidas', 'mala|pésima|fatal|nula atención|actitud|educación|trato',
    ],
    waiting: [
      // Round 75. The day counted without it: "tercer día sin agua caliente", "segunda semana sin internet".
      'segundo|tercer|tercero|cuarto|quinto|sexto|séptimo|septimo|décimo|decimo día|dia|semana|mes sin|y', 'segunda|tercera|cuarta|quinta semana sin|y',
      // Round 71. Kept waiting past the appointment: "me tienen esperando desde las 9", "nos hicieron esperar una hora", "esperando desde las 10".
      'me|nos tienen|tuvieron|tenían|tenian|hicieron|hacen|dejaron|dejan esperando|esperar|plantado|plantada|plantados',
      'esperando|espero|esperamos|esperé|espere desde|hace las|la #num|una|dos|tres|media|más|mas|casi|hora|horas',
      // Asked long ago and still there: "la pedí hace semanas y siguen ahí".
      'hace semanas|meses y siguen|sigue|nada|todavía|todavia|aún|aun|ni',
      // Started, came or opened late, counted: "la película empezó 20 minutos tarde", "llegó dos horas tarde".
      'empezó|empezo|comenzó|comenzo|arrancó|arranco|salió|salio|llegó|llego|llegaron|abrieron|abrió|abrio|inició|inicio|atendieron|atendió #num|una|dos|tres|media|casi|más * *? tarde',
      // Promised by a date now past: "debía llegar ayer", "tenían que estar listos el lunes y nada".
      'debía|debian|debían|deberían|debería|tenía|tenian|tenían|iban que|a? llegar|estar|haber|ser|salir * *? ayer|antier|anteayer|lunes|martes|miércoles|jueves|viernes|semana|pasado',
      // The promised time gone by: "han pasado ya tres semanas", "debía llegar el lunes".
      // (After what was promised: "ya pasaron dos días y llegó perfecto" opens on the time and is none.)
      'y|pero|e ya? han|pasaron pasado? ya? #num|dos|tres|cuatro|cinco|seis|siete|varias|varios|muchas|muchos|más|casi días|semanas|meses',
      'debía|debían|tenía|tenían que? abonarse|reembolsarse|devolverse|enviarse|entregarse|resolverse|llegar|llegarme|llamarme|contactarme|devolverme|reembolsarme',
      // "Llevo media hora intentándolo", "llevamos toda la mañana esperando".
      'llevo|llevamos media|una|toda|más|casi? la? #num? hora|horas|día|días|semana|semanas|mañana|tarde intentando|intentándolo|tratando|probando|esperando|llamando|peleando|peleándome',
      'sigo|seguimos esperando', 'llevo|llevamos #num? días|horas|semanas esperando', 'tarda|tardan|tardó|demora|demoran una? eternidad|demasiado|mucho',
      'no han|ha resuelto|solucionado|arreglado', 'nadie ha resuelto|solucionado',
      // Late: "llegó tarde", "con retraso", "se retrasó", "el pedido está atrasado una semana" ("esta tarde", "sin retraso" are none).
      'llegó|llegaron|llega|llegan|llegará|vino|vinieron|viene|salió|salieron|sale|aterrizó|entregaron|entregó|entregado|entregada|entregados|contestaron|respondieron|avisaron tarde|tardísimo',
      'llegó|llegaron|llega|llegan|vino|vinieron|viene|salió|salieron|entregaron|entregó muy|demasiado|súper|super|bastante|tan|más tarde', 'con retraso|atraso|demora|demoras|retrasos',
      'se retrasó|retrasaron|atrasó|atrasaron|demoró|demoraron', 'se ha|han retrasado|atrasado|demorado', 'se está|están retrasando|atrasando|demorando', 'ha|han llegado|venido tarde|con',
      'está|están|estaba|estaban|va|van|viene|vienen|llegó|llegaron|sigue|siguen retrasado|retrasada|retrasados|retrasadas|atrasado|atrasada|atrasados|atrasadas|demorado|demorada|demorados',
      'pedido|envío|paquete|vuelo|tren|entrega|autobús|cita|reparación|instalación|reembolso|devolución retrasado|retrasada|atrasado|atrasada|demorado|demorada',
      'retraso|atraso|demora de #num|una|dos|tres|más|varias|muchas|casi',
      'retraso|retrasos|demora|demoras|atraso|atrasos del|de|en pedido|envío|entrega|vuelo|tren|reembolso|paquete|devolución|instalación|reparación', 'retraso|retrasos|demora|demoras|atraso|atrasos de|en la|el entrega|devolución|instalación|reparación|pedido|envío|vuelo|tren|reembolso|paquete', 'fuera de plazo', 'ya pasó|pasaron|venció el|la plazo|fecha',
      // Nobody came, nothing received or refunded: "el técnico no vino", "nunca apareció", "todavía no he recibido el reembolso".
      'no vino|vinieron|apareció|aparecieron|acudió|acudieron', 'no se presentó|presentaron', 'nunca vino|vinieron|llegó|llegaron|apareció|aparecieron|acudió', 'nunca se presentó|presentaron',
      'esperando|esperé|esperamos|esperó|esperaron * *? hora|horas|días|semanas|minutos|mañana|tarde|día|mes|meses', 'hora|horas|minutos|mañana|tarde en espera|línea', 'hora|horas|minutos|mañana|tarde al teléfono|aparato',
      'todavía|aún no he|hemos|han|ha recibido|devuelto|reembolsado|llegado|respondido|contestado|solucionado|resuelto|arreglado|enviado|llamado|pagado|abonado', 'todavía|aún no me|nos han|ha devuelto|reembolsado|respondido|contestado|llamado|llegado|enviado|pagado|abonado',
      'no he|hemos recibido', 'no me|nos han|ha devuelto|reembolsado|abonado|reintegrado|pagado', 'no me|nos devolvieron|reembolsaron|abonaron|pagaron|reintegraron|devuelven|reembolsan|abonan', 'nunca me|nos devolvieron|reembolsaron|abonaron|pagaron',
      'sin reembolso|devolución|noticias', 'un|una|media día|semana|hora|mes de retraso|atraso|demora',
    ],
    courtesy: ['gracias de|por antemano', 'gracias por adelantado', 'cualquier ayuda es bienvenida'],
    politeness: ['por favor', 'porfa|porfavor|xfa', 'podrían|podría|pueden|puede ayudarme|ayudarnos', 'si es posible', 'de antemano', 'le|les agradecería|agradeceríamos'],
    // Round 63. Greetings: "quiubo", "muy buenas", "hola a todos". Not the formal salutations of a letter ("Sehr geehrte", "Estimado equipo",
    // "السادة الكرام", "आदरणीय महोदय"): they open formal complaints and thanks as often, and the pull of a greeting
    // took four such messages of the written kinds to neutral.
    greeting: [
      'hola|holi|holis|holaa|quiubo|quibo|wenas|aló', 'buenos|buen días|dias|día|dia', 'buenas tardes|noches|días|dias',
      'muy buenas|buenos', 'hola|buenas|saludos a todos|todas|equipo|chicos', 'hola buenas|buenos|buen',
      'espero que estén|esté|estés|se encuentren|se encuentre|te encuentres bien', 'les|le|te|os saluda|saludamos|saludo',
    ],
    // Round 63. A question announced, a request made or the topic named: "tengo una consulta", "le escribo por", "quería saber", "me gustaría cambiar".
    request: [
      // Round 64. The customer's own slip, to be put right: "me equivoqué al escribir", "puse mal el número", "escribí por error".
      'me equivoqué|equivoque|confundí|confundi al|de|en', 'puse|escribí|ingresé|introduje|metí|anoté mal', 'puse|escribí|ingresé|introduje|metí|anoté * *? *? por error|equivocación', 'fue mi|un error mío',
      'tengo|tendría|tenía|tenemos|tendríamos una|unas|un|dos|algunas|otra? pequeña|rápida|breve|simple? pregunta|preguntas|preguntica|preguntita|consulta|consultas|consultita|duda|dudas|dudita|inquietud|inquietudes|solicitud',
      'una|pequeña|rápida|breve pregunta|consulta|duda|preguntica|preguntita|consultita|dudita|inquietud sobre|acerca|respecto|con|de|del|por|para|sobre',
      'les|le|te|os escribo|escribimos|contacto|contactamos|consulto|consultamos|molesto por|para|porque|sobre|acerca|respecto|desde|en|con|a|de',
      'escribo|escribimos|consulto por|para|porque|sobre|acerca|respecto|desde|en|con',
      'quería|quisiera|queria|querría|queríamos|quisiéramos|necesito|necesitaría|necesitaba saber|consultar|preguntar|pedir|solicitar|cambiar|modificar|reservar|cancelar|anular|agendar|programar|reprogramar|pedirles|información|informacion|info',
      'me|nos gustaría|gustaria|interesaría saber|consultar|preguntar|pedir|solicitar|cambiar|modificar|reservar|cancelar|información|informacion',
      'por una|un consulta|duda|pregunta|tema|asunto|trámite', 'sería posible', 'me llamo', 'mi nombre es', 'les|le|te habla|escribe',
    ],
    // The topic named alone ("bezüglich …", "بشأن …"): a request's pull where nothing is wrong, but no
    // question announced (tweets say "about …" of the news).
    topic: [
      'con respecto|relación a|al', 'en relación|referencia a|al|con', 'acerca de|del',
    ],
    noProblem: [
      // Round 134. The fault named as put right: "el error ya está solucionado", "el problema quedó resuelto".
      'error|errores|problema|problemas|fallo|falla|bug|avería|averia|bloqueo|baneo ya? está|esta|fue|quedó|quedo resuelto|resuelta|arreglado|arreglada|solucionado|solucionada|corregido|corregida|reparado|reparada',
      // On time and whole: "no llegó tarde", "sin retraso", "no se rompió nada", "nada roto".
      'sin|ningún|ninguna retraso|retrasos|demora|demoras|atraso|daño|daños|desperfecto|desperfectos|rotura|roturas|incidencia|incidencias|incidente|incidentes', 'no llegó|llegaron|llega|vino|vinieron con retraso|demora|atraso', 'no llegó|llegaron|llega|vino|vinieron tarde|retrasado|retrasada|roto|rota|dañado|dañada|abierto|abierta',
      'no se rompió|rompieron|dañó|estropeó|derramó|mojó|perdió|retrasó nada|ninguno|ninguna', 'nada roto|rota|dañado|dañada|estropeado|mojado|mojada', 'no falta|faltaba|faltó nada',
      // What was replaced or repaired is over: "me cambiaron la lavadora defectuosa", "repararon la fuga".
      'cambiaron|cambió|cambiado|sustituyeron|sustituido|reemplazaron|reemplazado|repararon|reparó|reparado|arreglaron|arregló|arreglado|solucionaron|solucionado mi|la|el|los|las|una|un *? *? defectuosa|defectuoso|defectuosos|defectuosas|rota|roto|rotos|rotas|dañado|dañada|averiada|averiado|fuga|fugas|gotera|goteras|avería',
      'no está|estaba|venía|estaban|venían roto|rota|rotos|dañado|dañada|mojado|mojada|retrasado|retrasada|abierto|abierta|incompleto|incompleta|sucio|sucia|frío|fría',
      'sin|ningún|ninguna problema|problemas|error|errores|queja|quejas', 'no hay|tengo|tenemos ningún? problema|problemas|queja|quejas', 'no te|se preocupes|preocupe'],
    worksAgain: [
      // Round 131. Able again, told with "otra vez": "ya puedo ver mis series otra vez".
      'puedo|podemos|pude|puede|pudimos ver|usar|jugar|entrar|escuchar|leer|llamar|pagar|comprar|trabajar|conectarme|acceder|dormir|cocinar|ducharme * *? *? otra vez', 'puedo|podemos|pude|puede|pudimos ver|usar|jugar|entrar|escuchar|leer|llamar|pagar|comprar|trabajar|conectarme|acceder|dormir|cocinar|ducharme * *? *? de nuevo',
      // Round 73. Recovered, told with "again": "mi gatita ya come otra vez", "ya camina de nuevo", "vuelve a jugar otra vez".
      `${RECOVERED} bien|solo|sola|normal|sin? otra vez`, `${RECOVERED} bien|solo|sola|normal|sin? de nuevo|nuevamente`,
      // Round 54: recovered, told with "again": "ya está comiendo otra vez", "el perfil está activo de nuevo".
      'comiendo|caminando|respirando|jugando|durmiendo|funcionando|andando|activo|activa|activos|activas|disponible|disponibles otra vez', 'comiendo|caminando|respirando|jugando|durmiendo|funcionando|andando|activo|activa|activos|activas|disponible|disponibles de nuevo',
      'tenemos|tengo|teníamos|tenía|hay|había internet|luz|señal|conexión|conexion|agua|gas|wifi|calefacción|corriente *? *? otra vez', 'tenemos|tengo|teníamos|tenía|hay|había internet|luz|señal|conexión|conexion|agua|gas|wifi|calefacción|corriente *? *? de nuevo',
      'imprime|carga|conecta|anda|sirve|enciende de nuevo', 'imprime|carga|conecta|anda|sirve|enciende otra vez',
      'puedo|pude|podemos entrar|acceder a|al * * otra vez', 'puedo|pude|podemos entrar|acceder a|al * otra vez',
      'va|funciona|anda la|el * otra vez', 'va|funciona|anda la|el * de nuevo',
      'ya me? va|funciona|anda otra vez|de nuevo', 'ya me va|funciona|anda',
      'funciona|funcionar|funcionan|funcionó|anda|sirve todo? de nuevo', 'funciona|funcionar|funcionan|funcionó|anda|sirve todo? otra vez', 'funciona|funcionar|funcionan|funcionó|anda|sirve todo? nuevamente',
      'volvió a funcionar|andar', 'volvió a funcionar|andar de nuevo', 'volvió a funcionar|andar otra vez',
      // Thanks said again is no repeat contact either: "gracias otra vez por la ayuda".
      'gracias|agradezco otra vez', 'gracias|agradezco de nuevo', 'gracias|agradezco nuevamente',
      'tengo|tenemos acceso a|al * * otra vez|de', 'tengo|tenemos acceso a|al * otra vez|de', 'tengo|tenemos de nuevo acceso',
      // A fix told with "again": "ya me llegan los correos otra vez" (after "ya", before any "no").
      'ya me|nos? llega|llegan|carga|cargan|abre|abren|entra|puedo|podemos|sincroniza|conecta *? *? otra vez', 'ya me|nos? llega|llegan|carga|cargan|abre|abren|entra|puedo|podemos|sincroniza|conecta *? *? de nuevo',
    ],
    profanity: ['mierda|joder|carajo|puta|puto|coño|pinche|chingada|cabrón|hostia|verga|maldito|maldita|maldición|ptm|hdp'],
    hedge: ['no estoy|estamos seguro|segura|seguros', 'no sé si', 'quizás|quizá', 'tal vez', 'cómo puedo|hago|se|cambio|activo', 'dónde puedo|encuentro', 'es normal|posible', 'alguna idea', 'hay alguna forma|manera'],
    acknowledgement: [
      'vale|ok|okey|bueno|listo|perfecto|claro actualizando|probando|reiniciando|instalando|reinstalando|revisando|intentando',
      'actualizando|probando|reiniciando|instalando|reinstalando|revisando ahora|ya',
      'lo pruebo|intento|reviso|actualizo|reinicio ahora|ya',
      'ahora lo pruebo|intento|reviso|actualizo|reinicio',
      'de acuerdo',
      'entendido',
    ],
  },
}
