/*
 * lexicon.h — tab-separated data files (the .tsv files under data/) loaded once per process.
 *
 * A file has `#` comment lines, one header line naming its columns, then
 * one entry a line.  dc_lexicon_load() parses it, indexes one column with a
 * hash table and caches the result for the process lifetime (malloc'd, not
 * on the per-call allocator).  Lookups return row numbers; rows that share
 * a key are chained.
 */
#ifndef DIPLO_CORE_LEXICON_H
#define DIPLO_CORE_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

typedef struct DcLexicon DcLexicon;

/* NULL with err set if the file is missing or malformed, or has no column `key`. */
const DcLexicon *dc_lexicon_load(const char *relpath, const char *key, DcError *err);

int dc_lexicon_rows(const DcLexicon *lex);
/* Column number of a header name, or -1. */
int dc_lexicon_column(const DcLexicon *lex, const char *name);
const char *dc_lexicon_field(const DcLexicon *lex, int row, int col);

/* First row whose key column equals key[0..len), or -1; then the next one. */
int dc_lexicon_find(const DcLexicon *lex, const char *key, size_t len);
int dc_lexicon_next(const DcLexicon *lex, int row);

void dc_lexicon_cleanup(void);

/* The hash the lexicons index with (FNV-1a), for other process-lifetime tables. */
uint32_t	dc_hash_bytes(const char *s, size_t len);

/* A set of strings (malloc'd, for the process lifetime). */
typedef struct DcStrSet DcStrSet;

DcStrSet   *dc_strset_new(void);
/* False when out of memory. */
bool		dc_strset_add(DcStrSet *set, const char *s);
bool		dc_strset_has(const DcStrSet *set, const char *s, size_t len);
void		dc_strset_free(DcStrSet *set);

#endif
