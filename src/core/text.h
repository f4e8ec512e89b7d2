/*
 * text.h — text primitives shared by the core: UTF-8 <-> UTF-16 conversion
 * on the per-call allocator, and UTF-8 scanning helpers.
 */
#ifndef DIPLO_CORE_TEXT_H
#define DIPLO_CORE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

#include "status.h"

/* NULL with err set (DC_ERR_INPUT) on invalid UTF-8. */
UChar *dc_utf8_to_uchars(const char *s, size_t len, int32_t *ulen, DcError *err);
char *dc_uchars_to_utf8(const UChar *u, int32_t ulen, size_t *len, DcError *err);

/* True when s holds a Cyrillic letter (U+0400..U+052F). */
bool dc_has_cyrillic(const char *s, size_t len);

/*
 * The end of a chunk of about `target` bytes starting at s: just after an
 * ASCII white space when one is near, else on a character boundary, so that
 * chunks can be processed independently without cutting a word.
 */
size_t dc_chunk_end(const char *s, size_t len, size_t target);

#endif
