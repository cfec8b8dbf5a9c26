import type { PickerOptions } from '../../../shared/domain/source.js';
import type { AppContext } from '../context.js';
import { pickLabel } from '../vocabularies/concept-index.js';

/** The eight EQF levels, by the short descriptors the Council Recommendation uses for knowledge. */
const EQF_LEVELS = [
  'basic general knowledge',
  'basic factual knowledge of a field of work or study',
  'knowledge of facts, principles, processes and general concepts',
  'factual and theoretical knowledge in broad contexts',
  'comprehensive, specialised, factual and theoretical knowledge',
  'advanced knowledge involving a critical understanding of theories and principles',
  'highly specialised knowledge, some at the forefront of a field',
  'knowledge at the most advanced frontier of a field',
];

export function pickerOptions(ctx: AppContext, language = 'en'): PickerOptions {
  const eqfLevels = EQF_LEVELS.map((label, i) => ({ level: i + 1, label: `Level ${i + 1}: ${label}` }));
  try {
    const vocab = ctx.library.list().find((v) => /isced-f/i.test(v.id));
    if (!vocab) return { eqfLevels, iscedF: null, iscedFVocabulary: null };
    const seen = new Set<string>();
    const iscedF = ctx.library
      .concepts(vocab.id)
      .filter((c) => c.type === 'isced-field' && c.notation && !seen.has(c.notation) && seen.add(c.notation))
      .map((c) => ({ code: c.notation!, label: pickLabel(c.prefLabel, language) ?? '' }))
      .sort((a, b) => a.code.localeCompare(b.code));
    return { eqfLevels, iscedF: iscedF.length ? iscedF : null, iscedFVocabulary: iscedF.length ? vocab.id : null };
  } catch {
    return { eqfLevels, iscedF: null, iscedFVocabulary: null };
  }
}
