import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  CHANNEL_MANAGER = 'CHANNEL_MANAGER',
  ANALYST = 'ANALYST',
  PARTNER_MANAGER = 'PARTNER_MANAGER',
  PARTNER_EMPLOYEE = 'PARTNER_EMPLOYEE',
}
registerEnumType(Role, { name: 'Role' });

/** Brand-owner staff: they see every partner. */
export const BRAND_ROLES: readonly Role[] = [Role.ADMIN, Role.CHANNEL_MANAGER, Role.ANALYST];
export const PARTNER_ROLES: readonly Role[] = [Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE];
/** Roles that change the channel's data; analysts only read. */
export const CHANNEL_WRITERS: readonly Role[] = [Role.ADMIN, Role.CHANNEL_MANAGER];
export const ALL_ROLES: readonly Role[] = Object.values(Role);

export const isBrandRole = (role: Role): boolean => BRAND_ROLES.includes(role);
