import { describe, expect, it } from 'vitest';
import { isApiError } from './errors';
import { decodeProtobufObject } from './protobuf';

/** Minimal protobuf writer for the test. */
const varint = (n: number): number[] => {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
};
const bytes = (field: number, value: Buffer): Buffer =>
  Buffer.from([...varint(field * 8 + 2), ...varint(value.length), ...value]);
const str = (field: number, value: string): Buffer => bytes(field, Buffer.from(value));
const num = (field: number, value: number): Buffer =>
  Buffer.from([...varint(field * 8), ...varint(value)]);
const msg = (field: number, ...parts: Buffer[]): Buffer => bytes(field, Buffer.concat(parts));
const envelope = (apiVersion: string, kind: string, raw: Buffer): Buffer =>
  Buffer.concat([
    Buffer.from('k8s\u0000', 'latin1'),
    msg(1, str(1, apiVersion), str(2, kind)),
    bytes(2, raw),
  ]);

describe('protobuf request bodies', () => {
  it('decodes a ConfigMap as kubectl create configmap sends it, dropping Go zero values', () => {
    const raw = Buffer.concat([
      msg(
        1,
        str(1, 'cfg'),
        str(2, ''),
        str(3, 'default'),
        num(7, 0),
        msg(11, str(1, 'app'), str(2, 'tempo')),
      ),
      msg(2, str(1, 'a'), str(2, 'b')),
    ]);
    expect(decodeProtobufObject(envelope('v1', 'ConfigMap', raw))).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cfg', namespace: 'default', labels: { app: 'tempo' } },
      data: { a: 'b' },
    });
  });

  it('keeps meaningful zeros of pointer fields and decodes access reviews', () => {
    const deployment = Buffer.concat([msg(1, str(1, 'web')), msg(2, num(1, 0))]);
    expect(decodeProtobufObject(envelope('apps/v1', 'Deployment', deployment))).toMatchObject({
      spec: { replicas: 0 },
    });
    const review = Buffer.concat([
      msg(1),
      msg(
        2,
        msg(1, str(1, 'ns'), str(2, 'create'), str(3, 'tempo.grafana.com'), str(5, 'tempostacks')),
      ),
    ]);
    expect(
      decodeProtobufObject(envelope('authorization.k8s.io/v1', 'SelfSubjectAccessReview', review)),
    ).toEqual({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      metadata: {},
      spec: {
        resourceAttributes: {
          namespace: 'ns',
          verb: 'create',
          group: 'tempo.grafana.com',
          resource: 'tempostacks',
        },
      },
    });
  });

  it('answers 415 for kinds it cannot decode', () => {
    let error: unknown;
    try {
      decodeProtobufObject(envelope('v1', 'Pod', Buffer.alloc(0)));
    } catch (e) {
      error = e;
    }
    expect(isApiError(error, 415)).toBe(true);
  });
});
