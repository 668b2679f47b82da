/**
 * Plausible log lines of the containers the simulated kubelet runs: Tempo (logfmt, per target
 * module), Jaeger Query and tempo-query (zap JSON), the observatorium gateway and its OPA sidecar,
 * oauth-proxy, and a generic fallback. The texts imitate the real programs' messages; they are
 * illustrations (no real process runs), kept stable so tests and screenshots can rely on them.
 */
import type { Container, Pod } from './kube-types';

/** When and where a log is produced. */
export interface LogContext {
  pod: Pod;
  container: Container;
  at: Date;
}

/** The moments of a container's life that write log lines. */
export type LogMoment = 'start' | 'ready' | 'not-ready' | 'crash-error' | 'crash-oom' | 'completed';

const ts = (at: Date, offsetMs: number): string => new Date(at.getTime() + offsetMs).toISOString();

const argValue = (container: Container, flag: string): string | undefined => {
  const prefix = `${flag}=`;
  return container.args?.find((a) => a.startsWith(prefix))?.slice(prefix.length);
};

const TARGET_MODULES: Record<string, string[]> = {
  distributor: ['ring', 'usage-report', 'distributor'],
  ingester: ['store', 'usage-report', 'ingester'],
  querier: ['store', 'ring', 'usage-report', 'querier'],
  'query-frontend': ['store', 'usage-report', 'query-frontend'],
  compactor: ['store', 'usage-report', 'compactor'],
  'metrics-generator': ['usage-report', 'metrics-generator'],
};

const TARGET_READY: Record<string, string[]> = {
  distributor: [
    'caller=receiver.go:112 msg="Starting receivers" receivers=otlp,jaeger,zipkin',
    'caller=lifecycler.go:633 msg="instance not found in ring, adding with no tokens" ring=distributor',
  ],
  ingester: [
    'caller=ingester.go:353 msg="beginning wal replay"',
    'caller=ingester.go:433 msg="wal replay complete"',
    'caller=lifecycler.go:633 msg="instance not found in ring, adding with no tokens" ring=ingester',
    'caller=lifecycler.go:475 msg="auto-joining cluster after timeout" ring=ingester',
  ],
  querier: ['caller=worker.go:104 msg="Starting querier worker connected to query-frontend"'],
  'query-frontend': ['caller=frontend.go:65 msg="query frontend ready"'],
  compactor: [
    'caller=compactor.go:77 msg="waiting for compaction ring to settle" waitDuration=1m0s',
    'caller=compactor.go:152 msg="enabling compaction"',
    'caller=tempodb.go:504 msg="polling enabled" interval=5m0s blocklist_concurrency=50',
  ],
  'metrics-generator': ['caller=generator.go:143 msg="metrics-generator ready"'],
};

const tempoLines = (ctx: LogContext, moment: LogMoment): string[] => {
  const target = argValue(ctx.container, '-target') ?? 'all';
  const name = ctx.pod.metadata.name;
  const line = (i: number, text: string, level = 'info'): string =>
    `level=${level} ts=${ts(ctx.at, i * 7)} ${text}`;
  switch (moment) {
    case 'start': {
      const modules = [
        'internal-server',
        'server',
        'memberlist-kv',
        'overrides',
        ...(TARGET_MODULES[target] ?? []),
      ];
      return [
        line(0, 'caller=main.go:225 msg="initialising OpenTracing tracer"'),
        line(
          1,
          'caller=main.go:118 msg="Starting Tempo" version="(version=2.10.8, branch=HEAD, revision=3e1a9d4f)"',
        ),
        line(
          2,
          'caller=server.go:290 msg="server listening on addresses" http=[::]:3200 grpc=[::]:9095',
        ),
        line(
          3,
          `caller=memberlist_client.go:439 msg="Using memberlist cluster label and node name" cluster_label= node=${name}`,
        ),
        ...modules.map((m, i) =>
          line(4 + i, `caller=module_service.go:82 msg="starting module" module=${m}`),
        ),
        line(4 + modules.length, 'caller=app.go:208 msg="Tempo started"'),
      ];
    }
    case 'ready':
      return (TARGET_READY[target] ?? []).map((text, i) => line(i, text));
    case 'not-ready':
      return [
        line(
          0,
          `caller=worker.go:221 msg="error contacting frontend" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp: i/o timeout\\""`,
          'warn',
        ),
        line(
          1,
          'caller=readiness.go:41 msg="not ready" reason="querier is not connected to any query-frontend"',
          'warn',
        ),
      ];
    case 'crash-error':
      return [
        line(
          0,
          'caller=main.go:131 msg="error running Tempo" err="failed to init module services: error initialising module: store: failed to create store: unexpected error from ListObjects on tempo: Get \\"http://minio:9000/tempo/?delimiter=%2F&list-type=2\\": dial tcp: lookup minio: no such host"',
          'error',
        ),
      ];
    case 'crash-oom':
      return [
        line(
          0,
          'caller=flush.go:253 msg="completing block" tenant=single-tenant blockID=0b2f2c4e-6f51-4b8e-9c0a-3d1f5a7e9b21',
        ),
      ];
    case 'completed':
      return [line(0, 'caller=main.go:140 msg="Tempo stopped"')];
  }
};

