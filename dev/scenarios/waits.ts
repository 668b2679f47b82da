/**
 * Waiting helpers for scenarios and tests: poll until a condition holds, and the readiness of a
 * TempoStack as a user sees it (condition Ready and every component's pods Ready).
 */
import type { ClusterApi, KubeObject } from '../cluster/api';
import { ignoreNotFound } from '../controllers/api-errors';
import { REFS } from '../controllers/refs';

/** Polls `check` every `intervalMs` until it returns a value (not undefined/false) or times out. */
export const waitFor = async <T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  options: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> => {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${options.what ?? 'condition'}`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 10));
  }
};

/** The condition of `type` that is True on an object's status, if any. */
export const trueCondition = (object: KubeObject | undefined): string | undefined =>
  (
    (object?.status as { conditions?: { type: string; status: string }[] } | undefined)
      ?.conditions ?? []
  ).find((c) => c.status === 'True')?.type;

/** The stack when it is Ready with every listed component's pods all Ready (else undefined). */
export const readyStack = async (
  api: ClusterApi,
  namespace: string,
  name: string,
): Promise<KubeObject | undefined> => {
  const stack = await ignoreNotFound(() => api.get(REFS.tempoStacks, name, namespace));
  if (trueCondition(stack) !== 'Ready') return undefined;
  const components =
    (stack?.status as { components?: Record<string, Record<string, string[]> | null> })
      ?.components ?? {};
  const required = ['compactor', 'distributor', 'ingester', 'querier', 'queryFrontend'];
  const allReady = Object.entries(components).every(
    ([, map]) => !map || Object.keys(map).every((key) => key === 'Ready'),
  );
  const populated = required.every((key) => (components[key]?.Ready?.length ?? 0) > 0);
  return allReady && populated ? stack : undefined;
};

/** Waits until {@link readyStack}. */
export const waitForReadyStack = (
  api: ClusterApi,
  namespace: string,
  name: string,
  timeoutMs = 10_000,
): Promise<KubeObject> =>
  waitFor(() => readyStack(api, namespace, name), {
    timeoutMs,
    what: `${namespace}/${name} Ready`,
  });

/** Waits until the stack's True condition is `type`. */
export const waitForCondition = (
  api: ClusterApi,
  namespace: string,
  name: string,
  type: string,
  timeoutMs = 10_000,
): Promise<KubeObject> =>
  waitFor(
    async () => {
      const stack = await ignoreNotFound(() => api.get(REFS.tempoStacks, name, namespace));
      return trueCondition(stack) === type ? stack : undefined;
    },
    { timeoutMs, what: `${namespace}/${name} ${type}` },
  );
