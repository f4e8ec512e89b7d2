/* gazetteer.c — lexicon token sequences in one hash table (see gazetteer.h). */
#include "gazetteer.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "lexicon.h"
#include "text.h"

#define MAX_SEQ_BYTES 1024
#define SEP '\x1f'

typedef struct Entry
{
	DcGazEntry	pub;
	uint32_t	upper_mask;		/* entry tokens written in capitals */
	bool		proper;			/* must start with a capital in the text */
} Entry;

typedef struct Node
{
	char	   *seq;			/* folded tokens joined by SEP; NULL: empty slot */
	uint32_t	hash;
	int			entry[GAZ_NKINDS];	/* -1: no entry of that kind ends here */
	uint8_t		prefix_of;		/* kinds with longer entries through here */
} Node;

struct DcGazetteer
{
	Entry	   *entries;
	int			nentries;
	int			cap_entries;
	Node	   *nodes;
	uint32_t	nslots;
	uint32_t	nnodes;
	int			max_tokens;
};

static DcGazetteer *gazetteer = NULL;

static uint32_t
hash_seq(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h;
}

static Node *
find_slot(const DcGazetteer *g, const char *seq, size_t len, uint32_t h)
{
	uint32_t	mask = g->nslots - 1;

	for (uint32_t i = h & mask;; i = (i + 1) & mask)
	{
		Node	   *n = &g->nodes[i];

		if (n->seq == NULL || (n->hash == h && strncmp(n->seq, seq, len) == 0 && n->seq[len] == '\0'))
			return n;
	}
}

static bool
grow(DcGazetteer *g)
{
	Node	   *old = g->nodes;
	uint32_t	oldn = g->nslots;

	g->nslots = oldn ? oldn * 2 : 65536;
	g->nodes = calloc(g->nslots, sizeof(Node));
	if (g->nodes == NULL)
		return false;
	for (uint32_t i = 0; i < oldn; i++)
		if (old[i].seq)
			*find_slot(g, old[i].seq, strlen(old[i].seq), old[i].hash) = old[i];
	free(old);
	return true;
}

static Node *
intern(DcGazetteer *g, const char *seq, size_t len)
{
	uint32_t	h = hash_seq(seq, len);
	Node	   *n;

	if ((g->nnodes + 1) * 2 > g->nslots && !grow(g))
		return NULL;
	n = find_slot(g, seq, len, h);
	if (n->seq == NULL)
	{
		n->seq = malloc(len + 1);
		if (n->seq == NULL)
			return NULL;
		memcpy(n->seq, seq, len);
		n->seq[len] = '\0';
		n->hash = h;
		for (int k = 0; k < GAZ_NKINDS; k++)
			n->entry[k] = -1;
		n->prefix_of = 0;
		g->nnodes++;
	}
	return n;
}

