import { Scope } from '../../access/scope';
import { manyByKey } from '../../domain/loader-kit';
import { OrderService } from './order.service';
import { OrderLifecycle } from './order-lifecycle';
import { OrderPlacement } from './order-placement';

export function orderLoaders(scope: Scope, orders: OrderService) {
  return {
    linesByOrderId: manyByKey((ids: readonly string[]) => orders.linesOf(scope, ids), (l) => l.orderId),
    eventsByOrderId: manyByKey((ids: readonly string[]) => orders.eventsOf(scope, ids), (e) => e.orderId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof orderLoaders> {}
  interface Services {
    orders: OrderService;
    orderLifecycle: OrderLifecycle;
    orderPlacement: OrderPlacement;
  }
}
