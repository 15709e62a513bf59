import { Route, Routes } from 'react-router';
import { NotFoundState } from '../../ui/states';
import { ApplicationsPage } from './ApplicationsPage';
import { ApplicationPage } from './ApplicationPage';

/** /channel/applications: the review queue of "Become a partner" applications, and each application's page. */
export default function ApplicationRoutes() {
  return (
    <Routes>
      <Route index element={<ApplicationsPage />} />
      <Route path=":id" element={<ApplicationPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
