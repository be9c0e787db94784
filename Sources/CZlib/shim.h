#ifndef JUESUAN_CZLIB_SHIM_H
#define JUESUAN_CZLIB_SHIM_H
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
