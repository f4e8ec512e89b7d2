/*
 * names.h — personal names across scripts, spellings and Russian case.
 *
 *  - dc_name_nominative: a Russian personal name in any grammatical case back
 *    to the nominative ("Маратом Марковым" -> "Марат Марков"); the case and
 *    gender are chosen for the whole name at once, foreign names that do not
 *    decline stay as they are; tokens in other scripts pass unchanged.
 *  - dc_name_key: a short value equal for the spellings of one person in
 *    either script, any case, either order, with or without diacritics:
 *    "<surname skeleton>.<given-name initial class>" (see names.c).
 *  - dc_name_similarity: a score in [0, 1] for ranking candidate names.
 * Results are on the per-call allocator.
 */
#ifndef DIPLO_CORE_NAMES_H
#define DIPLO_CORE_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

char *dc_name_nominative(const char *s, size_t len, DcError *err);
/* "" when the input holds no letters. */
char *dc_name_key(const char *s, size_t len, DcError *err);
/* Negative with err set on failure. */
float dc_name_similarity(const char *a, size_t alen, const char *b, size_t blen, DcError *err);

/* The nominative and the key at once (one analysis); false with err set on failure. */
bool dc_name_normalise(const char *s, size_t len, char **nominative, char **key, DcError *err);
/* Whether the first word of a name is a given name the lexicon knows, in either script. */
bool dc_name_is_given(const char *s, size_t len, DcError *err);

/*
 * A name as a key slug: lower-case ASCII letters and digits, any other run
 * of characters one '-' ("КазМунайГаз" -> "kazmunaygaz", "Kun.uz" ->
 * "kun-uz"); NULL with err set on failure.
 */
char *dc_name_slug(const char *s, size_t len, DcError *err);

/* Frees what the name functions cached for the process. */
void dc_names_cleanup(void);

#endif
