import { Route, Routes } from 'react-router';
import { NotFoundState } from '../../ui/states';
import { DashboardPage } from './DashboardPage';
import { ComparePage } from './ComparePage';
import { SignalsPage } from './SignalsPage';
import { QuotasPage } from './QuotasPage';
import { MarketsPage } from './MarketsPage';

/** /channel/performance/*: a lazy chunk of its own (with the charts), loaded when brand staff first open one of its pages. */
export default function PerformanceRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="compare" element={<ComparePage />} />
      <Route path="signals" element={<SignalsPage />} />
      <Route path="quotas" element={<QuotasPage />} />
      <Route path="markets" element={<MarketsPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
