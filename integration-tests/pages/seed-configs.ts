import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { TempoStack } from '../../src/tempostack/types';

/** The repository's copies of `/work/shared/reference/seed-configs` (`dev/scenarios/seeds`). */
const SEEDS_DIR = path.resolve(__dirname, '../../dev/scenarios/seeds');

export interface SeedObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  stringData?: Record<string, string>;
  [key: string]: unknown;
}

/** The objects of one seed file. */
export const seedObjects = (file: string): SeedObject[] =>
  parseAllDocuments(readFileSync(path.join(SEEDS_DIR, file), 'utf8'))
    .map((doc) => doc.toJS() as SeedObject | null)
    .filter((object): object is SeedObject => object !== null && typeof object === 'object');

/** The TempoStack of a seed file. */
export const seedStack = (file: string): TempoStack => {
  const stack = seedObjects(file).find((object) => object.kind === 'TempoStack');
  if (!stack) throw new Error(`${file} has no TempoStack`);
  return stack as unknown as TempoStack;
};

/** The Secret a seed's stack uses (from `tempostack-resources.yaml` for its update form). */
export const seedSecret = (file: string): SeedObject => {
  const own = seedObjects(file).find((object) => object.kind === 'Secret');
  const secret =
    own ?? seedObjects('tempostack-resources.yaml').find((object) => object.kind === 'Secret');
  if (!secret) throw new Error(`${file} has no Secret`);
  return secret;
};

/** The namespace object of a seed's stack. */
export const seedNamespace = (file: string): SeedObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: seedStack(file).metadata.namespace ?? '' },
});
