// Placeholder: replaced by the actions' implementation.
import type { Action } from '@openshift-console/dynamic-plugin-sdk';

export const useTempoStackActions = (): [Action[], boolean, unknown] => [[], true, undefined];
