/** The ELM property that links a learning outcome to an ESCO skill, as the source import names it. */
export const ELM_RELATED_SKILL = 'elm:relatedESCOSkill';

/**
 * The comment of the mapping the source import makes of an ELM elm:relatedESCOSkill link
 * (commit-bundle.ts); the ELM export (elm.ts) knows such a mapping by it and writes it back as a link.
 */
export const ELM_LINK_COMMENT = `imported from ${ELM_RELATED_SKILL}`;

/** The comment of a mapping imported from a source file's link (ELM_LINK_COMMENT for relatedESCOSkill). */
export function importedLinkComment(property: string): string {
  return property === ELM_RELATED_SKILL ? ELM_LINK_COMMENT : `imported from ${property}`;
}
