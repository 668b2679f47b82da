/** Paths of the kubectl and helm binaries, extracted on first use into .tools/. */
export function kubeTools(): { kubectl: string; helm: string };
