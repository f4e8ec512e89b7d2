/* segment_pg.c — SQL function splitting a page into news items. */
#include "diplo_pg.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "segment.h"
#include "text.h"

PG_FUNCTION_INFO_V1(diplo_segments);
Datum
diplo_segments(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	DcSegment  *segs;
	int			n;
	char	   *body;
	size_t		len;
	int32_t		ulen;
	UChar	   *u;
	DcError		err;

	InitMaterializedSRF(fcinfo, 0);
	body = diplo_text_to_utf8(PG_GETARG_TEXT_PP(0), &len);
	if (dc_segments(body, len, &segs, &n, &err) != DC_OK)
		diplo_report(&err);
	u = n ? dc_utf8_to_uchars(body, len, &ulen, &err) : NULL;
	for (int i = 0; i < n; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {0};

		values[0] = Int32GetDatum(i + 1);
		values[1] = Int32GetDatum(segs[i].start);
		values[2] = Int32GetDatum(segs[i].end);
		values[3] = PointerGetDatum(diplo_uchars_to_text(u, segs[i].ustart, segs[i].uend));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
