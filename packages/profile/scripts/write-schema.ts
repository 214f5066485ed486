// Writes schema/learner-profile.v1.schema.json from the setting rules.
// Run with `npm run schema` after changing a rule; a test fails until you do.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildProfileJsonSchema } from '../src/json-schema.js';

const target = fileURLToPath(new URL('../schema/learner-profile.v1.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildProfileJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
