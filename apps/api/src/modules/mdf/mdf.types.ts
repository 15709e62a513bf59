import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, money } from '../../domain/money';

export enum MdfActivityType {
  EVENT = 'EVENT',
  DIGITAL_CAMPAIGN = 'DIGITAL_CAMPAIGN',
  PRINT = 'PRINT',
  TRADE_SHOW = 'TRADE_SHOW',
  TRAINING = 'TRAINING',
}
registerEnumType(MdfActivityType, { name: 'MdfActivityType' });

export enum MdfRequestStatus {
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}
registerEnumType(MdfRequestStatus, { name: 'MdfRequestStatus' });

export enum MdfClaimStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}
registerEnumType(MdfClaimStatus, { name: 'MdfClaimStatus' });

export enum MdfPaymentMethod {
  CREDIT_NOTE = 'CREDIT_NOTE',
  TRANSFER = 'TRANSFER',
}
registerEnumType(MdfPaymentMethod, { name: 'MdfPaymentMethod' });

export enum MdfLedgerKind {
  ALLOCATE = 'ALLOCATE',
  RESERVE = 'RESERVE',
  RELEASE = 'RELEASE',
  CLAIM = 'CLAIM',
  PAY = 'PAY',
  EXPIRE = 'EXPIRE',
}
registerEnumType(MdfLedgerKind, {
  name: 'MdfLedgerKind',
  description: 'A movement of MDF money. Balances are sums of lines: allocation = ALLOCATE - EXPIRE, approved = RESERVE - RELEASE, claimed = CLAIM, paid = PAY.',
});

/** Minor units as bigint columns arrive (strings), shown as Money in the fund's currency. */
const shown = (minor: string | number, currency: string): Money => money(minor, currency);

@ObjectType({ description: 'A marketing development fund: a budget for partners\' marketing in one fiscal period and currency.' })
export class MdfFund {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  purpose: string;

  @Field({ description: 'ISO 4217 code of every amount of the fund.' })
  currency: string;

  @Field({ description: 'First day of the fiscal period, YYYY-MM-DD.' })
  periodStart: string;

  @Field({ description: 'Last day of the fiscal period, YYYY-MM-DD.' })
  periodEnd: string;

  @Field({ description: 'Last day on which claims are taken, YYYY-MM-DD; after it, what was not claimed returns to the fund.' })
  claimDeadline: string;

  totalBudgetMinor: string;
  allocatedMinor: string;
  eligibleTierIds: string[];

  @Field(() => [MdfActivityType], { description: 'The activities the fund pays for.' })
  activityTypes: MdfActivityType[];

  @Field(() => Date, { nullable: true, description: 'When the unclaimed money returned to the fund (the deadline passed).' })
  expiredAt: Date | null;

  @Field()
  createdAt: Date;

  cursorAt: string;

  @Field(() => Money)
  get totalBudget(): Money {
    return shown(this.totalBudgetMinor, this.currency);
  }

  @Field(() => Money, { description: 'What is allocated to partners.' })
  get allocated(): Money {
    return shown(this.allocatedMinor, this.currency);
  }

  @Field(() => Money, { description: 'The budget not yet allocated.' })
  get unallocated(): Money {
    return shown(Number(this.totalBudgetMinor) - Number(this.allocatedMinor), this.currency);
  }
}

@ObjectType({ description: "A partner's share of a fund, and where that money stands." })
export class MdfAllocation {
  @Field(() => ID)
  id: string;

  fundId: string;
  partnerId: string;
  currency: string;
  amountMinor: string;
  approvedMinor: string;
  claimedMinor: string;
  paidMinor: string;
  expiredMinor: string;

  @Field(() => Money, { description: 'Allocated to the partner (what expired no longer counts).' })
  get amount(): Money {
    return shown(this.amountMinor, this.currency);
  }

  @Field(() => Money, { description: 'Reserved by approved requests.' })
  get approved(): Money {
    return shown(this.approvedMinor, this.currency);
  }

  @Field(() => Money, { description: 'Accepted in approved claims.' })
  get claimed(): Money {
    return shown(this.claimedMinor, this.currency);
  }

  @Field(() => Money)
  get paid(): Money {
    return shown(this.paidMinor, this.currency);
  }

  @Field(() => Money, { description: 'Returned to the fund at the claim deadline.' })
  get expired(): Money {
    return shown(this.expiredMinor, this.currency);
  }

  @Field(() => Money, { description: 'What requests can still be approved for: allocated minus approved.' })
  get available(): Money {
    return shown(Number(this.amountMinor) - Number(this.approvedMinor), this.currency);
  }
}

@ObjectType({ description: "A partner's request for money for a planned activity (pre-approval)." })
export class MdfRequest {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The number the partner is given, e.g. MDF-2026-000123.' })
  number: string;

  fundId: string;
  allocationId: string;
  partnerId: string;
  submittedById: string | null;
  currency: string;

  @Field(() => MdfActivityType)
  activityType: MdfActivityType;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  endsOn: string;

