import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ServiceCaseStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_CUSTOMER = 'WAITING_FOR_CUSTOMER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(ServiceCaseStatus, { name: 'ServiceCaseStatus' });

export enum ServiceSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(ServiceSeverity, { name: 'ServiceSeverity' });

export enum ServiceCaseAction {
  OPENED = 'OPENED',
  STARTED = 'STARTED',
  WAITING = 'WAITING',
  RESUMED = 'RESUMED',
  RESOLVED = 'RESOLVED',
  REOPENED = 'REOPENED',
  CLOSED = 'CLOSED',
  SOLUTION_LINKED = 'SOLUTION_LINKED',
  ATTACHED = 'ATTACHED',
}
registerEnumType(ServiceCaseAction, { name: 'ServiceCaseAction' });

@ObjectType({ description: "A customer's service problem, logged by the partner that serves the customer." })
export class ServiceCase {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The number the customer is given, e.g. S-2026-000123.' })
  number: string;

  partnerId: string;
  productId: string | null;
  solutionArticleId: string | null;
  openedById: string | null;

  @Field(() => String, { nullable: true })
  serialNumber: string | null;

  @Field()
  customerName: string;

  @Field(() => String, { nullable: true })
  customerEmail: string | null;

  @Field(() => String, { nullable: true })
  customerPhone: string | null;

  @Field()
  description: string;

  @Field(() => ServiceSeverity)
  severity: ServiceSeverity;

  @Field(() => ServiceCaseStatus)
  status: ServiceCaseStatus;

  @Field(() => Int, { nullable: true, description: "The customer's satisfaction on closing, 1 (poor) to 5 (excellent)." })
  satisfaction: number | null;

  @Field()
  openedAt: Date;

  @Field()
  statusChangedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the partner first took the case up: the first-response time ends here.' })
  firstResponseAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the case was (last) resolved: the resolution time ends here.' })
  resolvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  /** Keyset position in lists (opened_at to the microsecond, as text). */
  cursorAt: string;
}

@ObjectType({ description: 'One step of a service case, oldest first.' })
export class ServiceCaseEvent {
  @Field(() => ID)
  id: string;

  caseId: string;
  actorId: string | null;

  @Field(() => ServiceCaseAction)
  action: ServiceCaseAction;

  @Field(() => ServiceCaseStatus, { nullable: true })
  fromStatus: ServiceCaseStatus | null;

  @Field(() => ServiceCaseStatus)
  toStatus: ServiceCaseStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  at: Date;
}

@ObjectType({ description: "The brand owner's answer to a known problem; partners read the published ones." })
export class SolutionArticle {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  body: string;

  productId: string | null;

  @Field(() => Date, { nullable: true, description: 'Null: a draft, seen by brand staff only.' })
  publishedAt: Date | null;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'A file added to a service case: a photo, a PDF document or a plain-text log.' })
export class ServiceCaseAttachment {
  @Field(() => ID)
  id: string;

  caseId: string;
  addedById: string | null;

  @Field()
  fileName: string;

  @Field({ description: 'Read from the bytes: image/png, image/jpeg, image/webp, application/pdf or text/plain.' })
  contentType: string;

  @Field(() => Int)
  byteSize: number;

  @Field()
  addedAt: Date;

  @Field({ description: "Where the viewer's browser downloads it (signed-in session), e.g. /service-attachments/<id>." })
  get url(): string {
    return `/service-attachments/${this.id}`;
  }
}
