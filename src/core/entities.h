/*
 * entities.h — entity extraction from one article.
 *
 * dc_entities() cuts the text into tokens, finds countries, organisations
 * and places from the lexicons (the .tsv files, via gazetteer.h), state bodies by
 * pattern, persons from context (titles and roles around the name, initials,
 * given names, surname endings; surname-only mentions resolved to a full
 * name found in the same text) and dates (dates.h).  Persons get the name
 * key of names.h, a nominative display form, a role and the state served.
 */
#ifndef DIPLO_CORE_ENTITIES_H
#define DIPLO_CORE_ENTITIES_H

#include <stddef.h>

#include "dates.h"
#include "mention.h"
#include "status.h"
#include "tokens.h"

/*
 * lang: "en", "ru" or NULL to detect; published: year 0 when unknown.
 * The mentions are sorted by offset; on failure returns an error status.
 */
DcStatus dc_entities(const char *text, size_t len, const char *lang, DcDate published,
					 DcMentions *out, DcError *err);

/* The same, also handing back the tokens, for steps that read the words. */
DcStatus dc_entities_tokens(const char *text, size_t len, const char *lang, DcDate published,
							DcMentions *out, DcTokens *tokens, DcError *err);

/* "en" or "ru": the script most of the text's letters are written in. */
const char *dc_detect_lang(const char *text, size_t len);

#endif
