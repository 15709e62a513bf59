import { Route, Routes } from 'react-router';
import { NotFoundState } from '../../ui/states';
import { RoleGate } from '../../ui/RoleGate';
import { CHANNEL_ROLES } from '../../ui/roles';
import { AnnouncementsPage } from './AnnouncementsPage';
import { AnnouncementPage, NewAnnouncementPage } from './AnnouncementPage';

/** /channel/announcements/*: a lazy chunk of its own. Brand staff read them; channel writers write and publish. */
export default function AnnouncementRoutes() {
  return (
    <Routes>
      <Route index element={<AnnouncementsPage />} />
      <Route path="new" element={<RoleGate roles={CHANNEL_ROLES}><NewAnnouncementPage /></RoleGate>} />
      <Route path=":id" element={<AnnouncementPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
