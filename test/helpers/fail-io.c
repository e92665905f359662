/*
 * An LD_PRELOAD shim that makes a process's writes to chosen files fail as a full or failing disk
 * does, or kills the process at a chosen write — deterministic fault injection for the store tests
 * (compiled by test/helpers/fail-io.ts with the machine's gcc). Only descriptors whose path contains
 * FAIL_IO_PATH are affected; stdout, pipes and other files are left alone.
 *
 *   FAIL_IO_PATH=/tmp/x/data      which files
 *   FAIL_IO_MODE=count            count calls and bytes, write "calls bytes" to FAIL_IO_REPORT at exit
 *   FAIL_IO_MODE=enospc           writes past FAIL_IO_AFTER_BYTES bytes are short, then ENOSPC
 *   FAIL_IO_MODE=eio              the FAIL_IO_AFTER_CALLS-th write or sync (1-based) and later fail with EIO
 *   FAIL_IO_MODE=kill             SIGKILL at the FAIL_IO_AFTER_CALLS-th write or sync, before it happens
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static const char *match_path;
static const char *mode;
static long long after_bytes = -1, after_calls = -1;
static long long calls, bytes;

static void report(void) {
  const char *file = getenv("FAIL_IO_REPORT");
  if (!file) return;
  FILE *out = fopen(file, "w");
  if (!out) return;
  fprintf(out, "%lld %lld\n", calls, bytes);
  fclose(out);
}

__attribute__((constructor)) static void setup(void) {
  match_path = getenv("FAIL_IO_PATH");
  mode = getenv("FAIL_IO_MODE");
  if (getenv("FAIL_IO_AFTER_BYTES")) after_bytes = atoll(getenv("FAIL_IO_AFTER_BYTES"));
  if (getenv("FAIL_IO_AFTER_CALLS")) after_calls = atoll(getenv("FAIL_IO_AFTER_CALLS"));
  if (mode && strcmp(mode, "count") == 0) atexit(report);
}

static int targeted(int fd) {
  if (!match_path || !mode) return 0;
  char link[64], target[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, target, sizeof target - 1);
  if (n <= 0) return 0;
  target[n] = 0;
  return strstr(target, match_path) != NULL;
}

/*
 * Decides the fate of one call on a targeted file: how many of `wanted` bytes may be written
 * (wanted itself when nothing fails), or -1 with errno set.
 */
static ssize_t allowance(size_t wanted) {
  calls += 1;
  if (strcmp(mode, "kill") == 0 && after_calls > 0 && calls >= after_calls) raise(SIGKILL);
  if (strcmp(mode, "eio") == 0 && after_calls > 0 && calls >= after_calls) {
    errno = EIO;
    return -1;
  }
  if (strcmp(mode, "enospc") == 0 && after_bytes >= 0 && bytes + (long long)wanted > after_bytes) {
    long long room = after_bytes - bytes;
    if (room <= 0) {
      errno = ENOSPC;
      return -1;
    }
    wanted = (size_t)room;
  }
  bytes += (long long)wanted;
  return (ssize_t)wanted;
}

#define REAL(name) static __typeof__(name) *real_##name; if (!real_##name) real_##name = dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buffer, size_t count) {
  REAL(write);
  if (!targeted(fd)) return real_write(fd, buffer, count);
  ssize_t allowed = allowance(count);
  return allowed < 0 ? -1 : real_write(fd, buffer, (size_t)allowed);
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset) {
  REAL(pwrite);
  if (!targeted(fd)) return real_pwrite(fd, buffer, count, offset);
  ssize_t allowed = allowance(count);
  return allowed < 0 ? -1 : real_pwrite(fd, buffer, (size_t)allowed, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset) {
  REAL(pwrite64);
  if (!targeted(fd)) return real_pwrite64(fd, buffer, count, offset);
  ssize_t allowed = allowance(count);
  return allowed < 0 ? -1 : real_pwrite64(fd, buffer, (size_t)allowed, offset);
}

static int sync_call(int fd) {
  if (!targeted(fd)) return 0;
  return allowance(0) < 0 ? -1 : 0;
}

int fsync(int fd) {
  REAL(fsync);
  return sync_call(fd) < 0 ? -1 : real_fsync(fd);
}

int fdatasync(int fd) {
  REAL(fdatasync);
  return sync_call(fd) < 0 ? -1 : real_fdatasync(fd);
}
