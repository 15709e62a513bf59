import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerKind } from '../partners/partner.entity';

export enum PartnerApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(PartnerApplicationStatus, { name: 'PartnerApplicationStatus' });

/** The languages the applicant is answered in: those of the public form. */
export enum ApplicationLanguage {
  EN = 'en',
  PL = 'pl',
}
registerEnumType(ApplicationLanguage, { name: 'ApplicationLanguage', description: 'The language the form was sent in; the decision mail is written in it.' });

export enum PartnerDuplicateReason {
  TAX_ID = 'TAX_ID',
  NAME = 'NAME',
  DOMAIN = 'DOMAIN',
}
registerEnumType(PartnerDuplicateReason, {
  name: 'PartnerDuplicateReason',
  description: 'TAX_ID: the same tax id; NAME: the same company name without legal form and punctuation; DOMAIN: the same website or (non-free) mail domain.',
});

@ObjectType({ description: 'A company\'s "Become a partner" application from the public showroom, and the channel\'s decision.' })
export class PartnerApplication {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The reference the applicant was given, e.g. PA-2026-000012.' })
  number: string;

  @Field()
  companyName: string;

  @Field(() => PartnerKind)
  kind: PartnerKind;

  @Field({ description: 'Two-letter ISO country code.' })
  country: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field({ description: 'The tax id normalised: capital letters and digits only.' })
  taxId: string;

  @Field({ description: 'The tax id as the applicant wrote it.' })
  taxIdGiven: string;

  @Field({ description: 'Where the applicant wants to sell, in its own words.' })
  territory: string;

  @Field()
  contactName: string;

  @Field()
  contactEmail: string;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field()
  references: string;

  @Field()
  message: string;

  @Field()
  consentText: string;

  @Field()
  consentGivenAt: Date;

  @Field(() => ApplicationLanguage)
  language: ApplicationLanguage;

  @Field(() => PartnerApplicationStatus)
  status: PartnerApplicationStatus;

  @Field(() => String, { nullable: true, description: 'Why it was rejected (sent to the applicant).' })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field()
  createdAt: Date;

  decidedById: string | null;
  partnerId: string | null;
  /** The keyset position (created_at in microseconds, UTC). */
  cursorAt?: string;
}

@ObjectType({ description: 'An existing partner the application may duplicate, and why.' })
export class PartnerDuplicate {
  applicationId: string;
  partnerId: string;

  @Field(() => [PartnerDuplicateReason])
  reasons: PartnerDuplicateReason[];
}

@ObjectType()
export class ApplyForPartnershipPayload {
  @Field({ description: 'The reference to quote when asking about the application, e.g. PA-2026-000012.' })
  reference: string;

  @Field(() => PartnerApplicationStatus)
  status: PartnerApplicationStatus;
}
