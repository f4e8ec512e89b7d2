/*
 * diplo_pg.c — module set-up: the core's allocator and interrupt hooks,
 * where the data files are, cleanup at process exit, and error mapping.
 */
#include "diplo_pg.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "storage/ipc.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include "alloc.h"
#include "cues.h"
#include "data.h"
#include "gazetteer.h"
#include "holders.h"
#include "lexicon.h"
#include "text.h"
#include "names.h"
#include "translit.h"

#include "event_pg.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

static void *
pg_alloc(size_t size)
{
	return palloc_extended(size, MCXT_ALLOC_HUGE);
}

static void *
pg_realloc(void *ptr, size_t size)
{
	return repalloc_huge(ptr, size);
}

static void
pg_interrupt(void)
{
	CHECK_FOR_INTERRUPTS();
}

static void
cleanup(int code, Datum arg)
{
	dc_translit_cleanup();
	dc_names_cleanup();
	dc_gazetteer_cleanup();
	dc_cues_cleanup();
	dc_holders_cleanup();
	dc_lexicon_cleanup();
}

void
_PG_init(void)
{
	char		sharepath[MAXPGPATH];
	char		datadir[MAXPGPATH + 16];

	get_share_path(my_exec_path, sharepath);
	snprintf(datadir, sizeof(datadir), "%s/diplo", sharepath);
	dc_set_data_dir(datadir);
	/* per-call memory lives in the caller's memory context */
	dc_set_allocator(pg_alloc, pg_realloc, pfree);
	dc_set_interrupt_hook(pg_interrupt);
	on_proc_exit(cleanup, (Datum) 0);
	diplo_event_define_gucs();
	diplo_holders_define_gucs();
	MarkGUCPrefixReserved("diplo");
}

char *
diplo_text_to_utf8(text *t, size_t *len)
{
	char	   *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);
	char	   *u;

	if (GetDatabaseEncoding() == PG_UTF8)
	{
		*len = (size_t) n;
		return s;
	}
	u = (char *) pg_do_encoding_conversion((unsigned char *) s, n, GetDatabaseEncoding(), PG_UTF8);
	*len = strlen(u);
	return u;
}

text *
diplo_utf8_to_text(const char *s, size_t len)
{
	if (GetDatabaseEncoding() != PG_UTF8)
	{
		char	   *conv = (char *) pg_do_encoding_conversion((unsigned char *) s, (int) len,
															  PG_UTF8, GetDatabaseEncoding());

		if (conv != s)
			return cstring_to_text(conv);
	}
	return cstring_to_text_with_len(s, (int) len);
}

text *
diplo_uchars_to_text(const UChar *u, int32_t start, int32_t end)
{
	DcError		err;
	size_t		n;
	char	   *s = dc_uchars_to_utf8(u + start, end - start, &n, &err);

	if (s == NULL)
		diplo_report(&err);
	return diplo_utf8_to_text(s, n);
}

const char *
diplo_lang_arg(FunctionCallInfo fcinfo, int arg)
{
	char	   *lang;

	if (arg < 0 || PG_ARGISNULL(arg))
		return NULL;
	lang = text_to_cstring(PG_GETARG_TEXT_PP(arg));
	if (strcmp(lang, "en") != 0 && strcmp(lang, "ru") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unsupported language \"%s\"", lang),
				 errhint("Use 'en', 'ru', or NULL to detect the language.")));
	return lang;
}

DcDate
diplo_date_arg(FunctionCallInfo fcinfo, int arg)
{
	DcDate		published = {0, 0, 0};

	if (arg >= 0 && !PG_ARGISNULL(arg))
	{
		DateADT		d = PG_GETARG_DATEADT(arg);

		if (!DATE_NOT_FINITE(d))
			j2date(d + POSTGRES_EPOCH_JDATE, &published.year, &published.month, &published.day);
	}
	return published;
}

void
diplo_report(const DcError *err)
{
	switch (err->status)
	{
		case DC_ERR_ARGUMENT:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s", err->message)));
			break;
		case DC_ERR_INPUT:
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("%s", err->message)));
			break;
		case DC_ERR_DATA:
			ereport(ERROR,
					(errcode(ERRCODE_CONFIG_FILE_ERROR),
					 errmsg("%s", err->message),
					 errhint("The diplo data files are installed with the extension (make install).")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("%s", err->message)));
			break;
	}
	pg_unreachable();
}
