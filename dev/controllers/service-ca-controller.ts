/**
 * OpenShift's service-ca operator in the simulated cluster: a Service annotated
 * `service.beta.openshift.io/serving-cert-secret-name: X` gets a `kubernetes.io/tls` Secret X
 * (owned by the Service, placeholder PEM, the service-ca annotations), and a ConfigMap annotated
 * `service.beta.openshift.io/inject-cabundle: "true"` gets the `service-ca.crt` key.
 */
import type { KubeObject } from '../cluster/api';
import { ignoreNotFound, isConflict } from './api-errors';
import type { Controller, ControllerContext } from './controller-context';
import { startInformer, type Informer } from './informer';
import { objectKey, splitKey } from './objects';
import { REFS } from './refs';
import { WorkQueue } from './work-queue';

const SERVING_CERT = 'service.beta.openshift.io/serving-cert-secret-name';
const INJECT = 'service.beta.openshift.io/inject-cabundle';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const pem = (type: string, body: string): string =>
  `-----BEGIN ${type}-----\n${b64(body)}\n-----END ${type}-----\n`;

/** The simulated service CA bundle (placeholder PEM). */
export const SERVICE_CA_BUNDLE = pem(
  'CERTIFICATE',
  'SIMULATED openshift-service-serving-signer CA',
);

/** The service-ca operator. */
export class ServiceCaController implements Controller {
  readonly name = 'service-ca-controller';
  private readonly services: WorkQueue;
  private readonly configMaps: WorkQueue;
  private informers: Informer[] = [];

  constructor(private readonly ctx: ControllerContext) {
    this.services = new WorkQueue((key) => this.syncService(key), ctx.queue);
    this.configMaps = new WorkQueue((key) => this.syncConfigMap(key), ctx.queue);
  }

  async start(): Promise<void> {
    this.informers = [
      startInformer(this.ctx.api, REFS.services, (t, o) => {
        if (t !== 'DELETED' && o.metadata.annotations?.[SERVING_CERT])
          this.services.add(objectKey(o));
      }),
      startInformer(this.ctx.api, REFS.configMaps, (t, o) => {
        if (
          t !== 'DELETED' &&
          o.metadata.annotations?.[INJECT] === 'true' &&
          !(o.data as Record<string, string> | undefined)?.['service-ca.crt']
        ) {
          this.configMaps.add(objectKey(o));
        }
      }),
    ];
    await Promise.all(this.informers.map((i) => i.synced));
  }

  async idle(): Promise<void> {
    await Promise.all([this.services.idle(), this.configMaps.idle()]);
  }

  async stop(): Promise<void> {
    this.informers.forEach((i) => i.stop());
    await Promise.all([this.services.stop(), this.configMaps.stop()]);
  }

  private async syncService(key: string): Promise<void> {
    const { api, clock } = this.ctx;
    const { namespace, name } = splitKey(key);
    const service = await ignoreNotFound(() => api.get(REFS.services, name, namespace));
    const secretName = service?.metadata.annotations?.[SERVING_CERT];
    if (!service || !secretName || service.metadata.deletionTimestamp) return;
    if (await ignoreNotFound(() => api.get(REFS.secrets, secretName, namespace))) return;
    const expiry = new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    const secret: KubeObject = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: secretName,
        namespace,
        annotations: {
          'service.beta.openshift.io/expiry': expiry,
          'service.beta.openshift.io/originating-service-name': name,
          'service.beta.openshift.io/originating-service-uid': service.metadata.uid ?? '',
          'service.alpha.openshift.io/expiry': expiry,
        },
        ownerReferences: [
          { apiVersion: 'v1', kind: 'Service', name, uid: service.metadata.uid ?? '' },
        ],
      },
      type: 'kubernetes.io/tls',
      data: {
        'tls.crt': b64(
          pem(
            'CERTIFICATE',
            `SIMULATED serving certificate for ${name}.${namespace}.svc (issued ${clock.now()})`,
          ),
        ),
        'tls.key': b64(pem('PRIVATE KEY', 'SIMULATED PRIVATE KEY - not a real key')),
      },
    };
    try {
      await api.create(REFS.secrets, secret);
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }

  private async syncConfigMap(key: string): Promise<void> {
    const { namespace, name } = splitKey(key);
    const cm = await ignoreNotFound(() => this.ctx.api.get(REFS.configMaps, name, namespace));
    if (!cm || cm.metadata.annotations?.[INJECT] !== 'true') return;
    if ((cm.data as Record<string, string> | undefined)?.['service-ca.crt']) return;
    await this.ctx.api.patch(REFS.configMaps, name, namespace, 'merge', {
      data: { 'service-ca.crt': SERVICE_CA_BUNDLE },
    });
  }
}
