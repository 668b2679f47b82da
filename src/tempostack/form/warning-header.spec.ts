import { parseWarningHeader } from './warning-header';

describe('parseWarningHeader', () => {
  it('reads nothing from a missing header', () => {
    expect(parseWarningHeader(null)).toEqual([]);
    expect(parseWarningHeader('')).toEqual([]);
  });

  it('reads the API server’s warnings, joined by fetch', () => {
    expect(
      parseWarningHeader(
        '299 - "spec.template.queryFrontend.jaegerQuery.enabled is deprecated and will be removed in a future release", 299 - "TempoStack instances without gateway provide no authentication"',
      ),
    ).toEqual([
      'spec.template.queryFrontend.jaegerQuery.enabled is deprecated and will be removed in a future release',
      'TempoStack instances without gateway provide no authentication',
    ]);
  });

  it('unescapes quotes and keeps commas inside a warning', () => {
    expect(parseWarningHeader('299 - "could not fetch \\"minio\\", retrying"')).toEqual([
      'could not fetch "minio", retrying',
    ]);
  });
});
