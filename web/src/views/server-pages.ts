// How much of a long list the explore page asks the server for (its own module: a test reads it without a map).

/** Events asked for per request. */
export const PAGE = 500;
/** The map shows at most this many events before the reader asks for more; clusters keep it readable. */
export const FIRST_LOAD = 1000;
