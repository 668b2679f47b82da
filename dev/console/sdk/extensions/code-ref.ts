import type {
  CodeRef,
  EncodedCodeRef,
  Extension,
} from '@openshift-console/dynamic-plugin-sdk/lib/types';

/** Where a code reference came from, so that a failure can name it. */
export interface CodeRefOrigin {
  pluginName: string;
  extensionType: string;
  codeRef: string;
}

export class CodeRefError extends Error {
  constructor(
    readonly origin: CodeRefOrigin,
    readonly reason: string,
  ) {
    super(
      `Code reference "${origin.codeRef}" of extension ${origin.extensionType} (plugin ${origin.pluginName}) could not be resolved: ${reason}`,
    );
    this.name = 'CodeRefError';
  }
}

const ORIGIN = Symbol('codeRefOrigin');
type MarkedCodeRef = CodeRef & { [ORIGIN]?: CodeRefOrigin };

export const isEncodedCodeRef = (value: unknown): value is EncodedCodeRef =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 1 &&
  typeof (value as EncodedCodeRef).$codeRef === 'string';

export const codeRefOrigin = (value: unknown): CodeRefOrigin | undefined =>
  typeof value === 'function' ? (value as MarkedCodeRef)[ORIGIN] : undefined;

/** `module.export` or `module` (the default export), as the plugin SDK parses `$codeRef`. */
export const parseCodeRef = (
  ref: string,
): { moduleName: string; exportName: string } | undefined => {
  const match = /^([^.\s]+)(?:\.([^.\s]+))?$/.exec(ref);
  return match ? { moduleName: match[1], exportName: match[2] || 'default' } : undefined;
};

export interface RemoteContainer {
  init(shareScope: unknown): void | Promise<void>;
  get(module: string): Promise<() => Record<string, unknown>>;
}

export const createCodeRef = (origin: CodeRefOrigin, container: RemoteContainer): CodeRef => {
  const ref: MarkedCodeRef = async () => {
    const parsed = parseCodeRef(origin.codeRef);
    if (!parsed) throw new CodeRefError(origin, 'the reference is malformed');
    let module: Record<string, unknown>;
    try {
      module = (await container.get(parsed.moduleName))();
    } catch (e) {
      throw new CodeRefError(
        origin,
        `the plugin exposes no module "${parsed.moduleName}" (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    if (!Object.prototype.hasOwnProperty.call(module, parsed.exportName)) {
      throw new CodeRefError(
        origin,
        `module "${parsed.moduleName}" has no export "${parsed.exportName}"`,
      );
    }
    return module[parsed.exportName];
  };
  ref[ORIGIN] = origin;
  return ref;
};

/** Replaces every `{$codeRef}` in an extension's properties with a `CodeRef` function. */
export const decodeCodeRefs = <E extends Extension>(
  extension: E,
  pluginName: string,
  container: RemoteContainer,
): E => {
  const visit = (value: unknown): unknown => {
    if (isEncodedCodeRef(value)) {
      return createCodeRef(
        { pluginName, extensionType: extension.type, codeRef: value.$codeRef },
        container,
      );
    }
    if (Array.isArray(value)) return (value as unknown[]).map(visit);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    }
    return value;
  };
  return { ...extension, properties: visit(extension.properties) as E['properties'] };
};

/** Resolves every `CodeRef` in the properties (deeply), keeping everything else. */
export const resolveCodeRefs = async <T>(properties: T): Promise<T> => {
  const visit = async (value: unknown): Promise<unknown> => {
    if (codeRefOrigin(value)) return (value as CodeRef)();
    if (Array.isArray(value)) return Promise.all(value.map(visit));
    if (
      typeof value === 'object' &&
      value !== null &&
      Object.getPrototypeOf(value) === Object.prototype
    ) {
      const entries = await Promise.all(
        Object.entries(value).map(async ([k, v]) => [k, await visit(v)]),
      );
      return Object.fromEntries(entries);
    }
    return value;
  };
  return (await visit(properties)) as T;
};
