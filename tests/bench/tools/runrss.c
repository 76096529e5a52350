/* runrss: run a command and write its peak RSS and wall time to a file.
 *
 * Why this exists: Linux carries the memory high-water mark of the process that fork()ed (or
 * vfork()ed) a child into the child's ru_maxrss when the child exec()s. Started straight from
 * the Python runner (~17 MiB), every benchmark would report at least the runner's size. This
 * helper is a few hundred KiB, so the command it forks reports its own peak.
 *
 * usage: runrss OUTFILE CMD [ARGS...]
 * writes "MAXRSS_KIB WALL_SECONDS CPU_SECONDS\n" to OUTFILE (CPU = user + system time of the
 * command and the children it waited for) and exits with the command's exit status, or 128+N if
 * signal N killed it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: runrss OUTFILE CMD [ARGS...]\n");
    return 125;
  }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid = fork();
  if (pid < 0) {
    perror("runrss: fork");
    return 125;
  }
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    perror("runrss: exec");
    _exit(127);
  }
  int status = 0;
  struct rusage ru;
  while (wait4(pid, &status, 0, &ru) < 0) {
    if (errno != EINTR) {
      perror("runrss: wait4");
      return 125;
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  FILE *f = fopen(argv[1], "w");
  if (f == NULL) {
    perror("runrss: output file");
    return 125;
  }
  double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
               (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  fprintf(f, "%ld %.9f %.6f\n", ru.ru_maxrss, wall, cpu);
  fclose(f);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}
