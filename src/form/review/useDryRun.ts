import { useCallback, useRef, useState } from 'react';
import { jsonEqual } from '../../tempostack/form/object-path';
import type { ServerAnswer } from '../api/k8sApi';

/** One object's dry-run answer (`kind` names it for people: "Secret", "TempoStack"). */
export interface DryRunAnswer {
  kind: string;
  answer: ServerAnswer;
}

export interface DryRunState {
  running: boolean;
  result: { answers: DryRunAnswer[] } | undefined;
  /** The input changed since the last result. */
  stale: boolean;
}

/**
 * Runs a dry run for an input and remembers the answer with the input it was for, so a later
 * change marks it stale and an older run finishing late is ignored.
 */
export const useDryRun = <T>(
  input: T,
  run: (input: T) => Promise<DryRunAnswer[]>,
): { state: DryRunState; start: () => void } => {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ input: T; answers: DryRunAnswer[] }>();
  const latest = useRef(0);
  const start = useCallback(() => {
    const id = ++latest.current;
    const snapshot = structuredClone(input);
    setRunning(true);
    void run(snapshot)
      .then((answers) => {
        if (id === latest.current) setResult({ input: snapshot, answers });
      })
      .finally(() => {
        if (id === latest.current) setRunning(false);
      });
  }, [input, run]);
  return {
    state: {
      running,
      result: result ? { answers: result.answers } : undefined,
      stale: result !== undefined && !jsonEqual(result.input, input),
    },
    start,
  };
};
