/**
 * The contents of the main ConfigMap `tempo-NAME` (`tempo.yaml`, `tempo-query-frontend.yaml`,
 * `overrides.yaml`, `tempo-query.yaml`) and its hash (`tempo.grafana.com/config.hash`). The
 * structure follows the operator's config template (storage backend, rings over memberlist,
 * receivers, retention, search, TLS); it is a faithful-in-spirit rendering, not byte-identical to
 * the operator's output. A changed spec that changes the config changes the hash, so the workloads
 * roll, as with the real operator.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import {
  isGatewayEnabled,
  isJaegerQueryEnabled,
  replicasOf,
  tenantMode,
} from '../../src/tempostack/effective-spec';
import { objectName, serviceFqdn } from '../../src/tempostack/naming';
import type { TempoStack } from '../../src/tempostack/types';

/** What the config needs of the storage secret (never credentials: those are env vars). */
export interface StorageSettings {
  type: 's3' | 'azure' | 'gcs';
  bucket?: string;
  endpoint?: string;
  insecure?: boolean;
  container?: string;
  region?: string;
}

const CERT_DIR = '/var/run/tls/server';
const CA_DIR = '/var/run/ca';

const tlsBlock = (serverName: string): Record<string, unknown> => ({
  tls_enabled: true,
  tls_cert_path: `${CERT_DIR}/tls.crt`,
  tls_key_path: `${CERT_DIR}/tls.key`,
  tls_ca_path: `${CA_DIR}/service-ca.crt`,
  tls_server_name: serverName,
  tls_min_version: 'VersionTLS12',
});

