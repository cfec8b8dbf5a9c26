import { parentPort, workerData } from 'node:worker_threads';
import { labelNgramArrays, type LabelNgramsInput } from '../suggest/label-ngrams-build.js';

/** Builds the character n-gram index of one vocabulary language's labels (see label-ngrams-build.ts). */
const { arrays, transfer } = labelNgramArrays(workerData as LabelNgramsInput);
parentPort!.postMessage(arrays, transfer);
