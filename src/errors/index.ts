// Public error classes.
export { BoussoleError, InputError, type ErrorCode, type BoussoleErrorOptions } from './boussole-error.js';
