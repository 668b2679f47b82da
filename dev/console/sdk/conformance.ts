/**
 * Compile-time check: every value this implementation exports under a name the real SDK also
 * exports has the real SDK's type. (The names themselves are compared by `sdk-exports.spec.ts`.)
 */
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import type * as Impl from './index';

type Shared = Extract<keyof typeof Impl, keyof typeof SDK>;

/** Names whose SDK type can't be met exactly (see the comment on each). */
type Loosened =
  // The SDK types the CodeEditor ref with Monaco, which the host does not ship.
  | 'CodeEditor'
  | 'YAMLEditor'
  // The SDK declares a `protected static` member, which makes the class type nominal; the
  // instances have the same shape (`code`, `response`, `json`, `message`).
  | 'HttpError';

type Conforms = {
  [K in Exclude<Shared, Loosened>]: (typeof Impl)[K] extends (typeof SDK)[K] ? true : K;
};

export type NonConforming = Conforms[keyof Conforms] extends true
  ? never
  : Exclude<Conforms[keyof Conforms], true>;

export const conformanceCheck: [NonConforming] extends [never] ? true : NonConforming = true;
