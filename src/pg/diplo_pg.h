/*
 * diplo_pg.h — shared pieces of the PostgreSQL glue: text conversion to and
 * from the core's UTF-8, and turning a core error into an ereport.
 */
#ifndef DIPLO_PG_H
#define DIPLO_PG_H

#include "postgres.h"

#include "fmgr.h"

#include <unicode/utypes.h>

#include "dates.h"
#include "status.h"

/* The text's bytes in UTF-8 (converted when the database is not UTF8). */
char *diplo_text_to_utf8(text *t, size_t *len);
/* A text from UTF-8 bytes (converted to the database encoding). */
text *diplo_utf8_to_text(const char *s, size_t len);
/* A text from UTF-16 units [start, end) of u: a mention or an item of a body. */
text *diplo_uchars_to_text(const UChar *u, int32_t start, int32_t end);

void diplo_report(const DcError *err) pg_attribute_noreturn();

/* A language argument: 'en', 'ru', or NULL (detect); anything else is an error. */
const char *diplo_lang_arg(FunctionCallInfo fcinfo, int arg);
/* A publication date argument; year 0 when NULL or infinite. */
DcDate		diplo_date_arg(FunctionCallInfo fcinfo, int arg);

/* The GUC of the user's own office holders (holders_pg.c). */
void		diplo_holders_define_gucs(void);

#endif
