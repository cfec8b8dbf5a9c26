/**
 * Leading boilerplate of learning outcomes ("On completion of this module the learner can", "Die Studierenden
 * können", "L'étudiant sera capable de", "De student is in staat om"): it names who and when, never a skill,
 * and only dilutes the text a suggestion is searched for. Patterns are built from parts (when / who / modal /
 * ability) so the combinations need no listing one by one.
 */

const alt = (xs: string[]) => `(?:${xs.join('|')})`;

interface Parts {
  /** "On completion of this module," */
  when: string;
  /** "the students" */
  who: string;
  /** "will be able to", "can" (after the subject) */
  modal: string;
  /** A clause start without a subject ("be able to", "is able to"). */
  bare: string;
  /** Inverted order after a when-phrase: "können die Studierenden", "kan de student". */
  inverted?: string;
}

const UNIT = alt(['module', 'course', 'programme', 'program', 'unit', 'class', 'training', 'lesson', 'semester', 'workshop', 'internship']);

const EN: Parts = {
  when: `${alt(['(?:up)?on', 'after', 'at the end of', 'by the end of', 'following'])}\\s+(?:the\\s+)?(?:successful(?:ly)?\\s+)?${alt(['completion\\s+of\\s+', '(?:having\\s+)?(?:completed|followed|taken|attended|finished)\\s+', '(?:completing|finishing|following|taking|attending)\\s+', ''])}(?:this|the)\\s+${UNIT}`,
  who: `(?:the\\s+|a\\s+|each\\s+|every\\s+)?${alt(['students?', 'learners?', 'participants?', 'graduates?', 'trainees?', 'candidates?', 'pupils?', 'apprentices?', 'you', 'they'])}`,
  modal: `(?:${alt(['will', 'shall', 'should', 'can', 'could', 'must', 'may', 'are', 'is'])}\\s+)?(?:be\\s+)?${alt(['able\\s+to', 'capable\\s+of', 'expected\\s+to', 'required\\s+to', 'ready\\s+to', 'in\\s+a\\s+position\\s+to', 'have\\s+the\\s+ability\\s+to', 'demonstrate\\s+(?:the\\s+)?ability\\s+to', ''])}`,
  bare: alt([
    '(?:to\\s+)?be\\s+able\\s+to',
    '(?:is|are|will\\s+be)\\s+able\\s+to',
    'able\\s+to',
    'demonstrate\\s+(?:the\\s+|an\\s+)?(?:ability|capacity)\\s+to',
    'have\\s+the\\s+ability\\s+to',
    'know\\s+how\\s+to',
    // A list line continuing a lead-in ("the student: - can explain …").
    '(?:can|will|shall|should|must)(?=\\s+\\p{L})',
    `(?:the\\s+)?(?:main\\s+|overall\\s+)?${alt(['goal', 'aim', 'purpose', 'objective'])}s?\\s+of\\s+(?:this|the)\\s+${UNIT}\\s+(?:is|are)(?:\\s+to)?`,
  ]),
};

const DE_WHO = alt([
  'Studierenden?',
  'Studenten',
  'Studentinnen',
  'Studentin',
  'Student',
  'Lernenden?',
  'Teilnehmenden?',
  'Teilnehmer(?:innen)?',
  'Absolvent(?:inn)?en',
  'Absolventin',
  'Absolvent',
  'Auszubildenden?',
  'Sie',
]);
const DE: Parts = {
  when: `${alt(['nach', 'mit', 'bei', 'am Ende'])}\\s+(?:dem\\s+|des\\s+)?(?:erfolgreiche[mn]?\\s+)?${alt(['Abschluss', 'Absolvieren', 'Besuch', 'Ende', 'Bestehen'])}\\s+${alt(['des', 'dieses', 'der', 'dieser'])}\\s+${alt(['Moduls', 'Kurses', 'Lehrgangs', 'Studiengangs', 'Veranstaltung', 'Lehrveranstaltung', 'Seminars', 'Praktikums'])}`,
  who: `(?:die\\s+|der\\s+|jede[rs]?\\s+)?${DE_WHO}`,
  modal: `(?:${alt(['können', 'kann', 'sind', 'ist', 'werden', 'wird', 'sollen', 'soll'])}\\s*)?${alt(['in\\s+der\\s+Lage', 'fähig', 'befähigt', 'imstande', ''])}(?:\\s*sein)?`,
  bare: alt(['in\\s+der\\s+Lage\\s+sein', 'sind\\s+in\\s+der\\s+Lage', 'ist\\s+in\\s+der\\s+Lage']),
  inverted: `${alt(['können', 'kann', 'sind', 'ist', 'werden', 'wird'])}\\s+(?:die\\s+|der\\s+)?${DE_WHO}(?:\\s+${alt(['in\\s+der\\s+Lage', 'fähig', 'befähigt', 'imstande'])})?`,
};

