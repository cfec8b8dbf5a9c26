/** Lower-case ASCII words joined by hyphens ("Café Basics 2" → "cafe-basics-2"); "" when nothing is left. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
