import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { kubeTools } from '../../scripts/kube-tools.mjs';

const run = promisify(execFile);

export const CHART_DIR = path.resolve(__dirname, '../tempo-console-plugin');

export interface RenderedObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [key: string]: unknown;
}

/** Paths of the real helm and kubectl binaries (from the registry package). */
export const tools = (): { helm: string; kubectl: string } => kubeTools();

/** Runs real helm; rejects with its stderr. */
export async function helm(args: string[]): Promise<string> {
  try {
    const { stdout } = await run(tools().helm, args, { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(stderr.trim());
  }
}

/** `helm template` of the chart with `--set` values, parsed into objects. */
export async function renderChart(
  set: Record<string, string | number | boolean> = {},
  namespace = 'tempo-console-plugin',
): Promise<RenderedObject[]> {
  const args = ['template', 'tempo-console-plugin', CHART_DIR, '--namespace', namespace];
  for (const [key, value] of Object.entries(set)) args.push('--set', `${key}=${String(value)}`);
  const out = await helm(args);
  return parseAllDocuments(out)
    .map((doc) => doc.toJS() as RenderedObject | null)
    .filter((o): o is RenderedObject => o !== null);
}

export const find = (objects: RenderedObject[], kind: string): RenderedObject => {
  const found = objects.find((o) => o.kind === kind);
  if (!found) throw new Error(`no ${kind} rendered`);
  return found;
};
