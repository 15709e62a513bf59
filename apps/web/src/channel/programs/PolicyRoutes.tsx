import { Route, Routes } from 'react-router';
import { NotFoundState } from '../../ui/states';
import { RoleGate } from '../../ui/RoleGate';
import { CHANNEL_ROLES } from '../../ui/roles';
import { PoliciesPage } from './PoliciesPage';
import { NewPolicyPage } from './NewPolicyPage';
import { PolicyPage } from './PolicyPage';

/** /channel/policies/*: a lazy chunk of its own. Brand staff read them; channel writers create, draft and publish. */
export default function PolicyRoutes() {
  return (
    <Routes>
      <Route index element={<PoliciesPage />} />
      <Route path="new" element={<RoleGate roles={CHANNEL_ROLES}><NewPolicyPage /></RoleGate>} />
      <Route path=":id" element={<PolicyPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
