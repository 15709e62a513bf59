import { Route, Routes } from 'react-router';
import { NotFoundState } from '../ui/states';
import { RoleGate } from '../ui/RoleGate';
import { CHANNEL_ROLES } from '../ui/viewer';
import { ChannelHome } from './ChannelHome';
import { PartnersPage } from './PartnersPage';
import { NewPartnerPage } from './NewPartnerPage';
import { PartnerPage } from './PartnerPage';
import { SettingsPage } from './settings/SettingsPage';
import { ProductsPage } from './catalog/ProductsPage';
import { NewProductPage, ProductEditPage } from './catalog/ProductEditPage';
import { CategoriesPage } from './catalog/CategoriesPage';
import { ProductImportPage } from './catalog/ProductImportPage';
import { ChannelLeadsPage } from './LeadsPage';
import { LeadImportPage } from './LeadImportPage';
import { ChannelRegistrationsPage } from './RegistrationsPage';
import { ChannelOrdersPage } from './OrdersPage';
import { OrderDetail } from '../ui/OrderDetail';
import { ChannelInventoryPage } from './inventory/ChannelInventoryPage';
import { ChannelServiceCasesPage } from './service/ServiceCasesPage';
import { SolutionArticlesPage } from './service/SolutionArticlesPage';
import { NewSolutionArticlePage, SolutionArticleEditPage } from './service/SolutionArticleEditPage';
import { ServiceCaseDetail } from '../ui/ServiceCaseDetail';

export default function ChannelPortal() {
  return (
    <Routes>
      <Route index element={<ChannelHome />} />
      <Route path="partners" element={<PartnersPage />} />
      <Route path="partners/new" element={<NewPartnerPage />} />
      <Route path="partners/:id" element={<PartnerPage basePath="/channel/partners" listPath="/channel/partners" />} />
      <Route path="catalog" element={<ProductsPage />} />
      <Route path="catalog/products/new" element={<NewProductPage />} />
      <Route path="catalog/products/:id" element={<ProductEditPage />} />
      <Route path="catalog/categories" element={<CategoriesPage />} />
      <Route path="catalog/import" element={<ProductImportPage />} />
      <Route path="leads" element={<ChannelLeadsPage />} />
      <Route path="leads/import" element={<RoleGate roles={CHANNEL_ROLES}><LeadImportPage /></RoleGate>} />
      <Route path="registrations" element={<ChannelRegistrationsPage />} />
      <Route path="orders" element={<ChannelOrdersPage />} />
      <Route path="orders/:id" element={<OrderDetail listPath="/channel/orders" showPartner />} />
      <Route path="inventory" element={<ChannelInventoryPage />} />
      <Route path="service" element={<ChannelServiceCasesPage />} />
      <Route path="service/:id" element={<ServiceCaseDetail listPath="/channel/service" showPartner />} />
      <Route path="solutions" element={<SolutionArticlesPage />} />
      <Route path="solutions/new" element={<NewSolutionArticlePage />} />
      <Route path="solutions/:id" element={<SolutionArticleEditPage />} />
      <Route path="settings" element={<RoleGate roles={['ADMIN']}><SettingsPage /></RoleGate>} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
