import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;

interface PackageJson {
  name: string;
  devDependencies: Record<string, string>;
  consolePlugin: {
    name: string;
    displayName: string;
    exposedModules: Record<string, string>;
    dependencies: Record<string, string>;
  };
}

const pkg = readJson<PackageJson>('package.json');
const extensions = readJson<unknown[]>('console-extensions.json');
const locale = readJson<Record<string, string>>('locales/en/plugin__tempo-console-plugin.json');
const installedVersion = (name: string): string =>
  readJson<{ version: string }>(`node_modules/${name}/package.json`).version;

/** Every string value anywhere in a JSON tree, and every `$codeRef`. */
function collect(value: unknown, strings: string[], codeRefs: string[]): void {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collect(v, strings, codeRefs));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$codeRef' && typeof v === 'string') codeRefs.push(v);
      else collect(v, strings, codeRefs);
    }
  }
}
const strings: string[] = [];
const codeRefs: string[] = [];
collect(extensions, strings, codeRefs);

const compareVersions = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
};

describe('plugin metadata', () => {
  it('names the plugin tempo-console-plugin, "Tempo Operator", for console 4.22+', () => {
    expect(pkg.consolePlugin.name).toBe(pkg.name);
    expect(pkg.consolePlugin.name).toBe('tempo-console-plugin');
    expect(pkg.consolePlugin.displayName).toBe('Tempo Operator');
    expect(pkg.consolePlugin.dependencies['@console/pluginAPI']).toBe('>=4.22.0-0');
  });

  it('resolves every $codeRef to an exposed module whose file exists', () => {
    for (const ref of codeRefs) {
      const moduleName = ref.split('.')[0];
      expect(pkg.consolePlugin.exposedModules, ref).toHaveProperty(moduleName);
    }
    for (const file of Object.values(pkg.consolePlugin.exposedModules)) {
      const base = path.join(root, 'src', file);
      expect(
        ['.ts', '.tsx'].some((ext) => existsSync(base + ext)),
        file,
      ).toBe(true);
    }
  });

  it('writes every extension label in our i18n namespace, with an English entry', () => {
    const labels = strings.filter((s) => /^%.*%$/.test(s));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      const match = /^%plugin__tempo-console-plugin~(.+)%$/.exec(label);
      expect(match, label).not.toBeNull();
      expect(locale[match?.[1] ?? '']).toBe(match?.[1]);
    }
  });
});

describe('shared modules', () => {
  // What console 4.22 provides. PatternFly is shared as dynamic modules: the console's copy is
  // used only when our installed version is no newer than the console's.
  const console422 = {
    '@patternfly/react-core': '6.4.2',
    '@patternfly/react-table': '6.4.2',
    '@patternfly/react-icons': '6.4.0',
    '@patternfly/react-templates': '6.4.2',
  };

  it.each(Object.entries(console422))('installs %s no newer than console 4.22 (%s)', (name, v) => {
    expect(compareVersions(installedVersion(name), v)).toBeLessThanOrEqual(0);
  });

  it.each([
    ['react', '18.3.1'],
    ['react-router', '7.13.'],
    ['react-i18next', '16.5.'],
    ['@openshift-console/dynamic-plugin-sdk', '4.22.0'],
    ['@openshift-console/dynamic-plugin-sdk-webpack', '4.22.0'],
  ])('installs %s in the console 4.22 range (%s)', (name, prefix) => {
    expect(installedVersion(name).startsWith(prefix)).toBe(true);
  });
});
