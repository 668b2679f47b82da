/**
 * Reading the `Status` carried by errors of the cluster API (`ApiError`), without depending on the
 * error class itself.
 */
import type { Status } from '../cluster/api';

/** The Kubernetes `Status` of an API error, if the error carries one. */
export const statusOf = (error: unknown): Status | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { status?: unknown }).status;
  if (typeof candidate === 'object' && candidate !== null && 'code' in candidate) {
    return candidate as Status;
  }
  return undefined;
};

/** The HTTP code of an API error (404, 409, …), or undefined for other errors. */
export const errorCode = (error: unknown): number | undefined => {
  const status = statusOf(error);
  if (status) return status.code;
  if (typeof error === 'object' && error !== null) {
    const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
    if (typeof code === 'number') return code;
    if (typeof statusCode === 'number') return statusCode;
  }
  return undefined;
};

/** True for 404 Not Found. */
export const isNotFound = (error: unknown): boolean => errorCode(error) === 404;

/** True for 409 Conflict / AlreadyExists. */
export const isConflict = (error: unknown): boolean => errorCode(error) === 409;

/** Runs `fn`, returning `undefined` instead of throwing on 404. */
export const ignoreNotFound = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
  try {
    return await fn();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
};
