/*
 * data.h — where the core finds its data files (lexicons, transliteration
 * rules) and how it reads them.  The host sets the directory once: the
 * PostgreSQL glue uses $sharedir/diplo, the unit tests the source tree's data/.
 */
#ifndef DIPLO_CORE_DATA_H
#define DIPLO_CORE_DATA_H

#include <stddef.h>

#include "status.h"

void dc_set_data_dir(const char *dir);
const char *dc_data_dir(void);

/*
 * Reads data file `relpath` (relative to the data directory, or an absolute
 * path) whole into
 * malloc'd memory, NUL-terminated: the caller keeps it for the process
 * lifetime or free()s it.  NULL with err set when it cannot be read.
 */
char *dc_read_data_file(const char *relpath, size_t *len, DcError *err);

#endif
