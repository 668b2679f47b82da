import { checkPluginDependencies, satisfies } from './dependencies';

describe('plugin dependencies', () => {
  it('checks the simple semver ranges plugins use', () => {
    expect(satisfies('4.22.0', '>=4.22.0-0')).toBe(true);
    expect(satisfies('4.22.0', '>=4.23.0')).toBe(false);
    expect(satisfies('4.22.0', '^4.20')).toBe(true);
    expect(satisfies('4.22.0', '~4.21.0')).toBe(false);
    expect(satisfies('4.22.0', '>=4.20 <4.23')).toBe(true);
    expect(satisfies('4.22.0', '4.21.0 || 4.22.0')).toBe(true);
    expect(satisfies('4.22.0', '*')).toBe(true);
  });

  it('reports unmet console and plugin dependencies', () => {
    expect(checkPluginDependencies({ '@console/pluginAPI': '>=4.22.0-0' })).toEqual([]);
    expect(checkPluginDependencies({ '@console/pluginAPI': '>=5.0.0' })).toEqual([
      '@console/pluginAPI >=5.0.0 (host is 4.22.0)',
    ]);
    expect(checkPluginDependencies({ other: '*' }, ['other'])).toEqual([]);
    expect(checkPluginDependencies({ other: '*' })).toHaveLength(1);
  });
});
