import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, CHANNEL_WRITERS, PARTNER_ROLES } from '../../access/role';
import { ConnectionType, type Connection } from '../../domain/connection';
import { Money, money } from '../../domain/money';
import { payloadType } from '../../domain/payload';
import { User } from '../../access/user.entity';
import { Partner } from '../partners/partner.entity';
import { ByIdArgs } from '../partners/partner.inputs';
import { Product } from '../catalog/product.entity';
import { Lead } from './lead.entity';
import {
  ConflictKind, DealRegistration, DealRegistrationInput, DealRegistrationsArgs, RegisterDealInput, RegistrationConflict, RegistrationItem,
  RejectDealRegistrationInput,
} from './deal-registration.types';

const DealRegistrationConnection = ConnectionType(DealRegistration, 'DealRegistration');
const RegisterDealPayload = payloadType('RegisterDealPayload', 'registration', DealRegistration);
const ApproveDealRegistrationPayload = payloadType('ApproveDealRegistrationPayload', 'registration', DealRegistration);
const RejectDealRegistrationPayload = payloadType('RejectDealRegistrationPayload', 'registration', DealRegistration);

interface RegistrationPayload {
  registration: DealRegistration;
}

@Resolver(() => DealRegistration)
export class DealRegistrationResolver {
  @Query(() => DealRegistrationConnection, { description: "Deal registrations, newest first: a partner's own; all for brand staff." })
  @Authorized(...ALL_ROLES)
  dealRegistrations(@Args() { statuses, first, after }: DealRegistrationsArgs, @Ctx() { scope, services }: Context): Promise<Connection<DealRegistration>> {
    return services.registrations.list(scope, statuses, first, after);
  }

  @Query(() => DealRegistration, { description: 'NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  dealRegistration(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<DealRegistration> {
    return services.registrations.get(scope, id);
  }

  @Mutation(() => RegisterDealPayload, { description: "A partner's staff registers an opportunity (PENDING until brand staff decide)." })
  @Authorized(...PARTNER_ROLES)
  async registerDeal(@Arg('input') input: RegisterDealInput, @Ctx() { scope, services }: Context): Promise<RegistrationPayload> {
    return { registration: await services.registrations.register(scope, input) };
  }

  @Mutation(() => ApproveDealRegistrationPayload, { description: 'Approves a PENDING registration; CONFLICT while another partner holds the customer.' })
  @Authorized(...CHANNEL_WRITERS)
  async approveDealRegistration(@Arg('input') input: DealRegistrationInput, @Ctx() { scope, services }: Context): Promise<RegistrationPayload> {
    return { registration: await services.registrations.approve(scope, input.registrationId) };
  }

  @Mutation(() => RejectDealRegistrationPayload, { description: 'Rejects a PENDING registration with a reason the partner sees.' })
  @Authorized(...CHANNEL_WRITERS)
  async rejectDealRegistration(@Arg('input') input: RejectDealRegistrationInput, @Ctx() { scope, services }: Context): Promise<RegistrationPayload> {
    return { registration: await services.registrations.reject(scope, input.registrationId, input.reason) };
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() r: DealRegistration, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(r.partnerId);
  }

  @FieldResolver(() => Money)
  expectedValue(@Root() r: DealRegistration): Money {
    return money(r.expectedValueMinor, r.currency);
  }

  @FieldResolver(() => [RegistrationItem])
  items(@Root() r: DealRegistration, @Ctx() { loaders }: Context): Promise<RegistrationItem[]> {
    return loaders.itemsByRegistrationId.load(r.id);
  }

  @FieldResolver(() => [RegistrationConflict], { description: "Other partners' registrations and open leads for the same customer; brand staff only (empty for partners)." })
  conflicts(@Root() r: DealRegistration, @Ctx() { loaders }: Context): Promise<RegistrationConflict[]> {
    return loaders.conflictsByRegistrationId.load(r.id);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() r: DealRegistration, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return r.createdById ? loaders.userById.load(r.createdById) : null;
  }
}

@Resolver(() => RegistrationItem)
export class RegistrationItemResolver {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() item: RegistrationItem, @Ctx() { loaders }: Context): Promise<Product | null> {
    return loaders.productById.load(item.productId);
  }
}

@Resolver(() => RegistrationConflict)
export class RegistrationConflictResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() c: RegistrationConflict, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(c.partnerId);
  }

  @FieldResolver(() => DealRegistration, { nullable: true, description: 'Set when kind is REGISTRATION.' })
  registration(@Root() c: RegistrationConflict, @Ctx() { loaders }: Context): Promise<DealRegistration | null> | null {
    return c.kind === ConflictKind.REGISTRATION ? loaders.registrationById.load(c.otherId) : null;
  }

  @FieldResolver(() => Lead, { nullable: true, description: 'Set when kind is LEAD.' })
  lead(@Root() c: RegistrationConflict, @Ctx() { loaders }: Context): Promise<Lead | null> | null {
    return c.kind === ConflictKind.LEAD ? loaders.leadById.load(c.otherId) : null;
  }
}
