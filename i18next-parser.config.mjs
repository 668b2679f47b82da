// Extracts every user-facing string into locales/en/plugin__tempo-console-plugin.json.
// Keys are the English strings (no key or namespace separators inside keys).
import { ConsoleExtensionsLexer } from './scripts/console-extensions-lexer.mjs';

export default {
  createOldCatalogs: false,
  keySeparator: false,
  namespaceSeparator: '~',
  locales: ['en'],
  defaultNamespace: 'plugin__tempo-console-plugin',
  output: 'locales/$LOCALE/$NAMESPACE.json',
  input: [
    'src/**/*.{ts,tsx}',
    'console-extensions.json',
    '!src/**/*.spec.{ts,tsx}',
    '!src/__mocks__/**',
  ],
  sort: true,
  reactNamespace: false,
  defaultValue: (_locale, _namespace, key) => key,
  failOnWarnings: false,
  lexers: {
    ts: [{ lexer: 'JsxLexer', functions: ['t'] }],
    tsx: [{ lexer: 'JsxLexer', functions: ['t'] }],
    json: [ConsoleExtensionsLexer],
    default: ['JavascriptLexer'],
  },
};
