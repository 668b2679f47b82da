import { emptyFormValues, emptyTenant } from './form-values';
import { formIssues } from './form-issues';

describe('formIssues', () => {
  it('needs a namespace', () => {
    expect(formIssues(emptyFormValues(''))).toEqual([{ field: 'namespace', code: 'required' }]);
    expect(formIssues(emptyFormValues('ns'))).toEqual([]);
  });

  it('checks integers and durations where the CRD needs them', () => {
    const values = emptyFormValues('ns');
    values.sizing.replicationFactor = '1.5';
    values.sizing.components.querier.replicas = '-1';
    values.limits.retention = '2 days';
    values.limits.timeout = '2m';
    values.limits.maxTracesPerUser = '1e6';
    values.query.searchMaxDuration = '0';
    expect(formIssues(values)).toEqual([
      { field: 'sizing.replicationFactor', code: 'notAnInteger' },
      { field: 'sizing.components.querier.replicas', code: 'negative' },
      { field: 'limits.retention', code: 'notADuration' },
      { field: 'limits.maxTracesPerUser', code: 'notAnInteger' },
    ]);
  });

  it('needs a name and an id for every tenant', () => {
    const values = emptyFormValues('ns');
    values.tenancy.mode = 'openshift';
    values.tenancy.tenants = [{ ...emptyTenant(''), name: 'dev' }];
    expect(formIssues(values)).toEqual([{ field: 'tenancy.tenants.0.id', code: 'required' }]);
    values.tenancy.mode = 'none';
    expect(formIssues(values)).toEqual([]);
  });

  it('needs a valid, unused name for a Secret the wizard creates', () => {
    const values = emptyFormValues('ns');
    values.storage.secretSource = 'new';
    expect(formIssues(values)).toEqual([{ field: 'storage.secretName', code: 'required' }]);
    values.storage.secretName = 'My_Secret';
    expect(formIssues(values)).toEqual([
      { field: 'storage.secretName', code: 'invalidSecretName' },
    ]);
    values.storage.secretName = 'minio';
    expect(formIssues(values, { existingSecretNames: ['minio'] })).toEqual([
      { field: 'storage.secretName', code: 'secretExists' },
    ]);
  });
});
