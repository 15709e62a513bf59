import { AuthChecker, Authorized } from 'type-graphql';
import type { Context } from './request-context';
import { Role } from './role';
import { Unauthenticated } from '../domain/errors';

/**
 * Marks an operation as reachable without signing in. Recorded so that the access test can tell an
 * operation that chose to be public from one that forgot to declare its access.
 */
export const publicOperations = new Set<string>();

export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicOperations.add(`${(target as { constructor: { name: string } }).constructor.name}.${String(propertyKey)}`);
  };
}

/** The one auth checker: a signed-in viewer whose role is among those the operation declares. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  // Anonymous: UNAUTHENTICATED (sign in), not FORBIDDEN (your role may not).
  if (!viewer) throw new Unauthenticated();
  return roles.length === 0 || roles.includes(viewer.role);
};

export { Authorized };