/* Adds one lexicon line: its text becomes a token sequence. */
static DcStatus
add_entry(DcGazetteer *g, const DcGazEntry *pub, DcError *err)
{
	DcTokens	toks;
	UChar	   *u;
	int32_t		ulen;
	char		seq[MAX_SEQ_BYTES];
	size_t		len = 0;
	Entry	   *e;
	int			idx;

	u = dc_utf8_to_uchars(pub->text, strlen(pub->text), &ulen, err);
	if (u == NULL)
		return DC_ERR_DATA;
	dc_tokenize(u, ulen, 0, &toks);
	if (toks.n == 0 || toks.n > 32)
		return DC_OK;
	if (g->nentries == g->cap_entries)
	{
		g->cap_entries = g->cap_entries ? g->cap_entries * 2 : 4096;
		g->entries = realloc(g->entries, (size_t) g->cap_entries * sizeof(Entry));
		if (g->entries == NULL)
			return dc_fail(err, DC_ERR_DATA, "out of memory loading the lexicons");
	}
	idx = g->nentries++;
	e = &g->entries[idx];
	e->pub = *pub;
	e->upper_mask = 0;
	/*
	 * A one-word proper name must keep its capital (Chad, not chad); longer
	 * names are distinctive enough in any case, and Russian news often writes
	 * them in lower case ("парламентская ассамблея Совета Европы").
	 */
	e->proper = pub->kind != GAZ_ROLE && toks.n == 1 &&
		(toks.tok[0].caps == CAPS_TITLE || toks.tok[0].caps == CAPS_UPPER);

	for (int i = 0; i < toks.n; i++)
	{
		const char *f = dc_tok_folded(&toks, i);
		size_t		flen = strlen(f);
		Node	   *n;

		/* capitals that carry meaning: acronyms (UN, ООН) and U.S.-like initials */
		if (toks.tok[i].type == TOK_WORD && toks.tok[i].caps == CAPS_UPPER &&
			(toks.tok[i].end - toks.tok[i].start >= 2 || toks.n > 1))
			e->upper_mask |= 1u << i;
		if (len + flen + 2 > MAX_SEQ_BYTES)
			return DC_OK;
		if (i > 0)
			seq[len++] = SEP;
		memcpy(seq + len, f, flen);
		len += flen;
		n = intern(g, seq, len);
		if (n == NULL)
			return dc_fail(err, DC_ERR_DATA, "out of memory loading the lexicons");
		if (i + 1 < toks.n)
			n->prefix_of |= (uint8_t) (1u << pub->kind);
		else if (n->entry[pub->kind] < 0)
			n->entry[pub->kind] = idx;
	}
	if (toks.n > g->max_tokens)
		g->max_tokens = toks.n;
	return DC_OK;
}

typedef struct Source
{
	const char *file;
	const char *key_col;
	DcGazKind	kind;
} Source;

static DcStatus
load_source(DcGazetteer *g, const Source *src, DcError *err)
{
	const DcLexicon *lex = dc_lexicon_load(src->file, src->key_col, err);
	int			text_col;
	int			form_col;
	int			country_col;
	int			kind_col;
	int			lang_col;

	if (lex == NULL)
		return DC_ERR_DATA;
	text_col = dc_lexicon_column(lex, "text");
	form_col = dc_lexicon_column(lex, "form");
	country_col = dc_lexicon_column(lex, "country");
	kind_col = dc_lexicon_column(lex, "kind");
	lang_col = dc_lexicon_column(lex, "lang");
	if (text_col < 0)
		return dc_fail(err, DC_ERR_DATA, "data file \"%s\" has no column \"text\"", src->file);
	for (int r = 0; r < dc_lexicon_rows(lex); r++)
	{
		DcGazEntry	pub = {0};
		const char *form = form_col >= 0 ? dc_lexicon_field(lex, r, form_col) : "";

		pub.kind = (uint8_t) src->kind;
		pub.key = dc_lexicon_field(lex, r, dc_lexicon_column(lex, src->key_col));
		pub.text = dc_lexicon_field(lex, r, text_col);
		pub.adjective = strcmp(form, "adj") == 0;
		pub.acronym = strcmp(form, "abbr") == 0;
		pub.country = country_col >= 0 ? dc_lexicon_field(lex, r, country_col) :
			src->kind == GAZ_COUNTRY ? pub.key : "-";
		pub.subkind = kind_col >= 0 ? dc_lexicon_field(lex, r, kind_col) : "";
		pub.english = lang_col >= 0 && strcmp(dc_lexicon_field(lex, r, lang_col), "en") == 0;
		if (add_entry(g, &pub, err) != DC_OK)
			return DC_ERR_DATA;
		if ((r & 1023) == 0)
			dc_check_interrupts();
	}
	return DC_OK;
}

static int
words_in(const char *s)
{
	int			n = 1;

	for (; *s; s++)
		n += *s == ' ';
	return n;
}

/*
 * The display form of every entry: the first English name listed for its
 * key (for organisations one of several words: the full name rather than
 * the acronym).  The files list the lines of one key together.
 */
