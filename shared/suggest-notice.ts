import type { SuggestResult } from './domain/suggestion.js';

/** One line telling the user that the vocabulary has no labels in the text's language, or null. */
export function labelsMissingNotice(result: Pick<SuggestResult, 'labelsMissing'>): string | null {
  const missing = result.labelsMissing;
  if (!missing) return null;
  const available = missing.available.length ? missing.available.join(', ') : 'none';
  return `No vocabulary labels in "${missing.language}" (available: ${available}): only candidates whose label is written the same in another language are shown.`;
}
