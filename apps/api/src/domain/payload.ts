import { ClassType, Field, ObjectType } from 'type-graphql';

/**
 * A mutation payload with one field, e.g. payloadType('ActivatePartnerPayload', 'partner', Partner):
 * each mutation answers its own named payload type (verbNoun -> VerbNounPayload) without a class each.
 */
export function payloadType<T extends object>(name: string, field: string, type: ClassType<T>, options: { nullable?: boolean; description?: string } = {}): ClassType {
  const Payload = class {};
  Object.defineProperty(Payload, 'name', { value: name });
  Field(() => type, options)(Payload.prototype, field);
  ObjectType(name)(Payload);
  return Payload;
}
