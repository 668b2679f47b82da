/** react-query keys of the diagnostics tab, general to specific. */
export const diagnosticsKeys = {
  all: ['tempo-diagnostics'] as const,
  permissions: () => [...diagnosticsKeys.all, 'run-permissions'] as const,
  operatorDeployment: () => [...diagnosticsKeys.all, 'operator-deployment'] as const,
  runLog: (namespace: string, pod: string, container: string, live: boolean) =>
    [...diagnosticsKeys.all, 'run-log', namespace, pod, container, live] as const,
};
