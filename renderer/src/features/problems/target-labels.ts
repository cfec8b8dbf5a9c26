import type { ConceptRecord } from '../../../../shared/domain/vocabulary.js';

/** The concept's label in the language asked for, else English, else any it has; the URI when it has none. */
export function conceptLabel(concept: Pick<ConceptRecord, 'uri' | 'prefLabel'>, language = 'en'): string {
  const labels = concept.prefLabel;
  return labels[language] ?? labels.en ?? Object.values(labels).find(Boolean) ?? concept.uri;
}

/** Looking up every target of 5,000 problems would flood the core: the first ones shown are enough. */
export const MAX_LOOKUPS = 300;

/** The distinct target URIs of the problems, in the order shown, at most MAX_LOOKUPS. */
export function targetsToLookUp(problems: readonly { targets: readonly string[] }[]): string[] {
  const seen = new Set<string>();
  for (const p of problems) {
    for (const t of p.targets) {
      if (seen.size >= MAX_LOOKUPS) return [...seen];
      seen.add(t);
    }
  }
  return [...seen];
}

/** The core's message with each target URI it names replaced by that target's label, in quotes. */
export function withTargetLabels(message: string, targets: readonly string[], labels: ReadonlyMap<string, string> | undefined): string {
  let text = message;
  for (const uri of targets) {
    const label = labels?.get(uri);
    if (label) text = text.split(uri).join(`“${label}”`);
  }
  return text;
}