  plannedCostMinor: string;
  requestedMinor: string;
  approvedMinor: string;
  claimedMinor: string;
  expectedRevenueMinor: string;

  @Field(() => Int)
  expectedLeads: number;

  @Field(() => MdfRequestStatus)
  status: MdfRequestStatus;

  @Field(() => String, { nullable: true, description: 'Why it was rejected, or what should change.' })
  decisionReason: string | null;

  @Field()
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  cursorAt: string;

  @Field(() => Money)
  get plannedCost(): Money {
    return shown(this.plannedCostMinor, this.currency);
  }

  @Field(() => Money, { description: 'What the partner asks the fund for (at most the planned cost).' })
  get requested(): Money {
    return shown(this.requestedMinor, this.currency);
  }

  @Field(() => Money, { description: 'Reserved for the activity (what was approved, less what was released).' })
  get approved(): Money {
    return shown(this.approvedMinor, this.currency);
  }

  @Field(() => Money, { description: 'Accepted in approved claims.' })
  get claimed(): Money {
    return shown(this.claimedMinor, this.currency);
  }

  @Field(() => Money)
  get expectedRevenue(): Money {
    return shown(this.expectedRevenueMinor, this.currency);
  }
}

@ObjectType({ description: 'A claim of actual cost against an approved request, with proof of performance.' })
export class MdfClaim {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. MDC-2026-000123' })
  number: string;

  requestId: string;
  partnerId: string;
  currency: string;
  amountMinor: string;
  approvedMinor: string | null;

  @Field(() => MdfClaimStatus)
  status: MdfClaimStatus;

  @Field()
  note: string;

  @Field(() => String, { nullable: true })
  decisionReason: string | null;

  @Field(() => MdfPaymentMethod, { nullable: true })
  paymentMethod: MdfPaymentMethod | null;

  @Field(() => String, { nullable: true, description: 'The credit note number or the transfer reference.' })
  paymentReference: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => Date, { nullable: true })
  paidAt: Date | null;

  cursorAt: string;

  @Field(() => Money, { description: 'The actual cost claimed.' })
  get amount(): Money {
    return shown(this.amountMinor, this.currency);
  }

  @Field(() => Money, { nullable: true, description: 'What was accepted (at most the amount claimed).' })
  get approved(): Money | null {
    return this.approvedMinor === null ? null : shown(this.approvedMinor, this.currency);
  }
}

@ObjectType({ description: "A file of a claim's proof of performance (an invoice, a photo, a report)." })
export class MdfClaimFile {
  @Field(() => ID)
  id: string;

  claimId: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  byteSize: number;

  @Field()
  addedAt: Date;

  @Field({ description: 'Where the file downloads, for those who may see the claim.' })
  get url(): string {
    return `/mdf-claim-files/${this.id}`;
  }
}

@ObjectType({ description: 'One movement of MDF money; the ledger is append-only.' })
export class MdfLedgerLine {
  @Field(() => ID)
  id: string;

  fundId: string;
  partnerId: string;
  currency: string;
  amountMinor: string;
  actorId: string | null;

  @Field(() => ID, { nullable: true })
  requestId: string | null;

  @Field(() => ID, { nullable: true })
  claimId: string | null;

  @Field(() => MdfLedgerKind)
  kind: MdfLedgerKind;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  at: Date;

  @Field(() => Money, { description: 'Positive, except an ALLOCATE that lowers an allocation.' })
  get amount(): Money {
    return shown(this.amountMinor, this.currency);
  }
}

@ObjectType({ description: "What an MDF activity brought: the leads credited to it and their converted revenue, against what was claimed." })
export class MdfAttribution {
  /** The request, allocation or fund the figures are of. */
  key: string;
  currency: string;
  claimedMinor: number;
  revenueMinor: number;

  @Field(() => Int, { description: 'Leads credited to the activity (or to the activities of the allocation or fund).' })
  leads: number;

  @Field(() => Int, { description: 'Of those, the leads converted.' })
  convertedLeads: number;

  @Field(() => Money, { description: "Converted value of those leads in the fund's currency (leads converted in another currency are not counted)." })
  get convertedRevenue(): Money {
    return shown(this.revenueMinor, this.currency);
  }

  @Field(() => Number, { nullable: true, description: 'Converted revenue per unit of money claimed (e.g. 12.5); null while nothing is claimed.' })
  get returnOnInvestment(): number | null {
    return this.claimedMinor > 0 ? Math.round((this.revenueMinor / this.claimedMinor) * 100) / 100 : null;
  }
}

@ObjectType({ description: "A partner's share of an amount split by a rule, and what it was weighed by." })
export class MdfShare {
  partnerId: string;
  currency: string;
  shareMinor: number;

  @Field({ description: 'What the share was weighed by: "equal", the tier and its weight, or the revenue.' })
  basis: string;

  @Field(() => Money)
  get amount(): Money {
    return shown(this.shareMinor, this.currency);
  }
}
