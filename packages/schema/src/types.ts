export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  user: User;
};

export type AcceptLeadPayload = {
  __typename?: 'AcceptLeadPayload';
  lead: Lead;
};

export type AcknowledgeChannelSignalInput = {
  id: Scalars['ID']['input'];
  /** What was done or decided (1-2000 characters). */
  note: Scalars['String']['input'];
};

export type AcknowledgeChannelSignalPayload = {
  __typename?: 'AcknowledgeChannelSignalPayload';
  signal: ChannelSignal;
};

export type AcknowledgeSalesPolicyInput = {
  versionId: Scalars['ID']['input'];
};

export type AcknowledgeSalesPolicyPayload = {
  __typename?: 'AcknowledgeSalesPolicyPayload';
  version: SalesPolicyVersion;
};

/** How far a version's audience has acknowledged it, counted over the partners in its audience now (onboarding or active). */
export type AcknowledgmentSummary = {
  __typename?: 'AcknowledgmentSummary';
  /** Active partner managers of those partners. */
  managers: Scalars['Int']['output'];
  /** Of them, those who acknowledged it. */
  managersAcknowledged: Scalars['Int']['output'];
  /** Partners in the audience. */
  partners: Scalars['Int']['output'];
  /** Of them, those at least one of whose managers acknowledged the version. */
  partnersAcknowledged: Scalars['Int']['output'];
};

export type ActivatePartnerPayload = {
  __typename?: 'ActivatePartnerPayload';
  partner: Partner;
};

export type AddInteractionTaskInput = {
  /** A brand user; none: the task is nobody's yet. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['input'];
  interactionId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type AddInteractionTaskPayload = {
  __typename?: 'AddInteractionTaskPayload';
  task: InteractionTask;
};

export type AddMdfClaimFileInput = {
  claimId: Scalars['ID']['input'];
  /** The bytes, base64: a PNG, JPEG or WebP picture, a PDF or plain text, at most 5 MB. */
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};

export type AddMdfClaimFilePayload = {
  __typename?: 'AddMdfClaimFilePayload';
  file: MdfClaimFile;
};

