/**
 * `npm run bench`: speed, memory and quality numbers, printed. Never a pass/fail test.
 * Each domain adds a module exporting `bench: BenchSection` and one line in SECTIONS.
 */
import type { BenchSection } from './harness.js';
import { projectsBench } from './projects.bench.js';
import { sourcesBench } from './sources.bench.js';
import { mappingsBench } from './mappings.bench.js';
import { suggestBench } from './suggest.bench.js';
import { suggestSpeedBench } from './suggest-speed.bench.js';
import { meloBench } from './suggest-melo.bench.js';
import { suggestCalibrationBench } from './suggest-calibration.bench.js';
import { exchangeBench } from './exchange.bench.js';
import { nationalTablesBench } from './national-tables.bench.js';
import { workbenchBench } from './workbench.bench.js';
import { vocabulariesBench } from './vocabularies.bench.js';
import { vocabularyDiffBench } from './vocabulary-diff.bench.js';
import { teamBench } from './team.bench.js';

const SECTIONS: BenchSection[] = [
  projectsBench,
  sourcesBench,
  mappingsBench,
  suggestBench,
  suggestSpeedBench,
  suggestCalibrationBench,
  meloBench,
  exchangeBench,
  nationalTablesBench,
  workbenchBench,
  vocabulariesBench,
  vocabularyDiffBench,
  teamBench,
];

const only = process.argv.slice(2);
for (const section of SECTIONS) {
  if (only.length && !only.includes(section.name)) continue;
  console.log(`\n== ${section.name}: ${section.title}`);
  try {
    await section.run();
  } catch (error) {
    console.log(`  failed: ${(error as Error)?.stack ?? String(error)}`);
    process.exitCode = 1;
  }
}
