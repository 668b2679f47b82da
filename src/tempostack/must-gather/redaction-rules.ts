/** The redaction rules: their codes and what each removes (the list the bundle's report carries). */

/** Codes of the redaction rules. */
export type RedactionRule =
  | 'secretData'
  | 'managedFields'
  | 'lastAppliedConfiguration'
  | 'sensitiveEnvValue'
  | 'sensitiveFlagValue'
  | 'sensitiveField'
  | 'privateKey'
  | 'urlCredentials'
  | 'bearerToken'
  | 'jwt'
  | 'awsAccessKeyId'
  | 'knownSecretValue';

/** What each rule removes (written to the collection report). */
export const REDACTION_RULES: readonly { rule: RedactionRule; removes: string }[] = Object.freeze([
  {
    rule: 'secretData',
    removes: 'values of `data` and `stringData` of any Secret object (key names are kept)',
  },
  { rule: 'managedFields', removes: '`metadata.managedFields` (server-side apply bookkeeping)' },
  {
    rule: 'lastAppliedConfiguration',
    removes:
      'the `kubectl.kubernetes.io/last-applied-configuration` annotation value (may embed a whole Secret or ConfigMap)',
  },
  {
    rule: 'sensitiveEnvValue',
    removes:
      'literal `value` of environment variables whose name holds a secret (`S3_SECRET_KEY`, `*_PASSWORD`, `*_TOKEN`, …); `valueFrom` references are kept',
  },
  {
    rule: 'sensitiveFlagValue',
    removes:
      'the value after a command-line flag whose name holds a secret (`--cookie-secret abc`)',
  },
  {
    rule: 'sensitiveField',
    removes:
      'values of fields, annotations, config-map entries, flags and log fields whose name holds a secret (`password: x`, `"clientSecret": "x"`, `--cookie-secret=x`, `access_key=x`); file paths and `${ENV}` references are kept',
  },
  { rule: 'privateKey', removes: 'PEM private key blocks (`-----BEGIN … PRIVATE KEY-----`)' },
  { rule: 'urlCredentials', removes: 'the password of `scheme://user:password@host` URLs' },
  { rule: 'bearerToken', removes: 'tokens after `Bearer`' },
  { rule: 'jwt', removes: 'JSON Web Tokens (`eyJ….eyJ….…`, e.g. service-account tokens)' },
  { rule: 'awsAccessKeyId', removes: 'AWS access key IDs (`AKIA…`, `ASIA…`)' },
  {
    rule: 'knownSecretValue',
    removes:
      'every occurrence of a credential value the collector read from a Secret (8 characters or longer: shorter values are too likely to be ordinary words)',
  },
]);

/** Counts what was redacted, by rule. */
export type RedactionCounts = Partial<Record<RedactionRule, number>>;

/** Counts one redaction (or `n`) under a rule. */
export type Counter = (rule: RedactionRule, n?: number) => void;
