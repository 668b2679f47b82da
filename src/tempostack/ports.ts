/**
 * Containers and ports of a TempoStack's pods and Services (components-and-naming.md §3–§4).
 */
import type { Component, TempoStack } from './types';
import type { OperatorFeatures } from './effective-spec';
import {
  isGatewayEnabled,
  isJaegerQueryEnabled,
  isMetricsGeneratorEnabled,
  isOauthProxyEnabled,
  tenantMode,
} from './effective-spec';
import type { ServiceComponent } from './naming';

/** Containers of the operand pods. */
export type ContainerName =
  'tempo' | 'jaeger-query' | 'tempo-query' | 'oauth-proxy' | 'tempo-gateway' | 'tempo-gateway-opa';

/** L4 protocol of a port. */
export type PortProtocol = 'TCP' | 'UDP';

/** A container port. */
export interface ContainerPortSpec {
  name: string;
  port: number;
  protocol: PortProtocol;
}

/** A Service port; `targetPort` is always the container port's name. */
export interface ServicePortSpec {
  name: string;
  port: number;
  targetPort: string;
  protocol: PortProtocol;
}

/** Port numbers the operator uses (components-and-naming.md §3). */
export const PORTS = {
  http: 3200,
  grpc: 9095,
  grpclb: 9096,
  httpMemberlist: 7946,
  otlpGrpc: 4317,
  otlpHttp: 4318,
  thriftHttp: 14268,
  thriftCompact: 6831,
  thriftBinary: 6832,
  jaegerGrpcReceiver: 14250,
  zipkin: 9411,
  jaegerQueryGrpc: 16685,
  jaegerUi: 16686,
  jaegerMetrics: 16687,
  proxyGrpc: 7777,
  oauthProxy: 8443,
  gatewayPublic: 8080,
  gatewayInternal: 8081,
  gatewayGrpcPublic: 8090,
  opaHttp: 8082,
  opaMetrics: 8083,
  tempoInternal: 3101,
} as const;

/** Containers of a component's pod, in pod-spec order. */
export function containerNames(
  stack: TempoStack,
  component: Component,
  features?: OperatorFeatures,
): ContainerName[] {
  if (component === 'gateway') {
    return tenantMode(stack) === 'openshift'
      ? ['tempo-gateway', 'tempo-gateway-opa']
      : ['tempo-gateway'];
  }
  if (component !== 'query-frontend') return ['tempo'];
  const names: ContainerName[] = ['tempo'];
  if (isJaegerQueryEnabled(stack)) names.push('jaeger-query', 'tempo-query');
  if (isOauthProxyEnabled(stack, features)) names.push('oauth-proxy');
  return names;
}

const tcp = (name: string, port: number): ContainerPortSpec => ({ name, port, protocol: 'TCP' });
const udp = (name: string, port: number): ContainerPortSpec => ({ name, port, protocol: 'UDP' });

/** Receiver ports the distributor only opens with the gateway disabled. */
function legacyReceiverPorts(): ContainerPortSpec[] {
  return [
    tcp('thrift-http', PORTS.thriftHttp),
    udp('thrift-compact', PORTS.thriftCompact),
    udp('thrift-binary', PORTS.thriftBinary),
    tcp('jaeger-grpc', PORTS.jaegerGrpcReceiver),
    tcp('http-zipkin', PORTS.zipkin),
  ];
}

/** Ports of the three Jaeger Query ports (container and Service). */
function jaegerQueryPorts(): ContainerPortSpec[] {
  return [
    tcp('jaeger-grpc', PORTS.jaegerQueryGrpc),
    tcp('jaeger-ui', PORTS.jaegerUi),
    tcp('jaeger-metrics', PORTS.jaegerMetrics),
  ];
}

