/*
 * event_gin.c — the GIN operator class of diplo_event, after pg_trgm's:
 * int4 keys (hashes of a tagged person key, host, country, organisation,
 * topic, person with the item's person count, date), and consistent functions that prune similarity searches by an
 * upper bound of the similarity (event_match.h).  Keys are hashes and the
 * bound is not the similarity, so every match is rechecked.
 */
#include "diplo_pg.h"

#include "access/gin.h"
#include "access/stratnum.h"
#include "fmgr.h"

#include "event_match.h"
#include "event_pg.h"

/* What extractQuery works out once per scan, shared by all its keys. */
typedef struct QueryInfo
{
	DcEvent		q;
	DcEventKey *keys;
	int			nkeys;
	unsigned	mask;			/* the groups whose keys were extracted */
	bool	   *present;		/* scratch for the tri-state consistent */
} QueryInfo;

static Datum *
key_datums(const DcEventKey *keys, int n)
{
	Datum	   *d = palloc(sizeof(Datum) * (n + 1));

	for (int i = 0; i < n; i++)
		d[i] = Int32GetDatum(keys[i].hash);
	return d;
}

PG_FUNCTION_INFO_V1(diplo_event_gin_extract_value);
Datum
diplo_event_gin_extract_value(PG_FUNCTION_ARGS)
{
	int32	   *nentries = (int32 *) PG_GETARG_POINTER(1);
	DcEvent		ev;
	DcEventKey *keys;

	diplo_event_get(PG_GETARG_DATUM(0), &ev);
	keys = palloc(sizeof(DcEventKey) * (dc_event_nkeys(&ev, DC_GROUPS_ALL, false) + 1));
	*nentries = dc_event_keys(&ev, DC_GROUPS_ALL, false, keys);
	PG_RETURN_POINTER(key_datums(keys, *nentries));
}

PG_FUNCTION_INFO_V1(diplo_event_gin_extract_query);
Datum
diplo_event_gin_extract_query(PG_FUNCTION_ARGS)
{
	int32	   *nentries = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	Pointer   **extra_data = (Pointer **) PG_GETARG_POINTER(4);
	int32	   *search_mode = (int32 *) PG_GETARG_POINTER(6);
	QueryInfo  *info = palloc0(sizeof(QueryInfo));
	bool		similar;

	diplo_event_get(PG_GETARG_DATUM(0), &info->q);
	*search_mode = GIN_SEARCH_MODE_DEFAULT;
	switch (strategy)
	{
		case DIPLO_SIMILAR_STRATEGY:
			info->mask = dc_event_similarity_groups(diplo_event_model(), &info->q,
													 (float) diplo_event_threshold);
			if (info->mask == 0)
			{
				/* even an item without a single key could reach the threshold */
				info->mask = DC_GROUPS_SIMILAR;
				*search_mode = GIN_SEARCH_MODE_ALL;
			}
			break;
		case DIPLO_CONTAINS_STRATEGY:
			info->mask = DC_GROUPS_FEATURES;
			break;
		case DIPLO_OVERLAP_STRATEGY:
			info->mask = DC_GROUPS_FEATURES & ~DC_GROUP(KEY_HOST);
			break;
		default:
			elog(ERROR, "diplo_event_ops: unrecognized strategy number %d", strategy);
	}
	similar = strategy == DIPLO_SIMILAR_STRATEGY;
	info->keys = palloc(sizeof(DcEventKey) * (dc_event_nkeys(&info->q, info->mask, similar) + 1));
	info->nkeys = dc_event_keys(&info->q, info->mask, similar, info->keys);
	info->present = palloc(sizeof(bool) * (info->nkeys + 1));
	*nentries = info->nkeys;
	/* containing an empty value: every item; overlapping it: none */
	if (info->nkeys == 0 && strategy == DIPLO_CONTAINS_STRATEGY)
		*search_mode = GIN_SEARCH_MODE_ALL;
	*extra_data = palloc(sizeof(Pointer) * (info->nkeys + 1));
	for (int i = 0; i <= info->nkeys; i++)
		(*extra_data)[i] = (Pointer) info;
	PG_RETURN_POINTER(key_datums(info->keys, info->nkeys));
}

/* The verdict before recheck on an item with the keys marked present. */
static bool
maybe_matches(StrategyNumber strategy, QueryInfo *info, const bool *present)
{
	bool		all = true;
	bool		any = false;

	for (int i = 0; i < info->nkeys; i++)
	{
		all &= present[i];
		any |= present[i];
	}
	switch (strategy)
	{
		case DIPLO_SIMILAR_STRATEGY:
			return dc_event_similarity_bound(diplo_event_model(), &info->q, info->keys, present,
											 info->nkeys, info->mask) >=
				(float) diplo_event_threshold;
		case DIPLO_CONTAINS_STRATEGY:
			return all;
		case DIPLO_OVERLAP_STRATEGY:
			return any;
		default:
			elog(ERROR, "diplo_event_ops: unrecognized strategy number %d", strategy);
	}
	return false;
}

PG_FUNCTION_INFO_V1(diplo_event_gin_consistent);
Datum
diplo_event_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);

	*recheck = true;
	PG_RETURN_BOOL(maybe_matches(strategy, (QueryInfo *) extra_data[0], check));
}

PG_FUNCTION_INFO_V1(diplo_event_gin_triconsistent);
Datum
diplo_event_gin_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);
	QueryInfo  *info = (QueryInfo *) extra_data[0];

	/* a key that may be there counts as there: the verdict is then an upper bound */
	for (int i = 0; i < info->nkeys; i++)
		info->present[i] = check[i] != GIN_FALSE;
	PG_RETURN_GIN_TERNARY_VALUE(maybe_matches(strategy, info, info->present) ? GIN_MAYBE : GIN_FALSE);
}
