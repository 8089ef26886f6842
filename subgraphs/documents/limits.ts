/**
 * The longest texts documents takes, in characters: each input's validation, the service that
 * checks a plain argument, and the schema's descriptions read these, so what clients are told
 * is what the code enforces.
 */
export const TITLE_MAX_LENGTH = 500;
export const SUMMARY_MAX_LENGTH = 5000;
export const CORRESPONDENT_MAX_LENGTH = 300;
export const RESOLUTION_TEXT_MAX_LENGTH = 5000;
export const REPORT_MAX_LENGTH = 5000;
/** The most executors one resolution names. */
export const MAX_EXECUTORS = 20;
