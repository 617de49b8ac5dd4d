/*
 * own_answer.h: the headers every answer carries, also the answers
 * libmicrohttpd writes by itself for requests it cannot parse.
 */
#ifndef KOERS_OWN_ANSWER_H
#define KOERS_OWN_ANSWER_H

struct MHD_Response;

/* Find libmicrohttpd's own MHD_queue_response().  Call once before the
 * daemon starts; 0 when it cannot be found (then nothing can be served). */
int	 own_answer_init(void);
/* Add the security headers (CSP, nosniff, frame, referrer, opener). */
void	 own_answer_secure(struct MHD_Response *mr);

#endif
