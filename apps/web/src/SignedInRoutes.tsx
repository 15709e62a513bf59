import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundState } from './ui/states';
import { PublicLayout } from './ui/PublicLayout';
import { ANALYTICS_ROLES, ALL_ROLES, CHANNEL_ROLES, PARTNER_ROLES, PERFORMANCE_ROLES } from './ui/roles';
import { withPortalTexts } from './i18n';

/**
 * The routes behind sign-in (with the sign-in and invitation pages), a chunk of their own: App.tsx loads this
 * table for any address that is not a public page, so the public first load carries neither these routes nor
 * the list of chunks each of them needs. The pages are lazy again, one chunk per area, and each resolves only
 * once the signed-in pages' texts are added (withPortalTexts), so none renders a key; e2e/i18n-split.e2e.test.ts
 * checks every lazy page here. An address that nothing knows ends at the not-found page.
 */
// Apollo Client comes with these pages only: the public ones ask through publicClient.ts.
const PortalApollo = lazy(() => import('./portalApollo'));
const RoleGate = lazy(withPortalTexts(() => import('./ui/RoleGate').then((module) => ({ default: module.RoleGate }))));
const SignInPage = lazy(withPortalTexts(() => import('./account/SignInPage')));
const InvitationPage = lazy(withPortalTexts(() => import('./account/InvitationPage')));
const AppLayout = lazy(withPortalTexts(() => import('./ui/AppLayout')));
const ChannelPortal = lazy(withPortalTexts(() => import('./channel/ChannelPortal')));
const PartnerPortal = lazy(withPortalTexts(() => import('./partner/PartnerPortal')));
const AnalyticsPortal = lazy(withPortalTexts(() => import('./analytics/AnalyticsPortal')));
const AccountPage = lazy(withPortalTexts(() => import('./account/AccountPage')));
// Marketing development funds: chunks of their own, beside the portals'.
const ChannelMdf = lazy(withPortalTexts(() => import('./channel/mdf/ChannelMdfRoutes')));
const PartnerMdf = lazy(withPortalTexts(() => import('./partner/mdf/PartnerMdfPage')));
// Channel performance (with the charts): chunks of their own; analysts read them as well.
const ChannelPerformance = lazy(withPortalTexts(() => import('./channel/performance/PerformanceRoutes')));
const PartnerScorecard = lazy(withPortalTexts(() => import('./channel/performance/ScorecardRoute')));
// The channel's follow-up tasks: a chunk of its own, like the other channel pages that came later.
const ChannelFollowUps = lazy(withPortalTexts(() => import('./channel/followups/FollowUpsPage')));
// Partner applications (recruitment): a chunk of its own too.
const ChannelApplications = lazy(withPortalTexts(() => import('./channel/applications/ApplicationRoutes')));
// Sales policies and announcements (channel programs): chunks of their own, in both portals; analysts read the channel's.
const ChannelPolicies = lazy(withPortalTexts(() => import('./channel/programs/PolicyRoutes')));
const ChannelAnnouncements = lazy(withPortalTexts(() => import('./channel/programs/AnnouncementRoutes')));
const PartnerPolicies = lazy(withPortalTexts(() => import('./partner/programs/PartnerPoliciesPage')));
const PartnerAnnouncements = lazy(withPortalTexts(() => import('./partner/programs/PartnerAnnouncementsPage')));
// Tiers that keep themselves right: the channel's ladder and proposals, the partner's standing (chunks of their own).
const ChannelTiers = lazy(withPortalTexts(() => import('./channel/tiers/TierRoutes')));
const PartnerTierStanding = lazy(withPortalTexts(() => import('./partner/tier/WhereYouStandPage')));
// Incentives (rebates and lead bonuses): the channel's terms and accruals (analysts read them), the partner's progress (chunks of their own).
const ChannelIncentives = lazy(withPortalTexts(() => import('./channel/incentives/IncentiveRoutes')));
const PartnerIncentives = lazy(withPortalTexts(() => import('./partner/incentives/PartnerIncentivesPage')));

export default function SignedInRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="signin" element={<PortalApollo><SignInPage /></PortalApollo>} />
        <Route path="invitation/:token" element={<PortalApollo><InvitationPage /></PortalApollo>} />
        <Route path="*" element={<NotFoundState />} />
      </Route>
      <Route element={<PortalApollo><AppLayout /></PortalApollo>}>
        <Route path="channel/mdf/*" element={<RoleGate roles={CHANNEL_ROLES}><ChannelMdf /></RoleGate>} />
        <Route path="channel/performance/*" element={<RoleGate roles={PERFORMANCE_ROLES}><ChannelPerformance /></RoleGate>} />
        <Route path="channel/partners/:id/scorecard" element={<RoleGate roles={PERFORMANCE_ROLES}><PartnerScorecard /></RoleGate>} />
        <Route path="channel/follow-ups" element={<RoleGate roles={CHANNEL_ROLES}><ChannelFollowUps /></RoleGate>} />
        <Route path="channel/applications/*" element={<RoleGate roles={CHANNEL_ROLES}><ChannelApplications /></RoleGate>} />
        <Route path="channel/policies/*" element={<RoleGate roles={PERFORMANCE_ROLES}><ChannelPolicies /></RoleGate>} />
        <Route path="channel/announcements/*" element={<RoleGate roles={PERFORMANCE_ROLES}><ChannelAnnouncements /></RoleGate>} />
        <Route path="channel/tiers/*" element={<RoleGate roles={PERFORMANCE_ROLES}><ChannelTiers /></RoleGate>} />
        <Route path="channel/incentives/*" element={<RoleGate roles={PERFORMANCE_ROLES}><ChannelIncentives /></RoleGate>} />
        <Route path="channel/*" element={<RoleGate roles={CHANNEL_ROLES}><ChannelPortal /></RoleGate>} />
        <Route path="partner/mdf" element={<RoleGate roles={PARTNER_ROLES}><PartnerMdf /></RoleGate>} />
        <Route path="partner/policies" element={<RoleGate roles={PARTNER_ROLES}><PartnerPolicies /></RoleGate>} />
        <Route path="partner/announcements" element={<RoleGate roles={PARTNER_ROLES}><PartnerAnnouncements /></RoleGate>} />
        <Route path="partner/tier" element={<RoleGate roles={PARTNER_ROLES}><PartnerTierStanding /></RoleGate>} />
        <Route path="partner/incentives" element={<RoleGate roles={PARTNER_ROLES}><PartnerIncentives /></RoleGate>} />
        <Route path="partner/*" element={<RoleGate roles={PARTNER_ROLES}><PartnerPortal /></RoleGate>} />
        <Route path="analytics/*" element={<RoleGate roles={ANALYTICS_ROLES}><AnalyticsPortal /></RoleGate>} />
        <Route path="account" element={<RoleGate roles={ALL_ROLES}><AccountPage /></RoleGate>} />
      </Route>
    </Routes>
  );
}
