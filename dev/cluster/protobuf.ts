/**
 * Decoding of Kubernetes protobuf request bodies (`application/vnd.kubernetes.protobuf`): the
 * `k8s\0` envelope (`runtime.Unknown`) and the kinds of `protobuf-schemas.ts`. Responses are always
 * JSON (kubectl accepts it). Other kinds are answered with 415.
 */
import { unsupportedMediaType } from './errors';
import { type JsonObject, text } from './json-util';
import { type FieldSpec, type MessageSchema, protobufKinds } from './protobuf-schemas';

type Raw = number | Buffer;

const zeroTime = '1970-01-01T00:00:00Z';

/** Reads the fields of one message: field number → raw values (varints as numbers, the rest as bytes). */
function readFields(buffer: Buffer): Map<number, Raw[]> {
  const fields = new Map<number, Raw[]>();
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = buffer[pos++];
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80 || pos >= buffer.length) return result;
      shift += 7;
    }
  };
  while (pos < buffer.length) {
    const key = varint();
    const wire = key & 7;
    let value: Raw;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const len = varint();
      value = buffer.subarray(pos, pos + len);
      pos += len;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      value = buffer.subarray(pos, pos + size);
      pos += size;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
    const field = Math.floor(key / 8);
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}

const bytesOf = (v: Raw): Buffer => (typeof v === 'number' ? Buffer.alloc(0) : v);
/** Varints of negative int32/int64 come as 2^64 - n. */
const signed = (v: Raw): number => (typeof v === 'number' ? (v >= 2 ** 63 ? v - 2 ** 64 : v) : 0);

function mapEntries(values: Raw[], value: (raw: Raw | undefined) => unknown): JsonObject {
  const out: JsonObject = {};
  for (const entry of values) {
    const fields = readFields(bytesOf(entry));
    out[bytesOf(fields.get(1)?.[0] ?? Buffer.alloc(0)).toString('utf8')] = value(
      fields.get(2)?.[0],
    );
  }
  return out;
}

function scalar(spec: FieldSpec, v: Raw): unknown {
  switch (spec.type) {
    case 'bool':
      return v === 1;
    case 'int':
      return signed(v);
    case 'string':
      return bytesOf(v).toString('utf8');
    case 'bytes':
      return bytesOf(v).toString('base64');
    case 'quantity':
      return bytesOf(readFields(bytesOf(v)).get(1)?.[0] ?? Buffer.alloc(0)).toString('utf8');
    case 'intOrString': {
      const fields = readFields(bytesOf(v));
      return fields.get(1)?.[0] === 1
        ? bytesOf(fields.get(3)?.[0] ?? Buffer.alloc(0)).toString('utf8')
        : signed(fields.get(2)?.[0] ?? 0);
    }
    case 'time': {
      const seconds = signed(readFields(bytesOf(v)).get(1)?.[0] ?? 0);
      return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    default:
      return typeof spec.type === 'object' ? decodeMessage(bytesOf(v), spec.type) : undefined;
  }
}

function decodeMessage(buffer: Buffer, schema: MessageSchema): JsonObject {
  const out: JsonObject = {};
  for (const [number, values] of readFields(buffer)) {
    const spec = schema[number];
    if (!spec) continue;
    if (spec.type === 'stringMap')
      out[spec.name] = mapEntries(values, (r) => bytesOf(r ?? Buffer.alloc(0)).toString('utf8'));
    else if (spec.type === 'bytesMap')
      out[spec.name] = mapEntries(values, (r) => bytesOf(r ?? Buffer.alloc(0)).toString('base64'));
    else if (spec.type === 'quantityMap')
      out[spec.name] = mapEntries(values, (r) =>
        scalar({ name: '', type: 'quantity' }, r ?? Buffer.alloc(0)),
      );
    else {
      const decoded = values.map((v) => scalar(spec, v));
      const value = spec.repeated ? decoded : decoded[decoded.length - 1];
      // Go marshals non-pointer fields even when empty; JSON (`omitempty`) leaves them out.
      const zero = value === '' || value === 0 || value === false || value === zeroTime;
      if (!zero || spec.pointer) out[spec.name] = value;
    }
  }
  return out;
}

/** Decodes a protobuf-encoded object of a supported kind into its JSON form; 415 otherwise. */
export function decodeProtobufObject(body: Buffer): JsonObject {
  const refuse = () => unsupportedMediaType(['application/json', 'application/yaml']);
  if (body.length < 4 || body.subarray(0, 4).toString('latin1') !== 'k8s\u0000') throw refuse();
  const unknown = decodeMessage(body.subarray(4), {
    1: {
      name: 'typeMeta',
      type: { 1: { name: 'apiVersion', type: 'string' }, 2: { name: 'kind', type: 'string' } },
    },
    2: { name: 'raw', type: 'bytes' },
  });
  const typeMeta = (unknown.typeMeta ?? {}) as JsonObject;
  const kind = text(typeMeta.kind);
  const schema = protobufKinds[kind];
  if (!schema) throw refuse();
  const raw = Buffer.from(text(unknown.raw), 'base64');
  return { apiVersion: typeMeta.apiVersion, kind, ...decodeMessage(raw, schema) };
}