const jsonLine = (at: Date, i: number, fields: Record<string, unknown>, level = 'info'): string =>
  JSON.stringify({ level, ts: (at.getTime() + i * 5) / 1000, ...fields });

const jaegerQueryLines = (ctx: LogContext, moment: LogMoment): string[] => {
  if (moment !== 'start') return [];
  return [
    jsonLine(ctx.at, 0, {
      caller: 'flags/service.go:123',
      msg: 'Mounting metrics handler on admin server',
      route: '/metrics',
    }),
    jsonLine(ctx.at, 1, {
      caller: 'flags/admin.go:136',
      msg: 'Starting admin HTTP server',
      'http-addr': ':16687',
    }),
    jsonLine(ctx.at, 2, {
      caller: 'grpc/factory.go:92',
      msg: 'External plugin storage configuration',
      configuration: { Remote: 'localhost:7777' },
    }),
    jsonLine(ctx.at, 3, {
      caller: 'app/server.go:240',
      msg: 'Query server started',
      http_addr: '[::]:16686',
      grpc_addr: '[::]:16685',
    }),
  ];
};

const tempoQueryLines = (ctx: LogContext, moment: LogMoment): string[] =>
  moment === 'start'
    ? [
        jsonLine(ctx.at, 0, { msg: 'Starting tempo-query', version: '2.10.8' }),
        jsonLine(ctx.at, 1, { msg: 'Starting gRPC server', addr: '0.0.0.0:7777' }),
      ]
    : [];

const gatewayLines = (ctx: LogContext, moment: LogMoment, opa: boolean): string[] => {
  if (moment !== 'start') return [];
  const line = (i: number, text: string): string =>
    `level=info name=${opa ? 'opa-openshift' : 'observatorium'} ts=${ts(ctx.at, i * 3)} ${text}`;
  return opa
    ? [
        line(0, 'caller=main.go:149 msg="starting opa-openshift"'),
        line(1, 'caller=main.go:260 msg="starting internal HTTP server" address=:8083'),
        line(2, 'caller=main.go:275 msg="starting HTTP server" address=:8082'),
      ]
    : [
        line(0, 'caller=main.go:612 msg="starting observatorium"'),
        line(1, 'caller=main.go:1128 msg="starting internal HTTP server" address=0.0.0.0:8081'),
        line(2, 'caller=main.go:1143 msg="starting HTTP server" address=0.0.0.0:8080'),
        line(3, 'caller=main.go:1164 msg="starting gRPC server" address=0.0.0.0:8090'),
      ];
};

const oauthProxyLines = (ctx: LogContext, moment: LogMoment): string[] => {
  if (moment !== 'start') return [];
  const stamp = ctx.at.toISOString().replace('T', ' ').replace(/-/g, '/').slice(0, 19);
  const sa = argValue(ctx.container, '--openshift-service-account') ?? 'default';
  return [
    `${stamp} provider.go:129: Defaulting client-id to system:serviceaccount:${ctx.pod.metadata.namespace}:${sa}`,
    `${stamp} provider.go:134: Defaulting client-secret to service account token /var/run/secrets/kubernetes.io/serviceaccount/token`,
    `${stamp} oauthproxy.go:203: mapping path "/" => upstream "http://localhost:16686/"`,
    `${stamp} http.go:64: HTTP: listening on 127.0.0.1:4180`,
    `${stamp} http.go:110: HTTPS: listening on [::]:8443`,
  ];
};

const genericLines = (ctx: LogContext, moment: LogMoment): string[] => {
  const at = ts(ctx.at, 0);
  switch (moment) {
    case 'start':
      return [`${at} starting ${ctx.container.name}`];
    case 'completed':
      return [`${at} ${ctx.container.name} finished`];
    case 'crash-error':
      return [`${at} fatal error, exiting`];
    default:
      return [];
  }
};

/** Log lines written by `container` of `pod` at a moment of its life. */
export const containerLogLines = (ctx: LogContext, moment: LogMoment): string[] => {
  const { name } = ctx.container;
  const image = ctx.container.image ?? '';
  if (name === 'tempo' || /grafana\/tempo:/.test(image)) return tempoLines(ctx, moment);
  if (name === 'jaeger-query') return jaegerQueryLines(ctx, moment);
  if (name === 'tempo-query') return tempoQueryLines(ctx, moment);
  if (name === 'tempo-gateway') return gatewayLines(ctx, moment, false);
  if (name === 'tempo-gateway-opa') return gatewayLines(ctx, moment, true);
  if (name === 'oauth-proxy') return oauthProxyLines(ctx, moment);
  return genericLines(ctx, moment);
};
