/**
 * Where the signed-in viewer's portal starts, as the portals last loaded the viewer (none on a fresh public
 * page): the not-found page's way home, with no request and none of the role tables (ui/roles.ts) on the
 * public pages' first load.
 */
let knownHome: string | null = null;

export function knownViewerHome(): string | null {
  return knownHome;
}

export function setKnownViewerHome(home: string | null): void {
  knownHome = home;
}
