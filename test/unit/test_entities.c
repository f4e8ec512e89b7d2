/* test_entities.c — extraction rules on hand-written sentences. */
#include "harness.h"

#include "alloc.h"
#include "entities.h"
#include "holders.h"
#include "names.h"

static DcMentions
run(const char *text, const char *lang)
{
	DcMentions	ms;
	DcError		err;
	DcDate		pub = {2026, 4, 20};

	if (dc_entities(text, strlen(text), lang, pub, &ms, &err) != DC_OK)
	{
		fprintf(stderr, "dc_entities: %s\n", err.message);
		ms.n = 0;
	}
	return ms;
}

/* The mention of `kind` whose text is `surface`, or NULL. */
static const DcMention *
find(const DcMentions *ms, const char *text, DcEntKind kind, const char *surface)
{
	/* offsets are code points; the test texts' mentions are found by scanning */
	for (int i = 0; i < ms->n; i++)
	{
		const DcMention *m = &ms->m[i];
		const char *p = text;
		int32_t		cp = 0;
		const char *start = NULL;
		const char *end = NULL;

		if (m->kind != kind)
			continue;
		for (; *p; p++)
		{
			if (((unsigned char) *p & 0xC0) == 0x80)
				continue;
			if (cp == m->start)
				start = p;
			if (cp == m->end)
				end = p;
			cp++;
		}
		if (cp == m->end)
			end = p;
		if (start && end && (size_t) (end - start) == strlen(surface) &&
			strncmp(start, surface, strlen(surface)) == 0)
			return m;
	}
	return NULL;
}

static int
count(const DcMentions *ms, DcEntKind kind)
{
	int			n = 0;

	for (int i = 0; i < ms->n; i++)
		n += ms->m[i].kind == kind;
	return n;
}

/* The key SQL's diplo_name_key gives: an office holder's full name keys as that holder. */
static const char *
name_key(const char *name)
{
	DcError		err;

	return dc_holders_name_key(name, strlen(name), &err);
}

static void
test_english(void)
{
	const char *text = "Ambassador of Kazakhstan to Italy Yerbolat Sembayev met with the Minister of "
		"Foreign Affairs of Italy Antonio Tajani in Rome on 3 February 2026. Sembayev briefed "
		"A. Tajani on the Kazakh reforms and cooperation within the OSCE.";
	DcMentions	ms = run(text, "en");
	const DcMention *m;

	m = find(&ms, text, ENT_PERSON, "Yerbolat Sembayev");
	CHECK(m != NULL);
	if (m)
	{
		CHECK_STR(m->role, "ambassador");
		CHECK_STR(m->state, "KZ");
		CHECK_STR(m->key, name_key("Ерболат Сембаев"));
	}
	m = find(&ms, text, ENT_PERSON, "Antonio Tajani");
	CHECK(m != NULL);
	if (m)
	{
		CHECK_STR(m->role, "minister");
		CHECK_STR(m->state, "IT");
	}
	/* a surname alone and an initial resolve to the full name */
	m = find(&ms, text, ENT_PERSON, "Sembayev");
	CHECK(m != NULL && strcmp(m->key, name_key("Yerbolat Sembayev")) == 0);
	m = find(&ms, text, ENT_PERSON, "A. Tajani");
	CHECK(m != NULL && strcmp(m->key, name_key("Antonio Tajani")) == 0);
	CHECK(count(&ms, ENT_PERSON) == 4);

	CHECK(find(&ms, text, ENT_COUNTRY, "Kazakhstan") != NULL);
	m = find(&ms, text, ENT_COUNTRY, "Kazakh");
	CHECK(m != NULL && m->adjective && strcmp(m->key, "KZ") == 0);
	CHECK(find(&ms, text, ENT_PLACE, "Rome") != NULL);
	CHECK(find(&ms, text, ENT_ORG, "OSCE") != NULL);
	m = find(&ms, text, ENT_ORG, "Minister of Foreign Affairs of Italy");
	CHECK(m == NULL);			/* a title, not a ministry */
	m = find(&ms, text, ENT_DATE, "3 February 2026");
	CHECK(m != NULL && strcmp(m->key, "2026-02-03") == 0);
}

