import { describe, expect, it } from 'vitest';
import { escoPackageNames } from './esco-download.js';

describe('escoPackageNames', () => {
  it('adds the language-less relations package for v1.0 and v1.1 only', () => {
    expect(escoPackageNames('v1.1.1', ['en', 'de'])).toEqual([
      'ESCO dataset - v1.1.1 - classification - en - csv.zip',
      'ESCO dataset - v1.1.1 - classification - de - csv.zip',
      'ESCO dataset - v1.1.1 - classification -  - csv.zip',
    ]);
    expect(escoPackageNames('v1.2.0', ['fr'])).toEqual(['ESCO dataset - v1.2.0 - classification - fr - csv.zip']);
  });
});
