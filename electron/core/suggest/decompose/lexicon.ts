/**
 * Small per-language word lists the decomposer needs: coordinators, prepositions that bind to a head
 * ("knowledge of", "work with"), and outcome verbs (Bloom-style action verbs). Outcome verbs are a closed,
 * well-known class, so a short list plus suffix rules recognises the verb that starts a conjunct without a tagger.
 */

export interface DecomposeLexicon {
  /** Conjunctions that join conjuncts (multi-word ones as phrases). */
  coordinators: string[];
  /** Prepositions that stay with the head word when objects are coordinated. */
  prepositions: Set<string>;
  /** Infinitive particles in front of a verb ("zu", "te", "to"). */
  particles: Set<string>;
  verbs: Set<string>;
  /** Multi-word verbs that count as one verb when verbs are coordinated. */
  phrasalVerbs: string[];
  /** Words after which an enumeration lists examples of one object rather than separate skills. */
  exampleMarkers: string[];
  /** The language puts the verb last in a clause ("Datenbanken entwerfen"). */
  verbFinal: boolean;
  /** Suffix rule for verbs the list lacks. */
  verbLike(word: string): boolean;
  /** Adverbs that may stand before a verb ("critically evaluate"), by their form. */
  adverbLike?(word: string): boolean;
  /** Articles and determiners: a conjunct starting with one is a noun phrase of its own ("and the energy requirements"). */
  determiners: Set<string>;
  /** A preposition after which a verb-like word is a noun ("design of the reactor", "selection and design of"). */
  nounPreposition?: string;
  /** Nouns are capitalised (German): a lower-case word right before the verb is an adverb ("kritisch bewerten"). */
  capitalisedNouns?: boolean;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const EN_VERBS = words(`
  analyse analyze apply appraise arrange assemble assess build calculate carry categorise check choose classify collaborate
  collect communicate compare compile compose compute conduct configure construct contribute coordinate create critique
  debug decide deduce define deliver demonstrate deploy describe design determine develop devise diagnose discuss distinguish
  document draft draw estimate evaluate examine execute explain explore express formulate generate handle identify illustrate
  implement improve install integrate interpret investigate judge justify lead list maintain manage measure model monitor
  negotiate operate organise organize outline perform plan predict prepare present prioritise produce program programme
  propose prove provide recognise recognize recommend reflect report represent research review schedule select solve specify
  summarise summarize supervise support synthesise teach test train troubleshoot understand use validate verify write ensure
  reason argue adapt administer advise audit budget calibrate coach comply convert define diagnose edit facilitate
  inspect interpret mentor optimise optimize prototype refactor repair resolve simulate sketch translate visualise visualize
`);

const DE_VERBS = words(`
  analysieren anwenden beurteilen bewerten beschreiben entwerfen entwickeln erklären erläutern implementieren planen
  umsetzen gestalten durchführen präsentieren dokumentieren kommunizieren vergleichen erstellen berechnen testen prüfen
  identifizieren interpretieren konzipieren nutzen verwenden reflektieren organisieren steuern leiten überwachen
  optimieren modellieren programmieren begründen diskutieren erkennen unterscheiden einordnen lösen auswählen benennen
`);

const FR_VERBS = words(`
  analyser appliquer évaluer concevoir décrire développer expliquer identifier implémenter interpréter planifier
  présenter communiquer comparer créer calculer tester vérifier gérer organiser utiliser rédiger réaliser construire
  justifier argumenter mesurer modéliser programmer résoudre sélectionner choisir diagnostiquer documenter piloter
  superviser produire proposer définir distinguer reconnaître conduire assurer garantir maîtriser élaborer
`);

const NL_VERBS = words(`
  analyseren toepassen beoordelen evalueren beschrijven ontwerpen ontwikkelen uitleggen implementeren plannen
  presenteren communiceren vergelijken maken berekenen testen controleren identificeren interpreteren gebruiken
  schrijven uitvoeren organiseren beheren bouwen realiseren onderbouwen verantwoorden meten modelleren programmeren
  oplossen selecteren kiezen documenteren adviseren begeleiden reflecteren opstellen herkennen onderscheiden verklaren
`);

/** Lower-case words ending like infinitives that are not verbs (articles, pronouns, common nouns). */
const DE_NOT_VERBS = words('einen den ihren seinen allen diesen jenen eigenen wenigen vielen anderen unseren deren denen modulen daten');
const NL_NOT_VERBS = words('kosten gegevens wetten regelingen');

export const LEXICONS: Record<string, DecomposeLexicon> = {
  en: {
    coordinators: ['and/or', 'as well as', 'and', 'or'],
    prepositions: words('of in with for on to about'),
    particles: words('to'),
    verbs: EN_VERBS,
    phrasalVerbs: ['carry out', 'set up', 'take part in', 'make use of', 'keep track of', 'follow up'],
    exampleMarkers: ['such as', 'including', 'e.g.', 'for example', 'for instance', 'like', 'i.e.'],
    verbFinal: false,
    verbLike: (w) => /^[a-z]{4,}(ise|ize|ify)$/.test(w),
    adverbLike: (w) => /^[a-z]{3,}ly$/.test(w),
    determiners: words('a an the this that these those their his her its our your my each every all'),
    nounPreposition: 'of',
  },
  de: {
    coordinators: ['sowie', 'bzw.', 'und', 'oder'],
    prepositions: words('von in mit für zu über'),
    particles: words('zu'),
    verbs: DE_VERBS,
    phrasalVerbs: [],
    exampleMarkers: ['wie', 'z.B.', 'zum Beispiel', 'insbesondere', 'etwa'],
    verbFinal: true,
    capitalisedNouns: true,
    determiners: words('der die das den dem des ein eine einen einem einer eines diese dieser dieses diesen ihre ihren seine seinen'),
    // German nouns are capitalised, so a lower-case word ending like an infinitive is a verb.
    verbLike: (w) => /^[a-zäöüß]{4,}(en|ern|eln)$/.test(w) && !DE_NOT_VERBS.has(w),
  },
  fr: {
    coordinators: ['ainsi que', 'et/ou', 'et', 'ou'],
    prepositions: words('de des du en avec pour sur à'),
    particles: words('à de'),
    verbs: FR_VERBS,
    phrasalVerbs: ['mettre en œuvre', 'mettre en oeuvre', 'mettre en place', 'prendre en compte', 'faire preuve de'],
    exampleMarkers: ['tels que', 'telles que', 'tel que', 'telle que', 'comme', 'notamment', 'par exemple', 'p. ex.'],
    verbFinal: false,
    determiners: words("le la les l' un une des du ce cet cette ces leur leurs son sa ses"),
    verbLike: (w) => /^[a-zàâçéèêëîïôûùüÿœ]{4,}(iser|ifier|uer|quer|ger)$/.test(w),
  },
  nl: {
    coordinators: ['alsmede', 'evenals', 'en/of', 'en', 'of'],
    prepositions: words('van in met voor op over'),
    particles: words('te'),
    verbs: NL_VERBS,
    phrasalVerbs: [],
    exampleMarkers: ['zoals', 'bijvoorbeeld', 'bijv.', 'onder andere', 'o.a.'],
    verbFinal: true,
    determiners: words('de het een deze dit die dat hun zijn haar'),
    verbLike: (w) => /^[a-z]{3,}eren$/.test(w) && !NL_NOT_VERBS.has(w),
  },
};

/** The lexicon for a language tag ("de-AT" → de); English rules for languages without a list. */
export function lexiconFor(language: string): DecomposeLexicon {
  return LEXICONS[language.toLowerCase().split('-')[0]!] ?? LEXICONS.en!;
}

export function isVerb(lexicon: DecomposeLexicon, word: string): boolean {
  const w = word.toLowerCase();
  // German capitalised words are nouns; a sentence-initial verb is handled by position, not here.
  if (lexicon.verbFinal && word !== w && lexicon === LEXICONS.de) return false;
  return lexicon.verbs.has(w) || lexicon.verbLike(w);
}