static void
set_canonical(DcGazetteer *g)
{
	for (int first = 0, last; first < g->nentries; first = last)
	{
		const DcGazEntry *head = &g->entries[first].pub;
		const char *canonical = head->text;
		bool		found = false;

		for (last = first; last < g->nentries && g->entries[last].pub.kind == head->kind &&
			 strcmp(g->entries[last].pub.key, head->key) == 0; last++)
		{
			const DcGazEntry *o = &g->entries[last].pub;

			if (found || !o->english || o->adjective || o->acronym ||
				(o->kind == GAZ_ORG && words_in(o->text) < 2))
				continue;
			canonical = o->text;
			found = true;
		}
		for (int k = first; k < last; k++)
			g->entries[k].pub.canonical = canonical;
	}
}

const DcGazetteer *
dc_gazetteer(DcError *err)
{
	static const Source sources[] = {
		{"countries.tsv", "code", GAZ_COUNTRY},
		{"orgs.tsv", "key", GAZ_ORG},
		{"places.tsv", "key", GAZ_PLACE},
		{"roles.tsv", "role", GAZ_ROLE},
	};
	DcGazetteer *g;

	if (gazetteer)
		return gazetteer;
	g = calloc(1, sizeof(DcGazetteer));
	if (g == NULL)
	{
		dc_fail(err, DC_ERR_DATA, "out of memory loading the lexicons");
		return NULL;
	}
	for (size_t s = 0; s < sizeof(sources) / sizeof(sources[0]); s++)
		if (load_source(g, &sources[s], err) != DC_OK)
		{
			gazetteer = g;
			dc_gazetteer_cleanup();
			return NULL;
		}
	set_canonical(g);
	gazetteer = g;
	return g;
}

static bool
case_ok(const Entry *e, const DcTokens *t, int i, int ntok)
{
	if (e->proper && t->tok[i].caps != CAPS_TITLE && t->tok[i].caps != CAPS_UPPER)
		return false;
	for (int k = 0; k < ntok && k < 32; k++)
		if ((e->upper_mask & (1u << k)) && t->tok[i + k].caps != CAPS_UPPER)
			return false;
	return true;
}

void
dc_gaz_longest_each(const DcGazetteer *g, const DcTokens *t, int i, unsigned kinds,
					const DcGazEntry **entries, int *lens)
{
	char		seq[MAX_SEQ_BYTES];
	size_t		len = 0;

	for (int k = 0; k < GAZ_NKINDS; k++)
	{
		entries[k] = NULL;
		lens[k] = 0;
	}
	/* one walk for every kind asked: the sequence grows while some kind has longer entries */
	for (int j = i; kinds && j < t->n && j - i < g->max_tokens; j++)
	{
		const char *f = dc_tok_folded(t, j);
		size_t		flen = t->tok[j].foldlen;
		Node	   *n;

		if (flen == 0 && t->tok[j].type != TOK_PUNCT)
			break;
		if (t->tok[j].type == TOK_PUNCT)
			flen = strlen(f);
		/* an entry never spans a paragraph break */
		if (j > i && t->tok[j].newlines > 1)
			break;
		if (len + flen + 2 > MAX_SEQ_BYTES)
			break;
		if (j > i)
			seq[len++] = SEP;
		memcpy(seq + len, f, flen);
		len += flen;
		n = find_slot(g, seq, len, hash_seq(seq, len));
		if (n->seq == NULL)
			break;
		for (int k = 0; k < GAZ_NKINDS; k++)
			if ((kinds & (1u << k)) && n->entry[k] >= 0 && case_ok(&g->entries[n->entry[k]], t, i, j - i + 1))
			{
				lens[k] = j - i + 1;
				entries[k] = &g->entries[n->entry[k]].pub;
			}
		kinds &= n->prefix_of;
	}
}

const DcGazEntry *
dc_gaz_word(const DcGazetteer *g, const char *folded, DcGazKind kind)
{
	size_t		len = strlen(folded);
	Node	   *n = find_slot(g, folded, len, hash_seq(folded, len));

	return (n->seq && n->entry[kind] >= 0) ? &g->entries[n->entry[kind]].pub : NULL;
}

void
dc_gazetteer_cleanup(void)
{
	if (gazetteer == NULL)
		return;
	for (uint32_t i = 0; i < gazetteer->nslots; i++)
		free(gazetteer->nodes[i].seq);
	free(gazetteer->nodes);
	free(gazetteer->entries);
	free(gazetteer);
	gazetteer = NULL;
}