const FR: Parts = {
  when: `${alt(["à\\s+l'issue\\s+d[eu]", 'à\\s+la\\s+fin\\s+d[eu]', 'après', 'au\\s+terme\\s+d[eu]'])}\\s*(?:${alt(['avoir\\s+suivi', 'la\\s+réussite\\s+de', 'ce', 'cette', 'la', 'le', "l'"])}\\s*)*${alt(['module', 'cours', 'formation', 'unité', 'programme', 'enseignement', 'stage'])}`,
  who: `(?:l['’]\\s*|le\\s+|la\\s+|les\\s+|chaque\\s+)?${alt(['étudiant(?:e|es|s)?', 'apprenant(?:e|es|s)?', 'participant(?:e|es|s)?', 'diplômé(?:e|es|s)?', 'stagiaires?', 'élèves?', 'vous'])}`,
  modal: `(?:${alt(['sera', 'seront', 'est', 'sont', 'doit', 'doivent', 'peut', 'peuvent', 'pourra', 'pourront', 'serez', 'êtes', 'pouvez', 'devra', 'devront'])}\\s*)?${alt(["capables?\\s+(?:de\\s+|d['’])", "en\\s+mesure\\s+(?:de\\s+|d['’])", 'aptes?\\s+à\\s+', ''])}`,
  bare: alt(["être\\s+capable\\s+(?:de\\s+|d['’])", "être\\s+en\\s+mesure\\s+(?:de\\s+|d['’])", 'être\\s+apte\\s+à']),
};

const NL_WHO = alt(['studenten', 'student', 'lerenden?', 'deelnemers?', 'cursisten?', 'afgestudeerden?', 'leerlingen?', 'u', 'je', 'jij']);
const NL: Parts = {
  when: `${alt(['na\\s+afloop\\s+van', 'na\\s+het\\s+(?:succesvol\\s+)?(?:afronden|voltooien|doorlopen)\\s+van', 'aan\\s+het\\s+einde\\s+van', 'na'])}\\s+${alt(['deze', 'de', 'dit', 'het'])}\\s+${alt(['module', 'cursus', 'opleiding', 'vak', 'leereenheid', 'training', 'stage'])}`,
  who: `(?:de\\s+|het\\s+|elke\\s+|iedere\\s+)?${NL_WHO}`,
  modal: `(?:${alt(['kan', 'kunnen', 'is', 'zijn', 'zal', 'zullen', 'moet', 'moeten'])}\\s*)?(?:in\\s+staat)?\\s*(?:om\\s+)?`,
  bare: alt(['in\\s+staat\\s+(?:zijn\\s+)?om', 'is\\s+in\\s+staat\\s+om', 'zijn\\s+in\\s+staat\\s+om']),
  inverted: `${alt(['kan', 'kunnen', 'is', 'zijn', 'zal', 'zullen'])}\\s+(?:de\\s+|het\\s+)?${NL_WHO}(?:\\s+in\\s+staat(?:\\s+om)?)?`,
};

const PARTS: Record<string, Parts> = { en: EN, de: DE, fr: FR, nl: NL };

/**
 * How a line that introduces a list ends ("PT students who have taken the online module are able to:", "… learn to:"):
 * the line names who, never a skill, however it starts.
 */
const LEAD_IN_END: Record<string, RegExp> = {
  en: /(?:\b(?:able|expected|required|ready)\s+to|\bcapable\s+of|\bin\s+a\s+position\s+to|\blearn(?:\s+how)?\s+to|\b(?:can|will|should|must|shall))$/iu,
  de: /(?:\bin\s+der\s+Lage(?:\s+sein)?|\bkönnen|\bkann|\bfähig|\bbefähigt)$/iu,
  fr: /(?:\bcapables?\s+de|\ben\s+mesure\s+de|\baptes?\s+à|\bpourr?(?:a|ont)|\bpeu(?:t|vent)|\bser(?:a|ont))$/iu,
  nl: /(?:\bin\s+staat(?:\s+om)?|\bkan|\bkunnen)$/iu,
};

/** Whether `line`, which a colon ends, only introduces the list below it. */
export function isLeadIn(line: string, language: string): boolean {
  const lang = language.toLowerCase().split('-')[0]!;
  const end = line.trimEnd();
  return [LEAD_IN_END[lang], LEAD_IN_END.en].some((re) => re?.test(end));
}

/** A phrase ends at a word boundary, or right after an elided "d'" / a consumed space. */
const END = `(?:(?<=['’\\s])|(?=[\\s,:;–-]|$))`;

function compile(p: Parts): RegExp[] {
  const sep = `[\\s,:;–-]*`;
  const out = [
    new RegExp(`^${p.when}${sep}`, 'iu'),
    new RegExp(`^${p.who}(?:\\s+${p.modal})?${END}${sep}`, 'iu'),
    new RegExp(`^${p.bare}${sep}`, 'iu'),
  ];
  if (p.inverted) out.push(new RegExp(`^${p.inverted}${END}${sep}`, 'iu'));
  return out;
}

const compiled = new Map<string, RegExp[]>();

function patternsFor(language: string): RegExp[] {
  const lang = language.toLowerCase().split('-')[0]!;
  let list = compiled.get(lang);
  if (!list) {
    // English boilerplate turns up in texts of every language (copied templates), so it always applies.
    list = [...(PARTS[lang] && lang !== 'en' ? compile(PARTS[lang]) : []), ...compile(EN)];
    compiled.set(lang, list);
  }
  return list;
}

/** How many characters of boilerplate start `text` (0 when none); repeated phrases ("After … the learner can") are all consumed. */
export function boilerplateLength(text: string, language: string): number {
  const patterns = patternsFor(language);
  let at = 0;
  for (let guard = 0; guard < 6; guard++) {
    const rest = text.slice(at);
    const lead = rest.length - rest.trimStart().length;
    let matched = 0;
    for (const re of patterns) {
      const m = re.exec(rest.slice(lead));
      if (m && m[0].length > matched) matched = m[0].length;
    }
    if (!matched) break;
    at += lead + matched;
  }
  return at;
}
