#ifndef JUESUAN_CEPOLL_SHIM_H
#define JUESUAN_CEPOLL_SHIM_H
// Linux readiness, wake-up and accept APIs that Swift's Glibc module does not include. No _GNU_SOURCE:
// defining it here would change system structs (fd_set) and clash with the Glibc module.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

/// accept4(2), a GNU extension the Glibc module does not declare: accepts one connection with `flags`
/// (SOCK_NONBLOCK | SOCK_CLOEXEC) set atomically. -1 with errno on failure.
static inline int juesuan_accept4(int fd, int flags) {
    return (int)syscall(SYS_accept4, fd, (void *)0, (void *)0, flags);
}

/// The number of CPUs in this process's affinity mask (1 under `taskset -c 1`); 0 if unknown.
/// CPU_COUNT and cpu_set_t need _GNU_SOURCE, so the mask is read with the raw system call.
static inline int juesuan_affinity_cpu_count(void) {
    unsigned long mask[16] = {0};
    long bytes = syscall(SYS_sched_getaffinity, 0, sizeof(mask), mask);
    if (bytes <= 0) return 0;
    int count = 0;
    for (long i = 0; i < bytes / (long)sizeof(unsigned long); i++) count += __builtin_popcountl(mask[i]);
    return count;
}

/// Names the calling thread (at most 15 bytes) for ps/top/gdb.
static inline void juesuan_set_thread_name(const char *name) {
    prctl(PR_SET_NAME, (unsigned long)name, 0, 0, 0);
}

#endif
