/** Language names as ESCO's tables write them ("English", "cs", "nl/fr") and BCP 47 tags. */
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  nl: 'Dutch',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  pl: 'Polish',
  sv: 'Swedish',
  da: 'Danish',
  fi: 'Finnish',
  cs: 'Czech',
  sk: 'Slovak',
  sl: 'Slovenian',
  hr: 'Croatian',
  hu: 'Hungarian',
  ro: 'Romanian',
  bg: 'Bulgarian',
  el: 'Greek',
  et: 'Estonian',
  lv: 'Latvian',
  lt: 'Lithuanian',
  mt: 'Maltese',
  ga: 'Irish',
  is: 'Icelandic',
  no: 'Norwegian',
  nb: 'Norwegian Bokmål',
  uk: 'Ukrainian',
  ar: 'Arabic',
};

export function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag.toLowerCase().split('-')[0] ?? ''] ?? tag;
}

/** One language name or code as a tag ("Czech" → cs, "CS" → cs); undefined when it is neither. */
export function languageTagOf(name: string): string | undefined {
  const n = name.trim().toLowerCase();
  if (!n) return undefined;
  const byName = Object.entries(LANGUAGE_NAMES).find(([, v]) => v.toLowerCase() === n);
  if (byName) return byName[0];
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(n) ? n : undefined;
}

/** Every language a preamble value names, in order: "nl/fr" → [nl, fr], "English" → [en]. */
export function languageTags(value: string): string[] {
  const tags = value
    .split(/[/,;|+]|\s+and\s+|\s*&\s*/i)
    .map(languageTagOf)
    .filter((t): t is string => t !== undefined);
  return [...new Set(tags)];
}
