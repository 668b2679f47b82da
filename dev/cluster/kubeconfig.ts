/** kubeconfig files for the simulator: one context per user, the given one current. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { policyUsers } from './rbac-policy';

/**
 * The kubeconfig document: cluster `tempo-sim`, contexts `admin`, `developer`, `viewer`. kubectl
 * sends tokens only over TLS, so an `http://` URL is written as `https://` (the simulator serves
 * both on one port), trusting `ca` (PEM) or, without it, skipping verification.
 */
export function kubeconfig(
  url: string,
  currentUser = 'admin',
  ca?: string,
  namespace = 'default',
): Record<string, unknown> {
  const server = url.replace(/^http:/, 'https:');
  const trust = ca
    ? { 'certificate-authority-data': Buffer.from(ca).toString('base64') }
    : { 'insecure-skip-tls-verify': true };
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'tempo-sim', cluster: { server, ...trust } }],
    users: policyUsers.map((u) => ({ name: u.name, user: { token: u.token } })),
    contexts: policyUsers.map((u) => ({
      name: u.name,
      context: { cluster: 'tempo-sim', user: u.name, namespace },
    })),
    'current-context': currentUser,
    preferences: {},
  };
}

/**
 * Writes a kubeconfig for the simulator at `file` (mode 0600): contexts for every user of the
 * policy, `user` (default `admin`) current; `ca` is the server's certificate (`ApiServer.ca`).
 */
export function writeKubeconfig(file: string, url: string, user = 'admin', ca?: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, stringify(kubeconfig(url, user, ca)), { mode: 0o600 });
}
