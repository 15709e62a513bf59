import { Scope } from '../../access/scope';
import { manyByKey, oneByKey } from '../../domain/loader-kit';
import { OrderService } from './order.service';
import { OrderLifecycle } from './order-lifecycle';
import { OrderPlacement } from './order-placement';
import { BrandStockService } from './brand-stock';

export function orderLoaders(scope: Scope, orders: OrderService, brandStock: BrandStockService) {
  return {
    linesByOrderId: manyByKey((ids: readonly string[]) => orders.linesOf(scope, ids), (l) => l.orderId),
    eventsByOrderId: manyByKey((ids: readonly string[]) => orders.eventsOf(scope, ids), (e) => e.orderId),
    shipmentsByOrderId: manyByKey((ids: readonly string[]) => orders.shipmentsOf(scope, ids), (s) => s.orderId),
    shipmentLinesByShipmentId: manyByKey((ids: readonly string[]) => orders.shipmentLinesOf(scope, ids), (l) => l.shipmentId),
    brandStockByProductId: oneByKey((ids: readonly string[]) => brandStock.byProductIds(scope, ids), (s) => s.productId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof orderLoaders> {}
  interface Services {
    orders: OrderService;
    orderLifecycle: OrderLifecycle;
    orderPlacement: OrderPlacement;
    brandStock: BrandStockService;
  }
}
