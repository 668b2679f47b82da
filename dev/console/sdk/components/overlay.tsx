import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { type ComponentType, type FC, useCallback } from 'react';
import { createStore, useStore } from '../utils/simple-store';

interface OverlayEntry {
  id: string;
  Component: ComponentType<Record<string, unknown>>;
  props: Record<string, unknown>;
}

const overlayStore = createStore<OverlayEntry[]>([]);
let counter = 0;

const close = (id: string) => overlayStore.set((entries) => entries.filter((e) => e.id !== id));

const launch = (
  Component: ComponentType<Record<string, unknown>>,
  props: Record<string, unknown> | undefined,
  closeProp: 'closeOverlay' | 'closeModal',
  id?: string,
) => {
  const overlayId = id ?? `overlay-${++counter}`;
  overlayStore.set((entries) => [
    ...entries.filter((e) => e.id !== overlayId),
    { id: overlayId, Component, props: { ...props, [closeProp]: () => close(overlayId) } },
  ]);
};

/** Launches a component with a `closeOverlay` prop (rendered by the host's overlay container). */
export const useOverlay: typeof SDK.useOverlay = () =>
  useCallback(
    (component, extraProps) =>
      launch(
        component as unknown as ComponentType<Record<string, unknown>>,
        extraProps as Record<string, unknown>,
        'closeOverlay',
      ),
    [],
  );

/** Deprecated in the SDK; same as `useOverlay` with a `closeModal` prop. */
export const useModal: typeof SDK.useModal = () =>
  useCallback(
    (component, extraProps, id) =>
      launch(
        component as unknown as ComponentType<Record<string, unknown>>,
        extraProps as Record<string, unknown>,
        'closeModal',
        id,
      ),
    [],
  );

/** Internal launcher for the host's and the SDK's own modals. */
export const launchOverlay = <P extends object>(
  Component: ComponentType<P & { closeOverlay: () => void }>,
  props: P,
) =>
  launch(
    Component as unknown as ComponentType<Record<string, unknown>>,
    props as Record<string, unknown>,
    'closeOverlay',
  );

/** Renders the open overlays; the host mounts it once inside its router. */
export const OverlayContainer: FC = () => {
  const entries = useStore(overlayStore);
  return (
    <>
      {entries.map(({ id, Component, props }) => (
        <Component key={id} {...props} />
      ))}
    </>
  );
};
