import { describe, expect, it } from 'vitest';
import { packTyped, unpackTyped } from './typed-file.js';

const sample = () => ({
  format: 2,
  name: 'en',
  text: [
    ['ab', 1],
    ['c', 2],
  ],
  nested: { idf: Float32Array.of(0.5, 1.25, -3), offsets: Int32Array.of(0, 2, 7), tf: Uint8Array.of(1, 2, 255) },
  wide: Float64Array.of(Math.PI, -0),
  small: Int16Array.of(-2, 3),
  empty: new Int32Array(0),
});

describe('packTyped / unpackTyped', () => {
  it('gives back the same data, typed arrays of the same kinds and values', () => {
    const back = unpackTyped(packTyped(sample())) as ReturnType<typeof sample>;
    expect(back).toEqual(sample());
    expect(back.nested.idf).toBeInstanceOf(Float32Array);
    expect(back.wide).toBeInstanceOf(Float64Array);
    expect(Object.is(back.wide[1], -0)).toBe(true);
  });

  it('views the read bytes instead of copying them', () => {
    const packed = packTyped(sample());
    const back = unpackTyped(packed) as ReturnType<typeof sample>;
    expect(back.nested.offsets.buffer).toBe(packed.buffer);
    packed.fill(0, packed.length - 16);
    // The last array is a view: clearing the buffer's tail clears it.
    expect([...back.small]).toEqual([0, 0]);
  });

  it('reads arrays that would sit unaligned in the buffer by copying them', () => {
    const packed = packTyped(sample());
    const shifted = Buffer.alloc(packed.length + 1);
    packed.copy(shifted, 1);
    expect(unpackTyped(shifted.subarray(1))).toEqual(sample());
  });

  it('throws on a cut-short buffer rather than giving short arrays', () => {
    const packed = packTyped(sample());
    expect(() => unpackTyped(packed.subarray(0, packed.length - 20))).toThrow(/cut short/);
  });
});
