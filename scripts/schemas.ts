// npm run schemas: regenerates schemas/<type>.schema.json from the zod schemas.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemaFiles } from '../src/schemas/files';

const dir = join(import.meta.dirname, '..', 'schemas');
for (const [name, content] of renderSchemaFiles()) {
  writeFileSync(join(dir, name), content);
  console.log(`wrote schemas/${name}`);
}
