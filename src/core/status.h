/*
 * status.h — how the core reports failure: a status code the host maps to
 * its own error classes (SQLSTATEs in the PostgreSQL glue) and a message.
 */
#ifndef DIPLO_CORE_STATUS_H
#define DIPLO_CORE_STATUS_H

typedef enum DcStatus
{
	DC_OK = 0,
	DC_ERR_ARGUMENT,			/* a bad argument value, e.g. an unknown scheme */
	DC_ERR_INPUT,				/* malformed input text (invalid UTF-8) */
	DC_ERR_DATA,				/* a data file is missing or malformed */
	DC_ERR_ICU					/* ICU failed */
} DcStatus;

typedef struct DcError
{
	DcStatus	status;
	char		message[512];
} DcError;

/* Sets err (when not NULL) and returns status, for "return dc_fail(...)". */
DcStatus dc_fail(DcError *err, DcStatus status, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

#endif
