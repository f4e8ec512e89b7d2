/*
 * tokens.h — a text cut into tokens with their offsets.
 *
 * Tokens are runs of letters (with inner apostrophes: O'Brien, д'Ивуар; a
 * trailing English possessive 's is its own token), runs of digits, and
 * single punctuation characters, hyphens included (Kazakh-Greek is three
 * tokens; space_before tells a compound from a dash).  Each
 * token keeps its offsets in code points (what SQL's substr counts), its
 * script and capitalisation, how many line breaks precede it, and a folded
 * form for lexicon lookups: lower case, ё as е, ’ as '.
 */
#ifndef DIPLO_CORE_TOKENS_H
#define DIPLO_CORE_TOKENS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

#include "status.h"

typedef enum DcTokType
{
	TOK_WORD, TOK_NUMBER, TOK_PUNCT
} DcTokType;

typedef enum DcScript
{
	SCRIPT_OTHER, SCRIPT_LATIN, SCRIPT_CYRILLIC
} DcScript;

typedef enum DcCaps
{
	CAPS_LOWER,					/* kazakh */
	CAPS_TITLE,					/* Kazakh, McDonald */
	CAPS_UPPER,					/* KAZAKH, UN, and a lone capital: A */
	CAPS_OTHER					/* iPhone, digits, punctuation */
} DcCaps;

typedef struct DcToken
{
	int32_t		ustart;			/* offsets in the UTF-16 text */
	int32_t		uend;
	int32_t		start;			/* offsets in code points */
	int32_t		end;
	int32_t		fold;			/* folded form: offset in DcTokens.folded */
	uint16_t	foldlen;		/* its length in bytes */
	uint8_t		type;			/* DcTokType */
	uint8_t		script;			/* DcScript */
	uint8_t		caps;			/* DcCaps */
	uint8_t		newlines;		/* line breaks just before it (at most 255) */
	bool		space_before;
} DcToken;

typedef struct DcTokens
{
	const UChar *u;				/* the text in UTF-16 */
	int32_t		ulen;
	DcToken    *tok;
	int			n;
	char	   *folded;			/* all folded forms, NUL-separated */
} DcTokens;

/* Cuts UTF-16 text into tokens; cp_base is the code point offset of u[0]. */
void dc_tokenize(const UChar *u, int32_t ulen, int32_t cp_base, DcTokens *out);

/* The folded form of a token (NUL-terminated). */
static inline const char *
dc_tok_folded(const DcTokens *t, int i)
{
	return t->folded + t->tok[i].fold;
}

/* True when token i is the punctuation character c. */
bool dc_tok_is(const DcTokens *t, int i, UChar c);

/* Folds one word the way tokens are folded (for lexicon entries), in UTF-8. */
char *dc_fold_word(const UChar *u, int32_t len, size_t *outlen);

#endif
