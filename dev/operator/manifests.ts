/**
 * All objects the operator creates for a TempoStack: the domain core's inventory
 * (`expectedObjects`, OpenShift bundle features, v0.22.0) turned into full objects, with the
 * controller owner reference to the TempoStack on every namespaced object it owns. Objects other
 * controllers create (service-ca Secrets, ingester PVCs) are left to them.
 */
import { computeAllocation } from '../../src/tempostack/allocation';
import { expectedObjects, type ExpectedObject } from '../../src/tempostack/inventory';
import { mtlsSecretName, tempoStackOwnerReference } from '../../src/tempostack/naming';
import type { TempoStack } from '../../src/tempostack/types';
import { COMPONENTS } from '../../src/tempostack/types';
import type { KubeObject } from '../cluster/api';
import { OPERATOR_VERSION } from './constants';
import type { ManifestContext } from './manifest-context';
import { buildObject } from './objects';
import { configHash, configMapData, sha256, type StorageSettings } from './tempo-config';
import { buildWorkload } from './workloads';

/** The operator's features in the simulated cluster (OpenShift bundle v0.22.0). */
export const SIM_OPERATOR_FEATURES = {
  openshift: true,
  operatorVersion: OPERATOR_VERSION,
} as const;

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

const pemBlock = (type: string, body: string): string =>
  `-----BEGIN ${type}-----\n${b64(body).replace(/(.{64})/g, '$1\n')}\n-----END ${type}-----\n`;

/** Placeholder PEM texts: recognisable, stable, and not real key material. */
export const PLACEHOLDER_PEM = {
  ca: pemBlock('CERTIFICATE', 'SIMULATED CA CERTIFICATE (tempo-console-plugin dev cluster)'),
  cert: (cn: string) => pemBlock('CERTIFICATE', `SIMULATED CERTIFICATE for ${cn}`),
  key: pemBlock('PRIVATE KEY', 'SIMULATED PRIVATE KEY - not a real key'),
};

/** Inputs for {@link buildManifestContext}. */
export interface ManifestInputs {
  stack: TempoStack;
  storage: StorageSettings & { secretName: string };
  appsDomain: string;
  tenantSecrets?: ManifestContext['tenantSecrets'];
}

/** Computes allocation, config and hashes once per reconcile. */
export const buildManifestContext = (inputs: ManifestInputs): ManifestContext => {
  const { stack } = inputs;
  const name = stack.metadata.name ?? '';
  const configData = configMapData(stack, inputs.storage);
  const certHashes = Object.fromEntries(
    COMPONENTS.map((c) => {
      const secret = mtlsSecretName(name, c);
      return [
        `tempo.grafana.com/cert-hash-${secret}`,
        sha256(PLACEHOLDER_PEM.cert(secret.replace(/-mtls$/, ''))),
      ];
    }),
  );
  return {
    stack,
    allocation: computeAllocation(stack, { operatorVersion: OPERATOR_VERSION }),
    storage: inputs.storage,
    configData,
    configHash: configHash(configData),
    certHashes,
    pem: PLACEHOLDER_PEM,
    appsDomain: inputs.appsDomain,
    tenantSecrets: inputs.tenantSecrets ?? {},
  };
};

/** The inventory entries the operator itself creates. */
export const operatorInventory = (stack: TempoStack): ExpectedObject[] =>
  expectedObjects(stack, SIM_OPERATOR_FEATURES).filter((e) => e.createdBy === 'operator');

/** The full objects the operator creates for the stack. */
export const buildManifests = (ctx: ManifestContext): KubeObject[] => {
  const owner = tempoStackOwnerReference(ctx.stack);
  const objects: KubeObject[] = [];
  for (const entry of operatorInventory(ctx.stack)) {
    const object =
      entry.kind === 'Deployment' || entry.kind === 'StatefulSet'
        ? buildWorkload(ctx, entry)
        : buildObject(ctx, entry);
    if (!object) continue;
    if (entry.ownedByTempoStack) object.metadata.ownerReferences = [{ ...owner }];
    objects.push(object);
  }
  return objects;
};
