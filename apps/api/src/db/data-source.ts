import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { StatementLogger } from './statement-logger';
import { pgTypes } from './pg-types';
import { logger } from '../logger';
import { User } from '../access/user.entity';
import { UserSession } from '../access/session.entity';
import { ApiToken } from '../access/api-token.entity';
import { Invitation } from '../access/invitation.entity';
import { Partner } from '../modules/partners/partner.entity';
import { Tier } from '../modules/partners/tier.entity';
import { Territory } from '../modules/partners/territory.entity';
import { PartnerChange } from '../modules/partners/partner-change.entity';
import { Category } from '../modules/catalog/category.entity';
import { Product } from '../modules/catalog/product.entity';
import { ProductImage } from '../modules/catalog/product-image.entity';
import { Offer } from '../modules/catalog/offer.entity';
import { Showroom } from '../modules/showroom/showroom.entity';
import { Lead } from '../modules/leads/lead.entity';
import { Foundation1732400000000 } from './migrations/1732400000000-foundation';
import { CatalogShowroom1732500000000 } from './migrations/1732500000000-catalog-showroom';
import { Gazetteer1732600000000 } from './migrations/1732600000000-gazetteer';
import { CredentialsRole1732700000000 } from './migrations/1732700000000-credentials-role';
import { AuthenticateFunction1732800000000 } from './migrations/1732800000000-authenticate-function';
import { OpenShowroomFunction1732800000001 } from './migrations/1732800000001-open-showroom-function';
import { ViewerChanges1732800000002 } from './migrations/1732800000002-viewer-changes';
import { JobQueue1732900000000 } from './migrations/1732900000000-job-queue';
import { LeadLifecycle1732900000001 } from './migrations/1732900000001-lead-lifecycle';
import { LeadSla1732900000002 } from './migrations/1732900000002-lead-sla';
import { LeadAssignee1732900000003 } from './migrations/1732900000003-lead-assignee';
import { DispatchRules1733000000000 } from './migrations/1733000000000-dispatch-rules';
import { Notifications1733000000001 } from './migrations/1733000000001-notifications';
import { DealRegistrations1733000000002 } from './migrations/1733000000002-deal-registrations';
import { LeadErasure1733000000003 } from './migrations/1733000000003-lead-erasure';
import { ChannelLeads1733000000004 } from './migrations/1733000000004-channel-leads';
import { LeadImport1733000000005 } from './migrations/1733000000005-lead-import';
import { DispatchSpeed1733000000006 } from './migrations/1733000000006-dispatch-speed';
import { PostalDistricts1733000000007 } from './migrations/1733000000007-postal-districts';
import { CatalogLanguages1733000000008 } from './migrations/1733000000008-catalog-languages';
import { Orders1733000000009 } from './migrations/1733000000009-orders';
import { Inventory1733000000010 } from './migrations/1733000000010-inventory';
import { ServiceCases1733000000011 } from './migrations/1733000000011-service-cases';
import { OrderShipments1733000000012 } from './migrations/1733000000012-order-shipments';
import { ServiceCaseAttachments1733000000013 } from './migrations/1733000000013-service-case-attachments';
import { Mdf1733000000014 } from './migrations/1733000000014-mdf';
import { MdfAttribution1733000000015 } from './migrations/1733000000015-mdf-attribution';
import { RecordNumbers1733000000016 } from './migrations/1733000000016-record-numbers';
import { ChannelMetrics1733000000017 } from './migrations/1733000000017-channel-metrics';
import { Interactions1733000000018 } from './migrations/1733000000018-interactions';
import { SavedQueries1733000000019 } from './migrations/1733000000019-saved-queries';
import { OrderFacts1733000000020 } from './migrations/1733000000020-order-facts';
import { DoneTasks1733000000021 } from './migrations/1733000000021-done-tasks';
import { PoliciesAnnouncements1733000000022 } from './migrations/1733000000022-policies-announcements';
import { PartnerApplications1733000000023 } from './migrations/1733000000023-partner-applications';
import { TierRules1733000000024 } from './migrations/1733000000024-tier-rules';
import { Incentives1733000000025 } from './migrations/1733000000025-incentives';
import { TierEvaluatedAt1733000000026 } from './migrations/1733000000026-tier-evaluated-at';

export const entities = [
  User, UserSession, ApiToken, Invitation, Partner, Tier, Territory, PartnerChange, Category, Product, ProductImage, Offer, Showroom, Lead,
];
export const migrations = [Foundation1732400000000, CatalogShowroom1732500000000, Gazetteer1732600000000, CredentialsRole1732700000000, AuthenticateFunction1732800000000,
  OpenShowroomFunction1732800000001, ViewerChanges1732800000002, JobQueue1732900000000,
  LeadLifecycle1732900000001, LeadSla1732900000002, LeadAssignee1732900000003, DispatchRules1733000000000, Notifications1733000000001, DealRegistrations1733000000002, LeadErasure1733000000003, ChannelLeads1733000000004,
  LeadImport1733000000005,
  DispatchSpeed1733000000006, PostalDistricts1733000000007, CatalogLanguages1733000000008, Orders1733000000009, Inventory1733000000010, ServiceCases1733000000011, OrderShipments1733000000012,
  ServiceCaseAttachments1733000000013, Mdf1733000000014, MdfAttribution1733000000015, RecordNumbers1733000000016, ChannelMetrics1733000000017, Interactions1733000000018, SavedQueries1733000000019, OrderFacts1733000000020, DoneTasks1733000000021, PoliciesAnnouncements1733000000022, PartnerApplications1733000000023, TierRules1733000000024, Incentives1733000000025, TierEvaluatedAt1733000000026];

/**
 * A pool on the database. `idleInTransactionMs` makes PostgreSQL end a transaction left idle that long
 * (a request pool's backstop: a request that stalls cannot keep its connection and locks for ever).
 */
export function createDataSource(url: string, poolSize = 20, idleInTransactionMs?: number): DataSource {
  const dataSource: DataSource = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logger: new StatementLogger(),
    maxQueryExecutionTime: 1000,
    // An idle connection that PostgreSQL ends is worth a warning, unless the pool is being closed: the
    // pool's end() resolves before its sockets close, and the embedded server's shutdown right after can
    // still reach one.
    poolErrorHandler: (err: Error) =>
      closing.has(dataSource) ? logger.debug({ err }, 'pool connection ended at shutdown') : logger.warn({ err }, 'a pooled connection failed'),
    // A request that cannot get a connection within 10 s fails rather than waiting for ever.
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 10_000,
      types: pgTypes,
      ...(idleInTransactionMs ? { options: `-c idle_in_transaction_session_timeout=${idleInTransactionMs}` } : {}),
    },
  });
  return dataSource;
}

const closing = new WeakSet<DataSource>();

/** Closes a pool; the errors of its connections from here on are expected (see poolErrorHandler). */
export async function closeDataSource(dataSource: DataSource): Promise<void> {
  closing.add(dataSource);
  if (dataSource.isInitialized) await dataSource.destroy();
}
