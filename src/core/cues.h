/*
 * cues.h — words that tell what a news item is about: the kind of event
 * (data/event_kinds.tsv) and its topics (data/topics.tsv).
 *
 * A cue file has columns <id> (its first), lang and text; text is a
 * sequence of stems, each matching a word that starts with it ("торгов"
 * matches торговля, торгового), or equal to it when it ends in '$'.
 * Hyphens between the words are skipped ("round-table").  A file is loaded
 * once per process.
 */
#ifndef DIPLO_CORE_CUES_H
#define DIPLO_CORE_CUES_H

#include <stdbool.h>

#include "status.h"
#include "tokens.h"

typedef struct DcCues DcCues;

/* NULL with err set when the file is missing or malformed. */
const DcCues *dc_cues_load(const char *relpath, DcError *err);

/*
 * The distinct ids whose cues occur in tokens [first, last), at most max,
 * in the order of their first occurrence; returns how many.
 */
int			dc_cues_find(const DcCues *cues, const DcTokens *t, int first, int last,
						 const char **ids, int max);

/* True when id is one of the file's ids (a topic named by its id). */
bool		dc_cues_has_id(const DcCues *cues, const char *id);

/* Frees the loaded files (at process exit). */
void		dc_cues_cleanup(void);

#endif
