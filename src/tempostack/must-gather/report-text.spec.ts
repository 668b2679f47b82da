import { describe, expect, it } from 'vitest';
import type { CollectionNote, CollectionPart } from './bundle-types';
import { describeNote, describePart, uniqueNotes } from './report-text';

describe('report wording', () => {
  it.each<[CollectionPart, string]>([
    [{ part: 'object', kind: 'Secret', name: 'minio' }, 'Secret minio'],
    [{ part: 'list', kind: 'ConfigMap' }, 'list of ConfigMap'],
    [{ part: 'log', pod: 'p', container: 'c', previous: false }, 'log of pod p, container c'],
    [
      { part: 'log', pod: 'p', container: 'c', previous: true },
      'previous log of pod p, container c',
    ],
    [
      { part: 'operatorLog', pod: 'op', container: 'manager' },
      'operator log of pod op, container manager',
    ],
    [{ part: 'accessReview', verb: 'get', resource: 'pods/log' }, 'access review: get pods/log'],
    [{ part: 'logs', namespace: 'ns' }, 'container logs in namespace ns'],
  ])('%j → %s', (part, text) => {
    expect(describePart(part)).toBe(text);
  });

  it.each<[CollectionNote, string]>([
    [
      { note: 'kindNotServed', kind: 'Route', apiVersion: 'route.openshift.io/v1' },
      'Route (route.openshift.io/v1) is not served by this cluster: not listed',
    ],
    [
      { note: 'containerNotStarted', pod: 'p', container: 'c', reason: 'ImagePullBackOff' },
      'log of pod p, container c not read: the container has not started (ImagePullBackOff)',
    ],
    [
      { note: 'operatorNeedsClusterRead' },
      'operator Deployment, manager log and OLM objects not collected: they need permission to list Deployments in all namespaces (cluster administrators)',
    ],
    [
      { note: 'operatorNotFound', selector: 'a=b' },
      'no Deployment labelled a=b found: operator files not included',
    ],
    [{ note: 'olmNotInstalled' }, 'OLM is not installed: OLM objects not collected'],
    [
      { note: 'eventsTruncated', limit: 5000 },
      'only the first 5000 events of the namespace were read',
    ],
    [
      { note: 'storageSecretForbidden', name: 'minio', namespace: 'ns' },
      'no permission to get Secret minio in namespace ns: its key names are not included',
    ],
  ])('%j', (note, text) => {
    expect(describeNote(note)).toBe(text);
  });

  it('counts a repeated note once', () => {
    expect(
      uniqueNotes([
        { note: 'olmNotInstalled' },
        { note: 'olmNotInstalled' },
        { note: 'operatorNeedsClusterRead' },
      ]),
    ).toEqual([{ note: 'olmNotInstalled' }, { note: 'operatorNeedsClusterRead' }]);
  });
});
