/* status.c — error reporting helper (see status.h). */
#include "status.h"

#include <stdarg.h>
#include <stdio.h>

DcStatus
dc_fail(DcError *err, DcStatus status, const char *fmt,...)
{
	if (err)
	{
		va_list		ap;

		err->status = status;
		va_start(ap, fmt);
		vsnprintf(err->message, sizeof(err->message), fmt, ap);
		va_end(ap);
	}
	return status;
}
