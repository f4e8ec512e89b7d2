/* event_pg.c — SQL function comparing the events two news items report. */
#include "diplo_pg.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "event.h"

static void
item_features(FunctionCallInfo fcinfo, int text_arg, int lang_arg, int date_arg, DcEventFeatures *f)
{
	size_t		len;
	char	   *s = diplo_text_to_utf8(PG_GETARG_TEXT_PP(text_arg), &len);
	DcError		err;

	if (dc_event_features(s, len, diplo_lang_arg(fcinfo, lang_arg), diplo_date_arg(fcinfo, date_arg),
						  f, &err) != DC_OK)
		diplo_report(&err);
}

PG_FUNCTION_INFO_V1(diplo_item_similarity);
Datum
diplo_item_similarity(PG_FUNCTION_ARGS)
{
	DcEventFeatures a;
	DcEventFeatures b;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	item_features(fcinfo, 0, 2, 4, &a);
	item_features(fcinfo, 1, 3, 5, &b);
	PG_RETURN_FLOAT4(dc_event_similarity(&a, &b));
}
