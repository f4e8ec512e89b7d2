/*
 * translit.h — transliteration schemes between Cyrillic and Latin.
 *
 * Every scheme is an ICU transliterator: a system transform (bgn) or a rule
 * file under data/translit.  Each is compiled once per process, on first
 * use, and cached; dc_translit_cleanup() closes them at process exit.
 *
 * Public schemes (diplo_translit): kz, bgn, iso9, gost779, icao (Cyrillic to
 * Latin) and ru (Latin to Russian Cyrillic).  Internal ones serve the name
 * keys: "name_ascii" (any Latin to lower-case ASCII, letters with
 * diacritics spelt as in English: č -> ch).
 */
#ifndef DIPLO_CORE_TRANSLIT_H
#define DIPLO_CORE_TRANSLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

typedef struct DcTranslit DcTranslit;

/* Comma-separated list of public scheme names, for error messages. */
const char *dc_translit_scheme_list(void);

/* The compiled transliterator of a scheme; NULL with err set if unknown
 * (DC_ERR_ARGUMENT) or if its rules fail to load (DC_ERR_DATA, DC_ERR_ICU). */
const DcTranslit *dc_translit_get(const char *scheme, DcError *err);

/* The same for internal schemes too (the name keys' "name_ascii"). */
const DcTranslit *dc_translit_get_internal(const char *scheme, DcError *err);

/*
 * Transliterates UTF-8 text; the result is on the per-call allocator.
 * Long texts are processed in chunks cut between words, with an interrupt
 * check between chunks.
 */
char *dc_translit_run(const DcTranslit *t, const char *s, size_t len,
					  size_t *outlen, DcError *err);

/* Convenience: get + run; NULL with err set on failure. */
char *dc_translit(const char *scheme, const char *s, size_t len,
				  size_t *outlen, DcError *err);

void dc_translit_cleanup(void);

#endif
