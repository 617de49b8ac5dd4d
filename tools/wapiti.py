#!/usr/bin/python3
# wapiti.py: Debian 12's wapiti 3.0.4, with one fix so that -x (exclude an
# URL) works.  Its wildcard_translate() puts the regex flags "(?ms)" at the
# end of the pattern, which Python 3.11 refuses ("global flags not at the
# start"), so any -x crashes the scan.  make security needs -x to keep the
# logged-in passes away from /logout.  Same arguments as wapiti.
import re
import sys
from importlib.metadata import distribution

import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    """The same translation, flags first: '*' matches anything."""
    body = ''.join('.*' if c == '*' else re.escape(c) for c in pattern)
    return re.compile(r'(?ms)' + body + r'\Z')


crawler.wildcard_translate = wildcard_translate
main = next(e for e in distribution('wapiti3').entry_points
            if e.group == 'console_scripts' and e.name == 'wapiti').load()
sys.argv[0] = 'wapiti'
sys.exit(main())
