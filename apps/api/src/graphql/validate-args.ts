import { getMetadataStorage, validateOrReject, ValidationError, ValidationTypes, ValidatorOptions } from 'class-validator';
import type { ValidationArguments } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** As type-graphql validates by default: absent optional fields are fine, plain args are not refused. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/*
 * class-validator answers every call by searching the whole application's metadata for the class, grouping
 * it, and building an error object per property even when nothing fails: about 0.25 ms for one
 * `@IsUUID() id`, a fifth of a small query's CPU (bench a: 695 -> 828 req/s without it). Each class's
 * rules are therefore gathered once into a plan, and a call first runs the plan: the same constraint
 * validators, with the same arguments, in the same cases (below). Only when the plan passes is the call
 * done; any failure, and anything the plan does not know how to judge (async or promise rules, kinds of
 * metadata it does not know), goes to class-validator itself, which then answers with its own errors. A
 * plan can only be wrong by passing what class-validator refuses; test/validate-args.test.ts holds the two
 * to the same verdict for every argument and input class of the schema.
 */

type Metadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
type Constraint = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidatorConstraints']>[number];

interface Rule {
  metadata: Metadata;
  constraints: Constraint[];
}

interface PropertyPlan {
  property: string;
  /** @IsOptional, @ValidateIf: the property is not validated unless every one holds. */
  conditions: Metadata[];
  /** @IsDefined: checked even when the value is missing. */
  defined: Rule[];
  rules: Rule[];
  nested: boolean;
}

/** A class's plan; `null` when it has no rules at all, `'unknown'` when only class-validator can judge it. */
type Plan = PropertyPlan[] | null | 'unknown';

const plans = new WeakMap<object, Plan>();

function planOf(type: object): Plan {
  let plan = plans.get(type);
  if (plan === undefined) {
    plan = buildPlan(type);
    plans.set(type, plan);
  }
  return plan;
}

function buildPlan(type: object): Plan {
  const storage = getMetadataStorage();
  // The very call class-validator makes for this class with OPTIONS: no schema, no groups, no `always`.
  const metadatas = storage.getTargetValidationMetadatas(type as new () => object, undefined as unknown as string, false, false, undefined);
  if (metadatas.length === 0) return null;
  const byProperty = new Map<string, PropertyPlan>();
  for (const metadata of metadatas) {
    let property = byProperty.get(metadata.propertyName);
    if (!property) {
      property = { property: metadata.propertyName, conditions: [], defined: [], rules: [], nested: false };
      byProperty.set(metadata.propertyName, property);
    }
    const rule = (): Rule | undefined => {
      const constraints = storage.getTargetValidatorConstraints(metadata.constraintCls);
      return constraints.some((c) => c.async) ? undefined : { metadata, constraints };
    };
    switch (metadata.type) {
      case ValidationTypes.CONDITIONAL_VALIDATION:
        property.conditions.push(metadata);
        break;
      case ValidationTypes.IS_DEFINED: {
        const r = rule();
        if (!r) return 'unknown';
        property.defined.push(r);
        break;
      }
      case ValidationTypes.CUSTOM_VALIDATION: {
        const r = rule();
        if (!r) return 'unknown';
        property.rules.push(r);
        break;
      }
      case ValidationTypes.NESTED_VALIDATION:
        property.nested = true;
        break;
      case ValidationTypes.WHITELIST:
        break; // only read when whitelisting, which OPTIONS does not ask for
      default:
        return 'unknown';
    }
  }
  return [...byProperty.values()];
}

function isCollection(value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> {
  return Array.isArray(value) || value instanceof Set || value instanceof Map;
}

function elements(value: unknown[] | Set<unknown> | Map<unknown, unknown>): unknown[] {
  return value instanceof Map ? [...value.values()] : [...value];
}

/** One rule, as class-validator's customValidations runs it; anything but a plain true-ish answer fails. */
function holds(rule: Rule, object: object, value: unknown): boolean {
  const { metadata } = rule;
  if (metadata.validateIf && !metadata.validateIf(object, value)) return true;
  for (const constraint of rule.constraints) {
    const args: ValidationArguments = {
      targetName: object.constructor ? object.constructor.name : (undefined as unknown as string),
      property: metadata.propertyName,
      object,
      value,
      constraints: metadata.constraints,
    };
    const validate = (v: unknown): boolean => {
      const answer: unknown = constraint.instance.validate(v, args);
      return typeof (answer as Promise<unknown> | null)?.then !== 'function' && Boolean(answer);
    };
    if (metadata.each && isCollection(value) ? !elements(value).every(validate) : !validate(value)) return false;
  }
  return true;
}

/** A @ValidateNested value: objects by their own class's plan, collections element by element. */
function nestedPasses(value: unknown): boolean {
  if (value === undefined || value === null) return true; // skipMissingProperties
  if (isCollection(value)) return elements(value).every(nestedPasses);
  return value instanceof Object && passes(value);
}

/** Whether class-validator, called with OPTIONS, would find nothing wrong with this object. */
function passes(object: object): boolean {
  const plan = planOf(object.constructor);
  if (plan === null) return true;
  if (plan === 'unknown') return false;
  const target = object as Record<string, unknown>;
  for (const property of plan) {
    const value = target[property.property];
    if (value instanceof Promise) return false;
    if (!property.conditions.every((c) => (c.constraints[0] as (o: object, v: unknown) => boolean)(object, value))) continue;
    if (!property.defined.every((rule) => holds(rule, object, value))) return false;
    if (value === null || value === undefined) continue; // skipMissingProperties
    if (!property.rules.every((rule) => holds(rule, object, value))) return false;
    if (property.nested && !(isCollection(value) ? elements(value).every(nestedPasses) : value instanceof Object && passes(value))) return false;
  }
  return true;
}

/** A rule that throws is class-validator's to judge (and to report), never the plan's. */
function passesSafely(object: object): boolean {
  try {
    return passes(object);
  } catch {
    return false;
  }
}

/**
 * type-graphql's argument validation: class-validator imported once (type-graphql's own path requires the
 * module on every call), and called only when the class's plan does not pass.
 */
export async function validateArgs(value: unknown): Promise<void> {
  const items = Array.isArray(value) ? value : [value];
  const doubtful = items.filter((item): item is object => item !== null && typeof item === 'object' && !passesSafely(item));
  if (doubtful.length === 0) return;
  try {
    await Promise.all(doubtful.map((item) => validateOrReject(item, OPTIONS)));
  } catch (err) {
    throw new ArgumentValidationError(err as ValidationError[]);
  }
}

/** For the tests: class-validator's verdict and the plan's, side by side. */
export const forTests = {
  passes,
  async classValidatorPasses(object: object): Promise<boolean> {
    return validateOrReject(object, OPTIONS).then(() => true, () => false);
  },
};
