import { Route, Routes } from 'react-router';
import { PartnerRegistrationsPage } from './RegistrationsPage';
import { NotFoundState } from '../ui/states';
import { RoleGate } from '../ui/RoleGate';
import { PartnerOverview } from './PartnerOverview';
import { StaffPage } from './StaffPage';
import { OffersPage } from './OffersPage';
import { ShowroomSettingsPage } from './ShowroomSettingsPage';
import { PartnerLeadsPage } from './LeadsPage';
import { PartnerOrdersPage } from './OrdersPage';
import { NewOrderPage } from './NewOrderPage';
import { OrderDetail } from '../ui/OrderDetail';
import { PartnerInventoryPage } from './inventory/InventoryPage';
import { PartnerServiceCasesPage } from './service/ServiceCasesPage';
import { NewServiceCasePage } from './service/NewServiceCasePage';
import { ServiceCaseDetail } from '../ui/ServiceCaseDetail';

export default function PartnerPortal() {
  return (
    <Routes>
      <Route index element={<PartnerOverview />} />
      <Route path="offers" element={<OffersPage />} />
      <Route path="showroom" element={<RoleGate roles={['PARTNER_MANAGER']}><ShowroomSettingsPage /></RoleGate>} />
      <Route path="leads" element={<PartnerLeadsPage />} />
      <Route path="registrations" element={<PartnerRegistrationsPage />} />
      <Route path="orders" element={<PartnerOrdersPage />} />
      <Route path="orders/new" element={<NewOrderPage />} />
      <Route path="orders/:id" element={<OrderDetail listPath="/partner/orders" showPartner={false} />} />
      <Route path="inventory" element={<PartnerInventoryPage />} />
      <Route path="service" element={<PartnerServiceCasesPage />} />
      <Route path="service/new" element={<NewServiceCasePage />} />
      <Route path="service/:id" element={<ServiceCaseDetail listPath="/partner/service" showPartner={false} />} />
      <Route path="staff" element={<RoleGate roles={['PARTNER_MANAGER']}><StaffPage /></RoleGate>} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
