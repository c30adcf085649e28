// Public error classes.
export { BoussoleError, type BoussoleErrorOptions, type ErrorCode, InputError } from './boussole-error.js';
