import { workerMain } from '../jobs/worker-main.js';
import type { VectorJobInput } from '../suggest/dense/dense-level.js';
import { computeConceptVectors } from '../suggest/dense/vector-job.js';

/** The optional neural level: embeds a vocabulary's concepts once with the user's model and caches the vectors. */
workerMain<VectorJobInput, { rows: number; dim: number }>((input, { progress }) => computeConceptVectors(input, progress));
