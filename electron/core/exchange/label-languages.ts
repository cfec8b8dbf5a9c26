import type { CorrespondenceItem, CorrespondenceMapping, TargetVocabulary } from '../../../shared/domain/correspondence.js';

/** An item's preferred labels by language: its label in its own language, then its translations. */
export function itemLabels(
  item: Pick<CorrespondenceItem, 'label' | 'language' | 'translations'>,
  sourceLanguage: string,
): Record<string, string> {
  const own = item.language || sourceLanguage || 'en';
  const labels: Record<string, string> = { [own]: item.label };
  // One preferred label per language (SKOS S14): a translation never replaces the item's own label.
  for (const [language, label] of Object.entries(item.translations ?? {}))
    if (language && label && !(language in labels)) labels[language] = label;
  return labels;
}

/**
 * An item's label, its language and its translations from labels by language. Formats do not say
 * which label is the item's own: the first preferred language present wins (a hint such as the
 * language of its definition, then the source's), else the first label.
 */
export function splitItemLabels(
  labels: Record<string, string>,
  preferred: readonly (string | undefined)[],
): { label: string; language: string; translations?: Record<string, string> } | undefined {
  const languages = Object.keys(labels).filter((l) => labels[l]);
  const language = preferred.find((l): l is string => !!l && languages.includes(l)) ?? languages[0];
  if (language === undefined) return undefined;
  const translations = Object.fromEntries(languages.filter((l) => l !== language && l !== '').map((l) => [l, labels[l]!]));
  return { label: labels[language]!, language, ...(Object.keys(translations).length ? { translations } : {}) };
}

/** The language a target label is in: its own when it is not the vocabulary's (Czech ESCO labels), else the vocabulary's. */
export function targetLabelLanguage(
  object: NonNullable<CorrespondenceMapping['object']>,
  vocabulary: Pick<TargetVocabulary, 'language'> | undefined,
): string {
  return object.labelLanguage || vocabulary?.language || 'en';
}

/** What a reader keeps of a target label's language: only one that differs from the vocabulary's. */
export function foreignLabelLanguage(
  language: string | undefined,
  vocabulary: Pick<TargetVocabulary, 'language'>,
): { labelLanguage?: string } {
  return language && language !== (vocabulary.language || 'en') ? { labelLanguage: language } : {};
}
