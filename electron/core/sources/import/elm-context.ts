import { NS } from '../../../../shared/skos.js';

/**
 * A JSON-LD context for European Learning Model v3 documents (EDC credentials and the ELM
 * application profiles) so they can be read offline: the published context lives on
 * data.europa.eu. Only the terms the importer reads are spelled out; everything else falls into
 * the ELM namespace via @vocab, which is harmless for our purpose.
 */
const { elm: ELM, dct: DC, skos: SKOS } = NS;

const languageMap = (iri: string) => ({ '@id': iri, '@container': '@language' });
const link = (iri: string) => ({ '@id': iri, '@type': '@id' });

export const KNOWN_REMOTE_CONTEXTS = [
  'http://data.europa.eu/snb/model/context/',
  'https://data.europa.eu/snb/model/context/',
  'https://www.w3.org/2018/credentials/',
];

export const ELM_JSONLD_CONTEXT = {
  '@context': {
    '@vocab': ELM,
    id: '@id',
    type: '@type',
    title: languageMap(`${DC}title`),
    description: languageMap(`${DC}description`),
    prefLabel: languageMap(`${SKOS}prefLabel`),
    altLabel: languageMap(`${SKOS}altLabel`),
    definition: languageMap(`${SKOS}definition`),
    noteLiteral: languageMap(`${ELM}noteLiteral`),
    legalName: languageMap(`${ELM}legalName`),
    notation: `${SKOS}notation`,
    inScheme: link(`${SKOS}inScheme`),
    language: link(`${DC}language`),
    eqfLevel: link(`${ELM}EQFLevel`),
    thematicArea: link(`${ELM}ISCEDFCode`),
    learningOutcome: link(`${ELM}learningOutcome`),
    relatedESCOSkill: link(`${ELM}relatedESCOSkill`),
    publisher: link(`${DC}publisher`),
  },
};
