import { Route, Routes } from 'react-router';
import { NotFoundState } from '../ui/states';
import { PartnerPage } from '../channel/PartnerPage';
import { AnalyticsHome } from './AnalyticsHome';

export default function AnalyticsPortal() {
  return (
    <Routes>
      <Route index element={<AnalyticsHome />} />
      <Route path="partners/:id" element={<PartnerPage basePath="/analytics/partners" listPath="/analytics" />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
