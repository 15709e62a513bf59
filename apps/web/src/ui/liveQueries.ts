/**
 * The queries a change may make stale: reloaded (when shown) after it. Apart from ui/live.tsx, so that the
 * Apollo client (first load) takes this list without the signed-in header's live components and their texts.
 */
export const LIVE_QUERIES = ['LeadInbox', 'LeadHistory', 'LeadCount', 'DispatchRanking', 'NotificationList', 'OrderList', 'OrderDetail'];
