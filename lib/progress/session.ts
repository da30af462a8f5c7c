import { randomId } from './random';

let pageSession: string | undefined;

/**
 * This page load's study session, drawn in the browser (the exported HTML is the same for
 * everyone). A mistake leaves the notebook when it is answered right in a later session.
 */
export const browserSession = () => (pageSession ??= randomId());
