/**
 * Plain data whose leaves may be typed arrays, in one buffer that a load views rather than copies: the arrays' bytes
 * follow a JSON header, each at a multiple of 8, and unpack makes typed arrays on the read buffer itself. For caches of
 * tens of megabytes (the label n-gram index), where v8.deserialize copied every array out of the file's bytes again.
 * Written and read by the same program on the same machine (native byte order).
 */

const KINDS = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type Kind = keyof typeof KINDS;
type Typed = InstanceType<(typeof KINDS)[Kind]>;

/** Where an array stands in the header: its kind, and its bytes' offset from the data start and element count. */
interface Placeholder {
  $typed: Kind;
  offset: number;
  length: number;
}

const ALIGN = 8;
const align = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

function kindOf(value: unknown): Kind | null {
  if (!ArrayBuffer.isView(value) || value instanceof DataView) return null;
  const name = value.constructor.name;
  return name in KINDS ? (name as Kind) : null;
}

/** The buffer: 4 bytes of header length, the JSON header, then each array's bytes. */
export function packTyped(value: unknown): Buffer {
  const arrays: Typed[] = [];
  let size = 0;
  const header = JSON.stringify(value, (_key, v: unknown) => {
    const kind = kindOf(v);
    if (!kind) return v;
    const array = v as Typed;
    const placeholder: Placeholder = { $typed: kind, offset: size, length: array.length };
    arrays.push(array);
    size = align(size + array.byteLength);
    return placeholder;
  });
  const headerBytes = Buffer.from(header, 'utf8');
  const dataStart = align(4 + headerBytes.length);
  const out = Buffer.alloc(dataStart + size);
  out.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(out, 4);
  let offset = dataStart;
  for (const array of arrays) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset = dataStart + align(offset - dataStart + array.byteLength);
  }
  return out;
}

/** The data packTyped packed; its typed arrays view `buffer` (copied only where an array would sit unaligned). */
export function unpackTyped(buffer: Buffer): unknown {
  const headerLength = buffer.readUInt32LE(0);
  const dataStart = align(4 + headerLength);
  if (dataStart > buffer.length) throw new Error('packed data is cut short');
  // A read file's buffer, never shared memory.
  const bytes = buffer.buffer as ArrayBuffer;
  return JSON.parse(buffer.toString('utf8', 4, 4 + headerLength), (_key, v: unknown) => {
    if (!isPlaceholder(v)) return v;
    const Ctor = KINDS[v.$typed];
    const start = buffer.byteOffset + dataStart + v.offset;
    if (dataStart + v.offset + v.length * Ctor.BYTES_PER_ELEMENT > buffer.length) throw new Error('packed data is cut short');
    if (start % Ctor.BYTES_PER_ELEMENT === 0) return new Ctor(bytes, start, v.length);
    return new Ctor(bytes.slice(start, start + v.length * Ctor.BYTES_PER_ELEMENT));
  });
}

function isPlaceholder(v: unknown): v is Placeholder {
  return typeof v === 'object' && v !== null && typeof (v as Placeholder).$typed === 'string' && (v as Placeholder).$typed in KINDS;
}
