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
    "\n  query OnboardingPartners($first: Int!, $filter: PartnerFilter) {\n    partners(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          city\n          country\n        }\n      }\n    }\n  }\n": typeof types.OnboardingPartnersDocument,
    "\n  query RecentPartnerChanges($first: Int!) {\n    recentPartnerChanges(first: $first) {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        displayName\n      }\n      partner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecentPartnerChangesDocument,
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
    "\n  query PartnerOptions($distributorFilter: PartnerFilter!, $first: Int!) {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      code\n      name\n    }\n    brandUsers {\n      id\n      displayName\n      role\n      active\n    }\n    partners(first: $first, filter: $distributorFilter) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerOptionsDocument,
    "\n  fragment TerritoryRow_territory on Territory {\n    id\n    code\n    name\n    countries\n    regions\n    postalPrefixes\n  }\n": typeof types.TerritoryRow_TerritoryFragmentDoc,
    "\n  query SettingsTerritories {\n    territories {\n      ...TerritoryRow_territory\n    }\n  }\n": typeof types.SettingsTerritoriesDocument,
    "\n  mutation CreateTerritory($input: TerritoryInput!) {\n    createTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n": typeof types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n": typeof types.UpdateTerritoryDocument,
    "\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) { tier { ...TierRow_tier } }\n  }\n": typeof types.CreateTierDocument,
    "\n  mutation UpdateTier($input: UpdateTierInput!) {\n    updateTier(input: $input) { tier { ...TierRow_tier } }\n  }\n": typeof types.UpdateTierDocument,
    "\n  fragment TierRow_tier on Tier {\n    id\n    code\n    name\n    rank\n    discountPercent\n    mdfEligible\n    leadPriority\n  }\n": typeof types.TierRow_TierFragmentDoc,
    "\n  query SettingsTiers {\n    tiers {\n      ...TierRow_tier\n    }\n  }\n": typeof types.SettingsTiersDocument,
    "\n  query PartnerHome {\n    viewer {\n      id\n      partner {\n        id\n        name\n        code\n        kind\n        status\n        ...PartnerProfile_partner\n        ...PartnerAssignments_partner\n        ...PartnerRelations_partner\n      }\n    }\n  }\n": typeof types.PartnerHomeDocument,
    "\n  query PartnerStaff {\n    viewer {\n      id\n      partner {\n        id\n        name\n        status\n        users {\n          ...StaffMember_user\n        }\n      }\n    }\n  }\n": typeof types.PartnerStaffDocument,
    "\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) {\n    invitePartnerUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...StaffMember_user\n        partner {\n          id\n          users {\n            ...StaffMember_user\n          }\n        }\n      }\n    }\n  }\n": typeof types.InvitePartnerUserDocument,
    "\n  fragment StaffMember_user on User {\n    id\n    displayName\n    email\n    role\n    active\n    invited\n  }\n": typeof types.StaffMember_UserFragmentDoc,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      user {\n        ...StaffMember_user\n      }\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
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
    "\n  query OnboardingPartners($first: Int!, $filter: PartnerFilter) {\n    partners(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          city\n          country\n        }\n      }\n    }\n  }\n": types.OnboardingPartnersDocument,
    "\n  query RecentPartnerChanges($first: Int!) {\n    recentPartnerChanges(first: $first) {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        displayName\n      }\n      partner {\n        id\n        name\n      }\n    }\n  }\n": types.RecentPartnerChangesDocument,
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
    "\n  query PartnerOptions($distributorFilter: PartnerFilter!, $first: Int!) {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      code\n      name\n    }\n    brandUsers {\n      id\n      displayName\n      role\n      active\n    }\n    partners(first: $first, filter: $distributorFilter) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.PartnerOptionsDocument,
    "\n  fragment TerritoryRow_territory on Territory {\n    id\n    code\n    name\n    countries\n    regions\n    postalPrefixes\n  }\n": types.TerritoryRow_TerritoryFragmentDoc,
    "\n  query SettingsTerritories {\n    territories {\n      ...TerritoryRow_territory\n    }\n  }\n": types.SettingsTerritoriesDocument,
    "\n  mutation CreateTerritory($input: TerritoryInput!) {\n    createTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n": types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) { territory { ...TerritoryRow_territory } }\n  }\n": types.UpdateTerritoryDocument,
    "\n  mutation CreateTier($input: TierInput!) {\n    createTier(input: $input) { tier { ...TierRow_tier } }\n  }\n": types.CreateTierDocument,
    "\n  mutation UpdateTier($input: UpdateTierInput!) {\n    updateTier(input: $input) { tier { ...TierRow_tier } }\n  }\n": types.UpdateTierDocument,
    "\n  fragment TierRow_tier on Tier {\n    id\n    code\n    name\n    rank\n    discountPercent\n    mdfEligible\n    leadPriority\n  }\n": types.TierRow_TierFragmentDoc,
    "\n  query SettingsTiers {\n    tiers {\n      ...TierRow_tier\n    }\n  }\n": types.SettingsTiersDocument,
    "\n  query PartnerHome {\n    viewer {\n      id\n      partner {\n        id\n        name\n        code\n        kind\n        status\n        ...PartnerProfile_partner\n        ...PartnerAssignments_partner\n        ...PartnerRelations_partner\n      }\n    }\n  }\n": types.PartnerHomeDocument,
    "\n  query PartnerStaff {\n    viewer {\n      id\n      partner {\n        id\n        name\n        status\n        users {\n          ...StaffMember_user\n        }\n      }\n    }\n  }\n": types.PartnerStaffDocument,
    "\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) {\n    invitePartnerUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...StaffMember_user\n        partner {\n          id\n          users {\n            ...StaffMember_user\n          }\n        }\n      }\n    }\n  }\n": types.InvitePartnerUserDocument,
    "\n  fragment StaffMember_user on User {\n    id\n    displayName\n    email\n    role\n    active\n    invited\n  }\n": types.StaffMember_UserFragmentDoc,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      user {\n        ...StaffMember_user\n      }\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
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
export function graphql(source: "\n  query OnboardingPartners($first: Int!, $filter: PartnerFilter) {\n    partners(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          city\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnboardingPartners($first: Int!, $filter: PartnerFilter) {\n    partners(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          status\n          city\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentPartnerChanges($first: Int!) {\n    recentPartnerChanges(first: $first) {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        displayName\n      }\n      partner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentPartnerChanges($first: Int!) {\n    recentPartnerChanges(first: $first) {\n      id\n      kind\n      summary\n      at\n      actor {\n        id\n        displayName\n      }\n      partner {\n        id\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PartnerOptions($distributorFilter: PartnerFilter!, $first: Int!) {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      code\n      name\n    }\n    brandUsers {\n      id\n      displayName\n      role\n      active\n    }\n    partners(first: $first, filter: $distributorFilter) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOptions($distributorFilter: PartnerFilter!, $first: Int!) {\n    tiers {\n      id\n      name\n    }\n    territories {\n      id\n      code\n      name\n    }\n    brandUsers {\n      id\n      displayName\n      role\n      active\n    }\n    partners(first: $first, filter: $distributorFilter) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment TierRow_tier on Tier {\n    id\n    code\n    name\n    rank\n    discountPercent\n    mdfEligible\n    leadPriority\n  }\n"): (typeof documents)["\n  fragment TierRow_tier on Tier {\n    id\n    code\n    name\n    rank\n    discountPercent\n    mdfEligible\n    leadPriority\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTiers {\n    tiers {\n      ...TierRow_tier\n    }\n  }\n"): (typeof documents)["\n  query SettingsTiers {\n    tiers {\n      ...TierRow_tier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerHome {\n    viewer {\n      id\n      partner {\n        id\n        name\n        code\n        kind\n        status\n        ...PartnerProfile_partner\n        ...PartnerAssignments_partner\n        ...PartnerRelations_partner\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerHome {\n    viewer {\n      id\n      partner {\n        id\n        name\n        code\n        kind\n        status\n        ...PartnerProfile_partner\n        ...PartnerAssignments_partner\n        ...PartnerRelations_partner\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerStaff {\n    viewer {\n      id\n      partner {\n        id\n        name\n        status\n        users {\n          ...StaffMember_user\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerStaff {\n    viewer {\n      id\n      partner {\n        id\n        name\n        status\n        users {\n          ...StaffMember_user\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) {\n    invitePartnerUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...StaffMember_user\n        partner {\n          id\n          users {\n            ...StaffMember_user\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePartnerUser($input: InvitePartnerUserInput!) {\n    invitePartnerUser(input: $input) {\n      invitationUrl\n      expiresAt\n      user {\n        ...StaffMember_user\n        partner {\n          id\n          users {\n            ...StaffMember_user\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer_user on User {\n    id\n    displayName\n    email\n    role\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...Viewer_user\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;