import { Route, Routes } from 'react-router';
import { NotFoundState } from '../ui/states';
import { RoleGate } from '../ui/RoleGate';
import { ChannelHome } from './ChannelHome';
import { PartnersPage } from './PartnersPage';
import { NewPartnerPage } from './NewPartnerPage';
import { PartnerPage } from './PartnerPage';
import { SettingsPage } from './settings/SettingsPage';

export default function ChannelPortal() {
  return (
    <Routes>
      <Route index element={<ChannelHome />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="partners/new" element={<NewPartnerPage />} />
      <Route path="partners/:id" element={<PartnerPage basePath="/channel/partners" listPath="/channel/partners" />} />
      <Route path="settings" element={<RoleGate roles={['ADMIN']}><SettingsPage /></RoleGate>} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
