import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import {
  isActionProvider,
  isResourceActionProvider,
} from '@openshift-console/dynamic-plugin-sdk/lib/extensions';
import { type FC, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useResolvedExtensions } from '../extensions/extension-store';
import { parseReference, isGroupVersionKindReference } from '../k8s/model-ref';

type Hook = (arg: unknown) => [SDK.Action[], boolean, unknown];

interface ProviderResult {
  actions: SDK.Action[];
  loaded: boolean;
  error: unknown;
}

/** Calls one provider hook in its own component, so every hook keeps a fixed call order. */
const HookRunner: FC<{
  id: string;
  hook: Hook;
  arg: unknown;
  onResult: (id: string, r: ProviderResult) => void;
}> = ({ id, hook, arg, onResult }) => {
  const [actions, loaded, error] = hook(arg);
  useEffect(() => onResult(id, { actions, loaded, error }), [id, actions, loaded, error, onResult]);
  return null;
};

const signatureOf = (r: ProviderResult) =>
  JSON.stringify([
    r.loaded,
    !!r.error,
    r.actions.map((a) => [
      a.id,
      typeof a.label === 'string' ? a.label : '',
      a.disabled,
      a.description,
      a.disabledTooltip,
      a.accessReview,
      typeof a.cta === 'function' ? 'fn' : a.cta,
    ]),
  ]);

const modelMatches = (model: SDK.ExtensionK8sKindVersionModel, ref: string) => {
  if (!isGroupVersionKindReference(ref)) return false;
  const gvk = parseReference(ref);
  return (
    model.kind === gvk.kind && model.version === gvk.version && (model.group ?? '') === gvk.group
  );
};

/**
 * Collects actions for a context: `console.action/provider` by context id, and
 * `console.action/resource-provider` for context keys that are a model reference.
 */
export const ActionServiceProvider: FC<SDK.ActionServiceProviderProps> = ({
  context,
  children,
}) => {
  const [providers, providersLoaded] = useResolvedExtensions<
    SDK.ActionProvider | SDK.ResourceActionProvider
  >(isActionProvider, isResourceActionProvider);
  const runners = useMemo(
    () =>
      Object.entries(context as Record<string, unknown>).flatMap(([key, value]) =>
        providers
          .filter((p) =>
            p.type === 'console.action/provider'
              ? (p.properties as { contextId?: string }).contextId === key
              : modelMatches(
                  (p.properties as { model: SDK.ExtensionK8sKindVersionModel }).model,
                  key,
                ),
          )
          .map((p) => ({
            id: `${p.uid}:${key}`,
            hook: p.properties.provider as Hook,
            arg: value,
          })),
      ),
    [context, providers],
  );
  // Hooks often return new arrays on every render: keep the latest results in a ref and
  // re-render only when what the menu shows changes, so providers cannot loop.
  const results = useRef<Record<string, ProviderResult>>({});
  const signatures = useRef<Record<string, string>>({});
  const [, setVersion] = useState(0);
  const onResult = useCallback((id: string, r: ProviderResult) => {
    results.current[id] = r;
    const signature = signatureOf(r);
    if (signatures.current[id] !== signature) {
      signatures.current[id] = signature;
      setVersion((v) => v + 1);
    }
  }, []);
  const active = runners.map((r) => results.current[r.id]);
  const actions = active.flatMap((r) => r?.actions ?? []);
  const service: SDK.ActionService = {
    actions,
    options: actions,
    loaded: providersLoaded && active.every((r) => r?.loaded),
    error: active.find((r) => r?.error)?.error,
  };
  return (
    <>
      {runners.map((r) => (
        <HookRunner key={r.id} id={r.id} hook={r.hook} arg={r.arg} onResult={onResult} />
      ))}
      {children(service)}
    </>
  );
};
