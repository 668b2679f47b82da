import { checkAccess } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery } from '@tanstack/react-query';
import {
  REQUIRED_PERMISSIONS,
  type RequiredPermission,
} from '../tempostack/must-gather/run-permissions';
import { diagnosticsKeys } from './queries';

/** The outcome of the access reviews for an in-cluster run. */
export interface RunPermissions {
  loaded: boolean;
  error: unknown;
  /** The permissions the user lacks (empty: may run). */
  missing: RequiredPermission[];
}

/**
 * Data path: one SelfSubjectAccessReview (`checkAccess`) per permission the run needs, cluster-wide,
 * in parallel, cached by react-query for the tab's life.
 */
export const useRunPermissions = (): RunPermissions => {
  const query = useQuery({
    queryKey: diagnosticsKeys.permissions(),
    queryFn: async () => {
      const answers = await Promise.all(
        REQUIRED_PERMISSIONS.map(async (p) => {
          const review = await checkAccess({
            verb: p.verb,
            group: p.group,
            resource: p.resource,
            ...(p.subresource ? { subresource: p.subresource } : {}),
          });
          return { permission: p, allowed: review.status?.allowed === true };
        }),
      );
      return answers.filter((a) => !a.allowed).map((a) => a.permission);
    },
    staleTime: 60_000,
  });
  return {
    loaded: query.isSuccess || query.isError,
    error: query.error,
    missing: query.data ?? [],
  };
};
