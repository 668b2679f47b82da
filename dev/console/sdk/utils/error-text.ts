/** A readable message for anything thrown or reported as a load error. */
export const errorText = (e: unknown): string =>
  e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