/** Either an outside https URL, or an uploaded file as base64 (PNG, JPEG or WebP, at most 2 MB). */
export type AddProductImageInput = {
  base64?: InputMaybe<Scalars['String']['input']>;
  contentType?: InputMaybe<Scalars['String']['input']>;
  productId: Scalars['ID']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AddProductImagePayload = {
  __typename?: 'AddProductImagePayload';
  image: ProductImage;
};

export type AddServiceCaseAttachmentInput = {
  caseId: Scalars['ID']['input'];
  /** The file as base64: a PNG, JPEG or WebP picture, a PDF document or plain UTF-8 text (read from the bytes), at most 5 MB. */
  contentBase64: Scalars['String']['input'];
  /** The file name the viewer sees, 1 to 200 characters. */
  fileName: Scalars['String']['input'];
};

export type AddServiceCaseAttachmentPayload = {
  __typename?: 'AddServiceCaseAttachmentPayload';
  attachment: ServiceCaseAttachment;
};

/** Shares an amount of the fund's unallocated budget among its eligible active partners by a rule, on top of what they have. */
export type AllocateMdfByRuleInput = {
  /** The amount to share, e.g. "30000.00". */
  amount: Scalars['String']['input'];
  /** Only compute the shares, change nothing. */
  dryRun?: Scalars['Boolean']['input'];
  fundId: Scalars['ID']['input'];
  rule: MdfAllocationRule;
  /** For BY_TIER: the weight of each tier (a tier not named weighs 0). */
  tierWeights?: Array<MdfTierWeightInput>;
};

export type AllocateMdfByRulePayload = {
  __typename?: 'AllocateMdfByRulePayload';
  /** The allocations as they are now (none on a dry run). */
  allocations: Array<MdfAllocation>;
  /** Each partner with a share, by partner id. */
  shares: Array<MdfShare>;
};

/** Sets a partner's allocation of a fund to an amount (0 takes back what no request holds). */
export type AllocateMdfInput = {
  /** The allocation as it should be, e.g. "5000.00". */
  amount: Scalars['String']['input'];
  fundId: Scalars['ID']['input'];
  partnerId: Scalars['ID']['input'];
};

export type AllocateMdfPayload = {
  __typename?: 'AllocateMdfPayload';
  allocation: MdfAllocation;
};

/** News or a campaign the brand publishes to the partners of its audience; a draft (brand staff only) until published, then it never changes. */
export type Announcement = {
  __typename?: 'Announcement';
  audience: Audience;
  /** Plain text with line breaks. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: AnnouncementKind;
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who published it (brand staff only). */
  publishedBy?: Maybe<User>;
  /** When the viewer read it; null: not yet (and always for brand staff). */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The users of the partners in its audience by partner, read or not (brand staff only). */
  readReceipts: ReadReceiptConnection;
  /** How far it reached its audience (brand staff only). */
  readSummary: ReadSummary;
  status: AnnouncementStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** News or a campaign the brand publishes to the partners of its audience; a draft (brand staff only) until published, then it never changes. */
export type AnnouncementReadReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  read?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AnnouncementConnection = {
  __typename?: 'AnnouncementConnection';
  edges: Array<AnnouncementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AnnouncementEdge = {
  __typename?: 'AnnouncementEdge';
  cursor: Scalars['String']['output'];
  node: Announcement;
};

export type AnnouncementFilter = {
  kinds?: InputMaybe<Array<AnnouncementKind>>;
  /** Only those the viewer has not read (true) or has read (false). */
  unread?: InputMaybe<Scalars['Boolean']['input']>;
};

export const AnnouncementKind = {
  CAMPAIGN: 'CAMPAIGN',
  NEWS: 'NEWS'
} as const;

export type AnnouncementKind = typeof AnnouncementKind[keyof typeof AnnouncementKind];
export const AnnouncementStatus = {
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED'
} as const;

export type AnnouncementStatus = typeof AnnouncementStatus[keyof typeof AnnouncementStatus];
/** A personal API token; its secret is shown once, at creation. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The first characters of the token, to recognise it. */
  tokenPrefix: Scalars['String']['output'];
};

/** The language the form was sent in; the decision mail is written in it. */
export const ApplicationLanguage = {
  EN: 'EN',
  PL: 'PL'
} as const;

export type ApplicationLanguage = typeof ApplicationLanguage[keyof typeof ApplicationLanguage];
/** A company asks to become a partner (the public "Become a partner" form). */
export type ApplyForPartnershipInput = {
  city: Scalars['String']['input'];
  companyName: Scalars['String']['input'];
  /** Must be true: the applicant agreed that its data is processed for the application. */
  consent: Scalars['Boolean']['input'];
  /** The consent text shown on the form, stored with the application. */
  consentText: Scalars['String']['input'];
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter ISO country code. */
  country: Scalars['String']['input'];
  kind: PartnerKind;
  language?: ApplicationLanguage;
  message?: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Brands the company sells, customers who vouch for it. */
  references?: Scalars['String']['input'];
  /** The company's tax id (VAT or NIP): 4 to 20 letters and digits; spaces, dots, dashes and slashes are ignored. */
  taxId: Scalars['String']['input'];
  /** Where the company wants to sell, in its own words. */
  territory?: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type ApplyForPartnershipPayload = {
  __typename?: 'ApplyForPartnershipPayload';
  /** The reference to quote when asking about the application, e.g. PA-2026-000012. */
  reference: Scalars['String']['output'];
  status: PartnerApplicationStatus;
};

export type ApplyTierProposalInput = {
  proposalId: Scalars['ID']['input'];
};

export type ApplyTierProposalPayload = {
  __typename?: 'ApplyTierProposalPayload';
  proposal: TierProposal;
};

export type ApproveDealRegistrationPayload = {
  __typename?: 'ApproveDealRegistrationPayload';
  registration: DealRegistration;
};

export type ApproveMdfClaimInput = {
  /** What to accept: at most the amount claimed; none: all of it. */
  amount?: InputMaybe<Scalars['String']['input']>;
  claimId: Scalars['ID']['input'];
};

export type ApproveMdfClaimPayload = {
  __typename?: 'ApproveMdfClaimPayload';
  claim: MdfClaim;
};

export type ApproveMdfRequestInput = {
  /** What to approve: at most what was requested; none: all of it. */
  amount?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

export type ApproveMdfRequestPayload = {
  __typename?: 'ApproveMdfRequestPayload';
  request: MdfRequest;
};

/** Approves an application: the company becomes a partner in ONBOARDING, its contact invited as its first partner manager. */
export type ApprovePartnerApplicationInput = {
  applicationId: Scalars['ID']['input'];
  /** The new partner's code: 2 to 10 capital letters, digits or dashes; unique. */
  code: Scalars['String']['input'];
  /** Owning channel manager; defaults to the approver when a channel manager. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  tierId?: InputMaybe<Scalars['ID']['input']>;
};

export type ApprovePartnerApplicationPayload = {
  __typename?: 'ApprovePartnerApplicationPayload';
  application: PartnerApplication;
  /** The applicant's contact, invited as the partner's first partner manager. */
  firstManagerInvitation?: Maybe<InviteUserPayload>;
  /** The partner the application became, in ONBOARDING. */
  partner: Partner;
};

export type AskMdfRequestChangesPayload = {
  __typename?: 'AskMdfRequestChangesPayload';
  request: MdfRequest;
};

export type AssignLeadInput = {
  leadId: Scalars['ID']['input'];
  /** An active member of the lead's partner's staff. */
  userId: Scalars['ID']['input'];
};

export type AssignLeadPayload = {
  __typename?: 'AssignLeadPayload';
  lead: Lead;
};

export type AssignPartnerOwnerInput = {
  ownerId: Scalars['ID']['input'];
  partnerId: Scalars['ID']['input'];
};

export type AssignPartnerOwnerPayload = {
  __typename?: 'AssignPartnerOwnerPayload';
  partner: Partner;
};

export type AssignPartnerTierInput = {
  partnerId: Scalars['ID']['input'];
  /** Null removes the tier. */
  tierId?: InputMaybe<Scalars['ID']['input']>;
};

export type AssignPartnerTierPayload = {
  __typename?: 'AssignPartnerTierPayload';
  partner: Partner;
};

export type AttributeInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** Credits a lead to the MDF activity (an approved request of its partner) that brought it; requestId null clears it. */
export type AttributeLeadToMdfInput = {
  leadId: Scalars['ID']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
};

export type AttributeLeadToMdfPayload = {
  __typename?: 'AttributeLeadToMdfPayload';
  lead: Lead;
};

/** Who receives it: partners of these tiers, kinds and territories (an empty list: any). */
export type Audience = {
  __typename?: 'Audience';
  /** No tier, kind or territory named: every partner. */
  everyone: Scalars['Boolean']['output'];
  kinds: Array<PartnerKind>;
  /** Only partners serving one of these territories; none: any. */
  territories: Array<Territory>;
  /** Only partners of these tiers; none: any tier. */
  tiers: Array<Tier>;
};

/** Who receives it: partners of these tiers, kinds and territories. An empty list means any; all three empty: every partner. */
export type AudienceInput = {
  kinds?: Array<PartnerKind>;
  territoryIds?: Array<Scalars['ID']['input']>;
  tierIds?: Array<Scalars['ID']['input']>;
};

export type AutoDispatchLeadsInput = {
  /** 1 to 200 leads waiting for dispatch (UNASSIGNED). */
  leadIds: Array<Scalars['ID']['input']>;
};

export type AutoDispatchLeadsPayload = {
  __typename?: 'AutoDispatchLeadsPayload';
  /** The dispatched leads, in the order given. */
  dispatched: Array<Lead>;
  notDispatched: Array<LeadNotDispatched>;
};

/** The brand owner's warehouse stock of one product, which confirmed sell-in orders draw on. */
export type BrandStock = {
  __typename?: 'BrandStock';
  /** Units on hand, not yet reserved by a confirmed sell-in order. */
  onHand: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  /** When the level last changed; null when it was never set (no stock). */
  updatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** Why: the timeline keeps it. */
export type CancelOrderInput = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type CancelOrderPayload = {
  __typename?: 'CancelOrderPayload';
  order: Order;
};

/** A language of the catalog. Requests choose theirs with the Accept-Language header; EN is the default and the fallback. */
export const CatalogLanguage = {
  CS: 'CS',
  DE: 'DE',
  EN: 'EN',
  PL: 'PL'
} as const;

export type CatalogLanguage = typeof CatalogLanguage[keyof typeof CatalogLanguage];
/** A node of the catalog tree. */
export type Category = {
  __typename?: 'Category';
  /** Short code (at most 10), also the OCI material group. */
  code: Scalars['String']['output'];
  /** The name in the catalog's default language. */
  defaultName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** In the request's language, or the default language's where it has none. */
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  position: Scalars['Int']['output'];
  /** The name in every other catalog language that has one. */
  translations: Array<LocalizedText>;
};

/** A category with the number of matching products in it and below it. */
export type CategoryFacet = {
  __typename?: 'CategoryFacet';
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
};

export type CategoryInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: Scalars['Int']['input'];
  /** The name in other languages; left out, an update keeps the ones it has. */
  translations?: InputMaybe<Array<LocalizedTextInput>>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  changed: Scalars['Boolean']['output'];
};

/** A group ranked by one KPI in a period, beside the period before. */
export type ChannelComparisonRow = {
  __typename?: 'ChannelComparisonRow';
  /** value - previousValue */
  change?: Maybe<Scalars['Float']['output']>;
  /** The change as a share of the previous value (0.1 = +10%); null when that was 0 or missing. */
  changeRatio?: Maybe<Scalars['Float']['output']>;
  figures: ChannelFigures;
  groupKey: Scalars['String']['output'];
  kind?: Maybe<PartnerKind>;
  partner?: Maybe<Partner>;
  partnerCount: Scalars['Int']['output'];
  previous: ChannelFigures;
  /** The same KPI in the period before. */
  previousValue?: Maybe<Scalars['Float']['output']>;
  /** 1 = the highest value; groups without a value come last, unranked (0). */
  rank: Scalars['Int']['output'];
  territory?: Maybe<Territory>;
  tier?: Maybe<Tier>;
  /** The KPI's value: a ratio as in ChannelFigures; money (SELL_IN, SELL_OUT) in minor units (cents) of the asked currency. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The KPIs of a group of partners in a period, computed from summed figures (so a tier's rate is its partners' total, not an average of rates). Money counts orders in the asked currency only. A ratio is null when it has nothing to count. */
export type ChannelFigures = {
  __typename?: 'ChannelFigures';
  /** Average days from submission to delivery of sell-out orders delivered in the period. */
  averageDeliveryDays?: Maybe<Scalars['Float']['output']>;
  /** Channel cost share: MDF paid over sell-in revenue. */
  channelCostShare?: Maybe<Scalars['Float']['output']>;
  /** Days of inventory: average units in stock at months' ends over the average sell-out units per day. */
  daysOfInventory?: Maybe<Scalars['Float']['output']>;
  /** Sell-out orders delivered. */
  deliveries: Scalars['Int']['output'];
  /** Share of the active catalog in stock at each month's end (latest counts), averaged over the partners and months that have stock counts. */
  distributionRate?: Maybe<Scalars['Float']['output']>;
  /** Average hours to the first response, of service cases opened in the period. */
  firstResponseHours?: Maybe<Scalars['Float']['output']>;
  /** Average gross margin of sell-out lines whose cost is known (the partner's latest sell-in price of the product before the sale): (revenue - cost) / revenue. */
  grossMargin?: Maybe<Scalars['Float']['output']>;
  /** Average hours from a lead reaching the partner to its acceptance. */
  leadAcceptanceHours?: Maybe<Scalars['Float']['output']>;
  /** Leads accepted over leads accepted, declined or let expire in the period. */
  leadAcceptanceRate?: Maybe<Scalars['Float']['output']>;
  /** Leads that reached the partners (dispatched, or filed in their showrooms). */
  leadsReceived: Scalars['Int']['output'];
  leadsWon: Scalars['Int']['output'];
  /** MDF return: converted revenue of leads credited to MDF activities over MDF paid, in this currency. */
  mdfReturn?: Maybe<Scalars['Float']['output']>;
  /** MDF claims paid in the period (in funds of this currency). */
  mdfSpent: Money;
  /** Payment period: average days from invoice to payment of sell-in orders paid in the period. */
  paymentPeriodDays?: Maybe<Scalars['Float']['output']>;
  /** The partners' sell-in quotas for the period in this currency (a quarter: its quarterly quota, else the sum of its monthly ones). */
  quota?: Maybe<Money>;
  /** Sell-in of the partners that have a quota, divided by their quotas (1 = 100%). */
  quotaCompletion?: Maybe<Scalars['Float']['output']>;
  /** Average hours to resolution, of service cases opened in the period and resolved. */
  resolutionHours?: Maybe<Scalars['Float']['output']>;
  /** Average customer satisfaction (1-5) of service cases closed in the period with a rating. */
  satisfaction?: Maybe<Scalars['Float']['output']>;
  /** Sell-in revenue: net of orders the partners placed with the brand, submitted in the period, not cancelled. */
  sellIn: Money;
  /** Sell-out revenue: net of orders the partners took from their customers, submitted in the period, not cancelled. */
  sellOut: Money;
  serviceCasesOpened: Scalars['Int']['output'];
  /** Leads won (converted) over leads won or lost (lost, disqualified) in the period. */
  winRate?: Maybe<Scalars['Float']['output']>;
};

export const ChannelMetric = {
  AVERAGE_DELIVERY_DAYS: 'AVERAGE_DELIVERY_DAYS',
  CHANNEL_COST_SHARE: 'CHANNEL_COST_SHARE',
  DAYS_OF_INVENTORY: 'DAYS_OF_INVENTORY',
  DISTRIBUTION_RATE: 'DISTRIBUTION_RATE',
  FIRST_RESPONSE_HOURS: 'FIRST_RESPONSE_HOURS',
  GROSS_MARGIN: 'GROSS_MARGIN',
  LEAD_ACCEPTANCE_HOURS: 'LEAD_ACCEPTANCE_HOURS',
  LEAD_ACCEPTANCE_RATE: 'LEAD_ACCEPTANCE_RATE',
  MDF_RETURN: 'MDF_RETURN',
  PAYMENT_PERIOD_DAYS: 'PAYMENT_PERIOD_DAYS',
  QUOTA_COMPLETION: 'QUOTA_COMPLETION',
  RESOLUTION_HOURS: 'RESOLUTION_HOURS',
  SATISFACTION: 'SATISFACTION',
  SELL_IN: 'SELL_IN',
  SELL_OUT: 'SELL_OUT',
  WIN_RATE: 'WIN_RATE'
} as const;

export type ChannelMetric = typeof ChannelMetric[keyof typeof ChannelMetric];
/** One group of partners in one period. */
export type ChannelMetricRow = {
  __typename?: 'ChannelMetricRow';
  figures: ChannelFigures;
  /** The group: a partner's, tier's or territory's id, a partner kind, '' for partners without a tier or territory, 'CHANNEL' for all. */
  groupKey: Scalars['String']['output'];
  /** Grouped by kind: the partner kind. */
  kind?: Maybe<PartnerKind>;
  /** Grouped by partner: the partner. */
  partner?: Maybe<Partner>;
  /** Active partners in the group (those the viewer may see). */
  partnerCount: Scalars['Int']['output'];
  /** The period: 2026-11 or 2026-Q4. */
  period: Scalars['String']['output'];
  /** The period's first day, YYYY-MM-DD. */
  periodStart: Scalars['String']['output'];
  /** Grouped by territory: the territory. */
  territory?: Maybe<Territory>;
  /** Grouped by tier: the tier. */
  tier?: Maybe<Tier>;
};

/** Which partners count; every list given narrows (and they combine). */
export type ChannelMetricsFilter = {
  kinds?: InputMaybe<Array<PartnerKind>>;
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  tierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A rule that fired for a partner in a month, with the numbers that made it fire. */
export type ChannelSignal = {
  __typename?: 'ChannelSignal';
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  acknowledgedBy?: Maybe<User>;
  /** The numbers: the values compared and the thresholds they crossed. */
  facts: Array<SignalFact>;
  id: Scalars['ID']['output'];
  kind: SignalKind;
  note?: Maybe<Scalars['String']['output']>;
  partner?: Maybe<Partner>;
  partnerId: Scalars['ID']['output'];
  /** The month judged, 2026-11. */
  period: Scalars['String']['output'];
  raisedAt: Scalars['DateTimeISO']['output'];
  status: SignalStatus;
};

export type ChannelSignalConnection = {
  __typename?: 'ChannelSignalConnection';
  edges: Array<ChannelSignalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChannelSignalEdge = {
  __typename?: 'ChannelSignalEdge';
  cursor: Scalars['String']['output'];
  node: ChannelSignal;
};

export type CloseMdfRequestPayload = {
  __typename?: 'CloseMdfRequestPayload';
  request: MdfRequest;
};

export type CloseServiceCaseInput = {
  caseId: Scalars['ID']['input'];
  /** Kept in the timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The customer's satisfaction, 1 (poor) to 5 (excellent), when they gave it. */
  satisfaction?: InputMaybe<Scalars['Int']['input']>;
};

export type CloseServiceCasePayload = {
  __typename?: 'CloseServiceCasePayload';
  serviceCase: ServiceCase;
};

export type CompleteInteractionTaskInput = {
  taskId: Scalars['ID']['input'];
};

export type CompleteInteractionTaskPayload = {
  __typename?: 'CompleteInteractionTaskPayload';
  task: InteractionTask;
};

/** Ticks a step of a partner's checklist by hand: a MANUAL step, or TRAINING confirmed. */
export type CompleteOnboardingStepInput = {
  partnerId: Scalars['ID']['input'];
  /** The step's code, e.g. TRAINING. */
  step: Scalars['String']['input'];
};

export type CompleteOnboardingStepPayload = {
  __typename?: 'CompleteOnboardingStepPayload';
  partner: Partner;
};

export type ComputeIncentivesPayload = {
  __typename?: 'ComputeIncentivesPayload';
  computation: IncentiveComputation;
};

export type ConfirmOrderPayload = {
  __typename?: 'ConfirmOrderPayload';
  order: Order;
};

/** Another partner's pending or approved registration, or its open lead. */
export const ConflictKind = {
  LEAD: 'LEAD',
  REGISTRATION: 'REGISTRATION'
} as const;

export type ConflictKind = typeof ConflictKind[keyof typeof ConflictKind];
/** What identified the same end customer: the company name (without accents, punctuation and legal form), the email domain (not a free-mail one), the tax id (without country prefix). */
export const ConflictMatch = {
  COMPANY: 'COMPANY',
  EMAIL_DOMAIN: 'EMAIL_DOMAIN',
  TAX_ID: 'TAX_ID'
} as const;

export type ConflictMatch = typeof ConflictMatch[keyof typeof ConflictMatch];
/** "Ask for an offer" from the partner locator: any active partner it lists, with or without a showroom. */
export type ContactPartnerInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  /** Must be true: the customer agreed to be contacted. */
  consent: Scalars['Boolean']['input'];
  /** The consent text shown to the customer, stored with the lead. */
  consentText: Scalars['String']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  items?: Array<LeadItemInput>;
  message?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** An active partner the locator lists. */
  partnerId: Scalars['ID']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Leave empty: a field people never see, which bots fill in. */
  website?: InputMaybe<Scalars['String']['input']>;
};

export type ContactPartnerPayload = {
  __typename?: 'ContactPartnerPayload';
  leadId: Scalars['ID']['output'];
  /** The short reference to quote when contacting the partner, e.g. L-2026-000123. */
  reference: Scalars['String']['output'];
};

export type ConvertLeadInput = {
  leadId: Scalars['ID']['input'];
  /** What the customer bought (the orders module turns a conversion into an order). */
  value: MoneyInput;
};

export type ConvertLeadPayload = {
  __typename?: 'ConvertLeadPayload';
  lead: Lead;
};

/** A new announcement, as a draft. */
export type CreateAnnouncementInput = {
  /** None: every partner. */
  audience?: InputMaybe<AudienceInput>;
  /** At most 20,000 characters. */
  body: Scalars['String']['input'];
  kind: AnnouncementKind;
  title: Scalars['String']['input'];
};

export type CreateAnnouncementPayload = {
  __typename?: 'CreateAnnouncementPayload';
  announcement: Announcement;
};

export type CreateApiTokenInput = {
  /** Days until it expires; omitted: it never expires. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken: ApiToken;
  /** The secret: shown this once, never again. */
  token: Scalars['String']['output'];
};

export type CreateCategoryPayload = {
  __typename?: 'CreateCategoryPayload';
  category: Category;
};

export type CreateIncentiveProgramInput = {
  /** None: every partner. */
  audience?: InputMaybe<AudienceInput>;
  basis?: InputMaybe<IncentiveBasis>;
  /** Amount per converted lead, like 50.00. */
  bonus?: InputMaybe<Scalars['String']['input']>;
  /** Only lines of products in this category (and the categories below it) count; none: every product. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO currency: orders in it count, and amounts are in it. */
  currency: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  /** YYYY-MM-DD, the last day of a period; none: open-ended. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  kind: IncentiveKind;
  name: Scalars['String']['input'];
  period: IncentivePeriod;
  /** Basis points, 1 to 10000 (200 = 2%). */
  rateBasisPoints?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD, the first day of a period (a month, a quarter, a year). */
  startsOn: Scalars['String']['input'];
  /** Amount like 100000.00. */
  threshold?: Scalars['String']['input'];
};

export type CreateIncentiveProgramPayload = {
  __typename?: 'CreateIncentiveProgramPayload';
  program: IncentiveProgram;
};

/** A lead brand staff file themselves (a phone call, a trade fair): it waits for dispatch. */
export type CreateLeadInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  /** How the customer agreed to be contacted, e.g. "Agreed by phone on 30 Nov 2026". */
  consentText: Scalars['String']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  items?: Array<LeadItemInput>;
  message?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

export type CreateLeadPayload = {
  __typename?: 'CreateLeadPayload';
  lead: Lead;
};

export type CreateMdfClaimInput = {
  /** The actual cost claimed, e.g. "1200.00". */
  amount: Scalars['String']['input'];
  /** Chosen by the client, the same on a retry: the same key answers the claim made before. */
  idempotencyKey: Scalars['String']['input'];
  note?: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type CreateMdfClaimPayload = {
  __typename?: 'CreateMdfClaimPayload';
  claim: MdfClaim;
};

export type CreateMdfFundInput = {
  activityTypes: Array<MdfActivityType>;
  /** YYYY-MM-DD, not before periodEnd. */
  claimDeadline: Scalars['String']['input'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['input'];
  /** Tiers whose partners may be given money; none: every tier. */
  eligibleTierIds?: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** YYYY-MM-DD, not before periodStart. */
  periodEnd: Scalars['String']['input'];
  /** YYYY-MM-DD */
  periodStart: Scalars['String']['input'];
  purpose?: Scalars['String']['input'];
  /** The whole budget, e.g. "250000.00". */
  totalBudget: Scalars['String']['input'];
};

export type CreateMdfFundPayload = {
  __typename?: 'CreateMdfFundPayload';
  fund: MdfFund;
};

/** An order; its prices are computed by Trellis, never taken from here. */
export type CreateOrderInput = {
  /** Required for SELL_OUT; none for SELL_IN. */
  customer?: InputMaybe<OrderCustomerInput>;
  /** The client's key for this order: the same key and payload again answer the same order. */
  idempotencyKey: Scalars['String']['input'];
  kind: OrderKind;
  /** 1 to 200 lines, each product once. */
  lines: Array<OrderLineInput>;
  /** The ordering partner (SELL_IN) or the selling one (SELL_OUT): the viewer's own. */
  partnerId: Scalars['ID']['input'];
  /** False: the order stays a DRAFT. */
  submit?: Scalars['Boolean']['input'];
};

export type CreateOrderPayload = {
  __typename?: 'CreateOrderPayload';
  order: Order;
};

export type CreatePartnerInput = {
  city: Scalars['String']['input'];
  /** 2 to 10 capital letters, digits or dashes; unique. */
  code: Scalars['String']['input'];
  country: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  /** Invite the partner's first partner manager. */
  firstManager?: InputMaybe<InviteeInput>;
  kind: PartnerKind;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  /** Owning channel manager; defaults to the creator. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
  /** Tax id as on invoices (e.g. PL 779-23-08-495): stored with letters and digits only, upper case; blank or null: none. */
  taxId?: InputMaybe<Scalars['String']['input']>;
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  tierId?: InputMaybe<Scalars['ID']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePartnerPayload = {
  __typename?: 'CreatePartnerPayload';
  /** The first partner manager, when one was invited. */
  firstManagerInvitation?: Maybe<InviteUserPayload>;
  partner: Partner;
};

export type CreateProductPayload = {
  __typename?: 'CreateProductPayload';
  product: Product;
};

/** A new sales policy, with the draft of its first version. */
export type CreateSalesPolicyInput = {
  /** None: every partner. */
  audience?: InputMaybe<AudienceInput>;
  /** The policy text, at most 50,000 characters. */
  body: Scalars['String']['input'];
  changeNote?: Scalars['String']['input'];
  /** YYYY-MM-DD: the day from which it applies; when published, not before today nor before the version it follows. */
  effectiveOn: Scalars['String']['input'];
  kind: SalesPolicyKind;
  title: Scalars['String']['input'];
};

export type CreateSalesPolicyPayload = {
  __typename?: 'CreateSalesPolicyPayload';
  policy: SalesPolicy;
};

/** A criterion and the partner's figure against it. */
export type CriterionCheck = {
  __typename?: 'CriterionCheck';
  /** The currency of a money metric. */
  currency?: Maybe<Scalars['String']['output']>;
  /** What is missing to meet it; 0 when met. */
  gap: Scalars['Float']['output'];
  met: Scalars['Boolean']['output'];
  metric: TierMetric;
  /** Amount (money metrics), percent (rates) or people. */
  minimum: Scalars['Float']['output'];
  purpose: CriterionPurpose;
  tierId: Scalars['ID']['output'];
  /** The partner's figure; null when it has none (a rate without leads). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** ENTRY: needed to enter the tier; KEEP: needed to stay in it. */
export const CriterionPurpose = {
  ENTRY: 'ENTRY',
  KEEP: 'KEEP'
} as const;

export type CriterionPurpose = typeof CriterionPurpose[keyof typeof CriterionPurpose];
export type CsvError = {
  __typename?: 'CsvError';
  field: Scalars['String']['output'];
  /** Line in the file; the header is line 1. */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type DeactivateUserInput = {
  userId: Scalars['ID']['input'];
};

export type DeactivateUserPayload = {
  __typename?: 'DeactivateUserPayload';
  user: User;
};

/** An opportunity a partner claims: its end customer, products, expected value and close date, and the brand's decision. */
export type DealRegistration = {
  __typename?: 'DealRegistration';
  /** Other partners' registrations and open leads for the same customer; brand staff only (empty for partners). */
  conflicts: Array<RegistrationConflict>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy?: Maybe<User>;
  customerCompany: Scalars['String']['output'];
  customerContact?: Maybe<Scalars['String']['output']>;
  customerEmail?: Maybe<Scalars['String']['output']>;
  customerTaxId?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it was rejected (or a note on the approval). */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** ISO date, e.g. 2027-03-31. */
  expectedCloseDate: Scalars['String']['output'];
  expectedValue: Money;
  id: Scalars['ID']['output'];
  items: Array<RegistrationItem>;
  notes: Scalars['String']['output'];
  partner?: Maybe<Partner>;
  /** Until when dispatch sends this customer's leads to no other partner. */
  protectedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The short reference, e.g. R-2026-000042. */
  reference: Scalars['String']['output'];
  status: RegistrationStatus;
};

export type DealRegistrationConnection = {
  __typename?: 'DealRegistrationConnection';
  edges: Array<DealRegistrationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DealRegistrationEdge = {
  __typename?: 'DealRegistrationEdge';
  cursor: Scalars['String']['output'];
  node: DealRegistration;
};

export type DealRegistrationInput = {
  registrationId: Scalars['ID']['input'];
};

/** A refusal, or a request for changes, with the reason the partner reads. */
export type DecideMdfRequestInput = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

export type DeclineLeadPayload = {
  __typename?: 'DeclineLeadPayload';
  /** Null: the lead went back to dispatch, out of the partner’s sight. */
  lead?: Maybe<Lead>;
};

export type DeleteSavedQueryInput = {
  savedQueryId: Scalars['ID']['input'];
};

export type DeleteSavedQueryPayload = {
  __typename?: 'DeleteSavedQueryPayload';
  /** The id of the saved query deleted. */
  deletedSavedQueryId: Scalars['ID']['output'];
};

export type DismissTierProposalInput = {
  note?: Scalars['String']['input'];
  proposalId: Scalars['ID']['input'];
};

export type DismissTierProposalPayload = {
  __typename?: 'DismissTierProposalPayload';
  proposal: TierProposal;
};

/** One partner's standing for a lead under the dispatch rules: the points each rule gave, and the facts behind them. */
export type DispatchCandidate = {
  __typename?: 'DispatchCandidate';
  capacityPoints: Scalars['Float']['output'];
  categoryPoints: Scalars['Float']['output'];
  /** Share (0 to 1) of the lead's product categories the partner offers; null: the lead names no products. */
  categoryShare?: Maybe<Scalars['Float']['output']>;
  /** Whether dispatch chose this partner (the best total; among equal totals, the one whose last lead is oldest). */
  chosen: Scalars['Boolean']['output'];
  /** Null: the customer's or the partner's location is unknown. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  distancePoints: Scalars['Float']['output'];
  inTerritory: Scalars['Boolean']['output'];
  maxOpenLeads?: Maybe<Scalars['Int']['output']>;
  /** Leads open at the partner when it was ranked. */
  openLeads: Scalars['Int']['output'];
  partner?: Maybe<Partner>;
  /** 1: the best. */
  rank: Scalars['Int']['output'];
  territoryPoints: Scalars['Float']['output'];
  tierPoints: Scalars['Float']['output'];
  tierPriority: Scalars['Int']['output'];
  total: Scalars['Float']['output'];
};

/** Why automatic dispatch chose a partner: every ranked candidate, best first (at most 10). */
export type DispatchExplanation = {
  __typename?: 'DispatchExplanation';
  candidates: Array<DispatchCandidate>;
  /** Partners that passed the rules' hard limits. */
  considered: Scalars['Int']['output'];
  /** The rules as they were. */
  rules: DispatchRules;
};

export type DispatchLeadInput = {
  leadId: Scalars['ID']['input'];
  /** An active partner. */
  partnerId: Scalars['ID']['input'];
};

export type DispatchLeadPayload = {
  __typename?: 'DispatchLeadPayload';
  lead: Lead;
};

export type DispatchPreview = {
  __typename?: 'DispatchPreview';
  candidates: Array<DispatchCandidate>;
  considered: Scalars['Int']['output'];
};

/** How automatic dispatch ranks partners: points per rule (0 to 100 each) and hard limits. */
export type DispatchRules = {
  __typename?: 'DispatchRules';
  /** Points for free capacity (all for a tier without a cap; none for a partner at its cap). */
  capacityWeight: Scalars['Int']['output'];
  /** Points for offering products in every category of the lead's products (in proportion). */
  categoryWeight: Scalars['Int']['output'];
  /** Points for being close to the customer (all at 0 km, half at 50 km or half the maximum distance). */
  distanceWeight: Scalars['Int']['output'];
  /** Only partners at most this many km from the customer are candidates; null: no limit. */
  maxDistanceKm?: Maybe<Scalars['Int']['output']>;
  /** A lead that expires or is declined goes to the next best partner at once. */
  redispatch: Scalars['Boolean']['output'];
  /** Days an approved deal registration protects its partner: dispatch sends that customer's leads to no one else. */
  registrationProtectionDays: Scalars['Int']['output'];
  /** Only partners whose territory covers the customer are candidates. */
  requireTerritory: Scalars['Boolean']['output'];
  /** Points for a partner whose territory covers the customer's country and postal code. */
  territoryWeight: Scalars['Int']['output'];
  /** Points for the best tier's lead priority (in proportion to the partner's). */
  tierWeight: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Omitted fields stay as they are; only maxDistanceKm may be null. */
export type DispatchRulesInput = {
  capacityWeight?: InputMaybe<Scalars['Int']['input']>;
  categoryWeight?: InputMaybe<Scalars['Int']['input']>;
  distanceWeight?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 20000 km; null: no limit; omitted: unchanged. */
  maxDistanceKm?: InputMaybe<Scalars['Int']['input']>;
  redispatch?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 730. */
  registrationProtectionDays?: InputMaybe<Scalars['Int']['input']>;
  requireTerritory?: InputMaybe<Scalars['Boolean']['input']>;
  territoryWeight?: InputMaybe<Scalars['Int']['input']>;
  tierWeight?: InputMaybe<Scalars['Int']['input']>;
};

export type DisqualifyLeadPayload = {
  __typename?: 'DisqualifyLeadPayload';
  lead: Lead;
};

export type EraseLeadPersonalDataPayload = {
  __typename?: 'EraseLeadPersonalDataPayload';
  lead: Lead;
};

export type EvaluateTiersPayload = {
  __typename?: 'EvaluateTiersPayload';
  evaluation: TierEvaluation;
};

export type ExpireMdfFundInput = {
  fundId: Scalars['ID']['input'];
};

export type ExpireMdfFundPayload = {
  __typename?: 'ExpireMdfFundPayload';
  fund: MdfFund;
};

/** An ACCEPTED or QUALIFIED lead of the viewer's partner, to order what its customer asked for. */
export type FulfilLeadInput = {
  idempotencyKey: Scalars['String']['input'];
  leadId: Scalars['ID']['input'];
};

export type FulfilLeadPayload = {
  __typename?: 'FulfilLeadPayload';
  order: Order;
};

/** A stock count as CSV with a header: sku,on_hand. All rows or, on any bad row, none. */
export type ImportInventoryInput = {
  /** The day of the count, YYYY-MM-DD: not in the future, not before 2000. */
  countedOn: Scalars['String']['input'];
  csv: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
};

export type ImportInventoryPayload = {
  __typename?: 'ImportInventoryPayload';
  report: InventoryReport;
};

export type ImportOffersInput = {
  /** CSV with a header: sku,price,currency,stock,delivery_days,partner_sku,offered */
  csv: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
};

export type ImportOffersPayload = {
  __typename?: 'ImportOffersPayload';
  result: ImportOffersResult;
};

export type ImportOffersResult = {
  __typename?: 'ImportOffersResult';
  createdCount: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};

export type ImportPartnerQuotasInput = {
  /** CSV text: partner_code,period,amount,currency (period 2026-11 or 2026-Q4); at most 20,000 rows and 2 MB. */
  csv: Scalars['String']['input'];
};

export type ImportPartnerQuotasPayload = {
  __typename?: 'ImportPartnerQuotasPayload';
  /** Quotas added or changed (the same amount again changes nothing). */
  changed: Scalars['Int']['output'];
  /** Rows in the file. */
  rows: Scalars['Int']['output'];
};

/** A partner's incentive for one period as it accrues: the base so far, converted leads, and what it has earned. */
export type IncentiveAccrual = {
  __typename?: 'IncentiveAccrual';
  base: Money;
  computedAt: Scalars['DateTimeISO']['output'];
  earned: Money;
  leadCount: Scalars['Int']['output'];
  partner?: Maybe<Partner>;
  periodEnd: Scalars['String']['output'];
  periodStart: Scalars['String']['output'];
  /** Whether the period has been settled into a statement. */
  settled: Scalars['Boolean']['output'];
  /** For a rebate below its threshold: what is missing to reach it. */
  toThreshold?: Maybe<Money>;
};

export type IncentiveAccrualConnection = {
  __typename?: 'IncentiveAccrualConnection';
  edges: Array<IncentiveAccrualEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IncentiveAccrualEdge = {
  __typename?: 'IncentiveAccrualEdge';
  cursor: Scalars['String']['output'];
  node: IncentiveAccrual;
};

export const IncentiveBasis = {
  SELL_IN: 'SELL_IN',
  SELL_OUT: 'SELL_OUT'
} as const;

export type IncentiveBasis = typeof IncentiveBasis[keyof typeof IncentiveBasis];
/** What a computation did. */
export type IncentiveComputation = {
  __typename?: 'IncentiveComputation';
  /** Accruals written (new or changed). */
  accruals: Scalars['Int']['output'];
  programs: Scalars['Int']['output'];
  /** Statements issued for periods that ended. */
  statements: Scalars['Int']['output'];
};

/** REBATE: a rate of the period's delivered sell-in or sell-out once it reaches the threshold; LEAD_BONUS: an amount per lead converted in the period. */
export const IncentiveKind = {
  LEAD_BONUS: 'LEAD_BONUS',
  REBATE: 'REBATE'
} as const;

export type IncentiveKind = typeof IncentiveKind[keyof typeof IncentiveKind];
export const IncentivePeriod = {
  MONTH: 'MONTH',
  QUARTER: 'QUARTER',
  YEAR: 'YEAR'
} as const;

export type IncentivePeriod = typeof IncentivePeriod[keyof typeof IncentivePeriod];
/** A rebate or bonus the brand offers the partners of an audience, computed from orders and leads by the same rule for each. */
export type IncentiveProgram = {
  __typename?: 'IncentiveProgram';
  audience: Audience;
  /** What a rebate is a share of: delivered sell-in or sell-out. */
  basis?: Maybe<IncentiveBasis>;
  /** A bonus per converted lead. */
  bonus?: Maybe<Money>;
  /** Only products of this category (and below) count. */
  category?: Maybe<Category>;
  /** When accruals were last computed. */
  computedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** YYYY-MM-DD, the last day of its last period; null: open-ended. */
  endsOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: IncentiveKind;
  /** The viewer's own partner's accruals, latest period first; empty for brand staff. */
  myAccruals: Array<IncentiveAccrual>;
  name: Scalars['String']['output'];
  period: IncentivePeriod;
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A rebate in basis points of the base: 200 is 2%. */
  rateBasisPoints?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM-DD, the first day of its first period. */
  startsOn: Scalars['String']['output'];
  status: IncentiveStatus;
  /** A rebate applies once a period's base reaches this (0: from the first order). */
  threshold: Money;
};

export type IncentiveProgramConnection = {
  __typename?: 'IncentiveProgramConnection';
  edges: Array<IncentiveProgramEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IncentiveProgramEdge = {
  __typename?: 'IncentiveProgramEdge';
  cursor: Scalars['String']['output'];
  node: IncentiveProgram;
};

/** A settled period of an incentive: the partner's statement, numbered, never changed. */
export type IncentiveStatement = {
  __typename?: 'IncentiveStatement';
  base: Money;
  earned: Money;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTimeISO']['output'];
  leadCount: Scalars['Int']['output'];
  number: Scalars['String']['output'];
  partner?: Maybe<Partner>;
  periodEnd: Scalars['String']['output'];
  periodStart: Scalars['String']['output'];
  program?: Maybe<IncentiveProgram>;
};

export type IncentiveStatementConnection = {
  __typename?: 'IncentiveStatementConnection';
  edges: Array<IncentiveStatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IncentiveStatementEdge = {
  __typename?: 'IncentiveStatementEdge';
  cursor: Scalars['String']['output'];
  node: IncentiveStatement;
};

export const IncentiveStatus = {
  ACTIVE: 'ACTIVE',
  DRAFT: 'DRAFT'
} as const;

export type IncentiveStatus = typeof IncentiveStatus[keyof typeof IncentiveStatus];
/** A contact of the brand's channel staff with a partner, and what came of it. */
export type Interaction = {
  __typename?: 'Interaction';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who recorded it. */
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  kind: InteractionKind;
  notes: Scalars['String']['output'];
  /** When the contact took place. */
  occurredAt: Scalars['DateTimeISO']['output'];
  outcome: Scalars['String']['output'];
  /** Who took part, by name. */
  participants: Array<Scalars['String']['output']>;
  partner?: Maybe<Partner>;
  /** Whether the partner's managers see it. */
  shared: Scalars['Boolean']['output'];
  subject: Scalars['String']['output'];
  /** Follow-up tasks by due day; brand staff only (partners see none). */
  tasks: Array<InteractionTask>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  edges: Array<InteractionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  cursor: Scalars['String']['output'];
  node: Interaction;
};

export type InteractionFilter = {
  /** Only these kinds; none: every kind. */
  kinds?: InputMaybe<Array<InteractionKind>>;
  /** Only shared (true) or unshared (false) ones. */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};

export const InteractionKind = {
  CALL: 'CALL',
  EMAIL: 'EMAIL',
  MEETING: 'MEETING',
  TRAINING: 'TRAINING',
  VISIT: 'VISIT'
} as const;

export type InteractionKind = typeof InteractionKind[keyof typeof InteractionKind];
/** A follow-up of an interaction: something to do by a day. Brand staff only. */
export type InteractionTask = {
  __typename?: 'InteractionTask';
  assignee?: Maybe<User>;
  createdAt: Scalars['DateTimeISO']['output'];
  doneAt?: Maybe<Scalars['DateTimeISO']['output']>;
  doneBy?: Maybe<User>;
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  interaction?: Maybe<Interaction>;
  partner?: Maybe<Partner>;
  title: Scalars['String']['output'];
};

export type InteractionTaskConnection = {
  __typename?: 'InteractionTaskConnection';
  edges: Array<InteractionTaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InteractionTaskEdge = {
  __typename?: 'InteractionTaskEdge';
  cursor: Scalars['String']['output'];
  node: InteractionTask;
};

/** A follow-up task: what to do, by when, and (optionally) which brand user does it. */
export type InteractionTaskInput = {
  /** A brand user; none: the task is nobody's yet. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A partner's counted stock of one product on a day: the latest count is its level. */
export type InventoryLevel = {
  __typename?: 'InventoryLevel';
  /** The day of the count, YYYY-MM-DD. */
  countedOn: Scalars['String']['output'];
  /** Units on hand that day. */
  onHand: Scalars['Int']['output'];
  partner?: Maybe<Partner>;
  partnerId: Scalars['ID']['output'];
  product?: Maybe<Product>;
  productId: Scalars['ID']['output'];
  /** When the count was reported (or last corrected). */
  reportedAt: Scalars['DateTimeISO']['output'];
};

export type InventoryLevelConnection = {
  __typename?: 'InventoryLevelConnection';
  edges: Array<InventoryLevelEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InventoryLevelEdge = {
  __typename?: 'InventoryLevelEdge';
  cursor: Scalars['String']['output'];
  node: InventoryLevel;
};

export type InventoryLineInput = {
  /** Units on hand, 0 to 1000000000. */
  onHand: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
};

/** What a report changed: counts new or different are written, the same count again is not. */
export type InventoryReport = {
  __typename?: 'InventoryReport';
  changedCount: Scalars['Int']['output'];
  unchangedCount: Scalars['Int']['output'];
};

export type InvitationDetails = {
  __typename?: 'InvitationDetails';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
};

export type InviteBrandUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** ADMIN, CHANNEL_MANAGER or ANALYST. */
  role: Role;
};

export type InvitePartnerUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  /** PARTNER_MANAGER or PARTNER_EMPLOYEE. */
  role: Role;
};

/** A new user and the one-time link with which it sets a password. */
export type InviteUserPayload = {
  __typename?: 'InviteUserPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Give this link to the invitee; it is shown once. */
  invitationUrl: Scalars['String']['output'];
  user: User;
};

export type InviteeInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
};

/** A potential customer's interest, for a partner (or waiting for dispatch). */
export type Lead = {
  __typename?: 'Lead';
  /** The partner's staff member working the lead. */
  assignee?: Maybe<User>;
  /** Whether the contact decides the purchase. */
  authorityConfirmed?: Maybe<Scalars['Boolean']['output']>;
  budgetConfirmed?: Maybe<Scalars['Boolean']['output']>;
  company?: Maybe<Scalars['String']['output']>;
  consentGivenAt: Scalars['DateTimeISO']['output'];
  /** The consent text the customer was shown and agreed to. */
  consentText: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  /** What the customer bought, once CONVERTED. */
  convertedValue?: Maybe<Money>;
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  /** When the customer's personal data was erased (on request, or after the retention period); the lead stays. */
  erasedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Every move of the lead the viewer may see, oldest first (a partner sees its own part). */
  history: Array<LeadEvent>;
  id: Scalars['ID']['output'];
  /** Products of interest, from the basket. */
  items: Array<LeadItem>;
  /** The MDF activity this lead is credited to. */
  mdfRequest?: Maybe<MdfRequest>;
  message: Scalars['String']['output'];
  needConfirmed?: Maybe<Scalars['Boolean']['output']>;
  /** Null while the lead waits for dispatch. */
  partner?: Maybe<Partner>;
  phone?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  /** The qualification score, 0 to 100. */
  qualificationScore?: Maybe<Scalars['Int']['output']>;
  /** The short reference the customer is given, e.g. L-2026-000123. */
  reference: Scalars['String']['output'];
  /** SHOWROOM, CHANNEL or PARTNER. */
  source: Scalars['String']['output'];
  status: LeadStatus;
  /** When the lead last changed its status. */
  statusChangedAt: Scalars['DateTimeISO']['output'];
  timing?: Maybe<LeadTiming>;
};

/** DECLINED and EXPIRED (not accepted in time) hand the lead back to dispatch (UNASSIGNED); ERASED: the customer's personal data was erased. */
export const LeadAction = {
  ACCEPTED: 'ACCEPTED',
  ASSIGNED: 'ASSIGNED',
  CONVERTED: 'CONVERTED',
  DECLINED: 'DECLINED',
  DISPATCHED: 'DISPATCHED',
  DISQUALIFIED: 'DISQUALIFIED',
  ERASED: 'ERASED',
  EXPIRED: 'EXPIRED',
  FILED: 'FILED',
  LOST: 'LOST',
  QUALIFIED: 'QUALIFIED'
} as const;

export type LeadAction = typeof LeadAction[keyof typeof LeadAction];
/** A change to a lead the viewer may see, sent live (subscription leadChanged); or a call to reload everything. */
export type LeadChange = {
  __typename?: 'LeadChange';
  action?: Maybe<LeadAction>;
  /** Null when resync is true. */
  leadId?: Maybe<Scalars['ID']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
  /** True: live events may have been missed (the server reconnected); reload the leads shown. */
  resync: Scalars['Boolean']['output'];
  /** The status after the change. */
  status?: Maybe<LeadStatus>;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

/** One move of a lead: who, when, from which status to which, and why. */
export type LeadEvent = {
  __typename?: 'LeadEvent';
  action: LeadAction;
  /** Who moved the lead; null for the visitor who filed it, or a user the viewer may not see. */
  actor?: Maybe<User>;
  at: Scalars['DateTimeISO']['output'];
  /** Why automatic dispatch chose the partner (DISPATCHED by the rules). Brand-owner staff only: it names other partners; null for everyone else. */
  explanation?: Maybe<DispatchExplanation>;
  /** Null for the filing. */
  fromStatus?: Maybe<LeadStatus>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: LeadStatus;
};

/** Leads from a CSV file: checked whole first, then written in one transaction by a background job. */
export type LeadImport = {
  __typename?: 'LeadImport';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who uploaded the file. */
  createdBy?: Maybe<User>;
  createdCount: Scalars['Int']['output'];
  /** Whether the new leads are dispatched by the rules once written. */
  dispatch: Scalars['Boolean']['output'];
  /** Leads the rules sent to a partner (dispatch only). */
  dispatchedCount: Scalars['Int']['output'];
  /** Problems found in all (errors lists at most 200). */
  errorCount: Scalars['Int']['output'];
  /** Why the import failed: the first 200 problems, by line. */
  errors: Array<CsvError>;
  /** The name of the uploaded file, as the browser gave it. */
  fileName?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Rows written so far (in a transaction not yet committed until DONE). */
  processedRows: Scalars['Int']['output'];
  status: LeadImportStatus;
  /** Rows to write (0 when the file failed its checks). */
  totalRows: Scalars['Int']['output'];
};

/** RUNNING (queued, writing, then dispatching when asked), FAILED (nothing written) or DONE. */
export const LeadImportStatus = {
  DONE: 'DONE',
  FAILED: 'FAILED',
  RUNNING: 'RUNNING'
} as const;

export type LeadImportStatus = typeof LeadImportStatus[keyof typeof LeadImportStatus];
export type LeadInput = {
  leadId: Scalars['ID']['input'];
};

/** A product the customer is interested in, with a quantity. */
export type LeadItem = {
  __typename?: 'LeadItem';
  product?: Maybe<Product>;
  productId: Scalars['ID']['output'];
  quantity: Scalars['String']['output'];
};

export type LeadItemInput = {
  productId: Scalars['ID']['input'];
  /** Decimal with a point, at most 3 decimals, greater than 0. */
  quantity: Scalars['String']['input'];
};

/** A lead that automatic dispatch left where it was, and why. */
export type LeadNotDispatched = {
  __typename?: 'LeadNotDispatched';
  leadId: Scalars['ID']['output'];
  /** NOT_FOUND, NOT_WAITING (the lead is not UNASSIGNED) or NO_CANDIDATE (no partner passes the rules). */
  reason: Scalars['String']['output'];
  status?: Maybe<LeadStatus>;
};

/** Why: the channel manager and the history see it. */
export type LeadReasonInput = {
  leadId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** UNASSIGNED waits for dispatch; NEW (filed in a partner showroom) and DISPATCHED wait for the partner to accept or decline. */
export const LeadStatus = {
  ACCEPTED: 'ACCEPTED',
  CONVERTED: 'CONVERTED',
  DISPATCHED: 'DISPATCHED',
  DISQUALIFIED: 'DISQUALIFIED',
  LOST: 'LOST',
  NEW: 'NEW',
  QUALIFIED: 'QUALIFIED',
  UNASSIGNED: 'UNASSIGNED'
} as const;

export type LeadStatus = typeof LeadStatus[keyof typeof LeadStatus];
/** When the customer means to buy. */
export const LeadTiming = {
  LATER: 'LATER',
  NOW: 'NOW',
  WITHIN_3_MONTHS: 'WITHIN_3_MONTHS',
  WITHIN_12_MONTHS: 'WITHIN_12_MONTHS'
} as const;

export type LeadTiming = typeof LeadTiming[keyof typeof LeadTiming];
/** A text in one of the catalog languages. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  language: CatalogLanguage;
  text: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  language: CatalogLanguage;
  text: Scalars['String']['input'];
};

export type MarkAnnouncementReadInput = {
  announcementId: Scalars['ID']['input'];
};

export type MarkAnnouncementReadPayload = {
  __typename?: 'MarkAnnouncementReadPayload';
  announcement: Announcement;
};

export type MarkDeliveredPayload = {
  __typename?: 'MarkDeliveredPayload';
  order: Order;
};

export type MarkLeadLostPayload = {
  __typename?: 'MarkLeadLostPayload';
  lead: Lead;
};

/** Either notificationIds or all: true. */
export type MarkNotificationsReadInput = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  notificationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The viewer's unread notifications now. */
  unreadCount: Scalars['Int']['output'];
};

export type MarkShipmentDeliveredPayload = {
  __typename?: 'MarkShipmentDeliveredPayload';
  order: Order;
};

export const MdfActivityType = {
  DIGITAL_CAMPAIGN: 'DIGITAL_CAMPAIGN',
  EVENT: 'EVENT',
  PRINT: 'PRINT',
  TRADE_SHOW: 'TRADE_SHOW',
  TRAINING: 'TRAINING'
} as const;

export type MdfActivityType = typeof MdfActivityType[keyof typeof MdfActivityType];
/** A partner's share of a fund, and where that money stands. */
export type MdfAllocation = {
  __typename?: 'MdfAllocation';
  /** Allocated to the partner (what expired no longer counts). */
  amount: Money;
  /** Reserved by approved requests. */
  approved: Money;
  /** Leads and revenue of the partner's activities in this fund, against what was claimed. */
  attribution: MdfAttribution;
  /** What requests can still be approved for: allocated minus approved. */
  available: Money;
  /** Accepted in approved claims. */
  claimed: Money;
  /** Returned to the fund at the claim deadline. */
  expired: Money;
  fund: MdfFund;
  id: Scalars['ID']['output'];
  paid: Money;
  partner?: Maybe<Partner>;
};

/** How an amount is shared among the fund's eligible active partners: equally, by a weight per tier, or by last period's sell-in revenue. */
export const MdfAllocationRule = {
  BY_REVENUE: 'BY_REVENUE',
  BY_TIER: 'BY_TIER',
  EQUAL: 'EQUAL'
} as const;

export type MdfAllocationRule = typeof MdfAllocationRule[keyof typeof MdfAllocationRule];
/** What an MDF activity brought: the leads credited to it and their converted revenue, against what was claimed. */
export type MdfAttribution = {
  __typename?: 'MdfAttribution';
  /** Of those, the leads converted. */
  convertedLeads: Scalars['Int']['output'];
  /** Converted value of those leads in the fund's currency (leads converted in another currency are not counted). */
  convertedRevenue: Money;
  /** Leads credited to the activity (or to the activities of the allocation or fund). */
  leads: Scalars['Int']['output'];
  /** Converted revenue per unit of money claimed (e.g. 12.5); null while nothing is claimed. */
  returnOnInvestment?: Maybe<Scalars['Float']['output']>;
};

/** A claim of actual cost against an approved request, with proof of performance. */
export type MdfClaim = {
  __typename?: 'MdfClaim';
  /** The actual cost claimed. */
  amount: Money;
  /** What was accepted (at most the amount claimed). */
  approved?: Maybe<Money>;
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** The proof of performance, oldest first. */
  files: Array<MdfClaimFile>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** e.g. MDC-2026-000123 */
  number: Scalars['String']['output'];
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  partner?: Maybe<Partner>;
  paymentMethod?: Maybe<MdfPaymentMethod>;
  /** The credit note number or the transfer reference. */
  paymentReference?: Maybe<Scalars['String']['output']>;
  request?: Maybe<MdfRequest>;
  status: MdfClaimStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type MdfClaimConnection = {
  __typename?: 'MdfClaimConnection';
  edges: Array<MdfClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MdfClaimEdge = {
  __typename?: 'MdfClaimEdge';
  cursor: Scalars['String']['output'];
  node: MdfClaim;
};

/** A file of a claim's proof of performance (an invoice, a photo, a report). */
export type MdfClaimFile = {
  __typename?: 'MdfClaimFile';
  addedAt: Scalars['DateTimeISO']['output'];
  byteSize: Scalars['Int']['output'];
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Where the file downloads, for those who may see the claim. */
  url: Scalars['String']['output'];
};

export type MdfClaimFilter = {
  fundId?: InputMaybe<Scalars['ID']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  requestId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<MdfClaimStatus>;
};

export type MdfClaimIdInput = {
  claimId: Scalars['ID']['input'];
};

export const MdfClaimStatus = {
  APPROVED: 'APPROVED',
  DRAFT: 'DRAFT',
  PAID: 'PAID',
  REJECTED: 'REJECTED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type MdfClaimStatus = typeof MdfClaimStatus[keyof typeof MdfClaimStatus];
/** A marketing development fund: a budget for partners' marketing in one fiscal period and currency. */
export type MdfFund = {
  __typename?: 'MdfFund';
  /** The activities the fund pays for. */
  activityTypes: Array<MdfActivityType>;
  /** What is allocated to partners. */
  allocated: Money;
  /** The allocations the viewer may see, by partner name. */
  allocations: Array<MdfAllocation>;
  /** Leads and revenue of the fund's activities that the viewer may see, against what was claimed. */
  attribution: MdfAttribution;
  /** Last day on which claims are taken, YYYY-MM-DD; after it, what was not claimed returns to the fund. */
  claimDeadline: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code of every amount of the fund. */
  currency: Scalars['String']['output'];
  /** Tiers whose partners may be given money; empty: every tier. */
  eligibleTiers: Array<Tier>;
  /** When the unclaimed money returned to the fund (the deadline passed). */
  expiredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Last day of the fiscal period, YYYY-MM-DD. */
  periodEnd: Scalars['String']['output'];
  /** First day of the fiscal period, YYYY-MM-DD. */
  periodStart: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  totalBudget: Money;
  /** The budget not yet allocated. */
  unallocated: Money;
};

export type MdfFundConnection = {
  __typename?: 'MdfFundConnection';
  edges: Array<MdfFundEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MdfFundEdge = {
  __typename?: 'MdfFundEdge';
  cursor: Scalars['String']['output'];
  node: MdfFund;
};

export type MdfLedgerFilter = {
  fundId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<MdfLedgerKind>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};

/** A movement of MDF money. Balances are sums of lines: allocation = ALLOCATE - EXPIRE, approved = RESERVE - RELEASE, claimed = CLAIM, paid = PAY. */
export const MdfLedgerKind = {
  ALLOCATE: 'ALLOCATE',
  CLAIM: 'CLAIM',
  EXPIRE: 'EXPIRE',
  PAY: 'PAY',
  RELEASE: 'RELEASE',
  RESERVE: 'RESERVE'
} as const;

export type MdfLedgerKind = typeof MdfLedgerKind[keyof typeof MdfLedgerKind];
/** One movement of MDF money; the ledger is append-only. */
export type MdfLedgerLine = {
  __typename?: 'MdfLedgerLine';
  /** Positive, except an ALLOCATE that lowers an allocation. */
  amount: Money;
  at: Scalars['DateTimeISO']['output'];
  claimId?: Maybe<Scalars['ID']['output']>;
  fund?: Maybe<MdfFund>;
  id: Scalars['ID']['output'];
  kind: MdfLedgerKind;
  note?: Maybe<Scalars['String']['output']>;
  partner?: Maybe<Partner>;
  requestId?: Maybe<Scalars['ID']['output']>;
};

export type MdfLedgerLineConnection = {
  __typename?: 'MdfLedgerLineConnection';
  edges: Array<MdfLedgerLineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MdfLedgerLineEdge = {
  __typename?: 'MdfLedgerLineEdge';
  cursor: Scalars['String']['output'];
  node: MdfLedgerLine;
};

export const MdfPaymentMethod = {
  CREDIT_NOTE: 'CREDIT_NOTE',
  TRANSFER: 'TRANSFER'
} as const;

export type MdfPaymentMethod = typeof MdfPaymentMethod[keyof typeof MdfPaymentMethod];
/** A partner's request for money for a planned activity (pre-approval). */
export type MdfRequest = {
  __typename?: 'MdfRequest';
  activityType: MdfActivityType;
  allocation?: Maybe<MdfAllocation>;
  /** Reserved for the activity (what was approved, less what was released). */
  approved: Money;
  /** Leads credited to the activity and their converted revenue, against what was claimed. */
  attribution: MdfAttribution;
  /** Accepted in approved claims. */
  claimed: Money;
  /** The claims against the request, oldest first. */
  claims: Array<MdfClaim>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it was rejected, or what should change. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** YYYY-MM-DD */
  endsOn: Scalars['String']['output'];
  expectedLeads: Scalars['Int']['output'];
  expectedRevenue: Money;
  fund?: Maybe<MdfFund>;
  id: Scalars['ID']['output'];
  /** The number the partner is given, e.g. MDF-2026-000123. */
  number: Scalars['String']['output'];
  partner?: Maybe<Partner>;
  plannedCost: Money;
  /** What the partner asks the fund for (at most the planned cost). */
  requested: Money;
  /** YYYY-MM-DD */
  startsOn: Scalars['String']['output'];
  status: MdfRequestStatus;
  submittedAt: Scalars['DateTimeISO']['output'];
  submittedBy?: Maybe<User>;
  title: Scalars['String']['output'];
};

export type MdfRequestConnection = {
  __typename?: 'MdfRequestConnection';
  edges: Array<MdfRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MdfRequestEdge = {
  __typename?: 'MdfRequestEdge';
  cursor: Scalars['String']['output'];
  node: MdfRequest;
};

export type MdfRequestFilter = {
  fundId?: InputMaybe<Scalars['ID']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<MdfRequestStatus>;
};

export type MdfRequestIdInput = {
  requestId: Scalars['ID']['input'];
};

export const MdfRequestStatus = {
  APPROVED: 'APPROVED',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  CLOSED: 'CLOSED',
  REJECTED: 'REJECTED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type MdfRequestStatus = typeof MdfRequestStatus[keyof typeof MdfRequestStatus];
/** A partner's share of an amount split by a rule, and what it was weighed by. */
export type MdfShare = {
  __typename?: 'MdfShare';
  amount: Money;
  /** What the share was weighed by: "equal", the tier and its weight, or the revenue. */
  basis: Scalars['String']['output'];
  partner?: Maybe<Partner>;
};

export type MdfTierWeightInput = {
  tierId: Scalars['ID']['input'];
  /** 0 to 1000: a partner of this tier gets weight / (sum of all partners' weights) of the amount. */
  weight: Scalars['Int']['input'];
};

/** A partner's figure of one metric over the window (money in major units). */
export type MetricFigure = {
  __typename?: 'MetricFigure';
  currency?: Maybe<Scalars['String']['output']>;
  metric: TierMetric;
  value?: Maybe<Scalars['Float']['output']>;
};

/** How partners' figures are put together: each partner, by its current tier, territory (a partner in two territories counts in both) or kind, or the whole channel. */
export const MetricGroupBy = {
  CHANNEL: 'CHANNEL',
  KIND: 'KIND',
  PARTNER: 'PARTNER',
  TERRITORY: 'TERRITORY',
  TIER: 'TIER'
} as const;

export type MetricGroupBy = typeof MetricGroupBy[keyof typeof MetricGroupBy];
/** Calendar months or quarters (UTC). */
export const MetricPeriodKind = {
  MONTH: 'MONTH',
  QUARTER: 'QUARTER'
} as const;

export type MetricPeriodKind = typeof MetricPeriodKind[keyof typeof MetricPeriodKind];
export type Money = {
  __typename?: 'Money';
  /** Decimal amount with a point, e.g. "1249.00". */
  amount: Scalars['String']['output'];
  /** Amount in minor units (cents), exact up to 2^53. */
  amountMinor: Scalars['Float']['output'];
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  /** Decimal amount with a point and at most two decimals, e.g. "1249.00". */
  amount: Scalars['String']['input'];
  /** ISO 4217 code, e.g. EUR, PLN, CZK, CNY. */
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets the password of an invited user and signs it in. */
  acceptInvitation: AcceptInvitationPayload;
  /** The partner's manager takes a NEW or DISPATCHED lead (ACCEPTED). */
  acceptLead: AcceptLeadPayload;
  /** Marks a signal looked at, with a note. */
  acknowledgeChannelSignal: AcknowledgeChannelSignalPayload;
  /** The viewer acknowledges a published version for its partner; again: changes nothing. */
  acknowledgeSalesPolicy: AcknowledgeSalesPolicyPayload;
  /** ONBOARDING or SUSPENDED → ACTIVE. */
  activatePartner: ActivatePartnerPayload;
  /** Adds a follow-up task to an interaction. */
  addInteractionTask: AddInteractionTaskPayload;
  /** Adds a file of proof to a claim not yet decided (at most 10 of 5 MB); the same file again adds nothing. */
  addMdfClaimFile: AddMdfClaimFilePayload;
  addProductImage: AddProductImagePayload;
  /** Adds a file to a case that is not CLOSED (at most 10 of 5 MB); the same file again adds nothing. */
  addServiceCaseAttachment: AddServiceCaseAttachmentPayload;
  /** Sets a partner's allocation of a fund: LIMIT_EXCEEDED past the fund's unallocated budget. */
  allocateMdf: AllocateMdfPayload;
  /** Shares an amount among the fund's eligible active partners by a rule (all or nothing; a dry run answers the shares only). */
  allocateMdfByRule: AllocateMdfByRulePayload;
  /** A company applies to become a partner (public form); rate-limited per address. Answers only its reference. */
  applyForPartnership: ApplyForPartnershipPayload;
  /** Applies a proposal: the partner's tier changes. Again: changes nothing. */
  applyTierProposal: ApplyTierProposalPayload;
  /** Approves a PENDING registration; CONFLICT while another partner holds the customer. */
  approveDealRegistration: ApproveDealRegistrationPayload;
  /** SUBMITTED -> APPROVED, all or part of the amount claimed. */
  approveMdfClaim: ApproveMdfClaimPayload;
  /** SUBMITTED -> APPROVED, all or part of what was requested; LIMIT_EXCEEDED past the allocation. */
  approveMdfRequest: ApproveMdfRequestPayload;
  /** Makes the applicant a partner in ONBOARDING and invites its contact as first partner manager; CONFLICT once decided. */
  approvePartnerApplication: ApprovePartnerApplicationPayload;
  /** SUBMITTED -> CHANGES_REQUESTED, saying what should change. */
  askMdfRequestChanges: AskMdfRequestChangesPayload;
  /** Hands an ACCEPTED or QUALIFIED lead to a member of the partner's staff; the status stays. */
  assignLead: AssignLeadPayload;
  assignPartnerOwner: AssignPartnerOwnerPayload;
  assignPartnerTier: AssignPartnerTierPayload;
  /** Credits a lead to the MDF activity that brought it (an APPROVED or CLOSED request of the lead's partner), or clears it. */
  attributeLeadToMdf: AttributeLeadToMdfPayload;
  /** Sends each UNASSIGNED lead of a selection to its best partner by the rules, oldest first, keeping the explanation. */
  autoDispatchLeads: AutoDispatchLeadsPayload;
  /** Cancels a DRAFT, SUBMITTED or CONFIRMED order (a confirmed one only by the side that confirmed it; its stock comes back). */
  cancelOrder: CancelOrderPayload;
  changePassword: ChangePasswordPayload;
  /** APPROVED -> CLOSED: what was approved and not claimed returns to the allocation. */
  closeMdfRequest: CloseMdfRequestPayload;
  /** RESOLVED -> CLOSED, with the customer's satisfaction when given. */
  closeServiceCase: CloseServiceCasePayload;
  /** Marks a task done; a done task stays as it was. */
  completeInteractionTask: CompleteInteractionTaskPayload;
  /** Ticks a MANUAL step (or confirms TRAINING) of an ONBOARDING partner; the last step done makes it ACTIVE. A second tick changes nothing. */
  completeOnboardingStep: CompleteOnboardingStepPayload;
  /** Brings every active incentive up to date now and settles ended periods (a job does it hourly). */
  computeIncentives: ComputeIncentivesPayload;
  /** Confirms a SUBMITTED order and reserves its stock; CONFLICT, nothing reserved, when a line lacks stock. */
  confirmOrder: ConfirmOrderPayload;
  /** A visitor asks a partner found in the locator for an offer or a call back, whether or not it has a showroom; rate-limited per address. */
  contactPartner: ContactPartnerPayload;
  /** A QUALIFIED lead became a sale (CONVERTED), with its value. */
  convertLead: ConvertLeadPayload;
  /** Creates an announcement as a draft: nothing reaches partners until it is published. */
  createAnnouncement: CreateAnnouncementPayload;
  createApiToken: CreateApiTokenPayload;
  createCategory: CreateCategoryPayload;
  /** Creates an incentive as a draft: nothing accrues until it is published. */
  createIncentiveProgram: CreateIncentiveProgramPayload;
  /** Brand staff file a lead themselves (source CHANNEL); it waits for dispatch. */
  createLead: CreateLeadPayload;
  /** Starts a claim (DRAFT) of actual cost against an APPROVED request; the same idempotency key answers the same claim. */
  createMdfClaim: CreateMdfClaimPayload;
  /** Creates a fund: its budget, period, claim deadline and rules. */
  createMdfFund: CreateMdfFundPayload;
  /** Places an order of the viewer's partner at the prices Trellis computes; the same idempotency key and payload again answer the same order. */
  createOrder: CreateOrderPayload;
  createPartner: CreatePartnerPayload;
  createProduct: CreateProductPayload;
  /** Creates a sales policy with the draft of its first version; nothing reaches partners until it is published. */
  createSalesPolicy: CreateSalesPolicyPayload;
  createTerritory: SaveTerritoryPayload;
  createTier: SaveTierPayload;
  /** Deactivates a user and ends its sessions and tokens at once. */
  deactivateUser: DeactivateUserPayload;
  /** Hands a NEW or DISPATCHED lead back to dispatch (UNASSIGNED), with a reason. */
  declineLead: DeclineLeadPayload;
  /** Deletes one of the viewer's saved queries; any other id is NOT_FOUND. */
  deleteSavedQuery: DeleteSavedQueryPayload;
  /** Dismisses a proposal: the partner's tier stays. Again: changes nothing. */
  dismissTierProposal: DismissTierProposalPayload;
  /** Sends an UNASSIGNED lead to an active partner (DISPATCHED). */
  dispatchLead: DispatchLeadPayload;
  /** An ACCEPTED or QUALIFIED lead is no real opportunity (DISQUALIFIED). */
  disqualifyLead: DisqualifyLeadPayload;
  /** Erases the customer's personal data of a lead on request; the lead stays, anonymised (ERASED in its history). */
  eraseLeadPersonalData: EraseLeadPersonalDataPayload;
  /** Evaluates every active partner now (a job does it daily). */
  evaluateTiers: EvaluateTiersPayload;
  /** After the claim deadline: what was not claimed returns to the fund (once). */
  expireMdfFund: ExpireMdfFundPayload;
  /** Turns an ACCEPTED or QUALIFIED lead into a SUBMITTED SELL_OUT order for its customer and basket (a QUALIFIED lead becomes CONVERTED). */
  fulfilLead: FulfilLeadPayload;
  /** Records a partner's stock count from CSV (sku,on_hand); all rows or, on any bad row, none. */
  importInventory: ImportInventoryPayload;
  /** Creates or changes offers from CSV; all rows or, on any bad row, none. */
  importOffers: ImportOffersPayload;
  /** Quotas from a CSV file, all or nothing: a bad row is named with its line and column, and nothing is written. */
  importPartnerQuotas: ImportPartnerQuotasPayload;
  inviteBrandUser: InviteUserPayload;
  /** Invites a partner's manager or employee (partner managers: employees of their own partner). */
  invitePartnerUser: InviteUserPayload;
  /** The viewer has read it: a read receipt, once. */
  markAnnouncementRead: MarkAnnouncementReadPayload;
  /** A SHIPPED order arrived, every parcel of it (DELIVERED). */
  markDelivered: MarkDeliveredPayload;
  /** An ACCEPTED or QUALIFIED lead went to nobody, or to a competitor (LOST). */
  markLeadLost: MarkLeadLostPayload;
  /** Marks some, or all, of the viewer's notifications read; read ones stay as they were. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** One parcel arrived; with the last parcel of a SHIPPED order, the order is DELIVERED. */
  markShipmentDelivered: MarkShipmentDeliveredPayload;
  /** Logs a customer's problem for the viewer's partner (OPEN). */
  openServiceCase: OpenServiceCasePayload;
  /** APPROVED -> PAID by credit note or transfer, once per claim. */
  payMdfClaim: PayMdfClaimPayload;
  /** Publishes a draft and notifies the managers of every partner in its audience; again: changes nothing. */
  publishAnnouncement: PublishAnnouncementPayload;
  /** Publishes a draft to its audience; again: changes nothing. */
  publishIncentiveProgram: PublishIncentiveProgramPayload;
  /** Publishes a draft version and notifies the managers of every partner in the audience; again: changes nothing. */
  publishSalesPolicyVersion: PublishSalesPolicyVersionPayload;
  /** Records the qualification of an ACCEPTED lead (QUALIFIED). */
  qualifyLead: QualifyLeadPayload;
  /** Records a contact with a partner, with its follow-up tasks. */
  recordInteraction: RecordInteractionPayload;
  /** Records the invoice of a confirmed order; a correction is recorded until it is paid. */
  recordInvoice: RecordInvoicePayload;
  /** Records the payment of an invoiced order. */
  recordPayment: RecordPaymentPayload;
  /** Asks for the rollups to be brought up to date now (they are every minute anyway). */
  refreshChannelMetrics: RefreshChannelMetricsPayload;
  /** A partner's staff registers an opportunity (PENDING until brand staff decide). */
  registerDeal: RegisterDealPayload;
  /** Rejects a PENDING registration with a reason the partner sees. */
  rejectDealRegistration: RejectDealRegistrationPayload;
  /** SUBMITTED -> REJECTED, with the reason. */
  rejectMdfClaim: RejectMdfClaimPayload;
  /** SUBMITTED or CHANGES_REQUESTED -> REJECTED, with the reason. */
  rejectMdfRequest: RejectMdfRequestPayload;
  /** Rejects an application and mails the reason to the applicant; a rejected one stays as it is. */
  rejectPartnerApplication: RejectPartnerApplicationPayload;
  removePartnerQuota: RemovePartnerQuotaPayload;
  removeProductImage: RemoveProductImagePayload;
  /** RESOLVED -> IN_PROGRESS: the problem came back. */
  reopenServiceCase: ReopenServiceCasePayload;
  /** Records a partner's stock count on a day; the same count again writes nothing. */
  reportInventory: ReportInventoryPayload;
  /** A partner manager asks for money for a planned activity (SUBMITTED), against the partner's allocation. */
  requestMdf: RequestMdfPayload;
  /** OPEN, IN_PROGRESS or WAITING_FOR_CUSTOMER -> RESOLVED, with the solution article that helped. */
  resolveServiceCase: ResolveServiceCasePayload;
  /** CHANGES_REQUESTED -> SUBMITTED, with the changes. */
  resubmitMdfRequest: ResubmitMdfRequestPayload;
  /** WAITING_FOR_CUSTOMER -> IN_PROGRESS. */
  resumeServiceCase: ResumeServiceCasePayload;
  revokeApiToken: RevokeApiTokenPayload;
  /** Creates or changes one of the viewer's own partner's offers. */
  saveOffer: SaveOfferPayload;
  /** Saves a query under a name: the viewer's query of that name is replaced; the same text again changes nothing. */
  saveQuery: SaveQueryPayload;
  /** Opens the policy's next version as a draft, or changes its draft. */
  saveSalesPolicyDraft: SaveSalesPolicyDraftPayload;
  saveShowroom: SaveShowroomPayload;
  /** Writes a solution article (a new draft without id), published or not. */
  saveSolutionArticle: SaveSolutionArticlePayload;
  /** Sets a product's brand warehouse level to what was counted; the same level again changes nothing. */
  setBrandStock: SetBrandStockPayload;
  setPartnerParent: SetPartnerParentPayload;
  /** Sets a partner's sell-in quota for a month or a quarter (the same amount again changes nothing). */
  setPartnerQuota: SetPartnerQuotaPayload;
  setPartnerTerritories: SetPartnerTerritoriesPayload;
  setTerritoryMarket: SetTerritoryMarketPayload;
  /** Replaces a tier's entry and keep criteria. */
  setTierCriteria: SetTierCriteriaPayload;
  /** A parcel of an order IN_FULFILMENT left with a carrier: the given lines, or all not shipped yet. The order is SHIPPED once every unit is. */
  shipOrder: ShipOrderPayload;
  signIn: SignInPayload;
  signOut: SignOutPayload;
  /** A CONFIRMED order is being picked and packed (IN_FULFILMENT). */
  startFulfilment: StartFulfilmentPayload;
  /** Checks a lead CSV file whole: FAILED with every problem and nothing written, or RUNNING in the background. */
  startLeadImport: StartLeadImportPayload;
  /** PROSPECT → ONBOARDING. */
  startPartnerOnboarding: StartPartnerOnboardingPayload;
  startProductImport: StartProductImportPayload;
  /** OPEN -> IN_PROGRESS: the first response. */
  startServiceCase: StartServiceCasePayload;
  /** DRAFT -> SUBMITTED: needs a file of proof; LIMIT_EXCEEDED past what the request has approved. */
  submitMdfClaim: SubmitMdfClaimPayload;
  /** Submits a DRAFT order (SUBMITTED). */
  submitOrder: SubmitOrderPayload;
  /** A visitor asks for a quote or a call back; rate-limited per address. */
  submitShowroomLead: SubmitShowroomLeadPayload;
  /** ACTIVE → SUSPENDED; ends the partner's sessions and tokens. */
  suspendPartner: SuspendPartnerPayload;
  /** Any status → TERMINATED, which is final. */
  terminatePartner: TerminatePartnerPayload;
  /** Changes a draft; a published announcement cannot change (CONFLICT). */
  updateAnnouncement: UpdateAnnouncementPayload;
  updateCategory: UpdateCategoryPayload;
  /** Changes the dispatch rules; the same values again record nothing. */
  updateDispatchRules: UpdateDispatchRulesPayload;
  /** Changes a draft; a published incentive cannot change (CONFLICT). */
  updateIncentiveProgram: UpdateIncentiveProgramPayload;
  /** Corrects an interaction; the same values again change nothing. */
  updateInteraction: UpdateInteractionPayload;
  updatePartnerProfile: UpdatePartnerProfilePayload;
  updateProduct: UpdateProductPayload;
  /** Changes a policy's title and audience; the same values again change nothing. */
  updateSalesPolicy: UpdateSalesPolicyPayload;
  /** Turns a rule on or off and tunes its thresholds (the same values again change nothing). */
  updateSignalRule: UpdateSignalRulePayload;
  updateTerritory: SaveTerritoryPayload;
  updateTier: SaveTierPayload;
  /** Sets the window of the evaluation and whether its results apply without a channel manager. */
  updateTierProgram: UpdateTierProgramPayload;
  /** IN_PROGRESS -> WAITING_FOR_CUSTOMER. */
  waitForCustomer: WaitForCustomerPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAcceptLeadArgs = {
  input: LeadInput;
};


export type MutationAcknowledgeChannelSignalArgs = {
  input: AcknowledgeChannelSignalInput;
};


export type MutationAcknowledgeSalesPolicyArgs = {
  input: AcknowledgeSalesPolicyInput;
};


export type MutationActivatePartnerArgs = {
  input: PartnerTransitionInput;
};


export type MutationAddInteractionTaskArgs = {
  input: AddInteractionTaskInput;
};


export type MutationAddMdfClaimFileArgs = {
  input: AddMdfClaimFileInput;
};


export type MutationAddProductImageArgs = {
  input: AddProductImageInput;
};


export type MutationAddServiceCaseAttachmentArgs = {
  input: AddServiceCaseAttachmentInput;
};


export type MutationAllocateMdfArgs = {
  input: AllocateMdfInput;
};


export type MutationAllocateMdfByRuleArgs = {
  input: AllocateMdfByRuleInput;
};


export type MutationApplyForPartnershipArgs = {
  input: ApplyForPartnershipInput;
};


export type MutationApplyTierProposalArgs = {
  input: ApplyTierProposalInput;
};


export type MutationApproveDealRegistrationArgs = {
  input: DealRegistrationInput;
};


export type MutationApproveMdfClaimArgs = {
  input: ApproveMdfClaimInput;
};


export type MutationApproveMdfRequestArgs = {
  input: ApproveMdfRequestInput;
};


export type MutationApprovePartnerApplicationArgs = {
  input: ApprovePartnerApplicationInput;
};


export type MutationAskMdfRequestChangesArgs = {
  input: DecideMdfRequestInput;
};


export type MutationAssignLeadArgs = {
  input: AssignLeadInput;
};


export type MutationAssignPartnerOwnerArgs = {
  input: AssignPartnerOwnerInput;
};


export type MutationAssignPartnerTierArgs = {
  input: AssignPartnerTierInput;
};


export type MutationAttributeLeadToMdfArgs = {
  input: AttributeLeadToMdfInput;
};


export type MutationAutoDispatchLeadsArgs = {
  input: AutoDispatchLeadsInput;
};


export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseMdfRequestArgs = {
  input: MdfRequestIdInput;
};


export type MutationCloseServiceCaseArgs = {
  input: CloseServiceCaseInput;
};


export type MutationCompleteInteractionTaskArgs = {
  input: CompleteInteractionTaskInput;
};


export type MutationCompleteOnboardingStepArgs = {
  input: CompleteOnboardingStepInput;
};


export type MutationConfirmOrderArgs = {
  input: OrderInput;
};


export type MutationContactPartnerArgs = {
  input: ContactPartnerInput;
};


export type MutationConvertLeadArgs = {
  input: ConvertLeadInput;
};


export type MutationCreateAnnouncementArgs = {
  input: CreateAnnouncementInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateCategoryArgs = {
  input: CategoryInput;
};


export type MutationCreateIncentiveProgramArgs = {
  input: CreateIncentiveProgramInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateMdfClaimArgs = {
  input: CreateMdfClaimInput;
};


export type MutationCreateMdfFundArgs = {
  input: CreateMdfFundInput;
};


export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationCreateProductArgs = {
  input: ProductInput;
};


export type MutationCreateSalesPolicyArgs = {
  input: CreateSalesPolicyInput;
};


export type MutationCreateTerritoryArgs = {
  input: TerritoryInput;
};


export type MutationCreateTierArgs = {
  input: TierInput;
};


export type MutationDeactivateUserArgs = {
  input: DeactivateUserInput;
};


export type MutationDeclineLeadArgs = {
  input: LeadReasonInput;
};


export type MutationDeleteSavedQueryArgs = {
  input: DeleteSavedQueryInput;
};


export type MutationDismissTierProposalArgs = {
  input: DismissTierProposalInput;
};


export type MutationDispatchLeadArgs = {
  input: DispatchLeadInput;
};


export type MutationDisqualifyLeadArgs = {
  input: LeadReasonInput;
};


export type MutationEraseLeadPersonalDataArgs = {
  input: LeadReasonInput;
};


export type MutationExpireMdfFundArgs = {
  input: ExpireMdfFundInput;
};


export type MutationFulfilLeadArgs = {
  input: FulfilLeadInput;
};


export type MutationImportInventoryArgs = {
  input: ImportInventoryInput;
};


export type MutationImportOffersArgs = {
  input: ImportOffersInput;
};


export type MutationImportPartnerQuotasArgs = {
  input: ImportPartnerQuotasInput;
};


export type MutationInviteBrandUserArgs = {
  input: InviteBrandUserInput;
};


export type MutationInvitePartnerUserArgs = {
  input: InvitePartnerUserInput;
};


export type MutationMarkAnnouncementReadArgs = {
  input: MarkAnnouncementReadInput;
};


export type MutationMarkDeliveredArgs = {
  input: OrderInput;
};


export type MutationMarkLeadLostArgs = {
  input: LeadReasonInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMarkShipmentDeliveredArgs = {
  input: ShipmentInput;
};


export type MutationOpenServiceCaseArgs = {
  input: OpenServiceCaseInput;
};


export type MutationPayMdfClaimArgs = {
  input: PayMdfClaimInput;
};


export type MutationPublishAnnouncementArgs = {
  input: PublishAnnouncementInput;
};


export type MutationPublishIncentiveProgramArgs = {
  input: PublishIncentiveProgramInput;
};


export type MutationPublishSalesPolicyVersionArgs = {
  input: PublishSalesPolicyVersionInput;
};


export type MutationQualifyLeadArgs = {
  input: QualifyLeadInput;
};


export type MutationRecordInteractionArgs = {
  input: RecordInteractionInput;
};


export type MutationRecordInvoiceArgs = {
  input: RecordInvoiceInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRegisterDealArgs = {
  input: RegisterDealInput;
};


export type MutationRejectDealRegistrationArgs = {
  input: RejectDealRegistrationInput;
};


export type MutationRejectMdfClaimArgs = {
  input: RejectMdfClaimInput;
};


export type MutationRejectMdfRequestArgs = {
  input: DecideMdfRequestInput;
};


export type MutationRejectPartnerApplicationArgs = {
  input: RejectPartnerApplicationInput;
};


export type MutationRemovePartnerQuotaArgs = {
  input: RemovePartnerQuotaInput;
};


export type MutationRemoveProductImageArgs = {
  input: RemoveProductImageInput;
};


export type MutationReopenServiceCaseArgs = {
  input: ServiceCaseNoteInput;
};


export type MutationReportInventoryArgs = {
  input: ReportInventoryInput;
};


export type MutationRequestMdfArgs = {
  input: RequestMdfInput;
};


export type MutationResolveServiceCaseArgs = {
  input: ResolveServiceCaseInput;
};


export type MutationResubmitMdfRequestArgs = {
  input: ResubmitMdfRequestInput;
};


export type MutationResumeServiceCaseArgs = {
  input: ServiceCaseNoteInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationSaveOfferArgs = {
  input: SaveOfferInput;
};


export type MutationSaveQueryArgs = {
  input: SaveQueryInput;
};


export type MutationSaveSalesPolicyDraftArgs = {
  input: SaveSalesPolicyDraftInput;
};


export type MutationSaveShowroomArgs = {
  input: SaveShowroomInput;
};


export type MutationSaveSolutionArticleArgs = {
  input: SaveSolutionArticleInput;
};


export type MutationSetBrandStockArgs = {
  input: SetBrandStockInput;
};


export type MutationSetPartnerParentArgs = {
  input: SetPartnerParentInput;
};


export type MutationSetPartnerQuotaArgs = {
  input: SetPartnerQuotaInput;
};


export type MutationSetPartnerTerritoriesArgs = {
  input: SetPartnerTerritoriesInput;
};


export type MutationSetTerritoryMarketArgs = {
  input: SetTerritoryMarketInput;
};


export type MutationSetTierCriteriaArgs = {
  input: SetTierCriteriaInput;
};


export type MutationShipOrderArgs = {
  input: ShipOrderInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationStartFulfilmentArgs = {
  input: OrderInput;
};


export type MutationStartLeadImportArgs = {
  input: StartLeadImportInput;
};


export type MutationStartPartnerOnboardingArgs = {
  input: PartnerTransitionInput;
};


export type MutationStartProductImportArgs = {
  input: StartProductImportInput;
};


export type MutationStartServiceCaseArgs = {
  input: ServiceCaseNoteInput;
};


export type MutationSubmitMdfClaimArgs = {
  input: MdfClaimIdInput;
};


export type MutationSubmitOrderArgs = {
  input: OrderInput;
};


export type MutationSubmitShowroomLeadArgs = {
  input: SubmitShowroomLeadInput;
};


export type MutationSuspendPartnerArgs = {
  input: PartnerTransitionInput;
};


export type MutationTerminatePartnerArgs = {
  input: PartnerTransitionInput;
};


export type MutationUpdateAnnouncementArgs = {
  input: UpdateAnnouncementInput;
};


export type MutationUpdateCategoryArgs = {
  input: UpdateCategoryInput;
};


export type MutationUpdateDispatchRulesArgs = {
  input: DispatchRulesInput;
};


export type MutationUpdateIncentiveProgramArgs = {
  input: UpdateIncentiveProgramInput;
};


export type MutationUpdateInteractionArgs = {
  input: UpdateInteractionInput;
};


export type MutationUpdatePartnerProfileArgs = {
  input: UpdatePartnerProfileInput;
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


export type MutationUpdateSalesPolicyArgs = {
  input: UpdateSalesPolicyInput;
};


export type MutationUpdateSignalRuleArgs = {
  input: UpdateSignalRuleInput;
};


export type MutationUpdateTerritoryArgs = {
  input: UpdateTerritoryInput;
};


export type MutationUpdateTierArgs = {
  input: UpdateTierInput;
};


export type MutationUpdateTierProgramArgs = {
  input: UpdateTierProgramInput;
};


export type MutationWaitForCustomerArgs = {
  input: ServiceCaseNoteInput;
};

export type NearbyPartner = {
  __typename?: 'NearbyPartner';
  deliveryDays?: Maybe<Scalars['Int']['output']>;
  distanceKm: Scalars['Float']['output'];
  /** With a product: whether this partner has it in stock (never how many). */
  inStock?: Maybe<Scalars['Boolean']['output']>;
  partner: PublicPartner;
  tierName?: Maybe<Scalars['String']['output']>;
};

/** A notice to one user, in the header's list until read (and mailed when SMTP is set). */
export type Notification = {
  __typename?: 'Notification';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The reference of what it is about (a lead, a deal registration), as it was then: the thing may have moved out of sight since. */
  reference?: Maybe<Scalars['String']['output']>;
};

/** A notification arrived for the viewer (or, with resync, some may have been missed): read the list again. */
export type NotificationAdded = {
  __typename?: 'NotificationAdded';
  kind?: Maybe<NotificationKind>;
  resync: Scalars['Boolean']['output'];
};

/** LEAD_NEW: a lead arrived for your partner; LEAD_SLA_WARNING: one is close to its time to accept; LEAD_EXPIRED: one was not accepted in time and went back to dispatch; REGISTRATION_APPROVED / REJECTED: a deal registration was decided; CHANNEL_SIGNAL: a signal that a channel must change was raised for a partner you own; POLICY_PUBLISHED: a new version of a sales policy for your partner, to acknowledge; ANNOUNCEMENT_PUBLISHED: news or a campaign for your partner. */
export const NotificationKind = {
  ANNOUNCEMENT_PUBLISHED: 'ANNOUNCEMENT_PUBLISHED',
  CHANNEL_SIGNAL: 'CHANNEL_SIGNAL',
  LEAD_EXPIRED: 'LEAD_EXPIRED',
  LEAD_NEW: 'LEAD_NEW',
  LEAD_SLA_WARNING: 'LEAD_SLA_WARNING',
  POLICY_PUBLISHED: 'POLICY_PUBLISHED',
  REGISTRATION_APPROVED: 'REGISTRATION_APPROVED',
  REGISTRATION_REJECTED: 'REGISTRATION_REJECTED'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
export type OciField = {
  __typename?: 'OciField';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** One basket line: the product by id, or else by SKU. */
export type OciItemInput = {
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than 0, at most 3 decimals. */
  quantity: Scalars['Float']['input'];
  sku?: InputMaybe<Scalars['String']['input']>;
};

/** The form that returns the basket to the shop: post fields, in order, to action in the target window. */
export type OciTransfer = {
  __typename?: 'OciTransfer';
  /** The HOOK_URL. */
  action: Scalars['String']['output'];
  fields: Array<OciField>;
  target: Scalars['String']['output'];
};

/** One partner's terms for one product. */
export type Offer = {
  __typename?: 'Offer';
  deliveryDays: Scalars['Int']['output'];
  offered: Scalars['Boolean']['output'];
  partner?: Maybe<Partner>;
  partnerId: Scalars['ID']['output'];
  /** The partner's own article number. */
  partnerSku?: Maybe<Scalars['String']['output']>;
  /** The partner's net unit price. */
  price: Money;
  product?: Maybe<Product>;
  productId: Scalars['ID']['output'];
  /** Units on hand. */
  stock: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type OfferConnection = {
  __typename?: 'OfferConnection';
  edges: Array<OfferEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OfferEdge = {
  __typename?: 'OfferEdge';
  cursor: Scalars['String']['output'];
  node: Offer;
};

/** AGREEMENT: a partner manager acknowledged a published partner agreement; TRAINING: a training interaction took place (or ticked by hand); SHOWROOM: its showroom is enabled; OFFER: it offers a product; MANUAL: a channel manager ticks it. */
export const OnboardingCheck = {
  AGREEMENT: 'AGREEMENT',
  MANUAL: 'MANUAL',
  OFFER: 'OFFER',
  SHOWROOM: 'SHOWROOM',
  TRAINING: 'TRAINING'
} as const;

export type OnboardingCheck = typeof OnboardingCheck[keyof typeof OnboardingCheck];
/** AUTO: seen in the partner's data; MANUAL: ticked by a channel manager. */
export const OnboardingDoneHow = {
  AUTO: 'AUTO',
  MANUAL: 'MANUAL'
} as const;

export type OnboardingDoneHow = typeof OnboardingDoneHow[keyof typeof OnboardingDoneHow];
/** A partner's onboarding checklist: its steps in order, and how many are done. */
export type OnboardingProgress = {
  __typename?: 'OnboardingProgress';
  /** Every step is done. */
  complete: Scalars['Boolean']['output'];
  completed: Scalars['Int']['output'];
  steps: Array<OnboardingStepState>;
  total: Scalars['Int']['output'];
};

/** A step of a partner's onboarding checklist and whether it is done. */
export type OnboardingStepState = {
  __typename?: 'OnboardingStepState';
  checkedBy: OnboardingCheck;
  /** AGREEMENT, TRAINING, SHOWROOM, OFFER or a step of its own. */
  code: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTimeISO']['output']>;
  how?: Maybe<OnboardingDoneHow>;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type OpenServiceCaseInput = {
  customer: ServiceCustomerInput;
  /** What is wrong, in the customer's words or the partner's: 3 to 5,000 characters. */
  description: Scalars['String']['input'];
  /** The viewer's own partner (a distributor's people also its resellers'). */
  partnerId: Scalars['ID']['input'];
  /** The product with the problem, when known. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  serialNumber?: InputMaybe<Scalars['String']['input']>;
  severity: ServiceSeverity;
  /** A published solution article that already helped. */
  solutionArticleId?: InputMaybe<Scalars['ID']['input']>;
};

export type OpenServiceCasePayload = {
  __typename?: 'OpenServiceCasePayload';
  serviceCase: ServiceCase;
};

/** A sell-in or sell-out order, its prices computed by Trellis. */
export type Order = {
  __typename?: 'Order';
  cancellationReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Set when shipped. */
  carrier?: Maybe<Scalars['String']['output']>;
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy?: Maybe<User>;
  /** ISO 4217 code of every amount of the order. */
  currency: Scalars['String']['output'];
  /** The customer of a SELL_OUT order; null for SELL_IN. */
  customer?: Maybe<OrderCustomer>;
  deliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Every step of the order, oldest first. */
  events: Array<OrderEvent>;
  fulfilmentStartedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  gross: Money;
  id: Scalars['ID']['output'];
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  invoicedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  kind: OrderKind;
  /** The lead the order fulfils, if the viewer may see it. */
  lead?: Maybe<Lead>;
  lines: Array<OrderLine>;
  net: Money;
  /** The number the customer is given, e.g. O-2026-000123. */
  number: Scalars['String']['output'];
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The ordering partner (SELL_IN) or the selling one (SELL_OUT). */
  partner?: Maybe<Partner>;
  /** Its parcels, first shipped first. */
  shipments: Array<OrderShipment>;
  shippedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: OrderStatus;
  /** When the order last changed its status. */
  statusChangedAt: Scalars['DateTimeISO']['output'];
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Set when shipped. */
  trackingReference?: Maybe<Scalars['String']['output']>;
  vat: Money;
  /** VAT in percent of the net value. */
  vatPercent: Scalars['Float']['output'];
};

/** INVOICED and PAID record an invoice and its payment; the status stays. */
export const OrderAction = {
  CANCELLED: 'CANCELLED',
  CONFIRMED: 'CONFIRMED',
  CREATED: 'CREATED',
  DELIVERED: 'DELIVERED',
  FULFILMENT_STARTED: 'FULFILMENT_STARTED',
  INVOICED: 'INVOICED',
  PAID: 'PAID',
  SHIPPED: 'SHIPPED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type OrderAction = typeof OrderAction[keyof typeof OrderAction];
/** A change to an order the viewer may see, sent live (subscription orderChanged); or a call to reload everything. */
export type OrderChange = {
  __typename?: 'OrderChange';
  action?: Maybe<OrderAction>;
  number?: Maybe<Scalars['String']['output']>;
  /** Null when resync is true. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** True: live events may have been missed (the server reconnected); reload the orders shown. */
  resync: Scalars['Boolean']['output'];
  /** The status after the change. */
  status?: Maybe<OrderStatus>;
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A sell-out order's customer. */
export type OrderCustomer = {
  __typename?: 'OrderCustomer';
  company?: Maybe<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

/** A sell-out order's customer. */
export type OrderCustomerInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

/** One step of an order: who, when, from which status to which, and a note. */
export type OrderEvent = {
  __typename?: 'OrderEvent';
  action: OrderAction;
  /** Who made the step; null for Trellis itself, or a user the viewer may not see. */
  actor?: Maybe<User>;
  at: Scalars['DateTimeISO']['output'];
  /** Null for the creation. */
  fromStatus?: Maybe<OrderStatus>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  toStatus: OrderStatus;
};

/** Each given filter applies. */
export type OrderFilter = {
  kind?: InputMaybe<OrderKind>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the order's number, or of its customer's name, company or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrderStatus>;
};

export type OrderInput = {
  orderId: Scalars['ID']['input'];
};

/** SELL_IN: a partner buys from the brand owner; SELL_OUT: a partner sells to its customer. */
export const OrderKind = {
  SELL_IN: 'SELL_IN',
  SELL_OUT: 'SELL_OUT'
} as const;

export type OrderKind = typeof OrderKind[keyof typeof OrderKind];
/** One line of an order: a product, a quantity and the price Trellis computed. */
export type OrderLine = {
  __typename?: 'OrderLine';
  lineNet: Money;
  lineNo: Scalars['Int']['output'];
  product?: Maybe<Product>;
  quantity: Scalars['Int']['output'];
  /** Units of the line in parcels so far. */
  shippedQuantity: Scalars['Int']['output'];
  /** Computed by Trellis when the order was placed. */
  unitPrice: Money;
};

export type OrderLineInput = {
  productId: Scalars['ID']['input'];
  /** Whole units, 1 to 100000. */
  quantity: Scalars['Int']['input'];
};

/** One parcel of an order: its carrier, tracking reference, lines and delivery. */
export type OrderShipment = {
  __typename?: 'OrderShipment';
  carrier: Scalars['String']['output'];
  deliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<ShipmentLine>;
  shippedAt: Scalars['DateTimeISO']['output'];
  trackingReference: Scalars['String']['output'];
};

/** DRAFT -> SUBMITTED -> CONFIRMED (stock reserved) -> IN_FULFILMENT -> SHIPPED -> DELIVERED; CANCELLED from DRAFT, SUBMITTED or CONFIRMED. */
export const OrderStatus = {
  CANCELLED: 'CANCELLED',
  CONFIRMED: 'CONFIRMED',
  DELIVERED: 'DELIVERED',
  DRAFT: 'DRAFT',
  IN_FULFILMENT: 'IN_FULFILMENT',
  SHIPPED: 'SHIPPED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type OrderStatus = typeof OrderStatus[keyof typeof OrderStatus];
/** A step of a sell-out order as its customer sees it. */
export type OrderStep = {
  __typename?: 'OrderStep';
  at: Scalars['DateTimeISO']['output'];
  status: OrderStatus;
};

/** The viewer's partner's acknowledgment of a version. */
export type OwnAcknowledgment = {
  __typename?: 'OwnAcknowledgment';
  /** When the viewer acknowledged it; null if not (yet). */
  mine?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When a manager of the viewer's partner first acknowledged it. */
  partner?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A company in the channel: distributor, reseller, dealer or service partner. */
export type Partner = {
  __typename?: 'Partner';
  /** Resellers and dealers under this distributor. */
  children: Array<Partner>;
  city: Scalars['String']['output'];
  /** Short unique code (at most 10 characters), e.g. the vendor number in OCI. */
  code: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** The latest 50 changes, newest first. */
  history: Array<PartnerChange>;
  id: Scalars['ID']['output'];
  kind: PartnerKind;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Statuses this partner may move to next. */
  nextStatuses: Array<PartnerStatus>;
  /** The partner's onboarding checklist and its progress (brand staff, and the partner's own users). */
  onboarding: OnboardingProgress;
  /** The owning channel manager. */
  owner?: Maybe<User>;
  /** The distributor above; null when none or not visible. */
  parent?: Maybe<Partner>;
  phone?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  status: PartnerStatus;
  street?: Maybe<Scalars['String']['output']>;
  /** Tax id (VAT number, NIP) as compared: letters and digits only, upper case, e.g. PL7792308495. */
  taxId?: Maybe<Scalars['String']['output']>;
  territories: Array<Territory>;
  tier?: Maybe<Tier>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The partner's people. */
  users: Array<User>;
  website?: Maybe<Scalars['String']['output']>;
};

/** A partner of a version's audience and its acknowledgment: by whom and when its first manager acknowledged, or not yet. */
export type PartnerAcknowledgment = {
  __typename?: 'PartnerAcknowledgment';
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The manager who acknowledged first. */
  acknowledgedBy?: Maybe<User>;
  /** Its active partner managers, who may acknowledge. */
  managers: Scalars['Int']['output'];
  /** How many of them acknowledged. */
  managersAcknowledged: Scalars['Int']['output'];
  partner?: Maybe<Partner>;
};

export type PartnerAcknowledgmentConnection = {
  __typename?: 'PartnerAcknowledgmentConnection';
  edges: Array<PartnerAcknowledgmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerAcknowledgmentEdge = {
  __typename?: 'PartnerAcknowledgmentEdge';
  cursor: Scalars['String']['output'];
  node: PartnerAcknowledgment;
};

/** A company's "Become a partner" application from the public showroom, and the channel's decision. */
export type PartnerApplication = {
  __typename?: 'PartnerApplication';
  city: Scalars['String']['output'];
  companyName: Scalars['String']['output'];
  consentGivenAt: Scalars['DateTimeISO']['output'];
  consentText: Scalars['String']['output'];
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** Two-letter ISO country code. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who decided it. */
  decidedBy?: Maybe<User>;
  /** Why it was rejected (sent to the applicant). */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** Existing partners with the same tax id, company name or domain. */
  duplicates: Array<PartnerDuplicate>;
  id: Scalars['ID']['output'];
  kind: PartnerKind;
  language: ApplicationLanguage;
  message: Scalars['String']['output'];
  /** The reference the applicant was given, e.g. PA-2026-000012. */
  number: Scalars['String']['output'];
  /** The partner it became, once approved. */
  partner?: Maybe<Partner>;
  postalCode?: Maybe<Scalars['String']['output']>;
  references: Scalars['String']['output'];
  status: PartnerApplicationStatus;
  /** The tax id normalised: capital letters and digits only. */
  taxId: Scalars['String']['output'];
  /** The tax id as the applicant wrote it. */
  taxIdGiven: Scalars['String']['output'];
  /** Where the applicant wants to sell, in its own words. */
  territory: Scalars['String']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type PartnerApplicationConnection = {
  __typename?: 'PartnerApplicationConnection';
  edges: Array<PartnerApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerApplicationEdge = {
  __typename?: 'PartnerApplicationEdge';
  cursor: Scalars['String']['output'];
  node: PartnerApplication;
};

export const PartnerApplicationStatus = {
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type PartnerApplicationStatus = typeof PartnerApplicationStatus[keyof typeof PartnerApplicationStatus];
/** One recorded change of a partner: who changed what, and when. */
export type PartnerChange = {
  __typename?: 'PartnerChange';
  /** Who made the change; null for Trellis itself. */
  actor?: Maybe<User>;
  at: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** CREATED, PROFILE, STATUS, TIER, OWNER, PARENT, TERRITORIES, USER_INVITED, USER_DEACTIVATED */
  kind: Scalars['String']['output'];
  partner?: Maybe<Partner>;
  /** Human-readable summary, e.g. "status: ONBOARDING → ACTIVE". */
  summary: Scalars['String']['output'];
};

export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An existing partner the application may duplicate, and why. */
export type PartnerDuplicate = {
  __typename?: 'PartnerDuplicate';
  partner: Partner;
  reasons: Array<PartnerDuplicateReason>;
};

/** TAX_ID: the same tax id; NAME: the same company name without legal form and punctuation; DOMAIN: the same website or (non-free) mail domain. */
export const PartnerDuplicateReason = {
  DOMAIN: 'DOMAIN',
  NAME: 'NAME',
  TAX_ID: 'TAX_ID'
} as const;

export type PartnerDuplicateReason = typeof PartnerDuplicateReason[keyof typeof PartnerDuplicateReason];
export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerFilter = {
  /** ISO country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<PartnerKind>>;
  /** Matches name, city or code, forgiving case. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<PartnerStatus>>;
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  tierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export const PartnerKind = {
  DEALER: 'DEALER',
  DISTRIBUTOR: 'DISTRIBUTOR',
  RESELLER: 'RESELLER',
  SERVICE_PARTNER: 'SERVICE_PARTNER'
} as const;

export type PartnerKind = typeof PartnerKind[keyof typeof PartnerKind];
/** A partner's sell-in quota for a month or a quarter. */
export type PartnerQuota = {
  __typename?: 'PartnerQuota';
  amount: Money;
  partnerId: Scalars['ID']['output'];
  /** 2026-11 or 2026-Q4 */
  period: Scalars['String']['output'];
  periodKind: MetricPeriodKind;
  setAt: Scalars['DateTimeISO']['output'];
};

export const PartnerStatus = {
  ACTIVE: 'ACTIVE',
  ONBOARDING: 'ONBOARDING',
  PROSPECT: 'PROSPECT',
  SUSPENDED: 'SUSPENDED',
  TERMINATED: 'TERMINATED'
} as const;

export type PartnerStatus = typeof PartnerStatus[keyof typeof PartnerStatus];
export type PartnerTransitionInput = {
  partnerId: Scalars['ID']['input'];
  /** Why; kept in the history. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type PayMdfClaimInput = {
  claimId: Scalars['ID']['input'];
  /** The same on a retry: a claim is paid once. */
  idempotencyKey: Scalars['String']['input'];
  method: MdfPaymentMethod;
  /** The credit note number or the transfer reference. */
  reference: Scalars['String']['input'];
};

export type PayMdfClaimPayload = {
  __typename?: 'PayMdfClaimPayload';
  claim: MdfClaim;
};

/** A city or postal-code area of the gazetteer. */
export type Place = {
  __typename?: 'Place';
  country: Scalars['String']['output'];
  /** CITY or POSTAL_AREA. */
  kind: Scalars['String']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  postalPrefix: Scalars['String']['output'];
  region: Scalars['String']['output'];
};

export const PolicyVersionStatus = {
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED'
} as const;

export type PolicyVersionStatus = typeof PolicyVersionStatus[keyof typeof PolicyVersionStatus];
export type PriceRange = {
  __typename?: 'PriceRange';
  max: Money;
  min: Money;
};

/** A product of the brand owner's catalog. */
export type Product = {
  __typename?: 'Product';
  active: Scalars['Boolean']['output'];
  /** In the request's language, or the default language's where it has none. */
  attributes: Array<ProductAttribute>;
  /** The brand warehouse's stock of this product, which sell-in orders draw on. */
  brandStock: BrandStock;
  category?: Maybe<Category>;
  categoryId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The attributes in the catalog's default language. */
  defaultAttributes: Array<ProductAttribute>;
  /** The description in the catalog's default language. */
  defaultDescription: Scalars['String']['output'];
  /** The name in the catalog's default language, whatever the request's. */
  defaultName: Scalars['String']['output'];
  /** In the request's language, or the default language's where it has none. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  images: Array<ProductImage>;
  listPrice: Money;
  /** In the request's language, or the default language's where it has none. */
  name: Scalars['String']['output'];
  sku: Scalars['String']['output'];
  /** Its texts in every other catalog language that has them. */
  translations: Array<ProductTranslation>;
  /** ISO unit code, at most 3 characters (PCE, SET, M). */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ProductAttribute = {
  __typename?: 'ProductAttribute';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Include products that are not active. */
  includeInactive?: Scalars['Boolean']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A product picture: an outside URL, or an upload served by Trellis. */
export type ProductImage = {
  __typename?: 'ProductImage';
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** Where a browser loads the image from. */
  src: Scalars['String']['output'];
};

/** A catalog import: validated whole first, then written in one transaction. */
export type ProductImport = {
  __typename?: 'ProductImport';
  createdAt: Scalars['DateTimeISO']['output'];
  createdCount: Scalars['Int']['output'];
  errors: Array<CsvError>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  processedRows: Scalars['Int']['output'];
  /** RUNNING, FAILED (nothing written) or DONE. */
  status: Scalars['String']['output'];
  totalRows: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
};

export type ProductInput = {
  active?: Scalars['Boolean']['input'];
  attributes?: Array<AttributeInput>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  listPrice: MoneyInput;
  name: Scalars['String']['input'];
  /** Unique, 1 to 40 characters. */
  sku: Scalars['String']['input'];
  /** Every translation the product has; left out, an update keeps the ones it has. */
  translations?: InputMaybe<Array<ProductTranslationInput>>;
  /** ISO unit code, at most 3 characters. */
  unit?: Scalars['String']['input'];
};

/** A product's texts in one language other than the catalog's default. */
export type ProductTranslation = {
  __typename?: 'ProductTranslation';
  attributes: Array<ProductAttribute>;
  description: Scalars['String']['output'];
  language: CatalogLanguage;
  name: Scalars['String']['output'];
};

/** A product's texts in a language other than the catalog's default. */
export type ProductTranslationInput = {
  /** Empty: the default language's attributes are shown. */
  attributes?: Array<AttributeInput>;
  description?: Scalars['String']['input'];
  language: CatalogLanguage;
  name: Scalars['String']['input'];
};

/** What a sell-out order's customer may know of it: nothing but its progress and shipment. */
export type PublicOrderStatus = {
  __typename?: 'PublicOrderStatus';
  carrier?: Maybe<Scalars['String']['output']>;
  lastChangedAt: Scalars['DateTimeISO']['output'];
  number: Scalars['String']['output'];
  status: OrderStatus;
  /** Oldest first. */
  steps: Array<OrderStep>;
  trackingReference?: Maybe<Scalars['String']['output']>;
};

/** What the public may know of a partner. */
export type PublicPartner = {
  __typename?: 'PublicPartner';
  city: Scalars['String']['output'];
  code: Scalars['String']['output'];
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  showroomSlug?: Maybe<Scalars['String']['output']>;
};

export type PublicShowroom = {
  __typename?: 'PublicShowroom';
  accentColor: Scalars['String']['output'];
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** Null for the brand owner's showroom. */
  partner?: Maybe<PublicPartner>;
  pricesGross: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  vatPercent: Scalars['Float']['output'];
  welcomeText: Scalars['String']['output'];
};

export type PublishAnnouncementInput = {
  announcementId: Scalars['ID']['input'];
};

export type PublishAnnouncementPayload = {
  __typename?: 'PublishAnnouncementPayload';
  announcement: Announcement;
};

export type PublishIncentiveProgramInput = {
  programId: Scalars['ID']['input'];
};

export type PublishIncentiveProgramPayload = {
  __typename?: 'PublishIncentiveProgramPayload';
  program: IncentiveProgram;
};

export type PublishSalesPolicyVersionInput = {
  versionId: Scalars['ID']['input'];
};

export type PublishSalesPolicyVersionPayload = {
  __typename?: 'PublishSalesPolicyVersionPayload';
  version: SalesPolicyVersion;
};

/** Budget, authority, need and timing, and a score. */
export type QualifyLeadInput = {
  authorityConfirmed: Scalars['Boolean']['input'];
  budgetConfirmed: Scalars['Boolean']['input'];
  leadId: Scalars['ID']['input'];
  needConfirmed: Scalars['Boolean']['input'];
  /** 0 to 100. */
  score: Scalars['Int']['input'];
  timing: LeadTiming;
};

export type QualifyLeadPayload = {
  __typename?: 'QualifyLeadPayload';
  lead: Lead;
};

export type Query = {
  __typename?: 'Query';
  /** One announcement: NOT_FOUND when the viewer may not see it. */
  announcement: Announcement;
  /** Announcements, latest first: brand staff all of them (drafts too), partner users the published ones of their partner's audience. */
  announcements: AnnouncementConnection;
  /** Brand-owner staff (admins, channel managers, analysts). */
  brandUsers: Array<User>;
  /** The whole category tree, flat; build the tree with parentId. */
  categories: Array<Category>;
  /** Groups ranked by one KPI in a period, each beside its period before, with the change. */
  channelComparison: Array<ChannelComparisonRow>;
  /** KPIs per group of partners and period, from the rollups, within the viewer's sight: brand staff every partner, a partner's manager its own partner (and, for a distributor, its resellers) only. Every group the filter selects gets a row for every period, zeros included. */
  channelMetrics: Array<ChannelMetricRow>;
  /** Signals that a channel must change, newest first. Brand staff only. */
  channelSignals: ChannelSignalConnection;
  /** NOT_FOUND when the viewer may not see it. */
  dealRegistration: DealRegistration;
  /** Deal registrations, newest first: a partner's own; all for brand staff. */
  dealRegistrations: DealRegistrationConnection;
  /** How the rules rank partners for a lead now, without dispatching it (the lead's own earlier decliners are left out). */
  dispatchCandidates: DispatchPreview;
  /** How automatic dispatch ranks partners. */
  dispatchRules: DispatchRules;
  /** A program's accruals, latest period first: one partner's or all the viewer sees. */
  incentiveAccruals: IncentiveAccrualConnection;
  /** One incentive: NOT_FOUND when the viewer may not see it. */
  incentiveProgram: IncentiveProgram;
  /** Incentives by name: brand staff all, partner users the active ones of their partner's audience. */
  incentivePrograms: IncentiveProgramConnection;
  /** Settled periods, latest first: of a program and/or partner, or all the viewer sees. */
  incentiveStatements: IncentiveStatementConnection;
  /** One interaction: NOT_FOUND when the viewer may not see it. */
  interaction: Interaction;
  /** Follow-up tasks by due day: open ones (or done ones), due before a day, of one partner or all. */
  interactionTasks: InteractionTaskConnection;
  /** Interactions, most recent contact first: one partner's or all the viewer sees (partners: the shared ones). */
  interactions: InteractionConnection;
  /** Each partner's latest stock count per product, by partner and product: a partner's own (a distributor's with its resellers'); all for brand staff. */
  inventory: InventoryLevelConnection;
  /** Who an invitation link is for; NOT_FOUND when used or expired. */
  invitation: InvitationDetails;
  /** One lead: NOT_FOUND when the viewer may not see it. */
  lead: Lead;
  /** One lead import, for its progress: NOT_FOUND when the viewer may not see it. */
  leadImport: LeadImport;
  /** The most recent lead imports, newest first. */
  leadImports: Array<LeadImport>;
  /** The viewer's leads, newest first: a partner's own; every lead for brand-owner staff. */
  leads: LeadConnection;
  /** One claim: NOT_FOUND when the viewer may not see it. */
  mdfClaim: MdfClaim;
  /** MDF claims, newest first: a partner's own; all for brand staff. */
  mdfClaims: MdfClaimConnection;
  /** One fund: NOT_FOUND when the viewer may not see it. */
  mdfFund: MdfFund;
  /** MDF funds, newest first: all for brand staff; for partners, those they have an allocation in. */
  mdfFunds: MdfFundConnection;
  /** The MDF ledger, newest line first: a partner's own lines; all for brand staff. */
  mdfLedger: MdfLedgerLineConnection;
  /** What is wrong with a fund's balances against its ledger (an empty list: nothing). Brand staff only. */
  mdfLedgerCheck: Array<Scalars['String']['output']>;
  /** One request: NOT_FOUND when the viewer may not see it. */
  mdfRequest: MdfRequest;
  /** MDF requests, newest first: a partner's own; all for brand staff. */
  mdfRequests: MdfRequestConnection;
  /** The viewer's own API tokens, newest first. */
  myApiTokens: Array<ApiToken>;
  /** The viewer's latest notifications, newest first. */
  notifications: Array<Notification>;
  /** The showroom basket as an OCI form for the shop, priced now ("Transfer to shop"). */
  ociTransfer: OciTransfer;
  /** A partner's offers, by product name; NOT_FOUND for a partner the viewer may not see. */
  offers: OfferConnection;
  /** One order: NOT_FOUND when the viewer may not see it. */
  order: Order;
  /** A sell-out order's progress for its customer, by its number and the customer's email; NOT_FOUND for anything else. Rate-limited per address. */
  orderStatus: PublicOrderStatus;
  /** The viewer's orders, newest first: a partner's own (a distributor's with its resellers'); all for brand staff. */
  orders: OrderConnection;
  /** NOT_FOUND when the viewer may not see it. */
  partner: Partner;
  /** One partner application. */
  partnerApplication: PartnerApplication;
  /** Partner applications, newest first; of one status or all. */
  partnerApplications: PartnerApplicationConnection;
  /** Sales quotas whose period starts within the months from..to, of the partners the viewer sees (a partner's manager: its own). */
  partnerQuotas: Array<PartnerQuota>;
  /** A partner's interactions and its lead, order, service case and MDF events, newest first: NOT_FOUND for a partner the viewer may not see. */
  partnerTimeline: TimelineConnection;
  /** Partners the viewer may see, by name; cursor pages. */
  partners: PartnerConnection;
  /** Active partners near a point, nearest first. */
  partnersNear: Array<NearbyPartner>;
  /** Cities or postal-code areas matching a typed text, for the partner locator. */
  places: Array<Place>;
  product: Product;
  productImport: ProductImport;
  /** Catalog products by name; cursor pages. */
  products: ProductConnection;
  /** The catalog as CSV, in the layout startProductImport reads. */
  productsCsv: Scalars['String']['output'];
  /** The channel's latest partner changes, newest first. */
  recentPartnerChanges: Array<PartnerChange>;
  /** Sales policies by title: brand staff all of them, partner users the published ones of their partner's audience. */
  salesPolicies: SalesPolicyConnection;
  /** One sales policy: NOT_FOUND when the viewer may not see it. */
  salesPolicy: SalesPolicy;
  /** The viewer's saved workbench queries, by name. */
  savedQueries: Array<SavedQuery>;
  /** One service case: NOT_FOUND when the viewer may not see it. */
  serviceCase: ServiceCase;
  /** Service cases, newest first: a partner's own (a distributor's with its resellers'); all for brand staff. */
  serviceCases: ServiceCaseConnection;
  /** A showroom by slug; omitted or 'brand': the brand owner's. */
  showroom: PublicShowroom;
  /** The catalog tree for showroom navigation. */
  showroomCategories: Array<Category>;
  /** One product of a showroom by SKU; NOT_FOUND when that showroom does not offer it. */
  showroomProduct: ShowroomItem;
  /** Search a showroom: full text with typos forgiven, category facets, price range, cursor pages. */
  showroomSearch: ShowroomSearchResult;
  /** A partner's showroom settings; null before the first save. */
  showroomSettings?: Maybe<Showroom>;
  /** The rules that raise signals, with their thresholds. */
  signalRules: Array<SignalRule>;
  /** One solution article: NOT_FOUND for a draft when the viewer is a partner. */
  solutionArticle: SolutionArticle;
  /** Solution articles: with words, those that have them all (the last as a prefix), best first; else the latest changed first. Partners see published ones. */
  solutionArticles: SolutionArticleConnection;
  territories: Array<Territory>;
  /** Territories' market sizes per year (for market share). */
  territoryMarkets: Array<TerritoryMarket>;
  /** The average partner of a tier per period, to compare one's own figures with (never another partner's). */
  tierBenchmark: TierBenchmark;
  /** How tiers are evaluated (public to everyone signed in: the same rules for every partner). */
  tierProgram: TierProgram;
  /** Promotions and demotions the evaluations found, latest first. */
  tierProposals: TierProposalConnection;
  /** Where a partner stands against its tier's keep criteria and the next tier's entry criteria: NOT_FOUND for a partner the viewer may not see. */
  tierStanding: TierStanding;
  /** Partner tiers, lowest rank first. */
  tiers: Array<Tier>;
  /** How many of the viewer's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** The signed-in user, or null. */
  viewer?: Maybe<User>;
};


export type QueryAnnouncementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnnouncementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnnouncementFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryChannelComparisonArgs = {
  ascending?: Scalars['Boolean']['input'];
  currency?: Scalars['String']['input'];
  filter?: InputMaybe<ChannelMetricsFilter>;
  groupBy?: MetricGroupBy;
  metric?: ChannelMetric;
  period: Scalars['String']['input'];
  periodKind?: MetricPeriodKind;
};


export type QueryChannelMetricsArgs = {
  currency?: Scalars['String']['input'];
  filter?: InputMaybe<ChannelMetricsFilter>;
  from: Scalars['String']['input'];
  groupBy?: MetricGroupBy;
  periodKind?: MetricPeriodKind;
  to: Scalars['String']['input'];
};


export type QueryChannelSignalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kinds?: InputMaybe<Array<SignalKind>>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SignalStatus>;
};


export type QueryDealRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  statuses?: InputMaybe<Array<RegistrationStatus>>;
};


export type QueryDispatchCandidatesArgs = {
  leadId: Scalars['ID']['input'];
};


export type QueryIncentiveAccrualsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  programId: Scalars['ID']['input'];
};


export type QueryIncentiveProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncentiveProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryIncentiveStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  programId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInteractionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInteractionTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dueBefore?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  mine?: Scalars['Boolean']['input'];
  open?: Scalars['Boolean']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InteractionFilter>;
  first?: Scalars['Int']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInventoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadImportsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  inStatusForHours?: InputMaybe<Scalars['Int']['input']>;
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<LeadStatus>>;
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryMdfClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMdfClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MdfClaimFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryMdfFundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMdfFundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMdfLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MdfLedgerFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryMdfLedgerCheckArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMdfRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMdfRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MdfRequestFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryNotificationsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryOciTransferArgs = {
  hookUrl: Scalars['String']['input'];
  items: Array<OciItemInput>;
  okCode?: InputMaybe<Scalars['String']['input']>;
  returnTarget?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
  target?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  partnerId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderStatusArgs = {
  email: Scalars['String']['input'];
  number: Scalars['String']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<PartnerApplicationStatus>;
};


export type QueryPartnerQuotasArgs = {
  from: Scalars['String']['input'];
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  to: Scalars['String']['input'];
};


export type QueryPartnerTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kinds?: InputMaybe<Array<TimelineSource>>;
  partnerId: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPartnersNearArgs = {
  first?: Scalars['Int']['input'];
  kinds?: InputMaybe<Array<PartnerKind>>;
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
  radiusKm?: Scalars['Int']['input'];
  tierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryPlacesArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryRecentPartnerChangesArgs = {
  first?: Scalars['Int']['input'];
};


export type QuerySalesPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SalesPolicyFilter>;
  first?: Scalars['Int']['input'];
};


export type QuerySalesPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceCaseFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryShowroomArgs = {
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryShowroomProductArgs = {
  sku: Scalars['String']['input'];
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryShowroomSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  inStockOnly?: Scalars['Boolean']['input'];
  maxPrice?: InputMaybe<Scalars['String']['input']>;
  minPrice?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  sort?: ShowroomSort;
};


export type QueryShowroomSettingsArgs = {
  partnerId: Scalars['ID']['input'];
};


export type QuerySolutionArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySolutionArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  productId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTerritoryMarketsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTierBenchmarkArgs = {
  currency?: Scalars['String']['input'];
  from: Scalars['String']['input'];
  periodKind?: MetricPeriodKind;
  tierId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


export type QueryTierProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TierProposalStatus>;
};


export type QueryTierStandingArgs = {
  partnerId: Scalars['ID']['input'];
};

/** A user of a partner in the audience, and when it read the announcement (null: not yet). */
export type ReadReceipt = {
  __typename?: 'ReadReceipt';
  partner?: Maybe<Partner>;
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  user?: Maybe<User>;
};

export type ReadReceiptConnection = {
  __typename?: 'ReadReceiptConnection';
  edges: Array<ReadReceiptEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReadReceiptEdge = {
  __typename?: 'ReadReceiptEdge';
  cursor: Scalars['String']['output'];
  node: ReadReceipt;
};

/** How far an announcement reached its audience, counted over the partners in its audience now (onboarding or active) and their active users. */
export type ReadSummary = {
  __typename?: 'ReadSummary';
  partners: Scalars['Int']['output'];
  /** Partners at least one of whose users read it. */
  partnersRead: Scalars['Int']['output'];
  users: Scalars['Int']['output'];
  usersRead: Scalars['Int']['output'];
};

export type RecordInteractionInput = {
  kind: InteractionKind;
  notes?: Scalars['String']['input'];
  /** When the contact took place. */
  occurredAt: Scalars['DateTimeISO']['input'];
  outcome?: Scalars['String']['input'];
  /** Who took part, by name: at most 20 of at most 100 characters. */
  participants?: Array<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  /** Whether the partner's managers see it. */
  shared?: Scalars['Boolean']['input'];
  subject: Scalars['String']['input'];
  /** Follow-up tasks, at most 10. */
  tasks?: Array<InteractionTaskInput>;
};

export type RecordInteractionPayload = {
  __typename?: 'RecordInteractionPayload';
  interaction: Interaction;
};

export type RecordInvoiceInput = {
  /** On or after invoicedAt. */
  dueAt: Scalars['DateTimeISO']['input'];
  invoiceNumber: Scalars['String']['input'];
  invoicedAt: Scalars['DateTimeISO']['input'];
  orderId: Scalars['ID']['input'];
};

export type RecordInvoicePayload = {
  __typename?: 'RecordInvoicePayload';
  order: Order;
};

export type RecordPaymentInput = {
  orderId: Scalars['ID']['input'];
  paidAt: Scalars['DateTimeISO']['input'];
};

export type RecordPaymentPayload = {
  __typename?: 'RecordPaymentPayload';
  order: Order;
};

export type RefreshChannelMetricsPayload = {
  __typename?: 'RefreshChannelMetricsPayload';
  /** Cells (partner and month) waiting to be brought up to date when asked; the job takes them within seconds. */
  pendingCells: Scalars['Int']['output'];
};

/** An opportunity to register: who buys, what, for how much, by when. */
export type RegisterDealInput = {
  customerCompany: Scalars['String']['input'];
  customerContact?: InputMaybe<Scalars['String']['input']>;
  customerEmail?: InputMaybe<Scalars['String']['input']>;
  /** VAT or tax number, e.g. PL1234563218. */
  customerTaxId?: InputMaybe<Scalars['String']['input']>;
  /** ISO date, today or later. */
  expectedCloseDate: Scalars['String']['input'];
  expectedValue: MoneyInput;
  items?: Array<LeadItemInput>;
  notes?: Scalars['String']['input'];
};

export type RegisterDealPayload = {
  __typename?: 'RegisterDealPayload';
  registration: DealRegistration;
};

/** A record of another partner for the same end customer, beside the registration it conflicts with (brand staff only). */
export type RegistrationConflict = {
  __typename?: 'RegistrationConflict';
  kind: ConflictKind;
  /** Set when kind is LEAD. */
  lead?: Maybe<Lead>;
  matchedOn: Array<ConflictMatch>;
  partner?: Maybe<Partner>;
  /** Set when kind is REGISTRATION. */
  registration?: Maybe<DealRegistration>;
};

/** A product of a registered opportunity, with a quantity. */
export type RegistrationItem = {
  __typename?: 'RegistrationItem';
  product?: Maybe<Product>;
  /** Decimal with three places, e.g. "2.000". */
  quantity: Scalars['String']['output'];
};

/** PENDING waits for brand staff; APPROVED protects the partner until protectedUntil. */
export const RegistrationStatus = {
  APPROVED: 'APPROVED',
  PENDING: 'PENDING',
  REJECTED: 'REJECTED'
} as const;

export type RegistrationStatus = typeof RegistrationStatus[keyof typeof RegistrationStatus];
export type RejectDealRegistrationInput = {
  /** Why: the partner sees it. */
  reason: Scalars['String']['input'];
  registrationId: Scalars['ID']['input'];
};

export type RejectDealRegistrationPayload = {
  __typename?: 'RejectDealRegistrationPayload';
  registration: DealRegistration;
};

export type RejectMdfClaimInput = {
  claimId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RejectMdfClaimPayload = {
  __typename?: 'RejectMdfClaimPayload';
  claim: MdfClaim;
};

export type RejectMdfRequestPayload = {
  __typename?: 'RejectMdfRequestPayload';
  request: MdfRequest;
};

/** Rejects an application; the applicant is mailed the reason, in the language of its form. */
export type RejectPartnerApplicationInput = {
  applicationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RejectPartnerApplicationPayload = {
  __typename?: 'RejectPartnerApplicationPayload';
  application: PartnerApplication;
};

export type RemovePartnerQuotaInput = {
  partnerId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
};

export type RemovePartnerQuotaPayload = {
  __typename?: 'RemovePartnerQuotaPayload';
  /** Whether there was a quota to remove. */
  removed: Scalars['Boolean']['output'];
};

export type RemoveProductImageInput = {
  imageId: Scalars['ID']['input'];
};

export type RemoveProductImagePayload = {
  __typename?: 'RemoveProductImagePayload';
  image: ProductImage;
};

export type ReopenServiceCasePayload = {
  __typename?: 'ReopenServiceCasePayload';
  serviceCase: ServiceCase;
};

/** A partner's stock count on a day; a product counted again that day is corrected. */
export type ReportInventoryInput = {
  /** The day of the count, YYYY-MM-DD: not in the future, not before 2000. */
  countedOn: Scalars['String']['input'];
  /** 1 to 5000 lines, each product once. */
  lines: Array<InventoryLineInput>;
  partnerId: Scalars['ID']['input'];
};

export type ReportInventoryPayload = {
  __typename?: 'ReportInventoryPayload';
  report: InventoryReport;
};

export type RequestMdfInput = {
  activityType: MdfActivityType;
  description?: Scalars['String']['input'];
  /** YYYY-MM-DD, within the fund's period. */
  endsOn: Scalars['String']['input'];
  expectedLeads?: Scalars['Int']['input'];
  expectedRevenue?: Scalars['String']['input'];
  fundId: Scalars['ID']['input'];
  /** The viewer's own partner. */
  partnerId: Scalars['ID']['input'];
  plannedCost: Scalars['String']['input'];
  /** What the fund should pay: at most the planned cost. */
  requested: Scalars['String']['input'];
  /** YYYY-MM-DD, within the fund's period. */
  startsOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type RequestMdfPayload = {
  __typename?: 'RequestMdfPayload';
  request: MdfRequest;
};

export type ResolveServiceCaseInput = {
  caseId: Scalars['ID']['input'];
  /** Kept in the timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The published solution article that solved it. */
  solutionArticleId?: InputMaybe<Scalars['ID']['input']>;
};

export type ResolveServiceCasePayload = {
  __typename?: 'ResolveServiceCasePayload';
  serviceCase: ServiceCase;
};

/** A request sent back for changes, changed and sent again. */
export type ResubmitMdfRequestInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  plannedCost?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
  requested?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ResubmitMdfRequestPayload = {
  __typename?: 'ResubmitMdfRequestPayload';
  request: MdfRequest;
};

export type ResumeServiceCasePayload = {
  __typename?: 'ResumeServiceCasePayload';
  serviceCase: ServiceCase;
};

export type RevokeApiTokenInput = {
  apiTokenId: Scalars['ID']['input'];
};

export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  apiToken: ApiToken;
};

export const Role = {
  ADMIN: 'ADMIN',
  ANALYST: 'ANALYST',
  CHANNEL_MANAGER: 'CHANNEL_MANAGER',
  PARTNER_EMPLOYEE: 'PARTNER_EMPLOYEE',
  PARTNER_MANAGER: 'PARTNER_MANAGER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** A sales policy the brand publishes to its channel: a series of versions, each effective from a day, the same text for every partner of its audience. */
export type SalesPolicy = {
  __typename?: 'SalesPolicy';
  audience: Audience;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The published version that applies today. */
  currentVersion?: Maybe<SalesPolicyVersion>;
  /** The draft of its next version (brand staff only). */
  draft?: Maybe<SalesPolicyVersion>;
  /** When its first version was published; null while it has only a draft. */
  firstPublishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  kind: SalesPolicyKind;
  /** The latest published version: the one partners acknowledge. */
  latestVersion?: Maybe<SalesPolicyVersion>;
  title: Scalars['String']['output'];
  /** A published version that applies from a later day. */
  upcomingVersion?: Maybe<SalesPolicyVersion>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Its versions, latest first (partner users: the published ones). */
  versions: Array<SalesPolicyVersion>;
};

export type SalesPolicyConnection = {
  __typename?: 'SalesPolicyConnection';
  edges: Array<SalesPolicyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SalesPolicyEdge = {
  __typename?: 'SalesPolicyEdge';
  cursor: Scalars['String']['output'];
  node: SalesPolicy;
};

export type SalesPolicyFilter = {
  /** Partner managers: only (true) or none of (false) the policies whose latest published version the viewer has not acknowledged. */
  awaitingMyAcknowledgment?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these kinds; none: every kind. */
  kinds?: InputMaybe<Array<SalesPolicyKind>>;
};

/** What a sales policy governs; PARTNER_AGREEMENT is the agreement a partner accepts when it joins. */
export const SalesPolicyKind = {
  CONFLICT_RULES: 'CONFLICT_RULES',
  DISCOUNTS: 'DISCOUNTS',
  OTHER: 'OTHER',
  PARTNER_AGREEMENT: 'PARTNER_AGREEMENT',
  PAYMENT_TERMS: 'PAYMENT_TERMS',
  PRICE_LIST: 'PRICE_LIST',
  RULES_OF_ENGAGEMENT: 'RULES_OF_ENGAGEMENT'
} as const;

export type SalesPolicyKind = typeof SalesPolicyKind[keyof typeof SalesPolicyKind];
/** One version of a sales policy: a draft (brand staff only) or published, after which it never changes. */
export type SalesPolicyVersion = {
  __typename?: 'SalesPolicyVersion';
  /** The viewer's and its partner's acknowledgment; null for brand staff and for drafts. */
  acknowledgment?: Maybe<OwnAcknowledgment>;
  /** How far the audience acknowledged it (brand staff only). */
  acknowledgmentSummary: AcknowledgmentSummary;
  /** The policy text (plain text with line breaks). */
  body: Scalars['String']['output'];
  /** What changed from the version before. */
  changeNote: Scalars['String']['output'];
  /** YYYY-MM-DD: the day from which it applies. */
  effectiveOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The partners of the audience by name, acknowledged or not (brand staff only). */
  partnerAcknowledgments: PartnerAcknowledgmentConnection;
  policy?: Maybe<SalesPolicy>;
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who published it (brand staff only). */
  publishedBy?: Maybe<User>;
  status: PolicyVersionStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};


/** One version of a sales policy: a draft (brand staff only) or published, after which it never changes. */
export type SalesPolicyVersionPartnerAcknowledgmentsArgs = {
  acknowledged?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type SaveOfferInput = {
  deliveryDays: Scalars['Int']['input'];
  offered?: Scalars['Boolean']['input'];
  partnerId: Scalars['ID']['input'];
  partnerSku?: InputMaybe<Scalars['String']['input']>;
  /** The partner's net unit price. */
  price: MoneyInput;
  productId: Scalars['ID']['input'];
  stock: Scalars['Int']['input'];
};

export type SaveOfferPayload = {
  __typename?: 'SaveOfferPayload';
  offer: Offer;
};

export type SaveQueryInput = {
  /** 1 to 120 characters; the viewer's query of this name, if any, is replaced. */
  name: Scalars['String']['input'];
  /** A GraphQL document, up to 100,000 characters. */
  query: Scalars['String']['input'];
  /** The variables as written (JSON), up to 20,000 characters; blank is none. */
  variables?: InputMaybe<Scalars['String']['input']>;
};

export type SaveQueryPayload = {
  __typename?: 'SaveQueryPayload';
  savedQuery: SavedQuery;
};

/** The policy's next version as a draft: opened if it has none, changed if it has one. */
export type SaveSalesPolicyDraftInput = {
  /** The policy text, at most 50,000 characters. */
  body: Scalars['String']['input'];
  changeNote?: Scalars['String']['input'];
  /** YYYY-MM-DD: the day from which it applies; when published, not before today nor before the version it follows. */
  effectiveOn: Scalars['String']['input'];
  policyId: Scalars['ID']['input'];
};

export type SaveSalesPolicyDraftPayload = {
  __typename?: 'SaveSalesPolicyDraftPayload';
  version: SalesPolicyVersion;
};

export type SaveShowroomInput = {
  accentColor?: Scalars['String']['input'];
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  enabled: Scalars['Boolean']['input'];
  /** A new logo as base64: PNG, JPEG or WebP (read from the bytes), at most 512 KB. */
  logoBase64?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  pricesGross?: Scalars['Boolean']['input'];
  /** Remove the current logo; not together with logoBase64. */
  removeLogo?: Scalars['Boolean']['input'];
  slug: Scalars['String']['input'];
  vatPercent?: Scalars['Float']['input'];
  /** In the catalog's default language, and shown wherever welcomeTexts has none for the visitor's. */
  welcomeText?: Scalars['String']['input'];
  /** The welcome text in other languages; left out, the saved ones stay. */
  welcomeTexts?: InputMaybe<Array<LocalizedTextInput>>;
};

export type SaveShowroomPayload = {
  __typename?: 'SaveShowroomPayload';
  showroom: Showroom;
};

export type SaveSolutionArticleInput = {
  body: Scalars['String']['input'];
  /** The article to change; none: a new draft. */
  id?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Published articles are what partners find; false keeps (or makes) it a draft. */
  published: Scalars['Boolean']['input'];
  title: Scalars['String']['input'];
};

export type SaveSolutionArticlePayload = {
  __typename?: 'SaveSolutionArticlePayload';
  article: SolutionArticle;
};

export type SaveTerritoryPayload = {
  __typename?: 'SaveTerritoryPayload';
  territory: Territory;
};

export type SaveTierPayload = {
  __typename?: 'SaveTierPayload';
  tier: Tier;
};

/** A GraphQL document the viewer saved in the workbench: the viewer's own, seen by nobody else. */
export type SavedQuery = {
  __typename?: 'SavedQuery';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Unique among the viewer's saved queries; saving under it again replaces the text. */
  name: Scalars['String']['output'];
  /** The GraphQL document as the viewer wrote it. */
  query: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The variables editor's text, as written (JSON), or null. */
  variables?: Maybe<Scalars['String']['output']>;
};

/** A customer's service problem, logged by the partner that serves the customer. */
export type ServiceCase = {
  __typename?: 'ServiceCase';
  /** The files added to the case, oldest first. */
  attachments: Array<ServiceCaseAttachment>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  customerEmail?: Maybe<Scalars['String']['output']>;
  customerName: Scalars['String']['output'];
  customerPhone?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Every step of the case, oldest first. */
  events: Array<ServiceCaseEvent>;
  /** When the partner first took the case up: the first-response time ends here. */
  firstResponseAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The number the customer is given, e.g. S-2026-000123. */
  number: Scalars['String']['output'];
  openedAt: Scalars['DateTimeISO']['output'];
  openedBy?: Maybe<User>;
  partner?: Maybe<Partner>;
  product?: Maybe<Product>;
  /** When the case was (last) resolved: the resolution time ends here. */
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The customer's satisfaction on closing, 1 (poor) to 5 (excellent). */
  satisfaction?: Maybe<Scalars['Int']['output']>;
  serialNumber?: Maybe<Scalars['String']['output']>;
  severity: ServiceSeverity;
  /** The solution article that helped, if any. */
  solutionArticle?: Maybe<SolutionArticle>;
  status: ServiceCaseStatus;
  statusChangedAt: Scalars['DateTimeISO']['output'];
};

export const ServiceCaseAction = {
  ATTACHED: 'ATTACHED',
  CLOSED: 'CLOSED',
  OPENED: 'OPENED',
  REOPENED: 'REOPENED',
  RESOLVED: 'RESOLVED',
  RESUMED: 'RESUMED',
  SOLUTION_LINKED: 'SOLUTION_LINKED',
  STARTED: 'STARTED',
  WAITING: 'WAITING'
} as const;

export type ServiceCaseAction = typeof ServiceCaseAction[keyof typeof ServiceCaseAction];
/** A file added to a service case: a photo, a PDF document or a plain-text log. */
export type ServiceCaseAttachment = {
  __typename?: 'ServiceCaseAttachment';
  addedAt: Scalars['DateTimeISO']['output'];
  byteSize: Scalars['Int']['output'];
  /** Read from the bytes: image/png, image/jpeg, image/webp, application/pdf or text/plain. */
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Where the viewer's browser downloads it (signed-in session), e.g. /service-attachments/<id>. */
  url: Scalars['String']['output'];
};

export type ServiceCaseConnection = {
  __typename?: 'ServiceCaseConnection';
  edges: Array<ServiceCaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceCaseEdge = {
  __typename?: 'ServiceCaseEdge';
  cursor: Scalars['String']['output'];
  node: ServiceCase;
};

/** One step of a service case, oldest first. */
export type ServiceCaseEvent = {
  __typename?: 'ServiceCaseEvent';
  action: ServiceCaseAction;
  at: Scalars['DateTimeISO']['output'];
  fromStatus?: Maybe<ServiceCaseStatus>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  toStatus: ServiceCaseStatus;
};

export type ServiceCaseFilter = {
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ServiceCaseStatus>;
};

export type ServiceCaseNoteInput = {
  caseId: Scalars['ID']['input'];
  /** Kept in the timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export const ServiceCaseStatus = {
  CLOSED: 'CLOSED',
  IN_PROGRESS: 'IN_PROGRESS',
  OPEN: 'OPEN',
  RESOLVED: 'RESOLVED',
  WAITING_FOR_CUSTOMER: 'WAITING_FOR_CUSTOMER'
} as const;

export type ServiceCaseStatus = typeof ServiceCaseStatus[keyof typeof ServiceCaseStatus];
/** The customer whose problem it is: a name, and an email or phone to reach them. */
export type ServiceCustomerInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export const ServiceSeverity = {
  CRITICAL: 'CRITICAL',
  HIGH: 'HIGH',
  LOW: 'LOW',
  MEDIUM: 'MEDIUM'
} as const;

export type ServiceSeverity = typeof ServiceSeverity[keyof typeof ServiceSeverity];
export type SetBrandStockInput = {
  /** Units on hand, 0 to 1000000000: what the warehouse counted. */
  onHand: Scalars['Int']['input'];
  productId: Scalars['ID']['input'];
};

export type SetBrandStockPayload = {
  __typename?: 'SetBrandStockPayload';
  stock: BrandStock;
};

export type SetPartnerParentInput = {
  /** A distributor; null detaches the partner. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  partnerId: Scalars['ID']['input'];
};

export type SetPartnerParentPayload = {
  __typename?: 'SetPartnerParentPayload';
  partner: Partner;
};

export type SetPartnerQuotaInput = {
  /** Sell-in revenue to reach, more than 0. */
  amount: MoneyInput;
  partnerId: Scalars['ID']['input'];
  /** 2026-11 (a month) or 2026-Q4 (a quarter). */
  period: Scalars['String']['input'];
};

export type SetPartnerQuotaPayload = {
  __typename?: 'SetPartnerQuotaPayload';
  quota: PartnerQuota;
};

export type SetPartnerTerritoriesInput = {
  partnerId: Scalars['ID']['input'];
  territoryIds: Array<Scalars['ID']['input']>;
};

export type SetPartnerTerritoriesPayload = {
  __typename?: 'SetPartnerTerritoriesPayload';
  partner: Partner;
};

export type SetTerritoryMarketInput = {
  /** The territory's market for the year, more than 0. */
  amount: MoneyInput;
  territoryId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type SetTerritoryMarketPayload = {
  __typename?: 'SetTerritoryMarketPayload';
  market: TerritoryMarket;
};

/** A tier's criteria as they should be now: the list replaces the tier's criteria; the same list again changes nothing. */
export type SetTierCriteriaInput = {
  criteria: Array<TierCriterionInput>;
  tierId: Scalars['ID']['input'];
};

export type SetTierCriteriaPayload = {
  __typename?: 'SetTierCriteriaPayload';
  tier: Tier;
};

export type ShipOrderInput = {
  /** e.g. DHL, DPD, InPost. */
  carrier: Scalars['String']['input'];
  /** What this parcel holds; left out: everything not shipped yet. */
  lines?: InputMaybe<Array<ShipmentLineInput>>;
  orderId: Scalars['ID']['input'];
  /** The carrier's parcel number; the customer's order page shows it. */
  trackingReference: Scalars['String']['input'];
};

export type ShipOrderPayload = {
  __typename?: 'ShipOrderPayload';
  order: Order;
};

export type ShipmentInput = {
  shipmentId: Scalars['ID']['input'];
};

/** Units of one product in a parcel. */
export type ShipmentLine = {
  __typename?: 'ShipmentLine';
  product?: Maybe<Product>;
  quantity: Scalars['Int']['output'];
};

/** Units of one product of the order in a parcel. */
export type ShipmentLineInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** A partner's public, branded view of the catalog with its offers. */
export type Showroom = {
  __typename?: 'Showroom';
  /** Hex colour, e.g. #1c7ed6. */
  accentColor: Scalars['String']['output'];
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  partnerId: Scalars['ID']['output'];
  /** Prices shown with VAT (gross) or without (net). */
  pricesGross: Scalars['Boolean']['output'];
  /** The address part: /s/<slug>. */
  slug: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  vatPercent: Scalars['Float']['output'];
  /** In the catalog's default language (see welcomeTexts). */
  welcomeText: Scalars['String']['output'];
  /** The welcome text in every other catalog language that has one. */
  welcomeTexts: Array<LocalizedText>;
};

/** A product as one showroom shows it. */
export type ShowroomItem = {
  __typename?: 'ShowroomItem';
  /** In the request's language, or the default language's where it has none. */
  attributes: Array<ShowroomProductAttribute>;
  /** In stock (brand showroom: at some active partner). */
  available: Scalars['Boolean']['output'];
  category?: Maybe<Category>;
  categoryId?: Maybe<Scalars['ID']['output']>;
  /** Days to deliver: the partner's; in the brand's showroom, the quickest active partner's. */
  deliveryDays?: Maybe<Scalars['Int']['output']>;
  description: Scalars['String']['output'];
  /** The product id. */
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** Every picture, in order. */
  images: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The same price without VAT: what an OCI transfer carries to a procurement system (OCI prices are net). */
  netPrice: Money;
  partnerSku?: Maybe<Scalars['String']['output']>;
  /** The showroom's price: the partner's (or the list price in the brand's), net or gross as the showroom says. */
  price: Money;
  sku: Scalars['String']['output'];
  /** Units on hand: only in the partner's own showroom. */
  stock?: Maybe<Scalars['Int']['output']>;
  unit: Scalars['String']['output'];
};

export type ShowroomItemEdge = {
  __typename?: 'ShowroomItemEdge';
  cursor: Scalars['String']['output'];
  node: ShowroomItem;
};

export type ShowroomProductAttribute = {
  __typename?: 'ShowroomProductAttribute';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ShowroomSearchResult = {
  __typename?: 'ShowroomSearchResult';
  edges: Array<ShowroomItemEdge>;
  facets: Array<CategoryFacet>;
  pageInfo: PageInfo;
  /** Lowest and highest price of the matches, ignoring the price filter. */
  priceRange?: Maybe<PriceRange>;
  showroom: PublicShowroom;
  totalCount: Scalars['Int']['output'];
};

export const ShowroomSort = {
  NAME: 'NAME',
  PRICE_ASC: 'PRICE_ASC',
  PRICE_DESC: 'PRICE_DESC',
  RELEVANCE: 'RELEVANCE'
} as const;

export type ShowroomSort = typeof ShowroomSort[keyof typeof ShowroomSort];
export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignInPayload = {
  __typename?: 'SignInPayload';
  user: User;
};

export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  signedOut: Scalars['Boolean']['output'];
};

/** One number that made a signal fire (or a name it concerns), as it was when judged. */
export type SignalFact = {
  __typename?: 'SignalFact';
  /** e.g. completion, sellIn, quota, series, currency, territory */
  name: Scalars['String']['output'];
  /** A series of monthly values, oldest first. */
  series?: Maybe<Array<Scalars['Float']['output']>>;
  text?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
};

/** The rules that say a channel must change. */
export const SignalKind = {
  CHANNEL_CONFLICTS: 'CHANNEL_CONFLICTS',
  CHANNEL_COST_RISING: 'CHANNEL_COST_RISING',
  DISTRIBUTION_LOW: 'DISTRIBUTION_LOW',
  INVENTORY_HIGH: 'INVENTORY_HIGH',
  MARKET_SHARE_LOW: 'MARKET_SHARE_LOW',
  NEW_CHANNEL_RISING: 'NEW_CHANNEL_RISING',
  PAYMENT_PERIOD_LONG: 'PAYMENT_PERIOD_LONG',
  PRICE_PRESSURE: 'PRICE_PRESSURE',
  QUOTA_COMPLETION_LOW: 'QUOTA_COMPLETION_LOW',
  SALES_DECLINING: 'SALES_DECLINING',
  SATISFACTION_FALLING: 'SATISFACTION_FALLING'
} as const;

export type SignalKind = typeof SignalKind[keyof typeof SignalKind];
/** A rule that says a channel must change, with the thresholds brand staff tune. */
export type SignalRule = {
  __typename?: 'SignalRule';
  enabled: Scalars['Boolean']['output'];
  kind: SignalKind;
  /** The thresholds, by name. */
  thresholds: Array<SignalThreshold>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** OPEN: to be looked at; ACKNOWLEDGED: looked at, with a note; CLEARED: the figures no longer fire the rule. */
export const SignalStatus = {
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  CLEARED: 'CLEARED',
  OPEN: 'OPEN'
} as const;

export type SignalStatus = typeof SignalStatus[keyof typeof SignalStatus];
/** A number a signal rule compares with: a threshold, or a number of periods. */
export type SignalThreshold = {
  __typename?: 'SignalThreshold';
  /** e.g. minCompletion, periods, maxDays */
  name: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type SignalThresholdInput = {
  name: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

/** The brand owner's answer to a known problem; partners read the published ones. */
export type SolutionArticle = {
  __typename?: 'SolutionArticle';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  product?: Maybe<Product>;
  /** Null: a draft, seen by brand staff only. */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type SolutionArticleConnection = {
  __typename?: 'SolutionArticleConnection';
  edges: Array<SolutionArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SolutionArticleEdge = {
  __typename?: 'SolutionArticleEdge';
  cursor: Scalars['String']['output'];
  node: SolutionArticle;
};

export type StartFulfilmentPayload = {
  __typename?: 'StartFulfilmentPayload';
  order: Order;
};

export type StartLeadImportInput = {
  /** CSV text with a header of the New lead form's fields: name (or contactName), email, consentText; optional company, phone, postalCode, country, message. */
  csv: Scalars['String']['input'];
  /** Dispatch the new leads by the rules once they are written. */
  dispatch?: Scalars['Boolean']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
};

export type StartLeadImportPayload = {
  __typename?: 'StartLeadImportPayload';
  /** FAILED at once with every bad row, or RUNNING: poll leadImport(id). */
  leadImport: LeadImport;
};

export type StartPartnerOnboardingPayload = {
  __typename?: 'StartPartnerOnboardingPayload';
  partner: Partner;
};

export type StartProductImportInput = {
  /** CSV text with a header: sku,name,description,unit,list_price,currency,category_code,active,attributes,image_url */
  csv: Scalars['String']['input'];
};

export type StartProductImportPayload = {
  __typename?: 'StartProductImportPayload';
  /** FAILED at once with every bad row, or RUNNING: poll productImport(id). */
  productImport: ProductImport;
};

export type StartServiceCasePayload = {
  __typename?: 'StartServiceCasePayload';
  serviceCase: ServiceCase;
};

export type SubmitMdfClaimPayload = {
  __typename?: 'SubmitMdfClaimPayload';
  claim: MdfClaim;
};

export type SubmitOrderPayload = {
  __typename?: 'SubmitOrderPayload';
  order: Order;
};

/** "Request a quote / contact me" from a showroom. */
export type SubmitShowroomLeadInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  /** Must be true: the customer agreed to be contacted. */
  consent: Scalars['Boolean']['input'];
  /** The consent text shown to the customer, stored with the lead. */
  consentText: Scalars['String']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  items?: Array<LeadItemInput>;
  message?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** A partner showroom's slug; omitted: the brand's showroom (the lead waits for dispatch). */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Leave empty: a field people never see, which bots fill in. */
  website?: InputMaybe<Scalars['String']['input']>;
};

export type SubmitShowroomLeadPayload = {
  __typename?: 'SubmitShowroomLeadPayload';
  leadId: Scalars['ID']['output'];
  /** The short reference to quote when contacting the partner, e.g. L-2026-000123. */
  reference: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each change to a lead the viewer may see (a partner: its own leads; brand staff: all), once committed. Over WebSocket (graphql-ws) on /graphql. */
  leadChanged: LeadChange;
  /** Each notification for the viewer, once committed. Over WebSocket (graphql-ws) on /graphql. */
  notificationAdded: NotificationAdded;
  /** Each change to an order the viewer may see (a partner: its own orders; brand staff: all), once committed. Over WebSocket (graphql-ws) on /graphql. */
  orderChanged: OrderChange;
};

export type SuspendPartnerPayload = {
  __typename?: 'SuspendPartnerPayload';
  partner: Partner;
};

export type TerminatePartnerPayload = {
  __typename?: 'TerminatePartnerPayload';
  partner: Partner;
};

/** A named area that partners serve. */
export type Territory = {
  __typename?: 'Territory';
  code: Scalars['String']['output'];
  /** ISO country codes. */
  countries: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  postalPrefixes: Array<Scalars['String']['output']>;
  regions: Array<Scalars['String']['output']>;
};

export type TerritoryInput = {
  code: Scalars['String']['input'];
  countries: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  postalPrefixes?: InputMaybe<Array<Scalars['String']['input']>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A territory's market size for a year, as estimated by brand staff (for market share). */
export type TerritoryMarket = {
  __typename?: 'TerritoryMarket';
  amount: Money;
  territoryId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

/** A partner level with its benefits. */
export type Tier = {
  __typename?: 'Tier';
  code: Scalars['String']['output'];
  /** What a partner needs to enter and to keep this tier. */
  criteria: Array<TierCriterion>;
  /** Discount off list price, in percent. */
  discountPercent: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** Hours a partner of this tier has to accept a dispatched lead before it goes back to dispatch; null: no limit. */
  leadAcceptHours?: Maybe<Scalars['Int']['output']>;
  /** Higher values get leads first. */
  leadPriority: Scalars['Int']['output'];
  /** Open leads (NEW, DISPATCHED, ACCEPTED, QUALIFIED) a partner of this tier may hold before automatic dispatch passes it over; null: no cap. */
  maxOpenLeads?: Maybe<Scalars['Int']['output']>;
  mdfEligible: Scalars['Boolean']['output'];
  /** The partner's share of an MDF activity's cost the brand pays, in percent (a benefit of the tier). */
  mdfSharePercent: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** Higher ranks are better tiers. */
  rank: Scalars['Int']['output'];
};

export type TierBenchmark = {
  __typename?: 'TierBenchmark';
  /** Empty when the tier has fewer than three active partners. */
  periods: Array<TierBenchmarkPeriod>;
  /** The tier compared with (none: the partner has no tier). */
  tierId?: Maybe<Scalars['ID']['output']>;
};

/** A tier's average partner in a period: money per partner, rates over the whole tier. Nothing for a tier of fewer than three active partners. */
export type TierBenchmarkPeriod = {
  __typename?: 'TierBenchmarkPeriod';
  figures: ChannelFigures;
  partnerCount: Scalars['Int']['output'];
  period: Scalars['String']['output'];
  periodStart: Scalars['String']['output'];
};

/** A minimum a partner must reach for a tier. Amounts are in major units of the currency (money metrics only). */
export type TierCriterion = {
  __typename?: 'TierCriterion';
  /** The currency of a money metric. */
  currency?: Maybe<Scalars['String']['output']>;
  metric: TierMetric;
  /** Amount (money metrics), percent (rates) or people. */
  minimum: Scalars['Float']['output'];
  purpose: CriterionPurpose;
  tierId: Scalars['ID']['output'];
};

export type TierCriterionInput = {
  /** ISO currency, for SELL_IN and SELL_OUT only. */
  currency?: InputMaybe<Scalars['String']['input']>;
  metric: TierMetric;
  /** Amount in major units (money metrics, at most two decimals), percent 0-100 (rates) or whole people. */
  minimum: Scalars['Float']['input'];
  purpose: CriterionPurpose;
};

export const TierDirection = {
  DEMOTION: 'DEMOTION',
  PROMOTION: 'PROMOTION'
} as const;

export type TierDirection = typeof TierDirection[keyof typeof TierDirection];
/** What an evaluation did. */
export type TierEvaluation = {
  __typename?: 'TierEvaluation';
  /** Applied at once (the program applies them automatically). */
  applied: Scalars['Int']['output'];
  evaluated: Scalars['Int']['output'];
  /** New proposals. */
  proposed: Scalars['Int']['output'];
  /** Open proposals a later evaluation no longer supports. */
  superseded: Scalars['Int']['output'];
  windowEnd: Scalars['String']['output'];
  windowStart: Scalars['String']['output'];
};

export type TierInput = {
  code: Scalars['String']['input'];
  discountPercent: Scalars['Float']['input'];
  /** 1 to 720 hours to accept a dispatched lead; null: no limit; omitted on update: unchanged. */
  leadAcceptHours?: InputMaybe<Scalars['Int']['input']>;
  leadPriority: Scalars['Int']['input'];
  /** At most this many open leads per partner before automatic dispatch passes it over; null: no cap; omitted on update: unchanged. */
  maxOpenLeads?: InputMaybe<Scalars['Int']['input']>;
  mdfEligible: Scalars['Boolean']['input'];
  /** Percent of an MDF activity's cost the brand pays for partners of this tier; omitted: 0 on creation, unchanged on update. */
  mdfSharePercent?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  rank: Scalars['Int']['input'];
};

/** SELL_IN / SELL_OUT: the partner's purchases from the brand / sales to its customers over the program's window, in one currency; LEAD_ACCEPTANCE_RATE: accepted of dispatched leads, percent; WIN_RATE: won of won and lost leads, percent; TRAINED_STAFF: people named in the partner's training interactions. */
export const TierMetric = {
  LEAD_ACCEPTANCE_RATE: 'LEAD_ACCEPTANCE_RATE',
  SELL_IN: 'SELL_IN',
  SELL_OUT: 'SELL_OUT',
  TRAINED_STAFF: 'TRAINED_STAFF',
  WIN_RATE: 'WIN_RATE'
} as const;

export type TierMetric = typeof TierMetric[keyof typeof TierMetric];
/** How tiers are evaluated: the window of whole months, and whether the results apply without a channel manager. */
export type TierProgram = {
  __typename?: 'TierProgram';
  /** Promotions and demotions apply as soon as the evaluation finds them. */
  autoApply: Scalars['Boolean']['output'];
  /** When the last evaluation measured the partners (for a partner's users: its own partners). */
  evaluatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whole months up to the last one that ended. */
  windowMonths: Scalars['Int']['output'];
};

/** A promotion or demotion the evaluation found, with the figures behind it. */
export type TierProposal = {
  __typename?: 'TierProposal';
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decidedBy?: Maybe<User>;
  decisionNote: Scalars['String']['output'];
  direction: TierDirection;
  facts: Array<CriterionCheck>;
  fromTier?: Maybe<Tier>;
  id: Scalars['ID']['output'];
  partner?: Maybe<Partner>;
  status: TierProposalStatus;
  /** The tier proposed; null: no tier. */
  toTier?: Maybe<Tier>;
  windowEnd: Scalars['String']['output'];
  windowStart: Scalars['String']['output'];
};

export type TierProposalConnection = {
  __typename?: 'TierProposalConnection';
  edges: Array<TierProposalEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TierProposalEdge = {
  __typename?: 'TierProposalEdge';
  cursor: Scalars['String']['output'];
  node: TierProposal;
};

/** SUPERSEDED: a later evaluation proposed otherwise, or nothing. */
export const TierProposalStatus = {
  APPLIED: 'APPLIED',
  DISMISSED: 'DISMISSED',
  PROPOSED: 'PROPOSED',
  SUPERSEDED: 'SUPERSEDED'
} as const;

export type TierProposalStatus = typeof TierProposalStatus[keyof typeof TierProposalStatus];
/** Where a partner stands: its tier's keep criteria and the next tier's entry criteria against its figures, as of the last evaluation. */
export type TierStanding = {
  __typename?: 'TierStanding';
  evaluatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  figures: Array<MetricFigure>;
  /** Its tier's keep criteria. */
  keep: Array<CriterionCheck>;
  /** The next tier's entry criteria. */
  next: Array<CriterionCheck>;
  /** The tier ranked next above; null at the top. */
  nextTier?: Maybe<Tier>;
  partner?: Maybe<Partner>;
  tier?: Maybe<Tier>;
  windowEnd?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD, the first day of the window; null before the first evaluation. */
  windowStart?: Maybe<Scalars['String']['output']>;
};

/** A page of a timeline. It has no total: that would count every source in full for each page. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEntryEdge>;
  pageInfo: PageInfo;
};

/** One event of a partner's timeline: an interaction, or a step of a lead, order, service case or MDF request. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** The source's word for what happened: VISIT, ACCEPTED, SHIPPED, RESERVE, ... */
  action: Scalars['String']['output'];
  /** Who made it happen, when a user did. */
  actor?: Maybe<User>;
  at: Scalars['DateTimeISO']['output'];
  /** A reason, note or amount, as the source recorded it. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The interaction, for an INTERACTION entry. */
  interaction?: Maybe<Interaction>;
  /** Unique across the sources. */
  key: Scalars['ID']['output'];
  source: TimelineSource;
  /** The lead, order, service case, MDF request (or fund) or interaction the entry is about. */
  subjectId: Scalars['ID']['output'];
  /** The number or subject of what the entry is about (L-2026-000123, an interaction's subject). */
  title: Scalars['String']['output'];
};

export type TimelineEntryEdge = {
  __typename?: 'TimelineEntryEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

/** What a timeline entry records: an interaction, or an event of a lead, order, service case or MDF request. */
export const TimelineSource = {
  INTERACTION: 'INTERACTION',
  LEAD: 'LEAD',
  MDF: 'MDF',
  ORDER: 'ORDER',
  SERVICE_CASE: 'SERVICE_CASE'
} as const;

export type TimelineSource = typeof TimelineSource[keyof typeof TimelineSource];
/** A draft as it should read now: the same values again change nothing; a published one cannot change. */
export type UpdateAnnouncementInput = {
  announcementId: Scalars['ID']['input'];
  /** None: every partner. */
  audience?: InputMaybe<AudienceInput>;
  /** At most 20,000 characters. */
  body: Scalars['String']['input'];
  kind: AnnouncementKind;
  title: Scalars['String']['input'];
};

export type UpdateAnnouncementPayload = {
  __typename?: 'UpdateAnnouncementPayload';
  announcement: Announcement;
};

export type UpdateCategoryInput = {
  categoryId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: Scalars['Int']['input'];
  /** The name in other languages; left out, an update keeps the ones it has. */
  translations?: InputMaybe<Array<LocalizedTextInput>>;
};

export type UpdateCategoryPayload = {
  __typename?: 'UpdateCategoryPayload';
  category: Category;
};

export type UpdateDispatchRulesPayload = {
  __typename?: 'UpdateDispatchRulesPayload';
  rules: DispatchRules;
};

/** A draft as it should read now; a published program cannot change. */
export type UpdateIncentiveProgramInput = {
  /** None: every partner. */
  audience?: InputMaybe<AudienceInput>;
  basis?: InputMaybe<IncentiveBasis>;
  /** Amount per converted lead, like 50.00. */
  bonus?: InputMaybe<Scalars['String']['input']>;
  /** Only lines of products in this category (and the categories below it) count; none: every product. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO currency: orders in it count, and amounts are in it. */
  currency: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  /** YYYY-MM-DD, the last day of a period; none: open-ended. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  kind: IncentiveKind;
  name: Scalars['String']['input'];
  period: IncentivePeriod;
  programId: Scalars['ID']['input'];
  /** Basis points, 1 to 10000 (200 = 2%). */
  rateBasisPoints?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD, the first day of a period (a month, a quarter, a year). */
  startsOn: Scalars['String']['input'];
  /** Amount like 100000.00. */
  threshold?: Scalars['String']['input'];
};

export type UpdateIncentiveProgramPayload = {
  __typename?: 'UpdateIncentiveProgramPayload';
  program: IncentiveProgram;
};

/** An interaction as it should read now: the same values again change nothing. */
export type UpdateInteractionInput = {
  interactionId: Scalars['ID']['input'];
  kind: InteractionKind;
  notes?: Scalars['String']['input'];
  /** When the contact took place. */
  occurredAt: Scalars['DateTimeISO']['input'];
  outcome?: Scalars['String']['input'];
  /** Who took part, by name: at most 20 of at most 100 characters. */
  participants?: Array<Scalars['String']['input']>;
  /** Whether the partner's managers see it. */
  shared?: Scalars['Boolean']['input'];
  subject: Scalars['String']['input'];
};

export type UpdateInteractionPayload = {
  __typename?: 'UpdateInteractionPayload';
  interaction: Interaction;
};

export type UpdatePartnerProfileInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
  /** Tax id as on invoices (e.g. PL 779-23-08-495): stored with letters and digits only, upper case; blank or null: none. */
  taxId?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePartnerProfilePayload = {
  __typename?: 'UpdatePartnerProfilePayload';
  partner: Partner;
};

export type UpdateProductInput = {
  active?: Scalars['Boolean']['input'];
  attributes?: Array<AttributeInput>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  listPrice: MoneyInput;
  name: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
  /** Unique, 1 to 40 characters. */
  sku: Scalars['String']['input'];
  /** Every translation the product has; left out, an update keeps the ones it has. */
  translations?: InputMaybe<Array<ProductTranslationInput>>;
  /** ISO unit code, at most 3 characters. */
  unit?: Scalars['String']['input'];
};

export type UpdateProductPayload = {
  __typename?: 'UpdateProductPayload';
  product: Product;
};

/** A policy's title and audience as they should read now: the same values again change nothing. */
export type UpdateSalesPolicyInput = {
  audience: AudienceInput;
  policyId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type UpdateSalesPolicyPayload = {
  __typename?: 'UpdateSalesPolicyPayload';
  policy: SalesPolicy;
};

export type UpdateSignalRuleInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind: SignalKind;
  /** Thresholds to change; those not named keep their values. */
  thresholds?: InputMaybe<Array<SignalThresholdInput>>;
};

export type UpdateSignalRulePayload = {
  __typename?: 'UpdateSignalRulePayload';
  rule: SignalRule;
};

export type UpdateTerritoryInput = {
  code: Scalars['String']['input'];
  countries: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  postalPrefixes?: InputMaybe<Array<Scalars['String']['input']>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  territoryId: Scalars['ID']['input'];
};

export type UpdateTierInput = {
  code: Scalars['String']['input'];
  discountPercent: Scalars['Float']['input'];
  /** 1 to 720 hours to accept a dispatched lead; null: no limit; omitted on update: unchanged. */
  leadAcceptHours?: InputMaybe<Scalars['Int']['input']>;
  leadPriority: Scalars['Int']['input'];
  /** At most this many open leads per partner before automatic dispatch passes it over; null: no cap; omitted on update: unchanged. */
  maxOpenLeads?: InputMaybe<Scalars['Int']['input']>;
  mdfEligible: Scalars['Boolean']['input'];
  /** Percent of an MDF activity's cost the brand pays for partners of this tier; omitted: 0 on creation, unchanged on update. */
  mdfSharePercent?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  rank: Scalars['Int']['input'];
  tierId: Scalars['ID']['input'];
};

export type UpdateTierProgramInput = {
  autoApply: Scalars['Boolean']['input'];
  /** 3, 6, 12 or 24 whole months. */
  windowMonths: Scalars['Int']['input'];
};

export type UpdateTierProgramPayload = {
  __typename?: 'UpdateTierProgramPayload';
  program: TierProgram;
};

/** A person who signs in to Trellis. */
export type User = {
  __typename?: 'User';
  /** False once deactivated; a deactivated user cannot sign in. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True until the user has set a password through an invitation. */
  invited: Scalars['Boolean']['output'];
  locale: Scalars['String']['output'];
  /** The user's partner; null for brand-owner staff. */
  partner?: Maybe<Partner>;
  role: Role;
};

export type WaitForCustomerPayload = {
  __typename?: 'WaitForCustomerPayload';
  serviceCase: ServiceCase;
};
