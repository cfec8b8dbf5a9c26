import { describe, expect, it } from 'vitest';
import { asciiSlug } from './slug.js';

describe('asciiSlug', () => {
  it('keeps lower-case ASCII letters and digits joined by single hyphens', () => {
    expect(asciiSlug('Café Basics 2')).toBe('cafe-basics-2');
    expect(asciiSlug('  --Web / Accessibility!! ')).toBe('web-accessibility');
    expect(asciiSlug('日本語')).toBe('');
  });
});
