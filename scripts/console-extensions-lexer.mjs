import { EventEmitter } from 'node:events';

/**
 * i18next-parser lexer for console-extensions.json: the console translates strings written as
 * `%plugin__<name>~Text%`, so each of them is a key of that namespace.
 */
export class ConsoleExtensionsLexer extends EventEmitter {
  extract(content) {
    const keys = [];
    const walk = (value) => {
      if (typeof value === 'string') {
        const match = /^%([^~%]+)~(.+)%$/.exec(value);
        if (match) keys.push({ namespace: match[1], key: match[2] });
      } else if (Array.isArray(value)) {
        value.forEach(walk);
      } else if (value && typeof value === 'object') {
        Object.values(value).forEach(walk);
      }
    };
    walk(JSON.parse(content));
    return keys;
  }
}
