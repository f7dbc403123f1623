import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { packageRoot } from '../package-root.ts';

const schemaDir = join(packageRoot, 'schemas');

/** A problem in the data (not a bug): kebab-case type, readable message, where it is. */
export interface SchemaIssue {
  type: 'schema-violation';
  /** JSON Pointer into the validated value. */
  field: string;
  message: string;
}

/** Maps ajv's errors to our issues (the one place that knows ajv's error shape). */
export function toSchemaIssues(errors: readonly ErrorObject[] | null | undefined): SchemaIssue[] {
  return (errors ?? []).map((error) => ({
    type: 'schema-violation',
    field: error.instancePath === '' ? '/' : error.instancePath,
    message: `${error.instancePath || 'record'} ${error.message ?? 'is invalid'}`,
  }));
}

let ajv: Ajv2020 | undefined;

/** Strict ajv with every schema in `schemas/` loaded once per process. */
function schemaRegistry(): Ajv2020 {
  if (ajv === undefined) {
    ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
      ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')), file);
    }
  }
  return ajv;
}

/** The compiled validator of `schemas/<file>`, or of a part of it (`policy-record.schema.json#/$defs/BudgetLine`). */
export function schemaValidator(schemaRef: string): ValidateFunction {
  const validate = schemaRegistry().getSchema(schemaRef);
  if (validate === undefined) throw new Error(`Unknown schema: ${schemaRef}`);
  return validate;
}

/** Validates a value against a schema (file or part, as for `schemaValidator`); returns the issues (empty when valid). */
export function validateAgainst(schemaRef: string, value: unknown): SchemaIssue[] {
  const validate = schemaValidator(schemaRef);
  return validate(value) ? [] : toSchemaIssues(validate.errors);
}
