/*
 * own_answer.c: the headers of the answers libmicrohttpd writes by itself.
 *
 * libmicrohttpd 0.9.75 answers a few requests without asking the access
 * handler: 400 for a malformed request line, header or Content-Length,
 * 413 for a Content-Length beyond 2^64, 431 when the head outgrows the
 * connection's memory, 505 for an HTTP version it does not speak.  It
 * builds those answers itself and offers no hook to add headers, so they
 * would go out without Content-Type, nosniff or CSP.
 *
 * It queues them, as every answer, through its exported
 * MHD_queue_response(), which it calls through its own procedure linkage
 * table (Debian builds the library without -Bsymbolic).  A definition in
 * the program comes first in the dynamic linker's search, so the one below
 * sees every answer, ours and the library's: an answer that lacks our
 * headers gets them, then goes on to the library's function, found once
 * with dlsym(RTLD_NEXT).  http_send() adds them to our own answers, so
 * those pass unchanged.  tests/http/http_strict.test.mjs sends each kind
 * of request the library answers itself and checks the headers; should a
 * future build bind the call directly, that test fails rather than the
 * headers silently going missing.
 *
 * With microhttpd.h, http.c and this file are the only ones that know
 * libmicrohttpd.
 */
#include <microhttpd.h>

#include <dlfcn.h>
#include <stddef.h>

#include "log.h"
#include "own_answer.h"

typedef enum MHD_Result (*own_answer_queue_fn)(struct MHD_Connection *,
    unsigned int, struct MHD_Response *);

static own_answer_queue_fn own_answer_queue;

static const char own_answer_csp[] =
    "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; object-src 'none'; "
    "frame-ancestors 'none'";

int
own_answer_init(void)
{
	void *sym;

	if (own_answer_queue != NULL)
		return 1;
	if ((sym = dlsym(RTLD_NEXT, "MHD_queue_response")) == NULL) {
		log_err("serve: libmicrohttpd's MHD_queue_response not found");
		return 0;
	}
	/* POSIX: a data pointer from dlsym() converts to a function. */
	*(void **)&own_answer_queue = sym;
	return 1;
}

void
own_answer_secure(struct MHD_Response *mr)
{
	MHD_add_response_header(mr, "Content-Security-Policy",
	    own_answer_csp);
	MHD_add_response_header(mr, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(mr, "X-Frame-Options", "DENY");
	MHD_add_response_header(mr, "Referrer-Policy", "same-origin");
	MHD_add_response_header(mr, "Cross-Origin-Opener-Policy",
	    "same-origin");
}

/*
 * Every answer passes here.  The library's own are recognised by lacking
 * the nosniff header that all of ours carry; their bodies are short
 * static HTML pages that echo nothing of the request.
 */
enum MHD_Result
MHD_queue_response(struct MHD_Connection *c, unsigned int status,
    struct MHD_Response *mr)
{
	if (own_answer_queue == NULL)
		return MHD_NO;
	if (mr != NULL &&
	    MHD_get_response_header(mr, "X-Content-Type-Options") == NULL) {
		if (MHD_get_response_header(mr, "Content-Type") == NULL)
			MHD_add_response_header(mr, "Content-Type",
			    "text/html; charset=utf-8");
		MHD_add_response_header(mr, "Cache-Control", "no-store");
		own_answer_secure(mr);
	}
	return own_answer_queue(c, status, mr);
}
