import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * Text Trellis will not take from outside: NUL (PostgreSQL cannot store it: "invalid byte sequence"),
 * lone UTF-16 surrogates (not Unicode at all; class-validator's isEmail throws on them), and the other
 * C0 controls and DEL, which no form types. Tab, line feed and carriage return stay: messages and CSV
 * files are multi-line.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why this text cannot be taken, or null when it can. */
export function unsafeTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode (it contains a lone surrogate)';
  if (CONTROL.test(text)) return 'must not contain control characters';
  return null;
}

/**
 * A required human text (a name, a display name) must say something: whitespace alone is blank, and
 * a minimum length counts the trimmed text.
 * It also trims the value in place, so that what the service stores is what was checked; validation is
 * the one step every GraphQL input passes before a service sees it.
 */
export function IsNotBlank(minLength = 1, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: minLength > 1 ? `must have at least ${minLength} characters besides spaces` : 'must not be blank', ...options },
      validator: {
        validate(value: unknown, args) {
          if (typeof value !== 'string') return false;
          const trimmed = value.trim();
          const object = args?.object as Record<string, unknown> | undefined;
          // With { each: true } the value is one item of a list: checked, not trimmed in place.
          if (object && object[args!.property] === value) object[args!.property] = trimmed;
          return trimmed.length >= minLength;
        },
      },
    });
}
