import type { ShowroomService } from './showroom.service';
import type { OciCatalog } from './oci-lines';
import type { Locator } from './locator';

declare module '../../access/request-context' {
  interface Services {
    showrooms: ShowroomService;
    ociCatalog: OciCatalog;
    locator: Locator;
  }
}
