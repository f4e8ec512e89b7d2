/* cues.c — kind and topic words of news items (see cues.h). */
#include "cues.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

#define KEY_CHARS 4				/* a stem is indexed by its first characters */
#define MAX_STEMS 8

typedef struct Cue
{
	const char *id;
	const char *stems[MAX_STEMS];
	size_t		lens[MAX_STEMS];
	bool		exact[MAX_STEMS];
	int			nstems;
} Cue;

struct DcCues
{
	const DcLexicon *lex;
	char	   *text;			/* the stems, cut in place (a copy of the text column) */
	Cue		   *cues;
	int			ncues;
	int		   *chain;			/* next cue in the same slot */
	int		   *slots;
	uint32_t	nslots;
	DcCues	   *next_loaded;
};

static DcCues *loaded = NULL;

/* Bytes of the first n characters of a UTF-8 string of len bytes. */
static size_t
prefix_bytes(const char *s, size_t len, int n)
{
	size_t		i = 0;

	while (i < len && n > 0)
	{
		i++;
		while (i < len && ((unsigned char) s[i] & 0xC0) == 0x80)
			i++;
		n--;
	}
	return i;
}

static uint32_t
slot_of(const DcCues *c, const char *s, size_t len)
{
	return dc_hash_bytes(s, len) & (c->nslots - 1);
}

static void
cues_free(DcCues *c)
{
	free(c->text);
	free(c->cues);
	free(c->chain);
	free(c->slots);
	free(c);
}

/* Cuts each entry's text into stems and indexes the first stem. */
static DcStatus
index_cues(DcCues *c, const char *relpath, DcError *err)
{
	int			col = dc_lexicon_column(c->lex, "text");
	size_t		total = 0;
	char	   *p;

	if (col < 0)
		return dc_fail(err, DC_ERR_DATA, "%s: no column \"text\"", relpath);
	c->ncues = dc_lexicon_rows(c->lex);
	for (int r = 0; r < c->ncues; r++)
		total += strlen(dc_lexicon_field(c->lex, r, col)) + 1;
	for (c->nslots = 16; c->nslots < (uint32_t) c->ncues * 2; c->nslots <<= 1)
		;
	c->text = malloc(total + 1);
	c->cues = calloc((size_t) c->ncues + 1, sizeof(Cue));
	c->chain = malloc(((size_t) c->ncues + 1) * sizeof(int));
	c->slots = malloc(c->nslots * sizeof(int));
	if (!c->text || !c->cues || !c->chain || !c->slots)
		return dc_fail(err, DC_ERR_DATA, "out of memory loading \"%s\"", relpath);
	memset(c->slots, -1, c->nslots * sizeof(int));
	p = c->text;
	for (int r = 0; r < c->ncues; r++)
	{
		Cue		   *cue = &c->cues[r];
		const char *field = dc_lexicon_field(c->lex, r, col);
		uint32_t	slot;

		cue->id = dc_lexicon_field(c->lex, r, 0);
		strcpy(p, field);
		for (char *stem = strtok(p, " "); stem; stem = strtok(NULL, " "))
		{
			size_t		len = strlen(stem);

			if (cue->nstems == MAX_STEMS)
				return dc_fail(err, DC_ERR_DATA, "%s: \"%s\" has more than %d words",
							   relpath, field, MAX_STEMS);
			cue->exact[cue->nstems] = len > 1 && stem[len - 1] == '$';
			if (cue->exact[cue->nstems])
				stem[--len] = '\0';
			cue->stems[cue->nstems] = stem;
			cue->lens[cue->nstems++] = len;
		}
		p += strlen(field) + 1;
		if (cue->nstems == 0)
			return dc_fail(err, DC_ERR_DATA, "%s: an empty entry for \"%s\"", relpath, cue->id);
		slot = slot_of(c, cue->stems[0], prefix_bytes(cue->stems[0], cue->lens[0], KEY_CHARS));
		c->chain[r] = c->slots[slot];
		c->slots[slot] = r;
	}
	return DC_OK;
}

const DcCues *
dc_cues_load(const char *relpath, DcError *err)
{
	/* the lexicon only stores the rows; cues are found by their own index */
	const DcLexicon *lex = dc_lexicon_load(relpath, "lang", err);
	DcCues	   *c;

	if (lex == NULL)
		return NULL;
	for (c = loaded; c; c = c->next_loaded)
		if (c->lex == lex)
			return c;
	c = calloc(1, sizeof(DcCues));
	if (c == NULL)
	{
		dc_fail(err, DC_ERR_DATA, "out of memory loading \"%s\"", relpath);
		return NULL;
	}
	c->lex = lex;
	if (index_cues(c, relpath, err) != DC_OK)
	{
		cues_free(c);
		return NULL;
	}
	c->next_loaded = loaded;
	loaded = c;
	return c;
}

static bool
stem_matches(const Cue *cue, int s, const DcTokens *t, int i)
{
	const char *w = dc_tok_folded(t, i);
	size_t		wlen = t->tok[i].foldlen;

	if (t->tok[i].type == TOK_PUNCT || wlen < cue->lens[s] || (cue->exact[s] && wlen != cue->lens[s]))
		return false;
	return memcmp(w, cue->stems[s], cue->lens[s]) == 0;
}

/* The cue matches the words from token i on (hyphens between them skipped). */
static bool
cue_matches(const Cue *cue, const DcTokens *t, int i, int last)
{
	for (int s = 0; s < cue->nstems; s++, i++)
	{
		if (s > 0)
			while (i < last && dc_tok_is(t, i, '-'))
				i++;
		if (i >= last || !stem_matches(cue, s, t, i))
			return false;
	}
	return true;
}

int
dc_cues_find(const DcCues *c, const DcTokens *t, int first, int last, const char **ids, int max)
{
	int			n = 0;

	for (int i = first; i < last && n < max; i++)
	{
		const char *w = dc_tok_folded(t, i);

		if (t->tok[i].type != TOK_WORD)
			continue;
		/* stems shorter than KEY_CHARS are indexed by all their characters */
		for (int k = 1; k <= KEY_CHARS; k++)
		{
			size_t		plen = prefix_bytes(w, t->tok[i].foldlen, k);

			for (int r = c->slots[slot_of(c, w, plen)]; r >= 0; r = c->chain[r])
			{
				const Cue  *cue = &c->cues[r];
				bool		seen = false;

				if (prefix_bytes(cue->stems[0], cue->lens[0], KEY_CHARS) != plen ||
					!cue_matches(cue, t, i, last))
					continue;
				for (int j = 0; j < n; j++)
					seen |= strcmp(ids[j], cue->id) == 0;
				if (!seen && n < max)
					ids[n++] = cue->id;
			}
			if (plen == t->tok[i].foldlen)
				break;
		}
	}
	return n;
}

bool
dc_cues_has_id(const DcCues *c, const char *id)
{
	for (int r = 0; r < c->ncues; r++)
		if (strcmp(c->cues[r].id, id) == 0)
			return true;
	return false;
}

void
dc_cues_cleanup(void)
{
	while (loaded)
	{
		DcCues	   *next = loaded->next_loaded;

		cues_free(loaded);
		loaded = next;
	}
}
