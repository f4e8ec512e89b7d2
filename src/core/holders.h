/*
 * holders.h — the knowledge base of office holders: who was head of state,
 * head of government, foreign minister, foreign-ministry spokesperson or
 * head of an international organisation, from which day to which, with the
 * person's spellings (English, Russian, variants in other romanisations and
 * Cyrillic-script languages).  data/office_holders.tsv, plus an optional
 * user file in the same format (dc_holders_set_user_file).
 *
 * dc_holders() loads it once per process.  dc_holders_find() tells which
 * holder a name written in a text is (any script, any Russian case, the
 * surname alone, an initial) on a given day; each holder has a canonical
 * name key (names.h) built from the English name with the surname the file
 * marks, so that every spelling of that person keys alike; the file stores
 * it (a column the lint keeps right), and rows without one get it computed.
 */
#ifndef DIPLO_CORE_HOLDERS_H
#define DIPLO_CORE_HOLDERS_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

/* A day as dc_days_from_date() counts it; terms still running end at DC_NO_END. */
#define DC_NO_END 0x7fffffff

typedef struct DcHolderTerm
{
	const char *office;			/* head_of_state, head_of_government, foreign_minister,
								 * spokesperson, org_head; "#seat" for collegial offices */
	const char *title;			/* English title: President, Chancellor ... */
	const char *role;			/* FORMAT.md role vocabulary */
	const char *serves;			/* ISO code of the state, or an organisation key */
	int			start;			/* days, inclusive */
	int			end;			/* days, inclusive; DC_NO_END while in office */
} DcHolderTerm;

typedef struct DcHolder
{
	const char *id;
	const char *name_en;
	const char *surname_en;
	const char *name_ru;
	const char *surname_ru;
	int			first_term;		/* its terms: terms[first_term .. first_term + nterms) */
	int			nterms;
} DcHolder;

typedef struct DcHolders DcHolders;

/* Which holder a name is, on a day. */
typedef struct DcHolderHit
{
	int			holder;			/* -1: none, or several equally likely */
	const DcHolderTerm *term;	/* the term that covers the day, or NULL */
	bool		surname_only;	/* matched by the surname alone */
	bool		common_word;	/* the surname is also a common word (Trump, May, Мороз) */
	const char *key;			/* the holder's canonical name key */
} DcHolderHit;

/* Whether to take the keys the files give (the default) or compute them all (for the lint). */
void		dc_holders_use_stored_keys(bool use);

/* The user's own file (absolute path, "" for none); the next dc_holders() reloads. */
void		dc_holders_set_user_file(const char *path);

/* Loads the knowledge base once per process; NULL with err set on failure. */
const DcHolders *dc_holders(DcError *err);

int			dc_holders_count(const DcHolders *kb);
const DcHolder *dc_holder(const DcHolders *kb, int i);
const DcHolderTerm *dc_holder_terms(const DcHolders *kb);
/* Holder i's spellings (English, Russian, variants): their number, at most max into out. */
int			dc_holder_spellings(const DcHolders *kb, int i, const char **out, int max);
/* Holder i's canonical name key; NULL with err set on failure. */
const char *dc_holder_key(const DcHolders *kb, int i, DcError *err);
/* The latest day a term starts in the files: "today" for undated texts. */
int			dc_holders_reference_day(const DcHolders *kb);

/*
 * Whether some holder may be written with this word (a cheap test on its
 * first letters, before any name analysis).
 */
bool		dc_holders_maybe(const DcHolders *kb, const char *word, size_t len);

/*
 * The holder that a name (its UTF-8 text and its generic key, dc_name_key)
 * is on `day`: a term covering the day beats one within a few years of it;
 * a full-name match beats a surname-only one.  A tie between different
 * persons is broken by `state` (an ISO code the text gives, or NULL); an
 * unbroken tie finds nobody.  false with err set on failure.
 */
bool		dc_holders_find(const DcHolders *kb, const char *name, size_t len, const char *key,
							int day, const char *state, DcHolderHit *hit, DcError *err);

/*
 * The canonical key of the one holder whose full name (any spelling) has
 * this generic key and text, whatever the date; NULL when none or several.
 */
const char *dc_holders_key(const DcHolders *kb, const char *name, size_t len, const char *key,
						   DcError *err);

/* A name's key (dc_name_key), or the canonical key of the holder it names; NULL with err set on failure. */
char	   *dc_holders_name_key(const char *name, size_t len, DcError *err);

void		dc_holders_cleanup(void);

#endif
