import { type LanguageCues, withoutAccents } from './language-cues.js'

/** Spanish support cues, written for this project. */
export const ES_CUES: LanguageCues = {
  language: 'es',
  negators: ['no', 'nunca', 'jamás', 'nada', 'nadie', 'ningún', 'ninguna', 'ninguno', 'ni', 'sin', 'tampoco'],
  contrast: ['pero'],
  variants: withoutAccents,
  praiseWords: ['genial', 'perfecto', 'perfecta', 'fantástico', 'fantástica', 'estupendo', 'estupenda', 'maravilloso', 'maravillosa', 'excelente', 'buenísimo', 'espectacular'],
  sincereAfterPraise: ['gracias', 'muchas', 'mil', 'muchísimas', 'ya', 'funciona', 'funcionó', 'resuelto', 'solucionado', 'todo', 'eso'],
  patterns: {
    frustration: [
      'frustrado|frustrada|frustrados|frustrante|frustración|harto|harta|hartos|hartas|desesperante|fastidiado|fastidiada',
      'cansado|cansada|cansados|cansadas de', 'me tiene|tienen|tenéis harto|harta|hartos|loco|loca', 'ya no aguanto|soporto', 'estoy perdiendo la paciencia',
      'molesto|molesta|molestos|irritado|irritada',
    ],
    anger: [
      'inaceptable|indignante|vergonzoso|vergonzosa|lamentable|pésimo|pésima|patético|patética|ridículo|ridícula|nefasto|nefasta|basura|horrible|terrible|desastre',
      'enojado|enojada|enfadado|enfadada|furioso|furiosa|indignado|indignada|cabreado|cabreada|molestísimo', 'una vergüenza', 'odio',
    ],
    disappointment: [
      'decepcionado|decepcionada|decepcionados|decepcionante|decepción|desilusionado|desilusionada|triste',
      'esperaba más|mejor', 'no estoy|estamos contento|contenta|contentos|satisfecho|satisfecha|satisfechos', 'qué|que pena|lástima',
    ],
    confusion: [
      'confundido|confundida|confuso|confusa', 'estoy|estamos|me siento perdido|perdida|perdidos', 'no entiendo|comprendo|entendemos', 'no sé|sabemos cómo|qué|dónde|por',
      'no tiene sentido', 'no me queda claro', 'no está claro',
    ],
    worry: ['preocupado|preocupada|preocupados|nervioso|nerviosa|desesperado|desesperada|angustiado|angustiada|estresado|estresada'],
    praise: [
      'excelente|perfecto|perfecta|genial|increíble|maravilloso|maravillosa|estupendo|estupenda|fantástico|fantástica|buenísimo|buenísima|espectacular',
      'funciona|funcionó perfectamente|perfecto|genial', 'funciona|funcionó de maravilla', 'ya funciona|funcionó', 'problema resuelto|solucionado', 'me|nos resolvieron|solucionaron|arreglaron el|mi|la|todo',
      'me encanta|encantó|encantan', 'contento|contenta|contentos|satisfecho|satisfecha|satisfechos|feliz|encantado|encantada',
      'muy|súper|super amable|amables|útil|atentos|atenta|atento|rápido|rápidos', 'buen|gran|excelente trabajo|servicio|atención', 'todo resuelto|perfecto|solucionado',
    ],
    gratitude: ['gracias|grax|thx', 'muchas|muchísimas|mil gracias', 'gracias mil', 'les|le|te lo? agradezco|agradecemos', 'agradecido|agradecida|agradecidos|agradecidas'],
    repeatContact: [
      // The fault going on: "sigue cerrándose", "se sigue cayendo".,
      'sigue|siguen cerrándose|cayéndose|colgándose|bloqueándose|trabándose|apareciendo|dando|sin',
      'se sigue|siguen cerrando|cayendo|colgando|bloqueando|trabando',
      'otra vez', 'de nuevo', 'una y otra vez', 'nuevamente', 'segunda|tercera|cuarta|quinta|enésima vez', '#num veces', 'dos|tres|cuatro|cinco|varias|muchas|mil veces',
      'ya lo|les|te? escribí|reporté|expliqué|dije|pregunté|intenté|probé|llamé|había', 'ya he|hemos escrito|reportado|llamado|explicado|probado|intentado|contactado',
      'sigue|siguen|sigo sin funcionar|respuesta|solución|poder', 'sigue|siguen fallando|igual|roto|rota|caído|caída', 'sigo esperando',
      'todavía|aún no funciona|funcionan|llega|llegó|responden|contestan', 'nadie me|nos responde|contesta|ayuda|ha', 'el mismo problema|error de siempre',
      'desde hace días|semanas|meses', 'lleva|llevamos|llevo días|semanas|meses',
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
      'no es|hay|corre nada? urgente|prisa|apuro|urgencia', 'no|sin prisa|prisas|apuro|urgencia', 'nada urgente', 'cuando puedan|puedas|tengan|tengas tiempo?',
      'con calma', 'no hay apuro', 'baja prioridad',
      // A fix told with its time is praise of speed, not a deadline: "me resolvieron el problema en 5 minutos".
      'resolvieron|solucionaron|arreglaron|respondieron|contestaron|atendieron *? *? *? en #num minutos|minuto|horas|hora',
    ],
    grudging: [
      'bueno|vale|ok|bien supongo', 'supongo que está|esta|estará bien|sirve|vale', 'qué|que remedio', 'si no hay otra opción|manera|forma|alternativa', 'ni modo',
      'en fin', 'qué|que le vamos a hacer', 'qué|que se le va a hacer', 'qué|que le voy a hacer', 'no me|nos queda otra', 'no es lo ideal', 'peor es nada', 'me tendré|tocará que? conformar', 'tendré|tocará que? conformarme', 'habrá que conformarse', 'si no queda otra',
    ],
    sarcasm: ['sí|si claro', 'qué|que sorpresa', 'gracias por nada', 'muchas gracias por nada', 'menudo|vaya servicio|soporte', 'lo que me faltaba'],
    sarcasmOverProblem: [
      'genial|perfecto|fantástico|maravilloso|estupendo otra|otro|más', 'justo lo que necesitaba|necesitábamos',
      // "Qué maravilla, otra vez sin servicio": said over a problem it is not pleased.
      'qué|que maravilla|bonito|lindo',
      'gracias por borrar|perder|cobrarme|romper|ignorarme|ignorarnos',
    ],
    churn: [
      'voy|vamos a cancelar|darme|darnos|irme|irnos', 'voy|vamos a cambiarme|cambiarnos de|a la|otra|otro? proveedor|empresa|compañía|servicio|competencia', 'me|nos cambio|cambiamos a|de proveedor|empresa|compañía|servicio', 'me|nos cambio|cambiamos a otra|otro proveedor|empresa|compañía|compania|servicio|operador|operadora|banco',
      'cancelar|cancelaré|cancelo|cancelamos|cancelaremos mi|la|el|nuestra|nuestro suscripción|cuenta|contrato|servicio|plan|membresía|abono',
      'darme|darnos de baja', 'me|nos doy|damos de baja', 'me|nos voy|vamos con|a la? competencia', 'me|nos cambio|cambiamos|paso|pasamos a|con la? competencia', 'buscar|buscaré|buscaremos otro|otra proveedor|empresa|servicio|alternativa|opción',
      'no volveré|volveremos a comprar|usar|contratar', 'nunca más compro|uso|contrato|vuelvo', 'perdieron|han perdido un|a un? cliente',
      'no voy|vamos a renovar', 'no renovaré|renovaremos', 'me voy a la competencia',
    ],
    notChurn: ['cancelar|cancelo|cancelamos|cancelaré la|el|mi|nuestra|nuestro|esta|este reunión|cita|llamada|visita|junta|reserva|reservación|vuelo|turno'],
    humanRequest: [
      'hablar|comunicarme|contactar con|a un|una? persona|humano|humana|agente|supervisor|supervisora|gerente|encargado|encargada|responsable|asesor|asesora|operador|operadora',
      'hablar con alguien', 'persona real|humana', 'un|una humano|humana|persona real', 'no un|una bot|robot|máquina',
      'pásame|páseme|comuníqueme|comunícame con un|una|el|la? supervisor|gerente|humano|persona|encargado|agente', 'escalar|escalen|escale este|el|mi? caso|ticket|problema|reclamo',
    ],
    issueReport: [
      'no funciona|funcionan|carga|cargan|abre|abren|sirve|sincroniza|conecta|responde|llega|llegó|aparece|guarda|arranca',
      'dejó|dejaron de funcionar|sincronizar|cargar|llegar|responder', 'ha|han dejado de funcionar|sincronizar|cargar|llegar|responder', 'error|errores|fallo|falla|fallas|falló|caído|caída|bloqueado|bloqueada|roto|rota|colgado',
      'no ha|han llegado|funcionado|cargado', 'no me deja|dejan entrar|acceder|iniciar|pagar', 'me|nos cobraron dos veces', 'me|nos cobraron doble', 'me|nos cobraron de más',
      'cobro|cargo doble|duplicado|indebido', 'no puedo|podemos entrar|acceder|iniciar|conectarme|pagar|descargar|ver|usar', 'se cae|cayó|bloquea|bloqueó|cierra|cerró|cuelga|colgó',
      'no me|nos llegó|llega|llegan|llegaron', 'se borraron|borró|perdieron|perdió mis|los|todos|nuestros',
      'sin servicio|internet|señal|conexión|luz|acceso', 'ya no funciona|sirve|carga|abre',
    ],
    waiting: [
      'sigo|seguimos esperando', 'llevo|llevamos #num? días|horas|semanas esperando', 'tarda|tardan|tardó|demora|demoran una? eternidad|demasiado|mucho',
      'no han|ha resuelto|solucionado|arreglado', 'nadie ha resuelto|solucionado',
    ],
    courtesy: ['gracias de|por antemano', 'gracias por adelantado', 'cualquier ayuda es bienvenida'],
    politeness: ['por favor', 'porfa|porfavor|xfa', 'podrían|podría|pueden|puede ayudarme|ayudarnos', 'si es posible', 'de antemano', 'le|les agradecería|agradeceríamos'],
    noProblem: ['sin|ningún problema|problemas|error|errores|queja|quejas', 'no hay|tengo|tenemos ningún? problema|problemas|queja|quejas', 'no te|se preocupes|preocupe'],
    worksAgain: [
      'funciona|funcionar|funcionan|funcionó|anda|sirve todo? de nuevo', 'funciona|funcionar|funcionan|funcionó|anda|sirve todo? otra vez', 'funciona|funcionar|funcionan|funcionó|anda|sirve todo? nuevamente',
      'volvió a funcionar|andar', 'volvió a funcionar|andar de nuevo', 'volvió a funcionar|andar otra vez',
      // Thanks said again is no repeat contact either: "gracias otra vez por la ayuda".
      'gracias|agradezco otra vez', 'gracias|agradezco de nuevo', 'gracias|agradezco nuevamente',
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
