/**
 * `createCluster`: a simulated cluster with the Tempo CRDs (and the OpenShift platform CRDs)
 * installed and the initial namespaces created, exposing the in-process `ClusterApi`, the users,
 * pod logs, fault injection, and `settle()` to wait for the garbage collector.
 */
import type {
  ClusterApi,
  KubeList,
  KubeObject,
  ListOptions,
  RequestUser,
  ResourceRef,
  Watch,
  WatchEvent,
  WatchOptions,
  WriteResult,
} from './api';
import { review } from './access-review';
import { policyUser } from './authorizer';
import { virtualResources } from './builtin-kinds';
import { type ClusterOptions, ClusterCore } from './core';
import { createObject, prepare } from './create';
import { crdToType, loadCrdFiles } from './crd';
import { deleteObject } from './delete';
import { FaultInjector } from './faults';
import { GarbageCollector } from './garbage-collector';
import { NamespaceLifecycle } from './namespace-lifecycle';
import { decode, toStorage, validate } from './object-pipeline';
import { platformCrds } from './platform-crds';
import { PodLogs } from './pod-logs';
import { getObject, listObjects, watchObjects } from './read';
import { typeKey } from './resource-type';
import { patchObject } from './patch';
import { updateObject } from './update';
import { WorkQueue } from './work-queue';

export type { ClusterOptions } from './core';

/** A running simulated cluster. */
export interface Cluster {
  /** The in-process API (RBAC enforced when a `user` is given). */
  api: ClusterApi;
  /** `admin` (`system:masters`): may do everything. */
  admin: RequestUser;
  /** `developer`: edits in its namespaces. */
  developer: RequestUser;
  /** `viewer`: reads everything but Secrets. */
  viewer: RequestUser;
  /** Fault injection for the HTTP API. */
  faults: FaultInjector;
  /** Replaces a container's log (`previous: true` for the previous instance). */
  setPodLog(
    namespace: string,
    pod: string,
    container: string,
    lines: string[],
    options?: { previous?: boolean },
  ): void;
  /** Appends to a container's current log (followers of `pods/log?follow=true` receive it). */
  appendPodLog(namespace: string, pod: string, container: string, lines: string[]): void;
  /** Resolves once garbage collection and namespace finalization have nothing left to do. */
  settle(): Promise<void>;
  /** Namespaces where `developer` has edit rights besides those labelled `tempo-sim/team=dev` (mutable). */
  developerNamespaces: string[];
  /** Internals, for the HTTP server. */
  core: ClusterCore;
  logs: PodLogs;
  /** Stops timers (fault injection, bookmarks). */
  close(): void;
}

/** The default initial namespaces. */
export const defaultNamespaces = [
  'default',
  'kube-system',
  'kube-public',
  'openshift-tempo-operator',
];

/** Stores an object at start-up, before any admission hook exists (synchronously). */
function seed(core: ClusterCore, input: KubeObject): void {
  const found = core.registry.findByKind(input.apiVersion, input.kind);
  if (!found) throw new Error(`cannot seed ${input.apiVersion} ${input.kind}: not served`);
  const { type, version } = found;
  const object = prepare(core, type, version.name, input);
  decode(core, type, version, object, 'Ignore');
  validate(type, version, object);
  core.store.put(typeKey(type.group, type.plural), toStorage(type, object));
  if (object.kind === 'CustomResourceDefinition') core.registry.add(crdToType(object));
  if (object.kind === 'Namespace') {
    seed(core, {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'default', namespace: object.metadata.name },
    });
  }
}

function buildApi(core: ClusterCore): ClusterApi {
  const isVirtual = (ref: ResourceRef): boolean =>
    virtualResources.has(typeKey(ref.group, ref.resource));
  return {
    get: <T extends KubeObject = KubeObject>(
      ref: ResourceRef,
      name: string,
      namespace?: string,
      user?: RequestUser,
    ) => Promise.resolve().then(() => getObject(core, ref, name, namespace, user) as T),
    list: <T extends KubeObject = KubeObject>(
      ref: ResourceRef,
      options?: ListOptions,
      user?: RequestUser,
    ) => Promise.resolve().then(() => listObjects(core, ref, options, user) as KubeList<T>),
    create: async <T extends KubeObject = KubeObject>(
      ref: ResourceRef,
      object: T,
      options?: Parameters<ClusterApi['create']>[2],
    ) => {
      if (isVirtual(ref)) {
        const { type } = core.registry.resolve(ref);
        return {
          object: review(core, type, object, options?.user, object.metadata?.namespace) as T,
          warnings: [],
        };
      }
      return (await createObject(core, ref, object, options)) as WriteResult<T>;
    },
    update: async <T extends KubeObject = KubeObject>(
      ref: ResourceRef,
      object: T,
      options?: Parameters<ClusterApi['update']>[2],
    ) => (await updateObject(core, ref, object, options)) as WriteResult<T>,
    patch: async <T extends KubeObject = KubeObject>(...args: Parameters<ClusterApi['patch']>) =>
      (await patchObject(
        core,
        args[0],
        args[1],
        args[2],
        args[3],
        args[4],
        args[5],
      )) as WriteResult<T>,
    delete: async (ref, name, namespace, options) =>
      (await deleteObject(core, ref, name, namespace, options)).result,
    watch: <T extends KubeObject = KubeObject>(
      ref: ResourceRef,
      options: WatchOptions,
      onEvent: (event: WatchEvent<T>) => void,
      user?: RequestUser,
    ): Watch => watchObjects(core, ref, options, onEvent as (event: WatchEvent) => void, user),
    registerAdmission: (hook) => {
      core.hooks.push(hook);
    },
    resourceFor: (apiVersion, kind) => core.registry.refFor(apiVersion, kind),
  };
}

/** Creates a simulated cluster. */
export function createCluster(options: ClusterOptions = {}): Cluster {
  const core = new ClusterCore(options);
  core.api = buildApi(core);
  const queue = new WorkQueue();
  new GarbageCollector(core, queue);
  new NamespaceLifecycle(core, queue);
  const logs = new PodLogs(core);
  const faults = new FaultInjector(() => core.hub.dropAll());
  const crds = [
    ...platformCrds(),
    ...(options.crdDir === false ? [] : loadCrdFiles(options.crdDir)),
    ...(options.crds ?? []),
  ];
  for (const crd of crds) seed(core, crd);
  for (const name of options.namespaces ?? defaultNamespaces) {
    seed(core, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }
  const user = (name: string): RequestUser => {
    const found = policyUser(name);
    if (!found) throw new Error(`no user ${name} in the policy`);
    return found;
  };
  return {
    api: core.api,
    admin: user('admin'),
    developer: user('developer'),
    viewer: user('viewer'),
    faults,
    setPodLog: (ns, pod, container, lines, opts) => logs.set(ns, pod, container, lines, opts),
    appendPodLog: (ns, pod, container, lines) => logs.append(ns, pod, container, lines),
    settle: async () => {
      for (let i = 0; i < 1000; i++) {
        await queue.idle();
        await new Promise((resolve) => setImmediate(resolve));
        if (queue.isIdle()) return;
      }
    },
    developerNamespaces: core.developerNamespaces,
    core,
    logs,
    close: () => faults.close(),
  };
}
