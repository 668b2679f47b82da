/** The console release the host stands in for (matched against `@console/pluginAPI`). */
export const CONSOLE_RELEASE = '4.22.0';

const parse = (v: string): number[] =>
  v
    .replace(/^v/, '')
    .split('-')[0]
    .split('.')
    .map((n) => Number.parseInt(n, 10) || 0);

const compare = (a: string, b: string): number => {
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < 3; i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  }
  return 0;
};

/** Checks one simple semver comparator set (`>=4.22.0-0 <5`, `^4.22`, `~4.22.1`, `*`, `4.22.0`). */
export const satisfies = (version: string, range: string): boolean =>
  range
    .split('||')
    .map((r) => r.trim())
    .some((r) =>
      r
        .split(/\s+/)
        .filter(Boolean)
        .every((c) => {
          if (c === '*' || c === 'x') return true;
          const m = /^(>=|<=|>|<|=|\^|~)?(.+)$/.exec(c);
          if (!m) return false;
          const [, op = '=', v] = m;
          const cmp = compare(version, v);
          const [major, minor] = parse(v);
          const [vMajor, vMinor] = parse(version);
          switch (op) {
            case '>=':
              return cmp >= 0;
            case '>':
              return cmp > 0;
            case '<=':
              return cmp <= 0;
            case '<':
              return cmp < 0;
            case '^':
              return cmp >= 0 && vMajor === major;
            case '~':
              return cmp >= 0 && vMajor === major && vMinor === minor;
            default:
              return cmp === 0;
          }
        }),
    );

/** Unmet plugin dependencies: `@console/pluginAPI` against the release, others must be enabled plugins. */
export const checkPluginDependencies = (
  dependencies: Record<string, string>,
  enabledPlugins: string[] = [],
): string[] =>
  Object.entries(dependencies).flatMap(([name, range]) => {
    if (name === '@console/pluginAPI') {
      return satisfies(CONSOLE_RELEASE, range)
        ? []
        : [`${name} ${range} (host is ${CONSOLE_RELEASE})`];
    }
    return enabledPlugins.includes(name)
      ? []
      : [`${name} ${range} (plugin not enabled in the dev host)`];
  });
