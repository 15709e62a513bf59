import { InventoryService } from './inventory.service';

declare module '../../access/request-context' {
  interface Services {
    inventory: InventoryService;
  }
}