static void
test_russian(void)
{
	const char *text = "Посол Казахстана в Италии Ерболат Сембаев встретился в Риме с министром "
		"иностранных дел Италии Антонио Таяни. Сембаев рассказал о казахстанских реформах, "
		"сообщили в МИД РК.";
	DcMentions	ms = run(text, NULL);
	const DcMention *m;

	m = find(&ms, text, ENT_PERSON, "Ерболат Сембаев");
	CHECK(m != NULL);
	if (m)
	{
		CHECK_STR(m->role, "ambassador");
		CHECK_STR(m->state, "KZ");
		CHECK_STR(m->key, name_key("Yerbolat Sembayev"));
	}
	m = find(&ms, text, ENT_PERSON, "Антонио Таяни");
	CHECK(m != NULL);
	if (m)
	{
		CHECK_STR(m->key, name_key("Antonio Tajani"));
		CHECK_STR(m->role, "minister");
		CHECK_STR(m->state, "IT");
	}
	CHECK(find(&ms, text, ENT_PERSON, "Сембаев") != NULL);
	CHECK(find(&ms, text, ENT_COUNTRY, "Италии") != NULL);
	m = find(&ms, text, ENT_COUNTRY, "казахстанских");
	CHECK(m != NULL && m->adjective);
	m = find(&ms, text, ENT_PLACE, "Риме");
	CHECK(m != NULL && strcmp(m->key, "rome") == 0);
	m = find(&ms, text, ENT_ORG, "МИД РК");
	CHECK(m != NULL && strcmp(m->key, "kz-ministry-foreign-affairs") == 0);
}

static void
test_cases_of_names(void)
{
	const char *text = "Министр встретился с послом Сергеем Вершининым и с Марией Захаровой.";
	DcMentions	ms = run(text, "ru");
	const DcMention *m = find(&ms, text, ENT_PERSON, "Сергеем Вершининым");

	CHECK(m != NULL && strcmp(m->normal, "Сергей Вершинин") == 0);
	CHECK(m != NULL && strcmp(m->role, "ambassador") == 0);
	m = find(&ms, text, ENT_PERSON, "Марией Захаровой");
	CHECK(m != NULL && strcmp(m->normal, "Мария Захарова") == 0);
}

static void
test_dates(void)
{
	const char *en = "Talks on 15 April, on April 16, 2026 and in October 2025; filed 05.03.2026, "
		"posted 2026-03-11. In 2025 alone, and may be later.";
	const char *ru = "Встреча 10 марта, визит в мае 2025 года, форум 3 декабря 2025 г. и 2024 год.";
	DcMentions	ms = run(en, "en");
	const DcMention *m;

	m = find(&ms, en, ENT_DATE, "15 April");
	CHECK(m != NULL && strcmp(m->key, "2026-04-15") == 0);
	m = find(&ms, en, ENT_DATE, "April 16, 2026");
	CHECK(m != NULL && strcmp(m->key, "2026-04-16") == 0);
	m = find(&ms, en, ENT_DATE, "October 2025");
	CHECK(m != NULL && strcmp(m->key, "2025-10") == 0);
	m = find(&ms, en, ENT_DATE, "05.03.2026");
	CHECK(m != NULL && strcmp(m->key, "2026-03-05") == 0);
	m = find(&ms, en, ENT_DATE, "2026-03-11");
	CHECK(m != NULL && strcmp(m->key, "2026-03-11") == 0);
	CHECK(count(&ms, ENT_DATE) == 5);	/* a year alone and "may" are not dates */

	ms = run(ru, "ru");
	m = find(&ms, ru, ENT_DATE, "10 марта");
	CHECK(m != NULL && strcmp(m->key, "2026-03-10") == 0);
	m = find(&ms, ru, ENT_DATE, "мае 2025 года");
	CHECK(m != NULL && strcmp(m->key, "2025-05") == 0);
	m = find(&ms, ru, ENT_DATE, "3 декабря 2025 г.");
	CHECK(m != NULL && strcmp(m->key, "2025-12-03") == 0);
	CHECK(count(&ms, ENT_DATE) == 3);
}

