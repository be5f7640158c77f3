/** A problem that stops the directory from starting, with a message that says what to do about it. */
export class StartupError extends Error {}
