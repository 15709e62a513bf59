import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Audience } from './audience';

export enum AnnouncementKind {
  NEWS = 'NEWS',
  CAMPAIGN = 'CAMPAIGN',
}
registerEnumType(AnnouncementKind, { name: 'AnnouncementKind' });

export enum AnnouncementStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(AnnouncementStatus, { name: 'AnnouncementStatus' });

@ObjectType({ description: 'News or a campaign the brand publishes to the partners of its audience; a draft (brand staff only) until published, then it never changes.' })
export class Announcement {
  @Field(() => ID)
  id: string;

  publishedById: string | null;

  @Field(() => AnnouncementKind)
  kind: AnnouncementKind;

  @Field()
  title: string;

  @Field({ description: 'Plain text with line breaks.' })
  body: string;

  @Field(() => Audience)
  audience: Audience;

  @Field(() => AnnouncementStatus)
  status: AnnouncementStatus;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  sortAt: string;
}

@ObjectType({ description: "How far an announcement reached its audience, counted over the partners in its audience now (onboarding or active) and their active users." })
export class ReadSummary {
  announcementId: string;

  @Field(() => Int)
  partners: number;

  @Field(() => Int, { description: 'Partners at least one of whose users read it.' })
  partnersRead: number;

  @Field(() => Int)
  users: number;

  @Field(() => Int)
  usersRead: number;
}

@ObjectType({ description: 'A user of a partner in the audience, and when it read the announcement (null: not yet).' })
export class ReadReceipt {
  partnerId: string;
  userId: string;
  partnerName: string;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

/** The viewer's reading of an announcement. */
export interface OwnReading {
  announcementId: string;
  readAt: Date | null;
}
