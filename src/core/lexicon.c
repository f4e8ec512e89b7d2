/* lexicon.c — loading and indexing TSV data files (see lexicon.h). */
#include "lexicon.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"

#define MAX_COLUMNS 16

struct DcLexicon
{
	char		path[1024];
	char	   *text;			/* the file, cut into fields in place */
	int			ncols;
	const char *header[MAX_COLUMNS];
	int			key;			/* indexed column */
	int			nrows;
	const char **fields;		/* nrows * ncols */
	int		   *chain;			/* next row with the same hash slot */
	int		   *slots;			/* nslots heads, -1 when empty */
	uint32_t	nslots;
	struct DcLexicon *next_loaded;
};

static DcLexicon *loaded = NULL;

uint32_t
dc_hash_bytes(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;	/* FNV-1a */

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h;
}

static void
lexicon_free(DcLexicon *lex)
{
	free(lex->text);
	free(lex->fields);
	free(lex->chain);
	free(lex->slots);
	free(lex);
}

/* Splits the file into header and rows; counts rows when fields is NULL. */
static int
split_rows(DcLexicon *lex, char *text, DcError *err)
{
	int			row = -1;		/* -1: the header is next */
	int			lineno = 0;

	for (char *line = text; line && *line;)
	{
		char	   *end = strchr(line, '\n');
		char	   *field = line;
		int			col = 0;

		lineno++;
		if (end)
			*end = '\0';
		if (line[0] != '#' && line[0] != '\0')
		{
			for (;;)
			{
				char	   *tab = strchr(field, '\t');

				if (tab)
					*tab = '\0';
				if (col >= MAX_COLUMNS)
					return dc_fail(err, DC_ERR_DATA, "%s:%d: too many columns", lex->path, lineno);
				if (row < 0)
					lex->header[col] = field;
				else
					lex->fields[row * lex->ncols + col] = field;
				col++;
				if (!tab)
					break;
				field = tab + 1;
			}
			if (row < 0)
				lex->ncols = col;
			else if (col != lex->ncols)
				return dc_fail(err, DC_ERR_DATA, "%s:%d: %d fields, the header has %d",
							   lex->path, lineno, col, lex->ncols);
			row++;
		}
		line = end ? end + 1 : NULL;
	}
	lex->nrows = row < 0 ? 0 : row;
	return DC_OK;
}

