import { Route, Routes } from 'react-router';
import { NotFoundState } from '../../ui/states';
import { MdfFundsPage } from './MdfFundsPage';
import { MdfFundPage } from './MdfFundPage';
import { MdfQueuePage } from './MdfQueuePage';
import { MdfLedgerPage } from './MdfLedgerPage';

/** /channel/mdf/*: a lazy chunk of its own, loaded when brand staff first open a marketing-funds page. */
export default function ChannelMdfRoutes() {
  return (
    <Routes>
      <Route index element={<MdfFundsPage />} />
      <Route path="funds/:id" element={<MdfFundPage />} />
      <Route path="requests" element={<MdfQueuePage />} />
      <Route path="ledger" element={<MdfLedgerPage />} />
      <Route path="*" element={<NotFoundState />} />
    </Routes>
  );
}
