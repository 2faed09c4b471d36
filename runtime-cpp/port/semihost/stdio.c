/*
 * picolibc's stdin/stdout/stderr for the embedded proxy, replacing libsemihost's iob.c (which sends
 * stdout and stderr to the one semihosting console): stdout writes to ":tt" opened for writing, which
 * QEMU prints on its stdout (or the -chardev console); stderr writes to ":tt" opened for append, which
 * QEMU prints on its own stderr. So a test can compare a program's stdout alone, as it does on the PC.
 * Defining all three symbols here keeps the linker from pulling iob.c.o out of libsemihost.a.
 * Unbuffered (one SYS_WRITE per byte): nothing is lost when the program ends with exit().
 * Calling context: the one bare-metal thread.
 */
#include <semihost.h>
#include <stdio.h>

static int consoleOut = -1; /* semihosting handle of ":tt" for writing, opened on first use */
static int consoleErr = -1; /* semihosting handle of ":tt" for appending */

static int writeConsole(int *handle, int mode, char c) {
  if (*handle < 0) *handle = sys_semihost_open(":tt", mode);
  if (*handle < 0) return _FDEV_ERR;
  /* SYS_WRITE returns the number of bytes NOT written. */
  return sys_semihost_write(*handle, &c, 1) == 0 ? (unsigned char)c : _FDEV_ERR;
}

static int putStdout(char c, FILE *file) {
  (void)file;
  return writeConsole(&consoleOut, SH_OPEN_W, c);
}

static int putStderr(char c, FILE *file) {
  (void)file;
  return writeConsole(&consoleErr, SH_OPEN_A, c);
}

static int getStdin(FILE *file) {
  (void)file;
  return _FDEV_EOF; /* no input on the proxy, as Serial.read() has none */
}

static FILE stdinFile = FDEV_SETUP_STREAM(NULL, getStdin, NULL, _FDEV_SETUP_READ);
static FILE stdoutFile = FDEV_SETUP_STREAM(putStdout, NULL, NULL, _FDEV_SETUP_WRITE);
static FILE stderrFile = FDEV_SETUP_STREAM(putStderr, NULL, NULL, _FDEV_SETUP_WRITE);

FILE *const stdin = &stdinFile;
FILE *const stdout = &stdoutFile;
FILE *const stderr = &stderrFile;
