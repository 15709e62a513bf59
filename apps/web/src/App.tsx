import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ShowroomLayout } from './showroom/ShowroomLayout';
import { ShowroomHome } from './showroom/ShowroomHome';
import { ShowroomSearchPage } from './showroom/ShowroomSearchPage';
import { LoadingState } from './ui/states';
import { PublicLayout } from './ui/PublicLayout';

// Everything behind sign-in is split off, so the public pages load only what they show. The showroom is the
// public front (most visitors never sign in): its home and search pages come with the first load and import
// nothing of the portals; a product page and the basket (forms, number inputs) follow when a visitor goes
// there, and so does a customer's order-status page (/order-status). e2e/first-load.e2e.test.ts holds the
// first load to its budget and keeps portal chunks out of it.
// The signed-in routes are a lazy table of their own (SignedInRoutes.tsx), and so are their texts: each of those
// pages resolves only once they are added, so none renders a key; e2e/i18n-split.e2e.test.ts keeps the public
// pages off them.
const ProductPage = lazy(() => import('./showroom/ProductPage').then((module) => ({ default: module.ProductPage })));
const BasketPage = lazy(() => import('./showroom/BasketPage').then((module) => ({ default: module.BasketPage })));
const OrderStatusPage = lazy(() => import('./showroom/OrderStatusPage').then((module) => ({ default: module.OrderStatusPage })));
// The "Become a partner" form (with its own texts) follows when a visitor opens it.
const BecomePartnerPage = lazy(() => import('./showroom/BecomePartnerPage').then((module) => ({ default: module.BecomePartnerPage })));
// Everything else (the signed-in pages, sign-in, invitations, the not-found page) is one lazy table of routes.
const SignedInRoutes = lazy(() => import('./SignedInRoutes'));

export function App() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route element={<ShowroomLayout />}>
          <Route index element={<ShowroomHome />} />
          <Route path="become-a-partner" element={<BecomePartnerPage />} />
        </Route>
        <Route path="s/:slug" element={<ShowroomLayout />}>
          <Route index element={<ShowroomSearchPage />} />
          <Route path="p/:sku" element={<ProductPage />} />
          <Route path="basket" element={<BasketPage />} />
        </Route>
        <Route element={<PublicLayout />}>
          <Route path="order-status" element={<OrderStatusPage />} />
        </Route>
        <Route path="*" element={<SignedInRoutes />} />
      </Routes>
    </Suspense>
  );
}
