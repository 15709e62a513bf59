import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, BRAND_ROLES, CHANNEL_WRITERS, PARTNER_ROLES } from '../../access/role';
import { User } from '../../access/user.entity';
import { ConnectionType, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { ByIdArgs } from '../partners/partner.inputs';
import { Partner } from '../partners/partner.entity';
import { Announcement, ReadReceipt, ReadSummary } from './announcement.types';
import { AnnouncementsArgs, CreateAnnouncementInput, MarkAnnouncementReadInput, PublishAnnouncementInput, ReadReceiptsArgs, UpdateAnnouncementInput } from './announcement.inputs';

const AnnouncementConnection = ConnectionType(Announcement, 'Announcement');
const ReadReceiptConnection = ConnectionType(ReadReceipt, 'ReadReceipt');
const CreateAnnouncementPayload = payloadType('CreateAnnouncementPayload', 'announcement', Announcement);
const UpdateAnnouncementPayload = payloadType('UpdateAnnouncementPayload', 'announcement', Announcement);
const PublishAnnouncementPayload = payloadType('PublishAnnouncementPayload', 'announcement', Announcement);
const MarkAnnouncementReadPayload = payloadType('MarkAnnouncementReadPayload', 'announcement', Announcement);

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Query(() => AnnouncementConnection, { description: "Announcements, latest first: brand staff all of them (drafts too), partner users the published ones of their partner's audience." })
  @Authorized(...ALL_ROLES)
  announcements(@Args() { filter, first, after }: AnnouncementsArgs, @Ctx() { scope, services }: Context): Promise<Connection<Announcement>> {
    return services.announcements.list(scope, filter, first, after);
  }

  @Query(() => Announcement, { description: 'One announcement: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  announcement(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<Announcement> {
    return services.announcements.get(scope, id);
  }

  @Mutation(() => CreateAnnouncementPayload, { description: 'Creates an announcement as a draft: nothing reaches partners until it is published.' })
  @Authorized(...CHANNEL_WRITERS)
  async createAnnouncement(@Arg('input') input: CreateAnnouncementInput, @Ctx() { scope, services }: Context) {
    return { announcement: await services.announcements.create(scope, input) };
  }

  @Mutation(() => UpdateAnnouncementPayload, { description: 'Changes a draft; a published announcement cannot change (CONFLICT).' })
  @Authorized(...CHANNEL_WRITERS)
  async updateAnnouncement(@Arg('input') input: UpdateAnnouncementInput, @Ctx() { scope, services }: Context) {
    return { announcement: await services.announcements.update(scope, input) };
  }

  @Mutation(() => PublishAnnouncementPayload, { description: 'Publishes a draft and notifies the managers of every partner in its audience; again: changes nothing.' })
  @Authorized(...CHANNEL_WRITERS)
  async publishAnnouncement(@Arg('input') input: PublishAnnouncementInput, @Ctx() { scope, services }: Context) {
    return { announcement: await services.announcements.publish(scope, input.announcementId) };
  }

  @Mutation(() => MarkAnnouncementReadPayload, { description: 'The viewer has read it: a read receipt, once.' })
  @Authorized(...PARTNER_ROLES)
  async markAnnouncementRead(@Arg('input') input: MarkAnnouncementReadInput, @Ctx() { scope, services }: Context) {
    return { announcement: await services.announcements.markRead(scope, input.announcementId) };
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the viewer read it; null: not yet (and always for brand staff).' })
  async readAt(@Root() announcement: Announcement, @Ctx() { scope, loaders }: Context): Promise<Date | null> {
    if (!scope.user.partnerId || announcement.status !== 'PUBLISHED') return null;
    return (await loaders.ownReadingByAnnouncementId.load(announcement.id))?.readAt ?? null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who published it (brand staff only).' })
  @Authorized(...BRAND_ROLES)
  publishedBy(@Root() announcement: Announcement, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return announcement.publishedById ? loaders.userById.load(announcement.publishedById) : null;
  }

  @FieldResolver(() => ReadSummary, { description: 'How far it reached its audience (brand staff only).' })
  @Authorized(...BRAND_ROLES)
  async readSummary(@Root() announcement: Announcement, @Ctx() { loaders }: Context): Promise<ReadSummary> {
    return (await loaders.readSummaryByAnnouncementId.load(announcement.id))!;
  }

  @FieldResolver(() => ReadReceiptConnection, { description: 'The users of the partners in its audience by partner, read or not (brand staff only).' })
  @Authorized(...BRAND_ROLES)
  readReceipts(@Root() announcement: Announcement, @Args() { read, first, after }: ReadReceiptsArgs, @Ctx() { scope, services }: Context): Promise<Connection<ReadReceipt>> {
    return services.announcements.receipts(scope, announcement.id, read, first, after);
  }
}

@Resolver(() => ReadReceipt)
export class ReadReceiptResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() receipt: ReadReceipt, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(receipt.partnerId);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() receipt: ReadReceipt, @Ctx() { loaders }: Context): Promise<User | null> {
    return loaders.userById.load(receipt.userId);
  }
}
