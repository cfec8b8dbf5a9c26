/**
 * Lower case without diacritics (NFKD, marks removed), so "Débogage" and "debogage", "Infirmière" and "infirmiere" meet:
 * the one folding the word index, the trigram vectors and the label n-grams share.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
