// Relative links between files of one workspace, computed on URI paths (always `/`), so the
// same code works for local, remote and virtual file systems.

/** The path of `to` relative to the folder `fromDir`, for a Markdown link (`../a/b.md`). */
export function relativePath(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}
