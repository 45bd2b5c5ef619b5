// Runs every benchmark module in this folder (each `bench/*.ts` exporting `run()`), in name
// order. `npm run bench -- glossary` runs only the modules whose file name contains "glossary".
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  run?: () => Promise<void>;
}

async function main(): Promise<void> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const filters = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && file !== 'index.ts')
    .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
    .sort();
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const module = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
    if (typeof module.run !== 'function') throw new Error(`${file} does not export run()`);
    await module.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
