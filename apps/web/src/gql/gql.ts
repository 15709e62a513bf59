/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    tokenPrefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenRow_ApiTokenFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenRow_apiToken\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      changed\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment SavedQueryRow_savedQuery on SavedQuery {\n    id\n    name\n    query\n    variables\n    updatedAt\n  }\n": typeof types.SavedQueryRow_SavedQueryFragmentDoc,
    "\n  query SavedQueries {\n    savedQueries {\n      ...SavedQueryRow_savedQuery\n    }\n  }\n": typeof types.SavedQueriesDocument,
    "\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      savedQuery {\n        ...SavedQueryRow_savedQuery\n      }\n    }\n  }\n": typeof types.SaveQueryDocument,
    "\n  mutation DeleteSavedQuery($input: DeleteSavedQueryInput!) {\n    deleteSavedQuery(input: $input) {\n      deletedSavedQueryId\n    }\n  }\n": typeof types.DeleteSavedQueryDocument,
    "\n  query OnboardingPartners($first: Int!, $filter: PartnerFilter) {\n    partners(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          city\n          country\n        }\n      }\n    }\n  }\n": typeof types.OnboardingPartnersDocument,
    "\n  query RecentPartnerChanges($first: Int!) {\n    recentPartnerChanges(first: $first) {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        displayName\n      }\n      partner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecentPartnerChangesDocument,
    "\n  query OverdueFollowUps($dueBefore: String!) {\n    interactionTasks(open: true, dueBefore: $dueBefore, mine: true, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.OverdueFollowUpsDocument,
    "\n  fragment DispatchRulesFields_rules on DispatchRules {\n    territoryWeight\n    categoryWeight\n    tierWeight\n    distanceWeight\n    capacityWeight\n    requireTerritory\n    maxDistanceKm\n    redispatch\n    registrationProtectionDays\n    updatedAt\n  }\n": typeof types.DispatchRulesFields_RulesFragmentDoc,
    "\n  query SettingsDispatchRules {\n    dispatchRules {\n      ...DispatchRulesFields_rules\n    }\n  }\n": typeof types.SettingsDispatchRulesDocument,
    "\n  mutation UpdateDispatchRules($input: DispatchRulesInput!) {\n    updateDispatchRules(input: $input) {\n      rules {\n        ...DispatchRulesFields_rules\n      }\n    }\n  }\n": typeof types.UpdateDispatchRulesDocument,
    "\n  fragment LeadImportState_import on LeadImport {\n    id\n    status\n    fileName\n    dispatch\n    totalRows\n    processedRows\n    createdCount\n    dispatchedCount\n    errorCount\n    errors {\n      line\n      field\n      reason\n    }\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.LeadImportState_ImportFragmentDoc,
    "\n  mutation StartLeadImport($input: StartLeadImportInput!) {\n    startLeadImport(input: $input) {\n      leadImport {\n        ...LeadImportState_import\n      }\n    }\n  }\n": typeof types.StartLeadImportDocument,
    "\n  query LeadImport($id: ID!) {\n    leadImport(id: $id) {\n      ...LeadImportState_import\n    }\n  }\n": typeof types.LeadImportDocument,
    "\n  query LeadImports {\n    leadImports(first: 10) {\n      ...LeadImportState_import\n    }\n  }\n": typeof types.LeadImportsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner {\n        id\n        code\n        name\n        kind\n        status\n        city\n        country\n      }\n      firstManagerInvitation {\n        invitationUrl\n        expiresAt\n        user {\n          id\n          email\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  fragment PartnerAssignments_partner on Partner {\n    id\n    kind\n    tier { id name }\n    owner { id displayName email }\n    parent { id name code }\n    territories { id code name }\n  }\n": typeof types.PartnerAssignments_PartnerFragmentDoc,
    "\n  mutation AssignPartnerTier($input: AssignPartnerTierInput!) {\n    assignPartnerTier(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n": typeof types.AssignPartnerTierDocument,
    "\n  mutation AssignPartnerOwner($input: AssignPartnerOwnerInput!) {\n    assignPartnerOwner(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n": typeof types.AssignPartnerOwnerDocument,
    "\n  mutation SetPartnerParent($input: SetPartnerParentInput!) {\n    setPartnerParent(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerRelations_partner ...PartnerHistory_partner } }\n  }\n": typeof types.SetPartnerParentDocument,
    "\n  mutation SetPartnerTerritories($input: SetPartnerTerritoriesInput!) {\n    setPartnerTerritories(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n": typeof types.SetPartnerTerritoriesDocument,
    "\n  query PartnerFilterOptions {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      name\n    }\n  }\n": typeof types.PartnerFilterOptionsDocument,
    "\n  fragment PartnerHistory_partner on Partner {\n    id\n    history {\n      id\n      kind\n      summary\n      at\n      actor { id displayName }\n    }\n  }\n": typeof types.PartnerHistory_PartnerFragmentDoc,
    "\n  query PartnerList($first: Int!, $after: String, $filter: PartnerFilter) {\n    partners(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PartnerRow_partner\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PartnerListDocument,
    "\n  query PartnerPage($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      code\n      kind\n      status\n      ...PartnerProfile_partner\n      ...PartnerStatus_partner\n      ...PartnerAssignments_partner\n      ...PartnerRelations_partner\n      ...PartnerHistory_partner\n      users {\n        ...StaffMember_user\n      }\n    }\n  }\n": typeof types.PartnerPageDocument,
    "\n  fragment PartnerProfile_partner on Partner {\n    id\n    name\n    email\n    phone\n    website\n    street\n    city\n    postalCode\n    region\n    country\n    latitude\n    longitude\n  }\n": typeof types.PartnerProfile_PartnerFragmentDoc,
    "\n  mutation UpdatePartnerProfile($input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(input: $input) {\n      partner {\n        id\n        ...PartnerProfile_partner\n        ...PartnerHistory_partner\n      }\n    }\n  }\n": typeof types.UpdatePartnerProfileDocument,
    "\n  fragment PartnerRelations_partner on Partner {\n    id\n    kind\n    parent { id name code }\n    children { id name code kind status city country }\n  }\n": typeof types.PartnerRelations_PartnerFragmentDoc,
    "\n  fragment PartnerRow_partner on Partner {\n    id\n    code\n    name\n    kind\n    status\n    city\n    country\n    tier {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.PartnerRow_PartnerFragmentDoc,
    "\n  fragment PartnerStatus_partner on Partner {\n    id\n    name\n    status\n    nextStatuses\n  }\n": typeof types.PartnerStatus_PartnerFragmentDoc,
    "\n  mutation StartPartnerOnboarding($input: PartnerTransitionInput!) {\n    startPartnerOnboarding(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n": typeof types.StartPartnerOnboardingDocument,
    "\n  mutation ActivatePartner($input: PartnerTransitionInput!) {\n    activatePartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n": typeof types.ActivatePartnerDocument,
    "\n  mutation SuspendPartner($input: PartnerTransitionInput!) {\n    suspendPartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n": typeof types.SuspendPartnerDocument,
    "\n  mutation TerminatePartner($input: PartnerTransitionInput!) {\n    terminatePartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n": typeof types.TerminatePartnerDocument,
    "\n  fragment CategoryRow_category on Category {\n    id\n    code\n    name\n    defaultName\n    translations {\n      language\n      text\n    }\n    parentId\n    position\n  }\n": typeof types.CategoryRow_CategoryFragmentDoc,
    "\n  query CatalogCategories {\n    categories {\n      ...CategoryRow_category\n    }\n  }\n": typeof types.CatalogCategoriesDocument,
    "\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) { category { ...CategoryRow_category } }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) { category { ...CategoryRow_category } }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  query CatalogProduct($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      ...ProductForm_product\n      ...ProductImages_product\n    }\n  }\n": typeof types.CatalogProductDocument,
    "\n  fragment ProductForm_product on Product {\n    id\n    sku\n    defaultName\n    defaultDescription\n    unit\n    active\n    categoryId\n    listPrice {\n      amount\n      currency\n    }\n    defaultAttributes {\n      key\n      value\n    }\n    translations {\n      language\n      name\n      description\n      attributes {\n        key\n        value\n      }\n    }\n  }\n": typeof types.ProductForm_ProductFragmentDoc,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }\n  }\n": typeof types.UpdateProductDocument,
    "\n  fragment ProductImages_product on Product {\n    id\n    name\n    images {\n      id\n      position\n      src\n    }\n  }\n": typeof types.ProductImages_ProductFragmentDoc,
    "\n  mutation AddProductImage($input: AddProductImageInput!) {\n    addProductImage(input: $input) { image { id position src } }\n  }\n": typeof types.AddProductImageDocument,
    "\n  mutation RemoveProductImage($input: RemoveProductImageInput!) {\n    removeProductImage(input: $input) { image { id } }\n  }\n": typeof types.RemoveProductImageDocument,
    "\n  fragment ProductImportState_import on ProductImport {\n    id\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    errors {\n      line\n      field\n      reason\n    }\n  }\n": typeof types.ProductImportState_ImportFragmentDoc,
    "\n  mutation StartProductImport($input: StartProductImportInput!) {\n    startProductImport(input: $input) {\n      productImport {\n        ...ProductImportState_import\n      }\n    }\n  }\n": typeof types.StartProductImportDocument,
    "\n  query ProductImport($id: ID!) {\n    productImport(id: $id) {\n      ...ProductImportState_import\n    }\n  }\n": typeof types.ProductImportDocument,
    "\n  fragment CatalogProductRow_product on Product {\n    id\n    sku\n    name\n    unit\n    active\n    listPrice {\n      amount\n      currency\n    }\n    category {\n      id\n      name\n    }\n  }\n": typeof types.CatalogProductRow_ProductFragmentDoc,
    "\n  query CatalogProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CatalogProductRow_product\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CatalogProductsDocument,
    "\n  query ProductsCsv {\n    productsCsv\n  }\n": typeof types.ProductsCsvDocument,
    "\n  query FollowUpTasks($open: Boolean!, $dueBefore: String, $mine: Boolean!, $first: Int!, $after: String) {\n    interactionTasks(open: $open, dueBefore: $dueBefore, mine: $mine, first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUp_task\n          partner {\n            id\n            name\n          }\n          interaction {\n            id\n            kind\n            subject\n            occurredAt\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.FollowUpTasksDocument,
    "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      interaction {\n        id\n        kind\n        occurredAt\n        subject\n        participants\n        notes\n        outcome\n        shared\n        updatedAt\n      }\n    }\n  }\n": typeof types.UpdateInteractionDocument,
    "\n  mutation AddFollowUp($input: AddInteractionTaskInput!) {\n    addInteractionTask(input: $input) {\n      task {\n        id\n        interaction {\n          id\n          tasks {\n            ...FollowUp_task\n          }\n        }\n      }\n    }\n  }\n": typeof types.AddFollowUpDocument,
    "\n  query PartnerTimeline($partnerId: ID!, $first: Int!, $after: String, $kinds: [TimelineSource!]) {\n    partnerTimeline(partnerId: $partnerId, first: $first, after: $after, kinds: $kinds) {\n      edges {\n        node {\n          ...TimelineEntry_entry\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PartnerTimelineDocument,
    "\n  mutation RecordInteraction($input: RecordInteractionInput!) {\n    recordInteraction(input: $input) {\n      interaction {\n        id\n        subject\n        shared\n      }\n    }\n  }\n": typeof types.RecordInteractionDocument,
    "\n  fragment TimelineEntry_entry on TimelineEntry {\n    key\n    at\n    source\n    action\n    title\n    detail\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    interaction {\n      id\n      kind\n      subject\n      participants\n      notes\n      outcome\n      shared\n      occurredAt\n      # FollowUp_task's fields, written out: the API's depth limit (10) counts each fragment spread as a level.\n      tasks {\n        id\n        title\n        dueOn\n        doneAt\n        doneBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.TimelineEntry_EntryFragmentDoc,
    "\n  fragment FollowUp_task on InteractionTask {\n    id\n    title\n    dueOn\n    doneAt\n    doneBy {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": typeof types.FollowUp_TaskFragmentDoc,
    "\n  mutation CompleteFollowUp($input: CompleteInteractionTaskInput!) {\n    completeInteractionTask(input: $input) {\n      task {\n        ...FollowUp_task\n      }\n    }\n  }\n": typeof types.CompleteFollowUpDocument,
    "\n  query MdfFundDetail($id: ID!) {\n    mdfFund(id: $id) {\n      ...MdfFundRow_fund\n      createdAt\n      eligibleTiers {\n        id\n        name\n      }\n      allocations {\n        ...MdfBalance_allocation\n      }\n    }\n    mdfLedgerCheck(id: $id)\n  }\n": typeof types.MdfFundDetailDocument,
    "\n  query MdfFundRequests($fundId: ID!, $first: Int!) {\n    mdfRequests(first: $first, filter: { fundId: $fundId }) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          activityType\n          partner {\n            id\n            name\n          }\n          requested {\n            ...MdfMoney\n          }\n          approved {\n            ...MdfMoney\n          }\n          claimed {\n            ...MdfMoney\n          }\n        }\n      }\n    }\n  }\n": typeof types.MdfFundRequestsDocument,
    "\n  mutation AllocateMdf($input: AllocateMdfInput!) {\n    allocateMdf(input: $input) {\n      allocation {\n        ...MdfBalance_allocation\n      }\n    }\n  }\n": typeof types.AllocateMdfDocument,
    "\n  mutation ExpireMdfFund($input: ExpireMdfFundInput!) {\n    expireMdfFund(input: $input) {\n      fund {\n        id\n        expiredAt\n      }\n    }\n  }\n": typeof types.ExpireMdfFundDocument,
    "\n  fragment MdfFundRow_fund on MdfFund {\n    id\n    name\n    purpose\n    currency\n    periodStart\n    periodEnd\n    claimDeadline\n    expiredAt\n    activityTypes\n    totalBudget {\n      ...MdfMoney\n    }\n    allocated {\n      ...MdfMoney\n    }\n    unallocated {\n      ...MdfMoney\n    }\n  }\n": typeof types.MdfFundRow_FundFragmentDoc,
    "\n  query MdfFundList($first: Int!, $after: String) {\n    mdfFunds(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...MdfFundRow_fund\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MdfFundListDocument,
    "\n  query MdfLedger($first: Int!, $after: String, $filter: MdfLedgerFilter) {\n    mdfLedger(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          kind\n          note\n          requestId\n          claimId\n          amount {\n            ...MdfMoney\n          }\n          fund {\n            id\n            name\n          }\n          partner {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MdfLedgerDocument,
    "\n  query MdfFundNames($first: Int!) {\n    mdfFunds(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MdfFundNamesDocument,
    "\n  query MdfRequestQueue($first: Int!, $after: String, $filter: MdfRequestFilter) {\n    mdfRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfRequest_request\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MdfRequestQueueDocument,
    "\n  query MdfClaimQueue($first: Int!, $after: String, $filter: MdfClaimFilter) {\n    mdfClaims(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfClaim_claim\n          request {\n            id\n            number\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MdfClaimQueueDocument,
    "\n  mutation ApproveMdfRequest($input: ApproveMdfRequestInput!) {\n    approveMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": typeof types.ApproveMdfRequestDocument,
    "\n  mutation RejectMdfRequest($input: DecideMdfRequestInput!) {\n    rejectMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": typeof types.RejectMdfRequestDocument,
    "\n  mutation AskMdfRequestChanges($input: DecideMdfRequestInput!) {\n    askMdfRequestChanges(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": typeof types.AskMdfRequestChangesDocument,
    "\n  mutation ChannelCloseMdfRequest($input: MdfRequestIdInput!) {\n    closeMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": typeof types.ChannelCloseMdfRequestDocument,
    "\n  mutation ApproveMdfClaim($input: ApproveMdfClaimInput!) {\n    approveMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": typeof types.ApproveMdfClaimDocument,
    "\n  mutation RejectMdfClaim($input: RejectMdfClaimInput!) {\n    rejectMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": typeof types.RejectMdfClaimDocument,
    "\n  mutation PayMdfClaim($input: PayMdfClaimInput!) {\n    payMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": typeof types.PayMdfClaimDocument,
    "\n  mutation CreateMdfFund($input: CreateMdfFundInput!) {\n    createMdfFund(input: $input) {\n      fund {\n        ...MdfFundRow_fund\n      }\n    }\n  }\n": typeof types.CreateMdfFundDocument,
    "\n  query MdfTiers {\n    tiers {\n      id\n      name\n    }\n  }\n": typeof types.MdfTiersDocument,
    "\n  mutation AllocateMdfByRule($input: AllocateMdfByRuleInput!) {\n    allocateMdfByRule(input: $input) {\n      shares {\n        partner {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n          amountMinor\n        }\n        basis\n      }\n      allocations {\n        ...MdfBalance_allocation\n      }\n    }\n  }\n": typeof types.AllocateMdfByRuleDocument,
    "\n  query MdfShareTiers {\n    tiers {\n      id\n      name\n    }\n  }\n": typeof types.MdfShareTiersDocument,
    "\n  query PartnerOptions($distributorFilter: PartnerFilter!, $first: Int!) {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      code\n      name\n    }\n    brandUsers {\n      id\n      displayName\n      role\n      active\n    }\n    partners(first: $first, filter: $distributorFilter) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerOptionsDocument,
    "\n  query ChannelComparison($metric: ChannelMetric!, $period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!, $ascending: Boolean!) {\n    channelComparison(metric: $metric, period: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy, ascending: $ascending) {\n      groupKey\n      rank\n      value\n      previousValue\n      change\n      changeRatio\n      partnerCount\n      kind\n      partner {\n        id\n        name\n      }\n      tier {\n        id\n        name\n      }\n      territory {\n        id\n        name\n      }\n      figures {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n      previous {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.ChannelComparisonDocument,
    "\n  query PerformanceTrend($from: String!, $to: String!, $periodKind: MetricPeriodKind!, $currency: String!) {\n    channelMetrics(from: $from, to: $to, periodKind: $periodKind, currency: $currency, groupBy: CHANNEL) {\n      period\n      partnerCount\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n": typeof types.PerformanceTrendDocument,
    "\n  query PerformanceGroups($period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!) {\n    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy) {\n      groupKey\n      kind\n      partnerCount\n      partner {\n        id\n        name\n      }\n      tier {\n        id\n        name\n      }\n      territory {\n        id\n        name\n      }\n      figures {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.PerformanceGroupsDocument,
    "\n  mutation RefreshChannelMetrics {\n    refreshChannelMetrics {\n      pendingCells\n    }\n  }\n": typeof types.RefreshChannelMetricsDocument,
    "\n  query QuotaDistribution($period: String!, $periodKind: MetricPeriodKind!, $currency: String!) {\n    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: PARTNER) {\n      groupKey\n      figures {\n        quotaCompletion\n      }\n    }\n  }\n": typeof types.QuotaDistributionDocument,
    "\n  query OpenSignals {\n    channelSignals(status: OPEN, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n    }\n  }\n": typeof types.OpenSignalsDocument,
    "\n  query KpiMovers($from: String!, $to: String!) {\n    channelMetrics(from: $from, to: $to, groupBy: CHANNEL) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n": typeof types.KpiMoversDocument,
    "\n  query TerritoryMarkets($year: Int!) {\n    territories {\n      id\n      code\n      name\n    }\n    territoryMarkets(year: $year) {\n      territoryId\n      year\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.TerritoryMarketsDocument,
    "\n  mutation SetTerritoryMarket($input: SetTerritoryMarketInput!) {\n    setTerritoryMarket(input: $input) {\n      market {\n        territoryId\n        year\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.SetTerritoryMarketDocument,
    "\n  mutation SetPartnerQuota($input: SetPartnerQuotaInput!) {\n    setPartnerQuota(input: $input) {\n      quota {\n        partnerId\n        period\n        periodKind\n        setAt\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.SetPartnerQuotaDocument,
    "\n  query PartnerQuotas($from: String!, $to: String!) {\n    partnerQuotas(from: $from, to: $to) {\n      partnerId\n      period\n      periodKind\n      setAt\n      amount {\n        amount\n        currency\n      }\n    }\n    channelMetrics(from: $from, to: $from, groupBy: PARTNER) {\n      partner {\n        id\n        name\n        code\n      }\n    }\n  }\n": typeof types.PartnerQuotasDocument,
    "\n  mutation RemovePartnerQuota($input: RemovePartnerQuotaInput!) {\n    removePartnerQuota(input: $input) {\n      removed\n    }\n  }\n": typeof types.RemovePartnerQuotaDocument,
    "\n  mutation ImportPartnerQuotas($input: ImportPartnerQuotasInput!) {\n    importPartnerQuotas(input: $input) {\n      rows\n      changed\n    }\n  }\n": typeof types.ImportPartnerQuotasDocument,
    "\n  query ScorecardFigures($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {\n    partner(id: $partnerId) {\n      id\n      name\n      code\n      tier {\n        id\n        name\n      }\n    }\n    months: channelMetrics(from: $from, to: $to, periodKind: MONTH, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    quarter: channelMetrics(from: $quarter, to: $quarter, periodKind: QUARTER, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n": typeof types.ScorecardFiguresDocument,
    "\n  query ScorecardBenchmark($tierId: ID!, $from: String!, $to: String!, $currency: String!) {\n    tierBenchmark(tierId: $tierId, from: $from, to: $to, currency: $currency) {\n      tierId\n      periods {\n        period\n        partnerCount\n        figures {\n          sellIn {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScorecardBenchmarkDocument,
    "\n  query ScorecardSignals($partnerId: ID!) {\n    channelSignals(partnerId: $partnerId, status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n    }\n  }\n": typeof types.ScorecardSignalsDocument,
    "\n  query ScorecardQuotas($partnerIds: [ID!], $from: String!, $to: String!) {\n    partnerQuotas(partnerIds: $partnerIds, from: $from, to: $to) {\n      partnerId\n      period\n      setAt\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.ScorecardQuotasDocument,
    "\n  fragment SignalItem_signal on ChannelSignal {\n    id\n    kind\n    period\n    status\n    raisedAt\n    note\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n    }\n    partner {\n      id\n      name\n      code\n    }\n    facts {\n      name\n      value\n      text\n      series\n    }\n  }\n": typeof types.SignalItem_SignalFragmentDoc,
    "\n  mutation AcknowledgeChannelSignal($input: AcknowledgeChannelSignalInput!) {\n    acknowledgeChannelSignal(input: $input) {\n      signal {\n        ...SignalItem_signal\n      }\n    }\n  }\n": typeof types.AcknowledgeChannelSignalDocument,
    "\n  query SignalRules {\n    signalRules {\n      kind\n      enabled\n      updatedAt\n      thresholds {\n        name\n        value\n      }\n    }\n  }\n": typeof types.SignalRulesDocument,
    "\n  mutation UpdateSignalRule($input: UpdateSignalRuleInput!) {\n    updateSignalRule(input: $input) {\n      rule {\n        kind\n        enabled\n        updatedAt\n        thresholds {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.UpdateSignalRuleDocument,
    "\n  query ChannelSignals($first: Int!, $after: String, $status: SignalStatus, $kinds: [SignalKind!]) {\n    channelSignals(first: $first, after: $after, status: $status, kinds: $kinds) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ChannelSignalsDocument,
    "\n  query SolutionArticleEdit($id: ID!) {\n    solutionArticle(id: $id) {\n      ...ServiceArticle_article\n    }\n  }\n": typeof types.SolutionArticleEditDocument,
    "\n  mutation SaveSolutionArticle($input: SaveSolutionArticleInput!) {\n    saveSolutionArticle(input: $input) {\n      article {\n        ...ServiceArticle_article\n      }\n    }\n  }\n": typeof types.SaveSolutionArticleDocument,
    "\n  query SolutionArticleList($first: Int!, $after: String, $search: String) {\n    solutionArticles(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          publishedAt\n          updatedAt\n          product {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SolutionArticleListDocument,
    "\n  fragment TerritoryRow_territory on Territory {\n    id\n    code\n    name\n    countries\n    regions\n    postalPrefixes\n  }\n": typeof types.TerritoryRow_TerritoryFragmentDoc,
    "\n  query SettingsTerritories {\n    territories {\n      ...TerritoryRow_territory\n    }\n  }\n": typeof types.SettingsTerritoriesDocument,
    "\n  mutation CreateTerritory($input: TerritoryInput!) {\n    createTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n": typeof types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n": typeof types.UpdateTerritoryDocument,
    "\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) { tier { ...TierRow_tier } }\n  }\n": typeof types.CreateTierDocument,
    "\n  mutation UpdateTier($input: UpdateTierInput!) {\n    updateTier(input: $input) { tier { ...TierRow_tier } }\n  }\n": typeof types.UpdateTierDocument,
    "\n  fragment TierRow_tier on Tier {\n    id\n    code\n    name\n    rank\n    discountPercent\n    mdfEligible\n    leadPriority\n    leadAcceptHours\n    maxOpenLeads\n  }\n": typeof types.TierRow_TierFragmentDoc,
    "\n  query SettingsTiers {\n    tiers {\n      ...TierRow_tier\n    }\n  }\n": typeof types.SettingsTiersDocument,
    "\n  query NewOrderTerms($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n      tier {\n        id\n        discountPercent\n      }\n    }\n    showroomSettings(partnerId: $partnerId) {\n      partnerId\n      vatPercent\n    }\n  }\n": typeof types.NewOrderTermsDocument,
    "\n  query OrderOfferChoices($partnerId: ID!, $search: String) {\n    offers(partnerId: $partnerId, search: $search, first: 20) {\n      edges {\n        node {\n          partnerId\n          productId\n          offered\n          stock\n          price {\n            amount\n            currency\n          }\n          product {\n            id\n            sku\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderOfferChoicesDocument,
    "\n  query OrderProductChoices($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          listPrice {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderProductChoicesDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": typeof types.CreateOrderDocument,
    "\n  mutation SaveOffer($input: SaveOfferInput!) {\n    saveOffer(input: $input) {\n      offer {\n        ...OfferRow_offer\n      }\n    }\n  }\n": typeof types.SaveOfferDocument,
    "\n  query OfferProductChoices($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          listPrice {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfferProductChoicesDocument,
    "\n  mutation ImportOffers($input: ImportOffersInput!) {\n    importOffers(input: $input) {\n      result {\n        createdCount\n        updatedCount\n      }\n    }\n  }\n": typeof types.ImportOffersDocument,
    "\n  fragment OfferRow_offer on Offer {\n    partnerId\n    productId\n    price {\n      amount\n      currency\n    }\n    stock\n    deliveryDays\n    partnerSku\n    offered\n    updatedAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n": typeof types.OfferRow_OfferFragmentDoc,
    "\n  query PartnerOffers($partnerId: ID!, $search: String, $first: Int!, $after: String) {\n    offers(partnerId: $partnerId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OfferRow_offer\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PartnerOffersDocument,
    "\n  query PartnerHome {\n    viewer {\n      id\n      partner {\n        id\n        name\n        code\n        kind\n        status\n        ...PartnerProfile_partner\n        ...PartnerAssignments_partner\n        ...PartnerRelations_partner\n      }\n    }\n  }\n": typeof types.PartnerHomeDocument,
    "\n  query ShowroomLogo($slug: String!) {\n    showroom(slug: $slug) {\n      slug\n      logoUrl\n    }\n  }\n": typeof types.ShowroomLogoDocument,
    "\n  fragment ShowroomSettings_showroom on Showroom {\n    partnerId\n    slug\n    displayName\n    accentColor\n    welcomeText\n    welcomeTexts {\n      language\n      text\n    }\n    contactEmail\n    contactPhone\n    enabled\n    pricesGross\n    vatPercent\n    updatedAt\n  }\n": typeof types.ShowroomSettings_ShowroomFragmentDoc,
    "\n  mutation SaveShowroom($input: SaveShowroomInput!) {\n    saveShowroom(input: $input) {\n      showroom {\n        ...ShowroomSettings_showroom\n      }\n    }\n  }\n": typeof types.SaveShowroomDocument,
    "\n  query ShowroomSettings($partnerId: ID!) {\n    showroomSettings(partnerId: $partnerId) {\n      ...ShowroomSettings_showroom\n    }\n    partner(id: $partnerId) {\n      id\n      name\n      code\n    }\n  }\n": typeof types.ShowroomSettingsDocument,
    "\n  query PartnerStaff {\n    viewer {\n      id\n      partner {\n        id\n        name\n        status\n        users {\n          ...StaffMember_user\n        }\n      }\n    }\n  }\n": typeof types.PartnerStaffDocument,
    "\n  query SharedInteractions($first: Int!, $after: String) {\n    interactions(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          subject\n          participants\n          outcome\n          partner {\n            id\n            name\n          }\n          createdBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SharedInteractionsDocument,
    "\n  mutation ReportInventory($input: ReportInventoryInput!) {\n    reportInventory(input: $input) {\n      report {\n        changedCount\n        unchangedCount\n      }\n    }\n  }\n": typeof types.ReportInventoryDocument,
    "\n  fragment InventoryLevelRow_level on InventoryLevel {\n    partnerId\n    productId\n    countedOn\n    onHand\n    reportedAt\n    partner {\n      id\n      name\n      city\n    }\n    product {\n      id\n      sku\n      name\n      unit\n    }\n  }\n": typeof types.InventoryLevelRow_LevelFragmentDoc,
    "\n  query InventoryLevels($partnerId: ID, $productId: ID, $first: Int!, $after: String) {\n    inventory(partnerId: $partnerId, productId: $productId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...InventoryLevelRow_level\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.InventoryLevelsDocument,
    "\n  query InventoryPartnerCount {\n    partners(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.InventoryPartnerCountDocument,
    "\n  mutation ImportInventory($input: ImportInventoryInput!) {\n    importInventory(input: $input) {\n      report {\n        changedCount\n        unchangedCount\n      }\n    }\n  }\n": typeof types.ImportInventoryDocument,
    "\n  query InventoryProductSearch($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n        }\n      }\n    }\n  }\n": typeof types.InventoryProductSearchDocument,
    "\n  query InventoryProductLabel($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n    }\n  }\n": typeof types.InventoryProductLabelDocument,
    "\n  mutation CreateMdfClaim($input: CreateMdfClaimInput!) {\n    createMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": typeof types.CreateMdfClaimDocument,
    "\n  mutation AddMdfClaimFile($input: AddMdfClaimFileInput!) {\n    addMdfClaimFile(input: $input) {\n      file {\n        id\n        fileName\n      }\n    }\n  }\n": typeof types.AddMdfClaimFileDocument,
    "\n  mutation SubmitMdfClaim($input: MdfClaimIdInput!) {\n    submitMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": typeof types.SubmitMdfClaimDocument,
    "\n  query PartnerMdfFunds($first: Int!) {\n    mdfFunds(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          purpose\n          currency\n          periodStart\n          periodEnd\n          claimDeadline\n          expiredAt\n          activityTypes\n          allocations {\n            ...MdfBalance_allocation\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerMdfFundsDocument,
    "\n  query PartnerMdfRequests($first: Int!, $after: String, $filter: MdfRequestFilter) {\n    mdfRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfRequest_request\n          claims {\n            ...MdfClaim_claim\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PartnerMdfRequestsDocument,
    "\n  mutation ResubmitMdfRequest($input: ResubmitMdfRequestInput!) {\n    resubmitMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": typeof types.ResubmitMdfRequestDocument,
    "\n  mutation CloseMdfRequest($input: MdfRequestIdInput!) {\n    closeMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": typeof types.CloseMdfRequestDocument,
    "\n  mutation RequestMdf($input: RequestMdfInput!) {\n    requestMdf(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": typeof types.RequestMdfDocument,
    "\n  query OwnPerformance($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {\n    months: channelMetrics(from: $from, to: $to, periodKind: MONTH, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    quarter: channelMetrics(from: $quarter, to: $quarter, periodKind: QUARTER, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    tierBenchmark(from: $from, to: $to, currency: $currency) {\n      tierId\n      periods {\n        period\n        partnerCount\n        figures {\n          sellIn {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.OwnPerformanceDocument,
    "\n  mutation OpenServiceCase($input: OpenServiceCaseInput!) {\n    openServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": typeof types.OpenServiceCaseDocument,
    "\n  fragment CategoryFacets_facet on CategoryFacet {\n    id\n    name\n    count\n    parentId\n  }\n": typeof types.CategoryFacets_FacetFragmentDoc,
    "\n  mutation SubmitShowroomLead($input: SubmitShowroomLeadInput!) {\n    submitShowroomLead(input: $input) {\n      reference\n    }\n  }\n": typeof types.SubmitShowroomLeadDocument,
    "\n  mutation ContactPartner($input: ContactPartnerInput!) {\n    contactPartner(input: $input) {\n      reference\n    }\n  }\n": typeof types.ContactPartnerDocument,
    "\n  query Places($text: String!) {\n    places(text: $text) {\n      name\n      country\n      region\n      kind\n      postalPrefix\n      latitude\n      longitude\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  fragment NearbyPartner_result on NearbyPartner {\n    distanceKm\n    inStock\n    deliveryDays\n    tierName\n    partner {\n      id\n      name\n      kind\n      city\n      postalCode\n      country\n      showroomSlug\n    }\n  }\n": typeof types.NearbyPartner_ResultFragmentDoc,
    "\n  query PartnersNear($latitude: Float!, $longitude: Float!, $radiusKm: Int!, $productId: ID) {\n    partnersNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, productId: $productId, first: 20) {\n      ...NearbyPartner_result\n    }\n  }\n": typeof types.PartnersNearDocument,
    "\n  query OciTransfer($slug: String!, $hookUrl: String!, $target: String, $okCode: String, $returnTarget: String, $items: [OciItemInput!]!) {\n    ociTransfer(slug: $slug, hookUrl: $hookUrl, target: $target, okCode: $okCode, returnTarget: $returnTarget, items: $items) {\n      action\n      target\n      fields {\n        name\n        value\n      }\n    }\n  }\n": typeof types.OciTransferDocument,
    "\n  query OrderStatus($number: String!, $email: String!) {\n    orderStatus(number: $number, email: $email) {\n      number\n      status\n      lastChangedAt\n      steps {\n        status\n        at\n      }\n    }\n  }\n": typeof types.OrderStatusDocument,
    "\n  fragment ProductCard_item on ShowroomItem {\n    id\n    sku\n    name\n    unit\n    price {\n      amount\n      currency\n    }\n    netPrice {\n      amount\n      currency\n    }\n    available\n    stock\n    deliveryDays\n    imageUrl\n  }\n": typeof types.ProductCard_ItemFragmentDoc,
    "\n  query ShowroomProduct($slug: String, $sku: String!) {\n    showroomProduct(slug: $slug, sku: $sku) {\n      ...ProductCard_item\n      description\n      images\n      partnerSku\n      attributes {\n        key\n        value\n      }\n      category {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ShowroomProductDocument,
    "\n  query ShowroomFrame($slug: String) {\n    showroom(slug: $slug) {\n      ...ShowroomFrame_showroom\n    }\n  }\n": typeof types.ShowroomFrameDocument,
    "\n  query ShowroomSearch(\n    $slug: String\n    $query: String\n    $categoryId: ID\n    $minPrice: String\n    $maxPrice: String\n    $inStockOnly: Boolean!\n    $sort: ShowroomSort!\n    $first: Int!\n    $after: String\n  ) {\n    showroomSearch(\n      slug: $slug\n      query: $query\n      categoryId: $categoryId\n      minPrice: $minPrice\n      maxPrice: $maxPrice\n      inStockOnly: $inStockOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      facets {\n        ...CategoryFacets_facet\n      }\n      priceRange {\n        min {\n          amount\n          currency\n        }\n        max {\n          amount\n          currency\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...ProductCard_item\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ShowroomSearchDocument,
    "\n  fragment ShowroomFrame_showroom on PublicShowroom {\n    slug\n    displayName\n    accentColor\n    logoUrl\n    welcomeText\n    contactEmail\n    contactPhone\n    pricesGross\n    vatPercent\n    partner {\n      id\n      name\n      city\n      postalCode\n      country\n    }\n  }\n": typeof types.ShowroomFrame_ShowroomFragmentDoc,
    "\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) {\n    invitePartnerUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...StaffMember_user\n        partner {\n          id\n          users {\n            ...StaffMember_user\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitePartnerUserDocument,
    "\n  mutation DispatchLead($input: DispatchLeadInput!) {\n    dispatchLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": typeof types.DispatchLeadDocument,
    "\n  mutation EraseLeadPersonalData($input: LeadReasonInput!) {\n    eraseLeadPersonalData(input: $input) {\n      lead {\n        id\n        erasedAt\n        contactName\n        company\n        email\n        phone\n        postalCode\n        message\n      }\n    }\n  }\n": typeof types.EraseLeadPersonalDataDocument,
    "\n  mutation AutoDispatchLeads($input: AutoDispatchLeadsInput!) {\n    autoDispatchLeads(input: $input) {\n      dispatched {\n        id\n        status\n        partner {\n          id\n          name\n        }\n      }\n      notDispatched {\n        leadId\n        reason\n        status\n      }\n    }\n  }\n": typeof types.AutoDispatchLeadsDocument,
    "\n  query DispatchRanking($leadId: ID!) {\n    dispatchCandidates(leadId: $leadId) {\n      considered\n      candidates {\n        ...DispatchCandidateRow_candidate\n      }\n    }\n  }\n": typeof types.DispatchRankingDocument,
    "\n  mutation AcceptLead($input: LeadInput!) {\n    acceptLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AcceptLeadDocument,
    "\n  mutation DeclineLead($input: LeadReasonInput!) {\n    declineLead(input: $input) {\n      lead {\n        id\n      }\n    }\n  }\n": typeof types.DeclineLeadDocument,
    "\n  mutation QualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": typeof types.QualifyLeadDocument,
    "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ConvertLeadDocument,
    "\n  mutation MarkLeadLost($input: LeadReasonInput!) {\n    markLeadLost(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": typeof types.MarkLeadLostDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      lead {\n        id\n        assignee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AssignLeadDocument,
    "\n  mutation FulfilLead($input: FulfilLeadInput!) {\n    fulfilLead(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n    }\n  }\n": typeof types.FulfilLeadDocument,
    "\n  query LeadAssignees($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      users {\n        id\n        displayName\n        active\n        role\n      }\n    }\n  }\n": typeof types.LeadAssigneesDocument,
    "\n  fragment DispatchCandidateRow_candidate on DispatchCandidate {\n    rank\n    total\n    territoryPoints\n    categoryPoints\n    tierPoints\n    distancePoints\n    capacityPoints\n    distanceKm\n    openLeads\n    maxOpenLeads\n    chosen\n    partner {\n      id\n      name\n      city\n    }\n  }\n": typeof types.DispatchCandidateRow_CandidateFragmentDoc,
    "\n  query LeadHistory($id: ID!) {\n    lead(id: $id) {\n      id\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        at\n        actor {\n          id\n          displayName\n        }\n        explanation {\n          considered\n          candidates {\n            ...DispatchCandidateRow_candidate\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadHistoryDocument,
    "\n  fragment LeadCard_lead on Lead {\n    id\n    reference\n    status\n    source\n    createdAt\n    contactName\n    company\n    email\n    phone\n    postalCode\n    country\n    message\n    consentText\n    consentGivenAt\n    erasedAt\n    partner {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    items {\n      productId\n      quantity\n      product {\n        id\n        sku\n        name\n        unit\n      }\n    }\n  }\n": typeof types.LeadCard_LeadFragmentDoc,
    "\n  query BoardTerritories {\n    territories {\n      id\n      name\n    }\n  }\n": typeof types.BoardTerritoriesDocument,
    "\n  query LeadInbox($first: Int!, $after: String, $statuses: [LeadStatus!], $sources: [String!], $territoryIds: [ID!], $partnerIds: [ID!], $inStatusForHours: Int) {\n    leads(first: $first, after: $after, statuses: $statuses, sources: $sources, territoryIds: $territoryIds, partnerIds: $partnerIds, inStatusForHours: $inStatusForHours) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...LeadCard_lead\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.LeadInboxDocument,
    "\n  fragment MdfMoney on Money {\n    amount\n    currency\n    amountMinor\n  }\n": typeof types.MdfMoneyFragmentDoc,
    "\n  fragment MdfBalance_allocation on MdfAllocation {\n    id\n    amount {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    claimed {\n      ...MdfMoney\n    }\n    paid {\n      ...MdfMoney\n    }\n    expired {\n      ...MdfMoney\n    }\n    available {\n      ...MdfMoney\n    }\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.MdfBalance_AllocationFragmentDoc,
    "\n  fragment MdfClaim_claim on MdfClaim {\n    id\n    number\n    status\n    note\n    createdAt\n    submittedAt\n    decidedAt\n    decisionReason\n    paidAt\n    paymentMethod\n    paymentReference\n    amount {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    partner {\n      id\n      name\n    }\n    files {\n      id\n      fileName\n      contentType\n      byteSize\n      addedAt\n      url\n    }\n  }\n": typeof types.MdfClaim_ClaimFragmentDoc,
    "\n  fragment MdfRequest_request on MdfRequest {\n    id\n    number\n    title\n    description\n    status\n    activityType\n    startsOn\n    endsOn\n    expectedLeads\n    submittedAt\n    decidedAt\n    decisionReason\n    closedAt\n    plannedCost {\n      ...MdfMoney\n    }\n    requested {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    claimed {\n      ...MdfMoney\n    }\n    expectedRevenue {\n      ...MdfMoney\n    }\n    fund {\n      id\n      name\n      claimDeadline\n      expiredAt\n    }\n    partner {\n      id\n      name\n    }\n    submittedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.MdfRequest_RequestFragmentDoc,
    "\n  query NotificationList {\n    notifications(first: 20) {\n      id\n      kind\n      reference\n      createdAt\n      readAt\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationListDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation SubmitOrder($input: OrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": typeof types.SubmitOrderDocument,
    "\n  mutation ConfirmOrder($input: OrderInput!) {\n    confirmOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": typeof types.ConfirmOrderDocument,
    "\n  mutation StartFulfilment($input: OrderInput!) {\n    startFulfilment(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": typeof types.StartFulfilmentDocument,
    "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": typeof types.ShipOrderDocument,
    "\n  mutation MarkDelivered($input: OrderInput!) {\n    markDelivered(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": typeof types.MarkDeliveredDocument,
    "\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation RecordInvoice($input: RecordInvoiceInput!) {\n    recordInvoice(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": typeof types.RecordInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  fragment OrderDetail_order on Order {\n    id\n    number\n    kind\n    status\n    currency\n    vatPercent\n    createdAt\n    statusChangedAt\n    cancelledAt\n    cancellationReason\n    carrier\n    trackingReference\n    shippedAt\n    deliveredAt\n    invoiceNumber\n    invoicedAt\n    dueAt\n    paidAt\n    net {\n      amount\n      currency\n    }\n    vat {\n      amount\n      currency\n    }\n    gross {\n      amount\n      currency\n    }\n    customer {\n      name\n      company\n      email\n      phone\n    }\n    partner {\n      id\n      name\n    }\n    lead {\n      id\n      reference\n    }\n    createdBy {\n      id\n      displayName\n    }\n    lines {\n      lineNo\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      lineNet {\n        amount\n        currency\n      }\n      product {\n        id\n        sku\n        name\n        unit\n      }\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.OrderDetail_OrderFragmentDoc,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderDetail_order\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  fragment OrderRow_order on Order {\n    id\n    number\n    kind\n    status\n    createdAt\n    gross {\n      amount\n      currency\n    }\n    customer {\n      name\n      company\n    }\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.OrderRow_OrderFragmentDoc,
    "\n  query OrderList($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderRow_order\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.OrderListDocument,
    "\n  query PartnerSearch($search: String, $statuses: [PartnerStatus!]) {\n    partners(first: 20, filter: { statuses: $statuses, search: $search }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": typeof types.PartnerSearchDocument,
    "\n  query PartnerLabel($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      city\n    }\n  }\n": typeof types.PartnerLabelDocument,
    "\n  fragment RegistrationCard_registration on DealRegistration {\n    id\n    reference\n    status\n    customerCompany\n    customerContact\n    customerEmail\n    customerTaxId\n    expectedValue {\n      amount\n      currency\n    }\n    expectedCloseDate\n    notes\n    createdAt\n    decidedAt\n    decisionReason\n    protectedUntil\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.RegistrationCard_RegistrationFragmentDoc,
    "\n  query Registrations($first: Int!, $after: String, $statuses: [RegistrationStatus!], $withConflicts: Boolean!) {\n    dealRegistrations(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          ...RegistrationCard_registration\n          conflicts @include(if: $withConflicts) {\n            kind\n            matchedOn\n            partner {\n              id\n              name\n            }\n            registration {\n              id\n              reference\n              status\n              customerCompany\n              customerEmail\n              customerTaxId\n              createdAt\n            }\n            lead {\n              id\n              reference\n              status\n              company\n              email\n              createdAt\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.RegistrationsDocument,
    "\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      registration {\n        ...RegistrationCard_registration\n      }\n    }\n  }\n": typeof types.RegisterDealDocument,
    "\n  mutation ApproveRegistration($input: DealRegistrationInput!) {\n    approveDealRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApproveRegistrationDocument,
    "\n  mutation RejectRegistration($input: RejectDealRegistrationInput!) {\n    rejectDealRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectRegistrationDocument,
    "\n  fragment ServiceArticle_article on SolutionArticle {\n    id\n    title\n    body\n    publishedAt\n    updatedAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n": typeof types.ServiceArticle_ArticleFragmentDoc,
    "\n  query ServiceArticleSuggestions($search: String!) {\n    solutionArticles(search: $search, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...ServiceArticle_article\n        }\n      }\n    }\n  }\n": typeof types.ServiceArticleSuggestionsDocument,
    "\n  query ServiceArticleChoices($search: String) {\n    solutionArticles(search: $search, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ServiceArticleChoicesDocument,
    "\n  mutation AddServiceCaseAttachment($input: AddServiceCaseAttachmentInput!) {\n    addServiceCaseAttachment(input: $input) {\n      attachment {\n        id\n      }\n    }\n  }\n": typeof types.AddServiceCaseAttachmentDocument,
    "\n  mutation StartServiceCase($input: ServiceCaseNoteInput!) {\n    startServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": typeof types.StartServiceCaseDocument,
    "\n  mutation WaitForCustomer($input: ServiceCaseNoteInput!) {\n    waitForCustomer(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": typeof types.WaitForCustomerDocument,
    "\n  mutation ResumeServiceCase($input: ServiceCaseNoteInput!) {\n    resumeServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": typeof types.ResumeServiceCaseDocument,
    "\n  mutation ResolveServiceCase($input: ResolveServiceCaseInput!) {\n    resolveServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": typeof types.ResolveServiceCaseDocument,
    "\n  mutation ReopenServiceCase($input: ServiceCaseNoteInput!) {\n    reopenServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": typeof types.ReopenServiceCaseDocument,
    "\n  mutation CloseServiceCase($input: CloseServiceCaseInput!) {\n    closeServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": typeof types.CloseServiceCaseDocument,
    "\n  fragment ServiceCaseDetail_serviceCase on ServiceCase {\n    id\n    number\n    status\n    severity\n    serialNumber\n    customerName\n    customerEmail\n    customerPhone\n    description\n    satisfaction\n    openedAt\n    statusChangedAt\n    firstResponseAt\n    resolvedAt\n    closedAt\n    partner {\n      id\n      name\n    }\n    product {\n      id\n      sku\n      name\n    }\n    openedBy {\n      id\n      displayName\n    }\n    solutionArticle {\n      ...ServiceArticle_article\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      byteSize\n      addedAt\n      url\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      at\n    }\n  }\n": typeof types.ServiceCaseDetail_ServiceCaseFragmentDoc,
    "\n  query ServiceCaseDetail($id: ID!) {\n    serviceCase(id: $id) {\n      ...ServiceCaseDetail_serviceCase\n    }\n  }\n": typeof types.ServiceCaseDetailDocument,
    "\n  fragment ServiceCaseRow_serviceCase on ServiceCase {\n    id\n    number\n    status\n    severity\n    openedAt\n    customerName\n    serialNumber\n    product {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.ServiceCaseRow_ServiceCaseFragmentDoc,
    "\n  query ServiceCaseList($first: Int!, $after: String, $filter: ServiceCaseFilter) {\n    serviceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceCaseRow_serviceCase\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ServiceCaseListDocument,
    "\n  query ServiceProductSearch($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n        }\n      }\n    }\n  }\n": typeof types.ServiceProductSearchDocument,
    "\n  query ServiceProductLabel($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n    }\n  }\n": typeof types.ServiceProductLabelDocument,
    "\n  fragment StaffMember_user on User {\n    id\n    displayName\n    email\n    role\n    active\n    invited\n  }\n": typeof types.StaffMember_UserFragmentDoc,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      user {\n        ...StaffMember_user\n      }\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  fragment KpiFigures on ChannelFigures {\n    sellIn { amount currency }\n    sellOut { amount currency }\n    quota { amount currency }\n    quotaCompletion\n    distributionRate\n    daysOfInventory\n    averageDeliveryDays\n    deliveries\n    paymentPeriodDays\n    leadsReceived\n    leadsWon\n    leadAcceptanceRate\n    leadAcceptanceHours\n    winRate\n    serviceCasesOpened\n    firstResponseHours\n    resolutionHours\n    satisfaction\n    grossMargin\n    channelCostShare\n    mdfSpent { amount currency }\n    mdfReturn\n  }\n": typeof types.KpiFiguresFragmentDoc,
    "\n  subscription LeadChanged {\n    leadChanged {\n      leadId\n      action\n      status\n      resync\n    }\n  }\n": typeof types.LeadChangedDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      resync\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  subscription OrderChanged {\n    orderChanged {\n      orderId\n      status\n      resync\n    }\n  }\n": typeof types.OrderChangedDocument,
    "\n  query LeadCount($statuses: [LeadStatus!], $partnerIds: [ID!]) {\n    leads(first: 1, statuses: $statuses, partnerIds: $partnerIds) {\n      totalCount\n    }\n  }\n": typeof types.LeadCountDocument,
    "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    tokenPrefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenRow_ApiTokenFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenRow_apiToken\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      changed\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  fragment SavedQueryRow_savedQuery on SavedQuery {\n    id\n    name\n    query\n    variables\n    updatedAt\n  }\n": types.SavedQueryRow_SavedQueryFragmentDoc,
    "\n  query SavedQueries {\n    savedQueries {\n      ...SavedQueryRow_savedQuery\n    }\n  }\n": types.SavedQueriesDocument,
    "\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      savedQuery {\n        ...SavedQueryRow_savedQuery\n      }\n    }\n  }\n": types.SaveQueryDocument,
    "\n  mutation DeleteSavedQuery($input: DeleteSavedQueryInput!) {\n    deleteSavedQuery(input: $input) {\n      deletedSavedQueryId\n    }\n  }\n": types.DeleteSavedQueryDocument,
    "\n  query OnboardingPartners($first: Int!, $filter: PartnerFilter) {\n    partners(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          city\n          country\n        }\n      }\n    }\n  }\n": types.OnboardingPartnersDocument,
    "\n  query RecentPartnerChanges($first: Int!) {\n    recentPartnerChanges(first: $first) {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        displayName\n      }\n      partner {\n        id\n        name\n      }\n    }\n  }\n": types.RecentPartnerChangesDocument,
    "\n  query OverdueFollowUps($dueBefore: String!) {\n    interactionTasks(open: true, dueBefore: $dueBefore, mine: true, first: 1) {\n      totalCount\n    }\n  }\n": types.OverdueFollowUpsDocument,
    "\n  fragment DispatchRulesFields_rules on DispatchRules {\n    territoryWeight\n    categoryWeight\n    tierWeight\n    distanceWeight\n    capacityWeight\n    requireTerritory\n    maxDistanceKm\n    redispatch\n    registrationProtectionDays\n    updatedAt\n  }\n": types.DispatchRulesFields_RulesFragmentDoc,
    "\n  query SettingsDispatchRules {\n    dispatchRules {\n      ...DispatchRulesFields_rules\n    }\n  }\n": types.SettingsDispatchRulesDocument,
    "\n  mutation UpdateDispatchRules($input: DispatchRulesInput!) {\n    updateDispatchRules(input: $input) {\n      rules {\n        ...DispatchRulesFields_rules\n      }\n    }\n  }\n": types.UpdateDispatchRulesDocument,
    "\n  fragment LeadImportState_import on LeadImport {\n    id\n    status\n    fileName\n    dispatch\n    totalRows\n    processedRows\n    createdCount\n    dispatchedCount\n    errorCount\n    errors {\n      line\n      field\n      reason\n    }\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.LeadImportState_ImportFragmentDoc,
    "\n  mutation StartLeadImport($input: StartLeadImportInput!) {\n    startLeadImport(input: $input) {\n      leadImport {\n        ...LeadImportState_import\n      }\n    }\n  }\n": types.StartLeadImportDocument,
    "\n  query LeadImport($id: ID!) {\n    leadImport(id: $id) {\n      ...LeadImportState_import\n    }\n  }\n": types.LeadImportDocument,
    "\n  query LeadImports {\n    leadImports(first: 10) {\n      ...LeadImportState_import\n    }\n  }\n": types.LeadImportsDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead {\n        id\n        reference\n      }\n    }\n  }\n": types.CreateLeadDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner {\n        id\n        code\n        name\n        kind\n        status\n        city\n        country\n      }\n      firstManagerInvitation {\n        invitationUrl\n        expiresAt\n        user {\n          id\n          email\n          displayName\n        }\n      }\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  fragment PartnerAssignments_partner on Partner {\n    id\n    kind\n    tier { id name }\n    owner { id displayName email }\n    parent { id name code }\n    territories { id code name }\n  }\n": types.PartnerAssignments_PartnerFragmentDoc,
    "\n  mutation AssignPartnerTier($input: AssignPartnerTierInput!) {\n    assignPartnerTier(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n": types.AssignPartnerTierDocument,
    "\n  mutation AssignPartnerOwner($input: AssignPartnerOwnerInput!) {\n    assignPartnerOwner(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n": types.AssignPartnerOwnerDocument,
    "\n  mutation SetPartnerParent($input: SetPartnerParentInput!) {\n    setPartnerParent(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerRelations_partner ...PartnerHistory_partner } }\n  }\n": types.SetPartnerParentDocument,
    "\n  mutation SetPartnerTerritories($input: SetPartnerTerritoriesInput!) {\n    setPartnerTerritories(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n": types.SetPartnerTerritoriesDocument,
    "\n  query PartnerFilterOptions {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      name\n    }\n  }\n": types.PartnerFilterOptionsDocument,
    "\n  fragment PartnerHistory_partner on Partner {\n    id\n    history {\n      id\n      kind\n      summary\n      at\n      actor { id displayName }\n    }\n  }\n": types.PartnerHistory_PartnerFragmentDoc,
    "\n  query PartnerList($first: Int!, $after: String, $filter: PartnerFilter) {\n    partners(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PartnerRow_partner\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PartnerListDocument,
    "\n  query PartnerPage($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      code\n      kind\n      status\n      ...PartnerProfile_partner\n      ...PartnerStatus_partner\n      ...PartnerAssignments_partner\n      ...PartnerRelations_partner\n      ...PartnerHistory_partner\n      users {\n        ...StaffMember_user\n      }\n    }\n  }\n": types.PartnerPageDocument,
    "\n  fragment PartnerProfile_partner on Partner {\n    id\n    name\n    email\n    phone\n    website\n    street\n    city\n    postalCode\n    region\n    country\n    latitude\n    longitude\n  }\n": types.PartnerProfile_PartnerFragmentDoc,
    "\n  mutation UpdatePartnerProfile($input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(input: $input) {\n      partner {\n        id\n        ...PartnerProfile_partner\n        ...PartnerHistory_partner\n      }\n    }\n  }\n": types.UpdatePartnerProfileDocument,
    "\n  fragment PartnerRelations_partner on Partner {\n    id\n    kind\n    parent { id name code }\n    children { id name code kind status city country }\n  }\n": types.PartnerRelations_PartnerFragmentDoc,
    "\n  fragment PartnerRow_partner on Partner {\n    id\n    code\n    name\n    kind\n    status\n    city\n    country\n    tier {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n  }\n": types.PartnerRow_PartnerFragmentDoc,
    "\n  fragment PartnerStatus_partner on Partner {\n    id\n    name\n    status\n    nextStatuses\n  }\n": types.PartnerStatus_PartnerFragmentDoc,
    "\n  mutation StartPartnerOnboarding($input: PartnerTransitionInput!) {\n    startPartnerOnboarding(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n": types.StartPartnerOnboardingDocument,
    "\n  mutation ActivatePartner($input: PartnerTransitionInput!) {\n    activatePartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n": types.ActivatePartnerDocument,
    "\n  mutation SuspendPartner($input: PartnerTransitionInput!) {\n    suspendPartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n": types.SuspendPartnerDocument,
    "\n  mutation TerminatePartner($input: PartnerTransitionInput!) {\n    terminatePartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n": types.TerminatePartnerDocument,
    "\n  fragment CategoryRow_category on Category {\n    id\n    code\n    name\n    defaultName\n    translations {\n      language\n      text\n    }\n    parentId\n    position\n  }\n": types.CategoryRow_CategoryFragmentDoc,
    "\n  query CatalogCategories {\n    categories {\n      ...CategoryRow_category\n    }\n  }\n": types.CatalogCategoriesDocument,
    "\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) { category { ...CategoryRow_category } }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) { category { ...CategoryRow_category } }\n  }\n": types.UpdateCategoryDocument,
    "\n  query CatalogProduct($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      ...ProductForm_product\n      ...ProductImages_product\n    }\n  }\n": types.CatalogProductDocument,
    "\n  fragment ProductForm_product on Product {\n    id\n    sku\n    defaultName\n    defaultDescription\n    unit\n    active\n    categoryId\n    listPrice {\n      amount\n      currency\n    }\n    defaultAttributes {\n      key\n      value\n    }\n    translations {\n      language\n      name\n      description\n      attributes {\n        key\n        value\n      }\n    }\n  }\n": types.ProductForm_ProductFragmentDoc,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }\n  }\n": types.UpdateProductDocument,
    "\n  fragment ProductImages_product on Product {\n    id\n    name\n    images {\n      id\n      position\n      src\n    }\n  }\n": types.ProductImages_ProductFragmentDoc,
    "\n  mutation AddProductImage($input: AddProductImageInput!) {\n    addProductImage(input: $input) { image { id position src } }\n  }\n": types.AddProductImageDocument,
    "\n  mutation RemoveProductImage($input: RemoveProductImageInput!) {\n    removeProductImage(input: $input) { image { id } }\n  }\n": types.RemoveProductImageDocument,
    "\n  fragment ProductImportState_import on ProductImport {\n    id\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    errors {\n      line\n      field\n      reason\n    }\n  }\n": types.ProductImportState_ImportFragmentDoc,
    "\n  mutation StartProductImport($input: StartProductImportInput!) {\n    startProductImport(input: $input) {\n      productImport {\n        ...ProductImportState_import\n      }\n    }\n  }\n": types.StartProductImportDocument,
    "\n  query ProductImport($id: ID!) {\n    productImport(id: $id) {\n      ...ProductImportState_import\n    }\n  }\n": types.ProductImportDocument,
    "\n  fragment CatalogProductRow_product on Product {\n    id\n    sku\n    name\n    unit\n    active\n    listPrice {\n      amount\n      currency\n    }\n    category {\n      id\n      name\n    }\n  }\n": types.CatalogProductRow_ProductFragmentDoc,
    "\n  query CatalogProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CatalogProductRow_product\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CatalogProductsDocument,
    "\n  query ProductsCsv {\n    productsCsv\n  }\n": types.ProductsCsvDocument,
    "\n  query FollowUpTasks($open: Boolean!, $dueBefore: String, $mine: Boolean!, $first: Int!, $after: String) {\n    interactionTasks(open: $open, dueBefore: $dueBefore, mine: $mine, first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUp_task\n          partner {\n            id\n            name\n          }\n          interaction {\n            id\n            kind\n            subject\n            occurredAt\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.FollowUpTasksDocument,
    "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      interaction {\n        id\n        kind\n        occurredAt\n        subject\n        participants\n        notes\n        outcome\n        shared\n        updatedAt\n      }\n    }\n  }\n": types.UpdateInteractionDocument,
    "\n  mutation AddFollowUp($input: AddInteractionTaskInput!) {\n    addInteractionTask(input: $input) {\n      task {\n        id\n        interaction {\n          id\n          tasks {\n            ...FollowUp_task\n          }\n        }\n      }\n    }\n  }\n": types.AddFollowUpDocument,
    "\n  query PartnerTimeline($partnerId: ID!, $first: Int!, $after: String, $kinds: [TimelineSource!]) {\n    partnerTimeline(partnerId: $partnerId, first: $first, after: $after, kinds: $kinds) {\n      edges {\n        node {\n          ...TimelineEntry_entry\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PartnerTimelineDocument,
    "\n  mutation RecordInteraction($input: RecordInteractionInput!) {\n    recordInteraction(input: $input) {\n      interaction {\n        id\n        subject\n        shared\n      }\n    }\n  }\n": types.RecordInteractionDocument,
    "\n  fragment TimelineEntry_entry on TimelineEntry {\n    key\n    at\n    source\n    action\n    title\n    detail\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    interaction {\n      id\n      kind\n      subject\n      participants\n      notes\n      outcome\n      shared\n      occurredAt\n      # FollowUp_task's fields, written out: the API's depth limit (10) counts each fragment spread as a level.\n      tasks {\n        id\n        title\n        dueOn\n        doneAt\n        doneBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.TimelineEntry_EntryFragmentDoc,
    "\n  fragment FollowUp_task on InteractionTask {\n    id\n    title\n    dueOn\n    doneAt\n    doneBy {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": types.FollowUp_TaskFragmentDoc,
    "\n  mutation CompleteFollowUp($input: CompleteInteractionTaskInput!) {\n    completeInteractionTask(input: $input) {\n      task {\n        ...FollowUp_task\n      }\n    }\n  }\n": types.CompleteFollowUpDocument,
    "\n  query MdfFundDetail($id: ID!) {\n    mdfFund(id: $id) {\n      ...MdfFundRow_fund\n      createdAt\n      eligibleTiers {\n        id\n        name\n      }\n      allocations {\n        ...MdfBalance_allocation\n      }\n    }\n    mdfLedgerCheck(id: $id)\n  }\n": types.MdfFundDetailDocument,
    "\n  query MdfFundRequests($fundId: ID!, $first: Int!) {\n    mdfRequests(first: $first, filter: { fundId: $fundId }) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          activityType\n          partner {\n            id\n            name\n          }\n          requested {\n            ...MdfMoney\n          }\n          approved {\n            ...MdfMoney\n          }\n          claimed {\n            ...MdfMoney\n          }\n        }\n      }\n    }\n  }\n": types.MdfFundRequestsDocument,
    "\n  mutation AllocateMdf($input: AllocateMdfInput!) {\n    allocateMdf(input: $input) {\n      allocation {\n        ...MdfBalance_allocation\n      }\n    }\n  }\n": types.AllocateMdfDocument,
    "\n  mutation ExpireMdfFund($input: ExpireMdfFundInput!) {\n    expireMdfFund(input: $input) {\n      fund {\n        id\n        expiredAt\n      }\n    }\n  }\n": types.ExpireMdfFundDocument,
    "\n  fragment MdfFundRow_fund on MdfFund {\n    id\n    name\n    purpose\n    currency\n    periodStart\n    periodEnd\n    claimDeadline\n    expiredAt\n    activityTypes\n    totalBudget {\n      ...MdfMoney\n    }\n    allocated {\n      ...MdfMoney\n    }\n    unallocated {\n      ...MdfMoney\n    }\n  }\n": types.MdfFundRow_FundFragmentDoc,
    "\n  query MdfFundList($first: Int!, $after: String) {\n    mdfFunds(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...MdfFundRow_fund\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MdfFundListDocument,
    "\n  query MdfLedger($first: Int!, $after: String, $filter: MdfLedgerFilter) {\n    mdfLedger(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          kind\n          note\n          requestId\n          claimId\n          amount {\n            ...MdfMoney\n          }\n          fund {\n            id\n            name\n          }\n          partner {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MdfLedgerDocument,
    "\n  query MdfFundNames($first: Int!) {\n    mdfFunds(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MdfFundNamesDocument,
    "\n  query MdfRequestQueue($first: Int!, $after: String, $filter: MdfRequestFilter) {\n    mdfRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfRequest_request\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MdfRequestQueueDocument,
    "\n  query MdfClaimQueue($first: Int!, $after: String, $filter: MdfClaimFilter) {\n    mdfClaims(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfClaim_claim\n          request {\n            id\n            number\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MdfClaimQueueDocument,
    "\n  mutation ApproveMdfRequest($input: ApproveMdfRequestInput!) {\n    approveMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": types.ApproveMdfRequestDocument,
    "\n  mutation RejectMdfRequest($input: DecideMdfRequestInput!) {\n    rejectMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": types.RejectMdfRequestDocument,
    "\n  mutation AskMdfRequestChanges($input: DecideMdfRequestInput!) {\n    askMdfRequestChanges(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": types.AskMdfRequestChangesDocument,
    "\n  mutation ChannelCloseMdfRequest($input: MdfRequestIdInput!) {\n    closeMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": types.ChannelCloseMdfRequestDocument,
    "\n  mutation ApproveMdfClaim($input: ApproveMdfClaimInput!) {\n    approveMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": types.ApproveMdfClaimDocument,
    "\n  mutation RejectMdfClaim($input: RejectMdfClaimInput!) {\n    rejectMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": types.RejectMdfClaimDocument,
    "\n  mutation PayMdfClaim($input: PayMdfClaimInput!) {\n    payMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": types.PayMdfClaimDocument,
    "\n  mutation CreateMdfFund($input: CreateMdfFundInput!) {\n    createMdfFund(input: $input) {\n      fund {\n        ...MdfFundRow_fund\n      }\n    }\n  }\n": types.CreateMdfFundDocument,
    "\n  query MdfTiers {\n    tiers {\n      id\n      name\n    }\n  }\n": types.MdfTiersDocument,
    "\n  mutation AllocateMdfByRule($input: AllocateMdfByRuleInput!) {\n    allocateMdfByRule(input: $input) {\n      shares {\n        partner {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n          amountMinor\n        }\n        basis\n      }\n      allocations {\n        ...MdfBalance_allocation\n      }\n    }\n  }\n": types.AllocateMdfByRuleDocument,
    "\n  query MdfShareTiers {\n    tiers {\n      id\n      name\n    }\n  }\n": types.MdfShareTiersDocument,
    "\n  query PartnerOptions($distributorFilter: PartnerFilter!, $first: Int!) {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      code\n      name\n    }\n    brandUsers {\n      id\n      displayName\n      role\n      active\n    }\n    partners(first: $first, filter: $distributorFilter) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.PartnerOptionsDocument,
    "\n  query ChannelComparison($metric: ChannelMetric!, $period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!, $ascending: Boolean!) {\n    channelComparison(metric: $metric, period: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy, ascending: $ascending) {\n      groupKey\n      rank\n      value\n      previousValue\n      change\n      changeRatio\n      partnerCount\n      kind\n      partner {\n        id\n        name\n      }\n      tier {\n        id\n        name\n      }\n      territory {\n        id\n        name\n      }\n      figures {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n      previous {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n    }\n  }\n": types.ChannelComparisonDocument,
    "\n  query PerformanceTrend($from: String!, $to: String!, $periodKind: MetricPeriodKind!, $currency: String!) {\n    channelMetrics(from: $from, to: $to, periodKind: $periodKind, currency: $currency, groupBy: CHANNEL) {\n      period\n      partnerCount\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n": types.PerformanceTrendDocument,
    "\n  query PerformanceGroups($period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!) {\n    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy) {\n      groupKey\n      kind\n      partnerCount\n      partner {\n        id\n        name\n      }\n      tier {\n        id\n        name\n      }\n      territory {\n        id\n        name\n      }\n      figures {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n    }\n  }\n": types.PerformanceGroupsDocument,
    "\n  mutation RefreshChannelMetrics {\n    refreshChannelMetrics {\n      pendingCells\n    }\n  }\n": types.RefreshChannelMetricsDocument,
    "\n  query QuotaDistribution($period: String!, $periodKind: MetricPeriodKind!, $currency: String!) {\n    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: PARTNER) {\n      groupKey\n      figures {\n        quotaCompletion\n      }\n    }\n  }\n": types.QuotaDistributionDocument,
    "\n  query OpenSignals {\n    channelSignals(status: OPEN, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n    }\n  }\n": types.OpenSignalsDocument,
    "\n  query KpiMovers($from: String!, $to: String!) {\n    channelMetrics(from: $from, to: $to, groupBy: CHANNEL) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n": types.KpiMoversDocument,
    "\n  query TerritoryMarkets($year: Int!) {\n    territories {\n      id\n      code\n      name\n    }\n    territoryMarkets(year: $year) {\n      territoryId\n      year\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.TerritoryMarketsDocument,
    "\n  mutation SetTerritoryMarket($input: SetTerritoryMarketInput!) {\n    setTerritoryMarket(input: $input) {\n      market {\n        territoryId\n        year\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.SetTerritoryMarketDocument,
    "\n  mutation SetPartnerQuota($input: SetPartnerQuotaInput!) {\n    setPartnerQuota(input: $input) {\n      quota {\n        partnerId\n        period\n        periodKind\n        setAt\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.SetPartnerQuotaDocument,
    "\n  query PartnerQuotas($from: String!, $to: String!) {\n    partnerQuotas(from: $from, to: $to) {\n      partnerId\n      period\n      periodKind\n      setAt\n      amount {\n        amount\n        currency\n      }\n    }\n    channelMetrics(from: $from, to: $from, groupBy: PARTNER) {\n      partner {\n        id\n        name\n        code\n      }\n    }\n  }\n": types.PartnerQuotasDocument,
    "\n  mutation RemovePartnerQuota($input: RemovePartnerQuotaInput!) {\n    removePartnerQuota(input: $input) {\n      removed\n    }\n  }\n": types.RemovePartnerQuotaDocument,
    "\n  mutation ImportPartnerQuotas($input: ImportPartnerQuotasInput!) {\n    importPartnerQuotas(input: $input) {\n      rows\n      changed\n    }\n  }\n": types.ImportPartnerQuotasDocument,
    "\n  query ScorecardFigures($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {\n    partner(id: $partnerId) {\n      id\n      name\n      code\n      tier {\n        id\n        name\n      }\n    }\n    months: channelMetrics(from: $from, to: $to, periodKind: MONTH, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    quarter: channelMetrics(from: $quarter, to: $quarter, periodKind: QUARTER, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n": types.ScorecardFiguresDocument,
    "\n  query ScorecardBenchmark($tierId: ID!, $from: String!, $to: String!, $currency: String!) {\n    tierBenchmark(tierId: $tierId, from: $from, to: $to, currency: $currency) {\n      tierId\n      periods {\n        period\n        partnerCount\n        figures {\n          sellIn {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.ScorecardBenchmarkDocument,
    "\n  query ScorecardSignals($partnerId: ID!) {\n    channelSignals(partnerId: $partnerId, status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n    }\n  }\n": types.ScorecardSignalsDocument,
    "\n  query ScorecardQuotas($partnerIds: [ID!], $from: String!, $to: String!) {\n    partnerQuotas(partnerIds: $partnerIds, from: $from, to: $to) {\n      partnerId\n      period\n      setAt\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n": types.ScorecardQuotasDocument,
    "\n  fragment SignalItem_signal on ChannelSignal {\n    id\n    kind\n    period\n    status\n    raisedAt\n    note\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n    }\n    partner {\n      id\n      name\n      code\n    }\n    facts {\n      name\n      value\n      text\n      series\n    }\n  }\n": types.SignalItem_SignalFragmentDoc,
    "\n  mutation AcknowledgeChannelSignal($input: AcknowledgeChannelSignalInput!) {\n    acknowledgeChannelSignal(input: $input) {\n      signal {\n        ...SignalItem_signal\n      }\n    }\n  }\n": types.AcknowledgeChannelSignalDocument,
    "\n  query SignalRules {\n    signalRules {\n      kind\n      enabled\n      updatedAt\n      thresholds {\n        name\n        value\n      }\n    }\n  }\n": types.SignalRulesDocument,
    "\n  mutation UpdateSignalRule($input: UpdateSignalRuleInput!) {\n    updateSignalRule(input: $input) {\n      rule {\n        kind\n        enabled\n        updatedAt\n        thresholds {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.UpdateSignalRuleDocument,
    "\n  query ChannelSignals($first: Int!, $after: String, $status: SignalStatus, $kinds: [SignalKind!]) {\n    channelSignals(first: $first, after: $after, status: $status, kinds: $kinds) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ChannelSignalsDocument,
    "\n  query SolutionArticleEdit($id: ID!) {\n    solutionArticle(id: $id) {\n      ...ServiceArticle_article\n    }\n  }\n": types.SolutionArticleEditDocument,
    "\n  mutation SaveSolutionArticle($input: SaveSolutionArticleInput!) {\n    saveSolutionArticle(input: $input) {\n      article {\n        ...ServiceArticle_article\n      }\n    }\n  }\n": types.SaveSolutionArticleDocument,
    "\n  query SolutionArticleList($first: Int!, $after: String, $search: String) {\n    solutionArticles(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          publishedAt\n          updatedAt\n          product {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SolutionArticleListDocument,
    "\n  fragment TerritoryRow_territory on Territory {\n    id\n    code\n    name\n    countries\n    regions\n    postalPrefixes\n  }\n": types.TerritoryRow_TerritoryFragmentDoc,
    "\n  query SettingsTerritories {\n    territories {\n      ...TerritoryRow_territory\n    }\n  }\n": types.SettingsTerritoriesDocument,
    "\n  mutation CreateTerritory($input: TerritoryInput!) {\n    createTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n": types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n": types.UpdateTerritoryDocument,
    "\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) { tier { ...TierRow_tier } }\n  }\n": types.CreateTierDocument,
    "\n  mutation UpdateTier($input: UpdateTierInput!) {\n    updateTier(input: $input) { tier { ...TierRow_tier } }\n  }\n": types.UpdateTierDocument,
    "\n  fragment TierRow_tier on Tier {\n    id\n    code\n    name\n    rank\n    discountPercent\n    mdfEligible\n    leadPriority\n    leadAcceptHours\n    maxOpenLeads\n  }\n": types.TierRow_TierFragmentDoc,
    "\n  query SettingsTiers {\n    tiers {\n      ...TierRow_tier\n    }\n  }\n": types.SettingsTiersDocument,
    "\n  query NewOrderTerms($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n      tier {\n        id\n        discountPercent\n      }\n    }\n    showroomSettings(partnerId: $partnerId) {\n      partnerId\n      vatPercent\n    }\n  }\n": types.NewOrderTermsDocument,
    "\n  query OrderOfferChoices($partnerId: ID!, $search: String) {\n    offers(partnerId: $partnerId, search: $search, first: 20) {\n      edges {\n        node {\n          partnerId\n          productId\n          offered\n          stock\n          price {\n            amount\n            currency\n          }\n          product {\n            id\n            sku\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrderOfferChoicesDocument,
    "\n  query OrderProductChoices($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          listPrice {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.OrderProductChoicesDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": types.CreateOrderDocument,
    "\n  mutation SaveOffer($input: SaveOfferInput!) {\n    saveOffer(input: $input) {\n      offer {\n        ...OfferRow_offer\n      }\n    }\n  }\n": types.SaveOfferDocument,
    "\n  query OfferProductChoices($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          listPrice {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.OfferProductChoicesDocument,
    "\n  mutation ImportOffers($input: ImportOffersInput!) {\n    importOffers(input: $input) {\n      result {\n        createdCount\n        updatedCount\n      }\n    }\n  }\n": types.ImportOffersDocument,
    "\n  fragment OfferRow_offer on Offer {\n    partnerId\n    productId\n    price {\n      amount\n      currency\n    }\n    stock\n    deliveryDays\n    partnerSku\n    offered\n    updatedAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n": types.OfferRow_OfferFragmentDoc,
    "\n  query PartnerOffers($partnerId: ID!, $search: String, $first: Int!, $after: String) {\n    offers(partnerId: $partnerId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OfferRow_offer\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PartnerOffersDocument,
    "\n  query PartnerHome {\n    viewer {\n      id\n      partner {\n        id\n        name\n        code\n        kind\n        status\n        ...PartnerProfile_partner\n        ...PartnerAssignments_partner\n        ...PartnerRelations_partner\n      }\n    }\n  }\n": types.PartnerHomeDocument,
    "\n  query ShowroomLogo($slug: String!) {\n    showroom(slug: $slug) {\n      slug\n      logoUrl\n    }\n  }\n": types.ShowroomLogoDocument,
    "\n  fragment ShowroomSettings_showroom on Showroom {\n    partnerId\n    slug\n    displayName\n    accentColor\n    welcomeText\n    welcomeTexts {\n      language\n      text\n    }\n    contactEmail\n    contactPhone\n    enabled\n    pricesGross\n    vatPercent\n    updatedAt\n  }\n": types.ShowroomSettings_ShowroomFragmentDoc,
    "\n  mutation SaveShowroom($input: SaveShowroomInput!) {\n    saveShowroom(input: $input) {\n      showroom {\n        ...ShowroomSettings_showroom\n      }\n    }\n  }\n": types.SaveShowroomDocument,
    "\n  query ShowroomSettings($partnerId: ID!) {\n    showroomSettings(partnerId: $partnerId) {\n      ...ShowroomSettings_showroom\n    }\n    partner(id: $partnerId) {\n      id\n      name\n      code\n    }\n  }\n": types.ShowroomSettingsDocument,
    "\n  query PartnerStaff {\n    viewer {\n      id\n      partner {\n        id\n        name\n        status\n        users {\n          ...StaffMember_user\n        }\n      }\n    }\n  }\n": types.PartnerStaffDocument,
    "\n  query SharedInteractions($first: Int!, $after: String) {\n    interactions(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          subject\n          participants\n          outcome\n          partner {\n            id\n            name\n          }\n          createdBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SharedInteractionsDocument,
    "\n  mutation ReportInventory($input: ReportInventoryInput!) {\n    reportInventory(input: $input) {\n      report {\n        changedCount\n        unchangedCount\n      }\n    }\n  }\n": types.ReportInventoryDocument,
    "\n  fragment InventoryLevelRow_level on InventoryLevel {\n    partnerId\n    productId\n    countedOn\n    onHand\n    reportedAt\n    partner {\n      id\n      name\n      city\n    }\n    product {\n      id\n      sku\n      name\n      unit\n    }\n  }\n": types.InventoryLevelRow_LevelFragmentDoc,
    "\n  query InventoryLevels($partnerId: ID, $productId: ID, $first: Int!, $after: String) {\n    inventory(partnerId: $partnerId, productId: $productId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...InventoryLevelRow_level\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.InventoryLevelsDocument,
    "\n  query InventoryPartnerCount {\n    partners(first: 1) {\n      totalCount\n    }\n  }\n": types.InventoryPartnerCountDocument,
    "\n  mutation ImportInventory($input: ImportInventoryInput!) {\n    importInventory(input: $input) {\n      report {\n        changedCount\n        unchangedCount\n      }\n    }\n  }\n": types.ImportInventoryDocument,
    "\n  query InventoryProductSearch($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n        }\n      }\n    }\n  }\n": types.InventoryProductSearchDocument,
    "\n  query InventoryProductLabel($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n    }\n  }\n": types.InventoryProductLabelDocument,
    "\n  mutation CreateMdfClaim($input: CreateMdfClaimInput!) {\n    createMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": types.CreateMdfClaimDocument,
    "\n  mutation AddMdfClaimFile($input: AddMdfClaimFileInput!) {\n    addMdfClaimFile(input: $input) {\n      file {\n        id\n        fileName\n      }\n    }\n  }\n": types.AddMdfClaimFileDocument,
    "\n  mutation SubmitMdfClaim($input: MdfClaimIdInput!) {\n    submitMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n": types.SubmitMdfClaimDocument,
    "\n  query PartnerMdfFunds($first: Int!) {\n    mdfFunds(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          purpose\n          currency\n          periodStart\n          periodEnd\n          claimDeadline\n          expiredAt\n          activityTypes\n          allocations {\n            ...MdfBalance_allocation\n          }\n        }\n      }\n    }\n  }\n": types.PartnerMdfFundsDocument,
    "\n  query PartnerMdfRequests($first: Int!, $after: String, $filter: MdfRequestFilter) {\n    mdfRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfRequest_request\n          claims {\n            ...MdfClaim_claim\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PartnerMdfRequestsDocument,
    "\n  mutation ResubmitMdfRequest($input: ResubmitMdfRequestInput!) {\n    resubmitMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": types.ResubmitMdfRequestDocument,
    "\n  mutation CloseMdfRequest($input: MdfRequestIdInput!) {\n    closeMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": types.CloseMdfRequestDocument,
    "\n  mutation RequestMdf($input: RequestMdfInput!) {\n    requestMdf(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n": types.RequestMdfDocument,
    "\n  query OwnPerformance($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {\n    months: channelMetrics(from: $from, to: $to, periodKind: MONTH, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    quarter: channelMetrics(from: $quarter, to: $quarter, periodKind: QUARTER, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    tierBenchmark(from: $from, to: $to, currency: $currency) {\n      tierId\n      periods {\n        period\n        partnerCount\n        figures {\n          sellIn {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.OwnPerformanceDocument,
    "\n  mutation OpenServiceCase($input: OpenServiceCaseInput!) {\n    openServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": types.OpenServiceCaseDocument,
    "\n  fragment CategoryFacets_facet on CategoryFacet {\n    id\n    name\n    count\n    parentId\n  }\n": types.CategoryFacets_FacetFragmentDoc,
    "\n  mutation SubmitShowroomLead($input: SubmitShowroomLeadInput!) {\n    submitShowroomLead(input: $input) {\n      reference\n    }\n  }\n": types.SubmitShowroomLeadDocument,
    "\n  mutation ContactPartner($input: ContactPartnerInput!) {\n    contactPartner(input: $input) {\n      reference\n    }\n  }\n": types.ContactPartnerDocument,
    "\n  query Places($text: String!) {\n    places(text: $text) {\n      name\n      country\n      region\n      kind\n      postalPrefix\n      latitude\n      longitude\n    }\n  }\n": types.PlacesDocument,
    "\n  fragment NearbyPartner_result on NearbyPartner {\n    distanceKm\n    inStock\n    deliveryDays\n    tierName\n    partner {\n      id\n      name\n      kind\n      city\n      postalCode\n      country\n      showroomSlug\n    }\n  }\n": types.NearbyPartner_ResultFragmentDoc,
    "\n  query PartnersNear($latitude: Float!, $longitude: Float!, $radiusKm: Int!, $productId: ID) {\n    partnersNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, productId: $productId, first: 20) {\n      ...NearbyPartner_result\n    }\n  }\n": types.PartnersNearDocument,
    "\n  query OciTransfer($slug: String!, $hookUrl: String!, $target: String, $okCode: String, $returnTarget: String, $items: [OciItemInput!]!) {\n    ociTransfer(slug: $slug, hookUrl: $hookUrl, target: $target, okCode: $okCode, returnTarget: $returnTarget, items: $items) {\n      action\n      target\n      fields {\n        name\n        value\n      }\n    }\n  }\n": types.OciTransferDocument,
    "\n  query OrderStatus($number: String!, $email: String!) {\n    orderStatus(number: $number, email: $email) {\n      number\n      status\n      lastChangedAt\n      steps {\n        status\n        at\n      }\n    }\n  }\n": types.OrderStatusDocument,
    "\n  fragment ProductCard_item on ShowroomItem {\n    id\n    sku\n    name\n    unit\n    price {\n      amount\n      currency\n    }\n    netPrice {\n      amount\n      currency\n    }\n    available\n    stock\n    deliveryDays\n    imageUrl\n  }\n": types.ProductCard_ItemFragmentDoc,
    "\n  query ShowroomProduct($slug: String, $sku: String!) {\n    showroomProduct(slug: $slug, sku: $sku) {\n      ...ProductCard_item\n      description\n      images\n      partnerSku\n      attributes {\n        key\n        value\n      }\n      category {\n        id\n        name\n      }\n    }\n  }\n": types.ShowroomProductDocument,
    "\n  query ShowroomFrame($slug: String) {\n    showroom(slug: $slug) {\n      ...ShowroomFrame_showroom\n    }\n  }\n": types.ShowroomFrameDocument,
    "\n  query ShowroomSearch(\n    $slug: String\n    $query: String\n    $categoryId: ID\n    $minPrice: String\n    $maxPrice: String\n    $inStockOnly: Boolean!\n    $sort: ShowroomSort!\n    $first: Int!\n    $after: String\n  ) {\n    showroomSearch(\n      slug: $slug\n      query: $query\n      categoryId: $categoryId\n      minPrice: $minPrice\n      maxPrice: $maxPrice\n      inStockOnly: $inStockOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      facets {\n        ...CategoryFacets_facet\n      }\n      priceRange {\n        min {\n          amount\n          currency\n        }\n        max {\n          amount\n          currency\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...ProductCard_item\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ShowroomSearchDocument,
    "\n  fragment ShowroomFrame_showroom on PublicShowroom {\n    slug\n    displayName\n    accentColor\n    logoUrl\n    welcomeText\n    contactEmail\n    contactPhone\n    pricesGross\n    vatPercent\n    partner {\n      id\n      name\n      city\n      postalCode\n      country\n    }\n  }\n": types.ShowroomFrame_ShowroomFragmentDoc,
    "\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) {\n    invitePartnerUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...StaffMember_user\n        partner {\n          id\n          users {\n            ...StaffMember_user\n          }\n        }\n      }\n    }\n  }\n": types.InvitePartnerUserDocument,
    "\n  mutation DispatchLead($input: DispatchLeadInput!) {\n    dispatchLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": types.DispatchLeadDocument,
    "\n  mutation EraseLeadPersonalData($input: LeadReasonInput!) {\n    eraseLeadPersonalData(input: $input) {\n      lead {\n        id\n        erasedAt\n        contactName\n        company\n        email\n        phone\n        postalCode\n        message\n      }\n    }\n  }\n": types.EraseLeadPersonalDataDocument,
    "\n  mutation AutoDispatchLeads($input: AutoDispatchLeadsInput!) {\n    autoDispatchLeads(input: $input) {\n      dispatched {\n        id\n        status\n        partner {\n          id\n          name\n        }\n      }\n      notDispatched {\n        leadId\n        reason\n        status\n      }\n    }\n  }\n": types.AutoDispatchLeadsDocument,
    "\n  query DispatchRanking($leadId: ID!) {\n    dispatchCandidates(leadId: $leadId) {\n      considered\n      candidates {\n        ...DispatchCandidateRow_candidate\n      }\n    }\n  }\n": types.DispatchRankingDocument,
    "\n  mutation AcceptLead($input: LeadInput!) {\n    acceptLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": types.AcceptLeadDocument,
    "\n  mutation DeclineLead($input: LeadReasonInput!) {\n    declineLead(input: $input) {\n      lead {\n        id\n      }\n    }\n  }\n": types.DeclineLeadDocument,
    "\n  mutation QualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": types.QualifyLeadDocument,
    "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": types.ConvertLeadDocument,
    "\n  mutation MarkLeadLost($input: LeadReasonInput!) {\n    markLeadLost(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n": types.MarkLeadLostDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      lead {\n        id\n        assignee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AssignLeadDocument,
    "\n  mutation FulfilLead($input: FulfilLeadInput!) {\n    fulfilLead(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n    }\n  }\n": types.FulfilLeadDocument,
    "\n  query LeadAssignees($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      users {\n        id\n        displayName\n        active\n        role\n      }\n    }\n  }\n": types.LeadAssigneesDocument,
    "\n  fragment DispatchCandidateRow_candidate on DispatchCandidate {\n    rank\n    total\n    territoryPoints\n    categoryPoints\n    tierPoints\n    distancePoints\n    capacityPoints\n    distanceKm\n    openLeads\n    maxOpenLeads\n    chosen\n    partner {\n      id\n      name\n      city\n    }\n  }\n": types.DispatchCandidateRow_CandidateFragmentDoc,
    "\n  query LeadHistory($id: ID!) {\n    lead(id: $id) {\n      id\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        at\n        actor {\n          id\n          displayName\n        }\n        explanation {\n          considered\n          candidates {\n            ...DispatchCandidateRow_candidate\n          }\n        }\n      }\n    }\n  }\n": types.LeadHistoryDocument,
    "\n  fragment LeadCard_lead on Lead {\n    id\n    reference\n    status\n    source\n    createdAt\n    contactName\n    company\n    email\n    phone\n    postalCode\n    country\n    message\n    consentText\n    consentGivenAt\n    erasedAt\n    partner {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    items {\n      productId\n      quantity\n      product {\n        id\n        sku\n        name\n        unit\n      }\n    }\n  }\n": types.LeadCard_LeadFragmentDoc,
    "\n  query BoardTerritories {\n    territories {\n      id\n      name\n    }\n  }\n": types.BoardTerritoriesDocument,
    "\n  query LeadInbox($first: Int!, $after: String, $statuses: [LeadStatus!], $sources: [String!], $territoryIds: [ID!], $partnerIds: [ID!], $inStatusForHours: Int) {\n    leads(first: $first, after: $after, statuses: $statuses, sources: $sources, territoryIds: $territoryIds, partnerIds: $partnerIds, inStatusForHours: $inStatusForHours) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...LeadCard_lead\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.LeadInboxDocument,
    "\n  fragment MdfMoney on Money {\n    amount\n    currency\n    amountMinor\n  }\n": types.MdfMoneyFragmentDoc,
    "\n  fragment MdfBalance_allocation on MdfAllocation {\n    id\n    amount {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    claimed {\n      ...MdfMoney\n    }\n    paid {\n      ...MdfMoney\n    }\n    expired {\n      ...MdfMoney\n    }\n    available {\n      ...MdfMoney\n    }\n    partner {\n      id\n      name\n    }\n  }\n": types.MdfBalance_AllocationFragmentDoc,
    "\n  fragment MdfClaim_claim on MdfClaim {\n    id\n    number\n    status\n    note\n    createdAt\n    submittedAt\n    decidedAt\n    decisionReason\n    paidAt\n    paymentMethod\n    paymentReference\n    amount {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    partner {\n      id\n      name\n    }\n    files {\n      id\n      fileName\n      contentType\n      byteSize\n      addedAt\n      url\n    }\n  }\n": types.MdfClaim_ClaimFragmentDoc,
    "\n  fragment MdfRequest_request on MdfRequest {\n    id\n    number\n    title\n    description\n    status\n    activityType\n    startsOn\n    endsOn\n    expectedLeads\n    submittedAt\n    decidedAt\n    decisionReason\n    closedAt\n    plannedCost {\n      ...MdfMoney\n    }\n    requested {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    claimed {\n      ...MdfMoney\n    }\n    expectedRevenue {\n      ...MdfMoney\n    }\n    fund {\n      id\n      name\n      claimDeadline\n      expiredAt\n    }\n    partner {\n      id\n      name\n    }\n    submittedBy {\n      id\n      displayName\n    }\n  }\n": types.MdfRequest_RequestFragmentDoc,
    "\n  query NotificationList {\n    notifications(first: 20) {\n      id\n      kind\n      reference\n      createdAt\n      readAt\n    }\n    unreadNotificationCount\n  }\n": types.NotificationListDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation SubmitOrder($input: OrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": types.SubmitOrderDocument,
    "\n  mutation ConfirmOrder($input: OrderInput!) {\n    confirmOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": types.ConfirmOrderDocument,
    "\n  mutation StartFulfilment($input: OrderInput!) {\n    startFulfilment(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": types.StartFulfilmentDocument,
    "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": types.ShipOrderDocument,
    "\n  mutation MarkDelivered($input: OrderInput!) {\n    markDelivered(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": types.MarkDeliveredDocument,
    "\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation RecordInvoice($input: RecordInvoiceInput!) {\n    recordInvoice(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": types.RecordInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  fragment OrderDetail_order on Order {\n    id\n    number\n    kind\n    status\n    currency\n    vatPercent\n    createdAt\n    statusChangedAt\n    cancelledAt\n    cancellationReason\n    carrier\n    trackingReference\n    shippedAt\n    deliveredAt\n    invoiceNumber\n    invoicedAt\n    dueAt\n    paidAt\n    net {\n      amount\n      currency\n    }\n    vat {\n      amount\n      currency\n    }\n    gross {\n      amount\n      currency\n    }\n    customer {\n      name\n      company\n      email\n      phone\n    }\n    partner {\n      id\n      name\n    }\n    lead {\n      id\n      reference\n    }\n    createdBy {\n      id\n      displayName\n    }\n    lines {\n      lineNo\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      lineNet {\n        amount\n        currency\n      }\n      product {\n        id\n        sku\n        name\n        unit\n      }\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.OrderDetail_OrderFragmentDoc,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderDetail_order\n    }\n  }\n": types.OrderDetailDocument,
    "\n  fragment OrderRow_order on Order {\n    id\n    number\n    kind\n    status\n    createdAt\n    gross {\n      amount\n      currency\n    }\n    customer {\n      name\n      company\n    }\n    partner {\n      id\n      name\n    }\n  }\n": types.OrderRow_OrderFragmentDoc,
    "\n  query OrderList($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderRow_order\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.OrderListDocument,
    "\n  query PartnerSearch($search: String, $statuses: [PartnerStatus!]) {\n    partners(first: 20, filter: { statuses: $statuses, search: $search }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": types.PartnerSearchDocument,
    "\n  query PartnerLabel($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      city\n    }\n  }\n": types.PartnerLabelDocument,
    "\n  fragment RegistrationCard_registration on DealRegistration {\n    id\n    reference\n    status\n    customerCompany\n    customerContact\n    customerEmail\n    customerTaxId\n    expectedValue {\n      amount\n      currency\n    }\n    expectedCloseDate\n    notes\n    createdAt\n    decidedAt\n    decisionReason\n    protectedUntil\n    partner {\n      id\n      name\n    }\n  }\n": types.RegistrationCard_RegistrationFragmentDoc,
    "\n  query Registrations($first: Int!, $after: String, $statuses: [RegistrationStatus!], $withConflicts: Boolean!) {\n    dealRegistrations(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          ...RegistrationCard_registration\n          conflicts @include(if: $withConflicts) {\n            kind\n            matchedOn\n            partner {\n              id\n              name\n            }\n            registration {\n              id\n              reference\n              status\n              customerCompany\n              customerEmail\n              customerTaxId\n              createdAt\n            }\n            lead {\n              id\n              reference\n              status\n              company\n              email\n              createdAt\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.RegistrationsDocument,
    "\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      registration {\n        ...RegistrationCard_registration\n      }\n    }\n  }\n": types.RegisterDealDocument,
    "\n  mutation ApproveRegistration($input: DealRegistrationInput!) {\n    approveDealRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": types.ApproveRegistrationDocument,
    "\n  mutation RejectRegistration($input: RejectDealRegistrationInput!) {\n    rejectDealRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": types.RejectRegistrationDocument,
    "\n  fragment ServiceArticle_article on SolutionArticle {\n    id\n    title\n    body\n    publishedAt\n    updatedAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n": types.ServiceArticle_ArticleFragmentDoc,
    "\n  query ServiceArticleSuggestions($search: String!) {\n    solutionArticles(search: $search, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...ServiceArticle_article\n        }\n      }\n    }\n  }\n": types.ServiceArticleSuggestionsDocument,
    "\n  query ServiceArticleChoices($search: String) {\n    solutionArticles(search: $search, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ServiceArticleChoicesDocument,
    "\n  mutation AddServiceCaseAttachment($input: AddServiceCaseAttachmentInput!) {\n    addServiceCaseAttachment(input: $input) {\n      attachment {\n        id\n      }\n    }\n  }\n": types.AddServiceCaseAttachmentDocument,
    "\n  mutation StartServiceCase($input: ServiceCaseNoteInput!) {\n    startServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": types.StartServiceCaseDocument,
    "\n  mutation WaitForCustomer($input: ServiceCaseNoteInput!) {\n    waitForCustomer(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": types.WaitForCustomerDocument,
    "\n  mutation ResumeServiceCase($input: ServiceCaseNoteInput!) {\n    resumeServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": types.ResumeServiceCaseDocument,
    "\n  mutation ResolveServiceCase($input: ResolveServiceCaseInput!) {\n    resolveServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": types.ResolveServiceCaseDocument,
    "\n  mutation ReopenServiceCase($input: ServiceCaseNoteInput!) {\n    reopenServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": types.ReopenServiceCaseDocument,
    "\n  mutation CloseServiceCase($input: CloseServiceCaseInput!) {\n    closeServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n": types.CloseServiceCaseDocument,
    "\n  fragment ServiceCaseDetail_serviceCase on ServiceCase {\n    id\n    number\n    status\n    severity\n    serialNumber\n    customerName\n    customerEmail\n    customerPhone\n    description\n    satisfaction\n    openedAt\n    statusChangedAt\n    firstResponseAt\n    resolvedAt\n    closedAt\n    partner {\n      id\n      name\n    }\n    product {\n      id\n      sku\n      name\n    }\n    openedBy {\n      id\n      displayName\n    }\n    solutionArticle {\n      ...ServiceArticle_article\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      byteSize\n      addedAt\n      url\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      at\n    }\n  }\n": types.ServiceCaseDetail_ServiceCaseFragmentDoc,
    "\n  query ServiceCaseDetail($id: ID!) {\n    serviceCase(id: $id) {\n      ...ServiceCaseDetail_serviceCase\n    }\n  }\n": types.ServiceCaseDetailDocument,
    "\n  fragment ServiceCaseRow_serviceCase on ServiceCase {\n    id\n    number\n    status\n    severity\n    openedAt\n    customerName\n    serialNumber\n    product {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n  }\n": types.ServiceCaseRow_ServiceCaseFragmentDoc,
    "\n  query ServiceCaseList($first: Int!, $after: String, $filter: ServiceCaseFilter) {\n    serviceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceCaseRow_serviceCase\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ServiceCaseListDocument,
    "\n  query ServiceProductSearch($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n        }\n      }\n    }\n  }\n": types.ServiceProductSearchDocument,
    "\n  query ServiceProductLabel($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n    }\n  }\n": types.ServiceProductLabelDocument,
    "\n  fragment StaffMember_user on User {\n    id\n    displayName\n    email\n    role\n    active\n    invited\n  }\n": types.StaffMember_UserFragmentDoc,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      user {\n        ...StaffMember_user\n      }\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  fragment KpiFigures on ChannelFigures {\n    sellIn { amount currency }\n    sellOut { amount currency }\n    quota { amount currency }\n    quotaCompletion\n    distributionRate\n    daysOfInventory\n    averageDeliveryDays\n    deliveries\n    paymentPeriodDays\n    leadsReceived\n    leadsWon\n    leadAcceptanceRate\n    leadAcceptanceHours\n    winRate\n    serviceCasesOpened\n    firstResponseHours\n    resolutionHours\n    satisfaction\n    grossMargin\n    channelCostShare\n    mdfSpent { amount currency }\n    mdfReturn\n  }\n": types.KpiFiguresFragmentDoc,
    "\n  subscription LeadChanged {\n    leadChanged {\n      leadId\n      action\n      status\n      resync\n    }\n  }\n": types.LeadChangedDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      resync\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  subscription OrderChanged {\n    orderChanged {\n      orderId\n      status\n      resync\n    }\n  }\n": types.OrderChangedDocument,
    "\n  query LeadCount($statuses: [LeadStatus!], $partnerIds: [ID!]) {\n    leads(first: 1, statuses: $statuses, partnerIds: $partnerIds) {\n      totalCount\n    }\n  }\n": types.LeadCountDocument,
    "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    tokenPrefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow_apiToken on ApiToken {\n    id\n    name\n    tokenPrefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenRow_apiToken\n    }\n  }\n"): (typeof documents)["\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenRow_apiToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow_apiToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      displayName\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedQueryRow_savedQuery on SavedQuery {\n    id\n    name\n    query\n    variables\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SavedQueryRow_savedQuery on SavedQuery {\n    id\n    name\n    query\n    variables\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueries {\n    savedQueries {\n      ...SavedQueryRow_savedQuery\n    }\n  }\n"): (typeof documents)["\n  query SavedQueries {\n    savedQueries {\n      ...SavedQueryRow_savedQuery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      savedQuery {\n        ...SavedQueryRow_savedQuery\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuery($input: SaveQueryInput!) {\n    saveQuery(input: $input) {\n      savedQuery {\n        ...SavedQueryRow_savedQuery\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedQuery($input: DeleteSavedQueryInput!) {\n    deleteSavedQuery(input: $input) {\n      deletedSavedQueryId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSavedQuery($input: DeleteSavedQueryInput!) {\n    deleteSavedQuery(input: $input) {\n      deletedSavedQueryId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingPartners($first: Int!, $filter: PartnerFilter) {\n    partners(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          city\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnboardingPartners($first: Int!, $filter: PartnerFilter) {\n    partners(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          city\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentPartnerChanges($first: Int!) {\n    recentPartnerChanges(first: $first) {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        displayName\n      }\n      partner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentPartnerChanges($first: Int!) {\n    recentPartnerChanges(first: $first) {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        displayName\n      }\n      partner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueFollowUps($dueBefore: String!) {\n    interactionTasks(open: true, dueBefore: $dueBefore, mine: true, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OverdueFollowUps($dueBefore: String!) {\n    interactionTasks(open: true, dueBefore: $dueBefore, mine: true, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DispatchRulesFields_rules on DispatchRules {\n    territoryWeight\n    categoryWeight\n    tierWeight\n    distanceWeight\n    capacityWeight\n    requireTerritory\n    maxDistanceKm\n    redispatch\n    registrationProtectionDays\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment DispatchRulesFields_rules on DispatchRules {\n    territoryWeight\n    categoryWeight\n    tierWeight\n    distanceWeight\n    capacityWeight\n    requireTerritory\n    maxDistanceKm\n    redispatch\n    registrationProtectionDays\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsDispatchRules {\n    dispatchRules {\n      ...DispatchRulesFields_rules\n    }\n  }\n"): (typeof documents)["\n  query SettingsDispatchRules {\n    dispatchRules {\n      ...DispatchRulesFields_rules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDispatchRules($input: DispatchRulesInput!) {\n    updateDispatchRules(input: $input) {\n      rules {\n        ...DispatchRulesFields_rules\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDispatchRules($input: DispatchRulesInput!) {\n    updateDispatchRules(input: $input) {\n      rules {\n        ...DispatchRulesFields_rules\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadImportState_import on LeadImport {\n    id\n    status\n    fileName\n    dispatch\n    totalRows\n    processedRows\n    createdCount\n    dispatchedCount\n    errorCount\n    errors {\n      line\n      field\n      reason\n    }\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment LeadImportState_import on LeadImport {\n    id\n    status\n    fileName\n    dispatch\n    totalRows\n    processedRows\n    createdCount\n    dispatchedCount\n    errorCount\n    errors {\n      line\n      field\n      reason\n    }\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLeadImport($input: StartLeadImportInput!) {\n    startLeadImport(input: $input) {\n      leadImport {\n        ...LeadImportState_import\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartLeadImport($input: StartLeadImportInput!) {\n    startLeadImport(input: $input) {\n      leadImport {\n        ...LeadImportState_import\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadImport($id: ID!) {\n    leadImport(id: $id) {\n      ...LeadImportState_import\n    }\n  }\n"): (typeof documents)["\n  query LeadImport($id: ID!) {\n    leadImport(id: $id) {\n      ...LeadImportState_import\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadImports {\n    leadImports(first: 10) {\n      ...LeadImportState_import\n    }\n  }\n"): (typeof documents)["\n  query LeadImports {\n    leadImports(first: 10) {\n      ...LeadImportState_import\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead {\n        id\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      lead {\n        id\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner {\n        id\n        code\n        name\n        kind\n        status\n        city\n        country\n      }\n      firstManagerInvitation {\n        invitationUrl\n        expiresAt\n        user {\n          id\n          email\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner {\n        id\n        code\n        name\n        kind\n        status\n        city\n        country\n      }\n      firstManagerInvitation {\n        invitationUrl\n        expiresAt\n        user {\n          id\n          email\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerAssignments_partner on Partner {\n    id\n    kind\n    tier { id name }\n    owner { id displayName email }\n    parent { id name code }\n    territories { id code name }\n  }\n"): (typeof documents)["\n  fragment PartnerAssignments_partner on Partner {\n    id\n    kind\n    tier { id name }\n    owner { id displayName email }\n    parent { id name code }\n    territories { id code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignPartnerTier($input: AssignPartnerTierInput!) {\n    assignPartnerTier(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n"): (typeof documents)["\n  mutation AssignPartnerTier($input: AssignPartnerTierInput!) {\n    assignPartnerTier(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignPartnerOwner($input: AssignPartnerOwnerInput!) {\n    assignPartnerOwner(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n"): (typeof documents)["\n  mutation AssignPartnerOwner($input: AssignPartnerOwnerInput!) {\n    assignPartnerOwner(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerParent($input: SetPartnerParentInput!) {\n    setPartnerParent(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerRelations_partner ...PartnerHistory_partner } }\n  }\n"): (typeof documents)["\n  mutation SetPartnerParent($input: SetPartnerParentInput!) {\n    setPartnerParent(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerRelations_partner ...PartnerHistory_partner } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerTerritories($input: SetPartnerTerritoriesInput!) {\n    setPartnerTerritories(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n"): (typeof documents)["\n  mutation SetPartnerTerritories($input: SetPartnerTerritoriesInput!) {\n    setPartnerTerritories(input: $input) { partner { id ...PartnerAssignments_partner ...PartnerHistory_partner } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerFilterOptions {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PartnerFilterOptions {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerHistory_partner on Partner {\n    id\n    history {\n      id\n      kind\n      summary\n      at\n      actor { id displayName }\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerHistory_partner on Partner {\n    id\n    history {\n      id\n      kind\n      summary\n      at\n      actor { id displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerList($first: Int!, $after: String, $filter: PartnerFilter) {\n    partners(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PartnerRow_partner\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerList($first: Int!, $after: String, $filter: PartnerFilter) {\n    partners(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PartnerRow_partner\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerPage($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      code\n      kind\n      status\n      ...PartnerProfile_partner\n      ...PartnerStatus_partner\n      ...PartnerAssignments_partner\n      ...PartnerRelations_partner\n      ...PartnerHistory_partner\n      users {\n        ...StaffMember_user\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerPage($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      code\n      kind\n      status\n      ...PartnerProfile_partner\n      ...PartnerStatus_partner\n      ...PartnerAssignments_partner\n      ...PartnerRelations_partner\n      ...PartnerHistory_partner\n      users {\n        ...StaffMember_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerProfile_partner on Partner {\n    id\n    name\n    email\n    phone\n    website\n    street\n    city\n    postalCode\n    region\n    country\n    latitude\n    longitude\n  }\n"): (typeof documents)["\n  fragment PartnerProfile_partner on Partner {\n    id\n    name\n    email\n    phone\n    website\n    street\n    city\n    postalCode\n    region\n    country\n    latitude\n    longitude\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerProfile($input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(input: $input) {\n      partner {\n        id\n        ...PartnerProfile_partner\n        ...PartnerHistory_partner\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnerProfile($input: UpdatePartnerProfileInput!) {\n    updatePartnerProfile(input: $input) {\n      partner {\n        id\n        ...PartnerProfile_partner\n        ...PartnerHistory_partner\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerRelations_partner on Partner {\n    id\n    kind\n    parent { id name code }\n    children { id name code kind status city country }\n  }\n"): (typeof documents)["\n  fragment PartnerRelations_partner on Partner {\n    id\n    kind\n    parent { id name code }\n    children { id name code kind status city country }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerRow_partner on Partner {\n    id\n    code\n    name\n    kind\n    status\n    city\n    country\n    tier {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerRow_partner on Partner {\n    id\n    code\n    name\n    kind\n    status\n    city\n    country\n    tier {\n      id\n      name\n    }\n    parent {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerStatus_partner on Partner {\n    id\n    name\n    status\n    nextStatuses\n  }\n"): (typeof documents)["\n  fragment PartnerStatus_partner on Partner {\n    id\n    name\n    status\n    nextStatuses\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPartnerOnboarding($input: PartnerTransitionInput!) {\n    startPartnerOnboarding(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n"): (typeof documents)["\n  mutation StartPartnerOnboarding($input: PartnerTransitionInput!) {\n    startPartnerOnboarding(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivatePartner($input: PartnerTransitionInput!) {\n    activatePartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivatePartner($input: PartnerTransitionInput!) {\n    activatePartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendPartner($input: PartnerTransitionInput!) {\n    suspendPartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendPartner($input: PartnerTransitionInput!) {\n    suspendPartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminatePartner($input: PartnerTransitionInput!) {\n    terminatePartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n"): (typeof documents)["\n  mutation TerminatePartner($input: PartnerTransitionInput!) {\n    terminatePartner(input: $input) {\n      partner { id ...PartnerStatus_partner ...PartnerHistory_partner }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryRow_category on Category {\n    id\n    code\n    name\n    defaultName\n    translations {\n      language\n      text\n    }\n    parentId\n    position\n  }\n"): (typeof documents)["\n  fragment CategoryRow_category on Category {\n    id\n    code\n    name\n    defaultName\n    translations {\n      language\n      text\n    }\n    parentId\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCategories {\n    categories {\n      ...CategoryRow_category\n    }\n  }\n"): (typeof documents)["\n  query CatalogCategories {\n    categories {\n      ...CategoryRow_category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) { category { ...CategoryRow_category } }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) { category { ...CategoryRow_category } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) { category { ...CategoryRow_category } }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) { category { ...CategoryRow_category } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProduct($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      ...ProductForm_product\n      ...ProductImages_product\n    }\n  }\n"): (typeof documents)["\n  query CatalogProduct($id: ID!) {\n    product(id: $id) {\n      id\n      name\n      ...ProductForm_product\n      ...ProductImages_product\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductForm_product on Product {\n    id\n    sku\n    defaultName\n    defaultDescription\n    unit\n    active\n    categoryId\n    listPrice {\n      amount\n      currency\n    }\n    defaultAttributes {\n      key\n      value\n    }\n    translations {\n      language\n      name\n      description\n      attributes {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProductForm_product on Product {\n    id\n    sku\n    defaultName\n    defaultDescription\n    unit\n    active\n    categoryId\n    listPrice {\n      amount\n      currency\n    }\n    defaultAttributes {\n      key\n      value\n    }\n    translations {\n      language\n      name\n      description\n      attributes {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { ...ProductForm_product ...CatalogProductRow_product } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductImages_product on Product {\n    id\n    name\n    images {\n      id\n      position\n      src\n    }\n  }\n"): (typeof documents)["\n  fragment ProductImages_product on Product {\n    id\n    name\n    images {\n      id\n      position\n      src\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProductImage($input: AddProductImageInput!) {\n    addProductImage(input: $input) { image { id position src } }\n  }\n"): (typeof documents)["\n  mutation AddProductImage($input: AddProductImageInput!) {\n    addProductImage(input: $input) { image { id position src } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProductImage($input: RemoveProductImageInput!) {\n    removeProductImage(input: $input) { image { id } }\n  }\n"): (typeof documents)["\n  mutation RemoveProductImage($input: RemoveProductImageInput!) {\n    removeProductImage(input: $input) { image { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductImportState_import on ProductImport {\n    id\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    errors {\n      line\n      field\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ProductImportState_import on ProductImport {\n    id\n    status\n    totalRows\n    processedRows\n    createdCount\n    updatedCount\n    errors {\n      line\n      field\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProductImport($input: StartProductImportInput!) {\n    startProductImport(input: $input) {\n      productImport {\n        ...ProductImportState_import\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartProductImport($input: StartProductImportInput!) {\n    startProductImport(input: $input) {\n      productImport {\n        ...ProductImportState_import\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductImport($id: ID!) {\n    productImport(id: $id) {\n      ...ProductImportState_import\n    }\n  }\n"): (typeof documents)["\n  query ProductImport($id: ID!) {\n    productImport(id: $id) {\n      ...ProductImportState_import\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogProductRow_product on Product {\n    id\n    sku\n    name\n    unit\n    active\n    listPrice {\n      amount\n      currency\n    }\n    category {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogProductRow_product on Product {\n    id\n    sku\n    name\n    unit\n    active\n    listPrice {\n      amount\n      currency\n    }\n    category {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CatalogProductRow_product\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CatalogProductRow_product\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsCsv {\n    productsCsv\n  }\n"): (typeof documents)["\n  query ProductsCsv {\n    productsCsv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpTasks($open: Boolean!, $dueBefore: String, $mine: Boolean!, $first: Int!, $after: String) {\n    interactionTasks(open: $open, dueBefore: $dueBefore, mine: $mine, first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUp_task\n          partner {\n            id\n            name\n          }\n          interaction {\n            id\n            kind\n            subject\n            occurredAt\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpTasks($open: Boolean!, $dueBefore: String, $mine: Boolean!, $first: Int!, $after: String) {\n    interactionTasks(open: $open, dueBefore: $dueBefore, mine: $mine, first: $first, after: $after) {\n      edges {\n        node {\n          ...FollowUp_task\n          partner {\n            id\n            name\n          }\n          interaction {\n            id\n            kind\n            subject\n            occurredAt\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      interaction {\n        id\n        kind\n        occurredAt\n        subject\n        participants\n        notes\n        outcome\n        shared\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      interaction {\n        id\n        kind\n        occurredAt\n        subject\n        participants\n        notes\n        outcome\n        shared\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFollowUp($input: AddInteractionTaskInput!) {\n    addInteractionTask(input: $input) {\n      task {\n        id\n        interaction {\n          id\n          tasks {\n            ...FollowUp_task\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddFollowUp($input: AddInteractionTaskInput!) {\n    addInteractionTask(input: $input) {\n      task {\n        id\n        interaction {\n          id\n          tasks {\n            ...FollowUp_task\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerTimeline($partnerId: ID!, $first: Int!, $after: String, $kinds: [TimelineSource!]) {\n    partnerTimeline(partnerId: $partnerId, first: $first, after: $after, kinds: $kinds) {\n      edges {\n        node {\n          ...TimelineEntry_entry\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerTimeline($partnerId: ID!, $first: Int!, $after: String, $kinds: [TimelineSource!]) {\n    partnerTimeline(partnerId: $partnerId, first: $first, after: $after, kinds: $kinds) {\n      edges {\n        node {\n          ...TimelineEntry_entry\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInteraction($input: RecordInteractionInput!) {\n    recordInteraction(input: $input) {\n      interaction {\n        id\n        subject\n        shared\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInteraction($input: RecordInteractionInput!) {\n    recordInteraction(input: $input) {\n      interaction {\n        id\n        subject\n        shared\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineEntry_entry on TimelineEntry {\n    key\n    at\n    source\n    action\n    title\n    detail\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    interaction {\n      id\n      kind\n      subject\n      participants\n      notes\n      outcome\n      shared\n      occurredAt\n      # FollowUp_task's fields, written out: the API's depth limit (10) counts each fragment spread as a level.\n      tasks {\n        id\n        title\n        dueOn\n        doneAt\n        doneBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TimelineEntry_entry on TimelineEntry {\n    key\n    at\n    source\n    action\n    title\n    detail\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    interaction {\n      id\n      kind\n      subject\n      participants\n      notes\n      outcome\n      shared\n      occurredAt\n      # FollowUp_task's fields, written out: the API's depth limit (10) counts each fragment spread as a level.\n      tasks {\n        id\n        title\n        dueOn\n        doneAt\n        doneBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUp_task on InteractionTask {\n    id\n    title\n    dueOn\n    doneAt\n    doneBy {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUp_task on InteractionTask {\n    id\n    title\n    dueOn\n    doneAt\n    doneBy {\n      id\n      displayName\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUp($input: CompleteInteractionTaskInput!) {\n    completeInteractionTask(input: $input) {\n      task {\n        ...FollowUp_task\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteFollowUp($input: CompleteInteractionTaskInput!) {\n    completeInteractionTask(input: $input) {\n      task {\n        ...FollowUp_task\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfFundDetail($id: ID!) {\n    mdfFund(id: $id) {\n      ...MdfFundRow_fund\n      createdAt\n      eligibleTiers {\n        id\n        name\n      }\n      allocations {\n        ...MdfBalance_allocation\n      }\n    }\n    mdfLedgerCheck(id: $id)\n  }\n"): (typeof documents)["\n  query MdfFundDetail($id: ID!) {\n    mdfFund(id: $id) {\n      ...MdfFundRow_fund\n      createdAt\n      eligibleTiers {\n        id\n        name\n      }\n      allocations {\n        ...MdfBalance_allocation\n      }\n    }\n    mdfLedgerCheck(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfFundRequests($fundId: ID!, $first: Int!) {\n    mdfRequests(first: $first, filter: { fundId: $fundId }) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          activityType\n          partner {\n            id\n            name\n          }\n          requested {\n            ...MdfMoney\n          }\n          approved {\n            ...MdfMoney\n          }\n          claimed {\n            ...MdfMoney\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MdfFundRequests($fundId: ID!, $first: Int!) {\n    mdfRequests(first: $first, filter: { fundId: $fundId }) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          activityType\n          partner {\n            id\n            name\n          }\n          requested {\n            ...MdfMoney\n          }\n          approved {\n            ...MdfMoney\n          }\n          claimed {\n            ...MdfMoney\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateMdf($input: AllocateMdfInput!) {\n    allocateMdf(input: $input) {\n      allocation {\n        ...MdfBalance_allocation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateMdf($input: AllocateMdfInput!) {\n    allocateMdf(input: $input) {\n      allocation {\n        ...MdfBalance_allocation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpireMdfFund($input: ExpireMdfFundInput!) {\n    expireMdfFund(input: $input) {\n      fund {\n        id\n        expiredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExpireMdfFund($input: ExpireMdfFundInput!) {\n    expireMdfFund(input: $input) {\n      fund {\n        id\n        expiredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfFundRow_fund on MdfFund {\n    id\n    name\n    purpose\n    currency\n    periodStart\n    periodEnd\n    claimDeadline\n    expiredAt\n    activityTypes\n    totalBudget {\n      ...MdfMoney\n    }\n    allocated {\n      ...MdfMoney\n    }\n    unallocated {\n      ...MdfMoney\n    }\n  }\n"): (typeof documents)["\n  fragment MdfFundRow_fund on MdfFund {\n    id\n    name\n    purpose\n    currency\n    periodStart\n    periodEnd\n    claimDeadline\n    expiredAt\n    activityTypes\n    totalBudget {\n      ...MdfMoney\n    }\n    allocated {\n      ...MdfMoney\n    }\n    unallocated {\n      ...MdfMoney\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfFundList($first: Int!, $after: String) {\n    mdfFunds(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...MdfFundRow_fund\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MdfFundList($first: Int!, $after: String) {\n    mdfFunds(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...MdfFundRow_fund\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfLedger($first: Int!, $after: String, $filter: MdfLedgerFilter) {\n    mdfLedger(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          kind\n          note\n          requestId\n          claimId\n          amount {\n            ...MdfMoney\n          }\n          fund {\n            id\n            name\n          }\n          partner {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MdfLedger($first: Int!, $after: String, $filter: MdfLedgerFilter) {\n    mdfLedger(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          kind\n          note\n          requestId\n          claimId\n          amount {\n            ...MdfMoney\n          }\n          fund {\n            id\n            name\n          }\n          partner {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfFundNames($first: Int!) {\n    mdfFunds(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MdfFundNames($first: Int!) {\n    mdfFunds(first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfRequestQueue($first: Int!, $after: String, $filter: MdfRequestFilter) {\n    mdfRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfRequest_request\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MdfRequestQueue($first: Int!, $after: String, $filter: MdfRequestFilter) {\n    mdfRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfRequest_request\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfClaimQueue($first: Int!, $after: String, $filter: MdfClaimFilter) {\n    mdfClaims(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfClaim_claim\n          request {\n            id\n            number\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MdfClaimQueue($first: Int!, $after: String, $filter: MdfClaimFilter) {\n    mdfClaims(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfClaim_claim\n          request {\n            id\n            number\n            title\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMdfRequest($input: ApproveMdfRequestInput!) {\n    approveMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMdfRequest($input: ApproveMdfRequestInput!) {\n    approveMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMdfRequest($input: DecideMdfRequestInput!) {\n    rejectMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMdfRequest($input: DecideMdfRequestInput!) {\n    rejectMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskMdfRequestChanges($input: DecideMdfRequestInput!) {\n    askMdfRequestChanges(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AskMdfRequestChanges($input: DecideMdfRequestInput!) {\n    askMdfRequestChanges(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChannelCloseMdfRequest($input: MdfRequestIdInput!) {\n    closeMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChannelCloseMdfRequest($input: MdfRequestIdInput!) {\n    closeMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMdfClaim($input: ApproveMdfClaimInput!) {\n    approveMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMdfClaim($input: ApproveMdfClaimInput!) {\n    approveMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMdfClaim($input: RejectMdfClaimInput!) {\n    rejectMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMdfClaim($input: RejectMdfClaimInput!) {\n    rejectMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayMdfClaim($input: PayMdfClaimInput!) {\n    payMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayMdfClaim($input: PayMdfClaimInput!) {\n    payMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMdfFund($input: CreateMdfFundInput!) {\n    createMdfFund(input: $input) {\n      fund {\n        ...MdfFundRow_fund\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMdfFund($input: CreateMdfFundInput!) {\n    createMdfFund(input: $input) {\n      fund {\n        ...MdfFundRow_fund\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfTiers {\n    tiers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MdfTiers {\n    tiers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateMdfByRule($input: AllocateMdfByRuleInput!) {\n    allocateMdfByRule(input: $input) {\n      shares {\n        partner {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n          amountMinor\n        }\n        basis\n      }\n      allocations {\n        ...MdfBalance_allocation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AllocateMdfByRule($input: AllocateMdfByRuleInput!) {\n    allocateMdfByRule(input: $input) {\n      shares {\n        partner {\n          id\n          name\n        }\n        amount {\n          amount\n          currency\n          amountMinor\n        }\n        basis\n      }\n      allocations {\n        ...MdfBalance_allocation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MdfShareTiers {\n    tiers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MdfShareTiers {\n    tiers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOptions($distributorFilter: PartnerFilter!, $first: Int!) {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      code\n      name\n    }\n    brandUsers {\n      id\n      displayName\n      role\n      active\n    }\n    partners(first: $first, filter: $distributorFilter) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOptions($distributorFilter: PartnerFilter!, $first: Int!) {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      code\n      name\n    }\n    brandUsers {\n      id\n      displayName\n      role\n      active\n    }\n    partners(first: $first, filter: $distributorFilter) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelComparison($metric: ChannelMetric!, $period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!, $ascending: Boolean!) {\n    channelComparison(metric: $metric, period: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy, ascending: $ascending) {\n      groupKey\n      rank\n      value\n      previousValue\n      change\n      changeRatio\n      partnerCount\n      kind\n      partner {\n        id\n        name\n      }\n      tier {\n        id\n        name\n      }\n      territory {\n        id\n        name\n      }\n      figures {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n      previous {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChannelComparison($metric: ChannelMetric!, $period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!, $ascending: Boolean!) {\n    channelComparison(metric: $metric, period: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy, ascending: $ascending) {\n      groupKey\n      rank\n      value\n      previousValue\n      change\n      changeRatio\n      partnerCount\n      kind\n      partner {\n        id\n        name\n      }\n      tier {\n        id\n        name\n      }\n      territory {\n        id\n        name\n      }\n      figures {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n      previous {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceTrend($from: String!, $to: String!, $periodKind: MetricPeriodKind!, $currency: String!) {\n    channelMetrics(from: $from, to: $to, periodKind: $periodKind, currency: $currency, groupBy: CHANNEL) {\n      period\n      partnerCount\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceTrend($from: String!, $to: String!, $periodKind: MetricPeriodKind!, $currency: String!) {\n    channelMetrics(from: $from, to: $to, periodKind: $periodKind, currency: $currency, groupBy: CHANNEL) {\n      period\n      partnerCount\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceGroups($period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!) {\n    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy) {\n      groupKey\n      kind\n      partnerCount\n      partner {\n        id\n        name\n      }\n      tier {\n        id\n        name\n      }\n      territory {\n        id\n        name\n      }\n      figures {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceGroups($period: String!, $periodKind: MetricPeriodKind!, $currency: String!, $groupBy: MetricGroupBy!) {\n    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: $groupBy) {\n      groupKey\n      kind\n      partnerCount\n      partner {\n        id\n        name\n      }\n      tier {\n        id\n        name\n      }\n      territory {\n        id\n        name\n      }\n      figures {\n        sellIn {\n          amount\n        }\n        sellOut {\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshChannelMetrics {\n    refreshChannelMetrics {\n      pendingCells\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshChannelMetrics {\n    refreshChannelMetrics {\n      pendingCells\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaDistribution($period: String!, $periodKind: MetricPeriodKind!, $currency: String!) {\n    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: PARTNER) {\n      groupKey\n      figures {\n        quotaCompletion\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotaDistribution($period: String!, $periodKind: MetricPeriodKind!, $currency: String!) {\n    channelMetrics(from: $period, to: $period, periodKind: $periodKind, currency: $currency, groupBy: PARTNER) {\n      groupKey\n      figures {\n        quotaCompletion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenSignals {\n    channelSignals(status: OPEN, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenSignals {\n    channelSignals(status: OPEN, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiMovers($from: String!, $to: String!) {\n    channelMetrics(from: $from, to: $to, groupBy: CHANNEL) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query KpiMovers($from: String!, $to: String!) {\n    channelMetrics(from: $from, to: $to, groupBy: CHANNEL) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryMarkets($year: Int!) {\n    territories {\n      id\n      code\n      name\n    }\n    territoryMarkets(year: $year) {\n      territoryId\n      year\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query TerritoryMarkets($year: Int!) {\n    territories {\n      id\n      code\n      name\n    }\n    territoryMarkets(year: $year) {\n      territoryId\n      year\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTerritoryMarket($input: SetTerritoryMarketInput!) {\n    setTerritoryMarket(input: $input) {\n      market {\n        territoryId\n        year\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTerritoryMarket($input: SetTerritoryMarketInput!) {\n    setTerritoryMarket(input: $input) {\n      market {\n        territoryId\n        year\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerQuota($input: SetPartnerQuotaInput!) {\n    setPartnerQuota(input: $input) {\n      quota {\n        partnerId\n        period\n        periodKind\n        setAt\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPartnerQuota($input: SetPartnerQuotaInput!) {\n    setPartnerQuota(input: $input) {\n      quota {\n        partnerId\n        period\n        periodKind\n        setAt\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerQuotas($from: String!, $to: String!) {\n    partnerQuotas(from: $from, to: $to) {\n      partnerId\n      period\n      periodKind\n      setAt\n      amount {\n        amount\n        currency\n      }\n    }\n    channelMetrics(from: $from, to: $from, groupBy: PARTNER) {\n      partner {\n        id\n        name\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerQuotas($from: String!, $to: String!) {\n    partnerQuotas(from: $from, to: $to) {\n      partnerId\n      period\n      periodKind\n      setAt\n      amount {\n        amount\n        currency\n      }\n    }\n    channelMetrics(from: $from, to: $from, groupBy: PARTNER) {\n      partner {\n        id\n        name\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartnerQuota($input: RemovePartnerQuotaInput!) {\n    removePartnerQuota(input: $input) {\n      removed\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePartnerQuota($input: RemovePartnerQuotaInput!) {\n    removePartnerQuota(input: $input) {\n      removed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPartnerQuotas($input: ImportPartnerQuotasInput!) {\n    importPartnerQuotas(input: $input) {\n      rows\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPartnerQuotas($input: ImportPartnerQuotasInput!) {\n    importPartnerQuotas(input: $input) {\n      rows\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardFigures($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {\n    partner(id: $partnerId) {\n      id\n      name\n      code\n      tier {\n        id\n        name\n      }\n    }\n    months: channelMetrics(from: $from, to: $to, periodKind: MONTH, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    quarter: channelMetrics(from: $quarter, to: $quarter, periodKind: QUARTER, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardFigures($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {\n    partner(id: $partnerId) {\n      id\n      name\n      code\n      tier {\n        id\n        name\n      }\n    }\n    months: channelMetrics(from: $from, to: $to, periodKind: MONTH, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    quarter: channelMetrics(from: $quarter, to: $quarter, periodKind: QUARTER, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardBenchmark($tierId: ID!, $from: String!, $to: String!, $currency: String!) {\n    tierBenchmark(tierId: $tierId, from: $from, to: $to, currency: $currency) {\n      tierId\n      periods {\n        period\n        partnerCount\n        figures {\n          sellIn {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardBenchmark($tierId: ID!, $from: String!, $to: String!, $currency: String!) {\n    tierBenchmark(tierId: $tierId, from: $from, to: $to, currency: $currency) {\n      tierId\n      periods {\n        period\n        partnerCount\n        figures {\n          sellIn {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardSignals($partnerId: ID!) {\n    channelSignals(partnerId: $partnerId, status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardSignals($partnerId: ID!) {\n    channelSignals(partnerId: $partnerId, status: OPEN, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardQuotas($partnerIds: [ID!], $from: String!, $to: String!) {\n    partnerQuotas(partnerIds: $partnerIds, from: $from, to: $to) {\n      partnerId\n      period\n      setAt\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardQuotas($partnerIds: [ID!], $from: String!, $to: String!) {\n    partnerQuotas(partnerIds: $partnerIds, from: $from, to: $to) {\n      partnerId\n      period\n      setAt\n      amount {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignalItem_signal on ChannelSignal {\n    id\n    kind\n    period\n    status\n    raisedAt\n    note\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n    }\n    partner {\n      id\n      name\n      code\n    }\n    facts {\n      name\n      value\n      text\n      series\n    }\n  }\n"): (typeof documents)["\n  fragment SignalItem_signal on ChannelSignal {\n    id\n    kind\n    period\n    status\n    raisedAt\n    note\n    acknowledgedAt\n    acknowledgedBy {\n      id\n      displayName\n    }\n    partner {\n      id\n      name\n      code\n    }\n    facts {\n      name\n      value\n      text\n      series\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeChannelSignal($input: AcknowledgeChannelSignalInput!) {\n    acknowledgeChannelSignal(input: $input) {\n      signal {\n        ...SignalItem_signal\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeChannelSignal($input: AcknowledgeChannelSignalInput!) {\n    acknowledgeChannelSignal(input: $input) {\n      signal {\n        ...SignalItem_signal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignalRules {\n    signalRules {\n      kind\n      enabled\n      updatedAt\n      thresholds {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignalRules {\n    signalRules {\n      kind\n      enabled\n      updatedAt\n      thresholds {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSignalRule($input: UpdateSignalRuleInput!) {\n    updateSignalRule(input: $input) {\n      rule {\n        kind\n        enabled\n        updatedAt\n        thresholds {\n          name\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSignalRule($input: UpdateSignalRuleInput!) {\n    updateSignalRule(input: $input) {\n      rule {\n        kind\n        enabled\n        updatedAt\n        thresholds {\n          name\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelSignals($first: Int!, $after: String, $status: SignalStatus, $kinds: [SignalKind!]) {\n    channelSignals(first: $first, after: $after, status: $status, kinds: $kinds) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChannelSignals($first: Int!, $after: String, $status: SignalStatus, $kinds: [SignalKind!]) {\n    channelSignals(first: $first, after: $after, status: $status, kinds: $kinds) {\n      totalCount\n      edges {\n        node {\n          ...SignalItem_signal\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionArticleEdit($id: ID!) {\n    solutionArticle(id: $id) {\n      ...ServiceArticle_article\n    }\n  }\n"): (typeof documents)["\n  query SolutionArticleEdit($id: ID!) {\n    solutionArticle(id: $id) {\n      ...ServiceArticle_article\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSolutionArticle($input: SaveSolutionArticleInput!) {\n    saveSolutionArticle(input: $input) {\n      article {\n        ...ServiceArticle_article\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSolutionArticle($input: SaveSolutionArticleInput!) {\n    saveSolutionArticle(input: $input) {\n      article {\n        ...ServiceArticle_article\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolutionArticleList($first: Int!, $after: String, $search: String) {\n    solutionArticles(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          publishedAt\n          updatedAt\n          product {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SolutionArticleList($first: Int!, $after: String, $search: String) {\n    solutionArticles(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          publishedAt\n          updatedAt\n          product {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TerritoryRow_territory on Territory {\n    id\n    code\n    name\n    countries\n    regions\n    postalPrefixes\n  }\n"): (typeof documents)["\n  fragment TerritoryRow_territory on Territory {\n    id\n    code\n    name\n    countries\n    regions\n    postalPrefixes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTerritories {\n    territories {\n      ...TerritoryRow_territory\n    }\n  }\n"): (typeof documents)["\n  query SettingsTerritories {\n    territories {\n      ...TerritoryRow_territory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTerritory($input: TerritoryInput!) {\n    createTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n"): (typeof documents)["\n  mutation CreateTerritory($input: TerritoryInput!) {\n    createTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n"): (typeof documents)["\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) { tier { ...TierRow_tier } }\n  }\n"): (typeof documents)["\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) { tier { ...TierRow_tier } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTier($input: UpdateTierInput!) {\n    updateTier(input: $input) { tier { ...TierRow_tier } }\n  }\n"): (typeof documents)["\n  mutation UpdateTier($input: UpdateTierInput!) {\n    updateTier(input: $input) { tier { ...TierRow_tier } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierRow_tier on Tier {\n    id\n    code\n    name\n    rank\n    discountPercent\n    mdfEligible\n    leadPriority\n    leadAcceptHours\n    maxOpenLeads\n  }\n"): (typeof documents)["\n  fragment TierRow_tier on Tier {\n    id\n    code\n    name\n    rank\n    discountPercent\n    mdfEligible\n    leadPriority\n    leadAcceptHours\n    maxOpenLeads\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTiers {\n    tiers {\n      ...TierRow_tier\n    }\n  }\n"): (typeof documents)["\n  query SettingsTiers {\n    tiers {\n      ...TierRow_tier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewOrderTerms($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n      tier {\n        id\n        discountPercent\n      }\n    }\n    showroomSettings(partnerId: $partnerId) {\n      partnerId\n      vatPercent\n    }\n  }\n"): (typeof documents)["\n  query NewOrderTerms($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      name\n      tier {\n        id\n        discountPercent\n      }\n    }\n    showroomSettings(partnerId: $partnerId) {\n      partnerId\n      vatPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderOfferChoices($partnerId: ID!, $search: String) {\n    offers(partnerId: $partnerId, search: $search, first: 20) {\n      edges {\n        node {\n          partnerId\n          productId\n          offered\n          stock\n          price {\n            amount\n            currency\n          }\n          product {\n            id\n            sku\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderOfferChoices($partnerId: ID!, $search: String) {\n    offers(partnerId: $partnerId, search: $search, first: 20) {\n      edges {\n        node {\n          partnerId\n          productId\n          offered\n          stock\n          price {\n            amount\n            currency\n          }\n          product {\n            id\n            sku\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderProductChoices($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          listPrice {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderProductChoices($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          listPrice {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveOffer($input: SaveOfferInput!) {\n    saveOffer(input: $input) {\n      offer {\n        ...OfferRow_offer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveOffer($input: SaveOfferInput!) {\n    saveOffer(input: $input) {\n      offer {\n        ...OfferRow_offer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferProductChoices($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          listPrice {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfferProductChoices($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n          listPrice {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOffers($input: ImportOffersInput!) {\n    importOffers(input: $input) {\n      result {\n        createdCount\n        updatedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportOffers($input: ImportOffersInput!) {\n    importOffers(input: $input) {\n      result {\n        createdCount\n        updatedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferRow_offer on Offer {\n    partnerId\n    productId\n    price {\n      amount\n      currency\n    }\n    stock\n    deliveryDays\n    partnerSku\n    offered\n    updatedAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OfferRow_offer on Offer {\n    partnerId\n    productId\n    price {\n      amount\n      currency\n    }\n    stock\n    deliveryDays\n    partnerSku\n    offered\n    updatedAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOffers($partnerId: ID!, $search: String, $first: Int!, $after: String) {\n    offers(partnerId: $partnerId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OfferRow_offer\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOffers($partnerId: ID!, $search: String, $first: Int!, $after: String) {\n    offers(partnerId: $partnerId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OfferRow_offer\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerHome {\n    viewer {\n      id\n      partner {\n        id\n        name\n        code\n        kind\n        status\n        ...PartnerProfile_partner\n        ...PartnerAssignments_partner\n        ...PartnerRelations_partner\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerHome {\n    viewer {\n      id\n      partner {\n        id\n        name\n        code\n        kind\n        status\n        ...PartnerProfile_partner\n        ...PartnerAssignments_partner\n        ...PartnerRelations_partner\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowroomLogo($slug: String!) {\n    showroom(slug: $slug) {\n      slug\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  query ShowroomLogo($slug: String!) {\n    showroom(slug: $slug) {\n      slug\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShowroomSettings_showroom on Showroom {\n    partnerId\n    slug\n    displayName\n    accentColor\n    welcomeText\n    welcomeTexts {\n      language\n      text\n    }\n    contactEmail\n    contactPhone\n    enabled\n    pricesGross\n    vatPercent\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ShowroomSettings_showroom on Showroom {\n    partnerId\n    slug\n    displayName\n    accentColor\n    welcomeText\n    welcomeTexts {\n      language\n      text\n    }\n    contactEmail\n    contactPhone\n    enabled\n    pricesGross\n    vatPercent\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveShowroom($input: SaveShowroomInput!) {\n    saveShowroom(input: $input) {\n      showroom {\n        ...ShowroomSettings_showroom\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveShowroom($input: SaveShowroomInput!) {\n    saveShowroom(input: $input) {\n      showroom {\n        ...ShowroomSettings_showroom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowroomSettings($partnerId: ID!) {\n    showroomSettings(partnerId: $partnerId) {\n      ...ShowroomSettings_showroom\n    }\n    partner(id: $partnerId) {\n      id\n      name\n      code\n    }\n  }\n"): (typeof documents)["\n  query ShowroomSettings($partnerId: ID!) {\n    showroomSettings(partnerId: $partnerId) {\n      ...ShowroomSettings_showroom\n    }\n    partner(id: $partnerId) {\n      id\n      name\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerStaff {\n    viewer {\n      id\n      partner {\n        id\n        name\n        status\n        users {\n          ...StaffMember_user\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerStaff {\n    viewer {\n      id\n      partner {\n        id\n        name\n        status\n        users {\n          ...StaffMember_user\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedInteractions($first: Int!, $after: String) {\n    interactions(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          subject\n          participants\n          outcome\n          partner {\n            id\n            name\n          }\n          createdBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedInteractions($first: Int!, $after: String) {\n    interactions(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          subject\n          participants\n          outcome\n          partner {\n            id\n            name\n          }\n          createdBy {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportInventory($input: ReportInventoryInput!) {\n    reportInventory(input: $input) {\n      report {\n        changedCount\n        unchangedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportInventory($input: ReportInventoryInput!) {\n    reportInventory(input: $input) {\n      report {\n        changedCount\n        unchangedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InventoryLevelRow_level on InventoryLevel {\n    partnerId\n    productId\n    countedOn\n    onHand\n    reportedAt\n    partner {\n      id\n      name\n      city\n    }\n    product {\n      id\n      sku\n      name\n      unit\n    }\n  }\n"): (typeof documents)["\n  fragment InventoryLevelRow_level on InventoryLevel {\n    partnerId\n    productId\n    countedOn\n    onHand\n    reportedAt\n    partner {\n      id\n      name\n      city\n    }\n    product {\n      id\n      sku\n      name\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryLevels($partnerId: ID, $productId: ID, $first: Int!, $after: String) {\n    inventory(partnerId: $partnerId, productId: $productId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...InventoryLevelRow_level\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query InventoryLevels($partnerId: ID, $productId: ID, $first: Int!, $after: String) {\n    inventory(partnerId: $partnerId, productId: $productId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...InventoryLevelRow_level\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryPartnerCount {\n    partners(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InventoryPartnerCount {\n    partners(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportInventory($input: ImportInventoryInput!) {\n    importInventory(input: $input) {\n      report {\n        changedCount\n        unchangedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportInventory($input: ImportInventoryInput!) {\n    importInventory(input: $input) {\n      report {\n        changedCount\n        unchangedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryProductSearch($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InventoryProductSearch($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryProductLabel($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n    }\n  }\n"): (typeof documents)["\n  query InventoryProductLabel($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMdfClaim($input: CreateMdfClaimInput!) {\n    createMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMdfClaim($input: CreateMdfClaimInput!) {\n    createMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMdfClaimFile($input: AddMdfClaimFileInput!) {\n    addMdfClaimFile(input: $input) {\n      file {\n        id\n        fileName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMdfClaimFile($input: AddMdfClaimFileInput!) {\n    addMdfClaimFile(input: $input) {\n      file {\n        id\n        fileName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMdfClaim($input: MdfClaimIdInput!) {\n    submitMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMdfClaim($input: MdfClaimIdInput!) {\n    submitMdfClaim(input: $input) {\n      claim {\n        ...MdfClaim_claim\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerMdfFunds($first: Int!) {\n    mdfFunds(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          purpose\n          currency\n          periodStart\n          periodEnd\n          claimDeadline\n          expiredAt\n          activityTypes\n          allocations {\n            ...MdfBalance_allocation\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerMdfFunds($first: Int!) {\n    mdfFunds(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          purpose\n          currency\n          periodStart\n          periodEnd\n          claimDeadline\n          expiredAt\n          activityTypes\n          allocations {\n            ...MdfBalance_allocation\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerMdfRequests($first: Int!, $after: String, $filter: MdfRequestFilter) {\n    mdfRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfRequest_request\n          claims {\n            ...MdfClaim_claim\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerMdfRequests($first: Int!, $after: String, $filter: MdfRequestFilter) {\n    mdfRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...MdfRequest_request\n          claims {\n            ...MdfClaim_claim\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitMdfRequest($input: ResubmitMdfRequestInput!) {\n    resubmitMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitMdfRequest($input: ResubmitMdfRequestInput!) {\n    resubmitMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMdfRequest($input: MdfRequestIdInput!) {\n    closeMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMdfRequest($input: MdfRequestIdInput!) {\n    closeMdfRequest(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMdf($input: RequestMdfInput!) {\n    requestMdf(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMdf($input: RequestMdfInput!) {\n    requestMdf(input: $input) {\n      request {\n        ...MdfRequest_request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnPerformance($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {\n    months: channelMetrics(from: $from, to: $to, periodKind: MONTH, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    quarter: channelMetrics(from: $quarter, to: $quarter, periodKind: QUARTER, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    tierBenchmark(from: $from, to: $to, currency: $currency) {\n      tierId\n      periods {\n        period\n        partnerCount\n        figures {\n          sellIn {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnPerformance($partnerId: ID!, $from: String!, $to: String!, $quarter: String!, $currency: String!) {\n    months: channelMetrics(from: $from, to: $to, periodKind: MONTH, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    quarter: channelMetrics(from: $quarter, to: $quarter, periodKind: QUARTER, groupBy: PARTNER, currency: $currency, filter: { partnerIds: [$partnerId] }) {\n      period\n      figures {\n        ...KpiFigures\n      }\n    }\n    tierBenchmark(from: $from, to: $to, currency: $currency) {\n      tierId\n      periods {\n        period\n        partnerCount\n        figures {\n          sellIn {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenServiceCase($input: OpenServiceCaseInput!) {\n    openServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenServiceCase($input: OpenServiceCaseInput!) {\n    openServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryFacets_facet on CategoryFacet {\n    id\n    name\n    count\n    parentId\n  }\n"): (typeof documents)["\n  fragment CategoryFacets_facet on CategoryFacet {\n    id\n    name\n    count\n    parentId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitShowroomLead($input: SubmitShowroomLeadInput!) {\n    submitShowroomLead(input: $input) {\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitShowroomLead($input: SubmitShowroomLeadInput!) {\n    submitShowroomLead(input: $input) {\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactPartner($input: ContactPartnerInput!) {\n    contactPartner(input: $input) {\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation ContactPartner($input: ContactPartnerInput!) {\n    contactPartner(input: $input) {\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places($text: String!) {\n    places(text: $text) {\n      name\n      country\n      region\n      kind\n      postalPrefix\n      latitude\n      longitude\n    }\n  }\n"): (typeof documents)["\n  query Places($text: String!) {\n    places(text: $text) {\n      name\n      country\n      region\n      kind\n      postalPrefix\n      latitude\n      longitude\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NearbyPartner_result on NearbyPartner {\n    distanceKm\n    inStock\n    deliveryDays\n    tierName\n    partner {\n      id\n      name\n      kind\n      city\n      postalCode\n      country\n      showroomSlug\n    }\n  }\n"): (typeof documents)["\n  fragment NearbyPartner_result on NearbyPartner {\n    distanceKm\n    inStock\n    deliveryDays\n    tierName\n    partner {\n      id\n      name\n      kind\n      city\n      postalCode\n      country\n      showroomSlug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersNear($latitude: Float!, $longitude: Float!, $radiusKm: Int!, $productId: ID) {\n    partnersNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, productId: $productId, first: 20) {\n      ...NearbyPartner_result\n    }\n  }\n"): (typeof documents)["\n  query PartnersNear($latitude: Float!, $longitude: Float!, $radiusKm: Int!, $productId: ID) {\n    partnersNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, productId: $productId, first: 20) {\n      ...NearbyPartner_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OciTransfer($slug: String!, $hookUrl: String!, $target: String, $okCode: String, $returnTarget: String, $items: [OciItemInput!]!) {\n    ociTransfer(slug: $slug, hookUrl: $hookUrl, target: $target, okCode: $okCode, returnTarget: $returnTarget, items: $items) {\n      action\n      target\n      fields {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query OciTransfer($slug: String!, $hookUrl: String!, $target: String, $okCode: String, $returnTarget: String, $items: [OciItemInput!]!) {\n    ociTransfer(slug: $slug, hookUrl: $hookUrl, target: $target, okCode: $okCode, returnTarget: $returnTarget, items: $items) {\n      action\n      target\n      fields {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderStatus($number: String!, $email: String!) {\n    orderStatus(number: $number, email: $email) {\n      number\n      status\n      lastChangedAt\n      steps {\n        status\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderStatus($number: String!, $email: String!) {\n    orderStatus(number: $number, email: $email) {\n      number\n      status\n      lastChangedAt\n      steps {\n        status\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCard_item on ShowroomItem {\n    id\n    sku\n    name\n    unit\n    price {\n      amount\n      currency\n    }\n    netPrice {\n      amount\n      currency\n    }\n    available\n    stock\n    deliveryDays\n    imageUrl\n  }\n"): (typeof documents)["\n  fragment ProductCard_item on ShowroomItem {\n    id\n    sku\n    name\n    unit\n    price {\n      amount\n      currency\n    }\n    netPrice {\n      amount\n      currency\n    }\n    available\n    stock\n    deliveryDays\n    imageUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowroomProduct($slug: String, $sku: String!) {\n    showroomProduct(slug: $slug, sku: $sku) {\n      ...ProductCard_item\n      description\n      images\n      partnerSku\n      attributes {\n        key\n        value\n      }\n      category {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShowroomProduct($slug: String, $sku: String!) {\n    showroomProduct(slug: $slug, sku: $sku) {\n      ...ProductCard_item\n      description\n      images\n      partnerSku\n      attributes {\n        key\n        value\n      }\n      category {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowroomFrame($slug: String) {\n    showroom(slug: $slug) {\n      ...ShowroomFrame_showroom\n    }\n  }\n"): (typeof documents)["\n  query ShowroomFrame($slug: String) {\n    showroom(slug: $slug) {\n      ...ShowroomFrame_showroom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShowroomSearch(\n    $slug: String\n    $query: String\n    $categoryId: ID\n    $minPrice: String\n    $maxPrice: String\n    $inStockOnly: Boolean!\n    $sort: ShowroomSort!\n    $first: Int!\n    $after: String\n  ) {\n    showroomSearch(\n      slug: $slug\n      query: $query\n      categoryId: $categoryId\n      minPrice: $minPrice\n      maxPrice: $maxPrice\n      inStockOnly: $inStockOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      facets {\n        ...CategoryFacets_facet\n      }\n      priceRange {\n        min {\n          amount\n          currency\n        }\n        max {\n          amount\n          currency\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...ProductCard_item\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShowroomSearch(\n    $slug: String\n    $query: String\n    $categoryId: ID\n    $minPrice: String\n    $maxPrice: String\n    $inStockOnly: Boolean!\n    $sort: ShowroomSort!\n    $first: Int!\n    $after: String\n  ) {\n    showroomSearch(\n      slug: $slug\n      query: $query\n      categoryId: $categoryId\n      minPrice: $minPrice\n      maxPrice: $maxPrice\n      inStockOnly: $inStockOnly\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      facets {\n        ...CategoryFacets_facet\n      }\n      priceRange {\n        min {\n          amount\n          currency\n        }\n        max {\n          amount\n          currency\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...ProductCard_item\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShowroomFrame_showroom on PublicShowroom {\n    slug\n    displayName\n    accentColor\n    logoUrl\n    welcomeText\n    contactEmail\n    contactPhone\n    pricesGross\n    vatPercent\n    partner {\n      id\n      name\n      city\n      postalCode\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment ShowroomFrame_showroom on PublicShowroom {\n    slug\n    displayName\n    accentColor\n    logoUrl\n    welcomeText\n    contactEmail\n    contactPhone\n    pricesGross\n    vatPercent\n    partner {\n      id\n      name\n      city\n      postalCode\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) {\n    invitePartnerUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...StaffMember_user\n        partner {\n          id\n          users {\n            ...StaffMember_user\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) {\n    invitePartnerUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...StaffMember_user\n        partner {\n          id\n          users {\n            ...StaffMember_user\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchLead($input: DispatchLeadInput!) {\n    dispatchLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchLead($input: DispatchLeadInput!) {\n    dispatchLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseLeadPersonalData($input: LeadReasonInput!) {\n    eraseLeadPersonalData(input: $input) {\n      lead {\n        id\n        erasedAt\n        contactName\n        company\n        email\n        phone\n        postalCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EraseLeadPersonalData($input: LeadReasonInput!) {\n    eraseLeadPersonalData(input: $input) {\n      lead {\n        id\n        erasedAt\n        contactName\n        company\n        email\n        phone\n        postalCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AutoDispatchLeads($input: AutoDispatchLeadsInput!) {\n    autoDispatchLeads(input: $input) {\n      dispatched {\n        id\n        status\n        partner {\n          id\n          name\n        }\n      }\n      notDispatched {\n        leadId\n        reason\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AutoDispatchLeads($input: AutoDispatchLeadsInput!) {\n    autoDispatchLeads(input: $input) {\n      dispatched {\n        id\n        status\n        partner {\n          id\n          name\n        }\n      }\n      notDispatched {\n        leadId\n        reason\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchRanking($leadId: ID!) {\n    dispatchCandidates(leadId: $leadId) {\n      considered\n      candidates {\n        ...DispatchCandidateRow_candidate\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchRanking($leadId: ID!) {\n    dispatchCandidates(leadId: $leadId) {\n      considered\n      candidates {\n        ...DispatchCandidateRow_candidate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptLead($input: LeadInput!) {\n    acceptLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptLead($input: LeadInput!) {\n    acceptLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineLead($input: LeadReasonInput!) {\n    declineLead(input: $input) {\n      lead {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineLead($input: LeadReasonInput!) {\n    declineLead(input: $input) {\n      lead {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QualifyLead($input: QualifyLeadInput!) {\n    qualifyLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkLeadLost($input: LeadReasonInput!) {\n    markLeadLost(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkLeadLost($input: LeadReasonInput!) {\n    markLeadLost(input: $input) {\n      lead {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      lead {\n        id\n        assignee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      lead {\n        id\n        assignee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilLead($input: FulfilLeadInput!) {\n    fulfilLead(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FulfilLead($input: FulfilLeadInput!) {\n    fulfilLead(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadAssignees($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      users {\n        id\n        displayName\n        active\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadAssignees($partnerId: ID!) {\n    partner(id: $partnerId) {\n      id\n      users {\n        id\n        displayName\n        active\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DispatchCandidateRow_candidate on DispatchCandidate {\n    rank\n    total\n    territoryPoints\n    categoryPoints\n    tierPoints\n    distancePoints\n    capacityPoints\n    distanceKm\n    openLeads\n    maxOpenLeads\n    chosen\n    partner {\n      id\n      name\n      city\n    }\n  }\n"): (typeof documents)["\n  fragment DispatchCandidateRow_candidate on DispatchCandidate {\n    rank\n    total\n    territoryPoints\n    categoryPoints\n    tierPoints\n    distancePoints\n    capacityPoints\n    distanceKm\n    openLeads\n    maxOpenLeads\n    chosen\n    partner {\n      id\n      name\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadHistory($id: ID!) {\n    lead(id: $id) {\n      id\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        at\n        actor {\n          id\n          displayName\n        }\n        explanation {\n          considered\n          candidates {\n            ...DispatchCandidateRow_candidate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadHistory($id: ID!) {\n    lead(id: $id) {\n      id\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        at\n        actor {\n          id\n          displayName\n        }\n        explanation {\n          considered\n          candidates {\n            ...DispatchCandidateRow_candidate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadCard_lead on Lead {\n    id\n    reference\n    status\n    source\n    createdAt\n    contactName\n    company\n    email\n    phone\n    postalCode\n    country\n    message\n    consentText\n    consentGivenAt\n    erasedAt\n    partner {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    items {\n      productId\n      quantity\n      product {\n        id\n        sku\n        name\n        unit\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LeadCard_lead on Lead {\n    id\n    reference\n    status\n    source\n    createdAt\n    contactName\n    company\n    email\n    phone\n    postalCode\n    country\n    message\n    consentText\n    consentGivenAt\n    erasedAt\n    partner {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    items {\n      productId\n      quantity\n      product {\n        id\n        sku\n        name\n        unit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardTerritories {\n    territories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query BoardTerritories {\n    territories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadInbox($first: Int!, $after: String, $statuses: [LeadStatus!], $sources: [String!], $territoryIds: [ID!], $partnerIds: [ID!], $inStatusForHours: Int) {\n    leads(first: $first, after: $after, statuses: $statuses, sources: $sources, territoryIds: $territoryIds, partnerIds: $partnerIds, inStatusForHours: $inStatusForHours) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...LeadCard_lead\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadInbox($first: Int!, $after: String, $statuses: [LeadStatus!], $sources: [String!], $territoryIds: [ID!], $partnerIds: [ID!], $inStatusForHours: Int) {\n    leads(first: $first, after: $after, statuses: $statuses, sources: $sources, territoryIds: $territoryIds, partnerIds: $partnerIds, inStatusForHours: $inStatusForHours) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...LeadCard_lead\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfMoney on Money {\n    amount\n    currency\n    amountMinor\n  }\n"): (typeof documents)["\n  fragment MdfMoney on Money {\n    amount\n    currency\n    amountMinor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfBalance_allocation on MdfAllocation {\n    id\n    amount {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    claimed {\n      ...MdfMoney\n    }\n    paid {\n      ...MdfMoney\n    }\n    expired {\n      ...MdfMoney\n    }\n    available {\n      ...MdfMoney\n    }\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MdfBalance_allocation on MdfAllocation {\n    id\n    amount {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    claimed {\n      ...MdfMoney\n    }\n    paid {\n      ...MdfMoney\n    }\n    expired {\n      ...MdfMoney\n    }\n    available {\n      ...MdfMoney\n    }\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfClaim_claim on MdfClaim {\n    id\n    number\n    status\n    note\n    createdAt\n    submittedAt\n    decidedAt\n    decisionReason\n    paidAt\n    paymentMethod\n    paymentReference\n    amount {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    partner {\n      id\n      name\n    }\n    files {\n      id\n      fileName\n      contentType\n      byteSize\n      addedAt\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment MdfClaim_claim on MdfClaim {\n    id\n    number\n    status\n    note\n    createdAt\n    submittedAt\n    decidedAt\n    decisionReason\n    paidAt\n    paymentMethod\n    paymentReference\n    amount {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    partner {\n      id\n      name\n    }\n    files {\n      id\n      fileName\n      contentType\n      byteSize\n      addedAt\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MdfRequest_request on MdfRequest {\n    id\n    number\n    title\n    description\n    status\n    activityType\n    startsOn\n    endsOn\n    expectedLeads\n    submittedAt\n    decidedAt\n    decisionReason\n    closedAt\n    plannedCost {\n      ...MdfMoney\n    }\n    requested {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    claimed {\n      ...MdfMoney\n    }\n    expectedRevenue {\n      ...MdfMoney\n    }\n    fund {\n      id\n      name\n      claimDeadline\n      expiredAt\n    }\n    partner {\n      id\n      name\n    }\n    submittedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MdfRequest_request on MdfRequest {\n    id\n    number\n    title\n    description\n    status\n    activityType\n    startsOn\n    endsOn\n    expectedLeads\n    submittedAt\n    decidedAt\n    decisionReason\n    closedAt\n    plannedCost {\n      ...MdfMoney\n    }\n    requested {\n      ...MdfMoney\n    }\n    approved {\n      ...MdfMoney\n    }\n    claimed {\n      ...MdfMoney\n    }\n    expectedRevenue {\n      ...MdfMoney\n    }\n    fund {\n      id\n      name\n      claimDeadline\n      expiredAt\n    }\n    partner {\n      id\n      name\n    }\n    submittedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationList {\n    notifications(first: 20) {\n      id\n      kind\n      reference\n      createdAt\n      readAt\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationList {\n    notifications(first: 20) {\n      id\n      kind\n      reference\n      createdAt\n      readAt\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOrder($input: OrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitOrder($input: OrderInput!) {\n    submitOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOrder($input: OrderInput!) {\n    confirmOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmOrder($input: OrderInput!) {\n    confirmOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartFulfilment($input: OrderInput!) {\n    startFulfilment(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartFulfilment($input: OrderInput!) {\n    startFulfilment(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ShipOrder($input: ShipOrderInput!) {\n    shipOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDelivered($input: OrderInput!) {\n    markDelivered(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkDelivered($input: OrderInput!) {\n    markDelivered(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($input: CancelOrderInput!) {\n    cancelOrder(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInvoice($input: RecordInvoiceInput!) {\n    recordInvoice(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInvoice($input: RecordInvoiceInput!) {\n    recordInvoice(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      order {\n        ...OrderDetail_order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDetail_order on Order {\n    id\n    number\n    kind\n    status\n    currency\n    vatPercent\n    createdAt\n    statusChangedAt\n    cancelledAt\n    cancellationReason\n    carrier\n    trackingReference\n    shippedAt\n    deliveredAt\n    invoiceNumber\n    invoicedAt\n    dueAt\n    paidAt\n    net {\n      amount\n      currency\n    }\n    vat {\n      amount\n      currency\n    }\n    gross {\n      amount\n      currency\n    }\n    customer {\n      name\n      company\n      email\n      phone\n    }\n    partner {\n      id\n      name\n    }\n    lead {\n      id\n      reference\n    }\n    createdBy {\n      id\n      displayName\n    }\n    lines {\n      lineNo\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      lineNet {\n        amount\n        currency\n      }\n      product {\n        id\n        sku\n        name\n        unit\n      }\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderDetail_order on Order {\n    id\n    number\n    kind\n    status\n    currency\n    vatPercent\n    createdAt\n    statusChangedAt\n    cancelledAt\n    cancellationReason\n    carrier\n    trackingReference\n    shippedAt\n    deliveredAt\n    invoiceNumber\n    invoicedAt\n    dueAt\n    paidAt\n    net {\n      amount\n      currency\n    }\n    vat {\n      amount\n      currency\n    }\n    gross {\n      amount\n      currency\n    }\n    customer {\n      name\n      company\n      email\n      phone\n    }\n    partner {\n      id\n      name\n    }\n    lead {\n      id\n      reference\n    }\n    createdBy {\n      id\n      displayName\n    }\n    lines {\n      lineNo\n      quantity\n      unitPrice {\n        amount\n        currency\n      }\n      lineNet {\n        amount\n        currency\n      }\n      product {\n        id\n        sku\n        name\n        unit\n      }\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderDetail_order\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      ...OrderDetail_order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderRow_order on Order {\n    id\n    number\n    kind\n    status\n    createdAt\n    gross {\n      amount\n      currency\n    }\n    customer {\n      name\n      company\n    }\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrderRow_order on Order {\n    id\n    number\n    kind\n    status\n    createdAt\n    gross {\n      amount\n      currency\n    }\n    customer {\n      name\n      company\n    }\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderList($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderRow_order\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderList($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...OrderRow_order\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSearch($search: String, $statuses: [PartnerStatus!]) {\n    partners(first: 20, filter: { statuses: $statuses, search: $search }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSearch($search: String, $statuses: [PartnerStatus!]) {\n    partners(first: 20, filter: { statuses: $statuses, search: $search }) {\n      edges {\n        node {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerLabel($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      city\n    }\n  }\n"): (typeof documents)["\n  query PartnerLabel($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationCard_registration on DealRegistration {\n    id\n    reference\n    status\n    customerCompany\n    customerContact\n    customerEmail\n    customerTaxId\n    expectedValue {\n      amount\n      currency\n    }\n    expectedCloseDate\n    notes\n    createdAt\n    decidedAt\n    decisionReason\n    protectedUntil\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RegistrationCard_registration on DealRegistration {\n    id\n    reference\n    status\n    customerCompany\n    customerContact\n    customerEmail\n    customerTaxId\n    expectedValue {\n      amount\n      currency\n    }\n    expectedCloseDate\n    notes\n    createdAt\n    decidedAt\n    decisionReason\n    protectedUntil\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Registrations($first: Int!, $after: String, $statuses: [RegistrationStatus!], $withConflicts: Boolean!) {\n    dealRegistrations(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          ...RegistrationCard_registration\n          conflicts @include(if: $withConflicts) {\n            kind\n            matchedOn\n            partner {\n              id\n              name\n            }\n            registration {\n              id\n              reference\n              status\n              customerCompany\n              customerEmail\n              customerTaxId\n              createdAt\n            }\n            lead {\n              id\n              reference\n              status\n              company\n              email\n              createdAt\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Registrations($first: Int!, $after: String, $statuses: [RegistrationStatus!], $withConflicts: Boolean!) {\n    dealRegistrations(first: $first, after: $after, statuses: $statuses) {\n      totalCount\n      edges {\n        node {\n          ...RegistrationCard_registration\n          conflicts @include(if: $withConflicts) {\n            kind\n            matchedOn\n            partner {\n              id\n              name\n            }\n            registration {\n              id\n              reference\n              status\n              customerCompany\n              customerEmail\n              customerTaxId\n              createdAt\n            }\n            lead {\n              id\n              reference\n              status\n              company\n              email\n              createdAt\n            }\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      registration {\n        ...RegistrationCard_registration\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDeal($input: RegisterDealInput!) {\n    registerDeal(input: $input) {\n      registration {\n        ...RegistrationCard_registration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRegistration($input: DealRegistrationInput!) {\n    approveDealRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRegistration($input: DealRegistrationInput!) {\n    approveDealRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRegistration($input: RejectDealRegistrationInput!) {\n    rejectDealRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRegistration($input: RejectDealRegistrationInput!) {\n    rejectDealRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceArticle_article on SolutionArticle {\n    id\n    title\n    body\n    publishedAt\n    updatedAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceArticle_article on SolutionArticle {\n    id\n    title\n    body\n    publishedAt\n    updatedAt\n    product {\n      id\n      sku\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceArticleSuggestions($search: String!) {\n    solutionArticles(search: $search, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...ServiceArticle_article\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceArticleSuggestions($search: String!) {\n    solutionArticles(search: $search, first: 5) {\n      totalCount\n      edges {\n        node {\n          ...ServiceArticle_article\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceArticleChoices($search: String) {\n    solutionArticles(search: $search, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceArticleChoices($search: String) {\n    solutionArticles(search: $search, first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddServiceCaseAttachment($input: AddServiceCaseAttachmentInput!) {\n    addServiceCaseAttachment(input: $input) {\n      attachment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddServiceCaseAttachment($input: AddServiceCaseAttachmentInput!) {\n    addServiceCaseAttachment(input: $input) {\n      attachment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartServiceCase($input: ServiceCaseNoteInput!) {\n    startServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartServiceCase($input: ServiceCaseNoteInput!) {\n    startServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaitForCustomer($input: ServiceCaseNoteInput!) {\n    waitForCustomer(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WaitForCustomer($input: ServiceCaseNoteInput!) {\n    waitForCustomer(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeServiceCase($input: ServiceCaseNoteInput!) {\n    resumeServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeServiceCase($input: ServiceCaseNoteInput!) {\n    resumeServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveServiceCase($input: ResolveServiceCaseInput!) {\n    resolveServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveServiceCase($input: ResolveServiceCaseInput!) {\n    resolveServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenServiceCase($input: ServiceCaseNoteInput!) {\n    reopenServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenServiceCase($input: ServiceCaseNoteInput!) {\n    reopenServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseServiceCase($input: CloseServiceCaseInput!) {\n    closeServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseServiceCase($input: CloseServiceCaseInput!) {\n    closeServiceCase(input: $input) {\n      serviceCase {\n        ...ServiceCaseDetail_serviceCase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceCaseDetail_serviceCase on ServiceCase {\n    id\n    number\n    status\n    severity\n    serialNumber\n    customerName\n    customerEmail\n    customerPhone\n    description\n    satisfaction\n    openedAt\n    statusChangedAt\n    firstResponseAt\n    resolvedAt\n    closedAt\n    partner {\n      id\n      name\n    }\n    product {\n      id\n      sku\n      name\n    }\n    openedBy {\n      id\n      displayName\n    }\n    solutionArticle {\n      ...ServiceArticle_article\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      byteSize\n      addedAt\n      url\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceCaseDetail_serviceCase on ServiceCase {\n    id\n    number\n    status\n    severity\n    serialNumber\n    customerName\n    customerEmail\n    customerPhone\n    description\n    satisfaction\n    openedAt\n    statusChangedAt\n    firstResponseAt\n    resolvedAt\n    closedAt\n    partner {\n      id\n      name\n    }\n    product {\n      id\n      sku\n      name\n    }\n    openedBy {\n      id\n      displayName\n    }\n    solutionArticle {\n      ...ServiceArticle_article\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      byteSize\n      addedAt\n      url\n    }\n    events {\n      id\n      action\n      fromStatus\n      toStatus\n      note\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceCaseDetail($id: ID!) {\n    serviceCase(id: $id) {\n      ...ServiceCaseDetail_serviceCase\n    }\n  }\n"): (typeof documents)["\n  query ServiceCaseDetail($id: ID!) {\n    serviceCase(id: $id) {\n      ...ServiceCaseDetail_serviceCase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceCaseRow_serviceCase on ServiceCase {\n    id\n    number\n    status\n    severity\n    openedAt\n    customerName\n    serialNumber\n    product {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceCaseRow_serviceCase on ServiceCase {\n    id\n    number\n    status\n    severity\n    openedAt\n    customerName\n    serialNumber\n    product {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceCaseList($first: Int!, $after: String, $filter: ServiceCaseFilter) {\n    serviceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceCaseRow_serviceCase\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceCaseList($first: Int!, $after: String, $filter: ServiceCaseFilter) {\n    serviceCases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ServiceCaseRow_serviceCase\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceProductSearch($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceProductSearch($search: String) {\n    products(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          sku\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceProductLabel($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n    }\n  }\n"): (typeof documents)["\n  query ServiceProductLabel($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffMember_user on User {\n    id\n    displayName\n    email\n    role\n    active\n    invited\n  }\n"): (typeof documents)["\n  fragment StaffMember_user on User {\n    id\n    displayName\n    email\n    role\n    active\n    invited\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      user {\n        ...StaffMember_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      user {\n        ...StaffMember_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiFigures on ChannelFigures {\n    sellIn { amount currency }\n    sellOut { amount currency }\n    quota { amount currency }\n    quotaCompletion\n    distributionRate\n    daysOfInventory\n    averageDeliveryDays\n    deliveries\n    paymentPeriodDays\n    leadsReceived\n    leadsWon\n    leadAcceptanceRate\n    leadAcceptanceHours\n    winRate\n    serviceCasesOpened\n    firstResponseHours\n    resolutionHours\n    satisfaction\n    grossMargin\n    channelCostShare\n    mdfSpent { amount currency }\n    mdfReturn\n  }\n"): (typeof documents)["\n  fragment KpiFigures on ChannelFigures {\n    sellIn { amount currency }\n    sellOut { amount currency }\n    quota { amount currency }\n    quotaCompletion\n    distributionRate\n    daysOfInventory\n    averageDeliveryDays\n    deliveries\n    paymentPeriodDays\n    leadsReceived\n    leadsWon\n    leadAcceptanceRate\n    leadAcceptanceHours\n    winRate\n    serviceCasesOpened\n    firstResponseHours\n    resolutionHours\n    satisfaction\n    grossMargin\n    channelCostShare\n    mdfSpent { amount currency }\n    mdfReturn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeadChanged {\n    leadChanged {\n      leadId\n      action\n      status\n      resync\n    }\n  }\n"): (typeof documents)["\n  subscription LeadChanged {\n    leadChanged {\n      leadId\n      action\n      status\n      resync\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      resync\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      kind\n      resync\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderChanged {\n    orderChanged {\n      orderId\n      status\n      resync\n    }\n  }\n"): (typeof documents)["\n  subscription OrderChanged {\n    orderChanged {\n      orderId\n      status\n      resync\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadCount($statuses: [LeadStatus!], $partnerIds: [ID!]) {\n    leads(first: 1, statuses: $statuses, partnerIds: $partnerIds) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query LeadCount($statuses: [LeadStatus!], $partnerIds: [ID!]) {\n    leads(first: 1, statuses: $statuses, partnerIds: $partnerIds) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;