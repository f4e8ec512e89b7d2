/*
 * test_holders.c — the office holders: terms by day, namesakes, keys, and
 * title-less mentions in extraction, on invented holders added through the
 * user file (test/data/office_holders_fixture.tsv) beside the real ones.
 */
#include "harness.h"

#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "alloc.h"
#include "dates.h"
#include "entities.h"
#include "holders.h"
#include "names.h"

static int
day_of(int y, int m, int d)
{
	return dc_days_from_date((DcDate) {y, m, d});
}

static DcHolderHit
find(const char *name, int day, const char *state)
{
	DcError		err;
	DcHolderHit hit = {.holder = -1};
	const DcHolders *kb = dc_holders(&err);
	char	   *key = dc_name_key(name, strlen(name), &err);

	if (kb == NULL || key == NULL || !dc_holders_find(kb, name, strlen(name), key, day, state, &hit, &err))
		fprintf(stderr, "holders: %s\n", err.message);
	return hit;
}

static const char *
id_of(DcHolderHit hit)
{
	DcError		err;

	return hit.holder < 0 ? "" : dc_holder(dc_holders(&err), hit.holder)->id;
}

/* The person mention with this surface in a text, or NULL. */
static const DcMention *
person(const char *text, const char *lang, DcDate published, const char *surface, DcMentions *ms)
{
	DcError		err;
	size_t		at = strstr(text, surface) ? (size_t) (strstr(text, surface) - text) : 0;
	int32_t		start = 0;

	if (dc_entities(text, strlen(text), lang, published, ms, &err) != DC_OK)
		return NULL;
	for (size_t i = 0; i < at; i++)
		start += ((unsigned char) text[i] & 0xC0) != 0x80;
	for (int i = 0; i < ms->n; i++)
		if (ms->m[i].kind == ENT_PERSON && ms->m[i].start == start)
			return &ms->m[i];
	return NULL;
}

static void
test_terms(void)
{
	DcHolderHit h;

	/* the office changes with the day */
	h = find("Дворски", day_of(2003, 6, 1), NULL);
	CHECK_STR(id_of(h), "marek-dvorsky");
	CHECK(h.term && strcmp(h.term->role, "head_of_government") == 0);
	CHECK(h.surname_only);
	h = find("Marek Dworski", day_of(2006, 6, 1), NULL);
	CHECK(h.term && strcmp(h.term->role, "head_of_state") == 0 && !h.surname_only);
	/* a few years after the term: the person, with no office */
	h = find("Dvorsky", day_of(2011, 1, 1), NULL);
	CHECK_STR(id_of(h), "marek-dvorsky");
	CHECK(h.term == NULL);
	/* long after: nobody */
	CHECK(find("Dvorsky", day_of(2020, 1, 1), NULL).holder < 0);
	/* namesakes in office at once: apart only by the state the text gives */
	CHECK(find("Ana Vrbanić", day_of(2010, 1, 1), NULL).holder < 0);
	CHECK_STR(id_of(find("Ana Vrbanić", day_of(2010, 1, 1), "SI")), "ana-vrbanic-2");
	CHECK_STR(id_of(find("Врбанич", day_of(2010, 1, 1), "HR")), "ana-vrbanic");
	/* one in office beats one out of office */
	CHECK_STR(id_of(find("Ana Vrbanic", day_of(2012, 1, 1), NULL)), "ana-vrbanic");
}

