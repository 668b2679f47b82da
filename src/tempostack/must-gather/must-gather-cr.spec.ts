import { describe, expect, it } from 'vitest';
import { mustGatherResource, mustGatherState } from './must-gather-cr';

describe('mustGatherResource', () => {
  const base = {
    runId: 'ab12c',
    namespace: 'must-gather-operator',
    serviceAccountName: 'must-gather-admin',
    imageStream: { name: 'tempo-must-gather', tag: 'v0.22.0' },
    operatorNamespace: 'openshift-tempo-operator',
    timeout: '10m',
  };

  it('runs the Tempo tool from an allow-listed image stream', () => {
    expect(mustGatherResource(base)).toEqual({
      apiVersion: 'operator.openshift.io/v1alpha1',
      kind: 'MustGather',
      metadata: {
        name: 'tempo-must-gather-ab12c',
        namespace: 'must-gather-operator',
        labels: {
          'tempo-console-plugin/must-gather-run': 'ab12c',
          'app.kubernetes.io/managed-by': 'tempo-console-plugin',
        },
      },
      spec: {
        serviceAccountName: 'must-gather-admin',
        imageStreamRef: { name: 'tempo-must-gather', tag: 'v0.22.0' },
        gatherSpec: {
          command: ['/usr/bin/must-gather'],
          args: [
            '--operator-namespace',
            'openshift-tempo-operator',
            '--collection-dir',
            '/must-gather',
          ],
        },
        mustGatherTimeout: '10m',
      },
    });
  });

  it('uploads to a support case when asked', () => {
    const spec = mustGatherResource({
      ...base,
      operatorNamespace: undefined,
      upload: { caseID: '0123', secretName: 'case-creds' },
    }).spec;
    expect(spec.gatherSpec.args).toEqual(['--collection-dir', '/must-gather']);
    expect(spec.uploadTarget).toEqual({
      type: 'SFTP',
      sftp: { caseID: '0123', caseManagementAccountSecretRef: { name: 'case-creds' } },
    });
  });
});

describe('mustGatherState', () => {
  it.each([
    [undefined, { completed: false }],
    [{ status: {} }, { completed: false }],
    [
      { status: { completed: true, status: 'Completed', reason: 'MustGather Job pods succeeded' } },
      { completed: true, status: 'Completed', reason: 'MustGather Job pods succeeded' },
    ],
    [{ status: { completed: 'yes', status: 3 } }, { completed: false }],
  ])('%j', (input, expected) => {
    expect(mustGatherState(input)).toEqual(expected);
  });
});
