import { describe, expect, it } from 'vitest';
import { elmBundle } from '../sources/import/elm.js';
import { loadRdf } from '../sources/import/rdf-load.js';
import { ELM_LINK_COMMENT, ELM_RELATED_SKILL, importedLinkComment } from './elm-link.js';
import { writeElm } from './elm.js';
import { sampleTable } from './sample-table.test-helper.js';

describe('the ELM link marker shared by the source import and the ELM export', () => {
  it('a link the export writes comes back from the source import with the comment the export knows it by', async () => {
    const table = sampleTable();
    const link = {
      ...table.mappings[0]!,
      subjectKey: 'LO4',
      relation: 'relatedMatch' as const,
      justification: 'imported' as const,
      comment: ELM_LINK_COMMENT,
    };
    table.mappings.push({ ...link, object: { uri: 'http://data.europa.eu/esco/skill/ggg-777', label: 'data modelling' } });
    // relatedMatch is not among the chosen relations: only the marker makes it a link.
    const { content } = await writeElm(table, 'turtle', { status: 'accepted', relations: ['exactMatch'] });
    const bundle = elmBundle(await loadRdf(String(content), 'course.ttl', 'turtle'), {
      fileName: 'course',
      title: 'Course',
      language: 'en',
    });
    const links = bundle.items.flatMap((i) => i.extra?.links ?? []).filter((l) => l.uri.endsWith('ggg-777'));
    expect(links).toEqual([expect.objectContaining({ property: ELM_RELATED_SKILL })]);
    expect(importedLinkComment(links[0]!.property)).toBe(ELM_LINK_COMMENT);
  });

  it('names other properties in the comment, which the ELM export does not take for its links', () => {
    expect(importedLinkComment('dcterms:relation')).toBe('imported from dcterms:relation');
    expect(importedLinkComment('dcterms:relation')).not.toBe(ELM_LINK_COMMENT);
  });
});
