import { createContext, useContext } from 'react';
import type { StackHealthResult } from '../../hooks/useStackHealth';
import type { WatchResult } from '../../hooks/useTempoStack';
import type { TempoStackObjects } from '../../hooks/useTempoStackObjects';
import type { TempoStack } from '../../tempostack/types';

/** What every tab of the dashboard reads: the live stack, its objects and their health. */
export interface DetailsContextValue {
  stack: TempoStack;
  objects: WatchResult<TempoStackObjects>;
  health: StackHealthResult;
}

export const DetailsContext = createContext<DetailsContextValue | undefined>(undefined);

/** The dashboard's data; only valid inside the details page. */
export const useDetailsContext = (): DetailsContextValue => {
  const value = useContext(DetailsContext);
  if (!value) throw new Error('useDetailsContext must be used inside the TempoStack details page');
  return value;
};
