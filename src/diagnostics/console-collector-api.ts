/**
 * The collector API with the console SDK: every request goes through the console's proxy
 * (`/api/kubernetes`) with the user's own identity.
 */
import {
  checkAccess,
  consoleFetchJSON,
  consoleFetchText,
} from '@openshift-console/dynamic-plugin-sdk';
import type { CollectorApi } from './collector-api';

/** The console proxy's prefix for the Kubernetes API. */
export const K8S_API_PREFIX = '/api/kubernetes';

/** The collector API over `consoleFetchJSON`, `consoleFetchText` and `checkAccess`. */
export const consoleCollectorApi: CollectorApi = {
  getJSON: (path, signal) => consoleFetchJSON(`${K8S_API_PREFIX}${path}`, 'GET', { signal }),
  getText: (path, signal) => consoleFetchText(`${K8S_API_PREFIX}${path}`, { signal }),
  canI: async (question) => {
    const review = await checkAccess({
      verb: question.verb,
      group: question.group,
      resource: question.resource,
      ...(question.subresource ? { subresource: question.subresource } : {}),
      ...(question.namespace ? { namespace: question.namespace } : {}),
      ...(question.name ? { name: question.name } : {}),
    });
    return review.status?.allowed === true;
  },
};
