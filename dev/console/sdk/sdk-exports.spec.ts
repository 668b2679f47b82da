import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/** Value (runtime) exports of a module, as TypeScript sees them; const enums have no runtime value. */
const valueExports = (program: ts.Program, file: string): string[] => {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`not in program: ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`no module symbol: ${file}`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .filter((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return (
        (target.flags & ts.SymbolFlags.Value) !== 0 &&
        (target.flags & ts.SymbolFlags.ConstEnum) === 0
      );
    })
    .map((s) => s.name)
    .sort();
};

/**
 * Names `index.ts` exports: its explicit `export { … }` lists, plus whatever it re-exports with
 * `export *` from the SDK package's own modules (read syntactically, so no type-checking is needed).
 */
const ownExports = (program: ts.Program, file: string): string[] => {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2021);
  return source.statements.flatMap((s) => {
    if (!ts.isExportDeclaration(s) || s.isTypeOnly) return [];
    if (s.exportClause && ts.isNamedExports(s.exportClause)) {
      return s.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text);
    }
    const from =
      s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : '';
    return valueExports(program, require.resolve(`${from}/index.d.ts`));
  });
};

describe('the host SDK', () => {
  it('exports every runtime name the real SDK 4.22 exports', () => {
    const real = require.resolve('@openshift-console/dynamic-plugin-sdk/lib/lib-core.d.ts');
    const program = ts.createProgram([real], { skipLibCheck: true, noEmit: true, types: [] });
    const expected = valueExports(program, real);
    const provided = new Set(ownExports(program, path.resolve(__dirname, 'index.ts')));
    expect(expected.length).toBeGreaterThan(150);
    expect(expected.filter((name) => !provided.has(name))).toEqual([]);
  }, 20_000);
});
