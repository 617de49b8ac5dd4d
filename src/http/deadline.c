/* deadline.c: per-connection deadlines for receiving a request (deadline.h). */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>
#include <sys/socket.h>

#include "deadline.h"

struct deadline_slot {
	int			 fd;
	enum deadline_phase	 phase;
	struct timespec		 since;		/* start of this phase */
	int			 shut;		/* shut down already */
	struct deadline_slot	*prev, *next;
};

static pthread_mutex_t		 dl_mtx = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t		 dl_cond;
static pthread_t		 dl_thread;
static int			 dl_running, dl_stopping;
static struct deadline_slot	*dl_head;
static unsigned			 dl_head_s, dl_body_s, dl_idle_s;
static unsigned long		 dl_expired;

static void
deadline_now(struct timespec *ts)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
}

/* The reaper: four times a second, shut down what is past its deadline. */
static void *
deadline_reaper(void *arg)
{
	struct deadline_slot	*s;
	struct timespec		 now, wake;
	time_t			 limit;

	(void)arg;
	pthread_mutex_lock(&dl_mtx);
	while (!dl_stopping) {
		deadline_now(&now);
		for (s = dl_head; s != NULL; s = s->next) {
			if (s->shut || s->phase == DEADLINE_ANSWER)
				continue;
			limit = s->phase == DEADLINE_HEAD ? (time_t)dl_head_s :
			    s->phase == DEADLINE_KEEPALIVE ?
			    (time_t)dl_idle_s + (time_t)dl_head_s :
			    (time_t)dl_body_s;
			if (now.tv_sec - s->since.tv_sec < limit ||
			    (now.tv_sec - s->since.tv_sec == limit &&
			    now.tv_nsec < s->since.tv_nsec))
				continue;
			/* The library closes it on its next read. */
			(void)shutdown(s->fd, SHUT_RDWR);
			s->shut = 1;
			dl_expired++;
		}
		wake = now;
		wake.tv_nsec += 250 * 1000 * 1000;
		if (wake.tv_nsec >= 1000 * 1000 * 1000) {
			wake.tv_sec++;
			wake.tv_nsec -= 1000 * 1000 * 1000;
		}
		(void)pthread_cond_timedwait(&dl_cond, &dl_mtx, &wake);
	}
	pthread_mutex_unlock(&dl_mtx);
	return NULL;
}

/*
 * Start the reaper with these deadlines (seconds, at least 1; idle is the
 * server's idle timeout).  Returns 1, or 0 when the thread cannot start.
 */
int
deadline_start(unsigned head_seconds, unsigned body_seconds,
    unsigned idle_seconds)
{
	pthread_condattr_t	 ca;
	int			 ok;

	dl_head_s = head_seconds > 0 ? head_seconds : 1;
	dl_body_s = body_seconds > 0 ? body_seconds : 1;
	dl_idle_s = idle_seconds;
	dl_stopping = 0;
	if (pthread_condattr_init(&ca) != 0)
		return 0;
	ok = pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0 &&
	    pthread_cond_init(&dl_cond, &ca) == 0;
	pthread_condattr_destroy(&ca);
	if (!ok)
		return 0;
	if ((errno = pthread_create(&dl_thread, NULL, deadline_reaper,
	    NULL)) != 0) {
		pthread_cond_destroy(&dl_cond);
		return 0;
	}
	dl_running = 1;
	return 1;
}

/* Stop the reaper (after the server has stopped; slots left are freed). */
void
deadline_stop(void)
{
	struct deadline_slot *s, *next;

	if (!dl_running)
		return;
	pthread_mutex_lock(&dl_mtx);
	dl_stopping = 1;
	pthread_cond_signal(&dl_cond);
	pthread_mutex_unlock(&dl_mtx);
	pthread_join(dl_thread, NULL);
	pthread_cond_destroy(&dl_cond);
	for (s = dl_head; s != NULL; s = next) {
		next = s->next;
		free(s);
	}
	dl_head = NULL;
	dl_running = 0;
}

/* Track a new connection on fd, waiting for its head.  NULL: no memory. */
struct deadline_slot *
deadline_open(int fd)
{
	struct deadline_slot *s;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return NULL;
	s->fd = fd;
	s->phase = DEADLINE_HEAD;
	deadline_now(&s->since);
	pthread_mutex_lock(&dl_mtx);
	s->next = dl_head;
	if (dl_head != NULL)
		dl_head->prev = s;
	dl_head = s;
	pthread_mutex_unlock(&dl_mtx);
	return s;
}

/* Enter phase p, its deadline counted from now.  s may be NULL. */
void
deadline_phase(struct deadline_slot *s, enum deadline_phase p)
{
	if (s == NULL)
		return;
	pthread_mutex_lock(&dl_mtx);
	s->phase = p;
	deadline_now(&s->since);
	pthread_mutex_unlock(&dl_mtx);
}

/* Stop tracking s (before its descriptor is closed) and free it. */
void
deadline_close(struct deadline_slot *s)
{
	if (s == NULL)
		return;
	pthread_mutex_lock(&dl_mtx);
	if (s->prev != NULL)
		s->prev->next = s->next;
	else
		dl_head = s->next;
	if (s->next != NULL)
		s->next->prev = s->prev;
	pthread_mutex_unlock(&dl_mtx);
	free(s);
}

/* How many connections were shut down for their deadline so far. */
unsigned long
deadline_expired(void)
{
	unsigned long n;

	pthread_mutex_lock(&dl_mtx);
	n = dl_expired;
	pthread_mutex_unlock(&dl_mtx);
	return n;
}
