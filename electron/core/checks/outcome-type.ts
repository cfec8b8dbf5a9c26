/**
 * Whether a learning outcome is about knowledge or about skills / competences.
 * 1. The source's own classification: extra.type, extra.outcomeType, extra.learningOutcomeType or
 *    extra.skillType (e.g. ELM's learning outcome type, ESCO's skillType) containing "knowledge",
 *    "skill" or "competence".
 * 2. Otherwise the leading verb (after "the student can / is able to / will"): Bloom's
 *    remembering / understanding verbs mean knowledge, applying / creating verbs mean skill.
 * Unknown when neither says; such items are not checked.
 */
export type OutcomeType = 'knowledge' | 'skill' | 'unknown';

const KNOWLEDGE_VERBS = new Set([
  'know',
  'knows',
  'understand',
  'understands',
  'describe',
  'describes',
  'explain',
  'explains',
  'define',
  'defines',
  'list',
  'lists',
  'recall',
  'recalls',
  'recognise',
  'recognises',
  'recognize',
  'recognizes',
  'identify',
  'identifies',
  'name',
  'names',
  'outline',
  'outlines',
  'summarise',
  'summarises',
  'summarize',
  'summarizes',
  'discuss',
  'discusses',
  'state',
  'states',
  'comprehend',
  'comprehends',
  'be aware',
  'have knowledge',
  'knowledge',
]);

const SKILL_VERBS = new Set([
  'apply',
  'applies',
  'use',
  'uses',
  'perform',
  'performs',
  'operate',
  'operates',
  'create',
  'creates',
  'design',
  'designs',
  'develop',
  'develops',
  'implement',
  'implements',
  'build',
  'builds',
  'write',
  'writes',
  'program',
  'programs',
  'calculate',
  'calculates',
  'carry',
  'carries',
  'conduct',
  'conducts',
  'analyse',
  'analyses',
  'analyze',
  'analyzes',
  'evaluate',
  'evaluates',
  'manage',
  'manages',
  'construct',
  'constructs',
  'prepare',
  'prepares',
  'install',
  'installs',
  'configure',
  'configures',
  'measure',
  'measures',
  'solve',
  'solves',
  'produce',
  'produces',
  'plan',
  'plans',
  'test',
  'tests',
  'communicate',
  'communicates',
  'demonstrate',
  'demonstrates',
  'handle',
  'handles',
  'maintain',
  'maintains',
]);

const PREAMBLE =
  /^(?:(?:the\s+)?(?:student|learner|participant|graduate)s?\s+)?(?:(?:can|will|should|must|is able to|are able to|be able to|able to|has the ability to)\s+)?/i;

export function outcomeType(text: string, extra: Record<string, unknown> = {}): OutcomeType {
  for (const key of ['type', 'outcomeType', 'learningOutcomeType', 'skillType']) {
    const value = extra[key];
    if (typeof value !== 'string') continue;
    const lower = value.toLowerCase();
    if (lower.includes('knowledge')) return 'knowledge';
    if (lower.includes('skill') || lower.includes('competence')) return 'skill';
  }
  const rest = text.trim().replace(PREAMBLE, '').toLowerCase();
  const words = rest.split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length === 0) return 'unknown';
  const two = words.slice(0, 2).join(' ');
  if (KNOWLEDGE_VERBS.has(two) || KNOWLEDGE_VERBS.has(words[0]!)) return 'knowledge';
  if (SKILL_VERBS.has(words[0]!)) return 'skill';
  return 'unknown';
}
