import type Database from 'better-sqlite3';
import type { CheckRule, CheckRuleId, ProblemSeverity } from '../../../shared/domain/review.js';
import { writeTransaction } from '../db/write-transaction.js';

interface RuleDefinition {
  id: CheckRuleId;
  title: string;
  description: string;
  severity: ProblemSeverity;
  enabledByDefault: boolean;
}

/** Every check, in the order the problems panel lists them. Rejected statements are never checked. */
export const RULES: readonly RuleDefinition[] = [
  {
    id: 'exact-multiple-same-scheme',
    title: 'exactMatch to several concepts of one scheme',
    description: 'An item should be exactly equivalent to at most one concept of a concept scheme.',
    severity: 'error',
    enabledByDefault: true,
  },
  {
    id: 'exact-with-other-relation',
    title: 'exactMatch together with broad / narrow / related',
    description: 'The same target cannot be an exact match and also broader, narrower or only related.',
    severity: 'error',
    enabledByDefault: true,
  },
  {
    id: 'several-relations-one-target',
    title: 'Two relations to one target',
    description:
      'An item states two different relations to the same target (e.g. closeMatch and broadMatch): at most one of them can be right.',
    severity: 'warning',
    enabledByDefault: true,
  },
  {
    id: 'inverse-broad-contradiction',
    title: 'Contradictory broad / narrow pair',
    description: 'A broadMatch B and B broadMatch A (directly, or as A broadMatch B with A narrowMatch B) contradict each other.',
    severity: 'error',
    enabledByDefault: true,
  },
  {
    id: 'match-and-must-not-map',
    title: 'Mapped to a concept it must not map to',
    description: 'A mapping and a "must not map" statement name the same target.',
    severity: 'error',
    enabledByDefault: true,
  },
  {
    id: 'no-match-with-accepted',
    title: '"No match" but mapped',
    description: 'The item is marked as having no match in a vocabulary but has mappings into it.',
    severity: 'warning',
    enabledByDefault: true,
  },
  {
    id: 'vocabulary-not-loaded',
    title: 'Vocabulary not loaded',
    description: 'Targets come from a vocabulary version that is not in the library, so they cannot be checked.',
    severity: 'info',
    enabledByDefault: true,
  },
  {
    id: 'target-missing',
    title: 'Target missing from the vocabulary',
    description: 'The target URI is not a concept of the loaded vocabulary version.',
    severity: 'error',
    enabledByDefault: true,
  },
  {
    id: 'target-deprecated',
    title: 'Target deprecated',
    description: 'The target concept is deprecated in the loaded vocabulary version.',
    severity: 'warning',
    enabledByDefault: true,
  },
  {
    id: 'target-outdated',
    title: 'Target gone or deprecated in the newer version',
    description:
      'The project is moving to a newer version of the vocabulary (Versions view), and the target is not in it or deprecated there.',
    severity: 'warning',
    enabledByDefault: true,
  },
  {
    id: 'outcome-without-accepted',
    title: 'Learning outcome without an accepted mapping',
    description: 'A learning outcome has no accepted mapping and is not marked as having no match.',
    severity: 'info',
    enabledByDefault: true,
  },
  {
    id: 'only-unsure',
    title: 'Only unsure mappings',
    description: 'Every mapping of the item is marked unsure.',
    severity: 'warning',
    enabledByDefault: true,
  },
  {
    id: 'knowledge-skill-type',
    title: 'Knowledge outcome mapped only to skills (or the reverse)',
    description:
      'A knowledge-type learning outcome is mapped only to ESCO skills/competences, or a skill-type outcome only to knowledge concepts. The outcome type comes from the source (extra.type) or, failing that, from its leading verb.',
    severity: 'warning',
    enabledByDefault: true,
  },
];

/** The rules with this project's on/off switches. */
export function projectRules(db: Database.Database): CheckRule[] {
  const stored = new Map(
    (db.prepare('SELECT rule, enabled FROM check_rules').all() as { rule: string; enabled: number }[]).map((r) => [
      r.rule,
      r.enabled === 1,
    ]),
  );
  return RULES.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    severity: r.severity,
    enabled: stored.get(r.id) ?? r.enabledByDefault,
  }));
}

export function setProjectRules(db: Database.Database, switches: Partial<Record<CheckRuleId, boolean>>): CheckRule[] {
  const upsert = db.prepare(
    'INSERT INTO check_rules (rule, enabled) VALUES (?, ?) ON CONFLICT (rule) DO UPDATE SET enabled = excluded.enabled',
  );
  writeTransaction(db, () => {
    for (const [rule, enabled] of Object.entries(switches)) if (enabled !== undefined) upsert.run(rule, enabled ? 1 : 0);
  });
  return projectRules(db);
}

export function severityOf(id: CheckRuleId): ProblemSeverity {
  return RULES.find((r) => r.id === id)!.severity;
}
