#!/usr/bin/python3
# wapiti.py: Debian 12's wapiti 3.0.4, with two changes.
#
# 1. A fix so that -x (exclude an URL) works.  Its wildcard_translate()
#    puts the regex flags "(?ms)" at the end of the pattern, which Python
#    3.11 refuses ("global flags not at the start"), so any -x crashes the
#    scan.  make security needs -x to keep the logged-in passes away from
#    /logout.
#
# 2. --per-shape N (ours, taken out of the arguments before wapiti sees
#    them): the crawl keeps at most N resources of each shape, where the
#    shape is the method, the path with every number as N, and the names
#    of the query and form parameters (numbers as N too).  /org/12 and
#    /org/13, or the entry forms of two units (fields f340_value and
#    f12_value), are one shape: the same route, handler and parsing code.
#    Logged in, Koers has ~80 pages of a handful of shapes; wapiti's crawl
#    took them all and its 7 modules then attacked each, so a pass ran for
#    half an hour and was killed before it wrote its report.  This is the
#    same "one per shape" rule as tools/security-targets.mjs gives sqlmap.
#    Start URLs (-u, -s) are always taken, and count first: make security
#    starts wapiti on the pages sqlmap was given, so the page of a shape
#    that is crawled is the one whose forms sqlmap found (of two entry
#    pages, one may be read-only, without its form).  The language switch (?lang=)
#    is one shape whatever the page: the router handles it before any
#    route, the same way on every page.
#
# 3. Forms are sent the way a browser submits them when Enter is pressed:
#    with the name and value of their first submit button.  wapiti 3.0.4
#    leaves <button name=.. value=..> out, and Koers's entry form needs
#    its action=save (without it every attack got 400 and tested nothing
#    of the form).
#
# 4. Page.apparent_encoding computed once per page.  wapiti 3.0.4 runs
#    chardet over the whole page for every form on it (twice): Koers's
#    account page, with a revoke form per API token, took 4 minutes of
#    the crawl after the scan had made ~100 tokens, and the crawl hit its
#    bound.  The answer is the same each time; only the waste goes.
#
# Same arguments as wapiti otherwise.
import re
import sys
from importlib.metadata import distribution
from urllib.parse import urlsplit, parse_qsl

import wapitiCore.net.crawler as crawler
from wapitiCore.net import web
from wapitiCore.net import page as wpage


def wildcard_translate(pattern):
    """The same translation, flags first: '*' matches anything."""
    body = ''.join('.*' if c == '*' else re.escape(c) for c in pattern)
    return re.compile(r'(?ms)' + body + r'\Z')


def take_per_shape(argv):
    """Remove --per-shape N from argv; return N (0: no limit)."""
    n = 0
    out = []
    it = iter(argv)
    for a in it:
        if a == '--per-shape':
            n = int(next(it))
        elif a.startswith('--per-shape='):
            n = int(a.split('=', 1)[1])
        else:
            out.append(a)
    argv[:] = out
    return n


def shape_of(method, url, post_keys):
    """The shape of a request: method, path and parameter names, numbers as N."""
    parts = urlsplit(url)
    keys = sorted({re.sub(r'\d+', 'N', k) for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    post = sorted({re.sub(r'\d+', 'N', k) for k in post_keys})
    path = '*' if 'lang' in keys else re.sub(r'\d+', 'N', parts.path)
    return (method, path, tuple(keys), tuple(post))


def start_urls(argv):
    """The values of -u/--url and -s/--start in argv."""
    out = []
    for i, a in enumerate(argv):
        if a in ('-u', '--url', '-s', '--start') and i + 1 < len(argv):
            out.append(argv[i + 1])
        elif a.startswith(('--url=', '--start=')):
            out.append(a.split('=', 1)[1])
    return out


def limit_per_shape(n, starts):
    """Wrap Crawler.is_in_scope: at most n distinct resources per shape,
    the start URLs counted first."""
    in_scope = crawler.Crawler.is_in_scope
    admitted = {}   # shape -> set of resource keys

    def admit(method, url, keys):
        shape = shape_of(method, url, keys)
        parts = urlsplit(url.split('#')[0])
        key = (method, parts.path,
               tuple(sorted(parse_qsl(parts.query, keep_blank_values=True))),
               tuple(sorted(keys)))
        seen = admitted.setdefault(shape, set())
        if key in seen:
            return True
        if len(seen) >= n:
            return False
        seen.add(key)
        return True

    for url in starts:
        admit('GET', url, [])

    def is_in_scope(self, resource):
        if not in_scope(self, resource):
            return False
        if isinstance(resource, web.Request):
            post = resource.post_params if isinstance(resource.post_params, list) else []
            keys = [k for k, _ in post] + [k for k, _ in resource.file_params]
            method, url = resource.method, resource.url
        else:
            keys, method, url = [], 'GET', resource
        return admit(method, url, keys)

    crawler.Crawler.is_in_scope = is_in_scope


def submit_with_default_button():
    """Wrap Page.iter_forms: add each form's first named submit button."""
    iter_forms = wpage.Page.iter_forms

    def with_button(self, autofill=True):
        buttons = {}
        for form in self.soup.find_all('form'):
            action = self.make_absolute(form.attrs.get('action', '').strip() or self.url)
            for b in form.find_all('button', attrs={'name': True}):
                if b.attrs.get('type', 'submit').lower() == 'submit':
                    buttons.setdefault(action, [b['name'], b.attrs.get('value', '')])
                    break
        for req in iter_forms(self, autofill):
            extra = buttons.get(req.path)
            if extra is None:
                yield req
                continue
            get, post = req.get_params, req.post_params
            if req.method == 'GET':
                get.append(list(extra))
            else:
                post.append(list(extra))
            yield web.Request(req.path, method=req.method, get_params=get,
                              post_params=post, file_params=req.file_params,
                              encoding=req.encoding, enctype=req.enctype,
                              referer=req.referer, link_depth=req.link_depth)

    wpage.Page.iter_forms = with_button


def cache_apparent_encoding():
    """Wrap Page.apparent_encoding: detect once per page."""
    detect = wpage.Page.apparent_encoding.fget

    def cached(self):
        if not hasattr(self, '_koers_apparent_encoding'):
            self._koers_apparent_encoding = detect(self)
        return self._koers_apparent_encoding

    wpage.Page.apparent_encoding = property(cached)


crawler.wildcard_translate = wildcard_translate
submit_with_default_button()
cache_apparent_encoding()
per_shape = take_per_shape(sys.argv)
if per_shape > 0:
    limit_per_shape(per_shape, start_urls(sys.argv))
main = next(e for e in distribution('wapiti3').entry_points
            if e.group == 'console_scripts' and e.name == 'wapiti').load()
sys.argv[0] = 'wapiti'
sys.exit(main())
