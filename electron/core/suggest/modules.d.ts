// Typings for an untyped package the suggestion analyzer uses.
declare module 'snowball-stemmers' {
  const snowball: { newStemmer(algorithm: string): { stem(word: string): string }; algorithms(): string[] };
  export default snowball;
}
