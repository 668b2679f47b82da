import { modelFromSpec } from '../../sdk/models/model-factory';
import { extensionModelMatches, resourcePageProps } from './resource-match';

const tempo = modelFromSpec({
  group: 'tempo.grafana.com',
  version: 'v1alpha1',
  kind: 'TempoStack',
  plural: 'tempostacks',
  namespaced: true,
});
const cm = modelFromSpec({
  group: '',
  version: 'v1',
  kind: 'ConfigMap',
  plural: 'configmaps',
  namespaced: true,
});

describe('resource page extensions', () => {
  it('match on group and kind, and on version when given', () => {
    expect(extensionModelMatches({ group: 'tempo.grafana.com', kind: 'TempoStack' }, tempo)).toBe(
      true,
    );
    expect(
      extensionModelMatches(
        { group: 'tempo.grafana.com', version: 'v1', kind: 'TempoStack' },
        tempo,
      ),
    ).toBe(false);
    expect(extensionModelMatches({ group: 'core', version: 'v1', kind: 'ConfigMap' }, cm)).toBe(
      true,
    );
    expect(extensionModelMatches({ group: '', kind: 'ConfigMap' }, tempo)).toBe(false);
  });

  it('get the props the console passes', () => {
    expect(resourcePageProps(tempo, 'a', 'simplest')).toEqual({
      namespace: 'a',
      name: 'simplest',
      model: { group: 'tempo.grafana.com', version: 'v1alpha1', kind: 'TempoStack' },
      kind: 'tempo.grafana.com~v1alpha1~TempoStack',
      kindObj: tempo,
    });
  });
});
