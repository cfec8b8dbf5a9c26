import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { JobInfo } from '../../shared/domain/job.js';
import { expect, type ServedApp } from './fixtures.js';

/**
 * Data for the workbench and review e2e tests, set up through the real HTTP contract (the same
 * calls the UI makes): a source of learning outcomes and a small SKOS vocabulary the test writes.
 */
export const OUTCOMES = [
  { key: 'LO1', text: 'Analyse data sets to find patterns', target: 'analyse data' },
  { key: 'LO2', text: 'Write Python scripts that automate tasks', target: 'write Python scripts' },
  { key: 'LO3', text: 'Visualise data with charts and dashboards', target: 'visualise data' },
  { key: 'LO4', text: 'Protect personal data under the GDPR', target: 'protect personal data' },
  { key: 'LO5', text: 'Communicate results to stakeholders', target: 'communicate with stakeholders' },
];

const EX = 'http://example.org/skills/';

/** A small SKOS vocabulary: one concept per outcome plus a broader one. */
export const SKILLS_TTL = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <${EX}> .
ex:scheme a skos:ConceptScheme ; skos:prefLabel "Example skills"@en ; skos:hasTopConcept ex:data-work .
ex:data-work a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "work with digital data"@en ; skos:topConceptOf ex:scheme .
ex:analyse-data a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "analyse data"@en ; skos:altLabel "data analysis"@en ; skos:broader ex:data-work ;
  skos:definition "Examine data sets to find patterns and draw conclusions."@en .
ex:python a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "write Python scripts"@en ; skos:altLabel "Python programming"@en .
ex:visualise a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "visualise data"@en ; skos:altLabel "create data visualisations"@en ; skos:broader ex:data-work .
ex:privacy a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "protect personal data"@en ; skos:altLabel "data protection"@en .
ex:communicate a skos:Concept ; skos:inScheme ex:scheme ; skos:prefLabel "communicate with stakeholders"@en ; skos:altLabel "report results"@en .
`;

export function conceptUri(label: string): string {
  const local = {
    'analyse data': 'analyse-data',
    'write Python scripts': 'python',
    'visualise data': 'visualise',
    'protect personal data': 'privacy',
    'communicate with stakeholders': 'communicate',
  }[label];
  return `${EX}${local}`;
}

/** Calls one contract method over HTTP with the browser context's session cookie. */
export async function callApi<T>(page: Page, served: ServedApp, channel: string, args: unknown = {}): Promise<T> {
  const response = await page.request.post(new URL(`/api/${channel}`, served.url).href, { data: args as object });
  const envelope = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** Uploads a local file the way the served page does (POST /api/upload): the served API takes no paths. */
export async function uploadFile(page: Page, served: ServedApp, file: string): Promise<{ uploadId: string; name: string }> {
  const response = await page.request.post(new URL(`/api/upload?name=${encodeURIComponent(path.basename(file))}`, served.url).href, {
    data: fs.readFileSync(file),
  });
  const envelope = (await response.json()) as
    { ok: true; value: { uploadId: string; name: string } } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`upload: ${envelope.error.message}`);
  return { uploadId: envelope.value.uploadId, name: envelope.value.name };
}

async function waitForJob(page: Page, served: ServedApp, id: string): Promise<JobInfo> {
  let job = await callApi<JobInfo>(page, served, 'app-jobGet', { id });
  await expect
    .poll(async () => {
      job = await callApi<JobInfo>(page, served, 'app-jobGet', { id });
      return job.state;
    })
    .not.toBe('running');
  expect(job.error?.message ?? '').toBe('');
  return job;
}

/** Imports the learning outcomes (as one source) and the SKOS vocabulary into the open project. */
export async function setUpMappingData(
  page: Page,
  served: ServedApp,
): Promise<{ schemeId: number; itemIds: number[]; vocabularyId: string }> {
  const scheme = await callApi<{ id: number }>(page, served, 'sources-createScheme', { title: 'Data literacy outcomes', language: 'en' });
  const itemIds: number[] = [];
  for (const outcome of OUTCOMES) {
    const item = await callApi<{ id: number }>(page, served, 'sources-addItem', {
      schemeId: scheme.id,
      key: outcome.key,
      text: outcome.text,
      language: 'en',
    });
    itemIds.push(item.id);
  }
  const file = path.join(served.dataDir, 'example-skills.ttl');
  fs.writeFileSync(file, SKILLS_TTL);
  const { jobId } = await callApi<{ jobId: string }>(page, served, 'vocabularies-import', {
    files: [await uploadFile(page, served, file)],
  });
  await waitForJob(page, served, jobId);
  const vocabularies = await callApi<{ id: string }[]>(page, served, 'vocabularies-list');
  return { schemeId: scheme.id, itemIds, vocabularyId: vocabularies[0]!.id };
}
