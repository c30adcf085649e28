// Exit codes: 0 done, 1 run-time failure, 2 bad usage or input, 130 interrupted (the shell's convention for Ctrl-C).
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;
