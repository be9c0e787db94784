#ifndef JUESUAN_CZLIB_SHIM_H
#define JUESUAN_CZLIB_SHIM_H
// Same feature macros as CEpoll's shim: both pull in <sys/select.h>, whose fd_set differs under
// _GNU_SOURCE, and a module importing both (JuesuanApp) must see one definition.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
/// Z_SOLO keeps zconf.h from including <sys/types.h> and <unistd.h>: textual copies of those inside this
/// module clash with the same declarations in Glibc's module (`fd_set` "not present in definition").
/// It only removes the gz* file functions, which we do not use; z_off_t stays `long`, as off_t is on LP64.
#define Z_SOLO
#include <zlib.h>

/// deflateInit2 is a macro over deflateInit2_; Swift cannot import function-like macros.
static inline int juesuan_deflate_init2(z_streamp stream, int level, int method, int windowBits, int memLevel, int strategy) {
    return deflateInit2(stream, level, method, windowBits, memLevel, strategy);
}

/// inflateInit2 is a macro over inflateInit2_; used by tests to check what we compressed.
static inline int juesuan_inflate_init2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

#endif
