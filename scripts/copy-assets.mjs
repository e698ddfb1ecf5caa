// After compiling src/ to dist/: the files that are not TypeScript (the pages' templates, styles
// and scripts) go beside the compiled code that reads them.
import { cpSync, existsSync } from 'node:fs';

for (const folder of ['src/modules/pages/views', 'src/modules/pages/public']) {
  if (existsSync(folder)) cpSync(folder, folder.replace(/^src\//, 'dist/'), { recursive: true });
}
