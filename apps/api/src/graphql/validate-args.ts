import { getMetadataStorage, validateOrReject, ValidationError, ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** As type-graphql validates by default: absent optional fields are fine, plain args are not refused. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** Whether a class declares any validation rule (its own or inherited); asked once per class. */
const hasRules = new WeakMap<object, boolean>();

function declaresRules(type: object): boolean {
  let known = hasRules.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type as new () => object, '', true, false).length > 0;
    hasRules.set(type, known);
  }
  return known;
}

/**
 * type-graphql's argument validation, done with class-validator imported once (type-graphql's own path
 * requires the module on every call) and skipped for classes without a single rule.
 */
export async function validateArgs(value: unknown): Promise<void> {
  const items = Array.isArray(value) ? value : [value];
  const checked = items.filter((item): item is object => item !== null && typeof item === 'object' && declaresRules(item.constructor));
  if (checked.length === 0) return;
  try {
    await Promise.all(checked.map((item) => validateOrReject(item, OPTIONS)));
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}
