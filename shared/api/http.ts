/**
 * Browser mode's HTTP transport of the contract: `POST /api/<operation>` with the JSON request
 * as body and the per-launch token in a header; the reply is always an Envelope.
 */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-gudesk-token';
/** The printed address carries the token in the fragment, which browsers never send to servers. */
export const TOKEN_FRAGMENT_KEY = 'token';
/** IPC channel prefix used by Electron's preload and main: `gudesk:<operation>`. */
export const IPC_CHANNEL_PREFIX = 'gudesk:';
