import { Route, Routes } from 'react-router';
import { NotFoundState } from '../../ui/states';
import { IncentivesPage } from './IncentivesPage';
import { IncentivePage } from './IncentivePage';

/** /channel/incentives and /channel/incentives/:id: a chunk of its own. */
export default function IncentiveRoutes() {
  return (
    <Routes>
      <Route index element={<IncentivesPage />} />
      <Route path=":id" element={<IncentivePage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
