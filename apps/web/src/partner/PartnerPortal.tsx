import { Route, Routes } from 'react-router';
import { NotFoundState } from '../ui/states';
import { RoleGate } from '../ui/RoleGate';
import { PartnerOverview } from './PartnerOverview';
import { StaffPage } from './StaffPage';

export default function PartnerPortal() {
  return (
    <Routes>
      <Route index element={<PartnerOverview />} />
      <Route path="staff" element={<RoleGate roles={['PARTNER_MANAGER']}><StaffPage /></RoleGate>} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