static void
test_bad_input(void)
{
	DcMentions	ms = run("", NULL);

	CHECK(ms.n == 0);
	ms = run(" \n\t  \n", NULL);
	CHECK(ms.n == 0);
	/* text in a language we do not read: no persons made up from it */
	ms = run("中华人民共和国外交部部长王毅今天会见了哈萨克斯坦外长。", NULL);
	CHECK(count(&ms, ENT_PERSON) == 0);
	ms = run("Ελλάδα και Κύπρος: συνάντηση των υπουργών Εξωτερικών στην Αθήνα.", NULL);
	CHECK(count(&ms, ENT_PERSON) == 0);
	/* odd punctuation and combining marks do not break offsets */
	ms = run("«Посол» — \u201cAmbassador\u201d\u00a0Jose\u0301 Albares\u2026 (Madrid)!!", NULL);
	CHECK(ms.n >= 1);
}

static void
test_compounds_and_patterns(void)
{
	const char *ru = "Стороны обсудили казахстанско-итальянское сотрудничество с компаниями Leonardo "
		"и Fincantieri Marine. В Риме посольство Казахстана провело круглый стол.";
	const char *en = "The Embassy of Kazakhstan in Italy and Kazakh-Italian business held talks on "
		"May 4-6, 2026, and on 12-14 June 2026.";
	DcMentions	ms = run(ru, "ru");
	const DcMention *m;

	m = find(&ms, ru, ENT_COUNTRY, "казахстанско");
	CHECK(m != NULL && m->adjective && strcmp(m->key, "KZ") == 0);
	m = find(&ms, ru, ENT_COUNTRY, "итальянское");
	CHECK(m != NULL && strcmp(m->key, "IT") == 0);
	CHECK(find(&ms, ru, ENT_ORG, "Leonardo") != NULL);
	m = find(&ms, ru, ENT_ORG, "Fincantieri Marine");
	CHECK(m != NULL && strcmp(m->key, "fincantieri-marine") == 0);
	m = find(&ms, ru, ENT_ORG, "посольство Казахстана");
	CHECK(m != NULL && strcmp(m->key, "kz-embassy-it") == 0);

	ms = run(en, "en");
	m = find(&ms, en, ENT_ORG, "Embassy of Kazakhstan in Italy");
	CHECK(m != NULL && strcmp(m->key, "kz-embassy-it") == 0);
	CHECK(find(&ms, en, ENT_COUNTRY, "Kazakh") != NULL && find(&ms, en, ENT_COUNTRY, "Italian") != NULL);
	m = find(&ms, en, ENT_DATE, "May 4-6, 2026");
	CHECK(m != NULL && strcmp(m->key, "2026-05-04") == 0);
	m = find(&ms, en, ENT_DATE, "12-14 June 2026");
	CHECK(m != NULL && strcmp(m->key, "2026-06-12") == 0);
}

/* An acronym ending a sentence is not an initial of the next sentence's first word. */
static void
test_acronym_before_sentence(void)
{
	const char *en = "Ambassador Aidar Kassenov spoke of cooperation within the UN. Kassenov thanked the hosts.";
	const char *ru = "Посол Айдар Касенов говорил о сотрудничестве в рамках ЕС. Стороны обсудили торговлю.";
	DcMentions	ms = run(en, "en");

	CHECK(find(&ms, en, ENT_PERSON, "UN. Kassenov") == NULL);
	CHECK(find(&ms, en, ENT_PERSON, "Kassenov") != NULL);
	ms = run(ru, "ru");
	CHECK(find(&ms, ru, ENT_PERSON, "ЕС. Стороны") == NULL);
}

void
test_entities(void)
{
	test_english();
	test_russian();
	test_cases_of_names();
	test_dates();
	test_compounds_and_patterns();
	test_bad_input();
	test_acronym_before_sentence();
}
