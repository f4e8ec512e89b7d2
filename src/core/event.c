/* event.c — event features and similarity (see event.h). */
#include "event.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "entities.h"

/* Days since 2000-01-01 (the Gregorian leap rule is not needed within 1901-2099). */
static int
days_from_ymd(int y, int m, int d)
{
	static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

	if (y < 1901 || y > 2099 || m < 1 || m > 12)
		return -1;
	return (y - 2000) * 365 + (y - 1997) / 4 + before[m - 1] + d + (m > 2 && y % 4 == 0 ? 1 : 0);
}

/* An ISO day (YYYY-MM-DD) in days; a month alone is not a day: -1. */
static int
days_from_iso(const char *iso)
{
	if (iso == NULL || strlen(iso) != 10 || iso[4] != '-')
		return -1;
	return days_from_ymd(atoi(iso), atoi(iso + 5), atoi(iso + 8));
}

static bool
listed(const char **list, int n, const char *key)
{
	for (int i = 0; i < n; i++)
		if (strcmp(list[i], key) == 0)
			return true;
	return false;
}

/*
 * The item's home state: that of its first diplomat (a ministry's news
 * item is about its own envoys), else of its first person with a state,
 * else the country it names most.
 */
static const char *
home_state(const DcMentions *ms)
{
	static const char *const envoys[] = {"ambassador", "consul_general", "permanent_representative", NULL};
	const char *best = NULL;
	int			best_n = 0;

	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < ms->n; i++)
		{
			const DcMention *m = &ms->m[i];

			if (m->kind != ENT_PERSON || !m->state[0] || !m->role)
				continue;
			for (const char *const *r = envoys; pass == 1 || *r; r++)
				if (pass == 1 || strcmp(m->role, *r) == 0)
					return m->state;
		}
	for (int i = 0; i < ms->n; i++)
	{
		int			n = 0;

		if (ms->m[i].kind != ENT_COUNTRY)
			continue;
		for (int k = 0; k < ms->n; k++)
			n += ms->m[k].kind == ENT_COUNTRY && strcmp(ms->m[k].key, ms->m[i].key) == 0;
		if (n > best_n)
		{
			best_n = n;
			best = ms->m[i].key;
		}
	}
	return best;
}

DcStatus
dc_event_features(const char *text, size_t len, const char *lang, DcDate published,
				  DcEventFeatures *f, DcError *err)
{
	DcMentions	ms;
	const char *home;
	char		home_prefix[4] = "";

	memset(f, 0, sizeof(*f));
	f->day = -1;
	if (dc_entities(text, len, lang, published, &ms, err) != DC_OK)
		return err->status;
	f->persons = dc_alloc(sizeof(char *) * (size_t) (ms.n + 1));
	f->envoys = dc_alloc(sizeof(char *) * (size_t) (ms.n + 1));
	f->orgs = dc_alloc(sizeof(char *) * (size_t) (ms.n + 1));
	home = home_state(&ms);
	if (home)
	{
		home_prefix[0] = (char) (home[0] | 0x20);
		home_prefix[1] = (char) (home[1] | 0x20);
		home_prefix[2] = '-';
	}
	for (int i = 0; i < ms.n; i++)
	{
		const DcMention *m = &ms.m[i];

		if (m->kind == ENT_PERSON && home && strcmp(m->state, home) == 0)
		{
			if (!listed(f->envoys, f->nenvoys, m->key))
				f->envoys[f->nenvoys++] = m->key;
		}
		else if (m->kind == ENT_PERSON && !listed(f->persons, f->npersons, m->key))
			f->persons[f->npersons++] = m->key;
		else if (m->kind == ENT_ORG && !(home && strncmp(m->key, home_prefix, 3) == 0) &&
				 !listed(f->orgs, f->norgs, m->key))
			f->orgs[f->norgs++] = m->key;
		else if (m->kind == ENT_COUNTRY && !f->host[0] && !(home && strcmp(m->key, home) == 0))
			memcpy(f->host, m->key, 2);
		else if (m->kind == ENT_DATE && f->day < 0)
			f->day = days_from_iso(m->key);
	}
	if (f->day < 0 && published.year > 0)
		f->day = days_from_ymd(published.year, published.month, published.day);
	return DC_OK;
}

static float
dice(const char **a, int na, const char **b, int nb)
{
	int			shared = 0;

	if (na == 0 || nb == 0)
		return 0.0f;
	for (int i = 0; i < na; i++)
		shared += listed(b, nb, a[i]);
	return 2.0f * (float) shared / (float) (na + nb);
}

float
dc_event_similarity(const DcEventFeatures *a, const DcEventFeatures *b)
{
	float		others = dice(a->persons, a->npersons, b->persons, b->npersons);
	float		envoys = dice(a->envoys, a->nenvoys, b->envoys, b->nenvoys);
	float		persons = (a->npersons || b->npersons) ? 0.75f * others + 0.25f * envoys : 0.6f * envoys;
	float		orgs = dice(a->orgs, a->norgs, b->orgs, b->norgs);
	bool		same_host = a->host[0] && strcmp(a->host, b->host) == 0;
	bool		other_host = a->host[0] && b->host[0] && !same_host;
	float		date = 0.0f;
	float		s;

	if (a->day >= 0 && b->day >= 0)
	{
		int			gap = abs(a->day - b->day);

		date = gap <= 3 ? 1.0f : gap <= 14 ? 0.5f : 0.0f;
	}
	/* features neither item has neither add nor take away */
	{
		bool		have_persons = a->npersons || b->npersons || a->nenvoys || b->nenvoys;
		bool		have_host = a->host[0] && b->host[0];
		bool		have_date = a->day >= 0 && b->day >= 0;
		bool		have_orgs = a->norgs || b->norgs;
		float		weights = (have_persons ? 0.55f : 0) + (have_host ? 0.2f : 0) +
			(have_date ? 0.15f : 0) + (have_orgs ? 0.1f : 0);

		if (!have_persons && !have_host)
			return 0.0f;
		s = (0.55f * persons + 0.2f * (same_host ? 1.0f : 0.0f) + 0.15f * date + 0.1f * orgs) / weights;
	}
	/* the same people in another country or another month: another event */
	if (other_host)
		s *= 0.4f;
	if (a->day >= 0 && b->day >= 0 && abs(a->day - b->day) > 30)
		s *= 0.5f;
	return s > 1.0f ? 1.0f : s;
}
