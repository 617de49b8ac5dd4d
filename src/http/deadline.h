/*
 * deadline.h: a deadline for receiving each request, enforced on the
 * connection's socket.
 *
 * libmicrohttpd 0.9.75 closes only connections that stay silent for
 * --timeout seconds; a client that sends one byte every few seconds keeps
 * its slot for ever (slowloris), and a thousand such clients keep everyone
 * else out.  So every connection is tracked from its accept: the request
 * head must be complete within `head` seconds of the accept, the body
 * within `body` seconds of the head.  On a kept-alive connection the next
 * head may take `idle` + `head` seconds from the previous answer: a client
 * may keep an idle connection for `idle` seconds (closing it sooner races
 * with clients that reuse it, who then see their request fail).  While an answer is being made or sent there is no
 * deadline (the idle timeout still applies).  A reaper thread shuts down
 * the socket of a connection past its deadline; the library then sees the
 * peer gone and closes the connection itself.
 *
 * No libmicrohttpd here: http.c calls these from the library's callbacks.
 * deadline_close() must be called before the descriptor is closed (the
 * library's close notification is), so that a descriptor is never shut
 * down after it was reused.
 */
#ifndef KOERS_DEADLINE_H
#define KOERS_DEADLINE_H

enum deadline_phase {
	DEADLINE_HEAD,		/* waiting for a complete request head */
	DEADLINE_KEEPALIVE,	/* answered; waiting for the next head */
	DEADLINE_BODY,		/* head read, the body still coming */
	DEADLINE_ANSWER		/* being answered: no deadline */
};

struct deadline_slot;

int	 deadline_start(unsigned head_seconds, unsigned body_seconds,
	    unsigned idle_seconds);
void	 deadline_stop(void);
struct deadline_slot *deadline_open(int fd);
void	 deadline_phase(struct deadline_slot *, enum deadline_phase);
void	 deadline_close(struct deadline_slot *);
unsigned long deadline_expired(void);

#endif
