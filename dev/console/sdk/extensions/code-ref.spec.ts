import {
  CodeRefError,
  type RemoteContainer,
  codeRefOrigin,
  decodeCodeRefs,
  parseCodeRef,
  resolveCodeRefs,
} from './code-ref';

const container = (modules: Record<string, Record<string, unknown>>): RemoteContainer => ({
  init: () => undefined,
  get: (name) =>
    modules[name]
      ? Promise.resolve(() => modules[name])
      : Promise.reject(new Error(`Module "${name}" does not exist in container.`)),
});

describe('code references', () => {
  it('parses module.export and module (default export)', () => {
    expect(parseCodeRef('actions.useActions')).toEqual({
      moduleName: 'actions',
      exportName: 'useActions',
    });
    expect(parseCodeRef('Page')).toEqual({ moduleName: 'Page', exportName: 'default' });
    expect(parseCodeRef('a.b.c')).toBeUndefined();
    expect(parseCodeRef('')).toBeUndefined();
  });

  it('decodes every $codeRef (deeply) and resolves them through the container', async () => {
    const Page = () => null;
    const useActions = () => [];
    const ext = decodeCodeRefs(
      {
        type: 'console.page/route',
        properties: {
          path: '/x',
          component: { $codeRef: 'Page' },
          nested: [{ hook: { $codeRef: 'actions.useActions' } }],
        },
      },
      'p',
      container({ Page: { default: Page }, actions: { useActions } }),
    );
    expect(codeRefOrigin(ext.properties.component)).toEqual({
      pluginName: 'p',
      extensionType: 'console.page/route',
      codeRef: 'Page',
    });
    const resolved = await resolveCodeRefs(ext.properties);
    expect(resolved).toEqual({ path: '/x', component: Page, nested: [{ hook: useActions }] });
  });

  it('names the extension type and the reference when a module or an export is missing', async () => {
    const ext = decodeCodeRefs(
      {
        type: 'console.page/resource/list',
        properties: { component: { $codeRef: 'Missing' }, other: { $codeRef: 'Page.nope' } },
      },
      'tempo-console-plugin',
      container({ Page: { default: () => null } }),
    );
    const missing = (await resolveCodeRefs({ c: ext.properties.component }).catch(
      (e: unknown) => e,
    )) as CodeRefError;
    expect(missing).toBeInstanceOf(CodeRefError);
    expect(missing.message).toContain('"Missing"');
    expect(missing.message).toContain('console.page/resource/list');
    expect(missing.message).toContain('tempo-console-plugin');
    const noExport = (await resolveCodeRefs({ c: ext.properties.other }).catch(
      (e: unknown) => e,
    )) as CodeRefError;
    expect(noExport.reason).toBe('module "Page" has no export "nope"');
  });
});
