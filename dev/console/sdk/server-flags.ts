/** What the host server puts on `window.SERVER_FLAGS` (a subset of the console's, plus dev data). */
export interface ServerFlags {
  basePath: string;
  consoleVersion: string;
  releaseVersion: string;
  consolePlugins: string[];
  i18nNamespaces: string[];
  /** The dev host's own settings. */
  devConsole?: {
    users: string[];
    user: string;
  };
}

declare global {
  interface Window {
    SERVER_FLAGS?: ServerFlags;
    /** Set by the console on uncaught errors; integration tests assert it stays unset. */
    windowError?: string;
  }
}

export const serverFlags = (): ServerFlags =>
  (typeof window !== 'undefined' ? window.SERVER_FLAGS : undefined) ?? {
    basePath: '/',
    consoleVersion: '4.22.0',
    releaseVersion: '4.22.0',
    consolePlugins: [],
    i18nNamespaces: [],
  };

export const basePath = (): string => serverFlags().basePath || '/';
