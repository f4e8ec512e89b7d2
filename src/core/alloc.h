/*
 * alloc.h — memory and interrupt hooks of the diplo core library.
 *
 * The core never calls malloc/free or a PostgreSQL function directly for
 * per-call memory: it goes through the hooks below, which the host sets once
 * (the PostgreSQL glue installs palloc/repalloc/pfree and a hook that runs
 * CHECK_FOR_INTERRUPTS; the unit tests keep the malloc defaults).  Because
 * per-call memory belongs to the host, the host may abandon a call at an
 * interrupt (longjmp) without leaking anything.
 *
 * Objects that live for the whole process (compiled ICU transliterators,
 * loaded lexicons) use plain malloc and are never freed by a call.
 */
#ifndef DIPLO_CORE_ALLOC_H
#define DIPLO_CORE_ALLOC_H

#include <stddef.h>

typedef void *(*dc_alloc_fn)(size_t size);
typedef void *(*dc_realloc_fn)(void *ptr, size_t size);
typedef void (*dc_free_fn)(void *ptr);
typedef void (*dc_interrupt_fn)(void);

/* Install the per-call allocator; NULL arguments restore the malloc defaults. */
void dc_set_allocator(dc_alloc_fn alloc, dc_realloc_fn realloc_fn, dc_free_fn free_fn);
/* Install the hook that long loops call; it may not return (longjmp). */
void dc_set_interrupt_hook(dc_interrupt_fn hook);

/* Never return NULL: the host's allocator reports out-of-memory itself. */
void *dc_alloc(size_t size);
void *dc_alloc0(size_t size);
void *dc_realloc(void *ptr, size_t size);
void dc_free(void *ptr);
char *dc_strndup(const char *s, size_t len);
void dc_check_interrupts(void);

/* Growable byte buffer on the per-call allocator. */
typedef struct DcBuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} DcBuf;

void dc_buf_init(DcBuf *b, size_t cap);
void dc_buf_append(DcBuf *b, const char *s, size_t len);
void dc_buf_appendc(DcBuf *b, char c);
void dc_buf_appends(DcBuf *b, const char *s);
/* Returns the NUL-terminated data; the buffer keeps owning it. */
char *dc_buf_cstr(DcBuf *b);

#endif
