import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** What a plugin's `plugin-manifest.json` holds (the parts the tests read). */
export interface Manifest {
  name: string;
  extensions: {
    type: string;
    properties: Record<string, unknown>;
    flags?: { required?: string[]; disallowed?: string[] };
  }[];
}

export interface ModelRef {
  group?: string;
  version?: string;
  kind: string;
}

export interface PageToVisit {
  path: string;
  /** Why the page is visited: the extension type that declares it. */
  from: string;
}

export interface Cluster {
  /** Whether the cluster serves a kind (a `console.flag/model` flag). */
  serves(model: ModelRef): Promise<boolean>;
  /** Some object of the kind, if the cluster has one. */
  anyObject(model: ModelRef): Promise<{ namespace?: string; name: string } | undefined>;
}

export const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(path.join(dir, 'plugin-manifest.json'), 'utf8')) as Manifest;

export const readLocale = (dir: string, plugin: string): Record<string, string> => {
  try {
    return JSON.parse(
      readFileSync(path.join(dir, 'locales/en', `plugin__${plugin}.json`), 'utf8'),
    ) as Record<string, string>;
  } catch {
    return {};
  }
};

/** `%plugin__x~Key%` through the plugin's English catalog, as the console shows it. */
export const translate = (value: string, locale: Record<string, string>) => {
  const m = /^%[^~]+~(.+)%$/.exec(value);
  return m ? (locale[m[1]] ?? m[1]) : value;
};

/** `group~version~Kind` for CRD kinds; the plural for core kinds (what the console puts in URLs). */
export const urlSegment = (model: ModelRef) =>
  model.group
    ? `${model.group}~${model.version ?? 'v1'}~${model.kind}`
    : `${model.kind.toLowerCase()}s`;

/** The plugin's feature flags as the host computes them from the cluster. */
export const modelFlags = async (
  manifest: Manifest,
  cluster: Cluster,
): Promise<Record<string, boolean>> => {
  const flags: Record<string, boolean> = {};
  for (const e of manifest.extensions.filter((x) => x.type === 'console.flag/model')) {
    flags[e.properties.flag as string] = await cluster.serves(e.properties.model as ModelRef);
  }
  return flags;
};

export const inUse = (flags: Record<string, boolean>) => (e: Manifest['extensions'][number]) =>
  (e.flags?.required ?? []).every((f) => flags[f] === true) &&
  (e.flags?.disallowed ?? []).every((f) => flags[f] !== true);

/** The navigation items the host must show for the plugin, by their visible name. */
export const expectedNavNames = (
  manifest: Manifest,
  flags: Record<string, boolean>,
  locale: Record<string, string>,
): string[] => {
  const metadata = manifest.extensions.filter((e) => e.type === 'console.model-metadata');
  return manifest.extensions.filter(inUse(flags)).flatMap((e) => {
    const p = e.properties;
    if (e.type === 'console.navigation/href' || e.type === 'console.navigation/section') {
      return typeof p.name === 'string' ? [translate(p.name, locale)] : [];
    }
    if (
      e.type === 'console.navigation/resource-ns' ||
      e.type === 'console.navigation/resource-cluster'
    ) {
      if (typeof p.name === 'string') return [translate(p.name, locale)];
      const model = p.model as ModelRef;
      const meta = metadata.find((m) => {
        const mm = m.properties.model as ModelRef;
        return mm.group === model.group && (!mm.kind || mm.kind === model.kind);
      });
      const plural = meta?.properties.labelPlural;
      return [typeof plural === 'string' ? translate(plural, locale) : `${model.kind}s`];
    }
    return [];
  });
};

const fill = (routePath: string, params: Record<string, string>) =>
  routePath
    .replace(/:([A-Za-z]+)\??/g, (_m, name: string) => params[name] ?? params.name ?? 'example')
    .replace(/\/\*$/, '');

/**
 * Every page the manifest makes the console show: navigation targets, resource list, details and
 * create pages (plain and OLM), tabs and routes, with path parameters taken from the cluster.
 */
export const pagesFromManifest = async (
  manifest: Manifest,
  flags: Record<string, boolean>,
  cluster: Cluster,
): Promise<PageToVisit[]> => {
  const pages: PageToVisit[] = [];
  const add = (p: string, from: string) =>
    !pages.some((x) => x.path === p) && pages.push({ path: p, from });
  const objectOf = async (model: ModelRef) => cluster.anyObject(model);
  for (const e of manifest.extensions.filter(inUse(flags))) {
    const p = e.properties;
    const model = p.model as ModelRef | undefined;
    const object = model ? await objectOf(model) : undefined;
    const ns = object?.namespace ?? 'default';
    switch (e.type) {
      case 'console.navigation/href': {
        const href = String(p.href);
        add(
          p.namespaced
            ? `${href}/ns/${ns}`
            : p.prefixNamespaced
              ? `/k8s/ns/${ns}${href.replace(/^\/k8s\/(cluster|all-namespaces|ns\/[^/]+)/, '')}`
              : href,
          e.type,
        );
        break;
      }
      case 'console.navigation/resource-ns':
      case 'console.page/resource/list':
        if (model) {
          add(`/k8s/ns/${ns}/${urlSegment(model)}`, e.type);
          add(`/k8s/all-namespaces/${urlSegment(model)}`, e.type);
        }
        break;
      case 'console.page/resource/details':
        if (model && object) add(`/k8s/ns/${ns}/${urlSegment(model)}/${object.name}`, e.type);
        break;
      case 'console.tab/horizontalNav':
        if (model && object)
          add(
            `/k8s/ns/${ns}/${urlSegment(model)}/${object.name}/${String((p.page as { href: string }).href)}`,
            e.type,
          );
        break;
      case 'console.resource/create':
        if (model) {
          add(`/k8s/ns/${ns}/${urlSegment(model)}/~new`, e.type);
          add(
            `/k8s/ns/${ns}/operators.coreos.com~v1alpha1~ClusterServiceVersion/tempo-operator.v0.22.0/${urlSegment(model)}/~new`,
            e.type,
          );
        }
        break;
      case 'console.page/route': {
        const paths = Array.isArray(p.path) ? (p.path as string[]) : [String(p.path)];
        for (const routePath of paths) {
          const ref = /([a-z0-9.-]+)~([a-z0-9]+)~([A-Za-z0-9]+)/.exec(routePath);
          const routeObject = ref
            ? await objectOf({ group: ref[1], version: ref[2], kind: ref[3] })
            : undefined;
          add(
            fill(routePath, {
              ns: routeObject?.namespace ?? ns,
              namespace: routeObject?.namespace ?? ns,
              name: routeObject?.name ?? 'example',
            }),
            e.type,
          );
        }
        break;
      }
      default:
    }
  }
  return pages;
};
