import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { createContext } from 'react';
import { createStore, useStore } from '../utils/simple-store';

/** The host only has the administrator ("Core platform") perspective, id `admin`. */
export const perspectiveStore = createStore<string>('admin');

export const useActivePerspective: typeof SDK.useActivePerspective = () => [
  useStore(perspectiveStore),
  (perspective: string) => perspectiveStore.set(perspective),
];

export const PerspectiveContext: typeof SDK.PerspectiveContext =
  createContext<SDK.PerspectiveContextType>({
    activePerspective: 'admin',
    setActivePerspective: () => undefined,
  });
