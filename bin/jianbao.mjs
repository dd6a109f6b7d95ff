#!/usr/bin/env node
// Entry point for `npx jianbao`. The sources are TypeScript run directly by Node 24's type
// stripping (the project's `node` devDependency), so there is no separate compile step.
const [major] = process.versions.node.split('.').map(Number);
if (major < 23) {
  process.stderr.write(
    `jianbao needs Node 24 (found ${process.versions.node}); run it through npm/npx in the project so the bundled Node is used\n`,
  );
  process.exit(2);
}
await import('../src/cli.ts');
