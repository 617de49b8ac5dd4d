/*
 * chart.h: the geometry of the dashboards' SVG charts, in whole pixels.
 * Pure: no I/O, no markup.  The templates draw; this computes where.
 */
#ifndef KOERS_CHART_H
#define KOERS_CHART_H

#include <stddef.h>
#include <stdint.h>

/* A value axis: lo..hi maps to pixel y_lo..y_hi (y_hi above y_lo). */
struct chart_axis {
	int64_t		 lo, hi;
	int		 px_lo, px_hi;
};

void	chart_axis_fit(struct chart_axis *, const int64_t *v, const int *has,
	    size_t n, int px_lo, int px_hi);
int	chart_pos(const struct chart_axis *, int64_t v);
int	chart_len(int64_t v, int64_t max, int px);
int	chart_step(size_t i, size_t n, int px_from, int px_to);

#endif
