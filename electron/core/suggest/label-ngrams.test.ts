import { describe, expect, it } from 'vitest';
import { genderForms, LabelNgrams, wordNgrams } from './label-ngrams.js';

describe('gender forms of a label', () => {
  it('splits a whole title written in both forms', () => {
    expect(genderForms('directeur technique/directrice technique')).toEqual(['directeur technique', 'directrice technique']);
    expect(genderForms('Kfz-Monteur/Kfz-Monteurin')).toEqual(['Kfz-Monteur', 'Kfz-Monteurin']);
  });

  it('splits a gender pair of one word inside a longer title', () => {
    expect(genderForms('leraar/lerares lager onderwijs')).toEqual(['leraar lager onderwijs', 'lerares lager onderwijs']);
  });

  it('leaves other slashes alone', () => {
    expect(genderForms('TCP/IP')).toEqual(['TCP/IP']);
    expect(genderForms('Reiseleiter/Fremdenführer')).toEqual(['Reiseleiter/Fremdenführer']);
    expect(genderForms('input/output devices')).toEqual(['input/output devices']);
    expect(genderForms('a/b/c')).toEqual(['a/b/c']);
  });
});

describe('character n-grams of words', () => {
  it('pads words and folds case and accents', () => {
    const grams = wordNgrams('Écu');
    expect([...grams.keys()].sort()).toEqual([' ec', ' ecu', ' ecu ', 'cu ', 'ecu', 'ecu '].sort());
  });
});

describe('n-gram TF-IDF over labels', () => {
  const labels = ['Gartenbauarbeiter', 'Lackierer', 'Bäcker', 'infirmier/infirmière', 'horticulteur'];
  const concepts = Int32Array.from([0, 1, 2, 3, 0]);
  const ngrams = new LabelNgrams(labels, concepts);

  it('finds labels spelled alike where no word is equal (compounds, derivations)', () => {
    const hits = ngrams.search('Lackiertechniker', 3, null);
    expect(hits[0]?.concept).toBe(1);
    expect(ngrams.search('Gartenarbeiter', 3, null)[0]?.concept).toBe(0);
  });

  it('matches one gender form fully and scores a concept by its closest label', () => {
    const [best] = ngrams.search('Infirmière', 3, null);
    expect(best?.concept).toBe(3);
    expect(best?.similarity).toBeGreaterThan(0.99);
    expect(ngrams.search('horticulteurs', 1, null)[0]).toMatchObject({ concept: 0, label: 4 });
  });

  it('keeps to the allowed concepts and finds nothing for unrelated text', () => {
    const allowed = Uint8Array.from([1, 0, 1, 1]);
    expect(ngrams.search('Lackierer', 5, allowed).map((h) => h.concept)).not.toContain(1);
    // The allowed concepts' hits are those of an unfiltered search, with the same similarities.
    const all = ngrams.search('Lackierer', 10, null);
    expect(all.map((h) => h.concept)).toContain(1);
    expect(ngrams.search('Lackierer', 10, allowed)).toEqual(all.filter((h) => allowed[h.concept]));
    expect(ngrams.search('zzzz', 5, null)).toEqual([]);
  });

  it('leaves out n-grams that most labels share: they alone match nothing', () => {
    const many = Array.from({ length: 600 }, (_, i) => `xyz w${i}`);
    const common = new LabelNgrams(
      many,
      Int32Array.from(many, (_, i) => i),
    );
    expect(common.search('xyz', 5, null)).toEqual([]);
    expect(common.search('xyz w7', 1, null)[0]?.concept).toBe(7);
  });
});

/** The straightforward index (string n-grams, a map per label) the typed-array one must equal exactly. */
function referenceSearch(labels: string[], concepts: Int32Array): (text: string, top: number, allowed: Uint8Array | null) => unknown[] {
  const gramIds = new Map<string, number>();
  const perDoc: [number, number][][] = [];
  const docLabel: number[] = [];
  const df: number[] = [];
  labels.forEach((text, label) => {
    for (const form of genderForms(text)) {
      const grams: [number, number][] = [];
      for (const [gram, count] of wordNgrams(form)) {
        if (!gramIds.has(gram)) {
          gramIds.set(gram, df.length);
          df.push(0);
        }
        const id = gramIds.get(gram)!;
        df[id]!++;
        grams.push([id, count]);
      }
      perDoc.push(grams);
      docLabel.push(label);
    }
  });
  const idf = Float32Array.from(df, (n) => Math.log((1 + perDoc.length) / (1 + n)) + 1);
  const postings: { doc: number; weight: number }[][] = df.map(() => []);
  perDoc.forEach((grams, doc) => {
    const norm = Math.sqrt(grams.reduce((sum, [id, count]) => sum + ((1 + Math.log(count)) * idf[id]!) ** 2, 0)) || 1;
    for (const [id, count] of grams) postings[id]!.push({ doc, weight: Math.fround(((1 + Math.log(count)) * idf[id]!) / norm) });
  });
  return (text, top, allowed) => {
    const query = [...wordNgrams(text)]
      .filter(([gram]) => gramIds.has(gram))
      .map(([gram, count]) => {
        const id = gramIds.get(gram)!;
        return [id, (1 + Math.log(count)) * idf[id]!] as const;
      });
    const norm = Math.sqrt(query.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    const acc = new Float32Array(perDoc.length);
    const order: number[] = [];
    for (const [id, weight] of query) {
      if (postings[id]!.length > Math.max(500, perDoc.length * 0.02)) continue;
      for (const { doc, weight: w } of postings[id]!) {
        if (acc[doc] === 0) order.push(doc);
        acc[doc]! += (weight / norm) * w;
      }
    }
    const best = new Map<number, { concept: number; similarity: number; label: number }>();
    for (const doc of order) {
      const label = docLabel[doc]!;
      const concept = concepts[label]!;
      if (allowed && !allowed[concept]) continue;
      const old = best.get(concept);
      if (!old || acc[doc]! > old.similarity) best.set(concept, { concept, similarity: acc[doc]!, label });
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity).slice(0, top);
  };
}

describe('n-gram index in typed arrays', () => {
  // Letters past the integer-keyed alphabet (over 64 of them, CJK, a surrogate pair) take the text path.
  const alphabet = [...'abcdeéfghijklmnoöpqrstuvwxyzßøłæ0123456789', ...'абвгдежзийклмнопрстуфхцчшщыэюя', '中', '文', '\u{1F600}'];
  let seed = 14;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const word = (): string => Array.from({ length: 2 + random(7) }, () => alphabet[random(random(3) ? 12 : alphabet.length)]).join('');
  const title = (): string => Array.from({ length: 1 + random(3) }, word).join(random(6) ? ' ' : '/');
  const labels = Array.from({ length: 900 }, title);
  const concepts = Int32Array.from(labels, () => random(300));

  it('gives exactly the similarities and top concepts of the straightforward index', () => {
    const fast = new LabelNgrams(labels, concepts);
    const reference = referenceSearch(labels, concepts);
    const allowed = Uint8Array.from({ length: 300 }, () => random(2));
    let found = 0;
    for (let q = 0; q < 200; q++) {
      const text = q % 3 ? title() : labels[random(labels.length)]!;
      const hits = fast.search(text, 10, null);
      expect(hits).toEqual(reference(text, 10, null));
      expect(fast.search(text, 50, allowed)).toEqual(reference(text, 50, allowed));
      if (hits.length) found++;
    }
    expect(found).toBeGreaterThan(150);
  });
});
