import * as path from 'node:path';
import { parseHostArgs } from './args';

const root = path.resolve(__dirname, '../../..');

describe('host arguments', () => {
  it('serves the plugin build from dist by default', () => {
    const args = parseHostArgs(['--api', 'http://127.0.0.1:6443', '--port', '0'], root);
    expect(args).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      api: 'http://127.0.0.1:6443',
      verbose: false,
    });
    expect(args.plugins).toEqual([{ name: 'tempo-console-plugin', dir: path.join(root, 'dist') }]);
  });

  it('proxies the plugin from --plugin-url and adds --plugin NAME=SRC', () => {
    const args = parseHostArgs(
      [
        '--api=http://a',
        '--plugin-url',
        'http://127.0.0.1:9443',
        '--plugin',
        'other=http://x/y',
        '--plugin',
        'fixture=dev/console/dist/fixture-plugin',
        '--verbose',
      ],
      root,
    );
    expect(args.plugins).toEqual([
      { name: 'tempo-console-plugin', url: 'http://127.0.0.1:9443/' },
      { name: 'other', url: 'http://x/y/' },
      { name: 'fixture', dir: path.join(root, 'dev/console/dist/fixture-plugin') },
    ]);
    expect(args.verbose).toBe(true);
  });

  it('explains what is missing', () => {
    expect(() => parseHostArgs([], root)).toThrow('--api is required');
    expect(() => parseHostArgs(['--api'], root)).toThrow('--api needs a value');
    expect(() => parseHostArgs(['--api', 'x', '--plugin', 'nope'], root)).toThrow('NAME=DIR|URL');
  });
});
