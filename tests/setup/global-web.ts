// Browser journeys drive the built web app: build it first if it is missing or stale.
import { buildWeb } from '../../scripts/web-build.mjs';

export default function setup() {
  buildWeb();
}
