import { PROFILE_VERSION, SECTION_NAMES } from './schema.js';
import { SETTING_PATHS, SETTING_RULES, type SettingRule } from './setting-rules.js';
import { splitPath } from './setting-path.js';

/**
 * The published JSON Schema (draft 2020-12) of a learner profile, built from
 * the same rules validation uses. The copy in `schema/` is written from this
 * (`npm run schema`) and a test keeps the two equal.
 */

/** Identifies the schema; a URN because the project publishes no schema host. */
export const PROFILE_SCHEMA_ID = `urn:attune:schema:learner-profile:v${PROFILE_VERSION}`;

type JsonSchema = Record<string, unknown>;

function nullable(schema: JsonSchema, allowNull: boolean | undefined): JsonSchema {
  if (!allowNull) return schema;
  if ('enum' in schema) return schema;
  return { ...schema, type: [schema['type'], 'null'] };
}

function schemaOf(rule: SettingRule): JsonSchema {
  const base = { description: rule.description, default: rule.default };
  switch (rule.kind) {
    case 'number':
      return nullable({ ...base, type: rule.integer ? 'integer' : 'number', minimum: rule.min, maximum: rule.max }, rule.nullable);
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'enum':
      return { ...base, type: 'string', enum: [...rule.values] };
    case 'color':
      return { ...base, type: 'string', pattern: '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$' };
    case 'language':
      // BCP 47 in full is beyond a regular expression; this catches the usual mistakes.
      return nullable({ ...base, type: 'string', pattern: '^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$' }, rule.nullable);
    case 'text':
      return nullable({ ...base, type: 'string', maxLength: rule.maxLength }, rule.nullable);
  }
}

/** The JSON Schema object of a version-1 learner profile. */
export function buildProfileJsonSchema(): JsonSchema {
  const sections: Record<string, JsonSchema> = {};
  for (const section of SECTION_NAMES) {
    sections[section] = { type: 'object', additionalProperties: false, properties: {} };
  }
  for (const path of SETTING_PATHS) {
    const [section, key] = splitPath(path);
    (sections[section]!['properties'] as Record<string, JsonSchema>)[key] = schemaOf(SETTING_RULES[path]);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: PROFILE_SCHEMA_ID,
    title: 'Attune learner profile',
    description:
      'One learner’s reading settings. Every setting is optional: a missing one takes the teacher’s or Attune’s default. ' +
      'This schema is what a writer must produce; Attune itself reads more leniently (validateProfile reports unknown fields ' +
      'and invalid values and uses defaults in their place).',
    type: 'object',
    required: ['version', 'id'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      version: { const: PROFILE_VERSION, description: 'Profile format version.' },
      id: { type: 'string', minLength: 1, maxLength: 200, description: 'Stable learner id (not their name).' },
      displayName: { type: 'string', maxLength: 100, description: 'Name shown when choosing a learner on a shared device.' },
      updatedAt: { type: 'string', format: 'date-time', description: 'Time of the last save.' },
      ...sections,
    },
  };
}
