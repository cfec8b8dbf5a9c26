import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../tests/support/shared-data.js';
import { LabelNgrams } from './label-ngrams.js';
import { buildLabelNgramsInWorker, labelNgramArrays } from './label-ngrams-build.js';

const labels = [
  'Gärtner/Gärtnerin',
  'Lackierer',
  'Lackiertechniker',
  'infirmier/infirmière',
  'manage a team of software developers',
  'TCP/IP',
  '中文 翻译',
  'horticulteur',
  'ouvrier horticole',
  'Traktorführer',
];
const concepts = Int32Array.from(labels, (_, i) => Math.floor(i / 2));
const queries = ['Gärtnerin', 'Lackier', 'infirmiere', 'software developer', '中文', 'horticole', 'Führer Traktor', 'nothing alike'];

const workersDir = path.join(projectRoot, 'dist', 'workers');
const workerBuilt = fs.existsSync(path.join(workersDir, 'label-ngrams.js'));
if (!workerBuilt) console.log('label-ngrams worker not built (npm run build:node): the worker test is skipped');

describe('label n-gram index built elsewhere', () => {
  const here = new LabelNgrams(labels, concepts);

  it('searches exactly alike when rebuilt from its arrays after a copy between threads', () => {
    const { arrays } = labelNgramArrays({ labelText: labels, labelConcept: concepts });
    const copied = new LabelNgrams(structuredClone(arrays), concepts);
    for (const q of queries) expect(copied.search(q, 5, null)).toEqual(here.search(q, 5, null));
    expect(copied.search('Gärtnerin', 5, null)[0]?.concept).toBe(0);
  });

  describe.skipIf(!workerBuilt)('in a worker thread', () => {
    it('searches exactly alike', async () => {
      const built = await buildLabelNgramsInWorker(workersDir, { labelText: labels, labelConcept: concepts });
      expect(built).not.toBeNull();
      const allowed = Uint8Array.from([1, 0, 1, 1, 1]);
      for (const q of queries) {
        expect(built!.search(q, 5, null)).toEqual(here.search(q, 5, null));
        expect(built!.search(q, 3, allowed)).toEqual(here.search(q, 3, allowed));
      }
    });
  });

  it('is not built in a worker when the worker script is missing', () => {
    expect(buildLabelNgramsInWorker(path.join(projectRoot, 'no-such-dir'), { labelText: labels, labelConcept: concepts })).toBeNull();
  });
});
