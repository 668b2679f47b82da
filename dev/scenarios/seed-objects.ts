/**
 * The `seeds` scenario data: every object of the reference seed configurations
 * (`dev/scenarios/seeds/`, see its README), with the `tmrs` TempoStack in its update form.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KubeObject } from '../cluster/api';
import { readYamlObjects } from './apply';

const SEEDS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seeds');

/** Seed files in load order. */
export const SEED_FILES = [
  'route.yaml',
  'compatibility.yaml',
  'ossm.yaml',
  'tempostack-resources.yaml',
  'tempostack-resources-update.yaml',
  'ibm-cos.yaml',
] as const;

/** The TempoStacks of the seeds, as `namespace/name`. */
export const SEED_STACKS = [
  'chainsaw-route/simplest',
  'chainsaw-compatibility/simplest',
  'tracing-system/simplest',
  'chainsaw-tempostack-resources/tmrs',
  'chainsaw-ibm-cos/simplest',
] as const;

/** The objects of one seed file. */
export const seedFile = (file: (typeof SEED_FILES)[number]): KubeObject[] =>
  readYamlObjects(path.join(SEEDS_DIR, file));

/** All seed objects in load order; `tmrs` only in its update form. */
export const seedObjects = (): KubeObject[] =>
  SEED_FILES.flatMap((file) =>
    seedFile(file).filter(
      (o) => !(file === 'tempostack-resources.yaml' && o.kind === 'TempoStack'),
    ),
  );
