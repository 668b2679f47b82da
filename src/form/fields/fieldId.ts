/** The DOM id of a form field (`storage.secretName` → `tempostack-form-storage-secretName`). */
export const fieldDomId = (field: string): string =>
  `tempostack-form-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