static void
test_keys(void)
{
	DcError		err;
	char	   *a = dc_holders_name_key("Zhang Wenhua", 12, &err);
	char	   *b = dc_holders_name_key("Чжан Вэньхуа", strlen("Чжан Вэньхуа"), &err);
	char	   *z = dc_name_key("Zhang", 5, &err);

	/* the family name written first is the surname, in both scripts */
	CHECK(a && b && strcmp(a, b) == 0);
	CHECK(a && z && strncmp(a, z, strlen(z)) == 0 && a[strlen(z)] == '.');
	/* a regnal name keys with its number */
	a = dc_holders_name_key("Olaf VII", 8, &err);
	b = dc_holders_name_key("Улаф VII", strlen("Улаф VII"), &err);
	CHECK(a && b && strcmp(a, b) == 0 && strstr(a, ".vii"));
	/* namesakes never share a key: the later one is numbered */
	{
		const DcHolders *kb = dc_holders(&err);
		const char *k1 = NULL;
		const char *k2 = NULL;

		for (int i = 0; kb && i < dc_holders_count(kb); i++)
		{
			if (strcmp(dc_holder(kb, i)->id, "ana-vrbanic") == 0)
				k1 = dc_holder_key(kb, i, &err);
			if (strcmp(dc_holder(kb, i)->id, "ana-vrbanic-2") == 0)
				k2 = dc_holder_key(kb, i, &err);
		}
		CHECK(k1 && k2 && strcmp(k1, k2) != 0 && strncmp(k1, k2, strlen(k1)) == 0 && strcmp(k2 + strlen(k1), "-2") == 0);
	}
	/* names nobody in the file bears keep their own key */
	CHECK_STR(dc_holders_name_key("Ivan Nonexistentov", 18, &err), dc_name_key("Ivan Nonexistentov", 18, &err));
}

static void
test_extraction(void)
{
	DcMentions	ms;
	const DcMention *m;
	const char *ru = "Дворски провел переговоры с Врбаничем в Загребе.";
	const char *en = "Dvorský met reporters in Prague.";
	DcDate		d2003 = {2003, 6, 1};
	DcDate		none = {0, 0, 0};
	char	   *full;
	DcError		err;

	/* no title: the holder's role and state, flagged as inferred */
	m = person(ru, "ru", d2003, "Дворски", &ms);
	CHECK(m && m->role && strcmp(m->role, "head_of_government") == 0 && strcmp(m->state, "CZ") == 0 &&
		  m->inferred);
	/* a surname-only mention keys as the full name */
	full = dc_holders_name_key("Marek Dvorský", strlen("Marek Dvorský"), &err);
	CHECK(m && full && strcmp(m->key, full) == 0);
	/* Врбанич: two namesakes, no state given, neither in office in 2003: nobody */
	CHECK(person(ru, "ru", d2003, "Врбаничем", &ms) == NULL);
	/* the text's own date decides the office */
	m = person("Prague, 3 March 2007. Dvorský met reporters.", "en", none, "Dvorský", &ms);
	CHECK(m && m->role && strcmp(m->role, "head_of_state") == 0);
	/* the title the text gives wins; the state it leaves out comes from the office */
	m = person("Minister Dvorský met reporters in Prague.", "en", d2003, "Dvorský", &ms);
	CHECK(m && m->role && strcmp(m->role, "minister") == 0 && strcmp(m->state, "CZ") == 0);
	/* an undated text is read on the latest day the file records (here 2031): he is out of reach */
	CHECK(person(en, "en", none, "Dvorský", &ms) == NULL);
	m = person("Olaf VII opened the session.", "en", none, "Olaf VII", &ms);
	CHECK(m && m->role && strcmp(m->role, "head_of_state") == 0 && strcmp(m->state, "NO") == 0);
	/* the family name first, in Russian, with no title */
	m = person("Чжан Вэньхуа прибыл в Астану.", "ru", none, "Чжан Вэньхуа", &ms);
	CHECK(m && m->role && strcmp(m->role, "minister") == 0 && strcmp(m->state, "CN") == 0);
}

void
test_holders(void)
{
	char		cwd[PATH_MAX];
	char		path[PATH_MAX + 64];
	DcError		err;

	if (getcwd(cwd, sizeof(cwd)) == NULL)
	{
		CHECK(!"getcwd");
		return;
	}
	snprintf(path, sizeof(path), "%s/test/data/office_holders_fixture.tsv", cwd);
	dc_holders_set_user_file(path);
	CHECK(dc_holders(&err) != NULL);
	test_terms();
	test_keys();
	test_extraction();
	dc_holders_set_user_file("");
}
