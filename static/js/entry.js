/*
 * entry.js: live status feedback on the entry form while typing.
 * Progressive enhancement only: the form works without it, and the
 * server's judgement after saving is the one that counts.  Plain
 * (non-cumulative, non-ratio) indicators only; the rule is status_of()
 * in src/status.c: on the good side of the target or on it is on track,
 * wrong side within tolerance_bp of |target| at risk, beyond off track.
 */
(function () {
	'use strict';
	var words = {
		nl: ['geen gegevens', 'op koers', 'aandacht', 'uit koers'],
		en: ['no data', 'on track', 'at risk', 'off track']
	};
	var keys = ['no_data', 'on_track', 'at_risk', 'off_track'];
	var icons = ['\u25cb', '\u25cf', '\u25b2', '\u25a0'];

	/* "1.234,5" or "1234.5" as a number, or NaN when unsure. */
	function parse(s) {
		s = s.replace(/[\s\u00a0\u202f%\u20ac]/g, '');
		if (!/^[+-]?[0-9.,]+$/.test(s)) return NaN;
		var dot = s.lastIndexOf('.'), comma = s.lastIndexOf(',');
		if (dot >= 0 && comma >= 0) {
			var dec = dot > comma ? '.' : ',';
			var grp = dec === '.' ? ',' : '.';
			s = s.split(grp).join('').replace(dec, '.');
		} else if (comma >= 0) {
			if (s.indexOf(',') !== comma) return NaN;
			s = s.replace(',', '.');
		} else if (dot >= 0 && s.indexOf('.') !== dot) {
			return NaN;
		}
		return parseFloat(s);
	}

	function judge(fs, input) {
		var t = parseFloat(fs.getAttribute('data-target'));
		var v = parse(input.value);
		var tol = parseInt(fs.getAttribute('data-tolerance'), 10) / 10000;
		var up = fs.getAttribute('data-direction') === 'up';
		if (isNaN(t) || isNaN(v)) return 0;
		var wrong = up ? t - v : v - t;
		if (wrong <= 0) return 1;
		return wrong <= Math.abs(t) * tol + 1e-9 ? 2 : 3;
	}

	var lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
	var sets = document.querySelectorAll('fieldset.figure[data-kind="plain"]');
	Array.prototype.forEach.call(sets, function (fs) {
		var input = document.getElementById(fs.id + '_value');
		var out = document.getElementById(fs.id + '_status');
		if (!input || !out) return;
		out.setAttribute('aria-live', 'polite');
		input.addEventListener('input', function () {
			var s = judge(fs, input);
			out.className = 'status status-' + keys[s];
			out.firstChild.textContent = icons[s];
			out.lastChild.textContent = ' ' + words[lang][s];
		});
	});
}());
