import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Audience } from './audience';

export enum SalesPolicyKind {
  PRICE_LIST = 'PRICE_LIST',
  DISCOUNTS = 'DISCOUNTS',
  RULES_OF_ENGAGEMENT = 'RULES_OF_ENGAGEMENT',
  CONFLICT_RULES = 'CONFLICT_RULES',
  PAYMENT_TERMS = 'PAYMENT_TERMS',
  PARTNER_AGREEMENT = 'PARTNER_AGREEMENT',
  OTHER = 'OTHER',
}
registerEnumType(SalesPolicyKind, { name: 'SalesPolicyKind', description: 'What a sales policy governs; PARTNER_AGREEMENT is the agreement a partner accepts when it joins.' });

export enum PolicyVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(PolicyVersionStatus, { name: 'PolicyVersionStatus' });

@ObjectType({ description: "A sales policy the brand publishes to its channel: a series of versions, each effective from a day, the same text for every partner of its audience." })
export class SalesPolicy {
  @Field(() => ID)
  id: string;

  @Field(() => SalesPolicyKind)
  kind: SalesPolicyKind;

  @Field()
  title: string;

  @Field(() => Audience)
  audience: Audience;

  @Field(() => Date, { nullable: true, description: 'When its first version was published; null while it has only a draft.' })
  firstPublishedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  titleKey: string;
}

@ObjectType({ description: 'One version of a sales policy: a draft (brand staff only) or published, after which it never changes.' })
export class SalesPolicyVersion {
  @Field(() => ID)
  id: string;

  policyId: string;
  publishedById: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => PolicyVersionStatus)
  status: PolicyVersionStatus;

  @Field({ description: 'The policy text (plain text with line breaks).' })
  body: string;

  @Field({ description: 'What changed from the version before.' })
  changeNote: string;

  @Field({ description: 'YYYY-MM-DD: the day from which it applies.' })
  effectiveOn: string;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: "How far a version's audience has acknowledged it, counted over the partners in its audience now (onboarding or active)." })
export class AcknowledgmentSummary {
  @Field(() => Int, { description: 'Partners in the audience.' })
  partners: number;

  @Field(() => Int, { description: 'Of them, those at least one of whose managers acknowledged the version.' })
  partnersAcknowledged: number;

  @Field(() => Int, { description: 'Active partner managers of those partners.' })
  managers: number;

  @Field(() => Int, { description: 'Of them, those who acknowledged it.' })
  managersAcknowledged: number;

  versionId: string;
}

@ObjectType({ description: "A partner of a version's audience and its acknowledgment: by whom and when its first manager acknowledged, or not yet." })
export class PartnerAcknowledgment {
  partnerId: string;
  acknowledgedById: string | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Int, { description: 'Its active partner managers, who may acknowledge.' })
  managers: number;

  @Field(() => Int, { description: 'How many of them acknowledged.' })
  managersAcknowledged: number;

  partnerName: string;
}

@ObjectType({ description: "The viewer's partner's acknowledgment of a version." })
export class OwnAcknowledgment {
  versionId: string;
  acknowledgedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When the viewer acknowledged it; null if not (yet).' })
  mine: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a manager of the viewer\'s partner first acknowledged it.' })
  partner: Date | null;
}