function tempoContainerPorts(stack: TempoStack, component: Component): ContainerPortSpec[] {
  switch (component) {
    case 'distributor':
      return [
        tcp('otlp-http', PORTS.otlpHttp),
        tcp('otlp-grpc', PORTS.otlpGrpc),
        tcp('http', PORTS.http),
        tcp('http-memberlist', PORTS.httpMemberlist),
        ...(isGatewayEnabled(stack) ? [] : legacyReceiverPorts()),
      ];
    case 'ingester':
      return [
        tcp('http-memberlist', PORTS.httpMemberlist),
        tcp('http', PORTS.http),
        tcp('grpc', PORTS.grpc),
      ];
    case 'querier':
    case 'compactor':
      return [tcp('http', PORTS.http), tcp('http-memberlist', PORTS.httpMemberlist)];
    case 'query-frontend':
      return [tcp('http', PORTS.http), tcp('grpc', PORTS.grpc)];
    case 'metrics-generator':
      return [
        tcp('http', PORTS.http),
        tcp('grpc', PORTS.grpc),
        tcp('http-memberlist', PORTS.httpMemberlist),
      ];
    case 'gateway':
      return [];
  }
}

/**
 * Ports of one container of a component's pod (§3). Empty when the container does not run in
 * that pod for this stack.
 */
export function containerPorts(
  stack: TempoStack,
  component: Component,
  container: ContainerName,
  features?: OperatorFeatures,
): ContainerPortSpec[] {
  if (!containerNames(stack, component, features).includes(container)) return [];
  switch (container) {
    case 'tempo':
      return tempoContainerPorts(stack, component);
    case 'jaeger-query':
      return jaegerQueryPorts();
    case 'tempo-query':
      return [tcp('proxy-grpc', PORTS.proxyGrpc)];
    case 'oauth-proxy':
      return [tcp('oauth-proxy', PORTS.oauthProxy)];
    case 'tempo-gateway':
      return [
        tcp('grpc-public', PORTS.gatewayGrpcPublic),
        tcp('internal', PORTS.gatewayInternal),
        tcp('public', PORTS.gatewayPublic),
      ];
    case 'tempo-gateway-opa':
      return [tcp('opa-http', PORTS.opaHttp), tcp('opa-metrics', PORTS.opaMetrics)];
  }
}

const toServicePort = (p: ContainerPortSpec): ServicePortSpec => ({
  name: p.name,
  port: p.port,
  targetPort: p.name,
  protocol: p.protocol,
});

/** Ports of a Service (§4); empty for a Service the stack does not have. */
export function servicePorts(
  stack: TempoStack,
  service: ServiceComponent,
  features?: OperatorFeatures,
): ServicePortSpec[] {
  const jaeger = isJaegerQueryEnabled(stack) ? jaegerQueryPorts() : [];
  let ports: ContainerPortSpec[];
  switch (service) {
    case 'distributor':
      ports = [
        tcp('otlp-http', PORTS.otlpHttp),
        tcp('otlp-grpc', PORTS.otlpGrpc),
        tcp('http', PORTS.http),
        ...(isGatewayEnabled(stack) ? [] : legacyReceiverPorts()),
      ];
      break;
    case 'ingester':
      ports = [tcp('http', PORTS.http), tcp('grpc', PORTS.grpc)];
      break;
    case 'querier':
    case 'metrics-generator':
      if (service === 'metrics-generator' && !isMetricsGeneratorEnabled(stack)) return [];
      ports = [
        tcp('http-memberlist', PORTS.httpMemberlist),
        tcp('http', PORTS.http),
        tcp('grpc', PORTS.grpc),
      ];
      break;
    case 'compactor':
      ports = [tcp('http-memberlist', PORTS.httpMemberlist), tcp('http', PORTS.http)];
      break;
    case 'query-frontend':
      ports = [tcp('http', PORTS.http), tcp('grpc', PORTS.grpc), ...jaeger];
      if (isOauthProxyEnabled(stack, features)) ports.push(tcp('oauth-proxy', PORTS.oauthProxy));
      break;
    case 'query-frontend-discovery':
      ports = [
        tcp('http', PORTS.http),
        tcp('grpc', PORTS.grpc),
        tcp('grpclb', PORTS.grpclb),
        ...jaeger,
      ];
      break;
    case 'gossip-ring':
      ports = [tcp('http-memberlist', PORTS.httpMemberlist)];
      break;
    case 'gateway':
      if (!isGatewayEnabled(stack)) return [];
      ports = containerPorts(stack, 'gateway', 'tempo-gateway', features);
      break;
  }
  return ports.map(toServicePort);
}
