import i18next from 'i18next';

const CONSOLE_STRING = /^%(.+)%$/;

/**
 * Extension strings written as `%plugin__name~Key%` are translation keys, as in the console;
 * anything else is shown as is.
 */
export const translateConsoleString = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  const match = CONSOLE_STRING.exec(value);
  if (!match) return value;
  return i18next.isInitialized ? i18next.t(match[1]) : match[1].split('~').pop();
};
