/* holders_pg.c — the office holders in SQL: the user's own file (a GUC) and who held which office. */
#include "diplo_pg.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/guc.h"

#include "holders.h"

static char *user_file = NULL;

static bool
check_user_file(char **newval, void **extra, GucSource source)
{
	if (*newval && (*newval)[0] && !is_absolute_path(*newval))
	{
		GUC_check_errdetail("The file must be given by an absolute path.");
		return false;
	}
	return true;
}

static void
assign_user_file(const char *newval, void *extra)
{
	dc_holders_set_user_file(newval ? newval : "");
}

void
diplo_holders_define_gucs(void)
{
	DefineCustomStringVariable("diplo.office_holders_file",
							   "A file of the user's own office holders, read besides the built-in ones.",
							   "Absolute path of a tab-separated file in the format of office_holders.tsv; "
							   "empty for none.",
							   &user_file, "", PGC_SUSET, 0,
							   check_user_file, assign_user_file, NULL);
}

/* Who held which office: every term, or those covering one day. */
PG_FUNCTION_INFO_V1(diplo_office_holders);
Datum
diplo_office_holders(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bool		all = PG_ARGISNULL(0);
	DateADT		at = all ? 0 : PG_GETARG_DATEADT(0);
	DcError		err;
	const DcHolders *kb;
	const DcHolderTerm *terms;

	if (!all && DATE_NOT_FINITE(at))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the date must be finite")));
	InitMaterializedSRF(fcinfo, 0);
	if ((kb = dc_holders(&err)) == NULL)
		diplo_report(&err);
	terms = dc_holder_terms(kb);
	for (int i = 0; i < dc_holders_count(kb); i++)
	{
		const DcHolder *h = dc_holder(kb, i);
		const char *key = NULL;

		CHECK_FOR_INTERRUPTS();
		for (int t = h->first_term; t < h->first_term + h->nterms; t++)
		{
			const DcHolderTerm *term = &terms[t];
			Datum		values[10];
			bool		nulls[10] = {0};

			/* DateADT counts days from 2000-01-01, as the core does */
			if (!all && (at < term->start || at > term->end))
				continue;
			if (key == NULL && (key = dc_holder_key(kb, i, &err)) == NULL)
				diplo_report(&err);
			values[0] = CStringGetTextDatum(h->id);
			values[1] = PointerGetDatum(diplo_utf8_to_text(h->name_en, strlen(h->name_en)));
			values[2] = PointerGetDatum(diplo_utf8_to_text(h->name_ru, strlen(h->name_ru)));
			nulls[2] = h->name_ru[0] == '\0';
			values[3] = CStringGetTextDatum(key);
			values[4] = CStringGetTextDatum(term->office);
			values[5] = PointerGetDatum(diplo_utf8_to_text(term->title, strlen(term->title)));
			values[6] = CStringGetTextDatum(term->role);
			values[7] = CStringGetTextDatum(term->serves);
			values[8] = DateADTGetDatum(term->start);
			values[9] = DateADTGetDatum(term->end);
			nulls[9] = term->end == DC_NO_END;
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	}
	return (Datum) 0;
}