const storageBlock = (storage: StorageSettings): Record<string, unknown> => {
  switch (storage.type) {
    case 's3':
      return {
        backend: 's3',
        s3: {
          bucket: storage.bucket,
          endpoint: storage.endpoint?.replace(/^https?:\/\//, ''),
          insecure: storage.insecure ?? false,
          ...(storage.region ? { region: storage.region } : {}),
        },
      };
    case 'azure':
      return { backend: 'azure', azure: { container_name: storage.container } };
    case 'gcs':
      return { backend: 'gcs', gcs: { bucket_name: storage.bucket } };
  }
};

/** `tempo.yaml` as an object. */
const tempoConfig = (
  stack: TempoStack,
  storage: StorageSettings,
  queryFrontend: boolean,
): Record<string, unknown> => {
  const name = stack.metadata.name ?? '';
  const ns = stack.metadata.namespace ?? '';
  const spec = stack.spec;
  const gateway = isGatewayEnabled(stack);
  const receivers: Record<string, unknown> = {
    otlp: { protocols: { grpc: { endpoint: '0.0.0.0:4317' }, http: { endpoint: '0.0.0.0:4318' } } },
  };
  if (!gateway) {
    receivers.jaeger = {
      protocols: {
        thrift_http: { endpoint: '0.0.0.0:14268' },
        thrift_binary: { endpoint: '0.0.0.0:6832' },
        thrift_compact: { endpoint: '0.0.0.0:6831' },
        grpc: { endpoint: '0.0.0.0:14250' },
      },
    };
    receivers.zipkin = { endpoint: '0.0.0.0:9411' };
  }
  return {
    compactor: {
      compaction: { block_retention: spec.retention?.global?.traces ?? '48h0m0s' },
      ring: { kvstore: { store: 'memberlist' } },
    },
    distributor: { receivers, ring: { kvstore: { store: 'memberlist' } } },
    ingester: {
      lifecycler: {
        ring: { kvstore: { store: 'memberlist' }, replication_factor: spec.replicationFactor ?? 1 },
        tokens_file_path: '/var/tempo/tokens.json',
      },
      max_block_duration: '10m',
    },
    memberlist: {
      abort_if_cluster_join_fails: false,
      join_members: [`${objectName(name, 'gossip-ring')}:7946`],
    },
    multitenancy_enabled: gateway,
    querier: {
      max_concurrent_queries: 20,
      search: { external_hedge_requests_at: '8s', external_hedge_requests_up_to: 2 },
      frontend_worker: {
        frontend_address: `${serviceFqdn(name, ns, 'query-frontend-discovery')}:9095`,
        grpc_client_config: tlsBlock(serviceFqdn(name, ns, 'query-frontend')),
      },
    },
    internal_server: { enable: true, http_listen_address: '0.0.0.0', http_listen_port: 3101 },
    server: {
      grpc_server_max_recv_msg_size: 4194304,
      grpc_server_max_send_msg_size: 4194304,
      http_listen_port: 3200,
      http_server_read_timeout: spec.timeout ?? '30s',
      http_server_write_timeout: spec.timeout ?? '30s',
      log_format: 'logfmt',
      ...(queryFrontend && !gateway ? {} : { tls_min_version: 'VersionTLS12' }),
    },
    storage: {
      trace: {
        ...storageBlock(storage),
        blocklist_poll: '5m',
        cache: 'none',
        local: { path: '/var/tempo/traces' },
        wal: { path: '/var/tempo/wal' },
      },
    },
    usage_report: { reporting_enabled: false },
    query_frontend: {
      search: {
        concurrent_jobs: 2000,
        max_duration: spec.search?.maxDuration ?? '0s',
        default_result_limit: spec.search?.defaultResultLimit ?? 20,
        ...(spec.search?.maxResultLimit ? { max_result_limit: spec.search.maxResultLimit } : {}),
      },
      max_outstanding_per_tenant: 2000,
    },
    overrides: { per_tenant_override_config: '/conf/overrides.yaml' },
  };
};

/** The data of the main ConfigMap. */
export const configMapData = (
  stack: TempoStack,
  storage: StorageSettings,
): Record<string, string> => {
  const name = stack.metadata.name ?? '';
  const ns = stack.metadata.namespace ?? '';
  const limits = stack.spec.limits?.global;
  const overrides = {
    overrides: {
      '*': {
        ingestion: {
          ...(limits?.ingestion?.ingestionRateLimitBytes
            ? { rate_limit_bytes: limits.ingestion.ingestionRateLimitBytes }
            : {}),
          ...(limits?.ingestion?.ingestionBurstSizeBytes
            ? { burst_size_bytes: limits.ingestion.ingestionBurstSizeBytes }
            : {}),
          ...(limits?.ingestion?.maxTracesPerUser
            ? { max_traces_per_user: limits.ingestion.maxTracesPerUser }
            : {}),
        },
        global: { max_bytes_per_trace: limits?.ingestion?.maxBytesPerTrace ?? 0 },
      },
    },
  };
  const data: Record<string, string> = {
    'tempo.yaml': stringify(tempoConfig(stack, storage, false)),
    'tempo-query-frontend.yaml': stringify(tempoConfig(stack, storage, true)),
    'overrides.yaml': stringify(overrides),
  };
  if (isJaegerQueryEnabled(stack)) {
    data['tempo-query.yaml'] = stringify({
      address: '0.0.0.0:7777',
      backend: `127.0.0.1:3200`,
      tenant_header_key: 'x-scope-orgid',
      services_query_duration:
        stack.spec.template?.queryFrontend?.jaegerQuery?.servicesQueryDuration ?? '72h0m0s',
      find_traces_concurrent_requests:
        stack.spec.template?.queryFrontend?.jaegerQuery?.findTracesConcurrentRequests ||
        2 * replicasOf(stack, 'querier'),
      ...(tenantMode(stack) ? { multitenancy_enabled: true } : {}),
      tls_server_name: serviceFqdn(name, ns, 'query-frontend'),
    });
  }
  return data;
};

/** sha256 of a text, hex (the operator's config and cert hashes). */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** `tempo.grafana.com/config.hash` of a ConfigMap's data. */
export const configHash = (data: Record<string, string>): string =>
  sha256(data['tempo.yaml'] ?? '');