static int
count_lines(const char *s)
{
	int			n = 1;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

const DcLexicon *
dc_lexicon_load(const char *relpath, const char *key, DcError *err)
{
	DcLexicon  *lex;
	char	   *text;
	int			maxrows;

	for (lex = loaded; lex; lex = lex->next_loaded)
		if (strcmp(lex->path, relpath) == 0 && strcmp(lex->header[lex->key], key) == 0)
			return lex;

	text = dc_read_data_file(relpath, NULL, err);
	if (text == NULL)
		return NULL;
	lex = calloc(1, sizeof(DcLexicon));
	maxrows = count_lines(text);
	if (lex == NULL || (lex->fields = calloc((size_t) maxrows * MAX_COLUMNS, sizeof(char *))) == NULL)
	{
		free(text);
		free(lex);
		dc_fail(err, DC_ERR_DATA, "out of memory loading \"%s\"", relpath);
		return NULL;
	}
	lex->text = text;
	strncpy(lex->path, relpath, sizeof(lex->path) - 1);
	/* fields are laid out with the real column count once the header is read */
	if (split_rows(lex, text, err) != DC_OK)
	{
		lexicon_free(lex);
		return NULL;
	}
	lex->key = -1;
	for (int c = 0; c < lex->ncols; c++)
		if (strcmp(lex->header[c], key) == 0)
			lex->key = c;
	if (lex->key < 0)
	{
		dc_fail(err, DC_ERR_DATA, "data file \"%s\" has no column \"%s\"", relpath, key);
		lexicon_free(lex);
		return NULL;
	}
	lex->nslots = 1;
	while (lex->nslots < (uint32_t) lex->nrows * 2)
		lex->nslots <<= 1;
	lex->slots = malloc(lex->nslots * sizeof(int));
	lex->chain = malloc(((size_t) lex->nrows + 1) * sizeof(int));
	if (lex->slots == NULL || lex->chain == NULL)
	{
		lexicon_free(lex);
		dc_fail(err, DC_ERR_DATA, "out of memory loading \"%s\"", relpath);
		return NULL;
	}
	memset(lex->slots, 0xff, lex->nslots * sizeof(int));
	/* insert backwards so that chains keep file order */
	for (int r = lex->nrows - 1; r >= 0; r--)
	{
		const char *k = lex->fields[r * lex->ncols + lex->key];
		uint32_t	slot = dc_hash_bytes(k, strlen(k)) & (lex->nslots - 1);

		lex->chain[r] = lex->slots[slot];
		lex->slots[slot] = r;
	}
	lex->next_loaded = loaded;
	loaded = lex;
	return lex;
}

int
dc_lexicon_rows(const DcLexicon *lex)
{
	return lex->nrows;
}

int
dc_lexicon_column(const DcLexicon *lex, const char *name)
{
	for (int c = 0; c < lex->ncols; c++)
		if (strcmp(lex->header[c], name) == 0)
			return c;
	return -1;
}

const char *
dc_lexicon_field(const DcLexicon *lex, int row, int col)
{
	return lex->fields[row * lex->ncols + col];
}

static bool
key_equals(const DcLexicon *lex, int row, const char *key, size_t len)
{
	const char *k = lex->fields[row * lex->ncols + lex->key];

	return strncmp(k, key, len) == 0 && k[len] == '\0';
}

int
dc_lexicon_find(const DcLexicon *lex, const char *key, size_t len)
{
	int			row = lex->slots[dc_hash_bytes(key, len) & (lex->nslots - 1)];

	while (row >= 0 && !key_equals(lex, row, key, len))
		row = lex->chain[row];
	return row;
}

int
dc_lexicon_next(const DcLexicon *lex, int row)
{
	const char *k = lex->fields[row * lex->ncols + lex->key];
	size_t		len = strlen(k);

	for (row = lex->chain[row]; row >= 0; row = lex->chain[row])
		if (key_equals(lex, row, k, len))
			return row;
	return -1;
}

void
dc_lexicon_cleanup(void)
{
	while (loaded)
	{
		DcLexicon  *next = loaded->next_loaded;

		lexicon_free(loaded);
		loaded = next;
	}
}

struct DcStrSet
{
	char	  **slots;
	uint32_t	nslots;
	uint32_t	n;
};

DcStrSet *
dc_strset_new(void)
{
	DcStrSet   *set = calloc(1, sizeof(DcStrSet));

	if (set == NULL)
		return NULL;
	set->nslots = 1024;
	set->slots = calloc(set->nslots, sizeof(char *));
	if (set->slots == NULL)
	{
		free(set);
		return NULL;
	}
	return set;
}

static char **
strset_slot(char **slots, uint32_t nslots, const char *s, size_t len)
{
	for (uint32_t i = dc_hash_bytes(s, len) & (nslots - 1);; i = (i + 1) & (nslots - 1))
		if (slots[i] == NULL || (strncmp(slots[i], s, len) == 0 && slots[i][len] == '\0'))
			return &slots[i];
}

bool
dc_strset_add(DcStrSet *set, const char *s)
{
	size_t		len = strlen(s);
	char	  **slot;

	if ((set->n + 1) * 2 > set->nslots)
	{
		uint32_t	nslots = set->nslots * 2;
		char	  **slots = calloc(nslots, sizeof(char *));

		if (slots == NULL)
			return false;
		for (uint32_t i = 0; i < set->nslots; i++)
			if (set->slots[i])
				*strset_slot(slots, nslots, set->slots[i], strlen(set->slots[i])) = set->slots[i];
		free(set->slots);
		set->slots = slots;
		set->nslots = nslots;
	}
	slot = strset_slot(set->slots, set->nslots, s, len);
	if (*slot == NULL)
	{
		if ((*slot = malloc(len + 1)) == NULL)
			return false;
		memcpy(*slot, s, len + 1);
		set->n++;
	}
	return true;
}

bool
dc_strset_has(const DcStrSet *set, const char *s, size_t len)
{
	return *strset_slot(set->slots, set->nslots, s, len) != NULL;
}

void
dc_strset_free(DcStrSet *set)
{
	if (set == NULL)
		return;
	for (uint32_t i = 0; i < set->nslots; i++)
		free(set->slots[i]);
	free(set->slots);
	free(set);
}
