/**
 * Everything the manifest builders need for one reconcile of one TempoStack.
 */
import type { Allocation } from '../../src/tempostack/allocation';
import type { TempoStack } from '../../src/tempostack/types';
import type { StorageSettings } from './tempo-config';

/** Inputs of the manifest builders. */
export interface ManifestContext {
  /** The stored TempoStack (admission defaults already applied). */
  stack: TempoStack;
  allocation: Allocation;
  storage: StorageSettings & { secretName: string };
  /** Data of the main ConfigMap and its hash. */
  configData: Record<string, string>;
  configHash: string;
  /** `tempo.grafana.com/cert-hash-<secret>` annotations of the mTLS certificates. */
  certHashes: Record<string, string>;
  /** Placeholder PEM texts (no real certificates are made). */
  pem: { ca: string; cert: (cn: string) => string; key: string };
  /** Apps domain for OAuth redirect hosts. */
  appsDomain: string;
  /** OIDC client data of static-mode tenants, by tenant name. */
  tenantSecrets: Record<string, { clientID: string; clientSecret?: string; issuerCAPath?: string }>;
}
