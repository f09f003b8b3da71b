import { type LanguageCues, withoutAccents } from './language-cues.js'

/** French support cues, written for this project. Elided words are single tokens ("c'est", "n'est"). */
export const FR_CUES: LanguageCues = {
  language: 'fr',
  negators: ['pas', 'ne', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', "n'est", "n'ai", "n'a", "n'y", "n'arrive", "n'avons", "n'ont", "n'était"],
  contrast: ['mais', 'cependant', 'pourtant', 'toutefois'],
  variants: withoutAccents,
  praiseWords: ['génial', 'parfait', 'parfaite', 'magnifique', 'formidable', 'excellent', 'merveilleux', 'fantastique', 'top', 'nickel', 'super'],
  sincereAfterPraise: ['merci', 'ça', 'tout', "c'est", 'ca', 'marche', 'fonctionne', 'fonctionné', 'résolu', 'réglé'],
  patterns: {
    frustration: [
      'frustré|frustrée|frustrés|frustrant|frustrante|frustration|agacé|agacée|énervé|énervée|exaspéré|exaspérée|exaspérant|excédé|excédée|marre',
      "j'en ai marre", 'ras le bol', 'ras-le-bol', 'à bout', 'je perds patience',
    ],
    anger: [
      'inacceptable|inadmissible|scandaleux|scandaleuse|honteux|honteuse|lamentable|nul|nulle|pathétique|ridicule|catastrophique|horrible|déplorable|minable',
      'furieux|furieuse|furax|indigné|indignée|fâché|fâchée', 'en colère', "c'est une honte", 'une honte', 'je déteste',
    ],
    disappointment: [
      'déçu|déçue|déçus|décevant|décevante|déception|triste', "je m'attendais à mieux", 'pas content|contente|satisfait|satisfaite|ravi|ravie', 'dommage',
    ],
    confusion: ['confus|confuse', 'suis|complètement|totalement perdu|perdue|paumé|paumée', 'je ne comprends|sais pas', 'je comprends|sais pas', "ça n'a pas de sens", "je n'y comprends rien", 'pas clair'],
    worry: ['inquiet|inquiète|inquiets|stressé|stressée|angoissé|angoissée|paniqué|paniquée|désespéré|désespérée'],
    praise: [
      'excellent|excellente|parfait|parfaite|génial|géniale|super|top|formidable|impeccable|incroyable|merveilleux|merveilleuse|fantastique|nickel',
      'fonctionne|marche parfaitement|impeccablement|très|bien', 'ça|tout marche|fonctionne maintenant|enfin|parfaitement', 'problème résolu|réglé', "j'adore", 'content|contente|satisfait|satisfaite|ravi|ravie',
      'très|super réactif|réactive|efficace|efficaces|utile|aimable|rapide', 'bon|excellent|super travail|boulot|service|accueil', 'tout est réglé|résolu|ok', 'tout|ça remarche|refonctionne', "vous m'avez sauvé|sauvée|sauvés la|ma journée|vie",
    ],
    gratitude: ['merci|mrc|thx', 'merci beaucoup|bien', 'merci mille fois', 'mille mercis', 'un grand merci', 'je vous remercie', 'nous vous remercions', 'reconnaissant|reconnaissante|reconnaissants'],
    repeatContact: [
      // The fault going on: "ça plante toujours".,
      'plante|plantent|bugue|buggue|crashe|rame|coupe|déconnecte toujours|encore',
      'encore une fois', 'de nouveau', 'à nouveau', 'encore et encore', 'deuxième|troisième|quatrième|cinquième|énième fois', 'pour la deuxième|troisième|quatrième|énième fois',
      '#num fois', 'deux|trois|quatre|cinq|plusieurs fois', 'dit|répété|expliqué|demandé|écrit|appelé|signalé mille fois',
      'je vous? relance', "j'ai déjà? relancé", 'je vous ai déjà? relancé', 'nouvelle relance', "j'ai déjà écrit|appelé|signalé|expliqué|essayé|contacté|envoyé", 'déjà signalé|essayé|contacté|écrit',
      'toujours pas|rien|aucune', 'toujours le même problème|bug|souci', 'toujours en panne', 'toujours bloqué|bloquée|cassé|cassée|planté', 'ça ne marche|fonctionne toujours pas', 'ne marche|fonctionne toujours pas',
      'personne ne me|nous? répond|répondu', 'le même problème|bug|souci', 'depuis des jours|semaines|mois', 'encore ce|cette|le|la bug|problème|erreur|souci',
    ],
    deadline: [
      "avant demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi|minuit|aujourd'hui", "pour aujourd'hui|demain", "pour|avant|d'ici ce soir|midi|matin", "d'ici #num minutes|heures|jours", "d'ici demain",
      'dans #num minutes|heures|heure|minute', 'date limite', 'échéance', 'au plus vite', 'le plus vite|tôt possible', 'dès que possible', 'immédiatement', 'tout de suite',
      'présentation|réunion|démo|lancement|mariage|vol|audit est|a|commence demain|ce', 'on|je perd|perds de|des? l\'argent|clients|ventes', 'nous perdons de|des? l\'argent|clients|ventes', 'les clients attendent',
    ],
    urgent: ['urgent|urgente|urgence|urgemment|bloquant|bloquante|prioritaire|asap', "c'est urgent", 'priorité absolue|haute'],
    notUrgent: [
      "ce n'est pas urgent|pressé|grave", "c'est pas urgent|pressé|grave", "n'est pas urgent|pressé|prioritaire", 'pas urgent|pressé|grave', 'rien de urgent|pressé', "rien d'urgent|pressé", "pas d'urgence", 'aucune urgence',
      'pas pressé', 'quand vous aurez|pourrez le? temps', 'quand vous pouvez|pourrez', 'prenez votre temps', 'à votre convenance', 'priorité basse',
    ],
    grudging: [
      'bon tant pis', 'tant pis', "bon d'accord|ok|ben", 'si vous le dites', "faute de mieux", "ça fera l'affaire", "il faudra faire avec", 'pas idéal', "c'est mieux que rien",
      "si c'est la seule|seul option|solution|moyen", 'je suppose que ça|c\'est', 'bon bah',
    ],
    sarcasm: ['merci pour rien', 'merci beaucoup pour rien', 'quelle surprise', 'comme par hasard', 'bravo pour le? service|support', 'bravo le service|support', 'encore bravo'],
    sarcasmOverProblem: [
      'génial|super|parfait|formidable|bravo|top encore', 'quel service|support', 'merci de|pour effacer|perdre|supprimer|ignorer|bloquer',
    ],
    churn: [
      // "Je vais annuler" alone is also a meeting ("je vais annuler la réunion"): the threat names what goes.
      'je vais|veux tout résilier|annuler', 'nous allons|voulons tout résilier|annuler', 'je|nous résilie|résilions|résilierai|résilierons', 'résilier|annuler|clôturer|fermer mon|ma|notre|le|la abonnement|compte|contrat|forfait|service|souscription',
      'aller|passer chez|à la? concurrence|concurrent', 'je pars|passe|vais chez|à la? concurrence|concurrent', 'je me casse|tire|barre chez|à la? concurrence|concurrent', 'chez un|le|la concurrent|concurrence', 'voir|aller ailleurs', 'chercher|trouver un|une autre fournisseur|prestataire|solution|opérateur|banque',
      'plus jamais', 'je ne renouvellerai|renouvellerons pas', 'ne pas renouveler', 'vous avez perdu un client', 'vous perdez un client', 'je me désabonne', 'me désabonner',
    ],
    notChurn: ['annuler|annule|annulons|annulerai la|le|mon|ma|notre|cette|ce réunion|rendez-vous|rdv|appel|visite|réservation|vol|livraison'],
    humanRequest: [
      'parler à|avec un|une|quelqu\'un|votre|le|la? humain|humaine|conseiller|conseillère|personne|responsable|superviseur|manager|agent|opérateur|opératrice',
      'un vrai|une vraie humain|humaine|personne|conseiller|conseillère', 'pas un|une robot|bot|machine', 'pas à|avec un|une robot|bot|machine', "parler à|avec quelqu'un", "quelqu'un de réel|humain",
      'transférez-moi|passez-moi un|une|le|la? conseiller|conseillère|responsable|manager|superviseur|humain', 'mettez-moi en relation avec un|une|le|la? conseiller|conseillère|responsable|manager|superviseur|humain', 'escalader|remonter ce|mon|le dossier|ticket|problème',
    ],
    issueReport: [
      'ne fonctionne|marche|charge|répond|synchronise|s\'ouvre|démarre pas|plus', 'fonctionne|marche plus|pas', "n'arrive|n'arrivons pas à me|se|nous|à? connecter|payer|ouvrir|accéder",
      'erreur|erreurs|bug|bugs|bogue|panne|plantage|crash|bloqué|bloquée|cassé|cassée', 'en panne', 'plante|planté|plantée|crashe|bug|beugue|freeze|rame',
      'je ne peux|pouvons pas me|se|nous? connecter|payer|accéder|télécharger|ouvrir', 'impossible de me|se|nous? connecter|payer|accéder|télécharger|ouvrir|se',
      "pas reçu|arrivé|arrivée|livré|livrée", "n'est pas arrivé|arrivée|livré|livrée", 'facturé|facturée|débité|débitée|prélevé|prélevée deux fois|en double|à tort',
      'double facturation|prélèvement', 'coupure|coupures', 'que ce|ça soit réparé|corrigé|rétabli|débloqué', 'coupé|coupée|coupés depuis|encore|à', 'a|ont disparu', 'a|ont été supprimé|supprimés|supprimées|effacé|effacés',
      // A job that fails: "l'export échoue".
      'échoue|échouent|échoué',
    ],
    waiting: ["j'attends toujours|depuis", 'nous attendons toujours|depuis', 'toujours en attente', 'attends|attendons depuis #num? jours|heures|semaines', 'ça prend une éternité', 'ça prend trop de temps', "toujours pas résolu|réglé|corrigé", "n'a|n'ont jamais été résolu|réglé|corrigé"],
    courtesy: ["merci d'avance", 'merci par avance', 'merci pour votre aide éventuelle', 'toute aide est la bienvenue'],
    politeness: ["s'il vous plaît|plait", 'svp|stp', 'pourriez-vous|pouvez-vous', 'si possible', 'je vous prie', 'cordialement'],
    noProblem: ['aucun|sans problème|problèmes|souci|soucis|erreur|bug', 'pas de problème|souci|soucis|bug', 'rien à signaler', "ce n'est pas grave", "c'est pas grave", 'pas grave', 'pas de souci|soucis|problème'],
    worksAgain: ['fonctionne|marche|remarche tout? à|de nouveau', 'fonctionne|marche tout? encore', 'remarche|refonctionne'],
    profanity: ['merde|putain|bordel|chier|con|connard|conne|foutu|foutre|ptn|fdp|wtf', 'fait chier'],
    hedge: ['je ne suis pas sûr|sûre|certain|certaine', 'peut-être', 'comment faire|puis-je|dois-je', 'comment je fais|dois|peux', 'comment modifier|changer|ajouter|supprimer|exporter|télécharger|récupérer|trouver|activer|désactiver', 'où trouver|puis-je', 'est-ce normal', 'une idée', "est-ce qu'il y a un moyen", 'comment est-ce que je|on|nous', "comment est-ce qu'on", 'où est-ce que je|on|nous', "où est-ce qu'on", 'comment on fait|change|modifie|supprime|exporte|trouve'],
    acknowledgement: [
      'je mets à jour',
      'je teste|essaie|réessaie|redémarre|réinstalle|regarde|vérifie ça|ca|maintenant',
    ],
  },
}
